/* plenary-seat-chart.h: a hemicycle of one seat per member of the body
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-picture.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

typedef struct
{
  double      x;
  double      y;
  double      radius;
  PlenaryVote vote;
  /* The member in this seat, as an index into the resolution's members, or
   * -1 for a seat of the Council whose member the file does not name. */
  int         member;
} PlenarySeat;

#define PLENARY_TYPE_SEAT_PICTURE (plenary_seat_picture_get_type ())

G_DECLARE_FINAL_TYPE (PlenarySeatPicture, plenary_seat_picture, PLENARY, SEAT_PICTURE, PlenaryPicture)

PlenaryPicture *plenary_seat_picture_new    (PlenaryResolution         *resolution,
                                             const PlenaryPictureWords *words);
GArray         *plenary_seat_picture_layout (PlenarySeatPicture        *self,
                                             double                     width,
                                             double                     height,
                                             const PlenaryRenderStyle  *style);

G_END_DECLS
