/* test-import.c: importing the UN's own files, and the dataset builder under them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures under tests/data/ are written by hand, one quirk of the real
 * files after another; their votes are made up to exercise the importers,
 * except S/RES/2774 (2025), whose roll call is the UN's. The real files are
 * read in place from PLENARY_SHARED_DATA, and those tests are skipped,
 * saying why, when it is absent.
 */

#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gstdio.h>

#include "plenary-csv-reader.h"
#include "plenary-dataset-builder.h"
#include "plenary-dgacm-reader.h"
#include "plenary-import.h"
#include "plenary-loader.h"
#include "plenary-votes-format.h"
#include "plenary-io-error.h"
#include "plenary-symbol.h"
#include "plenary-un-date.h"
#include "plenary-un-member-names.h"
#include "plenary-undl-reader.h"
#include "plenary-votes-format.h"

/* Helpers */

static PlenaryDataset *
import_undl_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlenaryDataset *dataset = plenary_undl_import (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* Imports CSV text as if it were a file named "undl.csv". */
static PlenaryDataset *
import_undl_text (const char  *text,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, (gssize) length, NULL);

  if (!plenary_undl_read_into (builder, stream, "undl.csv", NULL, error))
    return NULL;
  return plenary_dataset_builder_finish (builder);
}

static PlenaryResolution *
find (PlenaryDataset *dataset,
      const char     *symbol)
{
  PlenaryResolution *resolution = plenary_dataset_find_resolution (dataset, symbol);

  if (resolution == NULL)
    g_error ("no resolution %s", symbol);
  return resolution;
}

static PlenaryVote
vote_of (PlenaryDataset *dataset,
         const char     *symbol,
         const char     *code)
{
  int index = plenary_dataset_lookup_member (dataset, code);

  if (index < 0)
    g_error ("no member %s", code);
  return plenary_resolution_get_recorded_vote (find (dataset, symbol), (guint) index);
}

static void
assert_listed (PlenaryResolution *resolution,
               guint              yes,
               guint              no,
               guint              abstain,
               guint              non_voting)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);

  g_assert_cmpuint (tally->listed[PLENARY_VOTE_YES], ==, yes);
  g_assert_cmpuint (tally->listed[PLENARY_VOTE_NO], ==, no);
  g_assert_cmpuint (tally->listed[PLENARY_VOTE_ABSTAIN], ==, abstain);
  g_assert_cmpuint (tally->listed[PLENARY_VOTE_NON_VOTING], ==, non_voting);
}

static void
assert_official (PlenaryResolution *resolution,
                 int                yes,
                 int                no,
                 int                abstain,
                 int                non_voting)
{
  g_assert_cmpint (plenary_resolution_get_official_total (resolution, PLENARY_VOTE_YES), ==, yes);
  g_assert_cmpint (plenary_resolution_get_official_total (resolution, PLENARY_VOTE_NO), ==, no);
  g_assert_cmpint (plenary_resolution_get_official_total (resolution, PLENARY_VOTE_ABSTAIN), ==, abstain);
  g_assert_cmpint (plenary_resolution_get_official_total (resolution, PLENARY_VOTE_NON_VOTING), ==,
                   non_voting);
}

/* The dataset's warnings are exactly @expected, in order. */
static void
assert_warnings (PlenaryDataset     *dataset,
                 const char * const *expected)
{
  GPtrArray *warnings = plenary_dataset_get_warnings (dataset);
  guint n_expected = g_strv_length ((char **) expected);

  for (guint i = 0; i < MAX (warnings->len, n_expected); i++)
    {
      const char *got = i < warnings->len ? g_ptr_array_index (warnings, i) : "(none)";
      const char *want = i < n_expected ? expected[i] : "(none)";

      if (g_strcmp0 (got, want) != 0)
        g_error ("warning %u is\n  “%s”\nnot\n  “%s”", i, got, want);
    }
}

static void
assert_date (PlenaryResolution *resolution,
             guint              year,
             guint              month,
             guint              day)
{
  const GDate *date = plenary_resolution_get_date (resolution);

  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

/* A dataset a builder made saves as plenary-votes JSON, and that loads. */
static void
assert_round_trip (PlenaryDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) again = NULL;
  g_autofree char *text = NULL;
  gsize length;

  text = plenary_votes_write (dataset, &length);
  again = plenary_votes_read (text, length, "saved.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (dataset)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      PlenaryResolution *before = plenary_dataset_get_resolution (dataset, i);
      PlenaryResolution *after = plenary_dataset_get_resolution (again, i);

      g_assert_cmpstr (plenary_resolution_get_symbol (before), ==, plenary_resolution_get_symbol (after));
      g_assert_cmpint (plenary_resolution_get_outcome (before), ==, plenary_resolution_get_outcome (after));
      g_assert_true (memcmp (plenary_resolution_get_tally (before)->listed,
                             plenary_resolution_get_tally (after)->listed,
                             sizeof plenary_resolution_get_tally (before)->listed) == 0);
    }
}

/* Symbols, dates and names */

static void
test_symbol_normalize (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "S/RES/2774(2025)", "S/RES/2774 (2025)" },
    { "S/RES/2774 (2025)", "S/RES/2774 (2025)" },
    { "S/RES/2774\xC2\xA0 (2025) ", "S/RES/2774 (2025)" },
    { "A/RES/9(I)", "A/RES/9 (I)" },
    { "A/RES/997(ES-I)", "A/RES/997 (ES-I)" },
    { "A/RES/181(II)[A]", "A/RES/181 (II)[A]" },
    { "A/RES/75/250B", "A/RES/75/250 B" },
    { "A/RES/75/250 B", "A/RES/75/250 B" },
    { "A/RES/75/254A-C", "A/RES/75/254 A-C" },
    { "A/RES/75/254[A]", "A/RES/75/254[A]" },
    { "A/RES/ES-11/7", "A/RES/ES-11/7" },
    { "A/RES/S-14/1", "A/RES/S-14/1" },
    { "A/DEC/80/506", "A/DEC/80/506" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = plenary_symbol_normalize (cases[i].in);

      g_assert_cmpstr (normal, ==, cases[i].out);
    }
}

static void
test_symbol_session (void)
{
  static const struct { const char *symbol, *session; } cases[] = {
    { "A/RES/74/12", "74" },
    { "A/RES/ES-11/7", "ES-11" },
    { "A/RES/S-14/1", "S-14" },
    { "A/RES/9(I)", "1" },
    { "A/RES/181 (II)[A]", "2" },
    { "A/RES/3379(XXX)", "30" },
    { "A/RES/2758(XXVI)", "26" },
    { "A/RES/1899(XVIII)", "18" },
    { "A/RES/1514(XV)", "15" },
    { "A/RES/997(ES-I)", "ES-1" },
    { "A/RES/1622(S-III)", "S-3" },
    { "A/RES/104(S-1)", "S-1" },
    { "A/DEC/80/506", "80" },
    { "S/RES/2774 (2025)", NULL },
  };
  PlenaryBody body;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *session = plenary_symbol_get_session (cases[i].symbol);

      g_assert_cmpstr (session, ==, cases[i].session);
    }

  g_assert_true (plenary_symbol_get_body ("S/RES/2774(2025)", &body));
  g_assert_cmpint (body, ==, PLENARY_BODY_SECURITY_COUNCIL);
  g_assert_true (plenary_symbol_get_body ("A/RES/ES-11/7", &body));
  g_assert_cmpint (body, ==, PLENARY_BODY_GENERAL_ASSEMBLY);
  g_assert_false (plenary_symbol_get_body ("E/RES/2024/1", &body));
}

static void
test_dates (void)
{
  static const char * const same_day[] = {
    "2022-03-02", "2 March 2022", "02 March 2022", "2\xC2\xA0March 2022", "2022-03-02 00:00:00",
  };
  static const char * const not_dates[] = {
    "", "March 2022", "31 February 2022", "2 Mars 2022", "2022-3-2", "2022-03-02x", "2 March 2022 10",
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (same_day); i++)
    {
      g_assert_true (plenary_un_date_parse (same_day[i], &date));
      g_assert_cmpuint (g_date_get_day (&date), ==, 2);
      g_assert_cmpuint (g_date_get_month (&date), ==, 3);
      g_assert_cmpuint (g_date_get_year (&date), ==, 2022);
    }
  g_assert_true (plenary_un_date_parse ("14\xC2\xA0""December 2020", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 14);
  g_assert_cmpuint (g_date_get_month (&date), ==, 12);
  g_assert_cmpuint (g_date_get_year (&date), ==, 2020);
  g_assert_true (plenary_un_date_parse ("2023-09-01 00:00:00", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 1);
  g_assert_cmpuint (g_date_get_month (&date), ==, 9);

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    g_assert_false (plenary_un_date_parse (not_dates[i], &date));
}

static void
test_member_names (void)
{
  g_assert_cmpstr (plenary_un_member_names_lookup ("TURKEY"), ==, "TUR");
  g_assert_cmpstr (plenary_un_member_names_lookup ("TÜRKIYE"), ==, "TUR");
  g_assert_cmpstr (plenary_un_member_names_lookup ("TÜRKÝYE"), ==, "TUR");
  g_assert_cmpstr (plenary_un_member_names_lookup ("CÔTE D'IVOIRE"), ==, "CIV");
  g_assert_cmpstr (plenary_un_member_names_lookup ("Côte d’Ivoire"), ==, "CIV");
  g_assert_cmpstr (plenary_un_member_names_lookup ("COTE D'IVOIRE"), ==, "CIV");
  g_assert_cmpstr (plenary_un_member_names_lookup ("BOLIVIA (PLURINATIONAL STATE OF)"), ==, "BOL");
  g_assert_cmpstr (plenary_un_member_names_lookup ("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"), ==, "PRK");
  g_assert_cmpstr (plenary_un_member_names_lookup ("UNITED\xC2\xA0 KINGDOM"), ==, "GBR");
  g_assert_cmpstr (plenary_un_member_names_lookup ("USSR"), ==, "SUN");
  g_assert_cmpstr (plenary_un_member_names_lookup ("UPPER VOLTA"), ==, "BFA");
  g_assert_null (plenary_un_member_names_lookup ("REPUBLIC OF NARNIA"));
  g_assert_null (plenary_un_member_names_lookup (""));
}

/* The builder */

static void
test_builder (void)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(PlenaryDataset) dataset = NULL;
  const PlenaryResolutionDetails *details;
  PlenaryPendingResolution *pending, *again;
  PlenaryResolution *resolution;
  PlenaryMember *soviet;
  GDate date, other_date;
  static const char * const warnings[] = {
    "b.csv:3: S/RES/2774 (2025): USA is listed twice, as yes and as no; the first vote, yes, is kept",
    "b.csv:4: S/RES/2774 (2025): unknown member code “XKX” (KOSOVO); it is kept as a member of its own",
    "b.csv:5: S/RES/2774 (2025): “12” is not a member code; its vote, abstain, is not counted",
    "b.csv:6: S/RES/2774 (2025) appears a second time, dated 2025-02-25; the first, at b.csv:2, "
    "is dated 2025-02-24. The two are read as one resolution: the votes are merged and the "
    "first date and details kept",
    "b.csv:6: S/RES/2774 (2025): the total of “yes” is given as 10 and as 11; 10 is kept",
    "b.csv:2: S/RES/2774 (2025): 1 member is listed twice with the same vote, and counted once: CHN",
    "b.csv:9: A/RES/997 (ES-I): 2 members are listed under “no”, but the official total is 1; "
    "the total is left out",
    NULL
  };

  g_date_set_dmy (&date, 24, 2, 2025);
  g_date_set_dmy (&other_date, 25, 2, 2025);

  plenary_dataset_builder_set_location (builder, "b.csv", 2);
  pending = plenary_dataset_builder_add_resolution (builder, "S/RES/2774(2025)",
                                                    PLENARY_BODY_SECURITY_COUNCIL, &date);
  g_assert_cmpstr (plenary_pending_resolution_get_symbol (pending), ==, "S/RES/2774 (2025)");
  plenary_pending_resolution_set_title (pending, "First title");
  plenary_pending_resolution_set_record_id (pending, "4077111");
  plenary_pending_resolution_add_subject (pending, "UKRAINE");
  plenary_pending_resolution_add_subject (pending, "UKRAINE");
  plenary_pending_resolution_set_official_total (pending, PLENARY_VOTE_YES, 10);
  plenary_pending_resolution_add_vote (pending, "USA", NULL, PLENARY_VOTE_YES);
  plenary_pending_resolution_add_vote (pending, "CHN", NULL, PLENARY_VOTE_YES);
  plenary_pending_resolution_add_vote (pending, "CHN", NULL, PLENARY_VOTE_YES);
  plenary_dataset_builder_set_location (builder, "b.csv", 3);
  plenary_pending_resolution_add_vote (pending, "USA", NULL, PLENARY_VOTE_NO);
  plenary_dataset_builder_set_location (builder, "b.csv", 4);
  plenary_pending_resolution_add_vote (pending, "XKX", "KOSOVO", PLENARY_VOTE_YES);
  plenary_dataset_builder_set_location (builder, "b.csv", 5);
  plenary_pending_resolution_add_vote (pending, "12", NULL, PLENARY_VOTE_ABSTAIN);

  /* The other spelling, another day: one resolution, with a warning. */
  plenary_dataset_builder_set_location (builder, "b.csv", 6);
  again = plenary_dataset_builder_add_resolution (builder, "S/RES/2774 (2025)",
                                                  PLENARY_BODY_SECURITY_COUNCIL, &other_date);
  g_assert_true (again == pending);
  g_assert_true (plenary_dataset_builder_lookup_resolution (builder, "S/RES/2774(2025)") == pending);
  plenary_pending_resolution_set_title (again, "Second title");
  plenary_pending_resolution_set_official_total (again, PLENARY_VOTE_YES, 11);
  plenary_pending_resolution_add_vote (again, "FRA", NULL, PLENARY_VOTE_ABSTAIN);

  /* A General Assembly vote that lists only who voted, with a Soviet vote. */
  g_date_set_dmy (&date, 2, 11, 1956);
  plenary_dataset_builder_set_location (builder, "b.csv", 9);
  pending = plenary_dataset_builder_add_resolution (builder, "A/RES/997(ES-I)",
                                                    PLENARY_BODY_GENERAL_ASSEMBLY, &date);
  plenary_pending_resolution_set_session (pending, "ES-1");
  plenary_pending_resolution_set_unlisted_vote (pending, PLENARY_VOTE_NON_VOTING);
  plenary_pending_resolution_set_official_total (pending, PLENARY_VOTE_NO, 1);
  plenary_pending_resolution_add_vote (pending, "USA", NULL, PLENARY_VOTE_YES);
  plenary_pending_resolution_add_vote (pending, "SUN", NULL, PLENARY_VOTE_NO);
  plenary_pending_resolution_add_vote (pending, "FRA", NULL, PLENARY_VOTE_NO);

  /* Adopted without a vote. */
  plenary_dataset_builder_set_location (builder, "b.csv", 10);
  pending = plenary_dataset_builder_add_resolution (builder, "A/RES/79/3",
                                                    PLENARY_BODY_GENERAL_ASSEMBLY, &other_date);
  plenary_pending_resolution_set_without_vote (pending, TRUE);

  g_assert_cmpuint (plenary_dataset_builder_get_n_resolutions (builder), ==, 3);
  dataset = plenary_dataset_builder_finish (builder);
  assert_warnings (dataset, warnings);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 3);
  /* The 193 and the nine states of the past, and the one unknown code. */
  g_assert_cmpuint (plenary_dataset_get_n_members (dataset), ==, 203);

  resolution = find (dataset, "S/RES/2774 (2025)");
  g_assert_null (plenary_dataset_find_resolution (dataset, "S/RES/2774(2025)"));
  g_assert_cmpstr (plenary_resolution_get_title (resolution), ==, "First title");
  assert_date (resolution, 2025, 2, 24);
  assert_listed (resolution, 3, 0, 1, 0);
  g_assert_cmpint (vote_of (dataset, "S/RES/2774 (2025)", "USA"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "S/RES/2774 (2025)", "XKX"), ==, PLENARY_VOTE_YES);
  g_assert_cmpstr (plenary_member_get_name (plenary_dataset_get_member (dataset,
                     plenary_dataset_lookup_member (dataset, "XKX"))), ==, "KOSOVO");
  assert_official (resolution, 10, -1, -1, -1);
  details = plenary_resolution_details_lookup (dataset, resolution);
  g_assert_cmpstr (details->record_id, ==, "4077111");
  g_assert_cmpstr (details->source, ==, "b.csv:2");
  g_assert_cmpuint (g_strv_length (details->subjects), ==, 1);
  g_assert_false (details->without_vote);

  /* A historical member comes with its dates from Plenary's own table; the
   * unlisted members of the Assembly of 1956 did not vote, and those of
   * later times were not there. */
  resolution = find (dataset, "A/RES/997 (ES-I)");
  soviet = plenary_dataset_get_member (dataset, plenary_dataset_lookup_member (dataset, "SUN"));
  g_assert_false (plenary_member_get_declared (soviet));
  g_assert_nonnull (plenary_member_get_left (soviet));
  g_assert_cmpint (plenary_resolution_get_majority (resolution), ==, PLENARY_MAJORITY_TWO_THIRDS);
  g_assert_cmpint (vote_of (dataset, "A/RES/997 (ES-I)", "SUN"), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (vote_of (dataset, "A/RES/997 (ES-I)", "IND"), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpint (vote_of (dataset, "A/RES/997 (ES-I)", "KEN"), ==, PLENARY_VOTE_NOT_RECORDED);
  g_assert_false (plenary_resolution_member_in_body (resolution, (guint) plenary_dataset_lookup_member (dataset, "KEN")));
  g_assert_cmpint (vote_of (dataset, "A/RES/997 (ES-I)", "XKX"), ==, PLENARY_VOTE_NON_VOTING);

  resolution = find (dataset, "A/RES/79/3");
  g_assert_true (plenary_resolution_details_lookup (dataset, resolution)->without_vote);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_true (plenary_resolution_get_outcome_is_explicit (resolution));
  g_assert_false (plenary_resolution_has_official_totals (resolution));
  /* In 2025 the Soviet Union was not a member: a later vote is not its. */
  g_assert_cmpint (plenary_resolution_get_vote (resolution,
                                                plenary_dataset_lookup_member (dataset, "SUN")),
                   ==, PLENARY_VOTE_NOT_IN_BODY);

  assert_round_trip (dataset);
}

static void
test_builder_warning_cap (void)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(PlenaryDataset) dataset = NULL;
  PlenaryPendingResolution *pending;
  GPtrArray *warnings;
  GDate date;

  g_date_set_dmy (&date, 1, 1, 2000);
  pending = plenary_dataset_builder_add_resolution (builder, "A/RES/55/1",
                                                    PLENARY_BODY_GENERAL_ASSEMBLY, &date);
  for (guint i = 0; i < PLENARY_DATASET_BUILDER_MAX_WARNINGS + 7; i++)
    plenary_pending_resolution_add_vote (pending, "zz", NULL, PLENARY_VOTE_YES);
  plenary_dataset_builder_add_warning (builder, PLENARY_IMPORT_WARNING_OTHER, "another kind");

  dataset = plenary_dataset_builder_finish (builder);
  warnings = plenary_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, PLENARY_DATASET_BUILDER_MAX_WARNINGS + 2);
  g_assert_cmpstr (g_ptr_array_index (warnings, PLENARY_DATASET_BUILDER_MAX_WARNINGS), ==,
                   "another kind");
  g_assert_cmpstr (g_ptr_array_index (warnings, warnings->len - 1), ==,
                   "… and 7 more warnings like the last ones");
}

/* UN Digital Library CSV */

static void
test_undl_2024_layout (void)
{
  g_autoptr(PlenaryDataset) dataset = import_undl_fixture ("undl-ga-2024.csv");
  PlenaryResolution *resolution;
  const PlenaryResolutionDetails *details;
  static const char * const historical[] = {
    "SUN", "YUG", "CSK", "DDR", "GER", "YMD", "EAT", "EAZ", NULL
  };
  static const char * const no_warnings[] = { NULL };

  assert_warnings (dataset, no_warnings);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 3);
  /* Every dataset knows the 193 and the nine states of the past. */
  g_assert_cmpuint (plenary_dataset_get_n_members (dataset), ==, 193 + 9);
  for (guint i = 0; historical[i] != NULL; i++)
    g_assert_cmpint (plenary_dataset_lookup_member (dataset, historical[i]), >=, 193);
  g_assert_cmpstr (plenary_dataset_get_display_name (dataset), ==, "undl-ga-2024.csv");
  g_assert_cmpstr (plenary_dataset_get_source (dataset), ==,
                   "United Nations Digital Library, voting data");

  /* The symbol without its space, the session from the symbol. */
  resolution = find (dataset, "A/RES/1514 (XV)");
  g_assert_cmpstr (plenary_resolution_get_session (resolution), ==, "15");
  g_assert_cmpstr (plenary_resolution_get_draft (resolution), ==, "A/L.323");
  g_assert_cmpstr (plenary_resolution_get_meeting (resolution), ==, "A/PV.947");
  assert_date (resolution, 1960, 12, 14);
  assert_listed (resolution, 3, 1, 1, 2);
  assert_official (resolution, 3, 1, 1, 2);
  g_assert_cmpint (vote_of (dataset, "A/RES/1514 (XV)", "SUN"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "A/RES/1514 (XV)", "USA"), ==, PLENARY_VOTE_ABSTAIN);
  g_assert_cmpint (vote_of (dataset, "A/RES/1514 (XV)", "PRT"), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (vote_of (dataset, "A/RES/1514 (XV)", "FRA"), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpint (vote_of (dataset, "A/RES/1514 (XV)", "GBR"), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpint (vote_of (dataset, "A/RES/1514 (XV)", "KEN"), ==, PLENARY_VOTE_NOT_RECORDED);
  details = plenary_resolution_details_lookup (dataset, resolution);
  g_assert_cmpstr (details->record_id, ==, "1001");
  g_assert_cmpstr (details->link, ==, "https://digitallibrary.un.org/record/1001");
  g_assert_cmpstr (details->agenda, ==, "Question of independence, for \"colonial\" countries");
  g_assert_cmpstr (details->subjects[0], ==, "DECOLONIZATION");
  g_assert_cmpstr (details->subjects[1], ==, "INDEPENDENCE");
  g_assert_null (details->subjects[2]);
  g_assert_cmpstr (details->source, ==, "undl-ga-2024.csv:2");

  /* A title over two lines, in quotes, with quotes in it; the library's
   * statement of responsibility goes. */
  resolution = find (dataset, "A/RES/3379 (XXX)");
  g_assert_cmpstr (plenary_resolution_get_title (resolution), ==,
                   "Elimination of all forms of racial discrimination,\r\nwith a title on \"two\" "
                   "lines");
  g_assert_cmpstr (plenary_resolution_get_session (resolution), ==, "30");
  assert_listed (resolution, 3, 2, 0, 0);
  g_assert_cmpint (vote_of (dataset, "A/RES/3379 (XXX)", "GER"), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (vote_of (dataset, "A/RES/3379 (XXX)", "DDR"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "A/RES/3379 (XXX)", "YMD"), ==, PLENARY_VOTE_YES);
  g_assert_cmpstr (plenary_resolution_details_lookup (dataset, resolution)->source, ==,
                   "undl-ga-2024.csv:9");

  /* Lines are counted as an editor shows them: the two-line titles before. */
  resolution = find (dataset, "A/RES/1979 (XVIII)");
  g_assert_cmpstr (plenary_resolution_details_lookup (dataset, resolution)->source, ==,
                   "undl-ga-2024.csv:19");
  assert_listed (resolution, 2, 0, 1, 0);
  g_assert_cmpint (vote_of (dataset, "A/RES/1979 (XVIII)", "EAT"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "A/RES/1979 (XVIII)", "EAZ"), ==, PLENARY_VOTE_ABSTAIN);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);

  assert_round_trip (dataset);
}

static const char * const later_layout_warnings[] = {
  "%s:10: A/RES/ES-11/7: unknown member code “XKX” (KOSOVO); it is kept as a member of its own",
  "%s:12: A/RES/ES-11/7: USA is listed twice, as no and as yes; the first vote, no, is kept",
  "%s:13: A/RES/ES-11/7: “ab” is not a member code; its vote, yes, is not counted",
  "%s:14: A/RES/ES-11/7: FRA: “Q” is not a vote (Y, N, A, X or NV); it is not counted",
  "%s:19: A/RES/77/263 A appears a second time; it first appears at %s:16. The two are read "
  "as one resolution: the votes are merged and the first record's details kept",
  "%s:2: A/RES/ES-11/7: 1 member is listed twice with the same vote, and counted once: UKR",
};

static void
check_later_layout (const char *name)
{
  g_autoptr(PlenaryDataset) dataset = import_undl_fixture (name);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  PlenaryResolution *resolution;

  for (guint i = 0; i < G_N_ELEMENTS (later_layout_warnings); i++)
    g_ptr_array_add (expected, g_strdup_printf (later_layout_warnings[i], name, name));
  g_ptr_array_add (expected, NULL);
  assert_warnings (dataset, (const char * const *) expected->pdata);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 2);
  g_assert_cmpuint (plenary_dataset_get_n_members (dataset), ==, 193 + 9 + 1);

  resolution = find (dataset, "A/RES/ES-11/7");
  g_assert_cmpstr (plenary_resolution_get_session (resolution), ==, "ES-11");
  g_assert_cmpint (plenary_resolution_get_majority (resolution), ==, PLENARY_MAJORITY_TWO_THIRDS);
  g_assert_cmpstr (plenary_resolution_get_title (resolution), ==,
                   "Advancing a comprehensive, just and lasting peace in Ukraine");
  assert_listed (resolution, 4, 2, 2, 1);
  assert_official (resolution, 4, 2, 2, 1);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_false (plenary_resolution_get_outcome_is_explicit (resolution));
  g_assert_cmpint (vote_of (dataset, "A/RES/ES-11/7", "USA"), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (vote_of (dataset, "A/RES/ES-11/7", "KEN"), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpint (vote_of (dataset, "A/RES/ES-11/7", "TUR"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "A/RES/ES-11/7", "FRA"), ==, PLENARY_VOTE_NOT_RECORDED);
  g_assert_cmpint (vote_of (dataset, "A/RES/ES-11/7", "XKX"), ==, PLENARY_VOTE_YES);
  g_assert_cmpuint (g_strv_length (plenary_resolution_details_lookup (dataset, resolution)->subjects),
                    ==, 2);

  /* Two records, two spellings, one resolution; the first's title. */
  resolution = find (dataset, "A/RES/77/263 A");
  g_assert_cmpstr (plenary_resolution_get_title (resolution), ==,
                   "The \"Question\" of testing, quoting and commas");
  assert_listed (resolution, 2, 0, 1, 1);
  assert_official (resolution, 2, 0, 1, 1);
  g_assert_cmpint (vote_of (dataset, "A/RES/77/263 A", "CIV"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "A/RES/77/263 A", "FRA"), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpstr (plenary_resolution_details_lookup (dataset, resolution)->record_id, ==, "2002");

  assert_round_trip (dataset);
}

static void
test_undl_later_layout (void)
{
  check_later_layout ("undl-ga.csv");
}

static void
test_undl_gzip (void)
{
  check_later_layout ("undl-ga.csv.gz");
}

/* A gzip file of two members, as `cat a.gz b.gz` makes, is one file. */
static void
test_undl_gzip_members (void)
{
  static const char first[] =
    "undl_id,ms_code,ms_vote,date,resolution,total_yes\n"
    "1,USA,Y,2000-01-01,A/RES/54/1,2.0\n";
  static const char second[] = "1,FRA,Y,2000-01-01,A/RES/54/1,2.0\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) gzip = g_byte_array_new ();
  g_autoptr(PlenaryDataset) dataset = NULL;
  const char *parts[] = { first, second };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
      guint8 out[4096];
      gsize read, written;

      g_assert_cmpint (g_converter_convert (G_CONVERTER (compressor), parts[i], strlen (parts[i]),
                                            out, sizeof out, G_CONVERTER_INPUT_AT_END,
                                            &read, &written, &error), ==, G_CONVERTER_FINISHED);
      g_assert_no_error (error);
      g_byte_array_append (gzip, out, (guint) written);
    }

  dataset = import_undl_text ((const char *) gzip->data, gzip->len, &error);
  g_assert_no_error (error);
  assert_listed (find (dataset, "A/RES/54/1"), 2, 0, 0, 0);

  /* Cut short, it is an error, not a shorter file. */
  g_clear_object (&dataset);
  dataset = import_undl_text ((const char *) gzip->data, gzip->len - 5, &error);
  g_assert_null (dataset);
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_COMPRESSION);
  g_assert_cmpstr (error->message, ==, "undl.csv: the compressed file is cut short");
}

static void
test_undl_security_council (void)
{
  g_autoptr(PlenaryDataset) dataset = import_undl_fixture ("undl-sc.csv");
  static const char * const no_warnings[] = { NULL };
  static const struct { const char *code; PlenaryVote vote; } roll[] = {
    { "CHN", PLENARY_VOTE_YES }, { "DNK", PLENARY_VOTE_ABSTAIN }, { "DZA", PLENARY_VOTE_YES },
    { "FRA", PLENARY_VOTE_ABSTAIN }, { "GBR", PLENARY_VOTE_ABSTAIN }, { "GRC", PLENARY_VOTE_ABSTAIN },
    { "GUY", PLENARY_VOTE_YES }, { "KOR", PLENARY_VOTE_YES }, { "PAK", PLENARY_VOTE_YES },
    { "PAN", PLENARY_VOTE_YES }, { "RUS", PLENARY_VOTE_YES }, { "SLE", PLENARY_VOTE_YES },
    { "SOM", PLENARY_VOTE_YES }, { "SVN", PLENARY_VOTE_ABSTAIN }, { "USA", PLENARY_VOTE_YES },
  };
  PlenaryResolution *resolution;
  const PlenaryTally *tally;

  assert_warnings (dataset, no_warnings);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 3);

  /* The UN Digital Library writes S/RES/2774(2025). */
  resolution = find (dataset, "S/RES/2774 (2025)");
  g_assert_cmpint (plenary_resolution_get_body (resolution), ==, PLENARY_BODY_SECURITY_COUNCIL);
  g_assert_null (plenary_resolution_get_session (resolution));
  g_assert_cmpstr (plenary_resolution_get_title (resolution), ==,
                   "Imploring a swift end to the conflict between Ukraine and the Russian Federation");
  g_assert_cmpstr (plenary_resolution_details_lookup (dataset, resolution)->agenda, ==,
                   "Maintenance of peace and security of Ukraine.");
  for (guint i = 0; i < G_N_ELEMENTS (roll); i++)
    g_assert_cmpint (vote_of (dataset, "S/RES/2774 (2025)", roll[i].code), ==, roll[i].vote);
  tally = plenary_resolution_get_tally (resolution);
  g_assert_cmpuint (tally->body_size, ==, 15);
  assert_listed (resolution, 10, 0, 5, 0);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_false (plenary_resolution_details_lookup (dataset, resolution)->without_vote);

  /* Adopted without a vote: every member "Y", and marked as what it was. */
  resolution = find (dataset, "S/RES/2775 (2025)");
  assert_listed (resolution, 15, 0, 0, 0);
  g_assert_true (plenary_resolution_details_lookup (dataset, resolution)->without_vote);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);

  /* The Council of eleven, with the Soviet Union. */
  resolution = find (dataset, "S/RES/209 (1965)");
  g_assert_cmpuint (plenary_resolution_get_tally (resolution)->body_size, ==, 11);
  g_assert_cmpint (vote_of (dataset, "S/RES/209 (1965)", "SUN"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "S/RES/209 (1965)", "FRA"), ==, PLENARY_VOTE_ABSTAIN);
  assert_official (resolution, 10, 0, 1, 0);
  /* Six of the ten are not named in this file. */
  g_assert_cmpuint (plenary_resolution_get_tally (resolution)->unattributed, ==, 6);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);
}

typedef struct
{
  const char *name;
  const char *text;
  int         code;
  const char *message;   /* the whole message */
} BadCsv;

#define LATER_HEADER "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,total_yes\n"
#define GOOD_ROW "1,USA,UNITED STATES,Y,2000-01-01,54,A/RES/54/1,1.0\n"

static const BadCsv bad_csvs[] = {
  { "unterminated-quote",
    LATER_HEADER GOOD_ROW "1,FRA,\"FRANCE,Y,2000-01-01,54,A/RES/54/1,1.0\n" GOOD_ROW,
    PLENARY_IO_ERROR_SYNTAX, "undl.csv:3: a quoted field starts on this line and never ends" },
  { "too-few-fields",
    LATER_HEADER GOOD_ROW GOOD_ROW "1,FRA,FRANCE,Y,2000-01-01,54\n",
    PLENARY_IO_ERROR_SYNTAX, "undl.csv:4: the row has 6 fields, but the header has 8" },
  { "too-many-fields",
    LATER_HEADER "1,FRA,\"FRANCE,\nLA\",Y,2000-01-01,54,A/RES/54/1,1.0,extra\n",
    PLENARY_IO_ERROR_SYNTAX, "undl.csv:2: the row has 9 fields, but the header has 8" },
  { "nul-byte",
    LATER_HEADER GOOD_ROW "1,FRA,FRA\0NCE,Y,2000-01-01,54,A/RES/54/1,1.0\n",
    PLENARY_IO_ERROR_SYNTAX, "undl.csv:3: the line holds a NUL byte, which CSV text cannot have" },
  { "nul-byte-quoted",
    LATER_HEADER GOOD_ROW "1,FRA,\"FR\nA\0NCE\",Y,2000-01-01,54,A/RES/54/1,1.0\n",
    PLENARY_IO_ERROR_SYNTAX, "undl.csv:4: the line holds a NUL byte, which CSV text cannot have" },
  { "stray-cr",
    LATER_HEADER GOOD_ROW GOOD_ROW "1,FRA,FRANCE\r,Y,2000-01-01,54,A/RES/54/1,1.0\n",
    PLENARY_IO_ERROR_SYNTAX, "undl.csv:4: a carriage return that does not end the line" },
  { "cr-line-ends",
    LATER_HEADER "1,USA,UNITED STATES,Y,2000-01-01,54,A/RES/54/1,1.0\r1,FRA\r",
    PLENARY_IO_ERROR_SYNTAX, "undl.csv:2: a carriage return that does not end the line" },
  { "quote-inside-field",
    LATER_HEADER GOOD_ROW "1,FRA,THE \"FRENCH\" REPUBLIC,Y,2000-01-01,54,A/RES/54/1,1.0\n",
    PLENARY_IO_ERROR_SYNTAX,
    "undl.csv:3: field 3: a quote inside an unquoted field; quote the whole field and double the "
    "quotes inside it" },
  { "text-after-quote",
    LATER_HEADER GOOD_ROW "1,FRA,\"FRANCE\" X,Y,2000-01-01,54,A/RES/54/1,1.0\n",
    PLENARY_IO_ERROR_SYNTAX,
    "undl.csv:3: field 3: text after the closing quote; a quoted field must end at a comma or "
    "at the end of the line" },
  { "missing-column",
    "undl_id,ms_name,ms_vote,date,resolution\n1,FRANCE,Y,2000-01-01,A/RES/54/1\n",
    PLENARY_IO_ERROR_NOT_PLENARY,
    "undl.csv:1: this is not UN Digital Library voting data: the header has no column "
    "“ms_code” or “ms_codes”" },
  { "column-twice",
    "ms_code,ms_vote,date,resolution,ms_codes\nUSA,Y,2000-01-01,A/RES/54/1,USA\n",
    PLENARY_IO_ERROR_DUPLICATE_KEY, "undl.csv:1: the header names the column “ms_codes” twice" },
  { "bad-date",
    LATER_HEADER GOOD_ROW "1,FRA,FRANCE,Y,01/01/2000,54,A/RES/54/2,1.0\n",
    PLENARY_IO_ERROR_INVALID_VALUE,
    "undl.csv:3: column “date”: “01/01/2000” is not a date of the form YYYY-MM-DD" },
  { "bad-total",
    LATER_HEADER "1,FRA,FRANCE,Y,2000-01-01,54,A/RES/54/2,93.5\n",
    PLENARY_IO_ERROR_INVALID_VALUE, "undl.csv:2: column “total_yes”: “93.5” is not a number of votes" },
  { "bad-utf8",
    LATER_HEADER "1,FRA,FRANCE,Y,2000-01-01,5\xff,A/RES/54/2,1.0\n",
    PLENARY_IO_ERROR_ENCODING, "undl.csv:2: column “session”: the text is not valid UTF-8" },
  { "empty", "", PLENARY_IO_ERROR_SYNTAX, "undl.csv: the file is empty" },
  /* A gzip header, then a block of a type deflate does not have. */
  { "not-gzip", "\x1f\x8b\x08\x01" "ABCD\x02\x03\xff\xff\xff\xff",
    PLENARY_IO_ERROR_COMPRESSION, "undl.csv: the compressed data is damaged (invalid block type)" },
};

static void
test_undl_bad (gconstpointer data)
{
  const BadCsv *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;
  gsize length = strlen (bad->text);

  /* The NUL cases go on past the NUL. */
  if (strstr (bad->name, "nul") != NULL)
    length += 1 + strlen (bad->text + length + 1);

  dataset = import_undl_text (bad->text, length, &error);
  g_assert_null (dataset);
  g_assert_error (error, PLENARY_IO_ERROR, bad->code);
  g_assert_cmpstr (error->message, ==, bad->message);
}

/* A file that ends without a line end, has empty lines, CRLF ends, and a row
 * that straddles the reader's buffer. */
static void
test_csv_reader_edges (void)
{
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF" "a,b\r\n\r\n");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(PlenaryCsvReader) csv = NULL;
  g_autoptr(GError) error = NULL;
  guint rows = 0;
  gsize length;

  /* Long quoted fields, so that some rows cross the 1 MiB buffer. */
  for (guint i = 0; i < 300; i++)
    {
      g_string_append_printf (text, "%u,\"", i);
      for (guint j = 0; j < 1000; j++)
        g_string_append (text, "say \"\"yes\"\", ");
      g_string_append (text, "\"\n");
    }
  g_string_append (text, "last,\"\"");
  stream = g_memory_input_stream_new_from_data (text->str, (gssize) text->len, NULL);
  csv = plenary_csv_reader_new (stream, "edges.csv");

  g_assert_true (plenary_csv_reader_next_row (csv, NULL, &error));
  g_assert_cmpstr (plenary_csv_reader_get_field (csv, 0, NULL), ==, "a");
  g_assert_cmpstr (plenary_csv_reader_get_field (csv, 1, NULL), ==, "b");
  while (plenary_csv_reader_next_row (csv, NULL, &error))
    {
      g_autofree char *number = g_strdup_printf ("%u", rows);

      if (rows == 300)
        {
          g_assert_cmpstr (plenary_csv_reader_get_field (csv, 0, NULL), ==, "last");
          g_assert_cmpstr (plenary_csv_reader_get_field (csv, 1, &length), ==, "");
          g_assert_cmpuint (plenary_csv_reader_get_line (csv), ==, 303);
        }
      else
        {
          g_assert_cmpstr (plenary_csv_reader_get_field (csv, 0, NULL), ==, number);
          plenary_csv_reader_get_field (csv, 1, &length);
          g_assert_cmpuint (length, ==, 1000 * strlen ("say \"yes\", "));
          g_assert_true (g_str_has_prefix (plenary_csv_reader_get_field (csv, 1, NULL), "say \"yes\", say"));
        }
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 301);
  g_assert_false (plenary_csv_reader_get_compressed (csv));
}

/* DGACM JSON lines */

static void
test_dgacm_fixtures (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "dgacm", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_dgacm_import (&folder, 1, NULL, &error);
  static const char * const warnings[] = {
    "79.json:5: A/RES/79/4 B: “REPUBLIC OF NARNIA” (MS_against) is not a member name Plenary "
    "knows; its vote is not counted",
    NULL
  };
  PlenaryResolution *resolution;
  const PlenaryResolutionDetails *details;
  const PlenaryTally *tally;

  g_assert_no_error (error);
  assert_warnings (dataset, warnings);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 5);
  g_assert_cmpuint (plenary_dataset_get_n_members (dataset), ==, 193 + 9);
  g_assert_cmpstr (plenary_dataset_get_source (dataset), ==, "United Nations (DGACM)");

  /* "4 December 2024"; names in several spellings; the unlisted did not vote. */
  resolution = find (dataset, "A/RES/79/1");
  assert_date (resolution, 2024, 12, 4);
  assert_listed (resolution, 3, 1, 1, 193 - 5);
  assert_official (resolution, 3, 1, 1, -1);
  g_assert_cmpint (vote_of (dataset, "A/RES/79/1", "TUR"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "A/RES/79/1", "CIV"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (dataset, "A/RES/79/1", "BOL"), ==, PLENARY_VOTE_ABSTAIN);
  g_assert_cmpint (vote_of (dataset, "A/RES/79/1", "RUS"), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (vote_of (dataset, "A/RES/79/1", "USA"), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpstr (plenary_resolution_get_session (resolution), ==, "79");
  g_assert_cmpstr (plenary_resolution_get_title (resolution), ==, "A made-up title, with \"quotes\"");
  g_assert_cmpstr (plenary_resolution_get_meeting (resolution), ==, "A/79/PV.50");
  g_assert_cmpstr (plenary_resolution_get_draft (resolution), ==, "A/79/L.1");
  details = plenary_resolution_details_lookup (dataset, resolution);
  g_assert_cmpstr (details->source, ==, "79.json:1");
  g_assert_cmpstr (details->agenda, ==, "A made-up agenda item");
  g_assert_cmpstr (details->subjects[0], ==, "PEACE");
  g_assert_cmpstr (details->subjects[1], ==, "UKRAINE SITUATION");
  g_assert_false (details->without_vote);

  /* "10 December 2024" with a no-break space; "N.A." is none. */
  resolution = find (dataset, "A/RES/79/2");
  assert_date (resolution, 2024, 12, 10);
  assert_listed (resolution, 2, 1, 0, 193 - 3);
  assert_official (resolution, 2, 1, 0, -1);
  g_assert_cmpint (vote_of (dataset, "A/RES/79/2", "PRK"), ==, PLENARY_VOTE_NO);

  /* "2024-09-11 00:00:00", adopted without a vote: kept, marked, no roll call. */
  resolution = find (dataset, "A/RES/79/3");
  assert_date (resolution, 2024, 9, 11);
  assert_listed (resolution, 0, 0, 0, 0);
  g_assert_false (plenary_resolution_has_official_totals (resolution));
  g_assert_true (plenary_resolution_details_lookup (dataset, resolution)->without_vote);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);

  /* An unknown name: its vote is missing, and nobody is guessed to be absent. */
  resolution = find (dataset, "A/RES/79/4 B");
  tally = plenary_resolution_get_tally (resolution);
  assert_listed (resolution, 2, 0, 1, 0);
  assert_official (resolution, 2, 1, 1, -1);
  g_assert_cmpuint (tally->unattributed, ==, 1);
  g_assert_cmpint (vote_of (dataset, "A/RES/79/4 B", "USA"), ==, PLENARY_VOTE_NOT_RECORDED);

  /* The second file of the folder, "2 March 2022". */
  resolution = find (dataset, "A/RES/ES-11/1");
  assert_date (resolution, 2022, 3, 2);
  g_assert_cmpstr (plenary_resolution_get_session (resolution), ==, "ES-11");
  g_assert_cmpint (plenary_resolution_get_majority (resolution), ==, PLENARY_MAJORITY_TWO_THIRDS);
  assert_listed (resolution, 3, 1, 2, 193 - 6);
  g_assert_cmpstr (plenary_resolution_details_lookup (dataset, resolution)->source, ==, "ES-11.json:1");

  assert_round_trip (dataset);
}

static void
test_dgacm_files (void)
{
  g_autofree char *first = g_test_build_filename (G_TEST_DIST, "data", "dgacm", "ES-11.json", NULL);
  g_autofree char *second = g_test_build_filename (G_TEST_DIST, "data", "dgacm", "79.json", NULL);
  g_autoptr(GFile) es11 = g_file_new_for_path (first);
  g_autoptr(GFile) session79 = g_file_new_for_path (second);
  GFile *files[2] = { es11, session79 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) one = NULL, both = NULL;

  one = plenary_dgacm_import (files, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (one)), ==, 1);
  g_assert_cmpstr (plenary_dataset_get_display_name (one), ==, "ES-11.json");

  both = plenary_dgacm_import ((GFile * const *) files, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (both)), ==, 5);
  /* The files' order is kept. */
  g_assert_cmpstr (plenary_resolution_get_symbol (plenary_dataset_get_resolution (both, 0)), ==,
                   "A/RES/ES-11/1");
}

typedef struct
{
  const char *name;
  const char *text;
  int         code;
  const char *message;
} BadLines;

#define GOOD_LINE "{\"symbol\": \"A/RES/79/9\", \"adoption_date\": \"2 March 2024\", " \
                  "\"adoption_type\": \"Without a vote\"}\n"

static const BadLines bad_lines[] = {
  { "not-json", GOOD_LINE "\n" GOOD_LINE "symbol: A/RES/79/10\n",
    PLENARY_IO_ERROR_SYNTAX, "session.json:4:" },
  { "truncated", GOOD_LINE "{\"symbol\": \"A/RES/79/10\"\n",
    PLENARY_IO_ERROR_TRUNCATED, "session.json:2:" },
  { "array", GOOD_LINE "[1, 2]\n", PLENARY_IO_ERROR_WRONG_TYPE,
    "session.json:2: expected one JSON object on the line, found an array" },
  { "duplicate-key", GOOD_LINE "{\"symbol\": \"A/RES/79/10\", \"symbol\": \"A/RES/79/11\"}\n",
    PLENARY_IO_ERROR_DUPLICATE_KEY, "session.json:2:" },
  { "no-symbol", "{\"adoption_date\": \"2 March 2024\"}\n",
    PLENARY_IO_ERROR_MISSING_FIELD, "session.json:1: the required field “symbol” is missing" },
  { "bad-date", "{\"symbol\": \"A/RES/79/10\", \"adoption_date\": \"March the 2nd\"}\n",
    PLENARY_IO_ERROR_INVALID_VALUE,
    "session.json:1: adoption_date: “March the 2nd” is not a date such as “2 March 2022” or "
    "“2022-03-02”" },
  { "names-not-strings",
    "{\"symbol\": \"A/RES/79/10\", \"adoption_date\": \"2 March 2024\", "
    "\"adoption_type\": \"By a recorded vote\", \"MS_in_favour\": [\"FRANCE\", 7]}\n",
    PLENARY_IO_ERROR_WRONG_TYPE, "session.json:1: MS_in_favour[1]: expected a member’s name, found a number" },
  { "bad-utf8", GOOD_LINE "{\"symbol\": \"A/RES/79/\xff\"}\n",
    PLENARY_IO_ERROR_ENCODING, "session.json:2:" },
};

static void
test_dgacm_bad (gconstpointer data)
{
  const BadLines *bad = data;
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (plenary_dgacm_read_into (builder, bad->text, strlen (bad->text),
                                           "session.json", &error));
  g_assert_error (error, PLENARY_IO_ERROR, bad->code);
  if (!g_str_has_prefix (error->message, bad->message))
    g_error ("“%s” does not start with “%s”", error->message, bad->message);
}

/* The real files */

static char *
shared_file (const char *first,
             ...)
{
  const char *root = g_getenv ("PLENARY_SHARED_DATA");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *path = NULL;
  va_list args;

  if (root == NULL || *root == '\0')
    {
      g_test_skip ("PLENARY_SHARED_DATA is not set: the UN's real files are not here");
      return NULL;
    }

  g_ptr_array_add (parts, (gpointer) root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  path = g_build_filenamev ((char **) parts->pdata);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *reason = g_strdup_printf ("%s is absent", path);

      g_test_skip (reason);
      return NULL;
    }
  return g_steal_pointer (&path);
}

/* Each real file is imported once, for all the tests that need it. */
static PlenaryDataset *
real_undl (const char *name)
{
  static GHashTable *cache;
  g_autofree char *path = shared_file ("undl", name, NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PlenaryDataset *dataset;

  if (path == NULL)
    return NULL;
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  dataset = g_hash_table_lookup (cache, name);
  if (dataset != NULL)
    return dataset;

  file = g_file_new_for_path (path);
  dataset = plenary_undl_import (file, NULL, &error);
  g_assert_no_error (error);
  g_hash_table_insert (cache, g_strdup (name), dataset);
  return dataset;
}

static PlenaryDataset *
real_dgacm (void)
{
  static PlenaryDataset *dataset;
  g_autofree char *path = shared_file ("dgacm", NULL);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return NULL;
  if (dataset != NULL)
    return dataset;

  folder = g_file_new_for_path (path);
  dataset = plenary_dgacm_import (&folder, 1, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_real_general_assembly (void)
{
  PlenaryDataset *dataset = real_undl ("ga-voting.csv.gz");
  /* No unknown code. The record lists sixteen states as not voting before
   * their admission (data/README.md lists these errors of the record), and
   * three records list every member as not voting. */
#define NOT_YET_A_MEMBER(line, resolution, code) \
  "ga-voting.csv.gz:" line ": A/RES/" resolution ": " code " votes on a date when, by its " \
  "admission and departure dates, it was not a member"
  static const char * const warnings[] = {
    NOT_YET_A_MEMBER ("9418", "1127 (XI)", "JPN"),
    NOT_YET_A_MEMBER ("9498", "1128 (XI)", "JPN"),
    NOT_YET_A_MEMBER ("9578", "1129 (XI)", "JPN"),
    NOT_YET_A_MEMBER ("9658", "1120 (XI)", "JPN"),
    NOT_YET_A_MEMBER ("9738", "1122 (XI)", "JPN"),
    NOT_YET_A_MEMBER ("9818", "1130 (XI)", "JPN"),
    NOT_YET_A_MEMBER ("9898", "1131 (XI)", "JPN"),
    NOT_YET_A_MEMBER ("18272", "1627 (XVI)", "MNG"),
    NOT_YET_A_MEMBER ("47577", "2754 (XXVI)", "ARE"),
    NOT_YET_A_MEMBER ("100081", "31/49", "WSM"),
    NOT_YET_A_MEMBER ("124061", "33/13[F]", "DMA"),
    NOT_YET_A_MEMBER ("124512", "33/17", "DMA"),
    NOT_YET_A_MEMBER ("124963", "33/13[B]", "DMA"),
    NOT_YET_A_MEMBER ("125714", "33/13[C]", "DMA"),
    NOT_YET_A_MEMBER ("125865", "33/13[D]", "DMA"),
    NOT_YET_A_MEMBER ("127666", "33/13[E]", "DMA"),
    "3 resolutions list nobody in favour, against or abstaining, and are read as adopted "
    "without a vote: A/RES/39/28 A, A/RES/39/28 B, A/RES/43/62",
    NULL
  };
#undef NOT_YET_A_MEMBER
  guint64 votes = 0;
  guint n_items, n_without = 0;

  if (dataset == NULL)
    return;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (dataset));
  g_assert_cmpuint (n_items, ==, 5528);
  g_assert_cmpuint (plenary_dataset_get_n_members (dataset), ==, 193 + 9);
  assert_warnings (dataset, warnings);

  for (guint i = 0; i < n_items; i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);
      const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
      g_autofree char *session = plenary_symbol_get_session (plenary_resolution_get_symbol (resolution));

      /* Every resolution's lists equal its totals. */
      for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
        {
          if ((int) tally->listed[vote] != tally->official[vote])
            g_error ("%s lists %u under %s; its total is %d",
                     plenary_resolution_get_symbol (resolution), tally->listed[vote],
                     plenary_vote_to_key (vote), tally->official[vote]);
          votes += tally->listed[vote];
        }
      /* The session read from the symbol is the file's own. */
      g_assert_cmpstr (session, ==, plenary_resolution_get_session (resolution));
      g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);
      n_without += plenary_resolution_details_lookup (dataset, resolution)->without_vote;
    }
  g_assert_cmpuint (votes, ==, 916653);
  g_assert_cmpuint (n_without, ==, 3);
}

static void
test_real_security_council (void)
{
  PlenaryDataset *dataset = real_undl ("sc-voting.csv.gz");
  GPtrArray *warnings;
  guint procedural = 0, without = 0;

  if (dataset == NULL)
    return;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 2797);
  warnings = plenary_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0),
                                   "42 resolutions list nobody in favour, against or abstaining, "
                                   "and are read as adopted without a vote: S/RES/704 (1991), "));

  for (guint i = 0; i < 2797; i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);
      const PlenaryTally *tally = plenary_resolution_get_tally (resolution);

      g_assert_cmpint (plenary_resolution_get_body (resolution), ==, PLENARY_BODY_SECURITY_COUNCIL);
      for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
        g_assert_cmpint ((int) tally->listed[vote], ==, tally->official[vote]);
      g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);

      /* Adopted over a permanent member's no: procedural votes. */
      if (tally->permanent_no)
        {
          g_assert_cmpint (plenary_resolution_get_majority (resolution), ==, PLENARY_MAJORITY_PROCEDURAL);
          g_assert_false (plenary_resolution_get_outcome_is_explicit (resolution));
          procedural++;
        }
      without += plenary_resolution_details_lookup (dataset, resolution)->without_vote;
    }
  /* S/RES/34 (1947) … S/RES/2623 (2022), which called the eleventh emergency special session. */
  g_assert_cmpuint (procedural, ==, 10);
  g_assert_cmpint (plenary_resolution_get_majority (find (dataset, "S/RES/2623 (2022)")), ==,
                   PLENARY_MAJORITY_PROCEDURAL);
  g_assert_cmpuint (without, ==, 42);
}

static void
test_real_dgacm (void)
{
  PlenaryDataset *dgacm = real_dgacm ();
  PlenaryDataset *undl;
  static const char * const warnings[] = {
    "75.json:261: A/RES/75/254 A-C: a recorded vote whose lists name no member; only its counts "
    "are kept",
    "77.json:298: A/RES/77/293: MS_abstaining_count is 59, but the list names 58 members; the "
    "members named in no list are left as not recorded",
    "75.json:298: A/RES/75/290 A: 137 members are listed twice with the same vote, and counted "
    "once: DZA, ATG, ARG, ARM, AZE, BHR, BGD, BRB, BLR, BTN, BOL, BWA…",
    NULL
  };
  guint n_recorded = 0, n_without = 0, compared = 0, shared = 0;

  if (dgacm == NULL)
    return;
  undl = real_undl ("ga-voting.csv.gz");
  if (undl == NULL)
    return;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dgacm)), ==, 1265);
  assert_warnings (dgacm, warnings);

  for (guint i = 0; i < 1265; i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dgacm, i);
      const char *symbol = plenary_resolution_get_symbol (resolution);
      PlenaryResolution *other = plenary_dataset_find_resolution (undl, symbol);
      const PlenaryResolutionDetails *details = plenary_resolution_details_lookup (dgacm, resolution);

      if (details->without_vote)
        {
          /* The UN Digital Library has recorded votes only. */
          g_assert_null (other);
          n_without++;
          continue;
        }
      n_recorded++;
      if (other == NULL)
        continue;

      shared++;
      g_assert_cmpuint (g_date_get_julian (plenary_resolution_get_date (resolution)), ==,
                        g_date_get_julian (plenary_resolution_get_date (other)));
      /* A/RES/75/254 A-C has counts and no names: the counts agree. */
      if (plenary_resolution_get_tally (resolution)->listed[PLENARY_VOTE_YES] == 0)
        {
          g_assert_cmpstr (symbol, ==, "A/RES/75/254 A-C");
          for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_ABSTAIN; vote++)
            g_assert_cmpint (plenary_resolution_get_official_total (resolution, vote), ==,
                             plenary_resolution_get_official_total (other, vote));
          continue;
        }
      for (guint m = 0; m < plenary_dataset_get_n_members (dgacm); m++)
        {
          const char *code = plenary_member_get_code (plenary_dataset_get_member (dgacm, m));
          PlenaryVote vote = plenary_resolution_get_recorded_vote (resolution, m);
          PlenaryVote their = plenary_resolution_get_recorded_vote (other,
                                                                    plenary_dataset_lookup_member (undl, code));

          /* The states of the past sat in neither body then. */
          if (!plenary_resolution_member_in_body (resolution, m))
            continue;
          /* Only A/RES/77/293 leaves members unrecorded: one abstention is unnamed. */
          if (vote == PLENARY_VOTE_NOT_RECORDED)
            {
              g_assert_cmpstr (symbol, ==, "A/RES/77/293");
              g_assert_true (their == PLENARY_VOTE_NON_VOTING || their == PLENARY_VOTE_ABSTAIN);
              continue;
            }
          if (vote != their)
            g_error ("%s: %s votes %s in DGACM, %s in the UN Digital Library", symbol, code,
                     plenary_vote_to_key (vote), plenary_vote_to_key (their));
          compared++;
        }
    }

  g_assert_cmpuint (n_recorded, ==, 367);
  g_assert_cmpuint (n_without, ==, 898);
  g_assert_cmpuint (shared, >=, 350);
  g_assert_cmpuint (compared, >=, shared * 190);
  g_test_message ("%u resolutions in both, %u member votes compared", shared, compared);
}

/* One roll call of votes-2025-02-24: ISO3<TAB>vote lines. */
static void
compare_roll_call (PlenaryDataset *dataset,
                   const char     *symbol,
                   const char     *name)
{
  g_autofree char *path = shared_file ("votes-2025-02-24", name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  PlenaryResolution *resolution;
  guint n = 0;

  if (path == NULL)
    return;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  resolution = find (dataset, symbol);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      PlenaryVote vote;
      int index;

      if (*lines[i] == '#' || *lines[i] == '\0')
        continue;
      parts = g_strsplit (lines[i], "\t", 2);
      g_assert_true (plenary_vote_from_key (parts[1], &vote));
      index = plenary_dataset_lookup_member (dataset, parts[0]);
      g_assert_cmpint (index, >=, 0);
      if (plenary_resolution_get_recorded_vote (resolution, (guint) index) != vote)
        g_error ("%s: %s votes %s, not %s", symbol, parts[0],
                 plenary_vote_to_key (plenary_resolution_get_recorded_vote (resolution, (guint) index)),
                 parts[1]);
      n++;
    }
  /* And nobody else voted. */
  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    n -= plenary_resolution_get_tally (resolution)->listed[vote];
  g_assert_cmpuint (n, ==, 0);
}

static void
test_real_2025_02_24 (void)
{
  PlenaryDataset *assembly = real_undl ("ga-voting.csv.gz");
  PlenaryDataset *council;

  if (assembly == NULL)
    return;
  council = real_undl ("sc-voting.csv.gz");
  if (council == NULL)
    return;

  compare_roll_call (assembly, "A/RES/ES-11/7", "A-RES-ES-11-7.tsv");
  compare_roll_call (assembly, "A/RES/ES-11/8", "A-RES-ES-11-8.tsv");
  compare_roll_call (council, "S/RES/2774 (2025)", "S-RES-2774-2025.tsv");
  assert_official (find (assembly, "A/RES/ES-11/7"), 93, 18, 65, 17);
  assert_official (find (assembly, "A/RES/ES-11/8"), 93, 8, 73, 19);
}

/* The record Plenary ships has the three votes of 24 February 2025 exactly
 * as the UN's complete roll calls give them. */
static void
test_bundled_record (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) record = plenary_load_record (NULL, NULL, &error);
  g_autofree char *path = NULL;
  guint n_assembly = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (record)); i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (record, i);
      const char *title = plenary_resolution_get_title (resolution);

      n_assembly += plenary_resolution_get_body (resolution) == PLENARY_BODY_GENERAL_ASSEMBLY;
      /* Titles as people read them: no catalogue statement, no symbol again. */
      if (title == NULL || *title == '\0' || strstr (title, ": resolution /") != NULL ||
          (g_str_has_prefix (title, "Security Council resolution ") && strchr (title, '[') != NULL))
        g_error ("%s: the title “%s”", plenary_resolution_get_symbol (resolution), title);
    }
  g_assert_cmpuint (n_assembly, ==, 5528 + 11);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (record)) - n_assembly, ==, 2797);
  assert_official (find (record, "A/RES/ES-11/7"), 93, 18, 65, 17);
  assert_official (find (record, "A/RES/ES-11/8"), 93, 8, 73, 19);
  g_assert_cmpstr (plenary_resolution_get_record (find (record, "A/RES/ES-11/7")), ==, "4076672");
  g_assert_cmpstr (plenary_resolution_get_title (find (record, "A/RES/2758 (XXVI)")), ==,
                   "Restoration of the lawful rights of the People's Republic of China in the United Nations");

  path = shared_file ("votes-2025-02-24", "A-RES-ES-11-7.tsv", NULL);
  if (path == NULL)
    return;
  compare_roll_call (record, "A/RES/ES-11/7", "A-RES-ES-11-7.tsv");
  compare_roll_call (record, "A/RES/ES-11/8", "A-RES-ES-11-8.tsv");
  compare_roll_call (record, "S/RES/2774 (2025)", "S-RES-2774-2025.tsv");
}

/* The whole record, imported, saved in Plenary's format and read again, is
 * the same vote for vote. */
static void
test_real_save_and_reopen (void)
{
  g_autofree char *ga_path = shared_file ("undl", "ga-voting.csv.gz", NULL);
  g_autofree char *sc_path = shared_file ("undl", "sc-voting.csv.gz", NULL);
  g_autoptr(GFile) ga = NULL;
  g_autoptr(GFile) sc = NULL;
  g_autoptr(PlenaryDataset) imported = NULL;
  g_autoptr(PlenaryDataset) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GFile *files[2];
  gsize length;
  guint n;

  if (ga_path == NULL || sc_path == NULL)
    return;
  files[0] = ga = g_file_new_for_path (ga_path);
  files[1] = sc = g_file_new_for_path (sc_path);
  imported = plenary_import_files (files, 2, NULL, NULL, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (imported));
  g_assert_cmpuint (n, ==, 5528 + 2797);

  text = plenary_votes_write (imported, &length);
  reopened = plenary_votes_read (text, length, "record.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, n);
  g_assert_cmpuint (plenary_dataset_get_n_members (reopened), ==, plenary_dataset_get_n_members (imported));
  for (guint i = 0; i < n; i++)
    {
      PlenaryResolution *a = plenary_dataset_get_resolution (imported, i);
      PlenaryResolution *b = plenary_dataset_get_resolution (reopened, i);

      g_assert_cmpstr (plenary_resolution_get_symbol (a), ==, plenary_resolution_get_symbol (b));
      g_assert_cmpmem (plenary_resolution_peek_votes (a), plenary_resolution_get_n_members (a),
                       plenary_resolution_peek_votes (b), plenary_resolution_get_n_members (b));
      for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
        g_assert_cmpint (plenary_resolution_get_official_total (a, vote), ==,
                         plenary_resolution_get_official_total (b, vote));
      g_assert_cmpstr (plenary_resolution_get_title (a), ==, plenary_resolution_get_title (b));
      g_assert_cmpstr (plenary_resolution_get_subjects (a), ==, plenary_resolution_get_subjects (b));
      g_assert_cmpstr (plenary_resolution_get_record (a), ==, plenary_resolution_get_record (b));
      g_assert_cmpint (plenary_resolution_get_outcome (a), ==, plenary_resolution_get_outcome (b));
      g_assert_cmpint (plenary_resolution_get_without_vote (a), ==, plenary_resolution_get_without_vote (b));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/symbol/normalize", test_symbol_normalize);
  g_test_add_func ("/import/symbol/session", test_symbol_session);
  g_test_add_func ("/import/dates", test_dates);
  g_test_add_func ("/import/member-names", test_member_names);
  g_test_add_func ("/import/builder/merge", test_builder);
  g_test_add_func ("/import/builder/warning-cap", test_builder_warning_cap);
  g_test_add_func ("/import/undl/2024-layout", test_undl_2024_layout);
  g_test_add_func ("/import/undl/later-layout", test_undl_later_layout);
  g_test_add_func ("/import/undl/gzip", test_undl_gzip);
  g_test_add_func ("/import/undl/gzip-members", test_undl_gzip_members);
  g_test_add_func ("/import/undl/security-council", test_undl_security_council);
  g_test_add_func ("/import/undl/csv-edges", test_csv_reader_edges);
  for (guint i = 0; i < G_N_ELEMENTS (bad_csvs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/undl/bad/%s", bad_csvs[i].name);

      g_test_add_data_func (path, &bad_csvs[i], test_undl_bad);
    }
  g_test_add_func ("/import/dgacm/fixtures", test_dgacm_fixtures);
  g_test_add_func ("/import/dgacm/files", test_dgacm_files);
  for (guint i = 0; i < G_N_ELEMENTS (bad_lines); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/dgacm/bad/%s", bad_lines[i].name);

      g_test_add_data_func (path, &bad_lines[i], test_dgacm_bad);
    }
  g_test_add_func ("/import/real/general-assembly", test_real_general_assembly);
  g_test_add_func ("/import/real/security-council", test_real_security_council);
  g_test_add_func ("/import/real/dgacm", test_real_dgacm);
  g_test_add_func ("/import/real/2025-02-24", test_real_2025_02_24);
  g_test_add_func ("/import/real/save-and-reopen", test_real_save_and_reopen);
  g_test_add_func ("/import/bundled-record", test_bundled_record);

  return g_test_run ();
}
