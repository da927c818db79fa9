/* plenary-export.h: pictures that leave the app, as PNG, SVG or PDF
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-chart.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

typedef enum
{
  PLENARY_EXPORT_PNG,
  PLENARY_EXPORT_SVG,
  PLENARY_EXPORT_PDF,
} PlenaryExportFormat;

#define PLENARY_EXPORT_MIN_SIDE   100
#define PLENARY_EXPORT_MAX_SIDE 10000
#define PLENARY_EXPORT_MAX_SCALE    4

typedef struct
{
  PlenaryChart        chart;
  PlenaryExportFormat format;
  /* Pixels for PNG (before the scale) and SVG, points for PDF. */
  int                 width;
  int                 height;
  /* PNG only: pixels per unit, 2 for high-density screens. */
  int                 scale;
  gboolean            dark;
  gboolean            rtl;
} PlenaryExportOptions;

void              plenary_export_options_init          (PlenaryExportOptions        *options);
gboolean          plenary_export_options_validate      (const PlenaryExportOptions  *options,
                                                        GError                     **error);

gboolean          plenary_export_format_from_name      (const char                  *name,
                                                        PlenaryExportFormat         *format);
gboolean          plenary_export_format_from_filename  (const char                  *filename,
                                                        PlenaryExportFormat         *format);
const char       *plenary_export_format_get_extension  (PlenaryExportFormat          format);
const char       *plenary_export_format_get_mime_type  (PlenaryExportFormat          format);
gboolean          plenary_chart_from_name              (const char                  *name,
                                                        PlenaryChart                *chart);
const char       *plenary_chart_get_name               (PlenaryChart                 chart);
const char       *plenary_chart_get_label              (PlenaryChart                 chart);

char             *plenary_export_suggest_filename      (PlenaryResolution           *resolution,
                                                        PlenaryChart                 chart,
                                                        PlenaryExportFormat          format);

void              plenary_export_draw                  (cairo_t                     *cr,
                                                        double                       width,
                                                        double                       height,
                                                        const PlenaryExportOptions  *options,
                                                        PlenaryResolution           *resolution,
                                                        const char                  *source);
cairo_surface_t  *plenary_export_render_image          (const PlenaryExportOptions  *options,
                                                        PlenaryResolution           *resolution,
                                                        const char                  *source);
GBytes           *plenary_export_to_bytes              (const PlenaryExportOptions  *options,
                                                        PlenaryResolution           *resolution,
                                                        const char                  *source,
                                                        GError                     **error);
gboolean          plenary_export_to_file               (const PlenaryExportOptions  *options,
                                                        PlenaryResolution           *resolution,
                                                        const char                  *source,
                                                        GFile                       *file,
                                                        GCancellable                *cancellable,
                                                        GError                     **error);

G_END_DECLS
