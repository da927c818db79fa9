/* plenary-vote-vectors.h: every member's votes as bit-planes, for fast counting
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-dataset.h"

G_BEGIN_DECLS

#define PLENARY_ANALYSIS_ERROR (plenary_analysis_error_quark ())

typedef enum
{
  PLENARY_ANALYSIS_ERROR_UNKNOWN_MEMBER,     /* a code the dataset does not have */
  PLENARY_ANALYSIS_ERROR_UNKNOWN_RESOLUTION, /* a symbol the dataset does not have */
  PLENARY_ANALYSIS_ERROR_NO_VOTES,           /* nothing to count in this period or topic */
  PLENARY_ANALYSIS_ERROR_BAD_PERIOD,         /* a period that ends before it begins */
  PLENARY_ANALYSIS_ERROR_MISMATCH,           /* two resolutions of different member tables */
} PlenaryAnalysisError;

GQuark plenary_analysis_error_quark (void);

/* The bit-planes: one bit per roll call for each of these. */
typedef enum
{
  PLENARY_PLANE_YES,
  PLENARY_PLANE_NO,
  PLENARY_PLANE_ABSTAIN,
  PLENARY_PLANE_NON_VOTING,
  /* The member sat in the body: a UN member on the day for the Assembly,
   * a member the record lists for the Council. */
  PLENARY_PLANE_IN_BODY,
} PlenaryPlane;

#define PLENARY_N_PLANES 5

/* Which roll calls to count. Resolutions adopted without a vote are never
 * roll calls and are always left out. */
typedef struct
{
  gboolean    any_body;  /* both bodies, else `body` only */
  PlenaryBody body;
  /* A UN subject term (UNBIS): "HUMAN RIGHTS", or the whole
   * "DISARMAMENT--NUCLEAR WEAPONS"; case does not matter. NULL for all. */
  const char *topic;
} PlenaryVoteFilter;

/* A span of days, both ends included, as Julian days (g_date_get_julian). */
typedef struct
{
  guint32 first_day;
  guint32 last_day;
} PlenaryPeriod;

void     plenary_vote_filter_init          (PlenaryVoteFilter   *filter);
void     plenary_period_init_all           (PlenaryPeriod       *period);
gboolean plenary_period_init_years         (PlenaryPeriod       *period,
                                            int                  first_year,
                                            int                  last_year,
                                            GError             **error);
int      plenary_period_get_first_year     (const PlenaryPeriod *period);
int      plenary_period_get_last_year      (const PlenaryPeriod *period);

typedef struct _PlenaryVoteVectors PlenaryVoteVectors;

PlenaryVoteVectors *plenary_vote_vectors_new            (PlenaryDataset          *dataset,
                                                         const PlenaryVoteFilter *filter);
PlenaryVoteVectors *plenary_vote_vectors_ref            (PlenaryVoteVectors      *self);
void                plenary_vote_vectors_unref          (PlenaryVoteVectors      *self);

PlenaryDataset     *plenary_vote_vectors_get_dataset    (PlenaryVoteVectors      *self);
const PlenaryVoteFilter *
                    plenary_vote_vectors_get_filter     (PlenaryVoteVectors      *self);
guint               plenary_vote_vectors_get_n_members  (PlenaryVoteVectors      *self);
guint               plenary_vote_vectors_get_n_votes    (PlenaryVoteVectors      *self);
guint               plenary_vote_vectors_get_n_words    (PlenaryVoteVectors      *self);
PlenaryResolution  *plenary_vote_vectors_get_resolution (PlenaryVoteVectors      *self,
                                                         guint                    vote);
guint32             plenary_vote_vectors_get_day        (PlenaryVoteVectors      *self,
                                                         guint                    vote);
PlenaryVote         plenary_vote_vectors_get_vote       (PlenaryVoteVectors      *self,
                                                         guint                    member,
                                                         guint                    vote);
const guint64      *plenary_vote_vectors_peek_plane     (PlenaryVoteVectors      *self,
                                                         PlenaryPlane             plane,
                                                         guint                    member);
gboolean            plenary_vote_vectors_find_votes     (PlenaryVoteVectors      *self,
                                                         const PlenaryPeriod     *period,
                                                         guint                   *first,
                                                         guint                   *end);
guint               plenary_vote_vectors_count          (PlenaryVoteVectors      *self,
                                                         PlenaryPlane             plane,
                                                         guint                    member,
                                                         guint                    first,
                                                         guint                    end);

int                 plenary_vote_vectors_lookup_member  (PlenaryVoteVectors      *self,
                                                         const char              *code,
                                                         GError                 **error);
guint               plenary_vote_vectors_get_seat       (PlenaryVoteVectors      *self,
                                                         guint                    member,
                                                         guint                   *members,
                                                         guint                    max_members);
gboolean            plenary_vote_vectors_is_continued   (PlenaryVoteVectors      *self,
                                                         guint                    member);

gboolean            plenary_subjects_have_term          (const char              *subjects,
                                                         const char              *term);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryVoteVectors, plenary_vote_vectors_unref)

G_END_DECLS
