/* plenary-member-colouring.h: what each member is drawn as, on a map or in tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "plenary-agreement.h"
#include "plenary-breakdown.h"
#include "plenary-palette.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

typedef struct _PlenaryMemberColouring PlenaryMemberColouring;

#define PLENARY_TYPE_MEMBER_COLOURING (plenary_member_colouring_get_type ())

GType                   plenary_member_colouring_get_type       (void) G_GNUC_CONST;

/* Members with fewer shared votes than this are greyed on the alignment map. */
#define PLENARY_ALIGNMENT_MIN_VOTES 10

PlenaryMemberColouring *plenary_member_colouring_new_for_vote   (PlenaryResolution      *resolution);
PlenaryMemberColouring *plenary_member_colouring_new_for_agreement (PlenaryVoteVectors  *vectors,
                                                                 const PlenaryPeriod    *period,
                                                                 guint                   reference,
                                                                 PlenaryAgreementKind    kind);
PlenaryMemberColouring *plenary_member_colouring_new_for_change (PlenaryComparison      *comparison);
PlenaryMemberColouring *plenary_member_colouring_ref            (PlenaryMemberColouring *self);
void                    plenary_member_colouring_unref          (PlenaryMemberColouring *self);

guint                   plenary_member_colouring_get_n_members  (PlenaryMemberColouring *self);
PlenaryMember          *plenary_member_colouring_get_member     (PlenaryMemberColouring *self,
                                                                 guint                   member);
int                     plenary_member_colouring_find           (PlenaryMemberColouring *self,
                                                                 const char             *code);
PlenaryCategory         plenary_member_colouring_get_category   (PlenaryMemberColouring *self,
                                                                 guint                   member);
guint                   plenary_member_colouring_get_categories (PlenaryMemberColouring *self);
guint                   plenary_member_colouring_count          (PlenaryMemberColouring *self,
                                                                 PlenaryCategory         category);
gboolean                plenary_member_colouring_is_vote        (PlenaryMemberColouring *self);
const char             *plenary_member_colouring_get_category_label (PlenaryMemberColouring *self,
                                                                 PlenaryCategory         category);
gboolean                plenary_member_colouring_has_scale      (PlenaryMemberColouring *self);
gboolean                plenary_member_colouring_get_value      (PlenaryMemberColouring *self,
                                                                 guint                   member,
                                                                 double                 *value,
                                                                 guint                  *n_votes);
gboolean                plenary_member_colouring_get_change     (PlenaryMemberColouring *self,
                                                                 guint                   member,
                                                                 PlenaryChange          *change);
guint                   plenary_member_colouring_get_changes    (PlenaryMemberColouring *self);
int                     plenary_member_colouring_get_reference  (PlenaryMemberColouring *self);
void                    plenary_member_colouring_get_color      (PlenaryMemberColouring *self,
                                                                 const PlenaryPalette   *palette,
                                                                 guint                   member,
                                                                 PlenaryColor           *color);
cairo_pattern_t        *plenary_member_colouring_pattern        (PlenaryMemberColouring *self,
                                                                 const PlenaryPalette   *palette,
                                                                 int                     member,
                                                                 double                  unit);
char                   *plenary_member_colouring_describe       (PlenaryMemberColouring *self,
                                                                 guint                   member);

int                     plenary_member_colouring_member_at      (PlenaryMemberColouring *self,
                                                                 const char             *place);
int                     plenary_member_colouring_member_on_tile (PlenaryMemberColouring *self,
                                                                 const char             *tile);

/* A state of the past drawn as a dot of its own, where no shape is its. */
typedef struct
{
  int    member;
  double lon;
  double lat;
} PlenaryColouringDot;

const PlenaryColouringDot *plenary_member_colouring_get_dots    (PlenaryMemberColouring *self,
                                                                 guint                  *n_dots);

struct _PlenaryTable *plenary_member_colouring_dup_table (PlenaryMemberColouring *self,
                                                         const char             *value_heading);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryMemberColouring, plenary_member_colouring_unref)

G_END_DECLS
