/* plenary-map-data.c: the world map and the tile grid, loaded once
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/map/world.json holds Natural Earth shapes already projected with
 * Equal Earth (data/map/generate makes it); data/map/tiles.json is Plenary's
 * own tile grid. Both are read from the resource on first use, and every
 * shape becomes a cairo path in map units then, so that drawing a frame only
 * appends finished paths and fills them.
 */

#define G_LOG_DOMAIN "plenary-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "plenary-map-data.h"
#include "plenary-un-members.h"

#define WORLD_RESOURCE RESOURCE_PATH "/data/map/world.json"
#define TILES_RESOURCE RESOURCE_PATH "/data/map/tiles.json"

/* The Eastern Caribbean states lie too close together for a dot each at
 * world scale. Their dots go in a column out in the Atlantic, in this order
 * (north to south), each with a short leader line to where the state is. */
static const char * const callout_codes[] = { "KNA", "ATG", "DMA", "LCA", "VCT", "BRB", "GRD" };
#define CALLOUT_LON       -53.0
#define CALLOUT_NORTH_LAT  20.5
#define CALLOUT_SOUTH_LAT   8.5

/* Equal Earth (Šavrič, Patterson and Jenny, 2018), scaled to map units as
 * data/map/generate does. */
void
plenary_equal_earth (double  lon,
                     double  lat,
                     double *x,
                     double *y)
{
  const double a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796;
  const double m = sqrt (3.0) / 2.0;
  const double x_max = 2.70663, y_max = 1.31736;
  const double scale = (PLENARY_MAP_WIDTH / 2) / x_max;
  double lambda = lon * G_PI / 180.0;
  double phi = lat * G_PI / 180.0;
  double theta = asin (m * sin (phi));
  double t2 = theta * theta, t6 = t2 * t2 * t2;
  double px = lambda * cos (theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)));
  double py = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));

  *x = (px + x_max) * scale;
  *y = (y_max - py) * scale;
}

static JsonNode *
load_json (const char *resource)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  plenary_data_resources_ensure ();
  bytes = g_resources_lookup_data (resource, 0, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    g_error ("The bundled map %s is broken: %s", resource, error->message);

  return json_node_copy (json_parser_get_root (parser));
}

static cairo_path_t *
build_path (const PlenaryMapData *data,
            const PlenaryMapShape *shape)
{
  guint n_data = 0;
  cairo_path_t *path = g_new0 (cairo_path_t, 1);
  cairo_path_data_t *out;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      const PlenaryMapRing *ring = &g_array_index (data->rings, PlenaryMapRing, shape->first_ring + r);

      /* A header and a point per vertex, and a close. */
      n_data += ring->n_points * 2 + 1;
    }

  out = g_new (cairo_path_data_t, n_data);
  path->status = CAIRO_STATUS_SUCCESS;
  path->data = out;
  path->num_data = (int) n_data;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      const PlenaryMapRing *ring = &g_array_index (data->rings, PlenaryMapRing, shape->first_ring + r);
      const double *points = &g_array_index (data->points, double, ring->first_point * 2);

      for (guint p = 0; p < ring->n_points; p++)
        {
          out->header.type = p == 0 ? CAIRO_PATH_MOVE_TO : CAIRO_PATH_LINE_TO;
          out->header.length = 2;
          out++;
          out->point.x = points[p * 2];
          out->point.y = points[p * 2 + 1];
          out++;
        }
      out->header.type = CAIRO_PATH_CLOSE_PATH;
      out->header.length = 1;
      out++;
    }

  return path;
}

static void
read_shape (PlenaryMapData *data,
            JsonObject     *object)
{
  JsonNode *code = json_object_get_member (object, "code");
  JsonArray *rings = json_object_get_array_member (object, "rings");
  PlenaryMapShape shape = { { 0 }, data->rings->len, 0, G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE, NULL };

  if (JSON_NODE_HOLDS_VALUE (code))
    g_strlcpy (shape.code, json_node_get_string (code), sizeof shape.code);

  for (guint r = 0; r < json_array_get_length (rings); r++)
    {
      JsonArray *coordinates = json_array_get_array_element (rings, r);
      PlenaryMapRing ring = { data->points->len / 2, json_array_get_length (coordinates) / 2 };

      for (guint i = 0; i < ring.n_points * 2; i++)
        {
          double value = json_array_get_double_element (coordinates, i);

          g_array_append_val (data->points, value);
          if (i % 2 == 0)
            {
              shape.x1 = MIN (shape.x1, value);
              shape.x2 = MAX (shape.x2, value);
            }
          else
            {
              shape.y1 = MIN (shape.y1, value);
              shape.y2 = MAX (shape.y2, value);
            }
        }
      g_array_append_val (data->rings, ring);
      shape.n_rings++;
    }

  shape.path = build_path (data, &shape);
  g_array_append_val (data->shapes, shape);
  if (shape.code[0] != '\0')
    g_hash_table_insert (data->shape_index, g_strdup (shape.code), GUINT_TO_POINTER (data->shapes->len));
}

static void
read_world (PlenaryMapData *data)
{
  g_autoptr(JsonNode) root = load_json (WORLD_RESOURCE);
  JsonObject *object = json_node_get_object (root);
  JsonArray *shapes = json_object_get_array_member (object, "shapes");
  JsonArray *dots = json_object_get_array_member (object, "dots");

  for (guint i = 0; i < json_array_get_length (shapes); i++)
    read_shape (data, json_array_get_object_element (shapes, i));

  for (guint i = 0; i < json_array_get_length (dots); i++)
    {
      JsonObject *entry = json_array_get_object_element (dots, i);
      PlenaryMapDot dot = { { 0 }, 0, 0, 0, 0, FALSE };

      g_strlcpy (dot.code, json_object_get_string_member (entry, "code"), sizeof dot.code);
      dot.x = dot.shown_x = json_object_get_double_member (entry, "x");
      dot.y = dot.shown_y = json_object_get_double_member (entry, "y");
      g_array_append_val (data->dots, dot);
      g_hash_table_insert (data->dot_index, g_strdup (dot.code), GUINT_TO_POINTER (data->dots->len));
    }

  for (guint i = 0; i < G_N_ELEMENTS (callout_codes); i++)
    {
      int index = plenary_map_data_find_dot (data, callout_codes[i]);
      double lat = CALLOUT_NORTH_LAT -
                   (CALLOUT_NORTH_LAT - CALLOUT_SOUTH_LAT) * i / (G_N_ELEMENTS (callout_codes) - 1);
      PlenaryMapDot *dot;

      if (index < 0)
        continue;
      dot = &g_array_index (data->dots, PlenaryMapDot, index);
      plenary_equal_earth (CALLOUT_LON, lat, &dot->shown_x, &dot->shown_y);
      dot->callout = TRUE;
    }
}

static void
read_tiles (PlenaryMapData *data)
{
  g_autoptr(JsonNode) root = load_json (TILES_RESOURCE);
  JsonObject *object = json_node_get_object (root);
  JsonObjectIter iter;
  const char *code;
  JsonNode *cell;

  data->columns = (int) json_object_get_int_member (object, "columns");
  data->rows = (int) json_object_get_int_member (object, "rows");

  json_object_iter_init (&iter, json_object_get_object_member (object, "tiles"));
  while (json_object_iter_next (&iter, &code, &cell))
    {
      JsonArray *position = json_node_get_array (cell);
      PlenaryMapTile tile = { { 0 }, 0, 0 };

      g_strlcpy (tile.code, code, sizeof tile.code);
      tile.column = (int) json_array_get_int_element (position, 0);
      tile.row = (int) json_array_get_int_element (position, 1);
      g_array_append_val (data->tiles, tile);
      g_hash_table_insert (data->tile_index, g_strdup (tile.code), GUINT_TO_POINTER (data->tiles->len));
    }
}

/* The frame around all land and dots: Equal Earth's full height holds the
 * empty ocean around Antarctica, which the map does not draw. */
static void
compute_view (PlenaryMapData *data)
{
  const double margin = 6;

  data->view_x1 = data->view_y1 = G_MAXDOUBLE;
  data->view_x2 = data->view_y2 = -G_MAXDOUBLE;
  for (guint i = 0; i < data->shapes->len; i++)
    {
      const PlenaryMapShape *shape = &g_array_index (data->shapes, PlenaryMapShape, i);

      data->view_x1 = MIN (data->view_x1, shape->x1);
      data->view_y1 = MIN (data->view_y1, shape->y1);
      data->view_x2 = MAX (data->view_x2, shape->x2);
      data->view_y2 = MAX (data->view_y2, shape->y2);
    }
  for (guint i = 0; i < data->dots->len; i++)
    {
      const PlenaryMapDot *dot = &g_array_index (data->dots, PlenaryMapDot, i);

      data->view_x1 = MIN (data->view_x1, MIN (dot->x, dot->shown_x));
      data->view_y1 = MIN (data->view_y1, MIN (dot->y, dot->shown_y));
      data->view_x2 = MAX (data->view_x2, MAX (dot->x, dot->shown_x));
      data->view_y2 = MAX (data->view_y2, MAX (dot->y, dot->shown_y));
    }
  data->view_x1 = MAX (data->view_x1 - margin, 0);
  data->view_y1 = MAX (data->view_y1 - margin, 0);
  data->view_x2 = MIN (data->view_x2 + margin, PLENARY_MAP_WIDTH);
  data->view_y2 = MIN (data->view_y2 + margin, PLENARY_MAP_HEIGHT);
}

static PlenaryMapData *
load_map_data (void)
{
  PlenaryMapData *data = g_new0 (PlenaryMapData, 1);

  data->shapes = g_array_new (FALSE, FALSE, sizeof (PlenaryMapShape));
  data->rings = g_array_new (FALSE, FALSE, sizeof (PlenaryMapRing));
  data->points = g_array_new (FALSE, FALSE, sizeof (double));
  data->dots = g_array_new (FALSE, FALSE, sizeof (PlenaryMapDot));
  data->tiles = g_array_new (FALSE, FALSE, sizeof (PlenaryMapTile));
  data->shape_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  data->dot_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  data->tile_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  read_world (data);
  read_tiles (data);
  compute_view (data);
  return data;
}

/* The map data, loaded on first use and kept for the life of the process. */
const PlenaryMapData *
plenary_map_data_get (void)
{
  static gsize initialised;
  static PlenaryMapData *data;

  if (g_once_init_enter (&initialised))
    {
      data = load_map_data ();
      g_once_init_leave (&initialised, 1);
    }
  return data;
}

static int
find (GHashTable *index,
      const char *code)
{
  if (code == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (index, code)) - 1;
}

int
plenary_map_data_find_shape (const PlenaryMapData *data,
                             const char           *code)
{
  return find (data->shape_index, code);
}

int
plenary_map_data_find_dot (const PlenaryMapData *data,
                           const char           *code)
{
  return find (data->dot_index, code);
}

int
plenary_map_data_find_tile (const PlenaryMapData *data,
                            const char           *code)
{
  return find (data->tile_index, code);
}

/* Whether the point (@x, @y), in map units, is inside the shape, by the
 * even-odd rule that fills it. */
gboolean
plenary_map_shape_contains (const PlenaryMapData *data,
                            guint                 shape_index,
                            double                x,
                            double                y)
{
  const PlenaryMapShape *shape = &g_array_index (data->shapes, PlenaryMapShape, shape_index);
  gboolean inside = FALSE;

  if (x < shape->x1 || x > shape->x2 || y < shape->y1 || y > shape->y2)
    return FALSE;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      const PlenaryMapRing *ring = &g_array_index (data->rings, PlenaryMapRing, shape->first_ring + r);
      const double *p = &g_array_index (data->points, double, ring->first_point * 2);

      for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
        {
          double xi = p[i * 2], yi = p[i * 2 + 1], xj = p[j * 2], yj = p[j * 2 + 1];

          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        }
    }
  return inside;
}
