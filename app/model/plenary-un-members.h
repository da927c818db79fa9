/* plenary-un-members.h: the bundled table of the 193 UN members and their groups
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plenary-types.h"

G_BEGIN_DECLS

typedef struct
{
  char         code[4];
  PlenaryGroup group;
} PlenaryUnMember;

const PlenaryUnMember *plenary_un_members_get (guint *n_members);

void                   plenary_data_resources_ensure (void);

G_END_DECLS
