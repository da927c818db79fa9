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
             int                       vote)
{
  plenary_rounded_rectangle (cr, x, y, size, size, size * 0.2);
  if (vote < 0)
    {
      plenary_cairo_set_color (cr, &style->palette->territory);
      cairo_fill (cr);
      return;
    }
  plenary_fill_vote (cr, style->palette, vote, MAX (size / 8, 1));
}

/**
 * plenary_render_legend:
 * @x: the left edge of the legend's box
 * @y: its top
 * @width: its width
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
                       PlenaryLegendFlags        flags,
                       gboolean                  draw)
{
  int items[PLENARY_VOTE_NOT_IN_BODY + 2];
  const char *labels[PLENARY_VOTE_NOT_IN_BODY + 2];
  guint n_items = 0;
  double size = style->font_size * 0.9;
  double gap = style->font_size * 1.1;
  double line_height = style->font_size * 1.6;
  double cursor = 0, line = 0;

  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NOT_RECORDED; vote++)
    {
      items[n_items] = vote;
      labels[n_items++] = plenary_vote_get_label (vote);
    }
  if (flags & PLENARY_LEGEND_NOT_IN_BODY)
    {
      items[n_items] = PLENARY_VOTE_NOT_IN_BODY;
      labels[n_items++] = plenary_vote_get_label (PLENARY_VOTE_NOT_IN_BODY);
    }
  if (flags & PLENARY_LEGEND_NON_MEMBERS)
    {
      items[n_items] = -1;
      /* Translators: in a map's legend: land that is not a member state. */
      labels[n_items++] = _("Not a UN member");
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_NORMAL, labels[i]);
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
