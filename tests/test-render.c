/* test-render.c: the tally chart, drawn to an image and read back
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "plenary-export.h"
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

/* Where the picture sits in an export of @width × @height. */
static void
framed_size (PlenaryPicture     *picture,
             int                 width,
             int                 height,
             PlenaryRenderStyle *style,
             double             *area_width,
             double             *area_height)
{
  PlenaryExportOptions options;
  double x, y;

  plenary_export_options_init (&options, PLENARY_EXPORT_PNG);
  options.width = width;
  options.height = height;
  plenary_export_options_get_style (&options, style);
  plenary_picture_get_framed_area (picture, width, height, style, NULL, &x, &y, area_width, area_height);
}

/* At 1200 × 675 and 1080 × 1080 the tally fills its frame: the yes bar runs
 * most of the width, bars are thick, the rows span the height, and the
 * majority mark crosses both rows it concerns, yes and no. */
static void
test_tally_fills_frame (Fixture       *fixture,
                        gconstpointer  data)
{
  static const int sizes[][2] = { { 1200, 675 }, { 1080, 1080 } };
  PlenaryTallyPicture *tally = tally_of (fixture, "A/RES/ES-11/7");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      PlenaryRenderStyle style;
      double width, height, x, y, w, h, top, bottom = 0, threshold_x;
      double no_y, no_h, yes_y, yes_h;
      cairo_surface_t *surface;
      cairo_t *cr;

      framed_size (PLENARY_PICTURE (tally), sizes[i][0], sizes[i][1], &style, &width, &height);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      cr = cairo_create (surface);
      plenary_picture_draw (PLENARY_PICTURE (tally), cr, width, height, &style);

      plenary_tally_picture_bar_extents (tally, width, height, &style, PLENARY_VOTE_YES, &x, &top, &w, &h);
      yes_y = top;
      yes_h = h;
      /* 93 of the 111 present and voting: the yes bar is 84% of the track. */
      g_assert_cmpfloat (w, >=, width * 0.7);
      g_assert_cmpfloat (h, >=, style.font_size * 2);
      for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NOT_RECORDED; vote++)
        {
          plenary_tally_picture_bar_extents (tally, width, height, &style, vote, &x, &y, &w, &h);
          bottom = MAX (bottom, y + h);
        }
      g_test_message ("%dx%d: bars from %.0f to %.0f of %.0f", sizes[i][0], sizes[i][1], top, bottom, height);
      g_assert_cmpfloat (bottom - top, >=, height * 0.7);

      threshold_x = plenary_tally_picture_threshold_x (tally, width, height, &style);
      plenary_tally_picture_bar_extents (tally, width, height, &style, PLENARY_VOTE_NO, &x, &no_y, &w, &no_h);
      /* The mark over the yes bar, over the no row's track, and between them. */
      g_assert_true (pixel_is (surface, (int) threshold_x, (int) (yes_y + yes_h / 2), &style.palette->threshold) ||
                     pixel_is (surface, (int) threshold_x, (int) (yes_y + yes_h / 2) + 3, &style.palette->threshold));
      g_assert_true (pixel_is (surface, (int) threshold_x, (int) (no_y + no_h / 2), &style.palette->threshold) ||
                     pixel_is (surface, (int) threshold_x, (int) (no_y + no_h / 2) + 3, &style.palette->threshold));
      g_assert_true (pixel_is (surface, (int) threshold_x, (int) (no_y + no_h - 2), &style.palette->threshold) ||
                     pixel_is (surface, (int) threshold_x, (int) (no_y + no_h - 5), &style.palette->threshold));

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Rows only for the votes there are: the Council's vote has no non-voting
 * member and no member unrecorded, so its tally has three rows. */
static void
test_tally_rows (Fixture       *fixture,
                 gconstpointer  data)
{
  PlenaryTallyPicture *tally = tally_of (fixture, "S/RES/2774 (2025)");
  double x, y, w, h, abstain_y, abstain_h;
  PlenaryHit hit;

  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style, PLENARY_VOTE_NON_VOTING, &x, &y, &w, &h);
  g_assert_cmpfloat (h, ==, 0);
  plenary_tally_picture_bar_extents (tally, WIDTH, HEIGHT, &fixture->style, PLENARY_VOTE_ABSTAIN, &x, &abstain_y, &w,
                                     &abstain_h);
  g_assert_cmpfloat (abstain_h, >, 0);
  /* Below the abstentions, no fourth row. */
  g_assert_true (plenary_picture_hit_test (PLENARY_PICTURE (tally), WIDTH, HEIGHT, &fixture->style, WIDTH / 2,
                                           abstain_y + abstain_h / 2, &hit));
  g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_ABSTAIN);
  g_assert_false (plenary_picture_hit_test (PLENARY_PICTURE (tally), WIDTH, HEIGHT, &fixture->style, WIDTH / 2,
                                            HEIGHT - 2, &hit));
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
  g_test_add ("/render/tally/fills-frame", Fixture, NULL, fixture_set_up, test_tally_fills_frame, fixture_tear_down);
  g_test_add ("/render/tally/rows", Fixture, NULL, fixture_set_up, test_tally_rows, fixture_tear_down);

  return g_test_run ();
}
