/* plenary-agreement-chart.h: pairs of members' agreement, year by year, as lines
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-agreement.h"
#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_AGREEMENT_PICTURE (plenary_agreement_picture_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryAgreementPicture, plenary_agreement_picture, PLENARY, AGREEMENT_PICTURE, PlenaryPicture)

PlenaryPicture *plenary_agreement_picture_new        (PlenaryVoteVectors      *vectors,
                                                      const PlenaryPeriod     *period,
                                                      const guint             *first_members,
                                                      const guint             *second_members,
                                                      guint                    n_pairs,
                                                      PlenaryAgreementKind     kind,
                                                      PlenaryAgreementFlags    flags,
                                                      const char              *source);
guint           plenary_agreement_picture_get_n_lines (PlenaryAgreementPicture *self);
guint           plenary_agreement_picture_get_n_points (PlenaryAgreementPicture *self,
                                                      guint                    line);
gboolean        plenary_agreement_picture_locate_point (PlenaryAgreementPicture *self,
                                                      double                   width,
                                                      double                   height,
                                                      const PlenaryRenderStyle *style,
                                                      guint                    line,
                                                      guint                    point,
                                                      double                  *x,
                                                      double                  *y);

G_END_DECLS
