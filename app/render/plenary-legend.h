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

/* One swatch of a legend: a category's fill, or a plain colour. */
typedef struct
{
  const char         *label;
  PlenaryCategory     category;
  const PlenaryColor *color;     /* NULL: the category's fill */
} PlenaryLegendItem;

double plenary_render_legend        (cairo_t                  *cr,
                                     double                    x,
                                     double                    y,
                                     double                    width,
                                     const PlenaryRenderStyle *style,
                                     guint                     categories,
                                     gboolean                  draw);
double plenary_render_legend_items  (cairo_t                  *cr,
                                     double                    x,
                                     double                    y,
                                     double                    width,
                                     const PlenaryRenderStyle *style,
                                     const PlenaryLegendItem  *items,
                                     guint                     n_items,
                                     gboolean                  draw);
double plenary_render_scale_legend  (cairo_t                  *cr,
                                     double                    x,
                                     double                    y,
                                     double                    width,
                                     const PlenaryRenderStyle *style,
                                     const char               *title,
                                     gboolean                  draw);

G_END_DECLS
