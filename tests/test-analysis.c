/* test-analysis.c: agreement, series, matrices, group breakdowns, comparisons
 * and the voting space, on a hand-made fixture and on the UN's record
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <zlib.h>

#include "plenary-agreement.h"
#include "plenary-breakdown.h"
#include "plenary-loader.h"
#include "plenary-votes-format.h"
#include "plenary-voting-space.h"

static PlenaryDataset *record;

static PlenaryDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "agreement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlenaryDataset *dataset = plenary_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static guint
member (PlenaryDataset *dataset,
        const char     *code)
{
  int index = plenary_dataset_lookup_member (dataset, code);

  g_assert_cmpint (index, >=, 0);
  return (guint) index;
}

/* The four counts, then each measure and the votes behind it. */
static void
assert_counts (const PlenaryAgreementCounts *counts,
               guint                         same_yes_no,
               guint                         same_abstain,
               guint                         half,
               guint                         opposite)
{
  g_assert_cmpuint (counts->same_yes_no, ==, same_yes_no);
  g_assert_cmpuint (counts->same_abstain, ==, same_abstain);
  g_assert_cmpuint (counts->half, ==, half);
  g_assert_cmpuint (counts->opposite, ==, opposite);
}

static void
assert_share (const PlenaryAgreementCounts *counts,
              PlenaryAgreementKind          kind,
              double                        share,
              guint                         n_votes)
{
  guint n = G_MAXUINT;
  double got = plenary_agreement_counts_get_share (counts, kind, &n);

  g_assert_cmpuint (n, ==, n_votes);
  if (isnan (share))
    g_assert_true (isnan (got));
  else
    g_assert_cmpfloat_with_epsilon (got, share, 1e-12);
}

static void
pair (PlenaryVoteVectors     *vectors,
      const char             *a,
      const char             *b,
      PlenaryAgreementFlags   flags,
      PlenaryAgreementCounts *counts)
{
  PlenaryDataset *dataset = plenary_vote_vectors_get_dataset (vectors);

  plenary_agreement_count (vectors, NULL, member (dataset, a), member (dataset, b), flags, counts);
}

/* The fixture, by hand (Y yes, N no, A abstain, X did not vote, . not in
 * the record), members USA FRA SUN RUS EST DDR:
 *
 *   A/RES/44/901 1990-06-01  Y Y N . . N   (Estonia not yet a member)
 *   A/RES/45/901 1990-12-01  N A N . . .   (the GDR has left)
 *   A/RES/45/902 1991-03-01  Y N A . . .
 *   A/RES/46/901 1991-10-01  A A Y . Y .
 *   A/RES/46/902 1991-11-01  Y X Y . N .   (France did not vote)
 *   A/RES/46/903 1992-03-01  N Y . N A .   (the Soviet Union has ceased)
 *   A/RES/46/904 1992-06-01  Y Y . A Y .
 *   A/RES/47/900 1992-09-01  Y Y . Y Y .   adopted without a vote
 *   A/RES/47/901 1993-01-15  Y . . Y N .   (France not recorded)
 *   S/RES/999    1992-05-01  Y Y . N . .   Security Council */
static void
test_fixture_agreement (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  g_autoptr(PlenaryVoteVectors) vectors = plenary_vote_vectors_new (dataset, NULL);
  PlenaryAgreementCounts counts;

  /* Eight Assembly roll calls: the one without a vote and the Council's are out. */
  g_assert_cmpuint (plenary_vote_vectors_get_n_votes (vectors), ==, 8);

  /* Same: 44/901, 46/904; both abstain: 46/901; half: 45/901; opposite:
   * 45/902, 46/903. France's non-vote (46/902) and its missing record
   * (47/901) are no side of a pair. */
  pair (vectors, "USA", "FRA", 0, &counts);
  assert_counts (&counts, 2, 1, 1, 2);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, 3.0 / 6, 6);
  assert_share (&counts, PLENARY_AGREEMENT_SCHOLARLY, 3.5 / 6, 6);
  assert_share (&counts, PLENARY_AGREEMENT_COINCIDENCE, 2.0 / 4, 4);

  /* The Soviet Union, until it ceased. */
  pair (vectors, "USA", "SUN", 0, &counts);
  assert_counts (&counts, 2, 0, 2, 1);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, 2.0 / 5, 5);
  assert_share (&counts, PLENARY_AGREEMENT_SCHOLARLY, 3.0 / 5, 5);
  assert_share (&counts, PLENARY_AGREEMENT_COINCIDENCE, 2.0 / 3, 3);

  /* The Russian Federation alone, and with the seat it continues. */
  pair (vectors, "USA", "RUS", 0, &counts);
  assert_counts (&counts, 2, 0, 1, 0);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, 2.0 / 3, 3);
  assert_share (&counts, PLENARY_AGREEMENT_SCHOLARLY, 2.5 / 3, 3);
  assert_share (&counts, PLENARY_AGREEMENT_COINCIDENCE, 1.0, 2);
  pair (vectors, "USA", "RUS", PLENARY_AGREEMENT_FOLLOW_SEATS, &counts);
  assert_counts (&counts, 4, 0, 3, 1);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, 4.0 / 8, 8);
  assert_share (&counts, PLENARY_AGREEMENT_SCHOLARLY, 5.5 / 8, 8);
  assert_share (&counts, PLENARY_AGREEMENT_COINCIDENCE, 4.0 / 5, 5);
  /* Symmetric. */
  pair (vectors, "RUS", "USA", PLENARY_AGREEMENT_FOLLOW_SEATS, &counts);
  assert_counts (&counts, 4, 0, 3, 1);

  /* The GDR voted once before it ceased to exist. */
  pair (vectors, "USA", "DDR", 0, &counts);
  assert_counts (&counts, 0, 0, 0, 1);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, 0, 1);
  assert_share (&counts, PLENARY_AGREEMENT_COINCIDENCE, 0, 1);

  /* Estonia, a member from 17 September 1991. */
  pair (vectors, "USA", "EST", 0, &counts);
  assert_counts (&counts, 1, 0, 2, 2);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, 1.0 / 5, 5);
  assert_share (&counts, PLENARY_AGREEMENT_SCHOLARLY, 2.0 / 5, 5);
  assert_share (&counts, PLENARY_AGREEMENT_COINCIDENCE, 1.0 / 3, 3);

  /* Never together: no figure, and nothing behind it. */
  pair (vectors, "DDR", "RUS", 0, &counts);
  assert_counts (&counts, 0, 0, 0, 0);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, NAN, 0);
  assert_share (&counts, PLENARY_AGREEMENT_SCHOLARLY, NAN, 0);
  assert_share (&counts, PLENARY_AGREEMENT_COINCIDENCE, NAN, 0);
  /* The Soviet Union and Estonia: 46/901 the same, 46/902 opposite. */
  pair (vectors, "SUN", "EST", 0, &counts);
  assert_counts (&counts, 1, 0, 0, 1);

  /* The planes keep the five states apart. */
  g_assert_cmpint (plenary_vote_vectors_get_vote (vectors, member (dataset, "EST"), 0), ==, PLENARY_VOTE_NOT_IN_BODY);
  g_assert_cmpint (plenary_vote_vectors_get_vote (vectors, member (dataset, "DDR"), 0), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (plenary_vote_vectors_get_vote (vectors, member (dataset, "DDR"), 1), ==, PLENARY_VOTE_NOT_IN_BODY);
  g_assert_cmpint (plenary_vote_vectors_get_vote (vectors, member (dataset, "FRA"), 4), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpint (plenary_vote_vectors_get_vote (vectors, member (dataset, "FRA"), 7), ==, PLENARY_VOTE_NOT_RECORDED);
  g_assert_cmpint (plenary_vote_vectors_get_vote (vectors, member (dataset, "SUN"), 5), ==, PLENARY_VOTE_NOT_IN_BODY);
  g_assert_cmpuint (plenary_vote_vectors_count (vectors, PLENARY_PLANE_IN_BODY, member (dataset, "FRA"), 0, 8), ==, 8);
  g_assert_cmpuint (plenary_vote_vectors_count (vectors, PLENARY_PLANE_IN_BODY, member (dataset, "EST"), 0, 8), ==, 5);
}

static void
test_fixture_filters (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  g_autoptr(PlenaryVoteVectors) council = NULL;
  g_autoptr(PlenaryVoteVectors) both = NULL;
  g_autoptr(PlenaryVoteVectors) rights = NULL;
  g_autoptr(GError) error = NULL;
  PlenaryVoteFilter filter;
  PlenaryAgreementCounts counts;
  PlenaryPeriod period;

  plenary_vote_filter_init (&filter);
  filter.body = PLENARY_BODY_SECURITY_COUNCIL;
  council = plenary_vote_vectors_new (dataset, &filter);
  g_assert_cmpuint (plenary_vote_vectors_get_n_votes (council), ==, 1);
  pair (council, "USA", "RUS", 0, &counts);
  assert_counts (&counts, 0, 0, 0, 1);
  /* Estonia did not sit on the Council. */
  g_assert_cmpint (plenary_vote_vectors_get_vote (council, member (dataset, "EST"), 0), ==, PLENARY_VOTE_NOT_IN_BODY);

  filter.any_body = TRUE;
  both = plenary_vote_vectors_new (dataset, &filter);
  g_assert_cmpuint (plenary_vote_vectors_get_n_votes (both), ==, 9);
  pair (both, "USA", "FRA", 0, &counts);
  assert_counts (&counts, 3, 1, 1, 2);

  /* "human rights--women" is filed under HUMAN RIGHTS, whatever its case;
   * the resolution without a vote carries the term but is no roll call. */
  plenary_vote_filter_init (&filter);
  filter.topic = "Human Rights";
  rights = plenary_vote_vectors_new (dataset, &filter);
  g_assert_cmpuint (plenary_vote_vectors_get_n_votes (rights), ==, 3);
  pair (rights, "USA", "FRA", 0, &counts);
  assert_counts (&counts, 1, 0, 0, 2);
  assert_share (&counts, PLENARY_AGREEMENT_PLAIN, 1.0 / 3, 3);

  /* A period: 1991 alone. */
  g_assert_true (plenary_period_init_years (&period, 1991, 1991, &error));
  g_assert_no_error (error);
  plenary_agreement_count (both, &period, member (dataset, "USA"), member (dataset, "SUN"), 0, &counts);
  assert_counts (&counts, 1, 0, 2, 0);
  g_assert_false (plenary_period_init_years (&period, 2025, 1946, &error));
  g_assert_error (error, PLENARY_ANALYSIS_ERROR, PLENARY_ANALYSIS_ERROR_BAD_PERIOD);
  g_clear_error (&error);

  g_assert_cmpint (plenary_vote_vectors_lookup_member (both, "usa", &error), ==, member (dataset, "USA"));
  g_assert_no_error (error);
  g_assert_cmpint (plenary_vote_vectors_lookup_member (both, "XYZ", &error), ==, -1);
  g_assert_error (error, PLENARY_ANALYSIS_ERROR, PLENARY_ANALYSIS_ERROR_UNKNOWN_MEMBER);
}

static void
test_subjects (void)
{
  g_assert_true (plenary_subjects_have_term ("HUMAN RIGHTS--CHILDREN|DISARMAMENT", "DISARMAMENT"));
  g_assert_true (plenary_subjects_have_term ("HUMAN RIGHTS--CHILDREN|DISARMAMENT", "human rights"));
  g_assert_true (plenary_subjects_have_term ("HUMAN RIGHTS--CHILDREN|DISARMAMENT", "HUMAN RIGHTS--CHILDREN"));
  g_assert_false (plenary_subjects_have_term ("HUMAN RIGHTS--CHILDREN|DISARMAMENT", "HUMAN RIGHTS--WOMEN"));
  g_assert_false (plenary_subjects_have_term ("HUMAN RIGHTS ADVOCATES", "HUMAN RIGHTS"));
  g_assert_false (plenary_subjects_have_term ("NUCLEAR DISARMAMENT", "DISARMAMENT"));
  g_assert_false (plenary_subjects_have_term (NULL, "DISARMAMENT"));
  g_assert_true (plenary_subjects_have_term (NULL, NULL));
}

static const PlenarySeriesPoint *
point_at (GArray *points,
          guint   i)
{
  return &g_array_index (points, PlenarySeriesPoint, i);
}

static void
test_fixture_series (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  g_autoptr(PlenaryVoteVectors) vectors = plenary_vote_vectors_new (dataset, NULL);
  g_autoptr(GArray) years = NULL;
  g_autoptr(GArray) alone = NULL;
  g_autoptr(GArray) sessions = NULL;

  years = plenary_agreement_series (vectors, NULL, member (dataset, "USA"), member (dataset, "RUS"),
                                    PLENARY_SERIES_BY_YEAR, PLENARY_AGREEMENT_FOLLOW_SEATS);
  g_assert_cmpuint (years->len, ==, 4);
  g_assert_cmpint (point_at (years, 0)->year, ==, 1990);
  assert_counts (&point_at (years, 0)->counts, 1, 0, 0, 1);
  g_assert_cmpuint (point_at (years, 0)->n_votes, ==, 2);
  g_assert_cmpint (point_at (years, 1)->year, ==, 1991);
  assert_counts (&point_at (years, 1)->counts, 1, 0, 2, 0);
  g_assert_cmpint (point_at (years, 2)->year, ==, 1992);
  assert_counts (&point_at (years, 2)->counts, 1, 0, 1, 0);
  g_assert_cmpuint (point_at (years, 2)->n_votes, ==, 2);
  g_assert_cmpint (point_at (years, 3)->year, ==, 1993);
  assert_counts (&point_at (years, 3)->counts, 1, 0, 0, 0);

  /* Without the seat, the Soviet years count nothing for Russia. */
  alone = plenary_agreement_series (vectors, NULL, member (dataset, "USA"), member (dataset, "RUS"),
                                    PLENARY_SERIES_BY_YEAR, 0);
  g_assert_cmpuint (alone->len, ==, 4);
  g_assert_cmpuint (plenary_agreement_counts_get_shared (&point_at (alone, 0)->counts), ==, 0);
  g_assert_cmpuint (plenary_agreement_counts_get_shared (&point_at (alone, 1)->counts), ==, 0);

  sessions = plenary_agreement_series (vectors, NULL, member (dataset, "USA"), member (dataset, "FRA"),
                                       PLENARY_SERIES_BY_SESSION, 0);
  g_assert_cmpuint (sessions->len, ==, 4);
  g_assert_cmpstr (point_at (sessions, 0)->session, ==, "44");
  assert_counts (&point_at (sessions, 0)->counts, 1, 0, 0, 0);
  g_assert_cmpstr (point_at (sessions, 1)->session, ==, "45");
  assert_counts (&point_at (sessions, 1)->counts, 0, 0, 1, 1);
  g_assert_cmpstr (point_at (sessions, 2)->session, ==, "46");
  g_assert_cmpint (point_at (sessions, 2)->year, ==, 1991);
  assert_counts (&point_at (sessions, 2)->counts, 1, 1, 0, 1);
  g_assert_cmpuint (point_at (sessions, 2)->n_votes, ==, 4);
  g_assert_cmpstr (point_at (sessions, 3)->session, ==, "47");
  assert_counts (&point_at (sessions, 3)->counts, 0, 0, 0, 0);
}

static void
test_fixture_matrix (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  g_autoptr(PlenaryVoteVectors) vectors = plenary_vote_vectors_new (dataset, NULL);
  g_autoptr(PlenaryAgreementMatrix) matrix = plenary_agreement_matrix_new (vectors, NULL);
  g_autoptr(GArray) ranks = NULL;
  const char *codes[] = { "USA", "FRA", "SUN", "RUS", "EST", "DDR" };
  const char *closest[] = { "RUS", "FRA", "SUN", "EST", "DDR" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_assert_true (plenary_agreement_matrix_is_active (matrix, member (dataset, codes[i])));
      for (guint j = 0; j < G_N_ELEMENTS (codes); j++)
        {
          PlenaryAgreementCounts counts;
          const PlenaryAgreementCounts *cell = plenary_agreement_matrix_get (matrix, member (dataset, codes[i]),
                                                                             member (dataset, codes[j]));

          if (i == j)
            continue;
          pair (vectors, codes[i], codes[j], 0, &counts);
          assert_counts (cell, counts.same_yes_no, counts.same_abstain, counts.half, counts.opposite);
        }
    }
  /* The United States with itself: every roll call it voted on. */
  assert_counts (plenary_agreement_matrix_get (matrix, member (dataset, "USA"), member (dataset, "USA")), 7, 1, 0, 0);
  g_assert_false (plenary_agreement_matrix_is_active (matrix, member (dataset, "CHN")));

  /* Plain agreement with the United States: RUS 2/3, FRA 1/2, SUN 2/5,
   * EST 1/5, DDR 0. */
  ranks = plenary_agreement_rank (vectors, NULL, member (dataset, "USA"), PLENARY_AGREEMENT_PLAIN, 1);
  g_assert_cmpuint (ranks->len, ==, G_N_ELEMENTS (closest));
  for (guint i = 0; i < ranks->len; i++)
    g_assert_cmpuint (g_array_index (ranks, PlenaryAgreementRank, i).member, ==, member (dataset, closest[i]));
  g_assert_cmpuint (g_array_index (ranks, PlenaryAgreementRank, 0).n_votes, ==, 3);
  g_clear_pointer (&ranks, g_array_unref);
  /* Members with fewer than 4 shared roll calls are left out. */
  ranks = plenary_agreement_rank (vectors, NULL, member (dataset, "USA"), PLENARY_AGREEMENT_PLAIN, 4);
  g_assert_cmpuint (ranks->len, ==, 3);
}

static void
test_kinds (void)
{
  PlenaryAgreementKind kind;

  for (kind = 0; kind < PLENARY_N_AGREEMENT_KINDS; kind++)
    {
      PlenaryAgreementKind back;

      g_assert_true (plenary_agreement_kind_from_name (plenary_agreement_kind_get_name (kind), &back));
      g_assert_cmpint (back, ==, kind);
      g_assert_nonnull (plenary_agreement_kind_get_label (kind));
      g_assert_nonnull (plenary_agreement_kind_get_description (kind));
    }
  g_assert_false (plenary_agreement_kind_from_name ("cosine", &kind));
}

/* The UN's record */

static gboolean
have_record (void)
{
  if (record != NULL)
    return TRUE;
  g_test_skip ("the bundled record does not load");
  return FALSE;
}

/* Reading the UN's CSV: RFC 4180, one record per call; a quoted field may
 * hold commas, doubled quotes and line breaks. */
static gboolean
read_record (gzFile     in,
             GString   *line,
             GPtrArray *fields)
{
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;
  char buffer[8192];
  gsize i = 0;

  g_string_truncate (line, 0);
  g_ptr_array_set_size (fields, 0);
  for (;;)
    {
      char c;

      if (i == line->len)
        {
          if (line->len > 0 && !quoted)
            break;
          if (gzgets (in, buffer, sizeof buffer) == NULL)
            {
              if (line->len == 0)
                {
                  g_string_free (field, TRUE);
                  return FALSE;
                }
              break;
            }
          g_string_append (line, buffer);
          /* A line longer than the buffer: read on before parsing it. */
          while (line->str[line->len - 1] != '\n' && gzgets (in, buffer, sizeof buffer) != NULL)
            g_string_append (line, buffer);
          continue;
        }
      c = line->str[i++];
      if (quoted && c == '"' && line->str[i] == '"')
        {
          g_string_append_c (field, '"');
          i++;
        }
      else if (c == '"')
        quoted = !quoted;
      else if (quoted)
        g_string_append_c (field, c);
      else if (c == ',')
        {
          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_string_truncate (field, 0);
        }
      else if (c != '\n' && c != '\r')
        g_string_append_c (field, c);
    }
  g_ptr_array_add (fields, g_string_free (field, FALSE));
  return TRUE;
}

static guint
column (GPtrArray  *header,
        const char *name)
{
  for (guint i = 0; i < header->len; i++)
    if (g_str_equal (g_ptr_array_index (header, i), name))
      return i;
  g_error ("The voting record has no column “%s”", name);
}

/* The United States against the Soviet Union or the Russian Federation, in
 * five years, counted straight from the UN's CSV. */
static void
test_record_usa_russia (void)
{
  static const int years[] = { 1955, 1975, 1991, 2003, 2022 };
  const char *shared = g_getenv ("PLENARY_SHARED_DATA");
  g_autofree char *path = NULL;
  g_autoptr(GHashTable) usa = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) russia = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(PlenaryVoteVectors) vectors = NULL;
  PlenaryAgreementCounts expected[G_N_ELEMENTS (years)] = { { 0 } };
  guint id_column, code_column, vote_column, date_column;
  GHashTableIter iter;
  gpointer key, value;
  gzFile in;

  if (!have_record ())
    return;
  if (shared != NULL)
    path = g_build_filename (shared, "undl", "ga-voting.csv.gz", NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the UN voting record is not here (PLENARY_SHARED_DATA/undl/ga-voting.csv.gz)");
      return;
    }

  in = gzopen (path, "rb");
  g_assert_nonnull (in);
  gzbuffer (in, 1 << 17);
  g_assert_true (read_record (in, line, fields));
  id_column = column (fields, "undl_id");
  code_column = column (fields, "ms_code");
  vote_column = column (fields, "ms_vote");
  date_column = column (fields, "date");
  while (read_record (in, line, fields))
    {
      const char *code = g_ptr_array_index (fields, code_column);
      const char *date = g_ptr_array_index (fields, date_column);
      const char *vote = g_ptr_array_index (fields, vote_column);
      int year;
      gboolean wanted = FALSE;

      if (!g_str_equal (code, "USA") && !g_str_equal (code, "RUS") && !g_str_equal (code, "SUN"))
        continue;
      year = atoi (date);
      for (guint y = 0; y < G_N_ELEMENTS (years); y++)
        wanted |= years[y] == year;
      if (!wanted)
        continue;
      g_hash_table_insert (g_str_equal (code, "USA") ? usa : russia,
                           g_strdup_printf ("%d %s", year, (const char *) g_ptr_array_index (fields, id_column)),
                           GINT_TO_POINTER (vote[0]));
    }
  gzclose (in);

  g_hash_table_iter_init (&iter, usa);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      char a = (char) GPOINTER_TO_INT (value);
      char b = (char) GPOINTER_TO_INT (g_hash_table_lookup (russia, key));
      int year = atoi (key);
      PlenaryAgreementCounts *counts = NULL;

      for (guint y = 0; y < G_N_ELEMENTS (years); y++)
        if (years[y] == year)
          counts = &expected[y];
      /* Only yes, no and abstain count; "X" (did not vote) and a missing
       * row do not. */
      if (strchr ("YNA", a) == NULL || b == '\0' || strchr ("YNA", b) == NULL)
        continue;
      if (a == b)
        {
          if (a == 'A')
            counts->same_abstain++;
          else
            counts->same_yes_no++;
        }
      else if (a == 'A' || b == 'A')
        counts->half++;
      else
        counts->opposite++;
    }

  vectors = plenary_vote_vectors_new (record, NULL);
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      PlenaryAgreementCounts counts;
      PlenaryPeriod period;
      double a, b;
      guint na, nb;

      g_assert_true (plenary_period_init_years (&period, years[y], years[y], NULL));
      plenary_agreement_count (vectors, &period, member (record, "USA"), member (record, "RUS"),
                               PLENARY_AGREEMENT_FOLLOW_SEATS, &counts);
      g_test_message ("%d: %u same yes/no, %u both abstain, %u half, %u opposite", years[y],
                      expected[y].same_yes_no, expected[y].same_abstain, expected[y].half, expected[y].opposite);
      g_assert_cmpuint (plenary_agreement_counts_get_shared (&expected[y]), >, 5);
      assert_counts (&counts, expected[y].same_yes_no, expected[y].same_abstain, expected[y].half,
                     expected[y].opposite);
      for (PlenaryAgreementKind kind = 0; kind < PLENARY_N_AGREEMENT_KINDS; kind++)
        {
          a = plenary_agreement_counts_get_share (&counts, kind, &na);
          b = plenary_agreement_counts_get_share (&expected[y], kind, &nb);
          g_assert_cmpuint (na, ==, nb);
          g_assert_cmpfloat (a, ==, b);
        }
    }
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The codes of @members, sorted and joined by spaces. */
static char *
join_codes (GArray *members)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  for (guint i = 0; i < members->len; i++)
    g_ptr_array_add (codes, (gpointer) plenary_member_get_code (plenary_dataset_get_member (record,
                                                                g_array_index (members, guint, i))));
  g_ptr_array_sort (codes, compare_codes);
  g_ptr_array_add (codes, NULL);
  return g_strjoinv (" ", (char **) codes->pdata);
}

static void
assert_group (PlenaryGroupBreakdown *breakdown,
              PlenaryGroup           group,
              const char            *yes,
              const char            *no,
              const char            *abstain)
{
  const char *expected[] = { yes, no, abstain, "", "" };

  for (PlenaryVote vote = PLENARY_VOTE_YES; vote < PLENARY_N_TALLY_VOTES; vote++)
    {
      GArray *members = plenary_group_breakdown_get_members (breakdown, group, vote);
      g_autofree char *codes = join_codes (members);

      g_assert_cmpstr (codes, ==, expected[vote]);
      g_assert_cmpuint (plenary_group_breakdown_get_count (breakdown, group, vote), ==, members->len);
    }
}

/* S/RES/2774 (2025): the whole table. */
static void
test_record_groups (void)
{
  g_autoptr(PlenaryGroupBreakdown) breakdown = NULL;
  PlenaryResolution *resolution;
  guint total = 0;

  if (!have_record ())
    return;
  resolution = plenary_dataset_find_resolution (record, "S/RES/2774 (2025)");
  g_assert_nonnull (resolution);
  breakdown = plenary_group_breakdown_new (resolution);

  assert_group (breakdown, PLENARY_GROUP_AFRICAN, "DZA SLE SOM", "", "");
  assert_group (breakdown, PLENARY_GROUP_ASIA_PACIFIC, "CHN KOR PAK", "", "");
  assert_group (breakdown, PLENARY_GROUP_EASTERN_EUROPEAN, "RUS", "", "SVN");
  assert_group (breakdown, PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN, "GUY PAN", "", "");
  assert_group (breakdown, PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS, "", "", "DNK FRA GBR GRC");
  assert_group (breakdown, PLENARY_GROUP_NONE, "USA", "", "");
  for (guint g = 0; g < PLENARY_N_GROUP_ROWS; g++)
    total += plenary_group_breakdown_get_total (breakdown, plenary_group_rows[g]);
  g_assert_cmpuint (total, ==, 15);
  g_assert_cmpuint (plenary_group_breakdown_get_largest (breakdown), ==, 4);
}

/* A/RES/ES-11/7 against A/RES/ES-11/8, as the complete roll calls of
 * 24 February 2025 give them (PLENARY_SHARED_DATA/votes-2025-02-24). */
static void
test_record_comparison (void)
{
  static const struct
  {
    PlenaryVote from;
    PlenaryVote to;
    const char *members;
  } expected[] = {
    { PLENARY_VOTE_YES, PLENARY_VOTE_YES,
      "AND AUS AUT BEL BGR BIH BLZ BRB BTN CAN CHE CHL CIV COM CPV CYP CZE DEU DJI DNK ESP EST FIN FRA GBR GRC "
      "GTM GUY HRV IDN IRL ISL ITA JAM JPN KHM KNA KOR LBR LCA LIE LTU LUX LVA MCO MDA MDV MEX MLT MMR MNE MUS "
      "MYS NGA NLD NOR NPL NZL PER PHL POL PRT ROU SGP SLE SMR SOM SUR SVK SVN SWE SYC THA TLS TTO TUN TUR URY" },
    { PLENARY_VOTE_ABSTAIN, PLENARY_VOTE_ABSTAIN,
      "AGO ARE ARG BHR BRA BWA CHN COL CUB DZA ETH FSM GAB GHA GIN GRD IND IRN IRQ KAZ KGZ KIR KWT LAO LBY LKA "
      "LSO MKD MOZ MRT NAM OMN PAK PAN PRY QAT RWA SAU SEN SLV SYR TGO TJK TUV TZA UGA UZB VNM YEM ZMB ZWE" },
    { PLENARY_VOTE_NON_VOTING, PLENARY_VOTE_NON_VOTING, "AFG AZE BEN BOL CMR COG DMA ECU GNB SSD SWZ TKM VEN" },
    { PLENARY_VOTE_ABSTAIN, PLENARY_VOTE_YES, "ARM BGD BRN CRI DOM KEN LBN MNG MWI STP VCT ZAF" },
    { PLENARY_VOTE_YES, PLENARY_VOTE_ABSTAIN, "ALB ATG EGY FJI GMB JOR PNG SLB SRB TON UKR" },
    { PLENARY_VOTE_NO, PLENARY_VOTE_ABSTAIN, "BDI CAF ERI GNQ HTI HUN ISR PLW USA" },
    { PLENARY_VOTE_NO, PLENARY_VOTE_NO, "BFA BLR MLI NER NIC PRK RUS SDN" },
    { PLENARY_VOTE_YES, PLENARY_VOTE_NON_VOTING, "BHS NRU VUT WSM" },
    { PLENARY_VOTE_NON_VOTING, PLENARY_VOTE_ABSTAIN, "COD GEO" },
    { PLENARY_VOTE_ABSTAIN, PLENARY_VOTE_NON_VOTING, "HND TCD" },
    { PLENARY_VOTE_NON_VOTING, PLENARY_VOTE_YES, "MAR MDG" },
    { PLENARY_VOTE_NO, PLENARY_VOTE_YES, "MHL" },
  };
  static const guint counts[] = { 78, 51, 13, 12, 11, 9, 8, 4, 2, 2, 2, 1 };
  g_autoptr(PlenaryComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  if (!have_record ())
    return;
  comparison = plenary_comparison_new (plenary_dataset_find_resolution (record, "A/RES/ES-11/7"),
                                       plenary_dataset_find_resolution (record, "A/RES/ES-11/8"), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *codes = join_codes (plenary_comparison_get_members (comparison, expected[i].from,
                                                                           expected[i].to));

      g_assert_cmpuint (plenary_comparison_get_count (comparison, expected[i].from, expected[i].to), ==, counts[i]);
      g_assert_cmpstr (codes, ==, expected[i].members);
      total += counts[i];
    }
  /* Those are all 193: every other transition is empty, and the states of
   * the past were in neither body. */
  g_assert_cmpuint (total, ==, 193);
  g_assert_cmpuint (plenary_comparison_get_count (comparison, PLENARY_VOTE_NOT_IN_BODY, PLENARY_VOTE_NOT_IN_BODY),
                    ==, plenary_dataset_get_n_members (record) - 193);
  g_assert_cmpuint (plenary_comparison_get_changed (comparison), ==, 12 + 11 + 9 + 4 + 2 + 2 + 2 + 1);
  g_assert_cmpuint (plenary_comparison_get_count (comparison, PLENARY_VOTE_YES, PLENARY_VOTE_NO), ==, 0);
}

static double
distance (const PlenarySpacePoint *a,
          const PlenarySpacePoint *b)
{
  return hypot (a->x - b->x, a->y - b->y);
}

static const PlenarySpacePoint *
find_point (const PlenarySpacePoint *points,
            guint                    n_points,
            const char              *code)
{
  for (guint i = 0; i < n_points; i++)
    if (points[i].member == member (record, code))
      return &points[i];
  g_error ("%s is not in the voting space", code);
}

/* The blocs of 1975 and 2025, the United States on the left both times. */
static void
test_record_space (void)
{
  static const int years[] = { 1975, 2025 };

  if (!have_record ())
    return;
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autoptr(PlenaryVoteVectors) vectors = plenary_vote_vectors_new (record, NULL);
      g_autoptr(PlenaryVotingSpace) space = NULL;
      g_autoptr(GError) error = NULL;
      const PlenarySpacePoint *points, *usa, *gbr, *cub;
      PlenaryPeriod period;
      guint n_points;

      g_assert_true (plenary_period_init_years (&period, years[y], years[y], NULL));
      space = plenary_voting_space_new (vectors, &period, PLENARY_AGREEMENT_SCHOLARLY, 10, &error);
      g_assert_no_error (error);
      points = plenary_voting_space_get_points (space, &n_points);
      g_assert_cmpuint (n_points, >, years[y] == 1975 ? 130 : 180);
      g_assert_cmpint (plenary_voting_space_get_anchor (space), ==, member (record, "USA"));
      usa = find_point (points, n_points, "USA");
      gbr = find_point (points, n_points, "GBR");
      cub = find_point (points, n_points, "CUB");
      g_assert_cmpfloat (usa->x, <, 0);
      g_assert_cmpfloat (usa->y, >=, 0);
      g_assert_cmpfloat (distance (usa, gbr), <, distance (usa, cub));
      g_assert_cmpfloat (cub->x, >, usa->x);
      g_assert_cmpfloat (plenary_voting_space_get_explained (space, 0), >, plenary_voting_space_get_explained (space, 1));
      g_assert_cmpfloat (plenary_voting_space_get_explained (space, 0), >, 0.3);
    }
}

static void
test_record_topics (void)
{
  g_autoptr(GArray) topics = NULL;

  if (!have_record ())
    return;
  topics = plenary_topics_list (record, NULL, 10);
  g_assert_cmpuint (topics->len, ==, 10);
  for (guint i = 0; i < topics->len; i++)
    {
      const PlenaryTopic *topic = &g_array_index (topics, PlenaryTopic, i);

      g_test_message ("%s: %u", topic->term, topic->count);
      g_assert_null (strstr (topic->term, "--"));
      if (i > 0)
        g_assert_cmpuint (topic->count, <=, g_array_index (topics, PlenaryTopic, i - 1).count);
    }
  g_assert_cmpuint (g_array_index (topics, PlenaryTopic, 0).count, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  record = plenary_load_record (NULL, NULL, NULL);

  g_test_add_func ("/analysis/kinds", test_kinds);
  g_test_add_func ("/analysis/subjects", test_subjects);
  g_test_add_func ("/analysis/fixture/agreement", test_fixture_agreement);
  g_test_add_func ("/analysis/fixture/filters", test_fixture_filters);
  g_test_add_func ("/analysis/fixture/series", test_fixture_series);
  g_test_add_func ("/analysis/fixture/matrix", test_fixture_matrix);
  g_test_add_func ("/analysis/record/usa-russia", test_record_usa_russia);
  g_test_add_func ("/analysis/record/groups", test_record_groups);
  g_test_add_func ("/analysis/record/comparison", test_record_comparison);
  g_test_add_func ("/analysis/record/space", test_record_space);
  g_test_add_func ("/analysis/record/topics", test_record_topics);

  status = g_test_run ();
  g_clear_object (&record);
  return status;
}
