/* plenary-agreement.c: how often two members vote alike, in three published measures
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The three measures differ in what they do with abstentions, and the
 * literature uses all three, so Plenary names the one it shows:
 *
 * - plain: the same vote over the roll calls where both voted yes, no or
 *   abstain;
 * - scholarly: the same, with one abstaining while the other voted yes or
 *   no counted as half an agreement (Lijphart's index of agreement, as
 *   Voeten's UN General Assembly data and the `unvotes` studies use it);
 * - voting coincidence: the US State Department's measure in its annual
 *   "Voting Practices in the United Nations" reports to Congress: identical
 *   votes over identical plus opposite votes, where both voted yes or no;
 *   abstentions and absences left out.
 *
 * A member that did not vote (non-voting, the UN's "X", or absent), whose
 * vote the record does not give, or that was not a member on the day, is
 * no side of a pair on that roll call: it is never read as a "no", and the
 * roll call is not counted. Every figure comes with the number of roll
 * calls behind it. The counting is four popcounts per 64 roll calls.
 */

#define G_LOG_DOMAIN "plenary-analysis"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-agreement.h"

static const struct
{
  const char *name;
  const char *label;
  const char *description;
} kinds[PLENARY_N_AGREEMENT_KINDS] = {
  [PLENARY_AGREEMENT_PLAIN] = {
    "plain",
    /* Translators: the name of a measure of agreement between two countries. */
    N_("Same vote"),
    /* Translators: how the "Same vote" measure is counted. */
    N_("The share of roll calls on which both voted the same way (yes, no or abstain), of those on "
       "which both voted."),
  },
  [PLENARY_AGREEMENT_SCHOLARLY] = {
    "scholarly",
    /* Translators: the name of a measure of agreement between two countries,
     * the index scholars use (Lijphart, Voeten). */
    N_("Agreement index"),
    /* Translators: how the "Agreement index" measure is counted. */
    N_("The same vote counts as one, one abstaining while the other voted yes or no as one half, of the "
       "roll calls on which both voted."),
  },
  [PLENARY_AGREEMENT_COINCIDENCE] = {
    "coincidence",
    /* Translators: the name of a measure of agreement between two countries,
     * the one the US State Department reports to Congress. */
    N_("Voting coincidence"),
    /* Translators: how the "Voting coincidence" measure is counted. */
    N_("Identical votes of the roll calls on which both voted yes or no; abstentions are left out, "
       "as in the US State Department's reports."),
  },
};

/* The name on the command line: "plain", "scholarly", "coincidence". */
const char *
plenary_agreement_kind_get_name (PlenaryAgreementKind kind)
{
  g_return_val_if_fail (kind < PLENARY_N_AGREEMENT_KINDS, NULL);

  return kinds[kind].name;
}

/* The measure's name for people, translated. */
const char *
plenary_agreement_kind_get_label (PlenaryAgreementKind kind)
{
  g_return_val_if_fail (kind < PLENARY_N_AGREEMENT_KINDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].label);
}

/* How the measure is counted, in a sentence, translated. */
const char *
plenary_agreement_kind_get_description (PlenaryAgreementKind kind)
{
  g_return_val_if_fail (kind < PLENARY_N_AGREEMENT_KINDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].description);
}

gboolean
plenary_agreement_kind_from_name (const char           *name,
                                  PlenaryAgreementKind *kind)
{
  for (guint i = 0; name != NULL && i < PLENARY_N_AGREEMENT_KINDS; i++)
    if (g_ascii_strcasecmp (name, kinds[i].name) == 0)
      {
        *kind = (PlenaryAgreementKind) i;
        return TRUE;
      }
  return FALSE;
}

/* The roll calls on which both voted yes, no or abstain. */
guint
plenary_agreement_counts_get_shared (const PlenaryAgreementCounts *counts)
{
  return counts->same_yes_no + counts->same_abstain + counts->half + counts->opposite;
}

/**
 * plenary_agreement_counts_get_share:
 * @n_votes: (out) (optional): the roll calls the share is of
 *
 * Returns: the agreement, from 0 to 1, or NAN when no roll call counts
 */
double
plenary_agreement_counts_get_share (const PlenaryAgreementCounts *counts,
                                    PlenaryAgreementKind          kind,
                                    guint                        *n_votes)
{
  guint n = 0;
  double agreeing = 0;

  switch (kind)
    {
    case PLENARY_AGREEMENT_PLAIN:
      n = plenary_agreement_counts_get_shared (counts);
      agreeing = counts->same_yes_no + counts->same_abstain;
      break;
    case PLENARY_AGREEMENT_SCHOLARLY:
      n = plenary_agreement_counts_get_shared (counts);
      agreeing = counts->same_yes_no + counts->same_abstain + counts->half * 0.5;
      break;
    case PLENARY_AGREEMENT_COINCIDENCE:
      n = counts->same_yes_no + counts->opposite;
      agreeing = counts->same_yes_no;
      break;
    default:
      g_return_val_if_reached (NAN);
    }

  if (n_votes != NULL)
    *n_votes = n;
  return n > 0 ? agreeing / n : NAN;
}

void
plenary_agreement_counts_add (PlenaryAgreementCounts       *counts,
                              const PlenaryAgreementCounts *more)
{
  counts->same_yes_no += more->same_yes_no;
  counts->same_abstain += more->same_abstain;
  counts->half += more->half;
  counts->opposite += more->opposite;
}

/* Two members' yes, no and abstain planes. */
typedef struct
{
  const guint64 *yes;
  const guint64 *no;
  const guint64 *abstain;
} Planes;

static inline guint64
range_mask (guint word,
            guint first,
            guint end)
{
  guint64 mask = ~G_GUINT64_CONSTANT (0);

  if (word == first / 64)
    mask &= ~G_GUINT64_CONSTANT (0) << (first % 64);
  if (word == (end - 1) / 64 && end % 64 != 0)
    mask &= (G_GUINT64_CONSTANT (1) << (end % 64)) - 1;
  return mask;
}

/* The counting, compiled twice: with the processor's popcount instruction
 * where it has one, and without. */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
#define MULTI_TARGET __attribute__ ((target_clones ("popcnt", "default")))
#else
#define MULTI_TARGET
#endif

MULTI_TARGET
static void
count_range (const Planes           *a,
             const Planes           *b,
             guint                   first,
             guint                   end,
             PlenaryAgreementCounts *counts)
{
  guint same = 0, abstain = 0, half = 0, opposite = 0;

  if (end <= first)
    return;
  for (guint w = first / 64; w <= (end - 1) / 64; w++)
    {
      guint64 mask = range_mask (w, first, end);
      guint64 ya = a->yes[w] & mask, na = a->no[w] & mask, aa = a->abstain[w] & mask;
      guint64 yb = b->yes[w], nb = b->no[w], ab = b->abstain[w];

      same += (guint) __builtin_popcountll ((ya & yb) | (na & nb));
      abstain += (guint) __builtin_popcountll (aa & ab);
      half += (guint) __builtin_popcountll ((aa & (yb | nb)) | (ab & (ya | na)));
      opposite += (guint) __builtin_popcountll ((ya & nb) | (na & yb));
    }
  counts->same_yes_no += same;
  counts->same_abstain += abstain;
  counts->half += half;
  counts->opposite += opposite;
}

/* A member's planes, or its whole seat's, merged into @storage. */
static void
get_planes (PlenaryVoteVectors    *vectors,
            guint                  member,
            PlenaryAgreementFlags  flags,
            guint64              **storage,
            Planes                *planes)
{
  guint seat[8];
  guint n_seat = 1;
  guint n_words = plenary_vote_vectors_get_n_words (vectors);

  if (flags & PLENARY_AGREEMENT_FOLLOW_SEATS)
    n_seat = plenary_vote_vectors_get_seat (vectors, member, seat, G_N_ELEMENTS (seat));

  if (n_seat <= 1)
    {
      planes->yes = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_YES, member);
      planes->no = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_NO, member);
      planes->abstain = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_ABSTAIN, member);
      return;
    }

  *storage = g_new0 (guint64, 3 * (gsize) n_words);
  for (guint p = 0; p < 3; p++)
    for (guint s = 0; s < n_seat; s++)
      {
        const guint64 *plane = plenary_vote_vectors_peek_plane (vectors, (PlenaryPlane) p, seat[s]);

        for (guint w = 0; w < n_words; w++)
          (*storage)[p * n_words + w] |= plane[w];
      }
  planes->yes = *storage;
  planes->no = *storage + n_words;
  planes->abstain = *storage + 2 * n_words;
}

/**
 * plenary_agreement_count:
 * @period: (nullable): the days to count; %NULL for all
 *
 * Counts how @a and @b voted on the roll calls of @period.
 */
void
plenary_agreement_count (PlenaryVoteVectors     *vectors,
                         const PlenaryPeriod    *period,
                         guint                   a,
                         guint                   b,
                         PlenaryAgreementFlags   flags,
                         PlenaryAgreementCounts *counts)
{
  g_autofree guint64 *storage_a = NULL;
  g_autofree guint64 *storage_b = NULL;
  PlenaryPeriod all;
  Planes planes_a, planes_b;
  guint first, end;

  memset (counts, 0, sizeof *counts);
  g_return_if_fail (a < plenary_vote_vectors_get_n_members (vectors));
  g_return_if_fail (b < plenary_vote_vectors_get_n_members (vectors));

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  if (!plenary_vote_vectors_find_votes (vectors, period, &first, &end))
    return;
  get_planes (vectors, a, flags, &storage_a, &planes_a);
  get_planes (vectors, b, flags, &storage_b, &planes_b);
  count_range (&planes_a, &planes_b, first, end, counts);
}

static int
year_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

static void
clear_point (gpointer data)
{
  PlenarySeriesPoint *point = data;

  g_clear_pointer (&point->session, g_free);
}

static gboolean
bit (const guint64 *plane,
     guint          vote)
{
  return (plane[vote / 64] >> (vote % 64)) & 1;
}

/**
 * plenary_agreement_series:
 * @period: (nullable): the days to count; %NULL for all
 *
 * @a's and @b's agreement per year, or per session of the body, over the
 * years or sessions in which @vectors has roll calls. A point's year is the
 * year of its first roll call; points are in date order.
 *
 * Returns: (transfer full) (element-type PlenarySeriesPoint): the points
 */
GArray *
plenary_agreement_series (PlenaryVoteVectors    *vectors,
                          const PlenaryPeriod   *period,
                          guint                  a,
                          guint                  b,
                          PlenarySeriesUnit      unit,
                          PlenaryAgreementFlags  flags)
{
  GArray *points = g_array_new (FALSE, TRUE, sizeof (PlenarySeriesPoint));
  g_autoptr(GHashTable) sessions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint64 *storage_a = NULL;
  g_autofree guint64 *storage_b = NULL;
  PlenaryPeriod all;
  Planes planes_a, planes_b;
  guint first, end;

  g_array_set_clear_func (points, clear_point);
  g_return_val_if_fail (a < plenary_vote_vectors_get_n_members (vectors), points);
  g_return_val_if_fail (b < plenary_vote_vectors_get_n_members (vectors), points);

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  if (!plenary_vote_vectors_find_votes (vectors, period, &first, &end))
    return points;
  get_planes (vectors, a, flags, &storage_a, &planes_a);
  get_planes (vectors, b, flags, &storage_b, &planes_b);

  if (unit == PLENARY_SERIES_BY_YEAR)
    {
      /* Each year is a run of roll calls: count it in one go. */
      for (guint v = first; v < end;)
        {
          int year = year_of (plenary_vote_vectors_get_day (vectors, v));
          PlenarySeriesPoint point = { year, NULL, { 0 }, 0 };
          guint stop = v;

          while (stop < end && year_of (plenary_vote_vectors_get_day (vectors, stop)) == year)
            stop++;
          count_range (&planes_a, &planes_b, v, stop, &point.counts);
          point.n_votes = stop - v;
          g_array_append_val (points, point);
          v = stop;
        }
      return points;
    }

  for (guint v = first; v < end; v++)
    {
      PlenaryResolution *resolution = plenary_vote_vectors_get_resolution (vectors, v);
      const char *session = plenary_resolution_get_session (resolution);
      gpointer found;
      PlenarySeriesPoint *point;
      int va = -1, vb = -1;

      if (session == NULL)
        session = "";
      if (g_hash_table_lookup_extended (sessions, session, NULL, &found))
        point = &g_array_index (points, PlenarySeriesPoint, GPOINTER_TO_UINT (found));
      else
        {
          PlenarySeriesPoint fresh = { year_of (plenary_vote_vectors_get_day (vectors, v)),
                                       g_strdup (session), { 0 }, 0 };

          g_array_append_val (points, fresh);
          point = &g_array_index (points, PlenarySeriesPoint, points->len - 1);
          g_hash_table_insert (sessions, point->session, GUINT_TO_POINTER (points->len - 1));
        }

      point->n_votes++;
      if (bit (planes_a.yes, v))
        va = PLENARY_VOTE_YES;
      else if (bit (planes_a.no, v))
        va = PLENARY_VOTE_NO;
      else if (bit (planes_a.abstain, v))
        va = PLENARY_VOTE_ABSTAIN;
      if (bit (planes_b.yes, v))
        vb = PLENARY_VOTE_YES;
      else if (bit (planes_b.no, v))
        vb = PLENARY_VOTE_NO;
      else if (bit (planes_b.abstain, v))
        vb = PLENARY_VOTE_ABSTAIN;
      if (va < 0 || vb < 0)
        continue;
      if (va == vb)
        {
          if (va == PLENARY_VOTE_ABSTAIN)
            point->counts.same_abstain++;
          else
            point->counts.same_yes_no++;
        }
      else if (va == PLENARY_VOTE_ABSTAIN || vb == PLENARY_VOTE_ABSTAIN)
        point->counts.half++;
      else
        point->counts.opposite++;
    }
  return points;
}

struct _PlenaryAgreementMatrix
{
  guint                   n_members;
  PlenaryAgreementCounts *counts;   /* n × n */
  guint8                 *active;   /* voted yes, no or abstain in the period */
};

MULTI_TARGET
static void
fill_matrix (PlenaryVoteVectors     *vectors,
             const guint            *active,
             guint                   n_active,
             guint                   first,
             guint                   end,
             PlenaryAgreementCounts *counts,
             guint                   n_members)
{
  guint w0 = first / 64, w1 = (end - 1) / 64;
  guint64 mask0 = range_mask (w0, first, end), mask1 = range_mask (w1, first, end);

  for (guint i = 0; i < n_active; i++)
    {
      guint a = active[i];
      const guint64 *ya = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_YES, a);
      const guint64 *na = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_NO, a);
      const guint64 *aa = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_ABSTAIN, a);

      for (guint j = i + 1; j < n_active; j++)
        {
          guint b = active[j];
          const guint64 *yb = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_YES, b);
          const guint64 *nb = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_NO, b);
          const guint64 *ab = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_ABSTAIN, b);
          guint same = 0, abstain = 0, half = 0, opposite = 0;
          PlenaryAgreementCounts *c;

          for (guint w = w0; w <= w1; w++)
            {
              guint64 mask = w == w0 ? mask0 : (w == w1 ? mask1 : ~G_GUINT64_CONSTANT (0));
              guint64 y1 = ya[w] & mask, n1 = na[w] & mask, a1 = aa[w] & mask;
              guint64 y2 = yb[w], n2 = nb[w], a2 = ab[w];

              same += (guint) __builtin_popcountll ((y1 & y2) | (n1 & n2));
              abstain += (guint) __builtin_popcountll (a1 & a2);
              half += (guint) __builtin_popcountll ((a1 & (y2 | n2)) | (a2 & (y1 | n1)));
              opposite += (guint) __builtin_popcountll ((y1 & n2) | (n1 & y2));
            }
          c = &counts[(gsize) a * n_members + b];
          c->same_yes_no = same;
          c->same_abstain = abstain;
          c->half = half;
          c->opposite = opposite;
          counts[(gsize) b * n_members + a] = *c;
        }
    }
}

/**
 * plenary_agreement_matrix_new:
 * @period: (nullable): the days to count; %NULL for all
 *
 * Every pair of members, counted over the roll calls of @period. Members
 * are taken as they sat: the Soviet Union and the Russian Federation are
 * two rows.
 *
 * Returns: (transfer full): the matrix
 */
PlenaryAgreementMatrix *
plenary_agreement_matrix_new (PlenaryVoteVectors  *vectors,
                              const PlenaryPeriod *period)
{
  guint n = plenary_vote_vectors_get_n_members (vectors);
  PlenaryAgreementMatrix *matrix = g_new0 (PlenaryAgreementMatrix, 1);
  g_autofree guint *active = g_new (guint, MAX (n, 1));
  guint n_active = 0;
  PlenaryPeriod all;
  guint first, end;

  matrix->n_members = n;
  matrix->counts = g_new0 (PlenaryAgreementCounts, MAX ((gsize) n * n, 1));
  matrix->active = g_new0 (guint8, MAX (n, 1));

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  if (!plenary_vote_vectors_find_votes (vectors, period, &first, &end))
    return matrix;

  for (guint m = 0; m < n; m++)
    {
      guint voted = plenary_vote_vectors_count (vectors, PLENARY_PLANE_YES, m, first, end) +
                    plenary_vote_vectors_count (vectors, PLENARY_PLANE_NO, m, first, end) +
                    plenary_vote_vectors_count (vectors, PLENARY_PLANE_ABSTAIN, m, first, end);

      if (voted > 0)
        {
          matrix->active[m] = TRUE;
          active[n_active++] = m;
        }
    }

  fill_matrix (vectors, active, n_active, first, end, matrix->counts, n);
  /* A member with itself: every roll call it voted on, the same vote. */
  for (guint i = 0; i < n_active; i++)
    {
      guint m = active[i];
      PlenaryAgreementCounts *c = &matrix->counts[(gsize) m * n + m];

      c->same_yes_no = plenary_vote_vectors_count (vectors, PLENARY_PLANE_YES, m, first, end) +
                       plenary_vote_vectors_count (vectors, PLENARY_PLANE_NO, m, first, end);
      c->same_abstain = plenary_vote_vectors_count (vectors, PLENARY_PLANE_ABSTAIN, m, first, end);
    }
  return matrix;
}

void
plenary_agreement_matrix_free (PlenaryAgreementMatrix *matrix)
{
  if (matrix == NULL)
    return;
  g_free (matrix->counts);
  g_free (matrix->active);
  g_free (matrix);
}

guint
plenary_agreement_matrix_get_n_members (PlenaryAgreementMatrix *matrix)
{
  return matrix->n_members;
}

const PlenaryAgreementCounts *
plenary_agreement_matrix_get (PlenaryAgreementMatrix *matrix,
                              guint                   a,
                              guint                   b)
{
  g_return_val_if_fail (a < matrix->n_members && b < matrix->n_members, NULL);

  return &matrix->counts[(gsize) a * matrix->n_members + b];
}

/* Whether @member voted yes, no or abstain at least once in the period. */
gboolean
plenary_agreement_matrix_is_active (PlenaryAgreementMatrix *matrix,
                                    guint                   member)
{
  g_return_val_if_fail (member < matrix->n_members, FALSE);

  return matrix->active[member];
}

static int
compare_ranks (gconstpointer a,
               gconstpointer b)
{
  const PlenaryAgreementRank *x = a, *y = b;

  if (x->share != y->share)
    return x->share > y->share ? -1 : 1;
  if (x->n_votes != y->n_votes)
    return x->n_votes > y->n_votes ? -1 : 1;
  return x->member < y->member ? -1 : x->member > y->member;
}

/**
 * plenary_agreement_rank:
 * @period: (nullable): the days to count; %NULL for all
 * @min_votes: leave out members with fewer roll calls than this behind
 *   their figure
 *
 * The other members by their agreement with @member, closest first; the
 * furthest are at the end.
 *
 * Returns: (transfer full) (element-type PlenaryAgreementRank): the ranking
 */
GArray *
plenary_agreement_rank (PlenaryVoteVectors   *vectors,
                        const PlenaryPeriod  *period,
                        guint                 member,
                        PlenaryAgreementKind  kind,
                        guint                 min_votes)
{
  guint n = plenary_vote_vectors_get_n_members (vectors);
  GArray *ranks = g_array_sized_new (FALSE, FALSE, sizeof (PlenaryAgreementRank), n);
  PlenaryPeriod all;
  Planes planes_a;
  guint first, end;

  g_return_val_if_fail (member < n, ranks);

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  if (!plenary_vote_vectors_find_votes (vectors, period, &first, &end))
    return ranks;

  planes_a.yes = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_YES, member);
  planes_a.no = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_NO, member);
  planes_a.abstain = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_ABSTAIN, member);
  for (guint m = 0; m < n; m++)
    {
      PlenaryAgreementCounts counts = { 0 };
      PlenaryAgreementRank rank = { m, 0, 0 };
      Planes planes_b;

      if (m == member)
        continue;
      planes_b.yes = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_YES, m);
      planes_b.no = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_NO, m);
      planes_b.abstain = plenary_vote_vectors_peek_plane (vectors, PLENARY_PLANE_ABSTAIN, m);
      count_range (&planes_a, &planes_b, first, end, &counts);
      rank.share = plenary_agreement_counts_get_share (&counts, kind, &rank.n_votes);
      if (rank.n_votes > 0 && rank.n_votes >= min_votes)
        g_array_append_val (ranks, rank);
    }
  g_array_sort (ranks, compare_ranks);
  return ranks;
}
