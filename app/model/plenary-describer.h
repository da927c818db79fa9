/* plenary-describer.h: every sentence Plenary says about a vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-member.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

char       *plenary_describe_meta            (PlenaryResolution *resolution);
char       *plenary_describe_majority        (PlenaryResolution *resolution);
char       *plenary_describe_needed          (PlenaryResolution *resolution);
char       *plenary_describe_share_basis     (PlenaryResolution *resolution);
char       *plenary_describe_count           (PlenaryResolution *resolution,
                                              PlenaryVote        vote);
char       *plenary_describe_vote_row        (PlenaryResolution *resolution,
                                              PlenaryVote        vote);
char       *plenary_describe_not_recorded    (PlenaryResolution *resolution);
char       *plenary_describe_unattributed    (PlenaryResolution *resolution);
char       *plenary_describe_unattributed_votes (guint            n);
char       *plenary_describe_caption         (PlenaryResolution *resolution);
char       *plenary_describe_headline        (PlenaryResolution *resolution);
char       *plenary_describe_summary         (PlenaryResolution *resolution);
char       *plenary_describe_member_vote     (PlenaryMember     *member,
                                              PlenaryVote        vote);
char       *plenary_describe_unnamed_seat    (PlenaryVote        vote);
char       *plenary_describe_picture_title   (PlenaryResolution *resolution,
                                              const char        *picture_label);
char       *plenary_describe_source_line     (const char        *source);
char       *plenary_describe_list_line       (PlenaryResolution *resolution);
char       *plenary_describe_source          (PlenaryResolution *resolution,
                                              const char        *fallback);

G_END_DECLS
