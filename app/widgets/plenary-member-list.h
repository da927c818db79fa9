/* plenary-member-list.h: members' names as a wrapped list, each one a way to its country
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-member.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_MEMBER_LIST (plenary_member_list_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryMemberList, plenary_member_list, PLENARY, MEMBER_LIST, GtkWidget)

GtkWidget *plenary_member_list_new           (void);
void       plenary_member_list_clear         (PlenaryMemberList *self);
void       plenary_member_list_append        (PlenaryMemberList *self,
                                              guint              index,
                                              PlenaryMember     *member);
guint      plenary_member_list_get_n_members (PlenaryMemberList *self);
GtkWidget *plenary_member_list_get_child     (PlenaryMemberList *self,
                                              guint              position);
int        plenary_member_list_get_member    (PlenaryMemberList *self,
                                              GtkWidget         *child);
void       plenary_member_list_set_picked    (PlenaryMemberList *self,
                                              const int         *members,
                                              guint              n_members);
gboolean   plenary_member_list_copy_focused  (PlenaryMemberList *self);

gboolean   plenary_widget_control_is_held    (GtkWidget         *widget);

G_END_DECLS
