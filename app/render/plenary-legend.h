/* plenary-legend.h: the colour key under a chart
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-render-style.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

/* What a legend shows: the votes, optionally who was not in the body, and
 * optionally the neutral land of places that are not UN members. */
typedef enum
{
  PLENARY_LEGEND_NOT_IN_BODY   = 1 << 0,
  PLENARY_LEGEND_NON_MEMBERS   = 1 << 1,
} PlenaryLegendFlags;

double plenary_render_legend (cairo_t                  *cr,
                              double                    x,
                              double                    y,
                              double                    width,
                              const PlenaryRenderStyle *style,
                              PlenaryLegendFlags        flags,
                              gboolean                  draw);

G_END_DECLS
