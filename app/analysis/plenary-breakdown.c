/* plenary-breakdown.c: one vote by regional group, and two votes compared
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vote read by the UN's regional groups shows where a bloc held and
 * where it split; two votes side by side (A/RES/ES-11/7 and /8, taken an
 * hour apart) show who moved. Both count members of the body only, as the
 * UN's own tally does, and keep every vote the record gives apart: a member
 * that did not vote is not an abstainer, and one whose vote is not recorded
 * is neither.
 */

#define G_LOG_DOMAIN "plenary-analysis"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-breakdown.h"
#include "plenary-member.h"
#include "plenary-vote-vectors.h"

const PlenaryGroup plenary_group_rows[PLENARY_N_GROUP_ROWS] = {
  PLENARY_GROUP_AFRICAN,
  PLENARY_GROUP_ASIA_PACIFIC,
  PLENARY_GROUP_EASTERN_EUROPEAN,
  PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN,
  PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS,
  PLENARY_GROUP_NONE,
};

#define N_GROUPS (PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS + 1)

struct _PlenaryGroupBreakdown
{
  PlenaryResolution *resolution;
  GArray            *members[N_GROUPS][PLENARY_N_TALLY_VOTES]; /* of guint */
};

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  PlenaryResolution *resolution = user_data;

  return strcmp (plenary_member_get_collate_key (plenary_resolution_get_member (resolution, *(const guint *) a)),
                 plenary_member_get_collate_key (plenary_resolution_get_member (resolution, *(const guint *) b)));
}

/**
 * plenary_group_breakdown_new:
 *
 * Returns: (transfer full): the members of the body that voted on
 *   @resolution, by regional group and vote
 */
PlenaryGroupBreakdown *
plenary_group_breakdown_new (PlenaryResolution *resolution)
{
  PlenaryGroupBreakdown *self;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  self = g_new0 (PlenaryGroupBreakdown, 1);
  self->resolution = g_object_ref (resolution);
  for (guint g = 0; g < N_GROUPS; g++)
    for (guint v = 0; v < PLENARY_N_TALLY_VOTES; v++)
      self->members[g][v] = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint m = 0; m < plenary_resolution_get_n_members (resolution); m++)
    {
      PlenaryVote vote = plenary_resolution_get_vote (resolution, m);
      PlenaryGroup group = plenary_member_get_group (plenary_resolution_get_member (resolution, m));

      if (vote >= PLENARY_N_TALLY_VOTES || group >= N_GROUPS)
        continue;
      g_array_append_val (self->members[group][vote], m);
    }

  for (guint g = 0; g < N_GROUPS; g++)
    for (guint v = 0; v < PLENARY_N_TALLY_VOTES; v++)
      g_array_sort_with_data (self->members[g][v], compare_by_name, resolution);
  return self;
}

void
plenary_group_breakdown_free (PlenaryGroupBreakdown *self)
{
  if (self == NULL)
    return;
  for (guint g = 0; g < N_GROUPS; g++)
    for (guint v = 0; v < PLENARY_N_TALLY_VOTES; v++)
      g_array_unref (self->members[g][v]);
  g_object_unref (self->resolution);
  g_free (self);
}

PlenaryResolution *
plenary_group_breakdown_get_resolution (PlenaryGroupBreakdown *self)
{
  return self->resolution;
}

/* The members of @group (PLENARY_GROUP_NONE: in no group) whose vote was
 * @vote, YES to NOT_RECORDED. */
guint
plenary_group_breakdown_get_count (PlenaryGroupBreakdown *self,
                                   PlenaryGroup           group,
                                   PlenaryVote            vote)
{
  g_return_val_if_fail (group < N_GROUPS && vote < PLENARY_N_TALLY_VOTES, 0);

  return self->members[group][vote]->len;
}

/* The members of @group in the body. */
guint
plenary_group_breakdown_get_total (PlenaryGroupBreakdown *self,
                                   PlenaryGroup           group)
{
  guint total = 0;

  g_return_val_if_fail (group < N_GROUPS, 0);

  for (guint v = 0; v < PLENARY_N_TALLY_VOTES; v++)
    total += self->members[group][v]->len;
  return total;
}

/* The total of the largest group: the scale of a chart of them. */
guint
plenary_group_breakdown_get_largest (PlenaryGroupBreakdown *self)
{
  guint largest = 0;

  for (guint g = 0; g < N_GROUPS; g++)
    largest = MAX (largest, plenary_group_breakdown_get_total (self, g));
  return largest;
}

/**
 * plenary_group_breakdown_get_members:
 *
 * Returns: (transfer none) (element-type guint): the members (indices into
 *   the dataset), in the order of their names
 */
GArray *
plenary_group_breakdown_get_members (PlenaryGroupBreakdown *self,
                                     PlenaryGroup           group,
                                     PlenaryVote            vote)
{
  g_return_val_if_fail (group < N_GROUPS && vote < PLENARY_N_TALLY_VOTES, NULL);

  return self->members[group][vote];
}

struct _PlenaryComparison
{
  PlenaryResolution *first;
  PlenaryResolution *second;
  guint8            *from;   /* per member */
  guint8            *to;
  GArray            *members[PLENARY_N_VOTES][PLENARY_N_VOTES];
};

/**
 * plenary_comparison_new:
 *
 * Returns: (transfer full): how each member voted on @first and on
 *   @second, or %NULL with @error set when they do not come from the same
 *   member table
 */
PlenaryComparison *
plenary_comparison_new (PlenaryResolution  *first,
                        PlenaryResolution  *second,
                        GError            **error)
{
  PlenaryComparison *self;
  guint n;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (first), NULL);
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (second), NULL);

  n = plenary_resolution_get_n_members (first);
  if (n != plenary_resolution_get_n_members (second) ||
      (n > 0 && plenary_resolution_get_member (first, 0) != plenary_resolution_get_member (second, 0)))
    {
      g_set_error (error, PLENARY_ANALYSIS_ERROR, PLENARY_ANALYSIS_ERROR_MISMATCH,
                   /* Translators: two resolutions that cannot be compared, "A/RES/1 and S/RES/2". */
                   _("%s and %s come from different data files and cannot be compared"),
                   plenary_resolution_get_symbol (first), plenary_resolution_get_symbol (second));
      return NULL;
    }

  self = g_new0 (PlenaryComparison, 1);
  self->first = g_object_ref (first);
  self->second = g_object_ref (second);
  self->from = g_new (guint8, MAX (n, 1));
  self->to = g_new (guint8, MAX (n, 1));
  for (guint f = 0; f < PLENARY_N_VOTES; f++)
    for (guint t = 0; t < PLENARY_N_VOTES; t++)
      self->members[f][t] = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint m = 0; m < n; m++)
    {
      self->from[m] = (guint8) plenary_resolution_get_vote (first, m);
      self->to[m] = (guint8) plenary_resolution_get_vote (second, m);
      g_array_append_val (self->members[self->from[m]][self->to[m]], m);
    }
  for (guint f = 0; f < PLENARY_N_VOTES; f++)
    for (guint t = 0; t < PLENARY_N_VOTES; t++)
      g_array_sort_with_data (self->members[f][t], compare_by_name, first);
  return self;
}

void
plenary_comparison_free (PlenaryComparison *self)
{
  if (self == NULL)
    return;
  for (guint f = 0; f < PLENARY_N_VOTES; f++)
    for (guint t = 0; t < PLENARY_N_VOTES; t++)
      g_array_unref (self->members[f][t]);
  g_free (self->from);
  g_free (self->to);
  g_object_unref (self->first);
  g_object_unref (self->second);
  g_free (self);
}

PlenaryResolution *
plenary_comparison_get_first (PlenaryComparison *self)
{
  return self->first;
}

PlenaryResolution *
plenary_comparison_get_second (PlenaryComparison *self)
{
  return self->second;
}

/* How many members voted @from on the first and @to on the second. */
guint
plenary_comparison_get_count (PlenaryComparison *self,
                              PlenaryVote        from,
                              PlenaryVote        to)
{
  g_return_val_if_fail (from < PLENARY_N_VOTES && to < PLENARY_N_VOTES, 0);

  return self->members[from][to]->len;
}

/**
 * plenary_comparison_get_members:
 *
 * Returns: (transfer none) (element-type guint): those members, in the
 *   order of their names
 */
GArray *
plenary_comparison_get_members (PlenaryComparison *self,
                                PlenaryVote        from,
                                PlenaryVote        to)
{
  g_return_val_if_fail (from < PLENARY_N_VOTES && to < PLENARY_N_VOTES, NULL);

  return self->members[from][to];
}

void
plenary_comparison_get_member (PlenaryComparison *self,
                               guint              member,
                               PlenaryVote       *from,
                               PlenaryVote       *to)
{
  g_return_if_fail (member < plenary_resolution_get_n_members (self->first));

  *from = (PlenaryVote) self->from[member];
  *to = (PlenaryVote) self->to[member];
}

/* The members of both bodies whose vote changed. */
guint
plenary_comparison_get_changed (PlenaryComparison *self)
{
  guint changed = 0;

  for (guint f = 0; f < PLENARY_N_VOTES; f++)
    for (guint t = 0; t < PLENARY_N_VOTES; t++)
      if (f != t && f != PLENARY_VOTE_NOT_IN_BODY && t != PLENARY_VOTE_NOT_IN_BODY)
        changed += self->members[f][t]->len;
  return changed;
}
