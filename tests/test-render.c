/* test-render.c: the tally chart, drawn to an image and read back
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "plenary-loader.h"
#include "plenary-test-fixtures.h"
#include "plenary-tally-chart.h"
#include "plenary-vote-pictures.h"

#define WIDTH 800
#define HEIGHT 320

typedef struct
{
  PlenaryDataset     *dataset;
  cairo_surface_t    *surface;
  cairo_t            *cr;
  PlenaryRenderStyle  style;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dataset = plenary_test_load_fixture ("2025-02-24.json", &error);
  g_assert_no_error (error);
  fixture->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  fixture->cr = cairo_create (fixture->surface);
  plenary_render_style_init (&fixture->style, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cairo_destroy (fixture->cr);
  cairo_surface_destroy (fixture->surface);
  g_clear_object (&fixture->dataset);
}

static void
read_pixel (cairo_surface_t *surface,
            int              x,
            int              y,
            double          *rgb)
{
  guint32 pixel;

  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        y * cairo_image_surface_get_stride (surface) + x * 4);
  rgb[0] = ((pixel >> 16) & 0xff) / 255.0;
  rgb[1] = ((pixel >> 8) & 0xff) / 255.0;
  rgb[2] = (pixel & 0xff) / 255.0;
}

static gboolean
pixel_is (cairo_surface_t    *surface,
          int                 x,
          int                 y,
          const PlenaryColor *color)
{
  double rgb[3];

  read_pixel (surface, x, y, rgb);
  return fabs (rgb[0] - color->red) < 0.02 &&
         fabs (rgb[1] - color->green) < 0.02 &&
         fabs (rgb[2] - color->blue) < 0.02;
}

/* Whether a pixel within 2 of (@x, @y) is @color: bars other than yes are
 * patterned, and their colour shows between the pattern's lines. */
static gboolean
area_has (cairo_surface_t    *surface,
          int                 x,
          int                 y,
          const PlenaryColor *color)
{
  for (int dy = -2; dy <= 2; dy++)
    for (int dx = -2; dx <= 2; dx++)
      if (pixel_is (surface, x + dx, y + dy, color))
        return TRUE;
  return FALSE;
}

static PlenaryTallyPicture *
tally_of (Fixture    *fixture,
          const char *symbol)
{
  PlenaryResolution *resolution = plenary_dataset_find_resolution (fixture->dataset, symbol);
  PlenaryPicture *picture = plenary_vote_picture_new (PLENARY_CHART_TALLY, resolution, NULL);

  /* The fixture's dataset outlives the test; the picture goes with it. */
  g_object_set_data_full (G_OBJECT (fixture->dataset), symbol, picture, g_object_unref);
  return PLENARY_TALLY_PICTURE (picture);
}

static void
assert_bar_colour (Fixture             *fixture,
                   PlenaryTallyPicture *tally,
                   PlenaryVote          vote)
{
  double x, y, w, h;

  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style, vote, &x, &y, &w, &h);
  g_assert_cmpfloat (w, >, 4);
  g_assert_true (area_has (fixture->surface, (int) (x + 4), (int) (y + h / 2),
                           &fixture->style.palette->fill[vote]));
  g_assert_true (area_has (fixture->surface, (int) (x + w - 4), (int) (y + h / 2),
                           &fixture->style.palette->fill[vote]));
}

static void
test_tally_pixels (Fixture       *fixture,
                   gconstpointer  data)
{
  PlenaryTallyPicture *tally = tally_of (fixture, "A/RES/ES-11/7");
  double yes_x, yes_y, yes_w, yes_h, no_x, no_y, no_w, no_h;
  double threshold_x;
  gboolean line_found = FALSE;

  plenary_picture_draw (PLENARY_PICTURE (tally), fixture->cr, WIDTH, HEIGHT, &fixture->style);

  /* The background is the palette's, and the bars are in their vote's colour. */
  g_assert_true (pixel_is (fixture->surface, WIDTH - 1, HEIGHT - 1, &fixture->style.palette->background));
  assert_bar_colour (fixture, tally, PLENARY_VOTE_YES);
  assert_bar_colour (fixture, tally, PLENARY_VOTE_NO);
  assert_bar_colour (fixture, tally, PLENARY_VOTE_ABSTAIN);

  /* Bars are proportional: 93 yes against 18 no. */
  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style,
                                     PLENARY_VOTE_YES, &yes_x, &yes_y, &yes_w, &yes_h);
  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style,
                                     PLENARY_VOTE_NO, &no_x, &no_y, &no_w, &no_h);
  g_assert_cmpfloat (fabs (yes_w / no_w - 93.0 / 18.0), <, 0.01);
  g_assert_cmpfloat (no_y, >, yes_y);

  /* The two-thirds line: two-thirds of the 111 present and voting need 74
   * yes votes, so the line is 74/93 of the way along the yes bar. */
  threshold_x = plenary_tally_picture_threshold_x (tally, WIDTH, HEIGHT, &fixture->style);
  g_assert_cmpfloat (fabs ((threshold_x - yes_x) - yes_w * 74.0 / 93.0), <, 0.5);

  /* The line is drawn there, dashed, from the yes row down to the no row. */
  for (int y = (int) yes_y; y < (int) (no_y + no_h); y++)
    if (pixel_is (fixture->surface, (int) threshold_x, y, &fixture->style.palette->threshold))
      line_found = TRUE;
  g_assert_true (line_found);
  g_assert_false (pixel_is (fixture->surface, (int) threshold_x + 6, (int) (yes_y + yes_h / 2),
                            &fixture->style.palette->threshold));
}

static void
test_tally_rtl (Fixture       *fixture,
                gconstpointer  data)
{
  PlenaryTallyPicture *tally = tally_of (fixture, "A/RES/ES-11/7");
  double ltr_x, rtl_x, y, w, h;

  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style,
                                     PLENARY_VOTE_YES, &ltr_x, &y, &w, &h);
  fixture->style.rtl = TRUE;
  plenary_picture_draw (PLENARY_PICTURE (tally), fixture->cr, WIDTH, HEIGHT, &fixture->style);
  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style,
                                     PLENARY_VOTE_YES, &rtl_x, &y, &w, &h);

  /* Mirrored: the yes bar grows from the right, ending where the LTR one starts. */
  g_assert_cmpfloat (fabs ((rtl_x + w) - (WIDTH - ltr_x)), <, 0.5);
  g_assert_true (pixel_is (fixture->surface, (int) (rtl_x + w - 2), (int) (y + h / 2),
                           &fixture->style.palette->fill[PLENARY_VOTE_YES]));
  g_assert_false (pixel_is (fixture->surface, (int) (rtl_x - 3), (int) (y + h / 2),
                            &fixture->style.palette->fill[PLENARY_VOTE_YES]));
}

static void
test_tally_hit_test (Fixture       *fixture,
                     gconstpointer  data)
{
  PlenaryTallyPicture *tally = tally_of (fixture, "S/RES/2774 (2025)");
  PlenaryHit hit;
  double x, y, w, h;

  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style,
                                     PLENARY_VOTE_ABSTAIN, &x, &y, &w, &h);
  g_assert_true (plenary_picture_hit_test (PLENARY_PICTURE (tally), WIDTH, HEIGHT, &fixture->style,
                                           x + w / 2, y + h / 2, &hit));
  g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_ABSTAIN);
  g_assert_cmpint (hit.member, ==, -1);
  g_assert_false (plenary_picture_hit_test (PLENARY_PICTURE (tally), WIDTH, HEIGHT, &fixture->style,
                                            x, 1, &hit));
}

static void
test_dark_palette (Fixture       *fixture,
                   gconstpointer  data)
{
  PlenaryTallyPicture *tally = tally_of (fixture, "A/RES/ES-11/8");

  plenary_render_style_init (&fixture->style, TRUE);
  plenary_picture_draw (PLENARY_PICTURE (tally), fixture->cr, WIDTH, HEIGHT, &fixture->style);
  g_assert_true (pixel_is (fixture->surface, 1, HEIGHT - 1, &plenary_palette_get_dark ()->background));
  assert_bar_colour (fixture, tally, PLENARY_VOTE_NO);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/tally/pixels", Fixture, NULL, fixture_set_up, test_tally_pixels, fixture_tear_down);
  g_test_add ("/render/tally/rtl", Fixture, NULL, fixture_set_up, test_tally_rtl, fixture_tear_down);
  g_test_add ("/render/tally/hit-test", Fixture, NULL, fixture_set_up, test_tally_hit_test, fixture_tear_down);
  g_test_add ("/render/tally/dark", Fixture, NULL, fixture_set_up, test_dark_palette, fixture_tear_down);

  return g_test_run ();
}
