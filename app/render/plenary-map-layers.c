/* plenary-map-layers.c: the members drawn as shapes and dots, or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every member stays visible. On the world map the members too small for a
 * shape at this scale get a dot with an outline, and the Eastern
 * Caribbean's dots sit in a column with leader lines; on the tile map every
 * member has one equal tile. Each shape, dot and tile takes the category of
 * its member from a PlenaryMemberColouring, and land that belongs to no
 * member is neutral. Emphasised members get a thick outline on top.
 *
 * For pixel targets, shapes are composited through coverage masks made
 * once per size (plenary-map-raster.c), a few composites a frame; for SVG
 * and PDF they are paths, grouped by category and filled once each.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include "plenary-map-data.h"
#include "plenary-map-layers.h"
#include "plenary-map-raster.h"
#include "plenary-member.h"

#define NO_MEMBER (-1)

/* A dot or tile that the map data does not have: a state of the past. */
typedef struct
{
  int    member;
  double x, y;           /* the dot, in map units */
  int    column, row;    /* its tile, or -1 */
} ExtraPlace;

struct _PlenaryMapLayers
{
  PlenaryMemberColouring *colouring;
  /* The member drawn as each shape, dot and tile (an index into the
   * colouring), or NO_MEMBER; indexed like the map data's arrays. */
  int                    *shape_members;
  int                    *dot_members;
  int                    *tile_members;
  GArray                 *extras;        /* ExtraPlace */
};

/* Height over width of the map or the tile grid alone. */
double
plenary_map_aspect_ratio (gboolean tiles)
{
  const PlenaryMapData *data = plenary_map_data_get ();

  return tiles
         ? (double) data->rows / data->columns
         : (data->view_y2 - data->view_y1) / (data->view_x2 - data->view_x1);
}

/* The map as large as fits in the box, centred, keeping its aspect. */
void
plenary_map_geometry_fit (PlenaryMapGeometry *geometry,
                          gboolean            tiles,
                          double              x,
                          double              y,
                          double              width,
                          double              height)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  double units_w = tiles ? data->columns : data->view_x2 - data->view_x1;
  double units_h = tiles ? data->rows : data->view_y2 - data->view_y1;

  geometry->tiles = tiles;
  geometry->scale = MIN (MAX (width, 1) / units_w, MAX (height, 1) / units_h);
  geometry->origin_x = x + (width - units_w * geometry->scale) / 2;
  geometry->origin_y = y + (height - units_h * geometry->scale) / 2;
  if (!tiles)
    {
      geometry->origin_x -= data->view_x1 * geometry->scale;
      geometry->origin_y -= data->view_y1 * geometry->scale;
    }
  geometry->dot_radius = MAX (3.6 * geometry->scale, 2.4);
}

static int *
assign (GArray                 *items,
        gsize                   item_size,
        gsize                   code_offset,
        PlenaryMemberColouring *colouring,
        int                   (*member_at) (PlenaryMemberColouring *, const char *))
{
  int *members = g_new (int, MAX (items->len, 1));

  for (guint i = 0; i < items->len; i++)
    {
      const char *code = (const char *) (items->data + i * item_size + code_offset);

      members[i] = code[0] != '\0' ? member_at (colouring, code) : NO_MEMBER;
    }
  return members;
}

static gboolean
cell_taken (const PlenaryMapData *data,
            GArray               *extras,
            int                   column,
            int                   row)
{
  for (guint i = 0; i < data->tiles->len; i++)
    {
      const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);

      if (tile->column == column && tile->row == row)
        return TRUE;
    }
  for (guint i = 0; i < extras->len; i++)
    if (g_array_index (extras, ExtraPlace, i).column == column && g_array_index (extras, ExtraPlace, i).row == row)
      return TRUE;
  return FALSE;
}

/* A tile for a state of the past with no shape of its own: the free cell
 * nearest the tile of the land its dot falls in. */
static void
place_extra_tile (const PlenaryMapData *data,
                  GArray               *extras,
                  ExtraPlace           *extra)
{
  int home = -1;

  extra->column = extra->row = -1;
  for (guint i = 0; i < data->shapes->len && home < 0; i++)
    {
      const PlenaryMapShape *shape = &g_array_index (data->shapes, PlenaryMapShape, i);

      if (shape->code[0] != '\0' && plenary_map_shape_contains (data, i, extra->x, extra->y))
        home = plenary_map_data_find_tile (data, shape->code);
    }
  if (home < 0)
    return;

  for (int radius = 1; radius < MAX (data->columns, data->rows); radius++)
    for (int dy = -radius; dy <= radius; dy++)
      for (int dx = -radius; dx <= radius; dx++)
        {
          const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, home);
          int column = tile->column + dx, row = tile->row + dy;

          if (MAX (ABS (dx), ABS (dy)) != radius || column < 0 || row < 0 ||
              column >= data->columns || row >= data->rows || cell_taken (data, extras, column, row))
            continue;
          extra->column = column;
          extra->row = row;
          return;
        }
}

/**
 * plenary_map_layers_new:
 *
 * Returns: (transfer full): the layers for @colouring
 */
PlenaryMapLayers *
plenary_map_layers_new (PlenaryMemberColouring *colouring)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  PlenaryMapLayers *layers = g_new0 (PlenaryMapLayers, 1);

  const PlenaryColouringDot *dots;
  guint n_dots;

  layers->colouring = plenary_member_colouring_ref (colouring);
  layers->shape_members = assign (data->shapes, sizeof (PlenaryMapShape),
                                  G_STRUCT_OFFSET (PlenaryMapShape, code), colouring,
                                  plenary_member_colouring_member_at);
  layers->dot_members = assign (data->dots, sizeof (PlenaryMapDot),
                                G_STRUCT_OFFSET (PlenaryMapDot, code), colouring,
                                plenary_member_colouring_member_at);
  layers->tile_members = assign (data->tiles, sizeof (PlenaryMapTile),
                                 G_STRUCT_OFFSET (PlenaryMapTile, code), colouring,
                                 plenary_member_colouring_member_on_tile);

  layers->extras = g_array_new (FALSE, FALSE, sizeof (ExtraPlace));
  dots = plenary_member_colouring_get_dots (colouring, &n_dots);
  for (guint i = 0; i < n_dots; i++)
    {
      ExtraPlace extra = { dots[i].member, 0, 0, -1, -1 };

      plenary_equal_earth (dots[i].lon, dots[i].lat, &extra.x, &extra.y);
      place_extra_tile (data, layers->extras, &extra);
      g_array_append_val (layers->extras, extra);
    }
  return layers;
}

void
plenary_map_layers_free (PlenaryMapLayers *layers)
{
  if (layers == NULL)
    return;
  plenary_member_colouring_unref (layers->colouring);
  g_free (layers->shape_members);
  g_free (layers->dot_members);
  g_free (layers->tile_members);
  g_array_unref (layers->extras);
  g_free (layers);
}

static PlenaryCategory
category_of (PlenaryMapLayers *layers,
             int               member)
{
  if (member == NO_MEMBER)
    return PLENARY_CATEGORY_NOT_A_MEMBER;
  return plenary_member_colouring_get_category (layers->colouring, (guint) member);
}

/* Whether @category takes its colour from the colouring, member by member. */
static gboolean
is_own_colour (PlenaryCategory category)
{
  return category == PLENARY_CATEGORY_VALUE || category == PLENARY_CATEGORY_KEY;
}

/* Fills the current path as @member is drawn, and clears the path. */
static void
fill_member (PlenaryMapLayers         *layers,
             cairo_t                  *cr,
             const PlenaryRenderStyle *style,
             int                       member,
             double                    unit)
{
  PlenaryCategory category = category_of (layers, member);
  cairo_pattern_t *pattern;

  if (!is_own_colour (category))
    {
      plenary_fill_category (cr, style->palette, category, unit);
      return;
    }
  pattern = plenary_member_colouring_pattern (layers->colouring, style->palette, member, unit);
  cairo_set_source (cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_fill (cr);
}

static gboolean
is_emphasised (int        member,
               const int *emphasis,
               guint      n_emphasis)
{
  for (guint i = 0; member != NO_MEMBER && i < n_emphasis; i++)
    if (emphasis[i] == member)
      return TRUE;
  return FALSE;
}

static void
append_shape (cairo_t                  *cr,
              const PlenaryMapGeometry *geometry,
              const PlenaryMapShape    *shape)
{
  cairo_save (cr);
  cairo_translate (cr, geometry->origin_x, geometry->origin_y);
  cairo_scale (cr, geometry->scale, geometry->scale);
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
                 const PlenaryMapGeometry *geometry,
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
  grid->pixel_scale = geometry->scale * matrix.xx * scale_x;
  px = (matrix.xx * geometry->origin_x + matrix.x0) * scale_x + grid->device_offset_x;
  py = (matrix.yy * geometry->origin_y + matrix.y0) * scale_y + grid->device_offset_y;
  grid->origin_x = (int) floor (px);
  grid->origin_y = (int) floor (py);
  grid->fraction_x = px - grid->origin_x;
  grid->fraction_y = py - grid->origin_y;
  return TRUE;
}

/* For pixel targets: each shape's category through its mask, then the
 * borders through theirs. */
static void
draw_shapes_from_masks (PlenaryMapLayers         *layers,
                        cairo_t                  *cr,
                        const PlenaryRenderStyle *style,
                        const PlenaryMapData     *data,
                        const PixelGrid          *grid)
{
  double border_width = CLAMP (grid->pixel_scale * 0.6, 0.5, 1.2 * grid->device_scale);
  double hatch_unit = MAX (grid->pixel_scale * 1.2, 1.0) / grid->device_scale;
  g_autoptr(PlenaryMapRaster) raster = plenary_map_raster_get (data, grid->pixel_scale,
                                                               grid->fraction_x, grid->fraction_y,
                                                               border_width, grid->device_scale);
  cairo_pattern_t *sources[PLENARY_N_CATEGORIES] = { NULL };
  cairo_surface_t *mask;
  int x, y;

  /* Composite in device space, where the masks' pixels are the target's. */
  cairo_save (cr);
  cairo_identity_matrix (cr);
  for (guint i = 0; i < data->shapes->len; i++)
    {
      PlenaryCategory category = category_of (layers, layers->shape_members[i]);
      cairo_pattern_t *own = NULL;

      if (is_own_colour (category))
        own = plenary_member_colouring_pattern (layers->colouring, style->palette, layers->shape_members[i],
                                                hatch_unit);
      else if (sources[category] == NULL)
        sources[category] = plenary_category_pattern (style->palette, category, hatch_unit);
      mask = plenary_map_raster_get_mask (raster, i, &x, &y);
      cairo_set_source (cr, own != NULL ? own : sources[category]);
      cairo_mask_surface (cr, mask,
                          (grid->origin_x + x - grid->device_offset_x) / grid->device_scale,
                          (grid->origin_y + y - grid->device_offset_y) / grid->device_scale);
      g_clear_pointer (&own, cairo_pattern_destroy);
    }

  mask = plenary_map_raster_get_borders (raster, &x, &y);
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_mask_surface (cr, mask,
                      (grid->origin_x + x - grid->device_offset_x) / grid->device_scale,
                      (grid->origin_y + y - grid->device_offset_y) / grid->device_scale);
  cairo_restore (cr);

  for (guint c = 0; c < PLENARY_N_CATEGORIES; c++)
    g_clear_pointer (&sources[c], cairo_pattern_destroy);
}

/* For vector targets: one path per category, filled once, and the borders
 * stroked once. */
static void
draw_shapes_as_paths (PlenaryMapLayers         *layers,
                      cairo_t                  *cr,
                      const PlenaryRenderStyle *style,
                      const PlenaryMapData     *data,
                      const PlenaryMapGeometry *geometry)
{
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  /* Members with colours of their own, one by one. */
  for (guint i = 0; i < data->shapes->len; i++)
    if (is_own_colour (category_of (layers, layers->shape_members[i])))
      {
        cairo_new_path (cr);
        append_shape (cr, geometry, &g_array_index (data->shapes, PlenaryMapShape, i));
        fill_member (layers, cr, style, layers->shape_members[i], MAX (geometry->scale * 1.2, 1.0));
      }

  for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
    {
      gboolean any = FALSE;

      if (is_own_colour (category))
        continue;
      cairo_new_path (cr);
      for (guint i = 0; i < data->shapes->len; i++)
        if (category_of (layers, layers->shape_members[i]) == category)
          {
            append_shape (cr, geometry, &g_array_index (data->shapes, PlenaryMapShape, i));
            any = TRUE;
          }
      if (any)
        {
          cairo_pattern_t *source = plenary_category_pattern (style->palette, category,
                                                               MAX (geometry->scale * 1.2, 1.0));

          cairo_set_source (cr, source);
          cairo_fill (cr);
          cairo_pattern_destroy (source);
        }
    }

  cairo_new_path (cr);
  for (guint i = 0; i < data->shapes->len; i++)
    append_shape (cr, geometry, &g_array_index (data->shapes, PlenaryMapShape, i));
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_set_line_width (cr, CLAMP (geometry->scale * 0.6, 0.5, 1.2));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
draw_shapes (PlenaryMapLayers         *layers,
             cairo_t                  *cr,
             const PlenaryRenderStyle *style,
             const PlenaryMapGeometry *geometry,
             const int                *emphasis,
             guint                     n_emphasis)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  PixelGrid grid;

  if (find_pixel_grid (cr, style, geometry, &grid))
    draw_shapes_from_masks (layers, cr, style, data, &grid);
  else
    draw_shapes_as_paths (layers, cr, style, data, geometry);

  for (guint i = 0; i < data->shapes->len; i++)
    if (is_emphasised (layers->shape_members[i], emphasis, n_emphasis))
      {
        cairo_new_path (cr);
        append_shape (cr, geometry, &g_array_index (data->shapes, PlenaryMapShape, i));
        plenary_cairo_set_color (cr, &style->palette->highlight);
        cairo_set_line_width (cr, MAX (geometry->scale * 2.0, 2.0));
        cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke (cr);
      }
}

static void
dot_position (const PlenaryMapGeometry *geometry,
              const PlenaryMapDot      *dot,
              double                   *x,
              double                   *y)
{
  *x = geometry->origin_x + dot->shown_x * geometry->scale;
  *y = geometry->origin_y + dot->shown_y * geometry->scale;
}

static void
draw_dot (PlenaryMapLayers         *layers,
          cairo_t                  *cr,
          const PlenaryRenderStyle *style,
          double                    x,
          double                    y,
          double                    r,
          int                       member,
          gboolean                  emphasised)
{
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  fill_member (layers, cr, style, member, MAX (r * 0.35, 0.8));
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  /* An outline, so that a dot reads on land, on sea and on any colour. */
  plenary_cairo_set_color (cr, emphasised ? &style->palette->highlight : &style->palette->outline);
  cairo_set_line_width (cr, emphasised ? MAX (r * 0.5, 2.0) : MAX (r * 0.22, 0.8));
  cairo_stroke (cr);
}

static void
draw_dots (PlenaryMapLayers         *layers,
           cairo_t                  *cr,
           const PlenaryRenderStyle *style,
           const PlenaryMapGeometry *geometry,
           const int                *emphasis,
           guint                     n_emphasis)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  double r = geometry->dot_radius;

  /* Leader lines first, under the dots. */
  cairo_new_path (cr);
  for (guint i = 0; i < data->dots->len; i++)
    {
      const PlenaryMapDot *dot = &g_array_index (data->dots, PlenaryMapDot, i);
      double x, y;

      if (!dot->callout)
        continue;
      dot_position (geometry, dot, &x, &y);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, geometry->origin_x + dot->x * geometry->scale,
                     geometry->origin_y + dot->y * geometry->scale);
    }
  plenary_cairo_set_color (cr, &style->palette->dim_foreground);
  cairo_set_line_width (cr, MAX (r * 0.18, 0.6));
  cairo_stroke (cr);

  for (guint i = 0; i < data->dots->len; i++)
    {
      const PlenaryMapDot *dot = &g_array_index (data->dots, PlenaryMapDot, i);
      double x, y;

      dot_position (geometry, dot, &x, &y);
      if (dot->callout)
        {
          /* Where the state really is. */
          cairo_arc (cr, geometry->origin_x + dot->x * geometry->scale,
                     geometry->origin_y + dot->y * geometry->scale, MAX (r * 0.25, 0.8), 0, 2 * G_PI);
          plenary_cairo_set_color (cr, &style->palette->dim_foreground);
          cairo_fill (cr);
        }
      draw_dot (layers, cr, style, x, y, r, layers->dot_members[i],
                is_emphasised (layers->dot_members[i], emphasis, n_emphasis));
    }

  for (guint i = 0; i < layers->extras->len; i++)
    {
      const ExtraPlace *extra = &g_array_index (layers->extras, ExtraPlace, i);

      draw_dot (layers, cr, style,
                geometry->origin_x + extra->x * geometry->scale,
                geometry->origin_y + extra->y * geometry->scale, r, extra->member,
                is_emphasised (extra->member, emphasis, n_emphasis));
    }
}

static double
luminance (const PlenaryColor *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

static void
cell_rectangle (const PlenaryMapGeometry *geometry,
                int                       column,
                int                       row,
                double                   *x,
                double                   *y,
                double                   *size)
{
  double gap = geometry->scale * 0.1;

  *size = geometry->scale - gap;
  *x = geometry->origin_x + column * geometry->scale + gap / 2;
  *y = geometry->origin_y + row * geometry->scale + gap / 2;
}

static void
draw_tile (PlenaryMapLayers         *layers,
           cairo_t                  *cr,
           const PlenaryRenderStyle *style,
           const PlenaryMapGeometry *geometry,
           PangoLayout              *label,
           int                       column,
           int                       row,
           int                       member,
           const char               *code,
           gboolean                  emphasised)
{
  PlenaryCategory category = category_of (layers, member);
  double x, y, size, text_w, text_h;

  cell_rectangle (geometry, column, row, &x, &y, &size);
  plenary_rounded_rectangle (cr, x, y, size, size, size * 0.12);
  fill_member (layers, cr, style, member, MAX (geometry->scale / 25, 1.0));

  if (emphasised)
    {
      plenary_rounded_rectangle (cr, x, y, size, size, size * 0.12);
      plenary_cairo_set_color (cr, &style->palette->highlight);
      cairo_set_line_width (cr, MAX (geometry->scale * 0.12, 2.0));
      cairo_stroke (cr);
    }

  if (label == NULL)
    return;

  pango_layout_set_text (label, code, -1);
  plenary_text_size (label, &text_w, &text_h);
  if (!is_own_colour (category) && plenary_category_get_pattern (category) != PLENARY_PATTERN_SOLID &&
      plenary_category_get_pattern (category) != PLENARY_PATTERN_OUTLINE)
    {
      /* The code on a plain plate of its fill, so that the pattern never
       * crosses its letters. */
      double pad = text_h * 0.12;

      plenary_rounded_rectangle (cr, x + (size - text_w) / 2 - pad, y + (size - text_h) / 2 + pad,
                                 text_w + 2 * pad, text_h - 2 * pad, pad * 2);
      plenary_cairo_set_color (cr, &style->palette->fill[category]);
      cairo_fill (cr);
    }
  if (category < PLENARY_CATEGORY_NOT_RECORDED || is_own_colour (category) ||
      category == PLENARY_CATEGORY_REFERENCE)
    {
      static const PlenaryColor dark_text = { 0.08, 0.08, 0.1, 1 }, light_text = { 1, 1, 1, 1 };
      PlenaryColor fill;

      plenary_member_colouring_get_color (layers->colouring, style->palette, (guint) member, &fill);
      plenary_cairo_set_color (cr, luminance (&fill) > 0.5 ? &dark_text : &light_text);
    }
  else
    plenary_cairo_set_color (cr, category == PLENARY_CATEGORY_NOT_RECORDED ? &style->palette->foreground
                                                                            : &style->palette->dim_foreground);
  cairo_move_to (cr, x + (size - text_w) / 2, y + (size - text_h) / 2);
  pango_cairo_show_layout (cr, label);
}

/* The code a tile shows: its member's, a state of the past's on the day. */
static const char *
tile_code (PlenaryMapLayers *layers,
           int               member,
           const char       *fallback)
{
  if (member == NO_MEMBER)
    return fallback;
  return plenary_member_get_code (plenary_member_colouring_get_member (layers->colouring, (guint) member));
}

static void
draw_tiles (PlenaryMapLayers         *layers,
            cairo_t                  *cr,
            const PlenaryRenderStyle *style,
            const PlenaryMapGeometry *geometry,
            const int                *emphasis,
            guint                     n_emphasis)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  g_autoptr(PangoLayout) label = NULL;

  /* Codes on the tiles, once the tiles are large enough to read them. */
  if (geometry->scale >= 14)
    label = plenary_text_layout (cr, style, geometry->scale * 0.34 / style->font_size,
                                 PANGO_WEIGHT_BOLD, "");

  for (guint i = 0; i < data->tiles->len; i++)
    {
      const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);
      int member = layers->tile_members[i];

      draw_tile (layers, cr, style, geometry, label, tile->column, tile->row, member,
                 tile_code (layers, member, tile->code), is_emphasised (member, emphasis, n_emphasis));
    }
  for (guint i = 0; i < layers->extras->len; i++)
    {
      const ExtraPlace *extra = &g_array_index (layers->extras, ExtraPlace, i);

      if (extra->column >= 0)
        draw_tile (layers, cr, style, geometry, label, extra->column, extra->row, extra->member,
                   tile_code (layers, extra->member, ""), is_emphasised (extra->member, emphasis, n_emphasis));
    }
}

/* Draws the members, with the @emphasis members (indices into the
 * colouring) outlined. */
void
plenary_map_layers_draw (PlenaryMapLayers         *layers,
                         cairo_t                  *cr,
                         const PlenaryRenderStyle *style,
                         const PlenaryMapGeometry *geometry,
                         const int                *emphasis,
                         guint                     n_emphasis)
{
  g_return_if_fail (layers != NULL);

  cairo_save (cr);
  if (geometry->tiles)
    draw_tiles (layers, cr, style, geometry, emphasis, n_emphasis);
  else
    {
      draw_shapes (layers, cr, style, geometry, emphasis, n_emphasis);
      draw_dots (layers, cr, style, geometry, emphasis, n_emphasis);
    }
  cairo_restore (cr);
}

/* The member (an index into the colouring) under (@x, @y), or -1. On the
 * world map a dot comes first, as dots lie over the land around them. */
int
plenary_map_layers_hit_test (PlenaryMapLayers         *layers,
                             const PlenaryMapGeometry *geometry,
                             double                    x,
                             double                    y)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  double best = G_MAXDOUBLE, u, v;
  int found = -1;

  if (geometry->tiles)
    {
      for (guint i = 0; i < data->tiles->len; i++)
        {
          const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);
          double tx, ty, size;

          cell_rectangle (geometry, tile->column, tile->row, &tx, &ty, &size);
          if (x >= tx && x < tx + size && y >= ty && y < ty + size)
            return layers->tile_members[i];
        }
      for (guint i = 0; i < layers->extras->len; i++)
        {
          const ExtraPlace *extra = &g_array_index (layers->extras, ExtraPlace, i);
          double tx, ty, size;

          cell_rectangle (geometry, extra->column, extra->row, &tx, &ty, &size);
          if (extra->column >= 0 && x >= tx && x < tx + size && y >= ty && y < ty + size)
            return extra->member;
        }
      return NO_MEMBER;
    }

  for (guint i = 0; i < layers->extras->len; i++)
    {
      const ExtraPlace *extra = &g_array_index (layers->extras, ExtraPlace, i);

      if (hypot (x - (geometry->origin_x + extra->x * geometry->scale),
                 y - (geometry->origin_y + extra->y * geometry->scale)) <= geometry->dot_radius + 2)
        return extra->member;
    }

  for (guint i = 0; i < data->dots->len; i++)
    {
      double dx, dy, distance;

      dot_position (geometry, &g_array_index (data->dots, PlenaryMapDot, i), &dx, &dy);
      distance = hypot (x - dx, y - dy);
      if (distance <= geometry->dot_radius + 2 && distance < best)
        {
          best = distance;
          found = (int) i;
        }
    }
  if (found >= 0)
    return layers->dot_members[found];

  u = (x - geometry->origin_x) / geometry->scale;
  v = (y - geometry->origin_y) / geometry->scale;
  for (guint i = 0; i < data->shapes->len; i++)
    if (layers->shape_members[i] != NO_MEMBER && plenary_map_shape_contains (data, i, u, v))
      return layers->shape_members[i];
  return NO_MEMBER;
}

/* Where the dot or tile of @code is drawn: its centre, in device units. */
gboolean
plenary_map_layers_locate_code (PlenaryMapLayers         *layers,
                                const PlenaryMapGeometry *geometry,
                                const char               *code,
                                double                   *x,
                                double                   *y)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  int index;

  if (geometry->tiles)
    {
      double size;

      index = plenary_map_data_find_tile (data, code);
      if (index < 0)
        return FALSE;
      cell_rectangle (geometry, g_array_index (data->tiles, PlenaryMapTile, index).column,
                      g_array_index (data->tiles, PlenaryMapTile, index).row, x, y, &size);
      *x += size / 2;
      *y += size / 2;
      return TRUE;
    }

  index = plenary_map_data_find_dot (data, code);
  if (index < 0)
    return FALSE;
  dot_position (geometry, &g_array_index (data->dots, PlenaryMapDot, index), x, y);
  return TRUE;
}
