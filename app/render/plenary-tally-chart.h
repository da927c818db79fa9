/* plenary-tally-chart.h: the tally of one vote as horizontal bars
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-picture.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_TALLY_PICTURE (plenary_tally_picture_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryTallyPicture, plenary_tally_picture, PLENARY, TALLY_PICTURE, PlenaryPicture)

/* The rows of the chart, top to bottom. */
extern const PlenaryVote plenary_tally_rows[PLENARY_N_TALLY_VOTES];

PlenaryPicture *plenary_tally_picture_new           (PlenaryResolution        *resolution,
                                                     const PlenaryPictureWords *words);
void            plenary_tally_picture_bar_extents   (PlenaryTallyPicture      *self,
                                                     double                    width,
                                                     double                    height,
                                                     const PlenaryRenderStyle *style,
                                                     PlenaryVote               vote,
                                                     double                   *x,
                                                     double                   *y,
                                                     double                   *bar_width,
                                                     double                   *bar_height);
double          plenary_tally_picture_threshold_x   (PlenaryTallyPicture      *self,
                                                     double                    width,
                                                     double                    height,
                                                     const PlenaryRenderStyle *style);

void            plenary_render_tally_strip          (cairo_t                  *cr,
                                                     double                    width,
                                                     double                    height,
                                                     const PlenaryRenderStyle *style,
                                                     PlenaryResolution        *resolution);

G_END_DECLS
