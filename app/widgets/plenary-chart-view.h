/* plenary-chart-view.h: a widget that shows one chart of one resolution
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-chart.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_CHART_VIEW (plenary_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryChartView, plenary_chart_view, PLENARY, CHART_VIEW, GtkWidget)

GtkWidget         *plenary_chart_view_new            (PlenaryChart       chart);
PlenaryChart       plenary_chart_view_get_chart      (PlenaryChartView  *self);
void               plenary_chart_view_set_chart      (PlenaryChartView  *self,
                                                      PlenaryChart       chart);
PlenaryResolution *plenary_chart_view_get_resolution (PlenaryChartView  *self);
void               plenary_chart_view_set_resolution (PlenaryChartView  *self,
                                                      PlenaryResolution *resolution);
int                plenary_chart_view_get_highlight  (PlenaryChartView  *self);
void               plenary_chart_view_set_highlight  (PlenaryChartView  *self,
                                                      int                member);
void               plenary_chart_view_get_style      (PlenaryChartView  *self,
                                                      PlenaryRenderStyle *style);
const char        *plenary_chart_view_get_source     (PlenaryChartView  *self);
void               plenary_chart_view_set_source     (PlenaryChartView  *self,
                                                      const char        *source);
gboolean           plenary_chart_view_copy           (PlenaryChartView  *self);
char              *plenary_chart_view_describe_point (PlenaryChartView  *self,
                                                      double             x,
                                                      double             y);

G_END_DECLS
