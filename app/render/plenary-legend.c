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

#include <glib/gi18n-lib.h>

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
  return plenary_render_legend_with_marks (cr, x, y, width, style, categories, 0, draw);
}

static const char *
mark_label (PlenaryMarks mark)
{
  if (mark == PLENARY_MARK_PERMANENT)
    /* Translators: in a legend: the ring drawn around a permanent member of the Security Council. */
    return _("Permanent member");
  /* Translators: in a legend: the cross drawn over a permanent member's vote that vetoed a draft. */
  return _("Veto");
}

/**
 * plenary_draw_marks:
 * @radius: the radius of the seat or swatch the marks go on
 *
 * A permanent member gets a ring around its seat; a veto, a cross over it.
 * Both are drawn in the text's colour, so they read in any palette and in
 * print.
 */
void
plenary_draw_marks (cairo_t                  *cr,
                    const PlenaryRenderStyle *style,
                    PlenaryMarks              marks,
                    double                    x,
                    double                    y,
                    double                    radius)
{
  cairo_save (cr);
  plenary_cairo_set_color (cr, &style->palette->foreground);
  if (marks & PLENARY_MARK_PERMANENT)
    {
      cairo_new_path (cr);
      cairo_arc (cr, x, y, radius * 1.28, 0, 2 * G_PI);
      cairo_set_line_width (cr, MAX (radius * 0.14, 1.0));
      cairo_stroke (cr);
    }
  if (marks & PLENARY_MARK_VETO)
    {
      double d = radius * 0.62;

      cairo_new_path (cr);
      cairo_move_to (cr, x - d, y - d);
      cairo_line_to (cr, x + d, y + d);
      cairo_move_to (cr, x + d, y - d);
      cairo_line_to (cr, x - d, y + d);
      cairo_set_line_width (cr, MAX (radius * 0.28, 1.5));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/**
 * plenary_render_legend_with_marks:
 * @marks: the marks to list after the categories
 *
 * Returns: the height the legend takes
 */
double
plenary_render_legend_with_marks (cairo_t                  *cr,
                                  double                    x,
                                  double                    y,
                                  double                    width,
                                  const PlenaryRenderStyle *style,
                                  guint                     categories,
                                  PlenaryMarks              marks,
                                  gboolean                  draw)
{
  /* A category, or a mark as -1 - mark. */
  int items[PLENARY_N_CATEGORIES + 2];
  guint n_items = 0;
  double size = style->font_size * 0.9;
  double gap = style->font_size * 1.1;
  double line_height = style->font_size * 1.6;
  double cursor = 0, line = 0;

  for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
    if (categories & PLENARY_CATEGORY_BIT (category))
      items[n_items++] = (int) category;
  if (marks & PLENARY_MARK_PERMANENT)
    items[n_items++] = -1 - PLENARY_MARK_PERMANENT;
  if (marks & PLENARY_MARK_VETO)
    items[n_items++] = -1 - PLENARY_MARK_VETO;

  for (guint i = 0; i < n_items; i++)
    {
      const char *label = items[i] >= 0 ? plenary_category_get_label ((PlenaryCategory) items[i])
                                        : mark_label ((PlenaryMarks) (-1 - items[i]));
      g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_NORMAL, label);
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

          double swatch_x;

          item_x = x + plenary_mirror_x (style, width, cursor, item_w);
          swatch_x = style->rtl ? item_x + item_w - size : item_x;
          if (items[i] >= 0)
            draw_swatch (cr, style, swatch_x, top + (line_height - size) / 2, size, (PlenaryCategory) items[i]);
          else
            {
              /* The mark on a neutral seat, as it looks in the chart. */
              cairo_new_path (cr);
              cairo_arc (cr, swatch_x + size / 2, top + line_height / 2, size * 0.36, 0, 2 * G_PI);
              plenary_fill_category (cr, style->palette, PLENARY_CATEGORY_NON_VOTING, 1);
              plenary_draw_marks (cr, style, (PlenaryMarks) (-1 - items[i]),
                                  swatch_x + size / 2, top + line_height / 2, size * 0.36);
            }
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
