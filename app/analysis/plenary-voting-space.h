/* plenary-voting-space.h: members placed in two dimensions by how they vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-agreement.h"

G_BEGIN_DECLS

typedef struct
{
  guint  member;
  double x;
  double y;
  guint  n_votes;  /* roll calls of the period it voted yes, no or abstain on */
} PlenarySpacePoint;

typedef struct _PlenaryVotingSpace PlenaryVotingSpace;

PlenaryVotingSpace      *plenary_voting_space_new           (PlenaryVoteVectors   *vectors,
                                                             const PlenaryPeriod  *period,
                                                             PlenaryAgreementKind  kind,
                                                             guint                 min_votes,
                                                             GError              **error);
void                     plenary_voting_space_free          (PlenaryVotingSpace   *self);
const PlenarySpacePoint *plenary_voting_space_get_points    (PlenaryVotingSpace   *self,
                                                             guint                *n_points);
double                   plenary_voting_space_get_explained (PlenaryVotingSpace   *self,
                                                             guint                 dimension);
guint                    plenary_voting_space_get_n_votes   (PlenaryVotingSpace   *self);
int                      plenary_voting_space_get_anchor    (PlenaryVotingSpace   *self);

/* A subject term and how many roll calls carry it. */
typedef struct
{
  char  *term;
  guint  count;
} PlenaryTopic;

GArray                  *plenary_topics_list                (PlenaryDataset       *dataset,
                                                             const PlenaryVoteFilter *filter,
                                                             guint                 max_topics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryVotingSpace, plenary_voting_space_free)

G_END_DECLS
