/* plenary-caption.c: what a picture shows, in a line or two of text
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The symbol in bold, then date, body, tally and outcome; and, for a picture
 * that leaves the app, where the data comes from.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-caption.h"
#include "plenary-date.h"
#include "plenary-format.h"

/* "24 February 2025 · General Assembly · 93–18–65 · Adopted" */
char *
plenary_caption_text (PlenaryResolution *resolution)
{
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  g_autofree char *tally = plenary_format_tally (plenary_resolution_get_tally (resolution));

  /* Translators: a picture's caption after the symbol: date · body · tally · outcome. */
  return g_strdup_printf (_("%s · %s · %s · %s"),
                          date,
                          plenary_body_get_label (plenary_resolution_get_body (resolution)),
                          tally,
                          plenary_outcome_get_label (plenary_resolution_get_outcome (resolution)));
}

static double
draw_line (cairo_t                  *cr,
           double                    x,
           double                    y,
           double                    width,
           const PlenaryRenderStyle *style,
           PangoLayout              *layout,
           const PlenaryColor       *color,
           gboolean                  draw)
{
  double height;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  plenary_text_size (layout, NULL, &height);
  if (draw)
    {
      plenary_cairo_set_color (cr, color);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return height;
}

/**
 * plenary_render_caption:
 * @source: (nullable): where the data comes from, or %NULL for no source line
 * @draw: %FALSE to measure only
 *
 * Returns: the height the caption takes
 */
double
plenary_render_caption (cairo_t                  *cr,
                        double                    x,
                        double                    y,
                        double                    width,
                        const PlenaryRenderStyle *style,
                        PlenaryResolution        *resolution,
                        const char               *source,
                        gboolean                  draw)
{
  g_autofree char *details = plenary_caption_text (resolution);
  g_autofree char *headline = g_strdup_printf ("%s  %s", plenary_resolution_get_symbol (resolution), details);
  g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, 1.05, PANGO_WEIGHT_NORMAL, headline);
  PangoAttrList *attributes = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  double height;

  bold->start_index = 0;
  bold->end_index = strlen (plenary_resolution_get_symbol (resolution));
  pango_attr_list_insert (attributes, bold);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  height = draw_line (cr, x, y, width, style, layout, &style->palette->foreground, draw);

  if (source != NULL && *source != '\0')
    {
      /* Translators: the last line of an exported picture; %s names the data's sources. */
      g_autofree char *text = g_strdup_printf (_("Source: %s"), source);
      g_autoptr(PangoLayout) source_layout = plenary_text_layout (cr, style, 0.8, PANGO_WEIGHT_NORMAL, text);

      height += style->font_size * 0.2;
      height += draw_line (cr, x, y + height, width, style, source_layout,
                           &style->palette->dim_foreground, draw);
    }
  return height;
}
