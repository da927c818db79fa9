/* plenary-legend.c: the colour key under a chart
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Swatches with their words, flowing in reading order (right to left in
 * Arabic) and wrapping onto more lines when the width runs out.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include "plenary-legend.h"

static void
draw_swatch (cairo_t                  *cr,
             const PlenaryRenderStyle *style,
             double                    x,
             double                    y,
             double                    size,
             PlenaryCategory           category)
{
  plenary_rounded_rectangle (cr, x, y, size, size, size * 0.2);
  plenary_fill_category (cr, style->palette, category, MAX (size / 8, 1));
}

/**
 * plenary_render_legend:
 * @x: the left edge of the legend's box
 * @y: its top
 * @width: its width
 * @categories: the categories to list, as PLENARY_CATEGORY_BIT()s, in
 *   the order of PlenaryCategory
 * @draw: %FALSE to measure only
 *
 * Returns: the height the legend takes
 */
double
plenary_render_legend (cairo_t                  *cr,
                       double                    x,
                       double                    y,
                       double                    width,
                       const PlenaryRenderStyle *style,
                       guint                     categories,
                       gboolean                  draw)
{
  PlenaryCategory items[PLENARY_N_CATEGORIES];
  guint n_items = 0;
  double size = style->font_size * 0.9;
  double gap = style->font_size * 1.1;
  double line_height = style->font_size * 1.6;
  double cursor = 0, line = 0;

  for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
    if (categories & PLENARY_CATEGORY_BIT (category))
      items[n_items++] = category;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_NORMAL,
                                                             plenary_category_get_label (items[i]));
      double text_w, text_h, item_w, item_x;

      plenary_text_size (layout, &text_w, &text_h);
      item_w = size + style->font_size * 0.4 + text_w;
      if (cursor > 0 && cursor + item_w > width)
        {
          cursor = 0;
          line++;
        }

      if (draw)
        {
          double top = y + line * line_height;

          item_x = x + plenary_mirror_x (style, width, cursor, item_w);
          draw_swatch (cr, style,
                       style->rtl ? item_x + item_w - size : item_x,
                       top + (line_height - size) / 2, size, items[i]);
          plenary_cairo_set_color (cr, &style->palette->foreground);
          plenary_text_draw (cr, layout,
                             style->rtl ? item_x + item_w - size - style->font_size * 0.4 : item_x + size + style->font_size * 0.4,
                             top + (line_height - text_h) / 2,
                             style->rtl ? 1.0 : 0.0);
        }
      cursor += item_w + gap;
    }

  return (line + 1) * line_height;
}
