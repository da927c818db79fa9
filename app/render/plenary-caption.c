/* plenary-caption.c: what a picture shows, in a line or two of text
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The symbol in bold, then date, body, tally and outcome: what a chart
 * shows, when it is drawn on its own.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <string.h>

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

/**
 * plenary_render_caption:
 * @draw: %FALSE to measure only
 *
 * Draws the symbol in bold, then date, body, tally and outcome.
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
                        gboolean                  draw)
{
  g_autofree char *details = plenary_caption_text (resolution);
  g_autofree char *headline = g_strdup_printf ("%s  %s", plenary_resolution_get_symbol (resolution), details);
  g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, 1.05, PANGO_WEIGHT_NORMAL, headline);
  PangoAttrList *attributes = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  bold->start_index = 0;
  bold->end_index = strlen (plenary_resolution_get_symbol (resolution));
  pango_attr_list_insert (attributes, bold);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  return plenary_text_draw_wrapped (cr, layout, x, y, width, style, &style->palette->foreground, draw);
}
