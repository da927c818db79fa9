/* plenary-vote-pictures.h: the pictures of one vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-picture.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

PlenaryPicture *plenary_vote_picture_new (PlenaryChart       kind,
                                          PlenaryResolution *resolution,
                                          const char        *source);

G_END_DECLS
