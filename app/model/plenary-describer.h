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
char       *plenary_describe_credit          (const char        *source);
char       *plenary_describe_source          (PlenaryResolution *resolution,
                                              const char        *fallback);

char       *plenary_describe_period          (int                first_year,
                                              int                last_year);
char       *plenary_describe_pair            (PlenaryMember     *a,
                                              PlenaryMember     *b);
char       *plenary_describe_pair_with_seat  (PlenaryMember     *a,
                                              PlenaryMember     *b,
                                              PlenaryMember     *predecessor,
                                              int                until_year);
char       *plenary_describe_agreement_title (PlenaryBody        body,
                                              const char        *period);
char       *plenary_describe_agreement_headline (const char     *measure,
                                              const char        *measure_description,
                                              const char        *topic);
char       *plenary_describe_agreement_point (const char        *pair,
                                              const char        *when,
                                              double             share,
                                              guint              n_votes);
char       *plenary_describe_session_year    (const char        *session,
                                              int                year);
char       *plenary_describe_space_title     (PlenaryBody        body,
                                              const char        *period);
char       *plenary_describe_space_headline  (guint              n_members,
                                              guint              n_votes,
                                              const char        *measure,
                                              double             first_share,
                                              double             second_share);
char       *plenary_describe_space_member    (PlenaryMember     *member,
                                              guint              voted,
                                              guint              n_votes);
char       *plenary_describe_group_votes     (PlenaryGroup       group,
                                              PlenaryVote        vote,
                                              guint              count,
                                              const char        *names);
char       *plenary_describe_alignment_title (PlenaryMember     *reference,
                                              const char        *period);
char       *plenary_describe_alignment_headline (PlenaryBody     body,
                                              const char        *measure,
                                              guint              n_votes,
                                              const char        *topic);
char       *plenary_describe_alignment_scale (PlenaryMember     *reference);
char       *plenary_describe_alignment_member (PlenaryMember    *member,
                                              PlenaryMember     *reference,
                                              double             share,
                                              guint              n_votes);
char       *plenary_describe_alignment_too_few (PlenaryMember   *member,
                                              PlenaryMember     *reference,
                                              guint              n_votes);
char       *plenary_describe_alignment_reference (PlenaryMember *member);
char       *plenary_describe_change_title    (PlenaryResolution *first,
                                              PlenaryResolution *second);
char       *plenary_describe_change_headline (PlenaryResolution *first,
                                              PlenaryResolution *second,
                                              guint              changed);
char       *plenary_describe_member_change   (PlenaryMember     *member,
                                              PlenaryVote        from,
                                              PlenaryVote        to);
char       *plenary_describe_topic           (const char        *topic);

char       *plenary_describe_list            (const char * const *items);
char       *plenary_describe_emphasis        (const char * const *names);
char       *plenary_describe_citation        (PlenaryResolution *resolution,
                                              const char        *fallback);
const char *plenary_describe_not_in_body     (PlenaryBody        body);

G_END_DECLS
