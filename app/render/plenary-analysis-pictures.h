/* plenary-analysis-pictures.h: the maps of an analysis: agreement with a member, a change
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-agreement.h"
#include "plenary-breakdown.h"
#include "plenary-picture.h"

G_BEGIN_DECLS

PlenaryPicture *plenary_alignment_picture_new (PlenaryVoteVectors   *vectors,
                                               const PlenaryPeriod  *period,
                                               guint                 reference,
                                               PlenaryAgreementKind  kind,
                                               gboolean              tiles,
                                               const char           *source);
PlenaryPicture *plenary_change_picture_new    (PlenaryComparison    *comparison,
                                               gboolean              tiles,
                                               const char           *source);

G_END_DECLS
