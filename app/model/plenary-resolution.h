/* plenary-resolution.h: one recorded vote of the General Assembly or the Security Council
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "plenary-types.h"

G_BEGIN_DECLS

/* The counts of one resolution, computed once. */
typedef struct
{
  /* The figures to show, per PlenaryVote up to NOT_RECORDED: the official
   * total where the data gives one, else the count of listed members.
   * counts[NOT_RECORDED] is the number of members of the body whose vote the
   * file does not give: one meaning of "not recorded" everywhere. */
  guint    counts[PLENARY_N_TALLY_VOTES];
  /* Whether counts[vote] is a known figure. A category whose official total
   * the source did not report, while it reported others, is not known. */
  gboolean known[PLENARY_N_TALLY_VOTES];
  /* Members named in the file, per vote; listed[NOT_RECORDED] equals
   * counts[NOT_RECORDED]. */
  guint    listed[PLENARY_N_TALLY_VOTES];
  /* Official totals, -1 where not given. */
  int      official[PLENARY_N_OFFICIAL_VOTES];
  /* Seats in the body: the UN membership on that date, or the Council's size. */
  guint    body_size;
  /* The members of the Assembly on that date (and any member that the file
   * gives a vote for); for the Council, those it gives a vote for. */
  guint    members_in_body;
  /* Votes the official totals count but the file does not attribute to a
   * member (the sum over the four votes of official minus listed). */
  guint    unattributed;
  /* Members present and voting: yes + no, as the Rules of Procedure count them. */
  guint    present_voting;
  /* Yes votes the majority rule requires: a majority or two-thirds of those
   * present and voting, or the Council's nine (seven before 1966). */
  guint    needed;
  /* Whether a permanent member of the Council is listed as voting no. */
  gboolean permanent_no;
} PlenaryTally;

#define PLENARY_TYPE_RESOLUTION (plenary_resolution_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryResolution, plenary_resolution, PLENARY, RESOLUTION, GObject)

PlenaryResolution  *plenary_resolution_new                   (GPtrArray          *members,
                                                              const char         *symbol,
                                                              PlenaryBody         body,
                                                              const GDate        *date);

const char         *plenary_resolution_get_symbol            (PlenaryResolution  *self);
PlenaryBody         plenary_resolution_get_body              (PlenaryResolution  *self);
const GDate        *plenary_resolution_get_date              (PlenaryResolution  *self);
guint               plenary_resolution_get_n_members         (PlenaryResolution  *self);
PlenaryMember      *plenary_resolution_get_member            (PlenaryResolution  *self,
                                                              guint               index);

const char         *plenary_resolution_get_title             (PlenaryResolution  *self);
void                plenary_resolution_set_title             (PlenaryResolution  *self,
                                                              const char         *title);
const char         *plenary_resolution_get_title_for_language (PlenaryResolution *self,
                                                              const char         *language);
void                plenary_resolution_set_title_for_language (PlenaryResolution *self,
                                                              const char         *language,
                                                              const char         *title);
GList              *plenary_resolution_get_title_languages   (PlenaryResolution  *self);
const char         *plenary_resolution_get_localized_title   (PlenaryResolution  *self);

const char         *plenary_resolution_get_session           (PlenaryResolution  *self);
void                plenary_resolution_set_session           (PlenaryResolution  *self,
                                                              const char         *session);
const char         *plenary_resolution_get_draft             (PlenaryResolution  *self);
void                plenary_resolution_set_draft             (PlenaryResolution  *self,
                                                              const char         *draft);
const char         *plenary_resolution_get_meeting           (PlenaryResolution  *self);
void                plenary_resolution_set_meeting           (PlenaryResolution  *self,
                                                              const char         *meeting);
const char         *plenary_resolution_get_source            (PlenaryResolution  *self);
void                plenary_resolution_set_source            (PlenaryResolution  *self,
                                                              const char         *source);
const char         *plenary_resolution_get_record            (PlenaryResolution  *self);
void                plenary_resolution_set_record            (PlenaryResolution  *self,
                                                              const char         *record);
const char         *plenary_resolution_get_agenda            (PlenaryResolution  *self);
void                plenary_resolution_set_agenda            (PlenaryResolution  *self,
                                                              const char         *agenda);
const char         *plenary_resolution_get_subjects          (PlenaryResolution  *self);
void                plenary_resolution_set_subjects          (PlenaryResolution  *self,
                                                              const char         *subjects);
gboolean            plenary_resolution_get_without_vote      (PlenaryResolution  *self);
void                plenary_resolution_set_without_vote      (PlenaryResolution  *self,
                                                              gboolean            without_vote);
char               *plenary_resolution_dup_record_link       (PlenaryResolution  *self);
char               *plenary_resolution_dup_document_link     (PlenaryResolution  *self);
gboolean            plenary_resolution_set_votes             (PlenaryResolution  *self,
                                                              const guint8       *votes,
                                                              guint               n_votes);
const guint8       *plenary_resolution_peek_votes            (PlenaryResolution  *self);

gboolean            plenary_resolution_matches               (PlenaryResolution  *self,
                                                              const char * const *folded_words);
GArray             *plenary_resolution_list_members          (PlenaryResolution  *self,
                                                              PlenaryVote         vote);

PlenaryMajority     plenary_resolution_get_majority          (PlenaryResolution  *self);
void                plenary_resolution_set_majority          (PlenaryResolution  *self,
                                                              PlenaryMajority     majority);

gboolean            plenary_resolution_set_vote              (PlenaryResolution  *self,
                                                              guint               member_index,
                                                              PlenaryVote         vote);
PlenaryVote         plenary_resolution_get_vote              (PlenaryResolution  *self,
                                                              guint               member_index);
PlenaryVote         plenary_resolution_get_recorded_vote     (PlenaryResolution  *self,
                                                              guint               member_index);
gboolean            plenary_resolution_member_in_body        (PlenaryResolution  *self,
                                                              guint               member_index);

void                plenary_resolution_set_official_total    (PlenaryResolution  *self,
                                                              PlenaryVote         vote,
                                                              int                 count);
int                 plenary_resolution_get_official_total    (PlenaryResolution  *self,
                                                              PlenaryVote         vote);
gboolean            plenary_resolution_has_official_totals   (PlenaryResolution  *self);

const PlenaryTally *plenary_resolution_get_tally             (PlenaryResolution  *self);

PlenaryOutcome      plenary_resolution_get_outcome           (PlenaryResolution  *self);
gboolean            plenary_resolution_get_outcome_is_explicit (PlenaryResolution *self);
void                plenary_resolution_set_explicit_outcome  (PlenaryResolution  *self,
                                                              PlenaryOutcome      outcome);
void                plenary_resolution_clear_explicit_outcome (PlenaryResolution *self);

guint               plenary_security_council_size            (const GDate        *date);

G_END_DECLS
