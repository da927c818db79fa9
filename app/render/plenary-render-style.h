/* plenary-render-style.h: what every render function needs besides its data
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "plenary-palette.h"

G_BEGIN_DECLS

typedef struct
{
  const PlenaryPalette *palette;
  /* A fontconfig family list; NULL for the default. */
  const char           *font_family;
  /* The body text size in pixels (device units before any scale). */
  double                font_size;
  /* Right-to-left reading order: charts mirror where the order matters. */
  gboolean              rtl;
  /* Paint the palette's background first (exports), or leave the surface
   * as it is (the window draws its own). */
  gboolean              fill_background;
  /* Pixels per device unit of the surface this drawing is eventually shown
   * on, when the cairo context cannot tell (GTK records widget drawings and
   * replays them at the screen's scale). 1 for most. */
  double                device_scale;
} PlenaryRenderStyle;

void         plenary_render_style_init (PlenaryRenderStyle       *style,
                                        gboolean                  dark);
void         plenary_render_style_init_for_size (PlenaryRenderStyle *style,
                                        gboolean                  dark,
                                        double                    width,
                                        double                    height);

PangoLayout *plenary_text_layout       (cairo_t                  *cr,
                                        const PlenaryRenderStyle *style,
                                        double                    size_factor,
                                        PangoWeight               weight,
                                        const char               *text);
void         plenary_text_size         (PangoLayout              *layout,
                                        double                   *width,
                                        double                   *height);
void         plenary_text_draw         (cairo_t                  *cr,
                                        PangoLayout              *layout,
                                        double                    x,
                                        double                    y,
                                        double                    xalign);
double       plenary_text_draw_wrapped (cairo_t                  *cr,
                                        PangoLayout              *layout,
                                        double                    x,
                                        double                    y,
                                        double                    width,
                                        const PlenaryRenderStyle *style,
                                        const PlenaryColor       *color,
                                        gboolean                  draw);
double       plenary_mirror_x          (const PlenaryRenderStyle *style,
                                        double                    width,
                                        double                    x,
                                        double                    extent);
void         plenary_rounded_rectangle (cairo_t                  *cr,
                                        double                    x,
                                        double                    y,
                                        double                    width,
                                        double                    height,
                                        double                    radius);
void         plenary_render_background (cairo_t                  *cr,
                                        const PlenaryRenderStyle *style,
                                        double                    width,
                                        double                    height);

cairo_t     *plenary_measuring_context_new (void);

G_END_DECLS
