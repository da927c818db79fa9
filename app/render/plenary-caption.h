/* plenary-caption.h: what a picture shows, in a line or two of text
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-render-style.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

char   *plenary_caption_text   (PlenaryResolution        *resolution);
double  plenary_render_caption (cairo_t                  *cr,
                                double                    x,
                                double                    y,
                                double                    width,
                                const PlenaryRenderStyle *style,
                                PlenaryResolution        *resolution,
                                gboolean                  draw);

G_END_DECLS
