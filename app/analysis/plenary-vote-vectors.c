/* plenary-vote-vectors.c: every member's votes as bit-planes, for fast counting
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who votes with whom is a question asked of thousands of roll calls and
 * hundreds of members at once. Asking each resolution for each member's
 * byte would be 193 × 193 × 5,536 look-ups for one agreement matrix; here
 * each member's record is five rows of bits instead (yes, no, abstain,
 * non-voting, and "sat in the body"), one bit per roll call in date order,
 * so that two members' agreement over any period is a few popcounts per
 * 64 roll calls. They are built once per dataset and filter (body, subject
 * term); a period is a range of roll calls, found by bisection on the dates.
 *
 * Only roll calls count: a resolution adopted without a vote is left out,
 * as its "votes" say nothing of anyone's position.
 */

#define G_LOG_DOMAIN "plenary-analysis"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-un-members.h"
#include "plenary-vote-vectors.h"

struct _PlenaryVoteVectors
{
  gatomicrefcount    ref_count;
  PlenaryDataset    *dataset;
  PlenaryVoteFilter  filter;
  char              *topic;
  guint              n_members;
  guint              n_votes;
  guint              n_words;
  guint              stride;       /* words per member: PLENARY_N_PLANES × n_words */
  guint64           *bits;         /* [member][plane][word] */
  guint             *resolutions;  /* dataset position of each roll call */
  guint32           *days;         /* its Julian day; ascending */
  int               *continues;    /* the member whose seat this one continues, or -1 */
  guint8            *continued;    /* whether another member continues this one's seat */
};

G_DEFINE_QUARK (plenary-analysis-error-quark, plenary_analysis_error)

void
plenary_vote_filter_init (PlenaryVoteFilter *filter)
{
  filter->any_body = FALSE;
  filter->body = PLENARY_BODY_GENERAL_ASSEMBLY;
  filter->topic = NULL;
}

/* Every day there is. */
void
plenary_period_init_all (PlenaryPeriod *period)
{
  period->first_day = 1;
  period->last_day = G_MAXUINT32;
}

/**
 * plenary_period_init_years:
 *
 * From 1 January of @first_year to 31 December of @last_year.
 *
 * Returns: %FALSE with @error set if the years are not a period
 */
gboolean
plenary_period_init_years (PlenaryPeriod  *period,
                           int             first_year,
                           int             last_year,
                           GError        **error)
{
  GDate date;

  if (first_year < 1 || last_year < 1 || first_year > 9999 || last_year > 9999 || last_year < first_year)
    {
      g_set_error (error, PLENARY_ANALYSIS_ERROR, PLENARY_ANALYSIS_ERROR_BAD_PERIOD,
                   /* Translators: a period of years that cannot be, "from 2025 to 1946". */
                   _("The period from %d to %d is not a span of years"), first_year, last_year);
      return FALSE;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) first_year);
  period->first_day = g_date_get_julian (&date);
  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, (GDateYear) last_year);
  period->last_day = g_date_get_julian (&date);
  return TRUE;
}

static int
year_of_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

int
plenary_period_get_first_year (const PlenaryPeriod *period)
{
  return year_of_day (MAX (period->first_day, 1));
}

int
plenary_period_get_last_year (const PlenaryPeriod *period)
{
  return year_of_day (MIN (period->last_day, 3652059)); /* 31 December 9999 */
}

/**
 * plenary_subjects_have_term:
 * @subjects: (nullable): a resolution's subjects, "TERM--SUBTERM|TERM…"
 * @term: a top-level term ("HUMAN RIGHTS") or a whole one
 *   ("DISARMAMENT--NUCLEAR WEAPONS")
 *
 * Whether one of the subjects is @term, or is filed under it; case and
 * surrounding spaces do not matter.
 */
gboolean
plenary_subjects_have_term (const char *subjects,
                            const char *term)
{
  gsize term_length;
  const char *p;

  if (term == NULL || *term == '\0')
    return TRUE;
  if (subjects == NULL)
    return FALSE;

  while (g_ascii_isspace (*term))
    term++;
  term_length = strlen (term);
  while (term_length > 0 && g_ascii_isspace (term[term_length - 1]))
    term_length--;

  for (p = subjects; *p != '\0';)
    {
      const char *end = strchr (p, '|');
      gsize length;

      if (end == NULL)
        end = p + strlen (p);
      while (p < end && g_ascii_isspace (*p))
        p++;
      length = (gsize) (end - p);
      if (length >= term_length && g_ascii_strncasecmp (p, term, term_length) == 0)
        {
          const char *rest = p + term_length;

          while (rest < end && *rest == ' ')
            rest++;
          if (rest == end || (end - rest >= 2 && rest[0] == '-' && rest[1] == '-'))
            return TRUE;
        }
      p = *end == '|' ? end + 1 : end;
    }
  return FALSE;
}

typedef struct
{
  guint   position;
  guint32 day;
} Roll;

static int
compare_rolls (gconstpointer a,
               gconstpointer b)
{
  const Roll *x = a, *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

static void
find_seats (PlenaryVoteVectors *self)
{
  self->continues = g_new (int, MAX (self->n_members, 1));
  self->continued = g_new0 (guint8, MAX (self->n_members, 1));
  for (guint m = 0; m < self->n_members; m++)
    {
      PlenaryMember *member = plenary_dataset_get_member (self->dataset, m);
      const PlenaryUnMember *entry = plenary_un_members_lookup (plenary_member_get_code (member));

      self->continues[m] = entry != NULL && entry->continues[0] != '\0'
                           ? plenary_dataset_lookup_member (self->dataset, entry->continues)
                           : -1;
      if (self->continues[m] >= 0)
        self->continued[self->continues[m]] = TRUE;
    }
}

/**
 * plenary_vote_vectors_new:
 * @filter: (nullable): which roll calls; %NULL for those of the General
 *   Assembly
 *
 * Returns: (transfer full): the members' votes on the roll calls of
 *   @dataset that pass @filter, in date order
 */
PlenaryVoteVectors *
plenary_vote_vectors_new (PlenaryDataset          *dataset,
                          const PlenaryVoteFilter *filter)
{
  PlenaryVoteVectors *self;
  g_autoptr(GArray) rolls = g_array_new (FALSE, FALSE, sizeof (Roll));
  guint n_resolutions;

  g_return_val_if_fail (PLENARY_IS_DATASET (dataset), NULL);

  self = g_new0 (PlenaryVoteVectors, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->dataset = g_object_ref (dataset);
  if (filter != NULL)
    self->filter = *filter;
  else
    plenary_vote_filter_init (&self->filter);
  self->topic = self->filter.topic != NULL && *self->filter.topic != '\0' ? g_strdup (self->filter.topic) : NULL;
  self->filter.topic = self->topic;
  self->n_members = plenary_dataset_get_n_members (dataset);

  n_resolutions = g_list_model_get_n_items (G_LIST_MODEL (dataset));
  for (guint i = 0; i < n_resolutions; i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);
      Roll roll;

      if (plenary_resolution_get_without_vote (resolution))
        continue;
      if (!self->filter.any_body && plenary_resolution_get_body (resolution) != self->filter.body)
        continue;
      if (self->topic != NULL && !plenary_subjects_have_term (plenary_resolution_get_subjects (resolution), self->topic))
        continue;
      roll.position = i;
      roll.day = g_date_get_julian (plenary_resolution_get_date (resolution));
      g_array_append_val (rolls, roll);
    }
  g_array_sort (rolls, compare_rolls);

  self->n_votes = rolls->len;
  self->n_words = MAX ((self->n_votes + 63) / 64, 1);
  self->stride = PLENARY_N_PLANES * self->n_words;
  self->bits = g_new0 (guint64, (gsize) self->stride * MAX (self->n_members, 1));
  self->resolutions = g_new (guint, MAX (self->n_votes, 1));
  self->days = g_new (guint32, MAX (self->n_votes, 1));

  for (guint v = 0; v < self->n_votes; v++)
    {
      const Roll *roll = &g_array_index (rolls, Roll, v);
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, roll->position);
      const guint8 *votes = plenary_resolution_peek_votes (resolution);
      gboolean assembly = plenary_resolution_get_body (resolution) == PLENARY_BODY_GENERAL_ASSEMBLY;
      guint n = MIN (plenary_resolution_get_n_members (resolution), self->n_members);
      guint word = v / 64;
      guint64 bit = G_GUINT64_CONSTANT (1) << (v % 64);

      self->resolutions[v] = roll->position;
      self->days[v] = roll->day;
      for (guint m = 0; m < n; m++)
        {
          guint64 *member = self->bits + (gsize) m * self->stride;
          PlenaryVote vote = votes[m];

          if (vote <= PLENARY_VOTE_NON_VOTING)
            {
              member[vote * self->n_words + word] |= bit;
              member[PLENARY_PLANE_IN_BODY * self->n_words + word] |= bit;
            }
          else if (assembly &&
                   plenary_member_is_un_member_on_day (plenary_dataset_get_member (dataset, m), roll->day))
            member[PLENARY_PLANE_IN_BODY * self->n_words + word] |= bit;
        }
    }

  find_seats (self);
  return self;
}

PlenaryVoteVectors *
plenary_vote_vectors_ref (PlenaryVoteVectors *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
plenary_vote_vectors_unref (PlenaryVoteVectors *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_object_unref (self->dataset);
  g_free (self->topic);
  g_free (self->bits);
  g_free (self->resolutions);
  g_free (self->days);
  g_free (self->continues);
  g_free (self->continued);
  g_free (self);
}

PlenaryDataset *
plenary_vote_vectors_get_dataset (PlenaryVoteVectors *self)
{
  return self->dataset;
}

const PlenaryVoteFilter *
plenary_vote_vectors_get_filter (PlenaryVoteVectors *self)
{
  return &self->filter;
}

guint
plenary_vote_vectors_get_n_members (PlenaryVoteVectors *self)
{
  return self->n_members;
}

/* The number of roll calls. */
guint
plenary_vote_vectors_get_n_votes (PlenaryVoteVectors *self)
{
  return self->n_votes;
}

/* The length of a plane, in 64-bit words. */
guint
plenary_vote_vectors_get_n_words (PlenaryVoteVectors *self)
{
  return self->n_words;
}

/* The resolution of roll call @vote (they are in date order). */
PlenaryResolution *
plenary_vote_vectors_get_resolution (PlenaryVoteVectors *self,
                                     guint               vote)
{
  g_return_val_if_fail (vote < self->n_votes, NULL);

  return plenary_dataset_get_resolution (self->dataset, self->resolutions[vote]);
}

guint32
plenary_vote_vectors_get_day (PlenaryVoteVectors *self,
                              guint               vote)
{
  g_return_val_if_fail (vote < self->n_votes, 0);

  return self->days[vote];
}

static gboolean
get_bit (const guint64 *plane,
         guint          vote)
{
  return (plane[vote / 64] >> (vote % 64)) & 1;
}

/* @member's vote on roll call @vote, as the planes hold it: YES to
 * NON_VOTING, NOT_RECORDED for a member of the body with no vote in the
 * record, NOT_IN_BODY for the others. */
PlenaryVote
plenary_vote_vectors_get_vote (PlenaryVoteVectors *self,
                               guint               member,
                               guint               vote)
{
  const guint64 *bits;

  g_return_val_if_fail (member < self->n_members && vote < self->n_votes, PLENARY_VOTE_NOT_IN_BODY);

  bits = self->bits + (gsize) member * self->stride;
  for (guint plane = PLENARY_PLANE_YES; plane <= PLENARY_PLANE_NON_VOTING; plane++)
    if (get_bit (bits + plane * self->n_words, vote))
      return (PlenaryVote) plane;
  return get_bit (bits + PLENARY_PLANE_IN_BODY * self->n_words, vote) ? PLENARY_VOTE_NOT_RECORDED
                                                                        : PLENARY_VOTE_NOT_IN_BODY;
}

/* The n_words words of @member's @plane. */
const guint64 *
plenary_vote_vectors_peek_plane (PlenaryVoteVectors *self,
                                 PlenaryPlane        plane,
                                 guint               member)
{
  g_return_val_if_fail (member < self->n_members && plane < PLENARY_N_PLANES, NULL);

  return self->bits + (gsize) member * self->stride + plane * self->n_words;
}

/* The roll calls in @period: @first up to, not including, @end. Returns
 * %FALSE when there are none. */
gboolean
plenary_vote_vectors_find_votes (PlenaryVoteVectors  *self,
                                 const PlenaryPeriod *period,
                                 guint               *first,
                                 guint               *end)
{
  guint lo = 0, hi = self->n_votes;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->days[mid] < period->first_day)
        lo = mid + 1;
      else
        hi = mid;
    }
  *first = lo;
  hi = self->n_votes;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->days[mid] <= period->last_day)
        lo = mid + 1;
      else
        hi = mid;
    }
  *end = lo;
  return *end > *first;
}

/* How many of the roll calls @first up to @end have @member's bit set in @plane. */
guint
plenary_vote_vectors_count (PlenaryVoteVectors *self,
                            PlenaryPlane        plane,
                            guint               member,
                            guint               first,
                            guint               end)
{
  const guint64 *bits = plenary_vote_vectors_peek_plane (self, plane, member);
  guint count = 0;

  for (guint v = first; v < end && v < self->n_votes;)
    {
      guint64 word = bits[v / 64] >> (v % 64);
      guint take = MIN (64 - v % 64, end - v);

      if (take < 64)
        word &= (G_GUINT64_CONSTANT (1) << take) - 1;
      count += (guint) __builtin_popcountll (word);
      v += take;
    }
  return count;
}

/**
 * plenary_vote_vectors_lookup_member:
 * @code: a member's code, "USA" or "usa"
 *
 * Returns: the member's index, or -1 with @error set
 */
int
plenary_vote_vectors_lookup_member (PlenaryVoteVectors  *self,
                                    const char          *code,
                                    GError             **error)
{
  g_autofree char *upper = code != NULL ? g_ascii_strup (code, -1) : NULL;
  int member = upper != NULL ? plenary_dataset_lookup_member (self->dataset, g_strstrip (upper)) : -1;

  if (member < 0)
    g_set_error (error, PLENARY_ANALYSIS_ERROR, PLENARY_ANALYSIS_ERROR_UNKNOWN_MEMBER,
                 /* Translators: %s is what the user typed as a member's code, such as "USA". */
                 _("No member has the code “%s” in this data; use a code such as USA or RUS"),
                 code != NULL ? code : "");
  return member;
}

/**
 * plenary_vote_vectors_get_seat:
 * @members: (out caller-allocates) (array length=max_members): filled with
 *   @member, then the members whose seat it continues, latest first
 *
 * A seat is one membership under codes that changed: the Russian Federation
 * continues the Soviet Union's seat, Germany the Federal Republic's, Serbia
 * Serbia and Montenegro's and Yugoslavia's (the bundled member table's
 * `continues`).
 *
 * Returns: the number of members in the seat
 */
guint
plenary_vote_vectors_get_seat (PlenaryVoteVectors *self,
                               guint               member,
                               guint              *members,
                               guint               max_members)
{
  guint n = 0;
  int m = (int) member;

  g_return_val_if_fail (member < self->n_members, 0);

  while (m >= 0 && n < max_members)
    {
      gboolean seen = FALSE;

      for (guint i = 0; i < n; i++)
        seen |= members[i] == (guint) m;
      if (seen)
        break;
      members[n++] = (guint) m;
      m = self->continues[m];
    }
  return n;
}

/* Whether another member of the dataset continues @member's seat (the
 * Soviet Union's, say). */
gboolean
plenary_vote_vectors_is_continued (PlenaryVoteVectors *self,
                                   guint               member)
{
  g_return_val_if_fail (member < self->n_members, FALSE);

  return self->continued[member];
}
