/* plenary-chart-theme.h: the colours the charts on screen take, and when they change
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-palette.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_CHART_THEME (plenary_chart_theme_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryChartTheme, plenary_chart_theme, PLENARY, CHART_THEME, GObject)

PlenaryChartTheme    *plenary_chart_theme_get_default       (void);
PlenaryPaletteKind    plenary_chart_theme_get_palette_kind  (PlenaryChartTheme  *self);
void                  plenary_chart_theme_set_palette_kind  (PlenaryChartTheme  *self,
                                                             PlenaryPaletteKind  kind);
gboolean              plenary_chart_theme_get_dark          (PlenaryChartTheme  *self);
gboolean              plenary_chart_theme_get_high_contrast (PlenaryChartTheme  *self);
const PlenaryPalette *plenary_chart_theme_get_palette       (PlenaryChartTheme  *self);
GSettings            *plenary_chart_theme_get_settings      (PlenaryChartTheme  *self);

G_END_DECLS
