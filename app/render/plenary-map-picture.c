/* plenary-map-picture.c: the member map, as a world map or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three parts: a PlenaryMemberColouring says what each member is drawn as;
 * PlenaryMapLayers draws the shapes, dots or tiles in those categories with
 * the emphasised members outlined and labelled; this picture frames them
 * with a legend of the categories drawn (and, for a colouring by value, its
 * scale; for a change between two votes, the changes present). In a frame
 * taller than the map (a square picture), the tiles grow taller and a
 * vote's map gets a key with each vote's count in large figures, so that
 * the frame is filled. The map is geography and never mirrors; its legend
 * and key follow the reading direction.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "plenary-describer.h"
#include "plenary-format.h"
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

/* How much taller than wide a tile may grow in a tall frame. */
#define TILE_STRETCH 1.4

/* The categories drawn, which the legend lists: those some member shown
 * has, and on the world map the land of places that are not members. */
static guint
drawn_categories (PlenaryMapPicture *self)
{
  return plenary_map_layers_get_categories (self->layers, self->tiles);
}

/* The categories of a vote that the key with counts shows, in a frame
 * with room for it; 0 when the map is not a vote's. */
static guint
key_categories (PlenaryMapPicture *self)
{
  guint categories = 0;

  if (!plenary_member_colouring_is_vote (self->colouring))
    return 0;
  for (PlenaryCategory category = PLENARY_CATEGORY_YES; category <= PLENARY_CATEGORY_NOT_RECORDED; category++)
    if (drawn_categories (self) & PLENARY_CATEGORY_BIT (category))
      categories |= PLENARY_CATEGORY_BIT (category);
  return categories;
}

/* The legend: the scale or the changes present, then the categories
 * drawn, less those the key shows. */
static double
render_legend (PlenaryMapPicture        *self,
               cairo_t                  *cr,
               double                    x,
               double                    y,
               double                    width,
               const PlenaryRenderStyle *style,
               guint                     categories,
               gboolean                  draw)
{
  guint changes = plenary_member_colouring_get_changes (self->colouring);
  PlenaryLegendItem items[PLENARY_N_CATEGORIES];
  guint n_items = 0;
  double height = 0;

  if (plenary_member_colouring_has_scale (self->colouring))
    height += plenary_render_scale_legend (cr, x, y, width, style,
                                           self->scale_title != NULL ? self->scale_title : "", draw);
  if (changes != 0)
    {
      PlenaryLegendItem change_items[PLENARY_N_CHANGES];
      guint n_changes = 0;

      for (PlenaryChange change = 0; change < PLENARY_N_CHANGES; change++)
        if (changes & (1u << change))
          change_items[n_changes++] = (PlenaryLegendItem) { plenary_change_get_label (change), PLENARY_CATEGORY_KEY,
                                                            &style->palette->change[change], 0 };
      height += plenary_render_legend_items (cr, x, y + height, width, style, change_items, n_changes, draw);
    }
  for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
    if ((categories & PLENARY_CATEGORY_BIT (category)) &&
        category != PLENARY_CATEGORY_VALUE && category != PLENARY_CATEGORY_KEY)
      items[n_items++] = (PlenaryLegendItem) {
        plenary_member_colouring_get_category_label (self->colouring, category), category, NULL, 0
      };
  /* Under the key, the rest of the legend is centred as the key is. */
  if (key_categories (self) != 0 && (categories & key_categories (self)) == 0)
    {
      double natural = plenary_legend_items_width (cr, style, items, n_items);

      if (natural < width)
        {
          x += (width - natural) / 2;
          width = natural + 1;
        }
    }
  return height + plenary_render_legend_items (cr, x, y + height, width, style, items, n_items, draw);
}

/* Where everything goes at one size. */
typedef struct
{
  PlenaryMapGeometry geometry;
  double             key_y;
  double             key_height;     /* 0: no key */
  double             key_size;       /* the figures' size, × the font's */
  guint              key;            /* its categories */
  double             legend_y;
  guint              legend;         /* the legend's categories */
  PlenaryBox         frame;          /* where labels may go */
} MapLayout;

/* The height of the key with its figures @size × the font. */
static double
key_height (const PlenaryRenderStyle *style,
            double                    size)
{
  return style->font_size * (size * 1.2 + 0.9 * 1.35);
}

/* The map above, the legend below. In a frame taller than the map needs (a
 * square picture, say), the tiles grow taller, a vote's map gets a key with
 * the count of each vote in large figures, and the whole sits in the
 * middle, so that the frame is not a band of map in empty space. */
static void
fit (PlenaryMapPicture        *self,
     cairo_t                  *cr,
     double                    width,
     double                    height,
     const PlenaryRenderStyle *style,
     MapLayout                *layout)
{
  double pad = style->font_size * 0.5;
  double inner_width = MAX (width - 2 * pad, 1);
  guint drawn = drawn_categories (self);
  double legend_h = render_legend (self, cr, pad, 0, width - 2 * pad, style, drawn, FALSE);
  double area_height = MAX (height - legend_h - 3 * pad, 1);
  double map_height, spare, block, top;

  layout->key = 0;
  layout->key_height = 0;
  layout->key_size = 0;
  layout->legend = drawn;
  if (self->tiles)
    plenary_map_geometry_fit_tiles (&layout->geometry, pad, pad, inner_width, area_height, TILE_STRETCH);
  else
    plenary_map_geometry_fit (&layout->geometry, FALSE, pad, pad, inner_width, area_height);
  map_height = inner_width * plenary_map_aspect_ratio (self->tiles) * layout->geometry.scale_y /
               layout->geometry.scale;
  map_height = MIN (map_height, area_height);
  spare = area_height - map_height;

  if (key_categories (self) != 0 && spare >= key_height (style, 1.8) + pad)
    {
      layout->key = key_categories (self);
      layout->legend = drawn & ~layout->key;
      legend_h = layout->legend != 0
                 ? render_legend (self, cr, pad, 0, width - 2 * pad, style, layout->legend, FALSE) : 0;
      layout->key_size = CLAMP ((spare - pad) / style->font_size / 1.2 * 0.5, 1.8, 3.2);
      layout->key_height = key_height (style, layout->key_size);
      area_height = MAX (height - legend_h - layout->key_height - 4 * pad, 1);
      if (self->tiles)
        plenary_map_geometry_fit_tiles (&layout->geometry, pad, pad, inner_width, area_height, TILE_STRETCH);
      else
        plenary_map_geometry_fit (&layout->geometry, FALSE, pad, pad, inner_width, area_height);
      map_height = MIN (inner_width * plenary_map_aspect_ratio (self->tiles) * layout->geometry.scale_y /
                        layout->geometry.scale, area_height);
    }

  /* The map, key and legend one below the other, in the middle. */
  block = map_height + pad + (layout->key_height > 0 ? layout->key_height + pad : 0) + legend_h;
  top = MAX ((height - block) / 2, pad);
  if (self->tiles)
    plenary_map_geometry_fit_tiles (&layout->geometry, pad, top, inner_width, map_height, TILE_STRETCH);
  else
    plenary_map_geometry_fit (&layout->geometry, FALSE, pad, top, inner_width, map_height);
  layout->key_y = top + map_height + pad;
  layout->legend_y = layout->key_y + (layout->key_height > 0 ? layout->key_height + pad : 0);
  layout->frame = (PlenaryBox) { pad, pad, inner_width, MAX (layout->key_y - 2 * pad, 1) };
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
      MapLayout layout;

      fit (self, cr, width, height, style, &layout);
      cairo_destroy (cr);
      self->measured = layout.geometry;
      self->measured_width = width;
      self->measured_height = height;
      self->measured_font_size = style->font_size;
    }
  *geometry = self->measured;
}

/* The key of a vote's map in a tall frame: for each vote drawn, its swatch,
 * its count in large figures and its name, in a row across the middle. */
static void
draw_key (PlenaryMapPicture        *self,
          cairo_t                  *cr,
          double                    width,
          const PlenaryRenderStyle *style,
          const MapLayout          *layout)
{
  PangoLayout *figures[PLENARY_N_CATEGORIES] = { NULL };
  PangoLayout *labels[PLENARY_N_CATEGORIES] = { NULL };
  double item_width[PLENARY_N_CATEGORIES] = { 0 };
  double size = layout->key_size;
  double gap = style->font_size * 1.6;
  double total, x, swatch;
  guint n;

  for (;;)
    {
      total = 0;
      n = 0;
      swatch = style->font_size * size * 0.7;
      for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
        {
          g_autofree char *count = NULL;
          double figure_w, label_w;

          g_clear_object (&figures[category]);
          g_clear_object (&labels[category]);
          if (!(layout->key & PLENARY_CATEGORY_BIT (category)))
            continue;
          count = plenary_format_count (plenary_member_colouring_count (self->colouring, category));
          figures[category] = plenary_text_layout (cr, style, size, PANGO_WEIGHT_BOLD, count);
          labels[category] = plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_NORMAL,
                                                  plenary_member_colouring_get_category_label (self->colouring,
                                                                                               category));
          plenary_text_size (figures[category], &figure_w, NULL);
          plenary_text_size (labels[category], &label_w, NULL);
          item_width[category] = swatch + style->font_size * 0.5 + MAX (figure_w, label_w);
          total += item_width[category] + (n > 0 ? gap : 0);
          n++;
        }
      if (total <= width - style->font_size || size <= 1.0)
        break;
      size = MAX (size * (width - style->font_size) / total, 1.0);
    }

  x = (width - total) / 2;
  for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
    {
      double left, figure_h, text_x;

      if (figures[category] == NULL)
        continue;
      left = plenary_mirror_x (style, width, x, item_width[category]);
      plenary_text_size (figures[category], NULL, &figure_h);
      plenary_rounded_rectangle (cr, style->rtl ? left + item_width[category] - swatch : left,
                                 layout->key_y + (figure_h - swatch) / 2, swatch, swatch, swatch * 0.2);
      plenary_fill_category (cr, style->palette, category, MAX (swatch / 8, 1));
      text_x = style->rtl ? left + item_width[category] - swatch - style->font_size * 0.5
                          : left + swatch + style->font_size * 0.5;
      plenary_cairo_set_color (cr, &style->palette->foreground);
      plenary_text_draw (cr, figures[category], text_x, layout->key_y, style->rtl ? 1.0 : 0.0);
      plenary_cairo_set_color (cr, &style->palette->dim_foreground);
      plenary_text_draw (cr, labels[category], text_x, layout->key_y + figure_h, style->rtl ? 1.0 : 0.0);
      x += item_width[category] + gap;
      g_object_unref (figures[category]);
      g_object_unref (labels[category]);
    }
}

static void
plenary_map_picture_draw (PlenaryPicture           *picture,
                          cairo_t                  *cr,
                          double                    width,
                          double                    height,
                          const PlenaryRenderStyle *style)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);
  double pad = style->font_size * 0.5;
  const int *emphasis;
  guint n_emphasis;
  MapLayout layout;

  emphasis = plenary_picture_get_emphasis (picture, &n_emphasis);
  fit (self, cr, width, height, style, &layout);
  plenary_map_layers_draw (self->layers, cr, style, &layout.geometry, emphasis, n_emphasis);
  plenary_map_layers_draw_callouts (self->layers, cr, style, &layout.geometry, &layout.frame, emphasis, n_emphasis);
  if (layout.key != 0)
    draw_key (self, cr, width, style, &layout);
  if (layout.legend != 0 || plenary_member_colouring_has_scale (self->colouring) ||
      plenary_member_colouring_get_changes (self->colouring) != 0)
    render_legend (self, cr, pad, layout.legend_y, width - 2 * pad, style, layout.legend, TRUE);
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
                  render_legend (self, cr, pad, 0, width - 2 * pad, style, drawn_categories (self), FALSE);

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

static PlenaryMember *
plenary_map_picture_get_member (PlenaryPicture *picture,
                                int             member)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);

  /* Only the members drawn, which a label can name. */
  if ((guint) member >= plenary_member_colouring_get_n_members (self->colouring) ||
      !plenary_map_layers_shows_member (self->layers, self->tiles, member))
    return NULL;
  return plenary_member_colouring_get_member (self->colouring, (guint) member);
}

typedef struct
{
  PlenaryAnchor anchor;
  char         *key;
} NamedAnchor;

static int
compare_named_anchors (gconstpointer a,
                       gconstpointer b)
{
  return strcmp (((const NamedAnchor *) a)->key, ((const NamedAnchor *) b)->key);
}

/* Every member drawn that was in the body, by name in the user's language,
 * as the table lists them. */
static GArray *
plenary_map_picture_dup_anchors (PlenaryPicture           *picture,
                                 double                    width,
                                 double                    height,
                                 const PlenaryRenderStyle *style)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);
  guint n = plenary_member_colouring_get_n_members (self->colouring);
  g_autoptr(GArray) named = g_array_new (FALSE, FALSE, sizeof (NamedAnchor));
  GArray *anchors = _plenary_anchors_new ();
  PlenaryMapGeometry geometry;

  measure (self, width, height, style, &geometry);
  for (guint i = 0; i < n; i++)
    {
      PlenaryCategory category = plenary_member_colouring_get_category (self->colouring, i);
      PlenaryHit hit = { category, (int) i, -1, -1 };
      NamedAnchor entry = { { hit } };
      PlenaryBox extent;
      gboolean is_dot;
      double x, y;

      if (category == PLENARY_CATEGORY_NOT_A_MEMBER || category == PLENARY_CATEGORY_NOT_IN_BODY ||
          !plenary_map_layers_get_member_place (self->layers, &geometry, (int) i, &x, &y, &extent, &is_dot))
        continue;
      entry.anchor.x = x;
      entry.anchor.y = y;
      entry.anchor.left = extent.x;
      entry.anchor.top = extent.y;
      entry.anchor.width = extent.width;
      entry.anchor.height = extent.height;
      entry.anchor.round = is_dot;
      entry.key = g_utf8_collate_key (plenary_member_get_localized_name (plenary_member_colouring_get_member (self->colouring, i)), -1);
      g_array_append_val (named, entry);
    }
  g_array_sort (named, compare_named_anchors);
  for (guint i = 0; i < named->len; i++)
    {
      NamedAnchor *entry = &g_array_index (named, NamedAnchor, i);

      g_array_append_val (anchors, entry->anchor);
      g_free (entry->key);
    }
  return anchors;
}

/* Focus follows the coasts of a country, or rings its dot or tile. */
static void
plenary_map_picture_append_focus_path (PlenaryPicture           *picture,
                                       cairo_t                  *cr,
                                       double                    width,
                                       double                    height,
                                       const PlenaryRenderStyle *style,
                                       const PlenaryAnchor      *anchor)
{
  PlenaryMapPicture *self = PLENARY_MAP_PICTURE (picture);
  PlenaryMapGeometry geometry;

  if (anchor->round || self->tiles)
    return;
  measure (self, width, height, style, &geometry);
  plenary_map_layers_append_member_outline (self->layers, cr, &geometry, anchor->hit.member);
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
  picture_class->get_member = plenary_map_picture_get_member;
  picture_class->dup_anchors = plenary_map_picture_dup_anchors;
  picture_class->append_focus_path = plenary_map_picture_append_focus_path;
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
