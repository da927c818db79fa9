/* plenary-types.c: the enums shared by the model, their file keys and labels
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-types.h"

typedef struct
{
  int         value;
  const char *key;
  const char *context;
  const char *label;
} EnumInfo;

static const EnumInfo vote_info[] = {
  /* Translators: a vote in favour, as on the UN voting board. */
  { PLENARY_VOTE_YES, "yes", "vote", NC_("vote", "Yes") },
  /* Translators: a vote against, as on the UN voting board. */
  { PLENARY_VOTE_NO, "no", "vote", NC_("vote", "No") },
  { PLENARY_VOTE_ABSTAIN, "abstain", "vote", NC_("vote", "Abstain") },
  /* Translators: a member of the body that did not vote (the UN's "X"). */
  { PLENARY_VOTE_NON_VOTING, "non_voting", "vote", NC_("vote", "Non-voting") },
  /* Translators: the file does not say how this member voted. */
  { PLENARY_VOTE_NOT_RECORDED, "not_recorded", "vote", NC_("vote", "Not recorded") },
  /* Translators: the member did not sit in the body that voted. */
  { PLENARY_VOTE_NOT_IN_BODY, "not_in_body", "vote", NC_("vote", "Not in this body") },
};

static const EnumInfo body_info[] = {
  { PLENARY_BODY_GENERAL_ASSEMBLY, "GA", NULL, N_("General Assembly") },
  { PLENARY_BODY_SECURITY_COUNCIL, "SC", NULL, N_("Security Council") },
};

static const EnumInfo body_short_info[] = {
  /* Translators: short for General Assembly, used on filter buttons and badges. */
  { PLENARY_BODY_GENERAL_ASSEMBLY, "GA", "body", NC_("body", "GA") },
  /* Translators: short for Security Council, used on filter buttons and badges. */
  { PLENARY_BODY_SECURITY_COUNCIL, "SC", "body", NC_("body", "SC") },
};

static const EnumInfo majority_info[] = {
  { PLENARY_MAJORITY_SIMPLE, "simple", NULL, N_("Simple majority") },
  { PLENARY_MAJORITY_TWO_THIRDS, "two-thirds", NULL, N_("Two-thirds majority") },
  /* Translators: a Security Council decision on a substantive matter:
   * nine votes and no veto. */
  { PLENARY_MAJORITY_SUBSTANTIVE, "substantive", NULL, N_("Nine votes, no veto") },
  /* Translators: a Security Council decision on a procedural matter:
   * nine votes, no veto applies. */
  { PLENARY_MAJORITY_PROCEDURAL, "procedural", NULL, N_("Nine votes (procedural)") },
};

static const EnumInfo outcome_info[] = {
  { PLENARY_OUTCOME_ADOPTED, "adopted", "outcome", NC_("outcome", "Adopted") },
  { PLENARY_OUTCOME_NOT_ADOPTED, "not-adopted", "outcome", NC_("outcome", "Not adopted") },
  { PLENARY_OUTCOME_VETOED, "vetoed", "outcome", NC_("outcome", "Vetoed") },
};

static const EnumInfo group_info[] = {
  { PLENARY_GROUP_NONE, "none", NULL, N_("No regional group") },
  { PLENARY_GROUP_AFRICAN, "AG", NULL, N_("African States") },
  { PLENARY_GROUP_ASIA_PACIFIC, "APG", NULL, N_("Asia-Pacific States") },
  { PLENARY_GROUP_EASTERN_EUROPEAN, "EEG", NULL, N_("Eastern European States") },
  { PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN, "GRULAC", NULL,
    N_("Latin American and Caribbean States") },
  { PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS, "WEOG", NULL,
    N_("Western European and Other States") },
};

static const EnumInfo *
lookup_value (const EnumInfo *info,
              gsize           n_info,
              int             value)
{
  for (gsize i = 0; i < n_info; i++)
    if (info[i].value == value)
      return &info[i];
  return NULL;
}

static gboolean
lookup_key (const EnumInfo *info,
            gsize           n_info,
            const char     *key,
            int            *value)
{
  if (key == NULL)
    return FALSE;

  for (gsize i = 0; i < n_info; i++)
    if (g_strcmp0 (info[i].key, key) == 0)
      {
        *value = info[i].value;
        return TRUE;
      }
  return FALSE;
}

static const char *
key_of (const EnumInfo *info,
        gsize           n_info,
        int             value)
{
  const EnumInfo *found = lookup_value (info, n_info, value);

  g_return_val_if_fail (found != NULL, NULL);
  return found->key;
}

static const char *
label_of (const EnumInfo *info,
          gsize           n_info,
          int             value)
{
  const EnumInfo *found = lookup_value (info, n_info, value);

  g_return_val_if_fail (found != NULL, NULL);
  if (found->context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, found->context, found->label);
  return g_dgettext (GETTEXT_PACKAGE, found->label);
}

#define DEFINE_ENUM_KEYS(Name, name, info)                                  \
  const char *                                                              \
  plenary_##name##_to_key (Plenary##Name value)                             \
  {                                                                         \
    return key_of (info, G_N_ELEMENTS (info), value);                       \
  }                                                                         \
  gboolean                                                                  \
  plenary_##name##_from_key (const char *key, Plenary##Name *value)         \
  {                                                                         \
    int v;                                                                  \
    if (!lookup_key (info, G_N_ELEMENTS (info), key, &v))                   \
      return FALSE;                                                         \
    *value = (Plenary##Name) v;                                             \
    return TRUE;                                                            \
  }                                                                         \
  const char *                                                              \
  plenary_##name##_get_label (Plenary##Name value)                          \
  {                                                                         \
    return label_of (info, G_N_ELEMENTS (info), value);                     \
  }

DEFINE_ENUM_KEYS (Vote, vote, vote_info)
DEFINE_ENUM_KEYS (Body, body, body_info)
DEFINE_ENUM_KEYS (Majority, majority, majority_info)
DEFINE_ENUM_KEYS (Outcome, outcome, outcome_info)
DEFINE_ENUM_KEYS (Group, group, group_info)

const char *
plenary_body_get_short_label (PlenaryBody body)
{
  return label_of (body_short_info, G_N_ELEMENTS (body_short_info), body);
}

G_DEFINE_ENUM_TYPE (PlenaryVote, plenary_vote,
  G_DEFINE_ENUM_VALUE (PLENARY_VOTE_YES, "yes"),
  G_DEFINE_ENUM_VALUE (PLENARY_VOTE_NO, "no"),
  G_DEFINE_ENUM_VALUE (PLENARY_VOTE_ABSTAIN, "abstain"),
  G_DEFINE_ENUM_VALUE (PLENARY_VOTE_NON_VOTING, "non-voting"),
  G_DEFINE_ENUM_VALUE (PLENARY_VOTE_NOT_RECORDED, "not-recorded"),
  G_DEFINE_ENUM_VALUE (PLENARY_VOTE_NOT_IN_BODY, "not-in-body"))

G_DEFINE_ENUM_TYPE (PlenaryBody, plenary_body,
  G_DEFINE_ENUM_VALUE (PLENARY_BODY_GENERAL_ASSEMBLY, "general-assembly"),
  G_DEFINE_ENUM_VALUE (PLENARY_BODY_SECURITY_COUNCIL, "security-council"))

G_DEFINE_ENUM_TYPE (PlenaryMajority, plenary_majority,
  G_DEFINE_ENUM_VALUE (PLENARY_MAJORITY_SIMPLE, "simple"),
  G_DEFINE_ENUM_VALUE (PLENARY_MAJORITY_TWO_THIRDS, "two-thirds"),
  G_DEFINE_ENUM_VALUE (PLENARY_MAJORITY_SUBSTANTIVE, "substantive"),
  G_DEFINE_ENUM_VALUE (PLENARY_MAJORITY_PROCEDURAL, "procedural"))

G_DEFINE_ENUM_TYPE (PlenaryOutcome, plenary_outcome,
  G_DEFINE_ENUM_VALUE (PLENARY_OUTCOME_ADOPTED, "adopted"),
  G_DEFINE_ENUM_VALUE (PLENARY_OUTCOME_NOT_ADOPTED, "not-adopted"),
  G_DEFINE_ENUM_VALUE (PLENARY_OUTCOME_VETOED, "vetoed"))

G_DEFINE_ENUM_TYPE (PlenaryGroup, plenary_group,
  G_DEFINE_ENUM_VALUE (PLENARY_GROUP_NONE, "none"),
  G_DEFINE_ENUM_VALUE (PLENARY_GROUP_AFRICAN, "african"),
  G_DEFINE_ENUM_VALUE (PLENARY_GROUP_ASIA_PACIFIC, "asia-pacific"),
  G_DEFINE_ENUM_VALUE (PLENARY_GROUP_EASTERN_EUROPEAN, "eastern-european"),
  G_DEFINE_ENUM_VALUE (PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN, "latin-american-caribbean"),
  G_DEFINE_ENUM_VALUE (PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS, "western-european-others"))
