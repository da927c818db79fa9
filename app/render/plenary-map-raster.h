/* plenary-map-raster.h: the world's shapes rasterised once per size
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-map-data.h"

G_BEGIN_DECLS

typedef struct _PlenaryMapRaster PlenaryMapRaster;

PlenaryMapRaster *plenary_map_raster_get           (const PlenaryMapData *data,
                                                    double                pixel_scale,
                                                    double                fraction_x,
                                                    double                fraction_y,
                                                    double                border_width,
                                                    double                device_scale);
void              plenary_map_raster_unref         (PlenaryMapRaster     *raster);
cairo_surface_t  *plenary_map_raster_get_mask      (PlenaryMapRaster     *raster,
                                                    guint                 shape,
                                                    int                  *x,
                                                    int                  *y);
cairo_surface_t  *plenary_map_raster_get_borders   (PlenaryMapRaster     *raster,
                                                    int                  *x,
                                                    int                  *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryMapRaster, plenary_map_raster_unref)

G_END_DECLS
