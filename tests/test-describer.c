/* test-describer.c: every sentence about a vote, and one meaning of "not recorded"
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-date.h"
#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-loader.h"
#include "plenary-test-fixtures.h"
#include "plenary-member-colouring.h"
#include "plenary-seat-chart.h"
#include "plenary-vote-pictures.h"

static PlenaryDataset *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryDataset *dataset = plenary_test_load_fixture ("2025-02-24.json", &error);

  g_assert_no_error (error);
  return dataset;
}

#define ASSERT_SAYS(call, expected)         \
  G_STMT_START {                            \
    g_autofree char *said_ = (call);        \
    g_assert_cmpstr (said_, ==, expected);  \
  } G_STMT_END

static void
test_assembly_two_thirds (void)
{
  g_autoptr(PlenaryDataset) dataset = load_sample ();
  PlenaryResolution *ukraine = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7");
  PlenaryResolution *path = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/8");

  /* The majority as the UN states it: two-thirds of those present and voting. */
  ASSERT_SAYS (plenary_describe_majority (ukraine), "Two-thirds of the 111 present and voting: 74 needed");
  ASSERT_SAYS (plenary_describe_needed (ukraine), "74 needed");
  ASSERT_SAYS (plenary_describe_majority (path), "Two-thirds of the 101 present and voting: 68 needed");
  ASSERT_SAYS (plenary_describe_needed (path), "68 needed");

  ASSERT_SAYS (plenary_describe_meta (ukraine),
               "General Assembly · Session ES-11 · 24 February 2025 · Draft A/ES-11/L.10");
  ASSERT_SAYS (plenary_describe_caption (ukraine), "24 February 2025 · General Assembly · 93–18–65 · Adopted");
  ASSERT_SAYS (plenary_describe_headline (ukraine),
               "A/RES/ES-11/7 · 24 February 2025 · General Assembly · 93–18–65 · Adopted · "
               "Two-thirds of the 111 present and voting: 74 needed");

  /* Shares are of those present and voting, and only yes and no have one. */
  ASSERT_SAYS (plenary_describe_count (ukraine, PLENARY_VOTE_YES), "93 · 83.8%");
  ASSERT_SAYS (plenary_describe_count (ukraine, PLENARY_VOTE_NO), "18 · 16.2%");
  ASSERT_SAYS (plenary_describe_count (ukraine, PLENARY_VOTE_ABSTAIN), "65");
  ASSERT_SAYS (plenary_describe_share_basis (ukraine), "Shares are of the 111 present and voting (yes and no)");
  ASSERT_SAYS (plenary_describe_vote_row (ukraine, PLENARY_VOTE_YES),
               "Yes: 93, 83.8% of the 111 present and voting");
  ASSERT_SAYS (plenary_describe_count (path, PLENARY_VOTE_NON_VOTING), "not reported");

  /* Not recorded, and the note about the official totals in its own words. */
  ASSERT_SAYS (plenary_describe_count (ukraine, PLENARY_VOTE_NOT_RECORDED), "64");
  ASSERT_SAYS (plenary_describe_not_recorded (ukraine), "64 members of the body are not recorded in this file.");
  ASSERT_SAYS (plenary_describe_unattributed (ukraine),
               "The official totals count 64 votes that this file does not attribute to any member. "
               "Plenary shows the totals and does not guess whose they are.");
  ASSERT_SAYS (plenary_describe_vote_row (ukraine, PLENARY_VOTE_NOT_RECORDED),
               "Not recorded: 64 members of the body whose vote this file does not give");

  ASSERT_SAYS (plenary_describe_summary (ukraine),
               "A/RES/ES-11/7, 24 February 2025, General Assembly: 93 in favour, 18 against, "
               "65 abstaining, 17 not voting. Adopted. Two-thirds of the 111 present and voting: "
               "74 needed. 64 members of the body are not recorded in this file.");
  ASSERT_SAYS (plenary_describe_list_line (ukraine), "A/RES/ES-11/7\t2025-02-24\tGA\t93–18–65\tAdopted");
  {
    g_autofree char *source = plenary_describe_source (ukraine, "fallback");

    ASSERT_SAYS (plenary_describe_source_line (source),
                 "Source: Wikipedia, Ukrainska Pravda (EU delegation tally), news reports, Ukrinform, Anadolu");
    plenary_resolution_set_record (ukraine, "4076672");
    ASSERT_SAYS (plenary_describe_source (ukraine, "fallback"),
                 "United Nations Digital Library, voting record 4076672");
  }
}

static void
test_council (void)
{
  g_autoptr(PlenaryDataset) dataset = load_sample ();
  PlenaryResolution *council = plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)");

  ASSERT_SAYS (plenary_describe_majority (council), "9 votes and no veto by a permanent member");
  ASSERT_SAYS (plenary_describe_needed (council), "9 needed");
  ASSERT_SAYS (plenary_describe_meta (council),
               "Security Council · 24 February 2025 · Draft S/2025/112 · Meeting S/PV.9866");
  g_assert_null (plenary_describe_not_recorded (council));
  g_assert_null (plenary_describe_unattributed (council));
  ASSERT_SAYS (plenary_describe_source (council, "fallback"), "S/PV.9866");
  ASSERT_SAYS (plenary_describe_summary (council),
               "S/RES/2774 (2025), 24 February 2025, Security Council: 10 in favour, 0 against, "
               "5 abstaining, 0 not voting. Adopted. 9 votes and no veto by a permanent member.");
}

/* The lists of the sample are partial: "not recorded" must count the same
 * members in the tally, the note, the seat chart's hatched seats and the
 * map's hatched members. */
static void
test_not_recorded_everywhere (void)
{
  g_autoptr(PlenaryDataset) dataset = load_sample ();
  const char *symbols[] = { "A/RES/ES-11/7", "A/RES/ES-11/8" };

  for (guint s = 0; s < G_N_ELEMENTS (symbols); s++)
    {
      PlenaryResolution *resolution = plenary_dataset_find_resolution (dataset, symbols[s]);
      guint tally = plenary_resolution_get_tally (resolution)->counts[PLENARY_VOTE_NOT_RECORDED];
      g_autoptr(PlenaryPicture) seats = plenary_vote_picture_new (PLENARY_CHART_SEATS, resolution, NULL);
      g_autoptr(PlenaryMemberColouring) colouring = plenary_member_colouring_new_for_vote (resolution);
      g_autofree char *note = plenary_describe_not_recorded (resolution);
      g_autofree char *expected_note = NULL;
      g_autoptr(GArray) layout = NULL;
      PlenaryRenderStyle style;
      guint hatched_seats = 0, hatched_members = 0;

      plenary_render_style_init (&style, FALSE);
      layout = plenary_seat_picture_layout (PLENARY_SEAT_PICTURE (seats), 800, 450, &style);
      for (guint i = 0; i < layout->len; i++)
        {
          const PlenarySeat *seat = &g_array_index (layout, PlenarySeat, i);

          if (seat->vote == PLENARY_VOTE_NOT_RECORDED)
            {
              hatched_seats++;
              /* A hatched seat is a member the file gives no vote for. */
              g_assert_cmpint (plenary_resolution_get_vote (resolution, (guint) seat->member), ==,
                               PLENARY_VOTE_NOT_RECORDED);
            }
        }
      for (guint m = 0; m < plenary_member_colouring_get_n_members (colouring); m++)
        hatched_members += plenary_member_colouring_get_category (colouring, m) == PLENARY_CATEGORY_NOT_RECORDED;

      g_assert_cmpuint (tally, >, 0);
      g_assert_cmpuint (hatched_seats, ==, tally);
      g_assert_cmpuint (hatched_members, ==, tally);
      expected_note = g_strdup_printf ("%u members of the body are not recorded in this file.", tally);
      g_assert_cmpstr (note, ==, expected_note);
    }
}

/* A citation in text, for the export dialog's Copy Citation. */
static void
test_citation (void)
{
  g_autoptr(PlenaryDataset) dataset = load_sample ();
  PlenaryResolution *ukraine = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7");
  PlenaryResolution *council = plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)");

  /* Without a library record: the file's source and the document's address. */
  ASSERT_SAYS (plenary_describe_citation (council, "fallback"),
               "United Nations Security Council, S/RES/2774 (2025), 24 February 2025, recorded vote 10–0–5. "
               "Source: S/PV.9866, https://undocs.org/S/RES/2774%20(2025).");
  plenary_resolution_set_record (ukraine, "4076672");
  ASSERT_SAYS (plenary_describe_citation (ukraine, "fallback"),
               "United Nations General Assembly, A/RES/ES-11/7, 24 February 2025, recorded vote 93–18–65. "
               "Source: United Nations Digital Library, https://digitallibrary.un.org/record/4076672.");
  plenary_resolution_set_without_vote (ukraine, TRUE);
  ASSERT_SAYS (plenary_describe_citation (ukraine, "fallback"),
               "United Nations General Assembly, A/RES/ES-11/7, 24 February 2025, adopted without a vote. "
               "Source: United Nations Digital Library, https://digitallibrary.un.org/record/4076672.");
}

/* The members a picture labels, in a list and in a sentence. */
static void
test_emphasis_words (void)
{
  const char *one[] = { "France", NULL };
  const char *two[] = { "United States", "Russian Federation", NULL };
  const char *three[] = { "France", "Chad", "Peru", NULL };
  const char *none[] = { NULL };

  ASSERT_SAYS (plenary_describe_list (one), "France");
  ASSERT_SAYS (plenary_describe_list (two), "United States and Russian Federation");
  ASSERT_SAYS (plenary_describe_list (three), "France, Chad and Peru");
  ASSERT_SAYS (plenary_describe_emphasis (two), "Outlined and labelled: United States and Russian Federation.");
  g_assert_null (plenary_describe_emphasis (none));
  g_assert_null (plenary_describe_emphasis (NULL));
}

/* Whether @text opens and closes its isolates in pairs, never closing one
 * that is not open. */
static gboolean
isolates_balanced (const char *text)
{
  int depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2068)
        depth++;
      else if (c == 0x2069 && --depth < 0)
        return FALSE;
    }
  return depth == 0;
}

#define FSI "\u2068"
#define PDI "\u2069"

/* In Arabic, each value in a sentence is an isolate, so that the date in
 * the caption is one unit that the symbol cannot split: the logical order
 * is symbol, then the whole date, each between its isolates. In English
 * the sentences carry no isolates. */
static void
test_arabic_isolates (void)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *catalogue = g_build_filename (localedir, "ar", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(PlenaryDataset) dataset = load_sample ();
  PlenaryResolution *ukraine = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7");
  g_autofree char *english = plenary_describe_headline (ukraine);
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (ukraine));
  g_autofree char *symbol = g_strconcat (FSI, "A/RES/ES-11/7", PDI, NULL);
  g_autofree char *whole_date = g_strconcat (FSI, date, PDI, NULL);
  g_autofree char *headline = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *citation = NULL;
  g_autofree char *majority = NULL;
  g_autofree char *list = NULL;
  const char *names[] = { "United States", "Russian Federation", NULL };
  const char *at_symbol, *at_date;

  g_assert_null (strstr (english, FSI));
  if (!g_file_test (catalogue, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the Arabic catalogue is not built (build the po target)");
      return;
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "ar", TRUE);
  setlocale (LC_ALL, "");
  g_assert_true (plenary_locale_is_rtl ());

  headline = plenary_describe_headline (ukraine);
  caption = plenary_describe_caption (ukraine);
  meta = plenary_describe_meta (ukraine);
  citation = plenary_describe_citation (ukraine, "fallback");
  majority = plenary_describe_majority (ukraine);
  list = plenary_describe_list (names);

  /* The date whole, in one isolate; the symbol in its own, before it. */
  at_symbol = strstr (headline, symbol);
  at_date = strstr (headline, whole_date);
  g_assert_nonnull (at_symbol);
  g_assert_nonnull (at_date);
  g_assert_true (at_symbol < at_date);
  /* The caption starts with the date, and the headline holds the caption whole. */
  g_assert_true (g_str_has_prefix (caption, whole_date));
  g_assert_nonnull (strstr (headline, caption));
  g_assert_nonnull (strstr (meta, whole_date));
  g_assert_nonnull (strstr (citation, whole_date));
  g_assert_nonnull (strstr (majority, FSI "74" PDI));
  g_assert_cmpstr (list, !=, "United States and Russian Federation");
  g_assert_nonnull (strstr (list, FSI "Russian Federation" PDI));
  for (const char *text[] = { headline, caption, meta, citation, majority, list, NULL }, **t = text; *t != NULL; t++)
    g_assert_true (isolates_balanced (*t));

  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/describer/assembly", test_assembly_two_thirds);
  g_test_add_func ("/describer/council", test_council);
  g_test_add_func ("/describer/not-recorded-everywhere", test_not_recorded_everywhere);
  g_test_add_func ("/describer/citation", test_citation);
  g_test_add_func ("/describer/emphasis", test_emphasis_words);
  g_test_add_func ("/describer/arabic-isolates", test_arabic_isolates);

  return g_test_run ();
}
