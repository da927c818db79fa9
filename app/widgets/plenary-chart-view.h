/* plenary-chart-view.h: a widget that shows one picture
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_CHART_VIEW (plenary_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryChartView, plenary_chart_view, PLENARY, CHART_VIEW, GtkWidget)

GtkWidget      *plenary_chart_view_new            (void);
PlenaryPicture *plenary_chart_view_get_picture    (PlenaryChartView   *self);
void            plenary_chart_view_set_picture    (PlenaryChartView   *self,
                                                   PlenaryPicture     *picture);
void            plenary_chart_view_get_style      (PlenaryChartView   *self,
                                                   PlenaryRenderStyle *style);
gboolean        plenary_chart_view_copy           (PlenaryChartView   *self);
gboolean        plenary_chart_view_copy_table     (PlenaryChartView   *self);
char           *plenary_chart_view_describe_point (PlenaryChartView   *self,
                                                   double              x,
                                                   double              y);

gboolean        plenary_chart_view_get_show_table (PlenaryChartView   *self);
void            plenary_chart_view_set_show_table (PlenaryChartView   *self,
                                                   gboolean            show_table);
GtkWidget      *plenary_chart_view_get_table_view (PlenaryChartView   *self);
GtkWidget      *plenary_chart_view_new_table_button (PlenaryChartView *self);

gboolean        plenary_chart_view_move_focus     (PlenaryChartView   *self,
                                                   GtkDirectionType    direction);
gboolean        plenary_chart_view_focus_edge     (PlenaryChartView   *self,
                                                   gboolean            last);
gboolean        plenary_chart_view_focus_member   (PlenaryChartView   *self,
                                                   int                 member);
gboolean        plenary_chart_view_get_focus      (PlenaryChartView   *self,
                                                   PlenaryAnchor      *anchor);
gboolean        plenary_chart_view_activate_focus (PlenaryChartView   *self);

const char     *plenary_chart_view_get_accessible_label       (PlenaryChartView *self);
const char     *plenary_chart_view_get_accessible_description (PlenaryChartView *self);

G_END_DECLS
