/* plenary-callout.c: emphasised members, outlined and labelled with their names
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The members picked in the window stand out in every picture in two ways
 * that do not depend on colour: a thick outline, set off from any fill by a
 * halo of the background, and a label with the member's name in a box, with
 * a leader line when the box cannot sit on the member itself. Both read in
 * every palette, in grey and in print. The pictures choose where the boxes
 * go; the boxes and outlines look the same in all of them.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include "plenary-callout.h"

/* The width of an emphasis outline: it grows with the text, so that it
 * reads at any export size, and stays thinner than what it outlines. */
double
plenary_emphasis_line_width (const PlenaryRenderStyle *style,
                             double                    feature_size)
{
  double width = MAX (style->font_size * 0.2, 2.5);

  if (feature_size > 0)
    width = MIN (width, MAX (feature_size * 0.3, 2.0));
  return width;
}

/* Strokes the current path as an emphasis outline and clears it: a halo of
 * the background first, so that the outline stands apart from any fill
 * around it, then the outline in the palette's highlight colour. */
void
plenary_stroke_emphasis (cairo_t                  *cr,
                         const PlenaryRenderStyle *style,
                         double                    line_width)
{
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, NULL, 0, 0);
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_set_line_width (cr, line_width + 2 * MAX (line_width * 0.4, 1.0));
  cairo_stroke_preserve (cr);
  plenary_cairo_set_color (cr, &style->palette->highlight);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The layout of a name label. */
PangoLayout *
plenary_callout_layout (cairo_t                  *cr,
                        const PlenaryRenderStyle *style,
                        const char               *text)
{
  return plenary_text_layout (cr, style, 0.9, PANGO_WEIGHT_BOLD, text);
}

static double
padding_x (const PlenaryRenderStyle *style)
{
  return style->font_size * 0.4;
}

static double
padding_y (const PlenaryRenderStyle *style)
{
  return style->font_size * 0.18;
}

/* The size of the box around @layout. */
void
plenary_callout_size (PangoLayout              *layout,
                      const PlenaryRenderStyle *style,
                      double                   *width,
                      double                   *height)
{
  double text_w, text_h;

  plenary_text_size (layout, &text_w, &text_h);
  *width = text_w + 2 * padding_x (style);
  *height = text_h + 2 * padding_y (style);
}

void
plenary_box_nearest_point (const PlenaryBox *box,
                           double            x,
                           double            y,
                           double           *nearest_x,
                           double           *nearest_y)
{
  *nearest_x = CLAMP (x, box->x, box->x + box->width);
  *nearest_y = CLAMP (y, box->y, box->y + box->height);
}

/* Draws the label: a leader line from the member to the box when the box
 * is away from it, then the box with the name. */
void
plenary_callout_draw (cairo_t                  *cr,
                      const PlenaryRenderStyle *style,
                      const PlenaryCallout     *callout)
{
  const PlenaryBox *box = &callout->box;
  double line = MAX (style->font_size / 10, 1.2);
  double text_w, text_h;

  cairo_save (cr);
  if (callout->leader)
    {
      double end_x, end_y;

      plenary_box_nearest_point (box, callout->anchor_x, callout->anchor_y, &end_x, &end_y);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      for (guint pass = 0; pass < 2; pass++)
        {
          plenary_cairo_set_color (cr, pass == 0 ? &style->palette->background : &style->palette->foreground);
          cairo_set_line_width (cr, pass == 0 ? line * 3 : line);
          cairo_move_to (cr, callout->anchor_x, callout->anchor_y);
          cairo_line_to (cr, end_x, end_y);
          cairo_stroke (cr);
          if (callout->anchor_dot)
            {
              cairo_arc (cr, callout->anchor_x, callout->anchor_y, pass == 0 ? line * 2.6 : line * 1.6, 0, 2 * G_PI);
              cairo_fill (cr);
            }
        }
    }

  plenary_rounded_rectangle (cr, box->x, box->y, box->width, box->height, style->font_size * 0.25);
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_fill_preserve (cr);
  plenary_cairo_set_color (cr, &style->palette->highlight);
  cairo_set_line_width (cr, line * 1.3);
  cairo_stroke (cr);

  plenary_text_size (callout->layout, &text_w, &text_h);
  plenary_cairo_set_color (cr, &style->palette->foreground);
  cairo_move_to (cr, box->x + (box->width - text_w) / 2, box->y + (box->height - text_h) / 2);
  pango_cairo_show_layout (cr, callout->layout);
  cairo_restore (cr);
}

void
plenary_callout_clear (PlenaryCallout *callout)
{
  g_clear_object (&callout->layout);
}

/* Whether @a and @b overlap, or come closer than @margin. */
gboolean
plenary_box_overlaps (const PlenaryBox *a,
                      const PlenaryBox *b,
                      double            margin)
{
  return a->x < b->x + b->width + margin && b->x < a->x + a->width + margin &&
         a->y < b->y + b->height + margin && b->y < a->y + a->height + margin;
}

double
plenary_box_overlap_area (const PlenaryBox *a,
                          const PlenaryBox *b)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return w > 0 && h > 0 ? w * h : 0;
}

gboolean
plenary_box_inside (const PlenaryBox *box,
                    const PlenaryBox *frame)
{
  return box->x >= frame->x && box->y >= frame->y &&
         box->x + box->width <= frame->x + frame->width &&
         box->y + box->height <= frame->y + frame->height;
}

/* Moves @box the least to bring it inside @frame (or to its start edge,
 * when it is larger). */
void
plenary_box_clamp (PlenaryBox       *box,
                   const PlenaryBox *frame)
{
  box->x = MAX (MIN (box->x, frame->x + frame->width - box->width), frame->x);
  box->y = MAX (MIN (box->y, frame->y + frame->height - box->height), frame->y);
}
