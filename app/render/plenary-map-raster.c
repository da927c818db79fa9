/* plenary-map-raster.c: the world's shapes rasterised once per size
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filling 9,600 points of coastline and stroking every border costs tens of
 * milliseconds a frame at 1600×900. But between frames only the colours
 * change, not the geometry. So for pixel targets the map keeps, per pixel
 * size, an antialiased coverage mask of each shape and one of all borders;
 * a frame then paints each shape's colour through its mask. The masks are
 * made the first time a size is drawn and kept until another size replaces
 * them. Vector targets (SVG, PDF) never come here: they get the paths.
 */

#define G_LOG_DOMAIN "plenary-map"

#include "config.h"

#include <math.h>

#include "plenary-map-raster.h"

struct _PlenaryMapRaster
{
  gatomicrefcount   ref_count;
  double            pixel_scale;
  double            fraction_x;
  double            fraction_y;
  double            border_width;
  double            device_scale;
  guint             n_shapes;
  cairo_surface_t **masks;
  int              *mask_x;
  int              *mask_y;
  cairo_surface_t  *borders;
  int               borders_x;
  int               borders_y;
};

/* The two sizes drawn last: the window's map and, say, an export preview
 * can then take turns without rebuilding each other's masks. */
static GMutex cache_lock;
static PlenaryMapRaster *cache[2];

static void
fill_shape (cairo_t               *cr,
            const PlenaryMapShape *shape,
            double                 scale)
{
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_append_path (cr, shape->path);
  cairo_restore (cr);
}

static PlenaryMapRaster *
build (const PlenaryMapData *data,
       double                pixel_scale,
       double                fraction_x,
       double                fraction_y,
       double                border_width,
       double                device_scale)
{
  PlenaryMapRaster *raster = g_new0 (PlenaryMapRaster, 1);
  int width = (int) ceil (PLENARY_MAP_WIDTH * pixel_scale + fraction_x) + 2;
  int height = (int) ceil (PLENARY_MAP_HEIGHT * pixel_scale + fraction_y) + 2;
  cairo_t *cr;

  g_atomic_ref_count_init (&raster->ref_count);
  raster->pixel_scale = pixel_scale;
  raster->fraction_x = fraction_x;
  raster->fraction_y = fraction_y;
  raster->border_width = border_width;
  raster->device_scale = device_scale;
  raster->n_shapes = data->shapes->len;
  raster->masks = g_new0 (cairo_surface_t *, raster->n_shapes);
  raster->mask_x = g_new0 (int, raster->n_shapes);
  raster->mask_y = g_new0 (int, raster->n_shapes);

  for (guint i = 0; i < raster->n_shapes; i++)
    {
      const PlenaryMapShape *shape = &g_array_index (data->shapes, PlenaryMapShape, i);
      int x0 = (int) floor (shape->x1 * pixel_scale + fraction_x) - 1;
      int y0 = (int) floor (shape->y1 * pixel_scale + fraction_y) - 1;
      int x1 = (int) ceil (shape->x2 * pixel_scale + fraction_x) + 1;
      int y1 = (int) ceil (shape->y2 * pixel_scale + fraction_y) + 1;

      raster->mask_x[i] = x0;
      raster->mask_y[i] = y0;
      raster->masks[i] = cairo_image_surface_create (CAIRO_FORMAT_A8, MAX (x1 - x0, 1), MAX (y1 - y0, 1));
      cr = cairo_create (raster->masks[i]);
      cairo_translate (cr, fraction_x - x0, fraction_y - y0);
      fill_shape (cr, shape, pixel_scale);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_fill (cr);
      cairo_destroy (cr);
      cairo_surface_set_device_scale (raster->masks[i], device_scale, device_scale);
    }

  raster->borders_x = -1;
  raster->borders_y = -1;
  raster->borders = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  cr = cairo_create (raster->borders);
  cairo_translate (cr, fraction_x + 1, fraction_y + 1);
  for (guint i = 0; i < raster->n_shapes; i++)
    fill_shape (cr, &g_array_index (data->shapes, PlenaryMapShape, i), pixel_scale);
  cairo_set_line_width (cr, border_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_set_device_scale (raster->borders, device_scale, device_scale);

  return raster;
}

static PlenaryMapRaster *
plenary_map_raster_ref (PlenaryMapRaster *raster)
{
  g_atomic_ref_count_inc (&raster->ref_count);
  return raster;
}

void
plenary_map_raster_unref (PlenaryMapRaster *raster)
{
  if (raster == NULL || !g_atomic_ref_count_dec (&raster->ref_count))
    return;

  for (guint i = 0; i < raster->n_shapes; i++)
    cairo_surface_destroy (raster->masks[i]);
  cairo_surface_destroy (raster->borders);
  g_free (raster->masks);
  g_free (raster->mask_x);
  g_free (raster->mask_y);
  g_free (raster);
}

static gboolean
matches (const PlenaryMapRaster *raster,
         double                  pixel_scale,
         double                  fraction_x,
         double                  fraction_y,
         double                  border_width,
         double                  device_scale)
{
  return raster != NULL &&
         fabs (raster->pixel_scale - pixel_scale) < 1e-9 &&
         fabs (raster->fraction_x - fraction_x) < 1e-3 &&
         fabs (raster->fraction_y - fraction_y) < 1e-3 &&
         fabs (raster->border_width - border_width) < 1e-6 &&
         fabs (raster->device_scale - device_scale) < 1e-9;
}

/**
 * plenary_map_raster_get:
 * @pixel_scale: pixels per map unit
 * @fraction_x: where map unit 0 falls within its pixel, from 0 to 1
 * @fraction_y: the same, vertically
 * @border_width: the width of borders, in pixels
 * @device_scale: pixels per device unit of the target, which the masks take on
 *
 * Returns: (transfer full): the masks for this size, made now or kept from
 *   the frame before
 */
PlenaryMapRaster *
plenary_map_raster_get (const PlenaryMapData *data,
                        double                pixel_scale,
                        double                fraction_x,
                        double                fraction_y,
                        double                border_width,
                        double                device_scale)
{
  PlenaryMapRaster *raster;

  g_mutex_lock (&cache_lock);
  if (!matches (cache[0], pixel_scale, fraction_x, fraction_y, border_width, device_scale))
    {
      PlenaryMapRaster *older = cache[1];

      if (matches (older, pixel_scale, fraction_x, fraction_y, border_width, device_scale))
        {
          cache[1] = cache[0];
          cache[0] = older;
        }
      else
        {
          g_clear_pointer (&cache[1], plenary_map_raster_unref);
          cache[1] = cache[0];
          cache[0] = build (data, pixel_scale, fraction_x, fraction_y, border_width, device_scale);
        }
    }
  raster = plenary_map_raster_ref (cache[0]);
  g_mutex_unlock (&cache_lock);

  return raster;
}

/* The coverage mask of shape @shape, with its top-left pixel at (@x, @y)
 * relative to the pixel that holds map unit 0. */
cairo_surface_t *
plenary_map_raster_get_mask (PlenaryMapRaster *raster,
                             guint             shape,
                             int              *x,
                             int              *y)
{
  g_return_val_if_fail (shape < raster->n_shapes, NULL);

  *x = raster->mask_x[shape];
  *y = raster->mask_y[shape];
  return raster->masks[shape];
}

cairo_surface_t *
plenary_map_raster_get_borders (PlenaryMapRaster *raster,
                                int              *x,
                                int              *y)
{
  *x = raster->borders_x;
  *y = raster->borders_y;
  return raster->borders;
}
