/* plenary-map-chart.h: the member map, as a world map or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-render-style.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

void     plenary_render_world_map   (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution);
void     plenary_render_tile_map    (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution);
int      plenary_world_map_hit_test (double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     double                    x,
                                     double                    y);
int      plenary_tile_map_hit_test  (double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     double                    x,
                                     double                    y);
gboolean plenary_world_map_locate   (double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     double                    lon,
                                     double                    lat,
                                     double                   *x,
                                     double                   *y);
gboolean plenary_world_map_locate_dot (double                  width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     const char               *code,
                                     double                   *x,
                                     double                   *y);
gboolean plenary_tile_map_locate    (double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     const char               *code,
                                     double                   *x,
                                     double                   *y);
double   plenary_map_aspect_ratio   (gboolean                  tiles);
double   plenary_map_height_for_width (double                  width,
                                     const PlenaryRenderStyle *style,
                                     PlenaryResolution        *resolution,
                                     gboolean                  tiles);

G_END_DECLS
