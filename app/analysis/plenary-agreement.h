/* plenary-agreement.h: how often two members vote alike, in three published measures
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-vote-vectors.h"

G_BEGIN_DECLS

typedef enum
{
  /* The same vote (yes, no or abstain) over the roll calls where both voted. */
  PLENARY_AGREEMENT_PLAIN,
  /* As plain, but one abstaining while the other voted yes or no counts as
   * half an agreement (Lijphart's index, as in Voeten's UN data). */
  PLENARY_AGREEMENT_SCHOLARLY,
  /* The US State Department's "voting coincidence": identical votes over
   * the roll calls where both voted yes or no; abstentions left out. */
  PLENARY_AGREEMENT_COINCIDENCE,
} PlenaryAgreementKind;

#define PLENARY_N_AGREEMENT_KINDS 3

/* What two members' votes were over a set of roll calls. Only roll calls
 * where both voted yes, no or abstain are counted: a member that did not
 * vote (non-voting, the UN's "X"), was not recorded, or was not a member is
 * no side of a pair. */
typedef struct
{
  guint same_yes_no;  /* both yes, or both no */
  guint same_abstain; /* both abstained */
  guint half;         /* one abstained, the other voted yes or no */
  guint opposite;     /* one yes, the other no */
} PlenaryAgreementCounts;

const char *plenary_agreement_kind_get_name        (PlenaryAgreementKind kind);
const char *plenary_agreement_kind_get_label       (PlenaryAgreementKind kind);
const char *plenary_agreement_kind_get_description (PlenaryAgreementKind kind);
gboolean    plenary_agreement_kind_from_name       (const char           *name,
                                                    PlenaryAgreementKind *kind);

guint       plenary_agreement_counts_get_shared    (const PlenaryAgreementCounts *counts);
double      plenary_agreement_counts_get_share     (const PlenaryAgreementCounts *counts,
                                                    PlenaryAgreementKind          kind,
                                                    guint                        *n_votes);
void        plenary_agreement_counts_add           (PlenaryAgreementCounts       *counts,
                                                    const PlenaryAgreementCounts *more);

/* Whether a pair's members are taken with the members whose seats they
 * continue (the Russian Federation with the Soviet Union). */
typedef enum
{
  PLENARY_AGREEMENT_FLAGS_NONE = 0,
  PLENARY_AGREEMENT_FOLLOW_SEATS = 1 << 0,
} PlenaryAgreementFlags;

void        plenary_agreement_count                (PlenaryVoteVectors           *vectors,
                                                    const PlenaryPeriod          *period,
                                                    guint                         a,
                                                    guint                         b,
                                                    PlenaryAgreementFlags         flags,
                                                    PlenaryAgreementCounts       *counts);

/* One point of a series: a year or a session. */
typedef struct
{
  int                    year;     /* the year, or the first year of the session */
  char                  *session;  /* the session ("79", "ES-11"), or NULL by year */
  PlenaryAgreementCounts counts;
  guint                  n_votes;  /* roll calls in the bucket, whoever voted */
} PlenarySeriesPoint;

typedef enum
{
  PLENARY_SERIES_BY_YEAR,
  PLENARY_SERIES_BY_SESSION,
} PlenarySeriesUnit;

GArray     *plenary_agreement_series               (PlenaryVoteVectors           *vectors,
                                                    const PlenaryPeriod          *period,
                                                    guint                         a,
                                                    guint                         b,
                                                    PlenarySeriesUnit             unit,
                                                    PlenaryAgreementFlags         flags);

typedef struct _PlenaryAgreementMatrix PlenaryAgreementMatrix;

PlenaryAgreementMatrix *plenary_agreement_matrix_new   (PlenaryVoteVectors     *vectors,
                                                        const PlenaryPeriod    *period);
void        plenary_agreement_matrix_free          (PlenaryAgreementMatrix       *matrix);
guint       plenary_agreement_matrix_get_n_members (PlenaryAgreementMatrix       *matrix);
const PlenaryAgreementCounts *
            plenary_agreement_matrix_get           (PlenaryAgreementMatrix       *matrix,
                                                    guint                         a,
                                                    guint                         b);
gboolean    plenary_agreement_matrix_is_active     (PlenaryAgreementMatrix       *matrix,
                                                    guint                         member);

/* A member ranked by its agreement with another. */
typedef struct
{
  guint  member;
  double share;
  guint  n_votes;
} PlenaryAgreementRank;

GArray     *plenary_agreement_rank                 (PlenaryVoteVectors           *vectors,
                                                    const PlenaryPeriod          *period,
                                                    guint                         member,
                                                    PlenaryAgreementKind          kind,
                                                    guint                         min_votes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryAgreementMatrix, plenary_agreement_matrix_free)

G_END_DECLS
