/* plenary-map-picture.c: the member map, as a world map or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three parts: a PlenaryMemberColouring says what each member is drawn as;
 * PlenaryMapLayers draws the shapes, dots or tiles in those categories with
 * the emphasised members outlined; this picture frames them with a legend
 * of the categories present (and, for a colouring by value, its scale; for
 * a change between two votes, the changes present). The map is geography
 * and never mirrors; its legend follows the reading direction.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "plenary-describer.h"
#include "plenary-legend.h"
#include "plenary-map-data.h"
#include "plenary-map-layers.h"
#include "plenary-map-picture.h"

struct _PlenaryMapPicture
{
  PlenaryPicture          parent_instance;

  PlenaryMemberColouring *colouring;
  PlenaryMapLayers       *layers;
  gboolean                tiles;
  char                   *scale_title;

  /* The geometry of the last size measured, kept for hovering. */
  double                  measured_width;
  double                  measured_height;
  double                  measured_font_size;
  PlenaryMapGeometry      measured;
};

G_DEFINE_FINAL_TYPE (PlenaryMapPicture, plenary_map_picture, PLENARY_TYPE_PICTURE)

/* The categories in the legend: those some member has, and on the world
 * map the land of places that are not members. */
static guint
legend_categories (PlenaryMapPicture *self)
{
  guint categories = plenary_member_colouring_get_categories (self->colouring);

  if (!self->tiles)
    categories |= PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_A_MEMBER);
  return categories;
}

/* The legend: the scale or the changes present, then the categories. */
static double
render_legend (PlenaryMapPicture        *self,
               cairo_t                  *cr,
               double                    x,
               double                    y,
               double                    width,
               const PlenaryRenderStyle *style,
               gboolean                  draw)
{
  guint changes = plenary_member_colouring_get_changes (self->colouring);
  double height = 0;

  if (plenary_member_colouring_has_scale (self->colouring))
    height += plenary_render_scale_legend (cr, x, y, width, style,
                                           self->scale_title != NULL ? self->scale_title : "", draw);
  if (changes != 0)
    {
      PlenaryLegendItem items[PLENARY_N_CHANGES];
      guint n_items = 0;

      for (PlenaryChange change = 0; change < PLENARY_N_CHANGES; change++)
        if (changes & (1u << change))
          items[n_items++] = (PlenaryLegendItem) { plenary_change_get_label (change), PLENARY_CATEGORY_KEY,
                                                   &style->palette->change[change] };
      height += plenary_render_legend_items (cr, x, y + height, width, style, items, n_items, draw);
    }
  return height + plenary_render_legend (cr, x, y + height, width, style, legend_categories (self), draw);
}

static double
legend_height (PlenaryMapPicture        *self,
               cairo_t                  *cr,
               double                    width,
               const PlenaryRenderStyle *style)
{
  double pad = style->font_size * 0.5;

  return render_legend (self, cr, pad, 0, width - 2 * pad, style, FALSE);
}

/* The map above, the legend below. */
static void
fit (PlenaryMapPicture        *self,
     cairo_t                  *cr,
     double                    width,
     double                    height,
     const PlenaryRenderStyle *style,
     PlenaryMapGeometry       *geometry,
     double                   *legend_y)
{
  double pad = style->font_size * 0.5;
  double area_height = MAX (height - legend_height (self, cr, width, style) - 3 * pad, 1);

  plenary_map_geometry_fit (geometry, self->tiles, pad, pad, MAX (width - 2 * pad, 1), area_height);
  if (legend_y != NULL)
    *legend_y = pad + area_height + pad;
}

static void
measure (PlenaryMapPicture        *self,
         double                    width,
         double                    height,
         const PlenaryRenderStyle *style,
         PlenaryMapGeometry       *geometry)
{
  if (self->measured_width != width || self->measured_height != height ||
      self->measured_font_size != style->font_size)
    {
      cairo_t *cr = plenary_measuring_context_new ();

      fit (self, cr, width, height, style, &self->measured, NULL);
      cairo_destroy (cr);
      self->measured_width = width;
      self->measured_height = height;
      self->measured_font_size = style->font_size;
    }
  *geometry = self->measured;
}

static void
plenary_map_picture_draw (PlenaryPicture           *picture,
                          cairo_t                  *cr,
                          double                    width,
                          double                    height,
                          const PlenaryRenderStyle *style)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);
  g_autoptr(GArray) emphasis = g_array_new (FALSE, FALSE, sizeof (int));
  PlenaryMapGeometry geometry;
  double pad = style->font_size * 0.5;
  double legend_y;

  for (guint i = 0; i < plenary_member_colouring_get_n_members (self->colouring); i++)
    if (plenary_picture_is_emphasised (picture, (int) i))
      g_array_append_val (emphasis, i);

  fit (self, cr, width, height, style, &geometry, &legend_y);
  plenary_map_layers_draw (self->layers, cr, style, &geometry, (const int *) (gpointer) emphasis->data,
                           emphasis->len);
  render_legend (self, cr, pad, legend_y, width - 2 * pad, style, TRUE);
}

static gboolean
plenary_map_picture_hit_test (PlenaryPicture           *picture,
                              double                    width,
                              double                    height,
                              const PlenaryRenderStyle *style,
                              double                    x,
                              double                    y,
                              PlenaryHit               *hit)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);
  PlenaryMapGeometry geometry;
  int member;

  measure (self, width, height, style, &geometry);
  member = plenary_map_layers_hit_test (self->layers, &geometry, x, y);
  if (member < 0)
    return FALSE;
  hit->member = member;
  hit->category = plenary_member_colouring_get_category (self->colouring, (guint) member);
  return TRUE;
}

static char *
plenary_map_picture_describe_hit (PlenaryPicture   *picture,
                                  const PlenaryHit *hit)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);

  if (hit->member < 0)
    return NULL;
  return plenary_member_colouring_describe (self->colouring, (guint) hit->member);
}

/* The height at which a map @width wide fills its frame without bands. */
static double
plenary_map_picture_height_for_width (PlenaryPicture           *picture,
                                      double                    width,
                                      const PlenaryRenderStyle *style)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);
  cairo_t *cr = plenary_measuring_context_new ();
  double pad = style->font_size * 0.5;
  double height = (width - 2 * pad) * plenary_map_aspect_ratio (self->tiles) + 3 * pad +
                  legend_height (self, cr, width, style);

  cairo_destroy (cr);
  return ceil (height);
}

static void
plenary_map_picture_finalize (GObject *object)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (object);

  g_clear_pointer (&self->layers, plenary_map_layers_free);
  g_clear_pointer (&self->colouring, plenary_member_colouring_unref);
  g_clear_pointer (&self->scale_title, g_free);

  G_OBJECT_CLASS (plenary_map_picture_parent_class)->finalize (object);
}

static PlenaryTable *
plenary_map_picture_dup_table (PlenaryPicture *picture)
{
  /* Translators: a column of a table of members: how each voted. */
  return plenary_member_colouring_dup_table (PLENARY_MAP_PICTURE (picture)->colouring, C_("table", "Vote"));
}

static void
plenary_map_picture_class_init (PlenaryMapPictureClass *klass)
{
  PlenaryPictureClass *picture_class = PLENARY_PICTURE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = plenary_map_picture_finalize;
  picture_class->draw = plenary_map_picture_draw;
  picture_class->hit_test = plenary_map_picture_hit_test;
  picture_class->describe_hit = plenary_map_picture_describe_hit;
  picture_class->height_for_width = plenary_map_picture_height_for_width;
  picture_class->dup_table = plenary_map_picture_dup_table;
}

static void
plenary_map_picture_init (PlenaryMapPicture *self)
{
}

PlenaryPicture *
plenary_map_picture_new (PlenaryMemberColouring    *colouring,
                         gboolean                   tiles,
                         const PlenaryPictureWords *words)
{
  return plenary_map_picture_new_full (colouring, tiles, tiles ? PLENARY_CHART_TILES : PLENARY_CHART_MAP,
                                       NULL, words);
}

/**
 * plenary_map_picture_new_full:
 * @kind: the kind of picture, for its name: MAP, TILES, ALIGNMENT or CHANGE
 * @scale_title: (nullable): the words before the colour scale, for a
 *   colouring by value
 *
 * Returns: (transfer full): the map of @colouring
 */
PlenaryPicture *
plenary_map_picture_new_full (PlenaryMemberColouring    *colouring,
                              gboolean                   tiles,
                              PlenaryChart               kind,
                              const char                *scale_title,
                              const PlenaryPictureWords *words)
{
  PlenaryMapPicture *self;

  g_return_val_if_fail (colouring != NULL, NULL);

  self = g_object_new (PLENARY_TYPE_MAP_PICTURE, NULL);
  self->colouring = plenary_member_colouring_ref (colouring);
  self->layers = plenary_map_layers_new (colouring);
  self->tiles = tiles;
  self->scale_title = g_strdup (scale_title);
  _plenary_picture_set_words (PLENARY_PICTURE (self), kind, words);
  return PLENARY_PICTURE (self);
}

/* Whether the members are drawn as equal tiles. */
gboolean
plenary_map_picture_get_tiles (PlenaryMapPicture *self)
{
  g_return_val_if_fail (PLENARY_IS_MAP_PICTURE (self), FALSE);

  return self->tiles;
}

/* Where longitude @lon, latitude @lat falls on the world map, in device units. */
gboolean
plenary_map_picture_locate (PlenaryMapPicture        *self,
                            double                    width,
                            double                    height,
                            const PlenaryRenderStyle *style,
                            double                    lon,
                            double                    lat,
                            double                   *x,
                            double                   *y)
{
  PlenaryMapGeometry geometry;
  double u, v;

  g_return_val_if_fail (PLENARY_IS_MAP_PICTURE (self), FALSE);

  if (self->tiles)
    return FALSE;
  measure (self, width, height, style, &geometry);
  plenary_equal_earth (lon, lat, &u, &v);
  *x = geometry.origin_x + u * geometry.scale;
  *y = geometry.origin_y + v * geometry.scale;
  return TRUE;
}

/* The centre of the tile of @code, or of its dot on the world map. */
gboolean
plenary_map_picture_locate_member (PlenaryMapPicture        *self,
                                   double                    width,
                                   double                    height,
                                   const PlenaryRenderStyle *style,
                                   const char               *code,
                                   double                   *x,
                                   double                   *y)
{
  PlenaryMapGeometry geometry;

  g_return_val_if_fail (PLENARY_IS_MAP_PICTURE (self), FALSE);

  measure (self, width, height, style, &geometry);
  return plenary_map_layers_locate_code (self->layers, &geometry, code, x, y);
}
