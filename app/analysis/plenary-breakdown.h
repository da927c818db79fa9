/* plenary-breakdown.h: one vote by regional group, and two votes compared
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-resolution.h"

G_BEGIN_DECLS

/* The rows of a group breakdown, in the UN's order, then the members in no
 * group (the United States). */
#define PLENARY_N_GROUP_ROWS 6
extern const PlenaryGroup plenary_group_rows[PLENARY_N_GROUP_ROWS];

typedef struct _PlenaryGroupBreakdown PlenaryGroupBreakdown;

PlenaryGroupBreakdown *plenary_group_breakdown_new         (PlenaryResolution     *resolution);
void                   plenary_group_breakdown_free        (PlenaryGroupBreakdown *self);
PlenaryResolution     *plenary_group_breakdown_get_resolution (PlenaryGroupBreakdown *self);
guint                  plenary_group_breakdown_get_count   (PlenaryGroupBreakdown *self,
                                                            PlenaryGroup           group,
                                                            PlenaryVote            vote);
guint                  plenary_group_breakdown_get_total   (PlenaryGroupBreakdown *self,
                                                            PlenaryGroup           group);
guint                  plenary_group_breakdown_get_largest (PlenaryGroupBreakdown *self);
GArray                *plenary_group_breakdown_get_members (PlenaryGroupBreakdown *self,
                                                            PlenaryGroup           group,
                                                            PlenaryVote            vote);

/* Two votes compared: how each member voted on the first and on the second.
 * Votes are those of plenary_resolution_get_vote(), YES to NOT_IN_BODY. */
#define PLENARY_N_VOTES (PLENARY_VOTE_NOT_IN_BODY + 1)

typedef struct _PlenaryComparison PlenaryComparison;

PlenaryComparison *plenary_comparison_new         (PlenaryResolution  *first,
                                                   PlenaryResolution  *second,
                                                   GError            **error);
void               plenary_comparison_free        (PlenaryComparison  *self);
PlenaryResolution *plenary_comparison_get_first   (PlenaryComparison  *self);
PlenaryResolution *plenary_comparison_get_second  (PlenaryComparison  *self);
guint              plenary_comparison_get_count   (PlenaryComparison  *self,
                                                   PlenaryVote         from,
                                                   PlenaryVote         to);
GArray            *plenary_comparison_get_members (PlenaryComparison  *self,
                                                   PlenaryVote         from,
                                                   PlenaryVote         to);
void               plenary_comparison_get_member  (PlenaryComparison  *self,
                                                   guint               member,
                                                   PlenaryVote        *from,
                                                   PlenaryVote        *to);
guint              plenary_comparison_get_changed (PlenaryComparison  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryGroupBreakdown, plenary_group_breakdown_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryComparison, plenary_comparison_free)

G_END_DECLS
