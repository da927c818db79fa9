/* plenary-map-chart.c: the member map, as a world map or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every one of the 193 members stays visible. On the world map the 28 too
 * small for a shape at this scale get a dot with an outline, and the Eastern
 * Caribbean's dots sit in a column with leader lines; on the tile map every
 * member has one equal tile. Members are coloured by their vote, members
 * outside the body that voted faintly, and land that is no UN member in a
 * neutral grey. Shapes are grouped by colour and each group is filled once,
 * so a frame costs a few fills whatever the number of countries.
 *
 * The map is geography and never mirrors; its caption and legend follow the
 * reading direction.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include "plenary-caption.h"
#include "plenary-legend.h"
#include "plenary-map-chart.h"
#include "plenary-map-data.h"
#include "plenary-map-raster.h"
#include "plenary-member.h"

/* A shape, dot or tile's colour: a PlenaryVote, or NON_MEMBER. */
#define NON_MEMBER (-1)

typedef struct
{
  double caption_height;
  double legend_y;
  double area_x, area_y, area_width, area_height;
  /* Map units (or tile cells) to device units: x = origin_x + u × scale. */
  double origin_x, origin_y, scale;
  double dot_radius;
} MapLayout;

static gboolean
has_members_outside_body (PlenaryResolution *resolution)
{
  for (guint i = 0; i < plenary_resolution_get_n_members (resolution); i++)
    if (plenary_resolution_get_vote (resolution, i) == PLENARY_VOTE_NOT_IN_BODY)
      return TRUE;
  return FALSE;
}

static PlenaryLegendFlags
legend_flags (PlenaryResolution *resolution,
              gboolean           tiles)
{
  PlenaryLegendFlags flags = tiles ? 0 : PLENARY_LEGEND_NON_MEMBERS;

  if (has_members_outside_body (resolution))
    flags |= PLENARY_LEGEND_NOT_IN_BODY;
  return flags;
}

/* Caption on top, legend at the bottom, and the map as large as fits in
 * between, centred, keeping its aspect. */
static void
compute_layout (cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                PlenaryResolution        *resolution,
                gboolean                  tiles,
                MapLayout                *layout)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  double pad = style->font_size * 0.5;
  double legend_height, units_w, units_h;

  layout->caption_height = style->show_caption
                           ? plenary_render_caption (cr, pad, pad, width - 2 * pad, style, resolution,
                                                     FALSE) + pad
                           : 0;
  legend_height = plenary_render_legend (cr, pad, 0, width - 2 * pad, style,
                                         legend_flags (resolution, tiles), FALSE);

  layout->area_x = pad;
  layout->area_y = pad + layout->caption_height;
  layout->area_width = MAX (width - 2 * pad, 1);
  layout->area_height = MAX (height - layout->area_y - legend_height - 2 * pad, 1);
  layout->legend_y = layout->area_y + layout->area_height + pad;

  units_w = tiles ? data->columns : data->view_x2 - data->view_x1;
  units_h = tiles ? data->rows : data->view_y2 - data->view_y1;
  layout->scale = MIN (layout->area_width / units_w, layout->area_height / units_h);
  layout->origin_x = layout->area_x + (layout->area_width - units_w * layout->scale) / 2;
  layout->origin_y = layout->area_y + (layout->area_height - units_h * layout->scale) / 2;
  if (!tiles)
    {
      layout->origin_x -= data->view_x1 * layout->scale;
      layout->origin_y -= data->view_y1 * layout->scale;
    }
  layout->dot_radius = MAX (3.6 * layout->scale, 2.4);
}

/* The colour of every shape, dot or tile for @resolution, indexed like the
 * map data's arrays; and which of them is highlighted. */
typedef struct
{
  int *shape_votes;
  int *dot_votes;
  int *tile_votes;
  int  highlight_shape;
  int  highlight_dot;
  int  highlight_tile;
} Colouring;

static void
colouring_init (Colouring                *colouring,
                const PlenaryMapData     *data,
                const PlenaryRenderStyle *style,
                PlenaryResolution        *resolution)
{
  colouring->shape_votes = g_new (int, data->shapes->len);
  colouring->dot_votes = g_new (int, data->dots->len);
  colouring->tile_votes = g_new (int, data->tiles->len);
  colouring->highlight_shape = colouring->highlight_dot = colouring->highlight_tile = -1;

  for (guint i = 0; i < data->shapes->len; i++)
    colouring->shape_votes[i] = NON_MEMBER;
  for (guint i = 0; i < data->dots->len; i++)
    colouring->dot_votes[i] = NON_MEMBER;
  for (guint i = 0; i < data->tiles->len; i++)
    colouring->tile_votes[i] = NON_MEMBER;

  for (guint m = 0; m < plenary_resolution_get_n_members (resolution); m++)
    {
      const char *code = plenary_member_get_code (plenary_resolution_get_member (resolution, m));
      int vote = plenary_resolution_get_vote (resolution, m);
      int shape = plenary_map_data_find_shape (data, code);
      int dot = plenary_map_data_find_dot (data, code);
      int tile = plenary_map_data_find_tile (data, code);

      if (shape >= 0)
        colouring->shape_votes[shape] = vote;
      if (dot >= 0)
        colouring->dot_votes[dot] = vote;
      if (tile >= 0)
        colouring->tile_votes[tile] = vote;
      if ((int) m == style->highlight)
        {
          colouring->highlight_shape = shape;
          colouring->highlight_dot = dot;
          colouring->highlight_tile = tile;
        }
    }
}

static void
colouring_clear (Colouring *colouring)
{
  g_clear_pointer (&colouring->shape_votes, g_free);
  g_clear_pointer (&colouring->dot_votes, g_free);
  g_clear_pointer (&colouring->tile_votes, g_free);
}

/* Fills the current path in the colour for @vote, which may be NON_MEMBER. */
static void
fill_area (cairo_t                  *cr,
           const PlenaryRenderStyle *style,
           int                       vote,
           double                    unit)
{
  switch (vote)
    {
    case NON_MEMBER:
      plenary_cairo_set_color (cr, &style->palette->territory);
      cairo_fill (cr);
      break;
    case PLENARY_VOTE_NOT_RECORDED:
      plenary_fill_vote (cr, style->palette, vote, unit);
      break;
    default:
      plenary_cairo_set_color (cr, &style->palette->vote[vote]);
      cairo_fill (cr);
    }
}

static void
append_shape (cairo_t               *cr,
              const MapLayout       *layout,
              const PlenaryMapShape *shape)
{
  cairo_save (cr);
  cairo_translate (cr, layout->origin_x, layout->origin_y);
  cairo_scale (cr, layout->scale, layout->scale);
  cairo_append_path (cr, shape->path);
  cairo_restore (cr);
}

/* How the map's units land on the target's pixels, when the target is made
 * of pixels and the transform only scales and moves. */
typedef struct
{
  double pixel_scale;    /* pixels per map unit */
  double device_scale;   /* pixels per device unit */
  double device_offset_x;
  double device_offset_y;
  int    origin_x;       /* the pixel that holds map unit 0 */
  int    origin_y;
  double fraction_x;     /* where in that pixel */
  double fraction_y;
} PixelGrid;

static gboolean
find_pixel_grid (cairo_t                  *cr,
                 const PlenaryRenderStyle *style,
                 const MapLayout          *layout,
                 PixelGrid                *grid)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_type_t type = cairo_surface_get_type (target);
  cairo_matrix_t matrix;
  double scale_x = 1, scale_y = 1, px, py;

  if (type != CAIRO_SURFACE_TYPE_IMAGE && type != CAIRO_SURFACE_TYPE_RECORDING)
    return FALSE;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || fabs (matrix.xx - matrix.yy) > 1e-9)
    return FALSE;

  if (type == CAIRO_SURFACE_TYPE_IMAGE)
    cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  else
    scale_x = scale_y = style->device_scale > 0 ? style->device_scale : 1.0;
  if (fabs (scale_x - scale_y) > 1e-9)
    return FALSE;

  cairo_surface_get_device_offset (target, &grid->device_offset_x, &grid->device_offset_y);
  grid->device_scale = scale_x;
  grid->pixel_scale = layout->scale * matrix.xx * scale_x;
  px = (matrix.xx * layout->origin_x + matrix.x0) * scale_x + grid->device_offset_x;
  py = (matrix.yy * layout->origin_y + matrix.y0) * scale_y + grid->device_offset_y;
  grid->origin_x = (int) floor (px);
  grid->origin_y = (int) floor (py);
  grid->fraction_x = px - grid->origin_x;
  grid->fraction_y = py - grid->origin_y;
  return TRUE;
}

/* Diagonal lines every 3 × @unit pixels, as a repeating pattern in device space. */
static cairo_pattern_t *
create_hatch_pattern (const PlenaryPalette *palette,
                      const PixelGrid      *grid,
                      double                unit)
{
  int step = MAX ((int) round (unit * 3), 3);
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_t *cr;

  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, step, step);
  cr = cairo_create (tile);
  plenary_cairo_set_color (cr, &palette->vote[PLENARY_VOTE_NOT_RECORDED]);
  cairo_paint (cr);
  plenary_cairo_set_color (cr, &palette->hatch);
  cairo_set_line_width (cr, unit * 0.6);
  for (int k = 0; k <= 2; k++)
    {
      cairo_move_to (cr, -1, k * step + 1);
      cairo_line_to (cr, k * step + 1, -1);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  cairo_surface_set_device_scale (tile, grid->device_scale, grid->device_scale);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static void
set_area_source (cairo_t                  *cr,
                 const PlenaryRenderStyle *style,
                 int                       vote,
                 cairo_pattern_t          *hatch)
{
  if (vote == NON_MEMBER)
    plenary_cairo_set_color (cr, &style->palette->territory);
  else if (vote == PLENARY_VOTE_NOT_RECORDED)
    cairo_set_source (cr, hatch);
  else
    plenary_cairo_set_color (cr, &style->palette->vote[vote]);
}

/* For pixel targets: each shape's colour through its mask, then the borders
 * through theirs. A few composites a frame. */
static void
draw_shapes_from_masks (cairo_t                  *cr,
                        const PlenaryRenderStyle *style,
                        const PlenaryMapData     *data,
                        const MapLayout          *layout,
                        const Colouring          *colouring,
                        const PixelGrid          *grid)
{
  double border_width = CLAMP (grid->pixel_scale * 0.6, 0.5, 1.2 * grid->device_scale);
  g_autoptr(PlenaryMapRaster) raster = plenary_map_raster_get (data, grid->pixel_scale,
                                                               grid->fraction_x, grid->fraction_y,
                                                               border_width, grid->device_scale);
  cairo_pattern_t *hatch = create_hatch_pattern (style->palette, grid, MAX (grid->pixel_scale * 1.2, 1.0));
  cairo_surface_t *mask;
  int x, y;

  /* Composite in device space, where the masks' pixels are the target's. */
  cairo_save (cr);
  cairo_identity_matrix (cr);
  for (guint i = 0; i < data->shapes->len; i++)
    {
      mask = plenary_map_raster_get_mask (raster, i, &x, &y);
      set_area_source (cr, style, colouring->shape_votes[i], hatch);
      cairo_mask_surface (cr, mask,
                          (grid->origin_x + x - grid->device_offset_x) / grid->device_scale,
                          (grid->origin_y + y - grid->device_offset_y) / grid->device_scale);
    }

  mask = plenary_map_raster_get_borders (raster, &x, &y);
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_mask_surface (cr, mask,
                      (grid->origin_x + x - grid->device_offset_x) / grid->device_scale,
                      (grid->origin_y + y - grid->device_offset_y) / grid->device_scale);
  cairo_restore (cr);
  cairo_pattern_destroy (hatch);
}

/* For vector targets: one path per colour, filled once, and the borders
 * stroked once. */
static void
draw_shapes_as_paths (cairo_t                  *cr,
                      const PlenaryRenderStyle *style,
                      const PlenaryMapData     *data,
                      const MapLayout          *layout,
                      const Colouring          *colouring)
{
  static const int order[] = {
    NON_MEMBER, PLENARY_VOTE_NOT_IN_BODY, PLENARY_VOTE_NOT_RECORDED, PLENARY_VOTE_NON_VOTING,
    PLENARY_VOTE_ABSTAIN, PLENARY_VOTE_NO, PLENARY_VOTE_YES,
  };

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < data->shapes->len; i++)
        if (colouring->shape_votes[i] == order[o])
          {
            append_shape (cr, layout, &g_array_index (data->shapes, PlenaryMapShape, i));
            any = TRUE;
          }
      if (any)
        fill_area (cr, style, order[o], MAX (layout->scale * 1.2, 1.0));
    }

  cairo_new_path (cr);
  for (guint i = 0; i < data->shapes->len; i++)
    append_shape (cr, layout, &g_array_index (data->shapes, PlenaryMapShape, i));
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_set_line_width (cr, CLAMP (layout->scale * 0.6, 0.5, 1.2));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
draw_shapes (cairo_t                  *cr,
             const PlenaryRenderStyle *style,
             const PlenaryMapData     *data,
             const MapLayout          *layout,
             const Colouring          *colouring)
{
  PixelGrid grid;

  if (find_pixel_grid (cr, style, layout, &grid))
    draw_shapes_from_masks (cr, style, data, layout, colouring, &grid);
  else
    draw_shapes_as_paths (cr, style, data, layout, colouring);

  if (colouring->highlight_shape >= 0)
    {
      cairo_new_path (cr);
      append_shape (cr, layout, &g_array_index (data->shapes, PlenaryMapShape, colouring->highlight_shape));
      plenary_cairo_set_color (cr, &style->palette->highlight);
      cairo_set_line_width (cr, MAX (layout->scale * 2.0, 2.0));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }
}

static void
dot_position (const MapLayout     *layout,
              const PlenaryMapDot *dot,
              double              *x,
              double              *y)
{
  *x = layout->origin_x + dot->shown_x * layout->scale;
  *y = layout->origin_y + dot->shown_y * layout->scale;
}

static void
draw_dots (cairo_t                  *cr,
           const PlenaryRenderStyle *style,
           const PlenaryMapData     *data,
           const MapLayout          *layout,
           const Colouring          *colouring)
{
  double r = layout->dot_radius;

  /* Leader lines first, under the dots. */
  cairo_new_path (cr);
  for (guint i = 0; i < data->dots->len; i++)
    {
      const PlenaryMapDot *dot = &g_array_index (data->dots, PlenaryMapDot, i);
      double x, y;

      if (!dot->callout)
        continue;
      dot_position (layout, dot, &x, &y);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, layout->origin_x + dot->x * layout->scale, layout->origin_y + dot->y * layout->scale);
    }
  plenary_cairo_set_color (cr, &style->palette->dim_foreground);
  cairo_set_line_width (cr, MAX (r * 0.18, 0.6));
  cairo_stroke (cr);

  for (guint i = 0; i < data->dots->len; i++)
    {
      const PlenaryMapDot *dot = &g_array_index (data->dots, PlenaryMapDot, i);
      gboolean highlighted = (int) i == colouring->highlight_dot;
      double x, y;

      dot_position (layout, dot, &x, &y);
      if (dot->callout)
        {
          /* Where the state really is. */
          cairo_arc (cr, layout->origin_x + dot->x * layout->scale,
                     layout->origin_y + dot->y * layout->scale, MAX (r * 0.25, 0.8), 0, 2 * G_PI);
          plenary_cairo_set_color (cr, &style->palette->dim_foreground);
          cairo_fill (cr);
        }

      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      fill_area (cr, style, colouring->dot_votes[i], MAX (r * 0.35, 0.8));
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      /* An outline, so that a dot reads on land, on sea and on any colour. */
      plenary_cairo_set_color (cr, highlighted ? &style->palette->highlight : &style->palette->outline);
      cairo_set_line_width (cr, highlighted ? MAX (r * 0.5, 2.0) : MAX (r * 0.22, 0.8));
      cairo_stroke (cr);
    }
}

static void
draw_frame_text (cairo_t                  *cr,
                 double                    width,
                 const PlenaryRenderStyle *style,
                 PlenaryResolution        *resolution,
                 const MapLayout          *layout,
                 gboolean                  tiles)
{
  double pad = style->font_size * 0.5;

  if (style->show_caption)
    plenary_render_caption (cr, pad, pad, width - 2 * pad, style, resolution, TRUE);
  plenary_render_legend (cr, pad, layout->legend_y, width - 2 * pad, style,
                         legend_flags (resolution, tiles), TRUE);
}

/**
 * plenary_render_world_map:
 *
 * Draws the world map of @resolution: every member in the colour of its
 * vote, with a legend, and the caption when the style asks for it.
 */
void
plenary_render_world_map (cairo_t                  *cr,
                          double                    width,
                          double                    height,
                          const PlenaryRenderStyle *style,
                          PlenaryResolution        *resolution)
{
  const PlenaryMapData *data;
  Colouring colouring;
  MapLayout layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  plenary_render_background (cr, style, width, height);
  if (resolution == NULL)
    {
      cairo_restore (cr);
      return;
    }

  data = plenary_map_data_get ();
  compute_layout (cr, width, height, style, resolution, FALSE, &layout);
  colouring_init (&colouring, data, style, resolution);
  draw_shapes (cr, style, data, &layout, &colouring);
  draw_dots (cr, style, data, &layout, &colouring);
  draw_frame_text (cr, width, style, resolution, &layout, FALSE);
  colouring_clear (&colouring);
  cairo_restore (cr);
}

static double
luminance (const PlenaryColor *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

static void
tile_rectangle (const MapLayout      *layout,
                const PlenaryMapTile *tile,
                double               *x,
                double               *y,
                double               *size)
{
  double gap = layout->scale * 0.1;

  *size = layout->scale - gap;
  *x = layout->origin_x + tile->column * layout->scale + gap / 2;
  *y = layout->origin_y + tile->row * layout->scale + gap / 2;
}

/**
 * plenary_render_tile_map:
 *
 * Draws the equal-tile map of @resolution: one tile per member, labelled
 * with its code, in the colour of its vote.
 */
void
plenary_render_tile_map (cairo_t                  *cr,
                         double                    width,
                         double                    height,
                         const PlenaryRenderStyle *style,
                         PlenaryResolution        *resolution)
{
  const PlenaryMapData *data;
  g_autoptr(PangoLayout) label = NULL;
  Colouring colouring;
  MapLayout layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  plenary_render_background (cr, style, width, height);
  if (resolution == NULL)
    {
      cairo_restore (cr);
      return;
    }

  data = plenary_map_data_get ();
  compute_layout (cr, width, height, style, resolution, TRUE, &layout);
  colouring_init (&colouring, data, style, resolution);

  /* Codes on the tiles, once the tiles are large enough to read them. */
  if (layout.scale >= 14)
    label = plenary_text_layout (cr, style, layout.scale * 0.34 / style->font_size,
                                 PANGO_WEIGHT_BOLD, "");

  for (guint i = 0; i < data->tiles->len; i++)
    {
      const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);
      int vote = colouring.tile_votes[i];
      double x, y, size, text_w, text_h;

      tile_rectangle (&layout, tile, &x, &y, &size);
      plenary_rounded_rectangle (cr, x, y, size, size, size * 0.12);
      if (vote == NON_MEMBER)
        fill_area (cr, style, vote, 1.0);
      else
        plenary_fill_vote (cr, style->palette, vote, MAX (layout.scale / 25, 1.0));

      if ((int) i == colouring.highlight_tile)
        {
          plenary_rounded_rectangle (cr, x, y, size, size, size * 0.12);
          plenary_cairo_set_color (cr, &style->palette->highlight);
          cairo_set_line_width (cr, MAX (layout.scale * 0.12, 2.0));
          cairo_stroke (cr);
        }

      if (label == NULL)
        continue;

      pango_layout_set_text (label, tile->code, -1);
      plenary_text_size (label, &text_w, &text_h);
      if (vote >= 0 && vote < PLENARY_VOTE_NOT_RECORDED)
        {
          static const PlenaryColor dark_text = { 0.08, 0.08, 0.1, 1 }, light_text = { 1, 1, 1, 1 };

          plenary_cairo_set_color (cr, luminance (&style->palette->vote[vote]) > 0.5 ? &dark_text : &light_text);
        }
      else
        plenary_cairo_set_color (cr, vote == PLENARY_VOTE_NOT_RECORDED ? &style->palette->foreground
                                                                      : &style->palette->dim_foreground);
      cairo_move_to (cr, x + (size - text_w) / 2, y + (size - text_h) / 2);
      pango_cairo_show_layout (cr, label);
    }

  draw_frame_text (cr, width, style, resolution, &layout, TRUE);
  colouring_clear (&colouring);
  cairo_restore (cr);
}

static int
member_for_code (PlenaryResolution *resolution,
                 const char        *code)
{
  for (guint m = 0; m < plenary_resolution_get_n_members (resolution); m++)
    if (g_strcmp0 (plenary_member_get_code (plenary_resolution_get_member (resolution, m)), code) == 0)
      return (int) m;
  return -1;
}

static void
measure_layout (double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                PlenaryResolution        *resolution,
                gboolean                  tiles,
                MapLayout                *layout)
{
  cairo_t *cr = plenary_measuring_context_new ();

  compute_layout (cr, width, height, style, resolution, tiles, layout);
  cairo_destroy (cr);
}

/* The member (an index into the resolution's members) under (@x, @y) on the
 * world map, or -1: a dot first, as dots lie over the land around them. */
int
plenary_world_map_hit_test (double                    width,
                            double                    height,
                            const PlenaryRenderStyle *style,
                            PlenaryResolution        *resolution,
                            double                    x,
                            double                    y)
{
  const PlenaryMapData *data;
  MapLayout layout;
  double best = G_MAXDOUBLE, u, v;
  int found = -1;

  g_return_val_if_fail (style != NULL, -1);

  if (resolution == NULL)
    return -1;

  data = plenary_map_data_get ();
  measure_layout (width, height, style, resolution, FALSE, &layout);

  for (guint i = 0; i < data->dots->len; i++)
    {
      const PlenaryMapDot *dot = &g_array_index (data->dots, PlenaryMapDot, i);
      double dx, dy, distance;

      dot_position (&layout, dot, &dx, &dy);
      distance = hypot (x - dx, y - dy);
      if (distance <= layout.dot_radius + 2 && distance < best)
        {
          best = distance;
          found = (int) i;
        }
    }
  if (found >= 0)
    return member_for_code (resolution, g_array_index (data->dots, PlenaryMapDot, found).code);

  u = (x - layout.origin_x) / layout.scale;
  v = (y - layout.origin_y) / layout.scale;
  for (guint i = 0; i < data->shapes->len; i++)
    {
      const PlenaryMapShape *shape = &g_array_index (data->shapes, PlenaryMapShape, i);

      if (shape->code[0] != '\0' && plenary_map_shape_contains (data, i, u, v))
        return member_for_code (resolution, shape->code);
    }
  return -1;
}

/* The member under (@x, @y) on the tile map, or -1. */
int
plenary_tile_map_hit_test (double                    width,
                           double                    height,
                           const PlenaryRenderStyle *style,
                           PlenaryResolution        *resolution,
                           double                    x,
                           double                    y)
{
  const PlenaryMapData *data;
  MapLayout layout;

  g_return_val_if_fail (style != NULL, -1);

  if (resolution == NULL)
    return -1;

  data = plenary_map_data_get ();
  measure_layout (width, height, style, resolution, TRUE, &layout);
  for (guint i = 0; i < data->tiles->len; i++)
    {
      const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);
      double tx, ty, size;

      tile_rectangle (&layout, tile, &tx, &ty, &size);
      if (x >= tx && x < tx + size && y >= ty && y < ty + size)
        return member_for_code (resolution, tile->code);
    }
  return -1;
}

/* Where longitude @lon, latitude @lat falls on the world map, in device units. */
gboolean
plenary_world_map_locate (double                    width,
                          double                    height,
                          const PlenaryRenderStyle *style,
                          PlenaryResolution        *resolution,
                          double                    lon,
                          double                    lat,
                          double                   *x,
                          double                   *y)
{
  MapLayout layout;
  double u, v;

  g_return_val_if_fail (style != NULL, FALSE);

  if (resolution == NULL)
    return FALSE;

  measure_layout (width, height, style, resolution, FALSE, &layout);
  plenary_equal_earth (lon, lat, &u, &v);
  *x = layout.origin_x + u * layout.scale;
  *y = layout.origin_y + v * layout.scale;
  return TRUE;
}

/* Where the dot of @code is drawn, in device units. */
gboolean
plenary_world_map_locate_dot (double                    width,
                              double                    height,
                              const PlenaryRenderStyle *style,
                              PlenaryResolution        *resolution,
                              const char               *code,
                              double                   *x,
                              double                   *y)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  int index = plenary_map_data_find_dot (data, code);
  MapLayout layout;

  if (index < 0 || resolution == NULL)
    return FALSE;

  measure_layout (width, height, style, resolution, FALSE, &layout);
  dot_position (&layout, &g_array_index (data->dots, PlenaryMapDot, index), x, y);
  return TRUE;
}

/* The centre of the tile of @code, in device units. */
gboolean
plenary_tile_map_locate (double                    width,
                         double                    height,
                         const PlenaryRenderStyle *style,
                         PlenaryResolution        *resolution,
                         const char               *code,
                         double                   *x,
                         double                   *y)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  int index = plenary_map_data_find_tile (data, code);
  MapLayout layout;
  double size;

  if (index < 0 || resolution == NULL)
    return FALSE;

  measure_layout (width, height, style, resolution, TRUE, &layout);
  tile_rectangle (&layout, &g_array_index (data->tiles, PlenaryMapTile, index), x, y, &size);
  *x += size / 2;
  *y += size / 2;
  return TRUE;
}

/* Height over width of the map or the tile grid alone. */
double
plenary_map_aspect_ratio (gboolean tiles)
{
  const PlenaryMapData *data = plenary_map_data_get ();

  return tiles
         ? (double) data->rows / data->columns
         : (data->view_y2 - data->view_y1) / (data->view_x2 - data->view_x1);
}

/* The height at which a map @width wide fills its frame without bands. */
double
plenary_map_height_for_width (double                    width,
                              const PlenaryRenderStyle *style,
                              PlenaryResolution        *resolution,
                              gboolean                  tiles)
{
  cairo_t *cr;
  double pad = style->font_size * 0.5;
  double height;

  if (resolution == NULL)
    return (width - 2 * pad) * plenary_map_aspect_ratio (tiles);

  cr = plenary_measuring_context_new ();
  height = (width - 2 * pad) * plenary_map_aspect_ratio (tiles) + 3 * pad +
           plenary_render_legend (cr, pad, 0, width - 2 * pad, style, legend_flags (resolution, tiles), FALSE);
  if (style->show_caption)
    height += plenary_render_caption (cr, pad, pad, width - 2 * pad, style, resolution, FALSE) + pad;
  cairo_destroy (cr);
  return ceil (height);
}
