/* plenary-map-layers.h: the members drawn as shapes and dots, or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-callout.h"
#include "plenary-member-colouring.h"
#include "plenary-render-style.h"

G_BEGIN_DECLS

/* Where the map sits: map units (or tile cells) to device units,
 * x = origin_x + u × scale, y = origin_y + v × scale_y; scale_y is scale,
 * but for tiles grown taller to fill a tall frame. */
typedef struct
{
  gboolean tiles;
  double   origin_x;
  double   origin_y;
  double   scale;
  double   scale_y;
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

void              plenary_map_geometry_fit_tiles (PlenaryMapGeometry       *geometry,
                                                  double                    x,
                                                  double                    y,
                                                  double                    width,
                                                  double                    height,
                                                  double                    stretch);

PlenaryMapLayers *plenary_map_layers_new         (PlenaryMemberColouring   *colouring);
void              plenary_map_layers_free        (PlenaryMapLayers         *layers);
void              plenary_map_layers_draw        (PlenaryMapLayers         *layers,
                                                  cairo_t                  *cr,
                                                  const PlenaryRenderStyle *style,
                                                  const PlenaryMapGeometry *geometry,
                                                  const int                *emphasis,
                                                  guint                     n_emphasis);
guint             plenary_map_layers_get_categories (PlenaryMapLayers      *layers,
                                                  gboolean                  tiles);
void              plenary_map_layers_draw_callouts (PlenaryMapLayers       *layers,
                                                  cairo_t                  *cr,
                                                  const PlenaryRenderStyle *style,
                                                  const PlenaryMapGeometry *geometry,
                                                  const PlenaryBox         *frame,
                                                  const int                *emphasis,
                                                  guint                     n_emphasis);
gboolean          plenary_map_layers_shows_member (PlenaryMapLayers       *layers,
                                                  gboolean                  tiles,
                                                  int                       member);
gboolean          plenary_map_layers_locate_member (PlenaryMapLayers       *layers,
                                                  const PlenaryMapGeometry *geometry,
                                                  int                       member,
                                                  double                   *x,
                                                  double                   *y);
gboolean          plenary_map_layers_get_member_place (PlenaryMapLayers   *layers,
                                                  const PlenaryMapGeometry *geometry,
                                                  int                       member,
                                                  double                   *x,
                                                  double                   *y,
                                                  PlenaryBox               *extent,
                                                  gboolean                 *is_dot);
void              plenary_map_layers_append_member_outline (PlenaryMapLayers *layers,
                                                  cairo_t                  *cr,
                                                  const PlenaryMapGeometry *geometry,
                                                  int                       member);
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
