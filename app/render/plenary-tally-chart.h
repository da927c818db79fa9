/* plenary-tally-chart.h: the tally of one vote as horizontal bars
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-render-style.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

/* The rows of the chart, top to bottom. */
extern const PlenaryVote plenary_tally_rows[PLENARY_N_TALLY_VOTES];

void     plenary_render_tally       (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution);
gboolean plenary_tally_hit_test     (double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     double                    x,
                                     double                    y,
                                     PlenaryVote              *vote);
void     plenary_tally_bar_extents  (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     PlenaryVote               vote,
                                     double                   *x,
                                     double                   *y,
                                     double                   *bar_width,
                                     double                   *bar_height);
double   plenary_tally_threshold_x  (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution);

void     plenary_render_tally_strip (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution);

G_END_DECLS
