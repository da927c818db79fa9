/* plenary-groups-chart.h: one vote as a stacked bar per UN regional group
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-breakdown.h"
#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_GROUPS_PICTURE (plenary_groups_picture_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryGroupsPicture, plenary_groups_picture, PLENARY, GROUPS_PICTURE, PlenaryPicture)

PlenaryPicture *plenary_groups_picture_new           (PlenaryResolution        *resolution,
                                                      const char               *source);
gboolean        plenary_groups_picture_segment_extents (PlenaryGroupsPicture   *self,
                                                      double                    width,
                                                      double                    height,
                                                      const PlenaryRenderStyle *style,
                                                      guint                     row,
                                                      PlenaryVote               vote,
                                                      double                   *x,
                                                      double                   *y,
                                                      double                   *segment_width,
                                                      double                   *segment_height);

G_END_DECLS
