/* test-analysis-render.c: the pictures of the analyses, drawn and hit-tested,
 * and their exports from the command line
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "plenary-agreement-chart.h"
#include "plenary-analysis-pictures.h"
#include "plenary-groups-chart.h"
#include "plenary-loader.h"
#include "plenary-map-picture.h"
#include "plenary-member-colouring.h"
#include "plenary-space-chart.h"

#define WIDTH 1600
#define HEIGHT 900

static PlenaryDataset *record;

static gboolean
have_record (void)
{
  if (record != NULL)
    return TRUE;
  g_test_skip ("the bundled record does not load");
  return FALSE;
}

static guint
member (const char *code)
{
  int index = plenary_dataset_lookup_member (record, code);

  g_assert_cmpint (index, >=, 0);
  return (guint) index;
}

static cairo_surface_t *
draw (PlenaryPicture           *picture,
      int                       width,
      int                       height,
      const PlenaryRenderStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  plenary_picture_draw (picture, cr, width, height, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
pixel_is (cairo_surface_t    *surface,
          double              x,
          double              y,
          const PlenaryColor *color)
{
  guint32 pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                                (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);

  return fabs (((pixel >> 16) & 0xff) / 255.0 - color->red) < 0.03 &&
         fabs (((pixel >> 8) & 0xff) / 255.0 - color->green) < 0.03 &&
         fabs ((pixel & 0xff) / 255.0 - color->blue) < 0.03;
}

/* Whether a pixel within @r of (@x, @y) is @color: tiles are small, and
 * their edges are blended. */
static gboolean
area_has (cairo_surface_t    *surface,
          double              x,
          double              y,
          int                 r,
          const PlenaryColor *color)
{
  for (int dy = -r; dy <= r; dy++)
    for (int dx = -r; dx <= r; dx++)
      if (x + dx >= 0 && y + dy >= 0 && x + dx < cairo_image_surface_get_width (surface) &&
          y + dy < cairo_image_surface_get_height (surface) && pixel_is (surface, x + dx, y + dy, color))
        return TRUE;
  return FALSE;
}

/* One point per year in which the pair shared a counted vote, each found
 * by the hit test where it is drawn, in its line's colour. */
static void
test_agreement_points (void)
{
  g_autoptr(PlenaryVoteVectors) vectors = NULL;
  g_autoptr(PlenaryPicture) picture = NULL;
  g_autoptr(GArray) series = NULL;
  g_autoptr(GHashTable) found = g_hash_table_new (g_direct_hash, g_direct_equal);
  cairo_surface_t *surface;
  PlenaryRenderStyle style;
  PlenaryPeriod period;
  guint usa, rus, expected = 0, point = 0;

  if (!have_record ())
    return;
  vectors = plenary_vote_vectors_new (record, NULL);
  usa = member ("USA");
  rus = member ("RUS");
  g_assert_true (plenary_period_init_years (&period, 1946, 2025, NULL));
  picture = plenary_agreement_picture_new (vectors, &period, &usa, &rus, 1, PLENARY_AGREEMENT_PLAIN,
                                           PLENARY_AGREEMENT_FOLLOW_SEATS, "test");
  series = plenary_agreement_series (vectors, &period, usa, rus, PLENARY_SERIES_BY_YEAR,
                                     PLENARY_AGREEMENT_FOLLOW_SEATS);
  for (guint i = 0; i < series->len; i++)
    expected += plenary_agreement_counts_get_shared (&g_array_index (series, PlenarySeriesPoint, i).counts) > 0;
  /* 1946 to 2025 but 1964, when the Assembly took no recorded vote. */
  g_assert_cmpuint (expected, ==, 2025 - 1946);
  g_assert_cmpuint (plenary_agreement_picture_get_n_lines (PLENARY_AGREEMENT_PICTURE (picture)), ==, 1);
  g_assert_cmpuint (plenary_agreement_picture_get_n_points (PLENARY_AGREEMENT_PICTURE (picture), 0), ==, expected);

  plenary_render_style_init (&style, FALSE);
  surface = draw (picture, WIDTH, HEIGHT, &style);
  for (guint i = 0; i < series->len; i++)
    {
      const PlenarySeriesPoint *in = &g_array_index (series, PlenarySeriesPoint, i);
      g_autofree char *year = g_strdup_printf ("%d", in->year);
      g_autofree char *words = NULL;
      PlenaryHit hit;
      double x, y;

      if (plenary_agreement_counts_get_shared (&in->counts) == 0)
        continue;
      g_assert_true (plenary_agreement_picture_locate_point (PLENARY_AGREEMENT_PICTURE (picture), WIDTH, HEIGHT,
                                                             &style, 0, point, &x, &y));
      g_assert_true (plenary_picture_hit_test (picture, WIDTH, HEIGHT, &style, x, y, &hit));
      g_assert_cmpint (hit.series, ==, 0);
      g_assert_cmpint (hit.index, ==, (int) point);
      g_assert_cmpint (hit.member, ==, (int) rus);
      g_hash_table_add (found, GINT_TO_POINTER (hit.index));
      words = plenary_picture_describe_hit (picture, &hit);
      g_assert_nonnull (strstr (words, year));
      g_assert_true (pixel_is (surface, x, y, &style.palette->series[0]));
      point++;
    }
  g_assert_cmpuint (g_hash_table_size (found), ==, expected);
  /* Nothing off the line. */
  {
    PlenaryHit hit;

    g_assert_false (plenary_picture_hit_test (picture, WIDTH, HEIGHT, &style, 2, HEIGHT - 2, &hit));
  }
  cairo_surface_destroy (surface);
}

/* The alignment map, as tiles small enough to carry no codes: members with
 * fewer than 10 shared votes greyed and hatched, the others on the scale. */
static void
test_alignment_too_few (void)
{
  g_autoptr(PlenaryVoteVectors) vectors = NULL;
  g_autoptr(PlenaryPicture) picture = NULL;
  g_autoptr(PlenaryMemberColouring) colouring = NULL;
  cairo_surface_t *surface;
  PlenaryRenderStyle style;
  PlenaryPeriod period;
  const char *greyed[] = { "CPV", "STP", "SUR" };
  const char *shown[] = { "FRA", "GBR", "BRA" };
  guint n_too_few = 0, n_value = 0;
  int width = 640, height = 480;

  if (!have_record ())
    return;
  vectors = plenary_vote_vectors_new (record, NULL);
  /* 1975: Cabo Verde, Sao Tome and Principe and Suriname were admitted in
   * September and December, and voted with the United States on fewer
   * than 10 of the year's roll calls. */
  g_assert_true (plenary_period_init_years (&period, 1975, 1975, NULL));
  colouring = plenary_member_colouring_new_for_agreement (vectors, &period, member ("USA"), PLENARY_AGREEMENT_PLAIN);
  for (guint m = 0; m < plenary_dataset_get_n_members (record); m++)
    {
      PlenaryCategory category = plenary_member_colouring_get_category (colouring, m);
      guint n;

      plenary_member_colouring_get_value (colouring, m, NULL, &n);
      if (category == PLENARY_CATEGORY_TOO_FEW)
        {
          g_assert_cmpuint (n, <, 10);
          n_too_few++;
        }
      else if (category == PLENARY_CATEGORY_VALUE)
        {
          g_assert_cmpuint (n, >=, 10);
          n_value++;
        }
    }
  g_assert_cmpuint (n_too_few, >, 0);
  g_assert_cmpuint (n_value, >, 40);
  g_assert_cmpint (plenary_member_colouring_get_category (colouring, member ("USA")), ==, PLENARY_CATEGORY_REFERENCE);
  /* Not yet members at all: neutral land, not greyed. */
  g_assert_cmpint (plenary_member_colouring_get_category (colouring, member ("SSD")), ==, PLENARY_CATEGORY_NOT_A_MEMBER);

  picture = plenary_alignment_picture_new (vectors, &period, member ("USA"), PLENARY_AGREEMENT_PLAIN, TRUE, "test");
  plenary_render_style_init_for_size (&style, FALSE, width, height);
  surface = draw (picture, width, height, &style);
  for (guint i = 0; i < G_N_ELEMENTS (greyed); i++)
    {
      PlenaryHit hit;
      double x, y;
      g_autofree char *words = NULL;

      g_assert_true (plenary_map_picture_locate_member (PLENARY_MAP_PICTURE (picture), width, height, &style,
                                                        greyed[i], &x, &y));
      g_assert_true (plenary_picture_hit_test (picture, width, height, &style, x, y, &hit));
      g_assert_cmpint (hit.member, ==, (int) member (greyed[i]));
      g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_TOO_FEW);
      g_assert_true (area_has (surface, x, y, 2, &style.palette->fill[PLENARY_CATEGORY_TOO_FEW]));
      words = plenary_picture_describe_hit (picture, &hit);
      g_assert_nonnull (strstr (words, "too few"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      PlenaryHit hit;
      PlenaryColor color;
      double x, y, value;

      g_assert_true (plenary_map_picture_locate_member (PLENARY_MAP_PICTURE (picture), width, height, &style,
                                                        shown[i], &x, &y));
      g_assert_true (plenary_picture_hit_test (picture, width, height, &style, x, y, &hit));
      g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_VALUE);
      g_assert_true (plenary_member_colouring_get_value (colouring, member (shown[i]), &value, NULL));
      plenary_scale_colour (value, &color);
      g_assert_true (area_has (surface, x, y, 2, &color));
      g_assert_false (pixel_is (surface, x, y, &style.palette->fill[PLENARY_CATEGORY_TOO_FEW]));
    }
  cairo_surface_destroy (surface);
}

/* S/RES/2774 (2025) by group: Western Europe's four abstentions. */
static void
test_groups (void)
{
  g_autoptr(PlenaryPicture) picture = NULL;
  cairo_surface_t *surface;
  PlenaryRenderStyle style;
  PlenaryHit hit;
  double x, y, w, h, yes_w;
  g_autofree char *words = NULL;

  if (!have_record ())
    return;
  picture = plenary_groups_picture_new (plenary_dataset_find_resolution (record, "S/RES/2774 (2025)"), "test");
  plenary_render_style_init (&style, FALSE);
  surface = draw (picture, WIDTH, HEIGHT, &style);

  /* Row 4 is the Western European and Other States. */
  g_assert_true (plenary_groups_picture_segment_extents (PLENARY_GROUPS_PICTURE (picture), WIDTH, HEIGHT, &style, 4,
                                                         PLENARY_VOTE_ABSTAIN, &x, &y, &w, &h));
  g_assert_false (plenary_groups_picture_segment_extents (PLENARY_GROUPS_PICTURE (picture), WIDTH, HEIGHT, &style,
                                                          4, PLENARY_VOTE_YES, &x, &y, &yes_w, &h));
  g_assert_true (plenary_groups_picture_segment_extents (PLENARY_GROUPS_PICTURE (picture), WIDTH, HEIGHT, &style, 4,
                                                         PLENARY_VOTE_ABSTAIN, &x, &y, &w, &h));
  g_assert_true (pixel_is (surface, x + 3, y + 3, &style.palette->fill[PLENARY_VOTE_ABSTAIN]));
  g_assert_true (plenary_picture_hit_test (picture, WIDTH, HEIGHT, &style, x + w / 2, y + h / 2, &hit));
  g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_ABSTAIN);
  g_assert_cmpint (hit.series, ==, 4);
  words = plenary_picture_describe_hit (picture, &hit);
  g_assert_nonnull (strstr (words, "Denmark"));
  g_assert_nonnull (strstr (words, "Greece"));
  g_assert_nonnull (strstr (words, ": 4 ("));

  /* The largest group fills the bar; Africa's three yes take three quarters of it. */
  g_assert_true (plenary_groups_picture_segment_extents (PLENARY_GROUPS_PICTURE (picture), WIDTH, HEIGHT, &style, 0,
                                                         PLENARY_VOTE_YES, &x, &y, &yes_w, &h));
  g_assert_cmpfloat (fabs (yes_w / w - 0.75), <, 0.001);
  cairo_surface_destroy (surface);
}

/* The voting space of 1975: every placed member is found where it is drawn. */
static void
test_space (void)
{
  g_autoptr(PlenaryVoteVectors) vectors = NULL;
  g_autoptr(PlenaryPicture) picture = NULL;
  g_autoptr(GError) error = NULL;
  PlenaryRenderStyle style;
  PlenaryPeriod period;
  double usa_x, usa_y, cub_x, cub_y, x, y;
  PlenaryHit hit;
  g_autofree char *words = NULL;

  if (!have_record ())
    return;
  vectors = plenary_vote_vectors_new (record, NULL);
  g_assert_true (plenary_period_init_years (&period, 1975, 1975, NULL));
  picture = plenary_space_picture_new (vectors, &period, PLENARY_AGREEMENT_PLAIN, "test", &error);
  g_assert_no_error (error);
  plenary_render_style_init (&style, FALSE);
  g_assert_true (plenary_space_picture_locate_member (PLENARY_SPACE_PICTURE (picture), WIDTH, HEIGHT, &style,
                                                      member ("USA"), &usa_x, &usa_y));
  g_assert_true (plenary_space_picture_locate_member (PLENARY_SPACE_PICTURE (picture), WIDTH, HEIGHT, &style,
                                                      member ("CUB"), &cub_x, &cub_y));
  /* The Russian Federation had no seat in 1975: it is not placed. */
  g_assert_false (plenary_space_picture_locate_member (PLENARY_SPACE_PICTURE (picture), WIDTH, HEIGHT, &style,
                                                       member ("RUS"), &x, &y));
  g_assert_cmpfloat (cub_x, >, usa_x);
  /* The United States on the left, in the upper half. */
  g_assert_cmpfloat (usa_x, <, WIDTH / 2.0);
  g_assert_true (plenary_picture_hit_test (picture, WIDTH, HEIGHT, &style, usa_x, usa_y, &hit));
  g_assert_cmpint (hit.member, ==, (int) member ("USA"));
  words = plenary_picture_describe_hit (picture, &hit);
  g_assert_nonnull (strstr (words, "United States"));

  /* Too few votes: an error, not an empty picture. */
  g_assert_true (plenary_period_init_years (&period, 1964, 1964, NULL));
  g_assert_null (plenary_space_picture_new (vectors, &period, PLENARY_AGREEMENT_PLAIN, "test", &error));
  g_assert_error (error, PLENARY_ANALYSIS_ERROR, PLENARY_ANALYSIS_ERROR_NO_VOTES);
}

/* A/RES/ES-11/7 to /8 as tiles: the United States went from no to abstain. */
static void
test_change (void)
{
  g_autoptr(PlenaryComparison) comparison = NULL;
  g_autoptr(PlenaryPicture) picture = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  PlenaryRenderStyle style;
  const struct
  {
    const char   *code;
    PlenaryChange change;
  } cases[] = {
    { "USA", PLENARY_CHANGE_NO_TO_ABSTAIN },
    { "UKR", PLENARY_CHANGE_YES_TO_ABSTAIN },
    { "ARM", PLENARY_CHANGE_ABSTAIN_TO_YES },
    { "MHL", PLENARY_CHANGE_NO_TO_YES },
    { "FRA", PLENARY_CHANGE_KEPT_YES },
    { "RUS", PLENARY_CHANGE_KEPT_NO },
    { "BHS", PLENARY_CHANGE_STOPPED_VOTING },
    { "MAR", PLENARY_CHANGE_STARTED_VOTING },
  };
  int width = 640, height = 480;

  if (!have_record ())
    return;
  comparison = plenary_comparison_new (plenary_dataset_find_resolution (record, "A/RES/ES-11/7"),
                                       plenary_dataset_find_resolution (record, "A/RES/ES-11/8"), &error);
  g_assert_no_error (error);
  picture = plenary_change_picture_new (comparison, TRUE, "test");
  g_assert_cmpint (plenary_picture_get_kind (picture), ==, PLENARY_CHART_CHANGE);
  g_assert_cmpstr (plenary_picture_get_name (picture), ==, "A-RES-ES-11-7-A-RES-ES-11-8-change");
  plenary_render_style_init_for_size (&style, FALSE, width, height);
  surface = draw (picture, width, height, &style);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PlenaryHit hit;
      double x, y;

      g_assert_true (plenary_map_picture_locate_member (PLENARY_MAP_PICTURE (picture), width, height, &style,
                                                        cases[i].code, &x, &y));
      g_assert_true (plenary_picture_hit_test (picture, width, height, &style, x, y, &hit));
      g_assert_cmpint (hit.member, ==, (int) member (cases[i].code));
      g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_KEY);
      g_assert_true (area_has (surface, x, y, 2, &style.palette->change[cases[i].change]));
      if (g_str_equal (cases[i].code, "USA"))
        {
          g_autofree char *words = plenary_picture_describe_hit (picture, &hit);

          g_assert_cmpstr (words, ==, "United States: No, then Abstain");
        }
    }
  cairo_surface_destroy (surface);
}

/* The command line: each kind exports, and a bad option is named. */
static void
run_plenary (const char * const *arguments,
             int                 expected_status,
             const char         *expected_error)
{
  const char *exe = g_getenv ("PLENARY_EXE");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) arguments[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (expected_status == 0)
    {
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("plenary failed: %s", err);
    }
  else
    {
      g_assert_false (g_spawn_check_wait_status (status, NULL));
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, expected_status);
    }
  if (expected_error != NULL && strstr (err, expected_error) == NULL)
    g_error ("“%s” does not say “%s”", err, expected_error);
}

static void
test_command_line (void)
{
  g_autofree char *folder = g_dir_make_tmp ("plenary-analysis-XXXXXX", NULL);
  g_autofree char *agreement = g_build_filename (folder, "agreement.png", NULL);
  g_autofree char *space = g_build_filename (folder, "space.svg", NULL);
  g_autofree char *groups = g_build_filename (folder, "groups.pdf", NULL);
  g_autofree char *alignment = g_build_filename (folder, "alignment.png", NULL);
  g_autofree char *change = g_build_filename (folder, "change.png", NULL);
  const char *exports[][16] = {
    { "--export=agreement", "--members", "USA,RUS,FRA", "--from", "1990", "--to", "2000", "-o", agreement, NULL },
    { "--export=space", "--from", "1975", "--to", "1975", "--measure", "scholarly", "-o", space, NULL },
    { "--export=groups", "-r", "S/RES/2774 (2025)", "-o", groups, NULL },
    { "--export=alignment", "--member", "usa", "--from", "2020", "--topic", "human rights", "--body", "GA",
      "-o", alignment, NULL },
    { "--export=change", "-r", "A/RES/ES-11/7", "--compare", "A/RES/ES-11/8", "--tiles", "-o", change, NULL },
  };
  const char *outputs[] = { agreement, space, groups, alignment, change };

  if (g_getenv ("PLENARY_EXE") == NULL)
    {
      g_test_skip ("PLENARY_EXE is not set");
      return;
    }
  if (!have_record ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      run_plenary (exports[i], 0, NULL);
      g_assert_true (g_file_test (outputs[i], G_FILE_TEST_IS_REGULAR));
      g_remove (outputs[i]);
    }

  {
    const char *bad_body[] = { "--export=space", "--body", "UN", "-o", space, NULL };
    const char *bad_year[] = { "--export=space", "--from", "seventy", "-o", space, NULL };
    const char *bad_member[] = { "--export=alignment", "--member", "XYZ", "-o", alignment, NULL };
    const char *one_member[] = { "--export=agreement", "--members", "USA", "-o", agreement, NULL };
    const char *bad_measure[] = { "--export=agreement", "--members", "USA,RUS", "--measure", "cosine", "-o",
                                  agreement, NULL };
    const char *bad_topic[] = { "--export=alignment", "--member", "USA", "--topic", "NO SUCH TOPIC", "-o",
                                alignment, NULL };
    const char *bad_compare[] = { "--export=change", "-r", "A/RES/ES-11/7", "--compare", "A/RES/ES-11/99", "-o",
                                  change, NULL };
    const char *stray[] = { "--export=map", "-r", "A/RES/ES-11/7", "--member", "USA", "-o", change, NULL };
    const char *backwards[] = { "--export=space", "--from", "2000", "--to", "1990", "-o", space, NULL };

    run_plenary (bad_body, 2, "--body");
    run_plenary (bad_year, 2, "--from");
    run_plenary (bad_member, 1, "--member");
    run_plenary (one_member, 2, "--members");
    run_plenary (bad_measure, 2, "--measure");
    run_plenary (bad_topic, 1, "--topic");
    run_plenary (bad_compare, 1, "--compare");
    run_plenary (stray, 2, "--member");
    run_plenary (backwards, 2, "--to");
  }
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  record = plenary_load_record (NULL, NULL, NULL);

  g_test_add_func ("/analysis-render/agreement/points", test_agreement_points);
  g_test_add_func ("/analysis-render/alignment/too-few", test_alignment_too_few);
  g_test_add_func ("/analysis-render/groups", test_groups);
  g_test_add_func ("/analysis-render/space", test_space);
  g_test_add_func ("/analysis-render/change", test_change);
  g_test_add_func ("/analysis-render/command-line", test_command_line);

  status = g_test_run ();
  g_clear_object (&record);
  return status;
}
