/* plenary-render-style.c: what every render function needs besides its data
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include "plenary-render-style.h"

#define DEFAULT_FONT_FAMILY "Cantarell, Noto Sans, Noto Sans Arabic, Noto Sans CJK SC, sans-serif"

void
plenary_render_style_init (PlenaryRenderStyle *style,
                           gboolean            dark)
{
  g_return_if_fail (style != NULL);

  style->palette = plenary_palette_get (dark);
  style->font_family = NULL;
  style->font_size = 14.0;
  style->rtl = FALSE;
  style->fill_background = TRUE;
  style->device_scale = 1.0;
}

/* The look of a picture that leaves the app at @width × @height: text
 * grows with the picture, so that it reads the same at any size. */
void
plenary_render_style_init_for_size (PlenaryRenderStyle *style,
                                    gboolean            dark,
                                    double              width,
                                    double              height)
{
  plenary_render_style_init (style, dark);
  style->font_size = CLAMP (MIN (width, height * 16.0 / 9.0) / 72.0, 11.0, 48.0);
}

/* A layout for @text at font_size × @size_factor pixels. */
PangoLayout *
plenary_text_layout (cairo_t                  *cr,
                     const PlenaryRenderStyle *style,
                     double                    size_factor,
                     PangoWeight               weight,
                     const char               *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (style->font_family != NULL
                                                                     ? style->font_family
                                                                     : DEFAULT_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, style->font_size * size_factor * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  if (style->rtl)
    {
      /* Figures such as "93–18–65" hold no letters to tell their direction:
       * in a right-to-left picture they must read from the right too. */
      pango_context_set_base_dir (pango_layout_get_context (layout), PANGO_DIRECTION_RTL);
      pango_layout_context_changed (layout);
      pango_layout_set_auto_dir (layout, FALSE);
    }
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

void
plenary_text_size (PangoLayout *layout,
                   double      *width,
                   double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Draws @layout with its top at @y; @xalign says where @x falls on the text:
 * 0 at its left edge, 0.5 at its centre, 1 at its right edge. */
void
plenary_text_draw (cairo_t     *cr,
                   PangoLayout *layout,
                   double       x,
                   double       y,
                   double       xalign)
{
  double width;

  plenary_text_size (layout, &width, NULL);
  cairo_move_to (cr, x - width * xalign, y);
  pango_cairo_show_layout (cr, layout);
}

/* The left edge of a span that starts at @x (from the reading start) and is
 * @extent wide, in a picture @width wide. */
double
plenary_mirror_x (const PlenaryRenderStyle *style,
                  double                    width,
                  double                    x,
                  double                    extent)
{
  return style->rtl ? width - x - extent : x;
}

void
plenary_rounded_rectangle (cairo_t *cr,
                           double   x,
                           double   y,
                           double   width,
                           double   height,
                           double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
plenary_render_background (cairo_t                  *cr,
                           const PlenaryRenderStyle *style,
                           double                    width,
                           double                    height)
{
  if (!style->fill_background)
    return;

  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* A context to measure text and layouts on, for hit-testing and sizing. */
cairo_t *
plenary_measuring_context_new (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/* Draws @layout wrapped to @width, starting at the reading edge, and
 * returns its height; with @draw FALSE, only measures it. */
double
plenary_text_draw_wrapped (cairo_t                  *cr,
                           PangoLayout              *layout,
                           double                    x,
                           double                    y,
                           double                    width,
                           const PlenaryRenderStyle *style,
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
