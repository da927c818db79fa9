/* plenary-space-chart.h: the voting space, members placed by how alike they vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-picture.h"
#include "plenary-voting-space.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_SPACE_PICTURE (plenary_space_picture_get_type ())

G_DECLARE_FINAL_TYPE (PlenarySpacePicture, plenary_space_picture, PLENARY, SPACE_PICTURE, PlenaryPicture)

PlenaryPicture *plenary_space_picture_new           (PlenaryVoteVectors       *vectors,
                                                     const PlenaryPeriod      *period,
                                                     PlenaryAgreementKind      kind,
                                                     const char               *source,
                                                     GError                  **error);
gboolean        plenary_space_picture_locate_member (PlenarySpacePicture      *self,
                                                     double                    width,
                                                     double                    height,
                                                     const PlenaryRenderStyle *style,
                                                     guint                     member,
                                                     double                   *x,
                                                     double                   *y);

G_END_DECLS
