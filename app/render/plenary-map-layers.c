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
 * member is neutral. Emphasised members get a thick outline on top, and a
 * label with their name: on a large country itself, beside a small one or
 * a tile with a leader line, where it covers no other label.
 *
 * For pixel targets, shapes are composited through coverage masks made
 * once per size (plenary-map-raster.c), a few composites a frame; for SVG
 * and PDF they are paths, grouped by category and filled once each.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include "plenary-callout.h"
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
  /* Where each emphasised member's label goes on the world map: member + 1
   * → Anchor, found once. */
  GHashTable             *anchors;
};

/* A member's place for its label on the world map, in map units: a point
 * well inside its largest piece of land, and that piece's bounds. */
typedef struct
{
  double        x, y;
  double        x1, y1, x2, y2;
  const double *points;   /* the ring, in the map data */
  guint         n_points;
  /* The last label centred on it: its size, and where it went. */
  double        label_w, label_h;
  double        label_x, label_y;
} Anchor;

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
  geometry->scale_y = geometry->scale;
  geometry->origin_x = x + (width - units_w * geometry->scale) / 2;
  geometry->origin_y = y + (height - units_h * geometry->scale) / 2;
  if (!tiles)
    {
      geometry->origin_x -= data->view_x1 * geometry->scale;
      geometry->origin_y -= data->view_y1 * geometry->scale;
    }
  geometry->dot_radius = MAX (3.6 * geometry->scale, 2.4);
}

/**
 * plenary_map_geometry_fit_tiles:
 * @stretch: how much taller than wide a tile may grow, 1 for square tiles
 *
 * The tile grid as large as fits in the box, centred: as wide as it can
 * be, and, where the box is taller than the grid of square tiles, with
 * tiles up to @stretch times as tall as they are wide, so that a square
 * picture is not a band of tiles across empty space.
 */
void
plenary_map_geometry_fit_tiles (PlenaryMapGeometry *geometry,
                                double              x,
                                double              y,
                                double              width,
                                double              height,
                                double              stretch)
{
  const PlenaryMapData *data = plenary_map_data_get ();

  plenary_map_geometry_fit (geometry, TRUE, x, y, width, height);
  geometry->scale_y = MIN (geometry->scale * MAX (stretch, 1.0), MAX (height, 1) / data->rows);
  geometry->scale_y = MAX (geometry->scale_y, geometry->scale);
  geometry->origin_y = y + (height - data->rows * geometry->scale_y) / 2;
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
  layers->anchors = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
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
  g_hash_table_unref (layers->anchors);
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
        plenary_stroke_emphasis (cr, style, plenary_emphasis_line_width (style, 0));
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
  plenary_cairo_set_color (cr, &style->palette->outline);
  cairo_set_line_width (cr, MAX (r * 0.22, 0.8));
  cairo_stroke (cr);
  if (emphasised)
    {
      double line = plenary_emphasis_line_width (style, 0);

      cairo_arc (cr, x, y, r + line * 0.5, 0, 2 * G_PI);
      plenary_stroke_emphasis (cr, style, line);
    }
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
                PlenaryBox               *cell)
{
  double gap = geometry->scale * 0.1;

  cell->width = geometry->scale - gap;
  cell->height = geometry->scale_y - gap;
  cell->x = geometry->origin_x + column * geometry->scale + gap / 2;
  cell->y = geometry->origin_y + row * geometry->scale_y + gap / 2;
}

static gboolean
box_contains (const PlenaryBox *box,
              double            x,
              double            y)
{
  return x >= box->x && x < box->x + box->width && y >= box->y && y < box->y + box->height;
}

/* The tile of @member, if it has one. */
static gboolean
find_tile (PlenaryMapLayers         *layers,
           const PlenaryMapGeometry *geometry,
           int                       member,
           PlenaryBox               *cell)
{
  const PlenaryMapData *data = plenary_map_data_get ();

  for (guint i = 0; i < data->tiles->len; i++)
    if (layers->tile_members[i] == member && member != NO_MEMBER)
      {
        const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);

        cell_rectangle (geometry, tile->column, tile->row, cell);
        return TRUE;
      }
  for (guint i = 0; i < layers->extras->len; i++)
    {
      const ExtraPlace *extra = &g_array_index (layers->extras, ExtraPlace, i);

      if (extra->member == member && extra->column >= 0)
        {
          cell_rectangle (geometry, extra->column, extra->row, cell);
          return TRUE;
        }
    }
  return FALSE;
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
  PlenaryBox cell;
  double text_w, text_h;

  cell_rectangle (geometry, column, row, &cell);
  plenary_rounded_rectangle (cr, cell.x, cell.y, cell.width, cell.height, cell.width * 0.12);
  fill_member (layers, cr, style, member, MAX (geometry->scale / 25, 1.0));

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

      plenary_rounded_rectangle (cr, cell.x + (cell.width - text_w) / 2 - pad,
                                 cell.y + (cell.height - text_h) / 2 + pad,
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
  cairo_move_to (cr, cell.x + (cell.width - text_w) / 2, cell.y + (cell.height - text_h) / 2);
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

  /* The emphasised tiles' outlines last, over their neighbours. */
  for (guint i = 0; i < n_emphasis; i++)
    {
      PlenaryBox cell;
      double line;

      if (!find_tile (layers, geometry, emphasis[i], &cell))
        continue;
      line = plenary_emphasis_line_width (style, cell.width);
      plenary_rounded_rectangle (cr, cell.x - line * 0.5, cell.y - line * 0.5, cell.width + line, cell.height + line,
                                 cell.width * 0.12 + line * 0.5);
      plenary_stroke_emphasis (cr, style, line);
    }
}

/* The categories drawn on the world map or the tile map, as
 * PLENARY_CATEGORY_BIT()s: a legend lists these and no others, so that a
 * state of the past that has no tile is not in the tile map's legend. */
guint
plenary_map_layers_get_categories (PlenaryMapLayers *layers,
                                   gboolean          tiles)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  guint categories = 0;

  g_return_val_if_fail (layers != NULL, 0);

  if (tiles)
    {
      for (guint i = 0; i < data->tiles->len; i++)
        categories |= 1u << category_of (layers, layers->tile_members[i]);
      for (guint i = 0; i < layers->extras->len; i++)
        if (g_array_index (layers->extras, ExtraPlace, i).column >= 0)
          categories |= 1u << category_of (layers, g_array_index (layers->extras, ExtraPlace, i).member);
      return categories;
    }
  for (guint i = 0; i < data->shapes->len; i++)
    categories |= 1u << category_of (layers, layers->shape_members[i]);
  for (guint i = 0; i < data->dots->len; i++)
    categories |= 1u << category_of (layers, layers->dot_members[i]);
  for (guint i = 0; i < layers->extras->len; i++)
    categories |= 1u << category_of (layers, g_array_index (layers->extras, ExtraPlace, i).member);
  return categories;
}

/* Labels */

/* How far inside @ring the point (@x, @y) is: its distance to the nearest
 * edge, or -1 when it is outside. */
static double
depth_in_ring (const double *points,
               guint         n_points,
               double        x,
               double        y)
{
  gboolean inside = FALSE;
  double nearest = G_MAXDOUBLE;

  for (guint i = 0, j = n_points - 1; i < n_points; j = i++)
    {
      double xi = points[i * 2], yi = points[i * 2 + 1], xj = points[j * 2], yj = points[j * 2 + 1];
      double dx = xj - xi, dy = yj - yi, length = dx * dx + dy * dy;
      double t = length > 0 ? CLAMP (((x - xi) * dx + (y - yi) * dy) / length, 0, 1) : 0;

      if ((yi > y) != (yj > y) && x < dx * (y - yi) / dy + xi)
        inside = !inside;
      nearest = MIN (nearest, hypot (xi + t * dx - x, yi + t * dy - y));
    }
  return inside ? nearest : -1;
}

static double
ring_area (const double *points,
           guint         n_points)
{
  double area = 0;

  for (guint i = 0, j = n_points - 1; i < n_points; j = i++)
    area += points[j * 2] * points[i * 2 + 1] - points[i * 2] * points[j * 2 + 1];
  return fabs (area) / 2;
}

/* The place for @member's label on the world map: in its largest ring of
 * land, the point of a grid farthest from the coast, which for most
 * countries reads as their middle. */
static Anchor *
find_anchor (PlenaryMapLayers *layers,
             int               member)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  Anchor *anchor = g_hash_table_lookup (layers->anchors, GINT_TO_POINTER (member + 1));
  const double *best_points = NULL;
  guint best_n = 0;
  double best_area = 0, best_depth = -1;

  if (anchor != NULL)
    return anchor;

  for (guint i = 0; i < data->shapes->len; i++)
    {
      const PlenaryMapShape *shape = &g_array_index (data->shapes, PlenaryMapShape, i);

      if (layers->shape_members[i] != member)
        continue;
      for (guint r = 0; r < shape->n_rings; r++)
        {
          const PlenaryMapRing *ring = &g_array_index (data->rings, PlenaryMapRing, shape->first_ring + r);
          const double *points = &g_array_index (data->points, double, ring->first_point * 2);
          double area = ring->n_points >= 3 ? ring_area (points, ring->n_points) : 0;

          if (area > best_area)
            {
              best_area = area;
              best_points = points;
              best_n = ring->n_points;
            }
        }
    }
  if (best_points == NULL)
    return NULL;

  anchor = g_new0 (Anchor, 1);
  anchor->points = best_points;
  anchor->n_points = best_n;
  anchor->x1 = anchor->y1 = G_MAXDOUBLE;
  anchor->x2 = anchor->y2 = -G_MAXDOUBLE;
  for (guint i = 0; i < best_n; i++)
    {
      anchor->x1 = MIN (anchor->x1, best_points[i * 2]);
      anchor->x2 = MAX (anchor->x2, best_points[i * 2]);
      anchor->y1 = MIN (anchor->y1, best_points[i * 2 + 1]);
      anchor->y2 = MAX (anchor->y2, best_points[i * 2 + 1]);
    }
  anchor->x = (anchor->x1 + anchor->x2) / 2;
  anchor->y = (anchor->y1 + anchor->y2) / 2;
  for (guint gy = 1; gy < 16; gy++)
    for (guint gx = 1; gx < 24; gx++)
      {
        double x = anchor->x1 + (anchor->x2 - anchor->x1) * gx / 24;
        double y = anchor->y1 + (anchor->y2 - anchor->y1) * gy / 16;
        double depth = depth_in_ring (best_points, best_n, x, y);

        if (depth > best_depth)
          {
            best_depth = depth;
            anchor->x = x;
            anchor->y = y;
          }
      }
  g_hash_table_insert (layers->anchors, GINT_TO_POINTER (member + 1), anchor);
  return anchor;
}

/* How much of a label @w × @h (in map units) centred on (@x, @y) lies on
 * the land of @anchor, from 0 to 1, by 15 points of it. */
static double
label_on_land (const Anchor *anchor,
               double        x,
               double        y,
               double        w,
               double        h)
{
  guint inside = 0;

  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < 3; j++)
      inside += depth_in_ring (anchor->points, anchor->n_points, x + w * (i / 4.0 - 0.5),
                               y + h * (j / 2.0 - 0.5)) >= 0;
  return inside / 15.0;
}

/* The middle of the places where most of a label @w × @h (in map units)
 * lies on @anchor's land. */
static void
search_label_centre (const Anchor *anchor,
                     double        w,
                     double        h,
                     double       *x,
                     double       *y)
{
  g_autoptr(GArray) best_places = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  double best = -1, sum_x = 0, sum_y = 0, nearest = G_MAXDOUBLE;

  /* A margin around the box, so that its border clears the coast too. */
  w *= 1.15;
  h *= 1.4;
  for (guint gy = 0; gy <= 12; gy++)
    for (guint gx = 0; gx <= 16; gx++)
      {
        double place[2] = { anchor->x1 + (anchor->x2 - anchor->x1) * gx / 16,
                            anchor->y1 + (anchor->y2 - anchor->y1) * gy / 12 };
        double share = label_on_land (anchor, place[0], place[1], w, h);

        if (share > best + 1e-9)
          {
            best = share;
            g_array_set_size (best_places, 0);
          }
        if (share > best - 1e-9)
          g_array_append_val (best_places, place);
      }
  for (guint i = 0; i < best_places->len; i++)
    {
      sum_x += g_array_index (best_places, double, i * 2);
      sum_y += g_array_index (best_places, double, i * 2 + 1);
    }
  sum_x /= best_places->len;
  sum_y /= best_places->len;
  /* The middle of them, or the one of them nearest it. */
  if (label_on_land (anchor, sum_x, sum_y, w, h) > best - 1e-9)
    {
      *x = sum_x;
      *y = sum_y;
      return;
    }
  for (guint i = 0; i < best_places->len; i++)
    {
      double px = g_array_index (best_places, double, i * 2), py = g_array_index (best_places, double, i * 2 + 1);

      if (hypot (px - sum_x, py - sum_y) < nearest)
        {
          nearest = hypot (px - sum_x, py - sum_y);
          *x = px;
          *y = py;
        }
    }
}

/* The centre for a label @w × @h (in map units) on @member's land: in the
 * middle of the places where most of it lies on the land. */
static void
centre_label_on_land (PlenaryMapLayers *layers,
                      int               member,
                      double            w,
                      double            h,
                      double           *x,
                      double           *y)
{
  Anchor *anchor = find_anchor (layers, member);

  if (anchor == NULL)
    return;
  /* The search is a few thousand tests of a point in a ring: done once per
   * size of label, not once per frame. */
  if (anchor->label_w != w || anchor->label_h != h)
    {
      anchor->label_x = *x;
      anchor->label_y = *y;
      search_label_centre (anchor, w, h, &anchor->label_x, &anchor->label_y);
      anchor->label_w = w;
      anchor->label_h = h;
    }
  *x = anchor->label_x;
  *y = anchor->label_y;
}

/* Where @member is on the map, for its label: the point to label, and the
 * extent of what is drawn there (a tile, a dot, a country's largest land),
 * in device units. */
static gboolean
locate_member_full (PlenaryMapLayers         *layers,
                    const PlenaryMapGeometry *geometry,
                    int                       member,
                    double                   *x,
                    double                   *y,
                    PlenaryBox               *extent,
                    gboolean                 *is_dot)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  const Anchor *anchor;
  gboolean has_dot = FALSE;
  double r = geometry->dot_radius;

  *is_dot = FALSE;
  if (geometry->tiles)
    {
      if (!find_tile (layers, geometry, member, extent))
        return FALSE;
      *x = extent->x + extent->width / 2;
      *y = extent->y + extent->height / 2;
      return TRUE;
    }

  for (guint i = 0; i < data->dots->len && !has_dot; i++)
    if (layers->dot_members[i] == member)
      {
        dot_position (geometry, &g_array_index (data->dots, PlenaryMapDot, i), x, y);
        has_dot = TRUE;
      }
  for (guint i = 0; i < layers->extras->len && !has_dot; i++)
    {
      const ExtraPlace *extra = &g_array_index (layers->extras, ExtraPlace, i);

      if (extra->member == member)
        {
          *x = geometry->origin_x + extra->x * geometry->scale;
          *y = geometry->origin_y + extra->y * geometry->scale;
          has_dot = TRUE;
        }
    }

  anchor = find_anchor (layers, member);
  /* A dot stands for land too small to see: label the dot then. */
  if (anchor != NULL &&
      (!has_dot || (anchor->x2 - anchor->x1) * geometry->scale > r * 4 ||
       (anchor->y2 - anchor->y1) * geometry->scale > r * 4))
    {
      *x = geometry->origin_x + anchor->x * geometry->scale;
      *y = geometry->origin_y + anchor->y * geometry->scale;
      *extent = (PlenaryBox) { geometry->origin_x + anchor->x1 * geometry->scale,
                               geometry->origin_y + anchor->y1 * geometry->scale,
                               (anchor->x2 - anchor->x1) * geometry->scale,
                               (anchor->y2 - anchor->y1) * geometry->scale };
      return TRUE;
    }
  if (!has_dot)
    return FALSE;
  *extent = (PlenaryBox) { *x - r, *y - r, 2 * r, 2 * r };
  *is_dot = TRUE;
  return TRUE;
}

static gboolean
locate_member (PlenaryMapLayers         *layers,
               const PlenaryMapGeometry *geometry,
               int                       member,
               double                   *x,
               double                   *y,
               PlenaryBox               *extent)
{
  gboolean is_dot;

  return locate_member_full (layers, geometry, member, x, y, extent, &is_dot);
}

/**
 * plenary_map_layers_get_member_place:
 * @x: (out): the point that stands for @member: its tile's centre, its
 *   dot, or a point well inside its largest land
 * @y: (out):
 * @extent: (out): the box of what is drawn there
 * @is_dot: (out): whether @member is drawn as a dot
 *
 * Returns: whether @member is drawn
 */
gboolean
plenary_map_layers_get_member_place (PlenaryMapLayers         *layers,
                                     const PlenaryMapGeometry *geometry,
                                     int                       member,
                                     double                   *x,
                                     double                   *y,
                                     PlenaryBox               *extent,
                                     gboolean                 *is_dot)
{
  g_return_val_if_fail (layers != NULL, FALSE);

  return member >= 0 && locate_member_full (layers, geometry, member, x, y, extent, is_dot);
}

/* Appends the outline of what stands for @member: its tile, its dot, or
 * the coasts of its land; nothing when it is not drawn. */
void
plenary_map_layers_append_member_outline (PlenaryMapLayers         *layers,
                                          cairo_t                  *cr,
                                          const PlenaryMapGeometry *geometry,
                                          int                       member)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  PlenaryBox extent;
  gboolean is_dot;
  double x, y;

  g_return_if_fail (layers != NULL);

  if (member < 0 || !locate_member_full (layers, geometry, member, &x, &y, &extent, &is_dot))
    return;
  if (geometry->tiles)
    {
      plenary_rounded_rectangle (cr, extent.x, extent.y, extent.width, extent.height, extent.width * 0.12);
      return;
    }
  if (is_dot)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, extent.width / 2, 0, 2 * G_PI);
      return;
    }
  for (guint i = 0; i < data->shapes->len; i++)
    if (layers->shape_members[i] == member)
      append_shape (cr, geometry, &g_array_index (data->shapes, PlenaryMapShape, i));
}

/* Whether @member is drawn on the world map or the tile map, and so can
 * be labelled there. */
gboolean
plenary_map_layers_shows_member (PlenaryMapLayers *layers,
                                 gboolean          tiles,
                                 int               member)
{
  PlenaryMapGeometry geometry = { tiles, 0, 0, 1, 1, 1 };
  PlenaryBox extent;
  double x, y;

  g_return_val_if_fail (layers != NULL, FALSE);

  return member >= 0 && locate_member (layers, &geometry, member, &x, &y, &extent);
}

/* Where @member is drawn, for its label: the point its leader line starts
 * from, in device units. */
gboolean
plenary_map_layers_locate_member (PlenaryMapLayers         *layers,
                                  const PlenaryMapGeometry *geometry,
                                  int                       member,
                                  double                   *x,
                                  double                   *y)
{
  PlenaryBox extent;

  g_return_val_if_fail (layers != NULL, FALSE);

  return locate_member (layers, geometry, member, x, y, &extent);
}

/* What is wrong with a label at @box: the labels it covers, matter most,
 * then the tiles it covers (on the tile map), then the distance from its
 * member. */
static double
label_cost (PlenaryMapLayers         *layers,
            const PlenaryMapGeometry *geometry,
            GArray                   *placed,
            const PlenaryBox         *box,
            double                    distance)
{
  const PlenaryMapData *data = plenary_map_data_get ();
  double cost = distance * 0.01;

  for (guint k = 0; k < placed->len; k++)
    {
      PlenaryBox other = g_array_index (placed, PlenaryCallout, k).box;

      other.x -= 3;
      other.y -= 3;
      other.width += 6;
      other.height += 6;
      cost += plenary_box_overlap_area (box, &other) * 10;
    }
  if (geometry->tiles)
    for (guint i = 0; i < data->tiles->len; i++)
      {
        const PlenaryMapTile *tile = &g_array_index (data->tiles, PlenaryMapTile, i);
        PlenaryBox cell;

        cell_rectangle (geometry, tile->column, tile->row, &cell);
        cost += plenary_box_overlap_area (box, &cell);
      }
  return cost;
}

/**
 * plenary_map_layers_draw_callouts:
 * @frame: the box the labels must stay in
 *
 * Labels the @emphasis members with their names: on a country large enough
 * to hold its label, there; otherwise beside it, with a leader line, in the
 * place nearest it that covers no other label (and, on the tile map, the
 * fewest tiles).
 */
void
plenary_map_layers_draw_callouts (PlenaryMapLayers         *layers,
                                  cairo_t                  *cr,
                                  const PlenaryRenderStyle *style,
                                  const PlenaryMapGeometry *geometry,
                                  const PlenaryBox         *frame,
                                  const int                *emphasis,
                                  guint                     n_emphasis)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, TRUE, sizeof (PlenaryCallout));
  static const double directions[][2] = {
    { 0, -1 }, { 0, 1 }, { 1, 0 }, { -1, 0 }, { 0.7, -0.7 }, { -0.7, -0.7 }, { 0.7, 0.7 }, { -0.7, 0.7 },
  };

  g_return_if_fail (layers != NULL);

  g_array_set_clear_func (placed, (GDestroyNotify) plenary_callout_clear);
  for (guint i = 0; i < n_emphasis; i++)
    {
      PlenaryMember *member;
      PlenaryCallout callout = { NULL };
      PlenaryBox extent, best = { 0 };
      double x, y, w, h, best_cost = G_MAXDOUBLE;

      if (emphasis[i] < 0 || (guint) emphasis[i] >= plenary_member_colouring_get_n_members (layers->colouring) ||
          !locate_member (layers, geometry, emphasis[i], &x, &y, &extent))
        continue;
      member = plenary_member_colouring_get_member (layers->colouring, (guint) emphasis[i]);
      callout.layout = plenary_callout_layout (cr, style, plenary_member_get_localized_name (member));
      plenary_callout_size (callout.layout, style, &w, &h);
      callout.anchor_x = x;
      callout.anchor_y = y;
      callout.anchor_dot = !geometry->tiles;

      /* On the land itself, when it holds the label with room to spare. */
      if (!geometry->tiles && w < extent.width * 0.8 && h < extent.height * 0.6)
        {
          double u = (x - geometry->origin_x) / geometry->scale, v = (y - geometry->origin_y) / geometry->scale;

          centre_label_on_land (layers, emphasis[i], w / geometry->scale, h / geometry->scale, &u, &v);
          x = geometry->origin_x + u * geometry->scale;
          y = geometry->origin_y + v * geometry->scale;
          best = (PlenaryBox) { x - w / 2, y - h / 2, w, h };
          plenary_box_clamp (&best, frame);
          best_cost = label_cost (layers, geometry, placed, &best, 0);
          callout.leader = FALSE;
        }
      if (best_cost > 1)
        for (guint step = 0; step < 6; step++)
          for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
            {
              double dx = directions[d][0], dy = directions[d][1];
              /* Past the edge of what is drawn there, then further out. */
              double reach_x = extent.width / 2 + style->font_size * (0.8 + step * 1.2);
              double reach_y = extent.height / 2 + style->font_size * (0.8 + step * 1.2);
              double px = x + dx * reach_x, py = y + dy * reach_y;
              PlenaryBox box = { px + (dx - 1) * w / 2, py + (dy - 1) * h / 2, w, h };
              double cost;

              plenary_box_clamp (&box, frame);
              cost = label_cost (layers, geometry, placed, &box, hypot (px - x, py - y));
              if (cost < best_cost - 1e-6)
                {
                  best_cost = cost;
                  best = box;
                  callout.leader = TRUE;
                }
            }
      callout.box = best;
      /* A leader starts at the edge of a tile, leaving its code readable. */
      if (callout.leader && geometry->tiles)
        {
          double near_x, near_y;

          plenary_box_nearest_point (&best, x, y, &near_x, &near_y);
          callout.anchor_x = CLAMP (near_x, extent.x, extent.x + extent.width);
          callout.anchor_y = CLAMP (near_y, extent.y, extent.y + extent.height);
        }
      g_array_append_val (placed, callout);
    }

  for (guint i = 0; i < placed->len; i++)
    plenary_callout_draw (cr, style, &g_array_index (placed, PlenaryCallout, i));
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
          PlenaryBox cell;

          cell_rectangle (geometry, tile->column, tile->row, &cell);
          if (box_contains (&cell, x, y))
            return layers->tile_members[i];
        }
      for (guint i = 0; i < layers->extras->len; i++)
        {
          const ExtraPlace *extra = &g_array_index (layers->extras, ExtraPlace, i);
          PlenaryBox cell;

          cell_rectangle (geometry, extra->column, extra->row, &cell);
          if (extra->column >= 0 && box_contains (&cell, x, y))
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
      PlenaryBox cell;

      index = plenary_map_data_find_tile (data, code);
      if (index < 0)
        return FALSE;
      cell_rectangle (geometry, g_array_index (data->tiles, PlenaryMapTile, index).column,
                      g_array_index (data->tiles, PlenaryMapTile, index).row, &cell);
      *x = cell.x + cell.width / 2;
      *y = cell.y + cell.height / 2;
      return TRUE;
    }

  index = plenary_map_data_find_dot (data, code);
  if (index < 0)
    return FALSE;
  dot_position (geometry, &g_array_index (data->dots, PlenaryMapDot, index), x, y);
  return TRUE;
}
