/* plenary-types.h: the enums and forward declarations shared by the model
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PlenaryDataset    PlenaryDataset;
typedef struct _PlenaryMember     PlenaryMember;
typedef struct _PlenaryResolution PlenaryResolution;

/* How one member voted on one resolution. The first four are what the UN
 * records; NOT_RECORDED means the file does not say, and NOT_IN_BODY that the
 * member did not sit in the body that voted (not on the Security Council, or
 * not yet a member of the United Nations). They are never merged. */
typedef enum
{
  PLENARY_VOTE_YES,
  PLENARY_VOTE_NO,
  PLENARY_VOTE_ABSTAIN,
  PLENARY_VOTE_NON_VOTING,
  PLENARY_VOTE_NOT_RECORDED,
  PLENARY_VOTE_NOT_IN_BODY,
} PlenaryVote;

/* The categories a tally counts: every vote but NOT_IN_BODY. */
#define PLENARY_N_TALLY_VOTES 5
/* The categories an official total can give: YES, NO, ABSTAIN, NON_VOTING. */
#define PLENARY_N_OFFICIAL_VOTES 4

typedef enum
{
  PLENARY_BODY_GENERAL_ASSEMBLY,
  PLENARY_BODY_SECURITY_COUNCIL,
} PlenaryBody;

typedef enum
{
  PLENARY_MAJORITY_SIMPLE,
  PLENARY_MAJORITY_TWO_THIRDS,
  PLENARY_MAJORITY_SUBSTANTIVE,
  PLENARY_MAJORITY_PROCEDURAL,
} PlenaryMajority;

typedef enum
{
  PLENARY_OUTCOME_ADOPTED,
  PLENARY_OUTCOME_NOT_ADOPTED,
  PLENARY_OUTCOME_VETOED,
} PlenaryOutcome;

/* The UN regional groups. */
typedef enum
{
  PLENARY_GROUP_NONE,
  PLENARY_GROUP_AFRICAN,
  PLENARY_GROUP_ASIA_PACIFIC,
  PLENARY_GROUP_EASTERN_EUROPEAN,
  PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN,
  PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS,
} PlenaryGroup;

GType plenary_vote_get_type     (void) G_GNUC_CONST;
GType plenary_body_get_type     (void) G_GNUC_CONST;
GType plenary_majority_get_type (void) G_GNUC_CONST;
GType plenary_outcome_get_type  (void) G_GNUC_CONST;
GType plenary_group_get_type    (void) G_GNUC_CONST;

#define PLENARY_TYPE_VOTE     (plenary_vote_get_type ())
#define PLENARY_TYPE_BODY     (plenary_body_get_type ())
#define PLENARY_TYPE_MAJORITY (plenary_majority_get_type ())
#define PLENARY_TYPE_OUTCOME  (plenary_outcome_get_type ())
#define PLENARY_TYPE_GROUP    (plenary_group_get_type ())

/* Keys used in the file format, and back. */
const char   *plenary_vote_to_key         (PlenaryVote      vote);
gboolean      plenary_vote_from_key       (const char      *key,
                                           PlenaryVote     *vote);
const char   *plenary_body_to_key         (PlenaryBody      body);
gboolean      plenary_body_from_key       (const char      *key,
                                           PlenaryBody     *body);
const char   *plenary_majority_to_key     (PlenaryMajority  majority);
gboolean      plenary_majority_from_key   (const char      *key,
                                           PlenaryMajority *majority);
const char   *plenary_outcome_to_key      (PlenaryOutcome   outcome);
gboolean      plenary_outcome_from_key    (const char      *key,
                                           PlenaryOutcome  *outcome);
const char   *plenary_group_to_key        (PlenaryGroup     group);
gboolean      plenary_group_from_key      (const char      *key,
                                           PlenaryGroup    *group);

/* Words for people, translated. */
const char   *plenary_vote_get_label      (PlenaryVote      vote);
const char   *plenary_body_get_label      (PlenaryBody      body);
const char   *plenary_body_get_short_label (PlenaryBody     body);
const char   *plenary_majority_get_label  (PlenaryMajority  majority);
const char   *plenary_outcome_get_label   (PlenaryOutcome   outcome);
const char   *plenary_group_get_label     (PlenaryGroup     group);

G_END_DECLS
