/* test-map.c: the member map: coverage of all 193 members, hit-testing,
 * colours read back from a rendered image, the antimeridian cut
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "plenary-loader.h"
#include "plenary-test-fixtures.h"
#include "plenary-map-data.h"
#include "plenary-legend.h"
#include "plenary-map-layers.h"
#include "plenary-map-picture.h"
#include "plenary-un-members.h"
#include "plenary-vote-pictures.h"

#define WIDTH 1600
#define HEIGHT 900

static void
test_every_member_is_drawn (void)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  guint n_members;
  const PlenaryUnMember *members = plenary_un_members_get (&n_members);
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_dots = 0;

  g_assert_cmpuint (n_members, ==, 193);
  for (guint i = 0; i < n_members; i++)
    {
      const char *code = members[i].code;
      gboolean shape = plenary_map_data_find_shape (data, code) >= 0;
      gboolean dot = plenary_map_data_find_dot (data, code) >= 0;

      if (!shape && !dot)
        g_error ("%s has neither a shape nor a dot", code);
      g_assert_false (shape && dot);
      n_dots += dot;
      if (plenary_map_data_find_tile (data, code) < 0)
        g_error ("%s has no tile", code);
    }
  g_assert_cmpuint (n_dots, ==, 28);

  /* One tile per member and nothing else, each in a cell of its own. */
  g_assert_cmpuint (data->tiles->len, ==, 193);
  for (guint i = 0; i < data->tiles->len; i++)
    {
      const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);
      char *cell = g_strdup_printf ("%d,%d", tile->column, tile->row);

      g_assert_cmpint (tile->column, >=, 0);
      g_assert_cmpint (tile->column, <, data->columns);
      g_assert_cmpint (tile->row, >=, 0);
      g_assert_cmpint (tile->row, <, data->rows);
      if (g_hash_table_contains (cells, cell))
        g_error ("%s shares the cell %s", tile->code, cell);
      g_hash_table_add (cells, cell);
    }
}

static void
test_antimeridian_cut (void)
{
  const PlenaryMapData *data = plenary_map_data_get ();

  for (guint r = 0; r < data->rings->len; r++)
    {
      const PlenaryMapRing *ring = &g_array_index (data->rings, PlenaryMapRing, r);
      const double *p = &g_array_index (data->points, double, ring->first_point * 2);
      double x1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE;

      for (guint i = 0; i < ring->n_points; i++)
        {
          x1 = MIN (x1, p[i * 2]);
          x2 = MAX (x2, p[i * 2]);
        }
      g_assert_cmpfloat (x2 - x1, <=, PLENARY_MAP_WIDTH / 2);
    }
  /* Fiji is cut into pieces on both sides of the antimeridian. */
  g_assert_cmpint (plenary_map_data_find_shape (data, "FJI"), >=, 0);
}

typedef struct
{
  PlenaryDataset     *dataset;
  PlenaryRenderStyle  style;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dataset = plenary_test_load_fixture ("2025-02-24.json", &error);
  g_assert_no_error (error);
  plenary_render_style_init (&fixture->style, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->dataset);
}

/* The picture of @kind for @resolution, kept with the fixture's dataset. */
static PlenaryPicture *
picture_of (Fixture           *fixture,
            PlenaryChart       kind,
            PlenaryResolution *resolution)
{
  g_autofree char *key = g_strdup_printf ("%s %d", plenary_resolution_get_symbol (resolution), kind);
  PlenaryPicture *picture = g_object_get_data (G_OBJECT (fixture->dataset), key);

  if (picture == NULL)
    {
      picture = plenary_vote_picture_new (kind, resolution, NULL);
      g_object_set_data_full (G_OBJECT (fixture->dataset), key, picture, g_object_unref);
    }
  return picture;
}

static gboolean
locate (Fixture           *fixture,
        PlenaryResolution *resolution,
        double             lon,
        double             lat,
        double            *x,
        double            *y)
{
  return plenary_map_picture_locate (PLENARY_MAP_PICTURE (picture_of (fixture, PLENARY_CHART_MAP, resolution)),
                                     WIDTH, HEIGHT, &fixture->style, lon, lat, x, y);
}

static gboolean
locate_member (Fixture           *fixture,
               PlenaryChart       kind,
               PlenaryResolution *resolution,
               const char        *code,
               double            *x,
               double            *y)
{
  return plenary_map_picture_locate_member (PLENARY_MAP_PICTURE (picture_of (fixture, kind, resolution)),
                                            WIDTH, HEIGHT, &fixture->style, code, x, y);
}

static const char *
code_at (Fixture           *fixture,
         PlenaryResolution *resolution,
         double             x,
         double             y)
{
  PlenaryHit hit;

  if (!plenary_picture_hit_test (picture_of (fixture, PLENARY_CHART_MAP, resolution),
                                 WIDTH, HEIGHT, &fixture->style, x, y, &hit))
    return NULL;
  return plenary_member_get_code (plenary_resolution_get_member (resolution, hit.member));
}

static const char *
code_at_place (Fixture           *fixture,
               PlenaryResolution *resolution,
               double             lon,
               double             lat)
{
  double x, y;

  g_assert_true (locate (fixture, resolution, lon, lat, &x, &y));
  return code_at (fixture, resolution, x, y);
}

static void
test_hit_testing (Fixture       *fixture,
                  gconstpointer  data)
{
  PlenaryResolution *resolution = plenary_dataset_find_resolution (fixture->dataset, "A/RES/ES-11/7");
  double x, y, valletta_x, valletta_y;
  PlenaryHit hit;

  g_assert_cmpstr (code_at_place (fixture, resolution, 2.35, 48.86), ==, "FRA");
  /* Crimea is Ukraine's, as the United Nations holds. */
  g_assert_cmpstr (code_at_place (fixture, resolution, 34.10, 44.95), ==, "UKR");
  g_assert_cmpstr (code_at_place (fixture, resolution, -150.0, 0.0), ==, NULL);
  /* Greenland is land, but no member. */
  g_assert_cmpstr (code_at_place (fixture, resolution, -42.0, 72.0), ==, NULL);

  /* Malta is a dot where Valletta is. */
  g_assert_true (locate_member (fixture, PLENARY_CHART_MAP, resolution, "MLT", &x, &y));
  g_assert_true (locate (fixture, resolution, 14.51, 35.90, &valletta_x, &valletta_y));
  g_assert_cmpfloat (hypot (x - valletta_x, y - valletta_y), <, 2.0);
  g_assert_cmpstr (code_at_place (fixture, resolution, 14.51, 35.90), ==, "MLT");

  /* Saint Lucia's dot is in the Caribbean callout, and it can be hovered there. */
  g_assert_true (locate_member (fixture, PLENARY_CHART_MAP, resolution, "LCA", &x, &y));
  g_assert_cmpstr (code_at (fixture, resolution, x, y), ==, "LCA");
  g_assert_true (plenary_picture_hit_test (picture_of (fixture, PLENARY_CHART_MAP, resolution),
                                           WIDTH, HEIGHT, &fixture->style, x, y, &hit));
  g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_YES);

  /* Tiles: the tile of Andorra is Andorra's. */
  g_assert_true (locate_member (fixture, PLENARY_CHART_TILES, resolution, "AND", &x, &y));
  g_assert_true (plenary_picture_hit_test (picture_of (fixture, PLENARY_CHART_TILES, resolution),
                                           WIDTH, HEIGHT, &fixture->style, x, y, &hit));
  g_assert_cmpstr (plenary_member_get_code (plenary_resolution_get_member (resolution, hit.member)), ==, "AND");
}

static gboolean
pixel_is (cairo_surface_t    *surface,
          double              x,
          double              y,
          const PlenaryColor *color)
{
  guint32 pixel;
  int r, g, b;

  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);
  r = (pixel >> 16) & 0xff;
  g = (pixel >> 8) & 0xff;
  b = pixel & 0xff;
  return ABS (r - color->red * 255) <= 3 && ABS (g - color->green * 255) <= 3 && ABS (b - color->blue * 255) <= 3;
}

/* Whether a pixel within 2 of (@x, @y) is @color: a vote's colour shows
 * between its pattern's lines. */
static gboolean
area_has (cairo_surface_t    *surface,
          double              x,
          double              y,
          const PlenaryColor *color)
{
  for (int dy = -2; dy <= 2; dy++)
    for (int dx = -2; dx <= 2; dx++)
      if (pixel_is (surface, x + dx, y + dy, color))
        return TRUE;
  return FALSE;
}

static void
assert_colour_at (Fixture            *fixture,
                  cairo_surface_t    *surface,
                  PlenaryResolution  *resolution,
                  double              lon,
                  double              lat,
                  const PlenaryColor *color)
{
  double x, y;

  g_assert_true (locate (fixture, resolution, lon, lat, &x, &y));
  if (!area_has (surface, x, y, color))
    g_error ("the pixel at %.2f, %.2f is not the expected colour", lon, lat);
}

static void
render_and_check (Fixture *fixture,
                  gboolean vector)
{
  PlenaryResolution *ukraine = plenary_dataset_find_resolution (fixture->dataset, "A/RES/ES-11/7");
  PlenaryResolution *council = plenary_dataset_find_resolution (fixture->dataset, "S/RES/2774 (2025)");
  const PlenaryPalette *palette = fixture->style.palette;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  /* A transform that is not a plain scale makes the renderer draw paths
   * instead of its cached masks: both must give the same colours. */
  if (vector)
    cairo_scale (cr, 1.0, 1.0 + 1e-7);

  plenary_picture_draw (picture_of (fixture, PLENARY_CHART_MAP, ukraine), cr, WIDTH, HEIGHT, &fixture->style);
  assert_colour_at (fixture, surface, ukraine, -3.70, 40.42, &palette->fill[PLENARY_VOTE_YES]);     /* Madrid */
  assert_colour_at (fixture, surface, ukraine, 37.62, 55.75, &palette->fill[PLENARY_VOTE_NO]);      /* Moscow */
  assert_colour_at (fixture, surface, ukraine, -100.0, 40.0, &palette->fill[PLENARY_VOTE_NO]);      /* Kansas */
  assert_colour_at (fixture, surface, ukraine, 78.0, 22.0, &palette->fill[PLENARY_VOTE_ABSTAIN]);   /* India */
  assert_colour_at (fixture, surface, ukraine, -42.0, 72.0, &palette->fill[PLENARY_CATEGORY_NOT_A_MEMBER]);                   /* Greenland */
  assert_colour_at (fixture, surface, ukraine, -150.0, 0.0, &palette->background);                  /* the Pacific */

  /* On the Council's vote only its 15 members have a vote colour. */
  plenary_picture_draw (picture_of (fixture, PLENARY_CHART_MAP, council), cr, WIDTH, HEIGHT, &fixture->style);
  assert_colour_at (fixture, surface, council, -3.70, 40.42, &palette->fill[PLENARY_VOTE_NOT_IN_BODY]);
  assert_colour_at (fixture, surface, council, 2.35, 46.5, &palette->fill[PLENARY_VOTE_ABSTAIN]);   /* France */
  assert_colour_at (fixture, surface, council, 37.62, 55.75, &palette->fill[PLENARY_VOTE_YES]);     /* Russia */
  assert_colour_at (fixture, surface, council, 32.0, 49.0, &palette->fill[PLENARY_VOTE_NOT_IN_BODY]); /* Ukraine */

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_colours_from_masks (Fixture       *fixture,
                         gconstpointer  data)
{
  render_and_check (fixture, FALSE);
}

static void
test_colours_from_paths (Fixture       *fixture,
                         gconstpointer  data)
{
  render_and_check (fixture, TRUE);
}

static void
test_tile_colours (Fixture       *fixture,
                   gconstpointer  data)
{
  PlenaryResolution *resolution = plenary_dataset_find_resolution (fixture->dataset, "A/RES/ES-11/7");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double x, y;

  plenary_picture_draw (picture_of (fixture, PLENARY_CHART_TILES, resolution), cr, WIDTH, HEIGHT, &fixture->style);
  /* A tile's corner area, clear of its label. */
  g_assert_true (locate_member (fixture, PLENARY_CHART_TILES, resolution, "USA", &x, &y));
  g_assert_true (area_has (surface, x - 12, y - 12, &fixture->style.palette->fill[PLENARY_VOTE_NO]));
  g_assert_true (locate_member (fixture, PLENARY_CHART_TILES, resolution, "LIE", &x, &y));
  g_assert_true (pixel_is (surface, x - 12, y - 12, &fixture->style.palette->fill[PLENARY_VOTE_YES]));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A vote of 1985: the states of the past are drawn where they were. */
static void
test_map_of_the_past (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "past-1985.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_load_file (file, NULL, &error);
  PlenaryResolution *resolution;
  g_autoptr(PlenaryPicture) map = NULL;
  g_autoptr(PlenaryPicture) tiles = NULL;
  PlenaryRenderStyle style;
  static const struct { double lon, lat; const char *code; } places[] = {
    { 37.62, 55.75, "SUN" },   /* Moscow */
    { 24.75, 59.44, "SUN" },   /* Tallinn */
    { 69.24, 41.30, "SUN" },   /* Tashkent */
    { 30.52, 50.45, "UKR" },   /* Kyiv: Ukraine had its own seat */
    { 27.56, 53.90, "BLR" },   /* Minsk: so had Belarus */
    { 14.42, 50.09, "CSK" },   /* Prague */
    { 17.11, 48.15, "CSK" },   /* Bratislava */
    { 20.46, 44.82, "YUG" },   /* Belgrade */
    { 15.98, 45.81, "YUG" },   /* Zagreb */
    { 8.68, 50.11, "GER" },    /* Frankfurt */
  };
  guint n_in_body = 0, n_on_tiles = 0;

  g_assert_no_error (error);
  resolution = plenary_dataset_find_resolution (dataset, "A/RES/40/999");
  g_assert_cmpuint (plenary_resolution_get_tally (resolution)->body_size, ==, 159);
  map = plenary_vote_picture_new (PLENARY_CHART_MAP, resolution, NULL);
  tiles = plenary_vote_picture_new (PLENARY_CHART_TILES, resolution, NULL);
  plenary_render_style_init (&style, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      PlenaryHit hit;
      double x, y;

      g_assert_true (plenary_map_picture_locate (PLENARY_MAP_PICTURE (map), WIDTH, HEIGHT, &style,
                                                 places[i].lon, places[i].lat, &x, &y));
      if (!plenary_picture_hit_test (map, WIDTH, HEIGHT, &style, x, y, &hit))
        g_error ("nothing at %.2f, %.2f", places[i].lon, places[i].lat);
      g_assert_cmpstr (plenary_member_get_code (plenary_resolution_get_member (resolution, hit.member)), ==,
                       places[i].code);
    }

  /* The German Democratic Republic has no shape of its own: a dot at Berlin,
   * with its vote. */
  {
    PlenaryHit hit;
    double x, y;

    g_assert_true (plenary_map_picture_locate (PLENARY_MAP_PICTURE (map), WIDTH, HEIGHT, &style,
                                               13.4, 52.52, &x, &y));
    g_assert_true (plenary_picture_hit_test (map, WIDTH, HEIGHT, &style, x, y, &hit));
    g_assert_cmpstr (plenary_member_get_code (plenary_resolution_get_member (resolution, hit.member)), ==, "DDR");
    g_assert_cmpint (hit.category, ==, PLENARY_CATEGORY_ABSTAIN);
  }

  /* Every member of the body has a tile: walk the grid by hit test. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

    for (int y = 0; y < HEIGHT; y += 6)
      for (int x = 0; x < WIDTH; x += 6)
        {
          PlenaryHit hit;

          if (plenary_picture_hit_test (tiles, WIDTH, HEIGHT, &style, x, y, &hit) &&
              hit.category != PLENARY_CATEGORY_NOT_A_MEMBER)
            g_hash_table_add (seen, GINT_TO_POINTER (hit.member));
        }
    for (guint m = 0; m < plenary_resolution_get_n_members (resolution); m++)
      if (plenary_resolution_get_vote (resolution, m) != PLENARY_VOTE_NOT_IN_BODY)
        {
          n_in_body++;
          if (g_hash_table_contains (seen, GINT_TO_POINTER (m)))
            n_on_tiles++;
          else
            g_error ("%s has no tile", plenary_member_get_code (plenary_resolution_get_member (resolution, m)));
        }
    g_assert_cmpuint (n_in_body, ==, 159);
    g_assert_cmpuint (n_on_tiles, ==, 159);
  }
}

/* Legends list what is drawn: the states of the past in the record are
 * "not a UN member" on the day, but have no tile, so the tile map's legend
 * leaves that out while the world map (with land of no member) keeps it.
 * A Council vote says which body the others are not in. */
static void
test_legend_categories (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_load_record (NULL, NULL, &error);
  g_autoptr(PlenaryMemberColouring) assembly = NULL;
  g_autoptr(PlenaryMemberColouring) council = NULL;
  g_autoptr(PlenaryMapLayers) layers = NULL;
  guint tiles, world;

  g_assert_no_error (error);
  assembly = plenary_member_colouring_new_for_vote (plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7"));
  council = plenary_member_colouring_new_for_vote (plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)"));
  layers = plenary_map_layers_new (assembly);
  tiles = plenary_map_layers_get_categories (layers, TRUE);
  world = plenary_map_layers_get_categories (layers, FALSE);

  g_assert_true (plenary_member_colouring_get_categories (assembly) & PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_A_MEMBER));
  g_assert_false (tiles & PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_A_MEMBER));
  g_assert_true (world & PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_A_MEMBER));
  g_assert_cmpuint (tiles & ~PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_A_MEMBER), ==,
                    PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_YES) | PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NO) |
                    PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_ABSTAIN) | PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NON_VOTING));

  g_assert_cmpstr (plenary_member_colouring_get_category_label (council, PLENARY_CATEGORY_NOT_IN_BODY), ==,
                   "Not on the Security Council");
  g_assert_cmpstr (plenary_member_colouring_get_category_label (council, PLENARY_CATEGORY_NOT_A_MEMBER), ==,
                   "Not a UN member");
  g_assert_cmpuint (plenary_member_colouring_count (council, PLENARY_CATEGORY_YES), ==, 10);
  g_assert_cmpuint (plenary_member_colouring_count (council, PLENARY_CATEGORY_NOT_IN_BODY), ==, 193 - 15);
}

/* In a square frame the tiles grow taller than wide, to fill it; at 16:9
 * they stay square. */
static void
test_tiles_fill_square (Fixture       *fixture,
                        gconstpointer  data)
{
  PlenaryResolution *resolution = plenary_dataset_find_resolution (fixture->dataset, "A/RES/ES-11/7");
  PlenaryMapPicture *tiles = PLENARY_MAP_PICTURE (picture_of (fixture, PLENARY_CHART_TILES, resolution));
  static const double sizes[][2] = { { 1140, 530 }, { 1040, 930 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      double nor_x, nor_y, swe_x, swe_y, can_x, can_y, usa_x, usa_y, column, row;

      g_assert_true (plenary_map_picture_locate_member (tiles, sizes[i][0], sizes[i][1], &fixture->style, "NOR",
                                                        &nor_x, &nor_y));
      g_assert_true (plenary_map_picture_locate_member (tiles, sizes[i][0], sizes[i][1], &fixture->style, "SWE",
                                                        &swe_x, &swe_y));
      g_assert_true (plenary_map_picture_locate_member (tiles, sizes[i][0], sizes[i][1], &fixture->style, "CAN",
                                                        &can_x, &can_y));
      g_assert_true (plenary_map_picture_locate_member (tiles, sizes[i][0], sizes[i][1], &fixture->style, "USA",
                                                        &usa_x, &usa_y));
      column = swe_x - nor_x;
      row = usa_y - can_y;
      g_assert_cmpfloat (column, >, 0);
      if (i == 0)
        g_assert_cmpfloat (fabs (row - column), <, 0.5);
      else
        {
          g_assert_cmpfloat (row, >=, column * 1.2);
          /* The grid spans the width. */
          g_assert_cmpfloat (column * 28, >, sizes[i][0] * 0.95);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/coverage", test_every_member_is_drawn);
  g_test_add_func ("/map/antimeridian", test_antimeridian_cut);
  g_test_add_func ("/map/past", test_map_of_the_past);
  g_test_add ("/map/hit-test", Fixture, NULL, fixture_set_up, test_hit_testing, fixture_tear_down);
  g_test_add ("/map/colours/masks", Fixture, NULL, fixture_set_up, test_colours_from_masks, fixture_tear_down);
  g_test_add ("/map/colours/paths", Fixture, NULL, fixture_set_up, test_colours_from_paths, fixture_tear_down);
  g_test_add ("/map/tiles", Fixture, NULL, fixture_set_up, test_tile_colours, fixture_tear_down);
  g_test_add_func ("/map/legend-categories", test_legend_categories);
  g_test_add ("/map/tiles-fill-square", Fixture, NULL, fixture_set_up, test_tiles_fill_square, fixture_tear_down);

  return g_test_run ();
}
