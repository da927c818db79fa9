/* plenary-resolution.c: one recorded vote of the General Assembly or the Security Council
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Votes are one byte per member, in the order of the dataset's member table.
 * The tally and the outcome are computed on first use and kept; setting a
 * vote or a total forgets them.
 */

#define G_LOG_DOMAIN "plenary-resolution"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-date.h"
#include "plenary-member.h"
#include "plenary-resolution.h"
#include "plenary-text.h"

struct _PlenaryResolution
{
  GObject          parent_instance;

  GPtrArray       *members;
  guint8          *votes;
  guint            n_votes;

  char            *symbol;
  PlenaryBody      body;
  GDate            date;
  char            *title;
  GHashTable      *titles;
  char            *session;
  char            *draft;
  char            *meeting;
  char            *source;
  char            *record;
  char            *agenda;
  char            *subjects;
  char            *search_key;
  PlenaryMajority  majority;
  PlenaryOutcome   explicit_outcome;
  int              official[PLENARY_N_OFFICIAL_VOTES];

  PlenaryTally     tally;
  guint            tally_valid : 1;
  guint            has_explicit_outcome : 1;
  guint            without_vote : 1;
};

G_DEFINE_FINAL_TYPE (PlenaryResolution, plenary_resolution, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BODY,
  PROP_DATE,
  PROP_OUTCOME,
  PROP_SYMBOL,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plenary_resolution_finalize (GObject *object)
{
  PlenaryResolution *self = (PlenaryResolution *) object;

  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->votes, g_free);
  g_clear_pointer (&self->symbol, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_pointer (&self->session, g_free);
  g_clear_pointer (&self->draft, g_free);
  g_clear_pointer (&self->meeting, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->record, g_free);
  g_clear_pointer (&self->agenda, g_free);
  g_clear_pointer (&self->subjects, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (plenary_resolution_parent_class)->finalize (object);
}

static void
plenary_resolution_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlenaryResolution *self = PLENARY_RESOLUTION (object);

  switch (prop_id)
    {
    case PROP_BODY:
      g_value_set_enum (value, self->body);
      break;
    case PROP_DATE:
      g_value_take_string (value, plenary_date_to_iso (&self->date));
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, plenary_resolution_get_outcome (self));
      break;
    case PROP_SYMBOL:
      g_value_set_string (value, self->symbol);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_resolution_class_init (PlenaryResolutionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_resolution_finalize;
  object_class->get_property = plenary_resolution_get_property;

  properties[PROP_BODY] =
    g_param_spec_enum ("body", NULL, NULL,
                       PLENARY_TYPE_BODY, PLENARY_BODY_GENERAL_ASSEMBLY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                       PLENARY_TYPE_OUTCOME, PLENARY_OUTCOME_NOT_ADOPTED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYMBOL] =
    g_param_spec_string ("symbol", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_resolution_init (PlenaryResolution *self)
{
  g_date_clear (&self->date, 1);
  for (guint i = 0; i < PLENARY_N_OFFICIAL_VOTES; i++)
    self->official[i] = -1;
}

/**
 * plenary_resolution_new:
 * @members: (element-type PlenaryMember): the dataset's member table; the
 *   resolution keeps a reference, and its votes follow the table's order
 * @symbol: the document symbol
 * @body: the body that voted
 * @date: the date of the vote
 *
 * Every member starts as not recorded.
 */
PlenaryResolution *
plenary_resolution_new (GPtrArray   *members,
                        const char  *symbol,
                        PlenaryBody  body,
                        const GDate *date)
{
  PlenaryResolution *self;

  g_return_val_if_fail (members != NULL, NULL);
  g_return_val_if_fail (symbol != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_object_new (PLENARY_TYPE_RESOLUTION, NULL);
  self->members = g_ptr_array_ref (members);
  self->n_votes = members->len;
  self->votes = g_malloc (MAX (self->n_votes, 1));
  memset (self->votes, PLENARY_VOTE_NOT_RECORDED, self->n_votes);
  self->symbol = g_strdup (symbol);
  self->body = body;
  self->date = *date;
  self->majority = body == PLENARY_BODY_SECURITY_COUNCIL
                   ? PLENARY_MAJORITY_SUBSTANTIVE
                   : PLENARY_MAJORITY_SIMPLE;

  return self;
}

const char *
plenary_resolution_get_symbol (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->symbol;
}

PlenaryBody
plenary_resolution_get_body (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), PLENARY_BODY_GENERAL_ASSEMBLY);

  return self->body;
}

const GDate *
plenary_resolution_get_date (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return &self->date;
}

guint
plenary_resolution_get_n_members (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), 0);

  return self->n_votes;
}

PlenaryMember *
plenary_resolution_get_member (PlenaryResolution *self,
                               guint              index)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);
  g_return_val_if_fail (index < self->n_votes, NULL);

  return g_ptr_array_index (self->members, index);
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;
}

const char *
plenary_resolution_get_title (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->title;
}

void
plenary_resolution_set_title (PlenaryResolution *self,
                              const char        *title)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  replace_string (&self->title, title);
  g_clear_pointer (&self->search_key, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* The title the data gives in @language ("fr", "zh"), or NULL. */
const char *
plenary_resolution_get_title_for_language (PlenaryResolution *self,
                                           const char        *language)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  if (self->titles == NULL || language == NULL)
    return NULL;
  return g_hash_table_lookup (self->titles, language);
}

void
plenary_resolution_set_title_for_language (PlenaryResolution *self,
                                           const char        *language,
                                           const char        *title)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));
  g_return_if_fail (language != NULL);

  if (self->titles == NULL)
    self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (title == NULL || *title == '\0')
    g_hash_table_remove (self->titles, language);
  else
    g_hash_table_replace (self->titles, g_strdup (language), g_strdup (title));
  g_clear_pointer (&self->search_key, g_free);
}

/**
 * plenary_resolution_get_title_languages:
 *
 * Returns: (transfer container) (element-type utf8): the languages of the
 *   extra titles, sorted
 */
GList *
plenary_resolution_get_title_languages (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  if (self->titles == NULL)
    return NULL;
  return g_list_sort (g_hash_table_get_keys (self->titles), (GCompareFunc) g_strcmp0);
}

/* The title in the first of the user's languages that the data has, falling
 * back to the main (English) title. */
const char *
plenary_resolution_get_localized_title (PlenaryResolution *self)
{
  const char * const *languages = g_get_language_names ();

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  for (guint i = 0; self->titles != NULL && languages[i] != NULL; i++)
    {
      const char *title;

      if (g_str_equal (languages[i], "C") || g_str_has_prefix (languages[i], "en"))
        break;

      title = g_hash_table_lookup (self->titles, languages[i]);
      if (title != NULL)
        return title;
    }

  return self->title;
}

const char *
plenary_resolution_get_session (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->session;
}

void
plenary_resolution_set_session (PlenaryResolution *self,
                                const char        *session)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  replace_string (&self->session, session);
}

const char *
plenary_resolution_get_draft (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->draft;
}

void
plenary_resolution_set_draft (PlenaryResolution *self,
                              const char        *draft)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  replace_string (&self->draft, draft);
  g_clear_pointer (&self->search_key, g_free);
}

const char *
plenary_resolution_get_meeting (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->meeting;
}

void
plenary_resolution_set_meeting (PlenaryResolution *self,
                                const char        *meeting)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  replace_string (&self->meeting, meeting);
}

/* Where this resolution's record comes from, when the data says so for it
 * alone (a UN Digital Library record, say); NULL to use the dataset's. */
const char *
plenary_resolution_get_source (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->source;
}

void
plenary_resolution_set_source (PlenaryResolution *self,
                               const char        *source)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  replace_string (&self->source, source);
}

/* The number of the UN Digital Library record of this vote ("4076672"), or NULL. */
const char *
plenary_resolution_get_record (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->record;
}

void
plenary_resolution_set_record (PlenaryResolution *self,
                               const char        *record)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  replace_string (&self->record, record);
}

/* The agenda item's title, as the UN Digital Library gives it, or NULL. */
const char *
plenary_resolution_get_agenda (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->agenda;
}

void
plenary_resolution_set_agenda (PlenaryResolution *self,
                               const char        *agenda)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  replace_string (&self->agenda, agenda);
}

/* The UN's subject terms (UNBIS Thesaurus), as the record gives them:
 * "DISARMAMENT--NUCLEAR WEAPONS|…", or NULL. */
const char *
plenary_resolution_get_subjects (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->subjects;
}

void
plenary_resolution_set_subjects (PlenaryResolution *self,
                                 const char        *subjects)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  replace_string (&self->subjects, subjects);
}

/* Whether the resolution was adopted without a vote: it is kept, but it
 * is no roll call, and its "votes" say nothing of anyone's position. */
gboolean
plenary_resolution_get_without_vote (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), FALSE);

  return self->without_vote;
}

void
plenary_resolution_set_without_vote (PlenaryResolution *self,
                                     gboolean           without_vote)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  self->without_vote = !!without_vote;
}

/* The UN Digital Library page of this vote, or NULL. */
char *
plenary_resolution_dup_record_link (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  if (self->record == NULL)
    return NULL;
  return g_strconcat ("https://digitallibrary.un.org/record/", self->record, NULL);
}

/* The resolution's document on the UN's document system:
 * "https://undocs.org/A/RES/ES-11/7". */
char *
plenary_resolution_dup_document_link (PlenaryResolution *self)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  escaped = g_uri_escape_string (self->symbol, "/()", FALSE);
  return g_strconcat ("https://undocs.org/", escaped, NULL);
}

/**
 * plenary_resolution_set_votes:
 * @votes: (array length=n_votes): a PlenaryVote per member, YES to
 *   NOT_RECORDED, in the member table's order
 *
 * Sets every vote at once, as readers do.
 *
 * Returns: %FALSE if @votes does not fit the member table
 */
gboolean
plenary_resolution_set_votes (PlenaryResolution *self,
                              const guint8      *votes,
                              guint              n_votes)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), FALSE);

  if (n_votes != self->n_votes)
    return FALSE;
  for (guint i = 0; i < n_votes; i++)
    if (votes[i] > PLENARY_VOTE_NOT_RECORDED)
      return FALSE;
  memcpy (self->votes, votes, n_votes);
  self->tally_valid = FALSE;
  return TRUE;
}

/* The votes as stored: one PlenaryVote per member, YES to NOT_RECORDED. */
const guint8 *
plenary_resolution_peek_votes (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  return self->votes;
}

/* Symbol, titles and draft, folded once: what a search looks through. */
static const char *
get_search_key (PlenaryResolution *self)
{
  if (self->search_key == NULL)
    {
      const char *localized = plenary_resolution_get_localized_title (self);
      g_autofree char *joined = g_strjoin ("\n",
                                           self->symbol,
                                           self->title != NULL ? self->title : "",
                                           localized != self->title && localized != NULL ? localized : "",
                                           self->draft != NULL ? self->draft : "",
                                           NULL);

      self->search_key = plenary_text_fold (joined);
    }
  return self->search_key;
}

/**
 * plenary_resolution_matches:
 * @folded_words: (array zero-terminated=1): words folded by plenary_text_fold()
 *
 * Whether every word occurs in the symbol, the title (in English or the
 * user's language) or the draft symbol, ignoring case and accents.
 */
gboolean
plenary_resolution_matches (PlenaryResolution  *self,
                            const char * const *folded_words)
{
  const char *key;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), FALSE);

  if (folded_words == NULL)
    return TRUE;
  key = get_search_key (self);
  for (guint i = 0; folded_words[i] != NULL; i++)
    if (strstr (key, folded_words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GPtrArray *members = user_data;

  return strcmp (plenary_member_get_collate_key (g_ptr_array_index (members, *(const guint *) a)),
                 plenary_member_get_collate_key (g_ptr_array_index (members, *(const guint *) b)));
}

/**
 * plenary_resolution_list_members:
 * @vote: the vote to show (see plenary_resolution_get_vote())
 *
 * Returns: (transfer full) (element-type guint): the indices of the members
 *   whose vote is @vote, sorted by their names as the user's language sorts
 */
GArray *
plenary_resolution_list_members (PlenaryResolution *self,
                                 PlenaryVote        vote)
{
  GArray *indices;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  indices = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->n_votes; i++)
    if (plenary_resolution_get_vote (self, i) == vote)
      g_array_append_val (indices, i);
  g_array_sort_with_data (indices, compare_by_name, self->members);
  return indices;
}

PlenaryMajority
plenary_resolution_get_majority (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), PLENARY_MAJORITY_SIMPLE);

  return self->majority;
}

void
plenary_resolution_set_majority (PlenaryResolution *self,
                                 PlenaryMajority    majority)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  self->majority = majority;
  self->tally_valid = FALSE;
}

/**
 * plenary_resolution_set_vote:
 * @vote: one of YES, NO, ABSTAIN and NON_VOTING
 *
 * Records how a member voted.
 *
 * Returns: %FALSE if the member already has a recorded vote, which is left as it was
 */
gboolean
plenary_resolution_set_vote (PlenaryResolution *self,
                             guint              member_index,
                             PlenaryVote        vote)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), FALSE);
  g_return_val_if_fail (member_index < self->n_votes, FALSE);
  g_return_val_if_fail (vote <= PLENARY_VOTE_NON_VOTING, FALSE);

  if (self->votes[member_index] != PLENARY_VOTE_NOT_RECORDED)
    return FALSE;

  self->votes[member_index] = (guint8) vote;
  self->tally_valid = FALSE;
  return TRUE;
}

/* The seats of the Security Council on @date: it grew from 11 to 15 members
 * on 1 January 1966. */
guint
plenary_security_council_size (const GDate *date)
{
  return g_date_get_year (date) < 1966 ? 11 : 15;
}

static guint
council_majority (const GDate *date)
{
  return g_date_get_year (date) < 1966 ? 7 : 9;
}

/* Whether the member sat in the body that voted. For the General Assembly it
 * is United Nations membership on that date. The data does not say who sat on
 * the Security Council beyond the members it lists. */
gboolean
plenary_resolution_member_in_body (PlenaryResolution *self,
                                   guint              member_index)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), FALSE);

  if (member_index >= self->n_votes)
    return FALSE;
  if (self->votes[member_index] != PLENARY_VOTE_NOT_RECORDED)
    return TRUE;
  if (self->body == PLENARY_BODY_SECURITY_COUNCIL)
    return FALSE;
  return plenary_member_is_un_member_on_day (g_ptr_array_index (self->members, member_index),
                                             g_date_get_julian (&self->date));
}

/* The vote as the file records it: YES, NO, ABSTAIN, NON_VOTING or NOT_RECORDED. */
PlenaryVote
plenary_resolution_get_recorded_vote (PlenaryResolution *self,
                                      guint              member_index)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), PLENARY_VOTE_NOT_RECORDED);

  if (member_index >= self->n_votes)
    return PLENARY_VOTE_NOT_RECORDED;
  return (PlenaryVote) self->votes[member_index];
}

/* The vote to show: as recorded, or NOT_IN_BODY for a member that did not sit
 * in the body. */
PlenaryVote
plenary_resolution_get_vote (PlenaryResolution *self,
                             guint              member_index)
{
  PlenaryVote vote = plenary_resolution_get_recorded_vote (self, member_index);

  if (vote == PLENARY_VOTE_NOT_RECORDED &&
      !plenary_resolution_member_in_body (self, member_index))
    return PLENARY_VOTE_NOT_IN_BODY;
  return vote;
}

/* Sets the official total of @vote (YES, NO, ABSTAIN or NON_VOTING); -1 unsets it. */
void
plenary_resolution_set_official_total (PlenaryResolution *self,
                                       PlenaryVote        vote,
                                       int                count)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));
  g_return_if_fail (vote < PLENARY_N_OFFICIAL_VOTES);

  self->official[vote] = MAX (count, -1);
  self->tally_valid = FALSE;
}

int
plenary_resolution_get_official_total (PlenaryResolution *self,
                                       PlenaryVote        vote)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), -1);
  g_return_val_if_fail (vote < PLENARY_N_OFFICIAL_VOTES, -1);

  return self->official[vote];
}

gboolean
plenary_resolution_has_official_totals (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), FALSE);

  for (guint i = 0; i < PLENARY_N_OFFICIAL_VOTES; i++)
    if (self->official[i] >= 0)
      return TRUE;
  return FALSE;
}

/* The yes votes the rule needs, stated as the UN states it: of those present
 * and voting (yes + no), more than half for a simple majority, two-thirds
 * for an important question. This gives the same outcome as yes > no and
 * yes ≥ 2 × no (Rules of Procedure, rules 83, 86 and 125); at least one yes
 * vote is needed in all cases. */
static guint
needed_for_majority (PlenaryResolution *self,
                     guint              council_needed,
                     guint              present_voting)
{
  switch (self->majority)
    {
    case PLENARY_MAJORITY_TWO_THIRDS:
      return MAX ((2 * present_voting + 2) / 3, 1);
    case PLENARY_MAJORITY_SUBSTANTIVE:
    case PLENARY_MAJORITY_PROCEDURAL:
      return council_needed;
    case PLENARY_MAJORITY_SIMPLE:
    default:
      return present_voting / 2 + 1;
    }
}

static void
compute_tally (PlenaryResolution *self)
{
  PlenaryTally *tally = &self->tally;
  gboolean has_totals = plenary_resolution_has_official_totals (self);
  gboolean assembly = self->body == PLENARY_BODY_GENERAL_ASSEMBLY;
  guint32 day = g_date_get_julian (&self->date);
  guint base_size = 0;
  guint counted = 0;
  guint listed = 0;

  memset (tally, 0, sizeof *tally);

  for (guint i = 0; i < self->n_votes; i++)
    {
      PlenaryVote vote = self->votes[i];

      if (vote != PLENARY_VOTE_NOT_RECORDED)
        {
          tally->listed[vote]++;
          listed++;
          base_size++;
          if (vote == PLENARY_VOTE_NO &&
              plenary_member_is_permanent (g_ptr_array_index (self->members, i)))
            tally->permanent_no = TRUE;
        }
      else if (assembly && plenary_member_is_un_member_on_day (g_ptr_array_index (self->members, i), day))
        base_size++;
    }

  tally->members_in_body = base_size;
  if (self->body == PLENARY_BODY_SECURITY_COUNCIL)
    base_size = plenary_security_council_size (&self->date);

  for (guint v = 0; v < PLENARY_N_OFFICIAL_VOTES; v++)
    {
      tally->official[v] = self->official[v];
      if (self->official[v] >= 0)
        {
          tally->counts[v] = (guint) self->official[v];
          tally->known[v] = TRUE;
          if (tally->counts[v] > tally->listed[v])
            tally->unattributed += tally->counts[v] - tally->listed[v];
        }
      else
        {
          tally->counts[v] = tally->listed[v];
          tally->known[v] = !has_totals;
        }
      counted += tally->counts[v];
    }

  /* A body smaller than its own totals would make no sense: readers refuse
   * such files, and the tally never shows it. */
  tally->body_size = MAX (base_size, MAX (counted, listed));
  tally->counts[PLENARY_VOTE_NOT_RECORDED] = tally->body_size - listed;
  tally->listed[PLENARY_VOTE_NOT_RECORDED] = tally->counts[PLENARY_VOTE_NOT_RECORDED];
  tally->known[PLENARY_VOTE_NOT_RECORDED] = TRUE;

  tally->present_voting = tally->counts[PLENARY_VOTE_YES] + tally->counts[PLENARY_VOTE_NO];
  tally->needed = needed_for_majority (self, council_majority (&self->date), tally->present_voting);
  self->tally_valid = TRUE;
}

const PlenaryTally *
plenary_resolution_get_tally (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), NULL);

  if (!self->tally_valid)
    compute_tally (self);
  return &self->tally;
}

/* The outcome: the one the data states, else the one the majority rule gives. */
PlenaryOutcome
plenary_resolution_get_outcome (PlenaryResolution *self)
{
  const PlenaryTally *tally;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), PLENARY_OUTCOME_NOT_ADOPTED);

  if (self->has_explicit_outcome)
    return self->explicit_outcome;

  tally = plenary_resolution_get_tally (self);
  if (tally->counts[PLENARY_VOTE_YES] < tally->needed)
    return PLENARY_OUTCOME_NOT_ADOPTED;
  if (self->majority == PLENARY_MAJORITY_SUBSTANTIVE && tally->permanent_no)
    return PLENARY_OUTCOME_VETOED;
  return PLENARY_OUTCOME_ADOPTED;
}

gboolean
plenary_resolution_get_outcome_is_explicit (PlenaryResolution *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (self), FALSE);

  return self->has_explicit_outcome;
}

void
plenary_resolution_set_explicit_outcome (PlenaryResolution *self,
                                         PlenaryOutcome     outcome)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  self->explicit_outcome = outcome;
  self->has_explicit_outcome = TRUE;
}

void
plenary_resolution_clear_explicit_outcome (PlenaryResolution *self)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION (self));

  self->has_explicit_outcome = FALSE;
}
