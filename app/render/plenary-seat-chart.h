/* plenary-seat-chart.h: a hemicycle of one seat per member of the body
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-render-style.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

typedef struct
{
  double      x;
  double      y;
  double      radius;
  PlenaryVote vote;
  /* The member in this seat, as an index into the resolution's members, or
   * -1 for a vote the totals count but the file does not name. */
  int         member;
} PlenarySeat;

GArray  *plenary_seat_chart_layout   (cairo_t                  *cr,
                                      double                    width,
                                      double                    height,
                                      const PlenaryRenderStyle *style,
                                      PlenaryResolution        *resolution);
void     plenary_render_seat_chart   (cairo_t                  *cr,
                                      double                    width,
                                      double                    height,
                                      const PlenaryRenderStyle *style,
                                      PlenaryResolution        *resolution);
gboolean plenary_seat_chart_hit_test (double                    width,
                                      double                    height,
                                      const PlenaryRenderStyle *style,
                                      PlenaryResolution        *resolution,
                                      double                    x,
                                      double                    y,
                                      PlenarySeat              *seat);

G_END_DECLS
