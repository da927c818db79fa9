/* plenary-un-members.h: the bundled table of UN members, of today and of the past
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plenary-member.h"
#include "plenary-types.h"

G_BEGIN_DECLS

typedef struct
{
  char                           code[4];
  PlenaryGroup                   group;
  /* The periods of membership under this code, in order: the first begins
   * with the admission; the last has a cleared `to` while it is a member. */
  const PlenaryMembershipPeriod *periods;
  guint                          n_periods;
  /* The code whose seat this one continues ("SUN" for RUS), or "". */
  char                           continues[4];
  /* States of the past, for the map: the present-day shapes that make the
   * state up (NULL-terminated, or NULL), or a dot at (lon, lat). */
  const char * const            *shapes;
  gboolean                       has_dot;
  double                         dot_lon;
  double                         dot_lat;
} PlenaryUnMember;

const PlenaryUnMember *plenary_un_members_get        (guint      *n_members);
const PlenaryUnMember *plenary_un_members_get_former (guint      *n_members);
const PlenaryUnMember *plenary_un_members_lookup     (const char *code);

void                   plenary_data_resources_ensure (void);

G_END_DECLS
