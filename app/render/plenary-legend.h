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

/* Marks drawn on a seat or a member, beside its fill. */
typedef enum
{
  PLENARY_MARK_PERMANENT = 1 << 0,  /* a permanent member of the Security Council */
  PLENARY_MARK_VETO      = 1 << 1,  /* a permanent member's vote against that vetoed a draft */
} PlenaryMarks;

/* One swatch of a legend: a category's fill, a plain colour, or a mark
 * on a neutral seat. */
typedef struct
{
  const char         *label;
  PlenaryCategory     category;
  const PlenaryColor *color;     /* NULL: the category's fill */
  PlenaryMarks        marks;     /* not 0: this mark, not a fill */
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
double plenary_legend_items_width   (cairo_t                  *cr,
                                     const PlenaryRenderStyle *style,
                                     const PlenaryLegendItem  *items,
                                     guint                     n_items);
double plenary_render_scale_legend  (cairo_t                  *cr,
                                     double                    x,
                                     double                    y,
                                     double                    width,
                                     const PlenaryRenderStyle *style,
                                     const char               *title,
                                     gboolean                  draw);

double plenary_render_legend_with_marks (cairo_t                  *cr,
                                         double                    x,
                                         double                    y,
                                         double                    width,
                                         const PlenaryRenderStyle *style,
                                         guint                     categories,
                                         PlenaryMarks              marks,
                                         gboolean                  draw);
void   plenary_draw_marks              (cairo_t                  *cr,
                                        const PlenaryRenderStyle *style,
                                        PlenaryMarks              marks,
                                        double                    x,
                                        double                    y,
                                        double                    radius);

G_END_DECLS
