/* plenary-chart.h: every picture Plenary draws, behind one entry point
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-render-style.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

typedef enum
{
  PLENARY_CHART_TALLY,
  PLENARY_CHART_SEATS,
  PLENARY_CHART_MAP,
  PLENARY_CHART_TILES,
} PlenaryChart;

GType    plenary_chart_get_type  (void) G_GNUC_CONST;
#define PLENARY_TYPE_CHART (plenary_chart_get_type ())

/* What is under a point of a chart. */
typedef struct
{
  /* The vote (a tally row, or the vote of the member below). */
  PlenaryVote vote;
  /* The member, as an index into the dataset, or -1 for none. */
  int         member;
} PlenaryHit;

void     plenary_chart_render    (PlenaryChart              chart,
                                  cairo_t                  *cr,
                                  double                    width,
                                  double                    height,
                                  const PlenaryRenderStyle *style,
                                  PlenaryResolution        *resolution);
gboolean plenary_chart_hit_test  (PlenaryChart              chart,
                                  double                    width,
                                  double                    height,
                                  const PlenaryRenderStyle *style,
                                  PlenaryResolution        *resolution,
                                  double                    x,
                                  double                    y,
                                  PlenaryHit               *hit);

G_END_DECLS
