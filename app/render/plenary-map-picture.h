/* plenary-map-picture.h: the member map, as a world map or as equal tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-member-colouring.h"
#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_MAP_PICTURE (plenary_map_picture_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryMapPicture, plenary_map_picture, PLENARY, MAP_PICTURE, PlenaryPicture)

PlenaryPicture *plenary_map_picture_new           (PlenaryMemberColouring    *colouring,
                                                   gboolean                   tiles,
                                                   const PlenaryPictureWords *words);
PlenaryPicture *plenary_map_picture_new_full      (PlenaryMemberColouring    *colouring,
                                                   gboolean                   tiles,
                                                   PlenaryChart               kind,
                                                   const char                *scale_title,
                                                   const PlenaryPictureWords *words);
gboolean        plenary_map_picture_get_tiles     (PlenaryMapPicture         *self);
gboolean        plenary_map_picture_locate        (PlenaryMapPicture         *self,
                                                   double                     width,
                                                   double                     height,
                                                   const PlenaryRenderStyle  *style,
                                                   double                     lon,
                                                   double                     lat,
                                                   double                    *x,
                                                   double                    *y);
gboolean        plenary_map_picture_locate_member (PlenaryMapPicture         *self,
                                                   double                     width,
                                                   double                     height,
                                                   const PlenaryRenderStyle  *style,
                                                   const char                *code,
                                                   double                    *x,
                                                   double                    *y);

G_END_DECLS
