/* plenary-legend.c: the colour key under a chart
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Swatches with their words, flowing in reading order (right to left in
 * Arabic) and wrapping onto more lines when the width runs out; and, for
 * pictures coloured by a value, the scale as a gradient with ticks, drawn
 * as a gradient so that it stays vector in SVG and PDF.
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
             const PlenaryLegendItem  *item)
{
  if (item->marks != 0)
    {
      /* The mark on a neutral seat, as it looks in the chart. */
      cairo_new_path (cr);
      cairo_arc (cr, x + size / 2, y + size / 2, size * 0.36, 0, 2 * G_PI);
      plenary_fill_category (cr, style->palette, PLENARY_CATEGORY_NON_VOTING, 1);
      plenary_draw_marks (cr, style, item->marks, x + size / 2, y + size / 2, size * 0.36);
      return;
    }
  plenary_rounded_rectangle (cr, x, y, size, size, size * 0.2);
  if (item->color != NULL)
    {
      plenary_cairo_set_color (cr, item->color);
      cairo_fill (cr);
    }
  else
    plenary_fill_category (cr, style->palette, item->category, MAX (size / 8, 1));
}

/**
 * plenary_render_legend_items:
 * @x: the left edge of the legend's box
 * @y: its top
 * @width: its width
 * @draw: %FALSE to measure only
 *
 * Returns: the height the legend takes
 */
double
plenary_render_legend_items (cairo_t                  *cr,
                             double                    x,
                             double                    y,
                             double                    width,
                             const PlenaryRenderStyle *style,
                             const PlenaryLegendItem  *items,
                             guint                     n_items,
                             gboolean                  draw)
{
  double size = style->font_size * 0.9;
  double gap = style->font_size * 1.1;
  double line_height = style->font_size * 1.6;
  double cursor = 0, line = 0;

  if (n_items == 0)
    return 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_NORMAL, items[i].label);
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
                       top + (line_height - size) / 2, size, &items[i]);
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

/* The width of the legend of @items on one line, for centring it. */
double
plenary_legend_items_width (cairo_t                  *cr,
                            const PlenaryRenderStyle *style,
                            const PlenaryLegendItem  *items,
                            guint                     n_items)
{
  double size = style->font_size * 0.9;
  double gap = style->font_size * 1.1;
  double width = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_NORMAL, items[i].label);
      double text_w;

      plenary_text_size (layout, &text_w, NULL);
      width += (i > 0 ? gap : 0) + size + style->font_size * 0.4 + text_w;
    }
  return width;
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
 * @categories: the categories to list, as PLENARY_CATEGORY_BIT()s, in
 *   the order of PlenaryCategory
 * @marks: the marks to list after them
 *
 * The legend of categories and marks; see plenary_render_legend_items().
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
  PlenaryLegendItem items[PLENARY_N_CATEGORIES + 2];
  guint n_items = 0;

  for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
    if ((categories & PLENARY_CATEGORY_BIT (category)) &&
        category != PLENARY_CATEGORY_VALUE && category != PLENARY_CATEGORY_KEY)
      items[n_items++] = (PlenaryLegendItem) { plenary_category_get_label (category), category, NULL, 0 };
  if (marks & PLENARY_MARK_PERMANENT)
    items[n_items++] = (PlenaryLegendItem) { mark_label (PLENARY_MARK_PERMANENT), 0, NULL, PLENARY_MARK_PERMANENT };
  if (marks & PLENARY_MARK_VETO)
    items[n_items++] = (PlenaryLegendItem) { mark_label (PLENARY_MARK_VETO), 0, NULL, PLENARY_MARK_VETO };

  if (n_items == 0)
    return style->font_size * 1.6;
  return plenary_render_legend_items (cr, x, y, width, style, items, n_items, draw);
}

/**
 * plenary_render_legend:
 *
 * The legend of categories; see plenary_render_legend_with_marks().
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

/**
 * plenary_render_scale_legend:
 * @title: what the scale measures, before it
 *
 * The sequential scale from 0% to 100% as a gradient with ticks every 25%,
 * after its title.
 *
 * Returns: the height it takes
 */
double
plenary_render_scale_legend (cairo_t                  *cr,
                             double                    x,
                             double                    y,
                             double                    width,
                             const PlenaryRenderStyle *style,
                             const char               *title,
                             gboolean                  draw)
{
  g_autoptr(PangoLayout) title_layout = plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_NORMAL, title);
  double bar_height = style->font_size * 0.8;
  double tick_height = style->font_size * 0.3;
  double title_w, title_h, bar_x, bar_w, height;

  plenary_text_size (title_layout, &title_w, &title_h);
  bar_w = MIN (style->font_size * 22, width * 0.6);
  bar_x = title_w + style->font_size;
  if (bar_x + bar_w > width)
    bar_x = MAX (width - bar_w, 0);
  height = MAX (title_h, bar_height) + tick_height + style->font_size * 1.3;

  if (!draw)
    return height;

  {
    cairo_pattern_t *gradient;
    double bar_y = y + (title_h - bar_height) / 2;
    double left = x + plenary_mirror_x (style, width, bar_x, bar_w);

    plenary_cairo_set_color (cr, &style->palette->foreground);
    plenary_text_draw (cr, title_layout, x + plenary_mirror_x (style, width, 0, title_w),
                       y, 0.0);

    /* Left to right is 0% to 100% in every language: a scale, not text. */
    gradient = cairo_pattern_create_linear (left, 0, left + bar_w, 0);
    for (guint i = 0; i <= 16; i++)
      {
        PlenaryColor color;

        plenary_scale_colour (i / 16.0, &color);
        cairo_pattern_add_color_stop_rgb (gradient, i / 16.0, color.red, color.green, color.blue);
      }
    cairo_rectangle (cr, left, bar_y, bar_w, bar_height);
    cairo_set_source (cr, gradient);
    cairo_fill (cr);
    cairo_pattern_destroy (gradient);

    cairo_set_line_width (cr, MAX (style->font_size / 14, 1));
    for (guint i = 0; i <= 4; i++)
      {
        double tick_x = left + bar_w * i / 4.0;
        g_autofree char *number = g_strdup_printf ("%u", i * 25);
        /* Translators: a percentage; %s is the number, such as 48.2. Use your
         * language's spacing and sign, e.g. "%s %%" in French. */
        g_autofree char *text = g_strdup_printf (_("%s%%"), number);
        g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 0.8, PANGO_WEIGHT_NORMAL, text);

        plenary_cairo_set_color (cr, &style->palette->foreground);
        cairo_move_to (cr, tick_x, bar_y + bar_height);
        cairo_line_to (cr, tick_x, bar_y + bar_height + tick_height);
        cairo_stroke (cr);
        plenary_text_draw (cr, label, tick_x, bar_y + bar_height + tick_height, i == 0 ? 0.0 : i == 4 ? 1.0 : 0.5);
      }
  }
  return height;
}
