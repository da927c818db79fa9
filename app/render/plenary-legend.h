/* plenary-legend.h: the colour key under a chart
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-render-style.h"

G_BEGIN_DECLS

/* A set of PlenaryCategory values, as bits. */
#define PLENARY_CATEGORY_BIT(category) (1u << (category))

double plenary_render_legend (cairo_t                  *cr,
                              double                    x,
                              double                    y,
                              double                    width,
                              const PlenaryRenderStyle *style,
                              guint                     categories,
                              gboolean                  draw);

G_END_DECLS
