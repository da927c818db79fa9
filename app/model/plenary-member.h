/* plenary-member.h: one member state of the United Nations
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "plenary-types.h"

G_BEGIN_DECLS

/* One stretch of United Nations membership: from @from, the day of admission
 * (or of resuming a seat), until @to, the first day the state was no longer a
 * member; @to is invalid (cleared) while it still is. An invalid @from means
 * "since before any date that matters". */
typedef struct
{
  GDate from;
  GDate to;
} PlenaryMembershipPeriod;

#define PLENARY_TYPE_MEMBER (plenary_member_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryMember, plenary_member, PLENARY, MEMBER, GObject)

PlenaryMember *plenary_member_new                (const char    *code);

const char    *plenary_member_get_code           (PlenaryMember *self);
const char    *plenary_member_get_name           (PlenaryMember *self);
void           plenary_member_set_name           (PlenaryMember *self,
                                                  const char    *name);
const char    *plenary_member_get_data_name      (PlenaryMember *self);
const char    *plenary_member_get_localized_name (PlenaryMember *self);
const char    *plenary_member_get_official_name  (PlenaryMember *self);
const char    *plenary_member_get_collate_key    (PlenaryMember *self);
PlenaryGroup   plenary_member_get_group          (PlenaryMember *self);
void           plenary_member_set_group          (PlenaryMember *self,
                                                  PlenaryGroup   group);
gboolean       plenary_member_get_group_is_set   (PlenaryMember *self);
const GDate   *plenary_member_get_admitted       (PlenaryMember *self);
void           plenary_member_set_admitted       (PlenaryMember *self,
                                                  const GDate   *date);
const GDate   *plenary_member_get_left           (PlenaryMember *self);
void           plenary_member_set_left           (PlenaryMember *self,
                                                  const GDate   *date);
const GDate   *plenary_member_get_data_admitted  (PlenaryMember *self);
const GDate   *plenary_member_get_data_left      (PlenaryMember *self);
void           plenary_member_set_bundled        (PlenaryMember *self,
                                                  PlenaryGroup   group,
                                                  const PlenaryMembershipPeriod *periods,
                                                  guint          n_periods);
const PlenaryMembershipPeriod *
               plenary_member_get_periods        (PlenaryMember *self,
                                                  guint         *n_periods);
gboolean       plenary_member_get_declared       (PlenaryMember *self);
void           plenary_member_set_declared       (PlenaryMember *self,
                                                  gboolean       declared);
gboolean       plenary_member_is_permanent       (PlenaryMember *self);
gboolean       plenary_member_is_un_member_on_day (PlenaryMember *self,
                                                  guint32        julian_day);
gboolean       plenary_member_is_un_member_on    (PlenaryMember *self,
                                                  const GDate   *date);

G_END_DECLS
