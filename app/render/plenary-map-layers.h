/* plenary-map-layers.h: the members drawn as shapes and dots, or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-member-colouring.h"
#include "plenary-render-style.h"

G_BEGIN_DECLS

/* Where the map sits: map units (or tile cells) to device units,
 * x = origin_x + u × scale. */
typedef struct
{
  gboolean tiles;
  double   origin_x;
  double   origin_y;
  double   scale;
  double   dot_radius;
} PlenaryMapGeometry;

typedef struct _PlenaryMapLayers PlenaryMapLayers;

double            plenary_map_aspect_ratio       (gboolean                  tiles);
void              plenary_map_geometry_fit       (PlenaryMapGeometry       *geometry,
                                                  gboolean                  tiles,
                                                  double                    x,
                                                  double                    y,
                                                  double                    width,
                                                  double                    height);

PlenaryMapLayers *plenary_map_layers_new         (PlenaryMemberColouring   *colouring);
void              plenary_map_layers_free        (PlenaryMapLayers         *layers);
void              plenary_map_layers_draw        (PlenaryMapLayers         *layers,
                                                  cairo_t                  *cr,
                                                  const PlenaryRenderStyle *style,
                                                  const PlenaryMapGeometry *geometry,
                                                  const int                *emphasis,
                                                  guint                     n_emphasis);
int               plenary_map_layers_hit_test    (PlenaryMapLayers         *layers,
                                                  const PlenaryMapGeometry *geometry,
                                                  double                    x,
                                                  double                    y);
gboolean          plenary_map_layers_locate_code (PlenaryMapLayers         *layers,
                                                  const PlenaryMapGeometry *geometry,
                                                  const char               *code,
                                                  double                   *x,
                                                  double                   *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryMapLayers, plenary_map_layers_free)

G_END_DECLS
