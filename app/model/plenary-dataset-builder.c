/* plenary-dataset-builder.c: filling a dataset from files that list votes row by row
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dataset's member table is frozen once its first resolution is appended,
 * but the UN's files name their members as they go: a Soviet vote may first
 * appear on row 900,000. So the builder keeps every resolution and its votes
 * by member code until finish(), then completes the member table (every code
 * Plenary knows: current states and the historical SUN, YUG, SCG, CSK, DDR,
 * GER, YMD, EAT and EAZ) and only then creates and appends the resolutions.
 *
 * What it does with imperfect data, so that no vote is ever lost unseen:
 * - Symbols are normalised (plenary_symbol_normalize()), so
 *   `S/RES/2774(2025)` and `S/RES/2774 (2025)` are one resolution.
 * - A symbol added twice is one resolution: its votes are merged and the
 *   first record's date and details kept, with a warning naming both places.
 * - A member listed twice with the same vote is counted once; the builder
 *   says so once per resolution, naming the members. A member listed twice
 *   with different votes keeps the first, and the warning names the symbol,
 *   the member and both votes.
 * - A code Plenary does not know that looks like a code (three capitals)
 *   becomes a member of its own, named as the file names it, with a warning;
 *   anything else is not a member and its vote is reported as not counted.
 * - A total given twice with different numbers keeps the first, with a
 *   warning. A total smaller than its list is left out, with a warning that
 *   gives it: the native format cannot hold lists longer than their totals.
 * - A file may name at most PLENARY_DATASET_BUILDER_MAX_CODES different
 *   codes: add_vote() refuses the next one, and the reader stops with an
 *   error that says so, before thousands of members make every vote large.
 * The warnings go to the dataset (plenary_dataset_add_warning()), the first
 * PLENARY_DATASET_BUILDER_MAX_WARNINGS of each kind and a count of the rest.
 *
 * The rules it assumes where the source does not say: a General Assembly
 * vote needs a simple majority, two thirds in an emergency special session;
 * a Council vote is substantive. A resolution the source lists as adopted
 * (set_adopted()) whose votes would not adopt it under that rule is looked
 * at again in check_adopted(): see there.
 */

#define G_LOG_DOMAIN "plenary-dataset-builder"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-countries.h"
#include "plenary-dataset-builder.h"
#include "plenary-date.h"
#include "plenary-symbol.h"

#define NO_VOTE 0xFF
#define DETAILS_KEY "plenary-resolution-details"

typedef struct
{
  char   code[4];
  char  *name;    /* the first name a file gave it, or NULL */
  int    member;  /* index in the dataset's table, once finish() has made it */
} CodeEntry;

struct _PlenaryPendingResolution
{
  PlenaryDatasetBuilder    *builder;
  char                     *symbol;
  PlenaryBody               body;
  GDate                     date;
  char                     *title;
  char                     *session;
  char                     *draft;
  char                     *meeting;
  PlenaryMajority           majority;
  gboolean                  majority_set;
  PlenaryVote               unlisted_vote;
  gboolean                  adopted;
  int                       official[PLENARY_N_OFFICIAL_VOTES];
  guint8                   *votes;      /* by code id; NO_VOTE where none */
  guint                     n_votes;
  GString                  *repeated;   /* codes listed twice with the same vote */
  guint                     n_repeated;
  PlenaryResolutionDetails *details;
  GPtrArray                *subjects;
};

struct _PlenaryDatasetBuilder
{
  GObject         parent_instance;

  PlenaryDataset *dataset;
  GPtrArray      *pending;        /* of PlenaryPendingResolution, in the order added */
  GHashTable     *by_symbol;      /* normalised symbol → PlenaryPendingResolution */
  GArray         *codes;          /* of CodeEntry, by code id */
  GHashTable     *code_ids;       /* code → id + 1 */
  GString        *no_votes;       /* resolutions read as adopted without a vote */
  guint           n_no_votes;
  char           *file;
  guint           line;
  guint           n_warnings[PLENARY_IMPORT_N_WARNING_KINDS];
  gboolean        finished;
};

G_DEFINE_FINAL_TYPE (PlenaryDatasetBuilder, plenary_dataset_builder, G_TYPE_OBJECT)

static void
details_free (gpointer data)
{
  PlenaryResolutionDetails *details = data;

  g_free (details->source);
  g_free (details->record_id);
  g_free (details->link);
  g_free (details->agenda);
  g_strfreev (details->subjects);
  g_free (details);
}

static void
pending_free (gpointer data)
{
  PlenaryPendingResolution *pending = data;

  g_free (pending->symbol);
  g_free (pending->title);
  g_free (pending->session);
  g_free (pending->draft);
  g_free (pending->meeting);
  g_free (pending->votes);
  if (pending->repeated != NULL)
    g_string_free (pending->repeated, TRUE);
  if (pending->details != NULL)
    details_free (pending->details);
  g_clear_pointer (&pending->subjects, g_ptr_array_unref);
  g_free (pending);
}

static void
code_entry_clear (gpointer data)
{
  CodeEntry *entry = data;

  g_free (entry->name);
}

static void
plenary_dataset_builder_finalize (GObject *object)
{
  PlenaryDatasetBuilder *self = (PlenaryDatasetBuilder *) object;

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->by_symbol, g_hash_table_unref);
  g_clear_pointer (&self->codes, g_array_unref);
  g_clear_pointer (&self->code_ids, g_hash_table_unref);
  g_clear_pointer (&self->file, g_free);
  if (self->no_votes != NULL)
    g_string_free (g_steal_pointer (&self->no_votes), TRUE);

  G_OBJECT_CLASS (plenary_dataset_builder_parent_class)->finalize (object);
}

static void
plenary_dataset_builder_class_init (PlenaryDatasetBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_dataset_builder_finalize;
}

static void
plenary_dataset_builder_init (PlenaryDatasetBuilder *self)
{
  self->dataset = plenary_dataset_new ();
  self->pending = g_ptr_array_new_with_free_func (pending_free);
  self->by_symbol = g_hash_table_new (g_str_hash, g_str_equal);
  self->codes = g_array_new (FALSE, TRUE, sizeof (CodeEntry));
  g_array_set_clear_func (self->codes, code_entry_clear);
  self->code_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->no_votes = g_string_new (NULL);
}

/* A builder of a new dataset, which starts with the 193 members of the
 * United Nations. */
PlenaryDatasetBuilder *
plenary_dataset_builder_new (void)
{
  return g_object_new (PLENARY_TYPE_DATASET_BUILDER, NULL);
}

/**
 * plenary_dataset_builder_get_dataset:
 *
 * The dataset being built, to set its title, source and display name, or to
 * declare members before finish(). Do not append resolutions to it.
 *
 * Returns: (transfer none): the dataset
 */
PlenaryDataset *
plenary_dataset_builder_get_dataset (PlenaryDatasetBuilder *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (self), NULL);

  return self->dataset;
}

/* Sets where the rows being added come from; warnings and each resolution's
 * source name it. @line 0 names the file alone. */
void
plenary_dataset_builder_set_location (PlenaryDatasetBuilder *self,
                                      const char            *file,
                                      guint                  line)
{
  g_return_if_fail (PLENARY_IS_DATASET_BUILDER (self));

  if (g_strcmp0 (self->file, file) != 0)
    {
      g_free (self->file);
      self->file = g_strdup (file);
    }
  self->line = line;
}

static char *
format_location (const char *file,
                 guint       line)
{
  if (file == NULL)
    return NULL;
  if (line == 0)
    return g_strdup (file);
  return g_strdup_printf ("%s:%u", file, line);
}

static void
add_warning_at (PlenaryDatasetBuilder *self,
                PlenaryImportWarning   kind,
                const char            *location,
                const char            *message)
{
  g_autofree char *full = NULL;

  if (++self->n_warnings[kind] > PLENARY_DATASET_BUILDER_MAX_WARNINGS)
    return;

  full = location != NULL ? g_strdup_printf ("%s: %s", location, message) : g_strdup (message);
  plenary_dataset_add_warning (self->dataset, full);
}

/* Adds a warning to the dataset, after the current location. */
void
plenary_dataset_builder_add_warning (PlenaryDatasetBuilder *self,
                                     PlenaryImportWarning   kind,
                                     const char            *message)
{
  g_autofree char *location = NULL;

  g_return_if_fail (PLENARY_IS_DATASET_BUILDER (self));
  g_return_if_fail (kind < PLENARY_IMPORT_N_WARNING_KINDS);
  g_return_if_fail (message != NULL);

  location = format_location (self->file, self->line);
  add_warning_at (self, kind, location, message);
}

G_GNUC_PRINTF (3, 4)
static void
warn (PlenaryDatasetBuilder *self,
      PlenaryImportWarning   kind,
      const char            *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  plenary_dataset_builder_add_warning (self, kind, message);
}

/**
 * plenary_dataset_builder_add_resolution:
 * @symbol: the document symbol, in any of the UN's spellings
 * @body: the body that voted
 * @date: the date of the vote
 *
 * Starts a resolution, or returns the one already started under the same
 * (normalised) symbol, which is a duplicate: the builder warns, merges the
 * votes, and keeps the first record's date and details.
 *
 * Returns: (transfer none): the resolution, owned by the builder
 */
PlenaryPendingResolution *
plenary_dataset_builder_add_resolution (PlenaryDatasetBuilder *self,
                                        const char            *symbol,
                                        PlenaryBody            body,
                                        const GDate           *date)
{
  g_autofree char *normal = NULL;
  PlenaryPendingResolution *pending;

  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (self), NULL);
  g_return_val_if_fail (!self->finished, NULL);
  g_return_val_if_fail (symbol != NULL && *symbol != '\0', NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  normal = plenary_symbol_normalize (symbol);
  pending = g_hash_table_lookup (self->by_symbol, normal);
  if (pending != NULL)
    {
      g_autofree char *first_date = plenary_date_to_iso (&pending->date);
      g_autofree char *this_date = plenary_date_to_iso (date);
      /* Translators: where a resolution first appears, when the file gives no line. */
      const char *first_place = pending->details->source != NULL ? pending->details->source
                                                                 : _("an earlier row");

      if (g_date_compare (&pending->date, date) != 0 || pending->body != body)
        warn (self, PLENARY_IMPORT_WARNING_DUPLICATE_SYMBOL,
              /* Translators: a resolution that a file lists twice, with different dates. */
              _("%s appears a second time, dated %s; the first, at %s, is dated %s. The two "
                "are read as one resolution: the votes are merged and the first date and "
                "details kept"),
              normal, this_date, first_place, first_date);
      else
        warn (self, PLENARY_IMPORT_WARNING_DUPLICATE_SYMBOL,
              /* Translators: a resolution that a file lists twice. */
              _("%s appears a second time; it first appears at %s. The two are read as one "
                "resolution: the votes are merged and the first record's details kept"),
              normal, first_place);
      return pending;
    }

  pending = g_new0 (PlenaryPendingResolution, 1);
  pending->builder = self;
  pending->symbol = g_steal_pointer (&normal);
  pending->body = body;
  pending->date = *date;
  pending->majority = body == PLENARY_BODY_SECURITY_COUNCIL
                      ? PLENARY_MAJORITY_SUBSTANTIVE
                      : PLENARY_MAJORITY_SIMPLE;
  pending->unlisted_vote = PLENARY_VOTE_NOT_RECORDED;
  for (guint i = 0; i < PLENARY_N_OFFICIAL_VOTES; i++)
    pending->official[i] = -1;
  pending->details = g_new0 (PlenaryResolutionDetails, 1);
  pending->details->source = format_location (self->file, self->line);

  g_ptr_array_add (self->pending, pending);
  g_hash_table_insert (self->by_symbol, pending->symbol, pending);
  return pending;
}

/* The resolution started under @symbol, in any of its spellings, or NULL. */
PlenaryPendingResolution *
plenary_dataset_builder_lookup_resolution (PlenaryDatasetBuilder *self,
                                           const char            *symbol)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (self), NULL);

  if (symbol == NULL)
    return NULL;
  normal = plenary_symbol_normalize (symbol);
  return g_hash_table_lookup (self->by_symbol, normal);
}

guint
plenary_dataset_builder_get_n_resolutions (PlenaryDatasetBuilder *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (self), 0);

  return self->pending->len;
}

const char *
plenary_pending_resolution_get_symbol (PlenaryPendingResolution *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->symbol;
}

PlenaryBody
plenary_pending_resolution_get_body (PlenaryPendingResolution *self)
{
  g_return_val_if_fail (self != NULL, PLENARY_BODY_GENERAL_ASSEMBLY);

  return self->body;
}

/* Sets a text field unless the first record already did. */
static void
set_first (char       **field,
           const char  *value)
{
  if (*field == NULL && value != NULL && *value != '\0')
    *field = g_strdup (value);
}

void
plenary_pending_resolution_set_title (PlenaryPendingResolution *self,
                                      const char               *title)
{
  g_return_if_fail (self != NULL);

  set_first (&self->title, title);
}

void
plenary_pending_resolution_set_session (PlenaryPendingResolution *self,
                                        const char               *session)
{
  g_return_if_fail (self != NULL);

  set_first (&self->session, session);
}

void
plenary_pending_resolution_set_draft (PlenaryPendingResolution *self,
                                      const char               *draft)
{
  g_return_if_fail (self != NULL);

  set_first (&self->draft, draft);
}

void
plenary_pending_resolution_set_meeting (PlenaryPendingResolution *self,
                                        const char               *meeting)
{
  g_return_if_fail (self != NULL);

  set_first (&self->meeting, meeting);
}

/* Sets the majority rule. Without one, a General Assembly vote of an
 * emergency special session needs two thirds, any other a simple majority,
 * and a Security Council vote is substantive. */
void
plenary_pending_resolution_set_majority (PlenaryPendingResolution *self,
                                         PlenaryMajority           majority)
{
  g_return_if_fail (self != NULL);

  if (self->majority_set)
    return;
  self->majority = majority;
  self->majority_set = TRUE;
}

/* Sets the official total of @vote (YES, NO, ABSTAIN or NON_VOTING). A
 * different figure for a total already set is a warning, and the first stays. */
void
plenary_pending_resolution_set_official_total (PlenaryPendingResolution *self,
                                               PlenaryVote               vote,
                                               int                       count)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (vote < PLENARY_N_OFFICIAL_VOTES);

  if (count < 0)
    return;
  if (self->official[vote] < 0)
    self->official[vote] = count;
  else if (self->official[vote] != count)
    warn (self->builder, PLENARY_IMPORT_WARNING_TOTALS,
          /* Translators: "A/RES/1/2: the total of “yes” is given as 93 and as 94; 93 is
           * kept". */
          _("%s: the total of “%s” is given as %d and as %d; %d is kept"),
          self->symbol, plenary_vote_to_key (vote), self->official[vote], count,
          self->official[vote]);
}

/**
 * plenary_pending_resolution_set_unlisted_vote:
 * @vote: NOT_RECORDED (the default) or NON_VOTING
 *
 * What a member of the body that no row names did: unknown, or, for files
 * that list only those who voted, did not vote. The members of the body on
 * the date come from the model (plenary_resolution_member_in_body()).
 */
void
plenary_pending_resolution_set_unlisted_vote (PlenaryPendingResolution *self,
                                              PlenaryVote               vote)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (vote == PLENARY_VOTE_NOT_RECORDED || vote == PLENARY_VOTE_NON_VOTING);

  self->unlisted_vote = vote;
}

/* Says that the source lists the resolution as adopted, as the UN's files of
 * resolutions do. Where the recorded votes would not adopt it, finish() says
 * so in a warning and makes its outcome explicit. */
void
plenary_pending_resolution_set_adopted (PlenaryPendingResolution *self,
                                        gboolean                  adopted)
{
  g_return_if_fail (self != NULL);

  self->adopted = !!adopted;
}

/* Marks a resolution adopted without a vote: whatever the rows say, there was
 * no roll call, and its outcome is adopted. */
void
plenary_pending_resolution_set_without_vote (PlenaryPendingResolution *self,
                                             gboolean                  without_vote)
{
  g_return_if_fail (self != NULL);

  self->details->without_vote = !!without_vote;
}

void
plenary_pending_resolution_set_record_id (PlenaryPendingResolution *self,
                                          const char               *record_id)
{
  g_return_if_fail (self != NULL);

  set_first (&self->details->record_id, record_id);
}

void
plenary_pending_resolution_set_link (PlenaryPendingResolution *self,
                                     const char               *link)
{
  g_return_if_fail (self != NULL);

  set_first (&self->details->link, link);
}

void
plenary_pending_resolution_set_agenda (PlenaryPendingResolution *self,
                                       const char               *agenda)
{
  g_return_if_fail (self != NULL);

  set_first (&self->details->agenda, agenda);
}

void
plenary_pending_resolution_add_subject (PlenaryPendingResolution *self,
                                        const char               *subject)
{
  g_return_if_fail (self != NULL);

  if (subject == NULL || *subject == '\0')
    return;
  if (self->subjects == NULL)
    self->subjects = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->subjects->len; i++)
    if (g_str_equal (g_ptr_array_index (self->subjects, i), subject))
      return;
  g_ptr_array_add (self->subjects, g_strdup (subject));
}

/* How many different subject terms the resolution has so far. */
guint
plenary_pending_resolution_get_n_subjects (PlenaryPendingResolution *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->subjects != NULL ? self->subjects->len : 0;
}

/* What is not a code, as a warning quotes it: valid UTF-8, and short. */
static char *
quote_code (const char *code)
{
  g_autofree char *valid = g_utf8_make_valid (code, -1);

  if (g_utf8_strlen (valid, -1) <= 12)
    return g_steal_pointer (&valid);
  *g_utf8_offset_to_pointer (valid, 12) = '\0';
  return g_strconcat (valid, "…", NULL);
}

static gboolean
looks_like_code (const char *code)
{
  return g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) &&
         g_ascii_isupper (code[2]) && code[3] == '\0';
}

/* The id of @code, interned on first sight. A code Plenary does not know is
 * reported then, once. */
static guint
intern_code (PlenaryDatasetBuilder *self,
             const char            *code,
             const char            *name,
             const char            *symbol)
{
  gpointer value = g_hash_table_lookup (self->code_ids, code);
  CodeEntry entry = { { 0 }, NULL, -1 };

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  g_strlcpy (entry.code, code, sizeof entry.code);
  if (name != NULL && *name != '\0')
    entry.name = g_utf8_make_valid (name, -1);
  g_array_append_val (self->codes, entry);
  g_hash_table_insert (self->code_ids, g_strdup (code), GUINT_TO_POINTER (self->codes->len));

  if (plenary_dataset_lookup_member (self->dataset, code) < 0 && !plenary_countries_is_known (code))
    warn (self, PLENARY_IMPORT_WARNING_UNKNOWN_CODE,
          /* Translators: "A/RES/1/2: unknown member code “XYZ” (XYZLAND); it is kept as a
           * member of its own". */
          _("%s: unknown member code “%s” (%s); it is kept as a member of its own"),
          symbol, code, entry.name != NULL ? entry.name : code);

  return self->codes->len - 1;
}

static void
note_repeated (PlenaryPendingResolution *self,
               const char               *code)
{
  if (self->repeated == NULL)
    self->repeated = g_string_new (NULL);
  if (self->n_repeated < 12)
    g_string_append_printf (self->repeated, "%s%s", self->repeated->len > 0 ? ", " : "", code);
  self->n_repeated++;
}

/**
 * plenary_pending_resolution_add_vote:
 * @code: the member's code: ISO 3166-1 alpha-3, or a historical code
 * @name: (nullable): the member's name in the file, used only for a code
 *   Plenary does not know
 * @vote: YES, NO, ABSTAIN or NON_VOTING
 *
 * Records a vote. See the top of this file for what happens to a member
 * listed twice and to a code nobody knows.
 *
 * Returns: %FALSE, recording nothing, when @code would be one more than the
 *   PLENARY_DATASET_BUILDER_MAX_CODES different codes the builder takes;
 *   the caller says so in its error
 */
gboolean
plenary_pending_resolution_add_vote (PlenaryPendingResolution *self,
                                     const char               *code,
                                     const char               *name,
                                     PlenaryVote               vote)
{
  PlenaryDatasetBuilder *builder;
  guint id;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (vote <= PLENARY_VOTE_NON_VOTING, FALSE);

  builder = self->builder;
  if (!looks_like_code (code))
    {
      g_autofree char *quoted = quote_code (code);

      warn (builder, PLENARY_IMPORT_WARNING_UNKNOWN_CODE,
            /* Translators: "A/RES/1/2: “ab” is not a member code; its vote, yes, is not
             * counted". */
            _("%s: “%s” is not a member code; its vote, %s, is not counted"),
            self->symbol, quoted, plenary_vote_to_key (vote));
      return TRUE;
    }
  if (builder->codes->len >= PLENARY_DATASET_BUILDER_MAX_CODES &&
      !g_hash_table_contains (builder->code_ids, code))
    return FALSE;

  id = intern_code (builder, code, name, self->symbol);
  if (id >= self->n_votes)
    {
      guint n = MAX (id + 1, MAX (self->n_votes * 2, 200));

      self->votes = g_realloc (self->votes, n);
      memset (self->votes + self->n_votes, NO_VOTE, n - self->n_votes);
      self->n_votes = n;
    }

  if (self->votes[id] == NO_VOTE)
    self->votes[id] = (guint8) vote;
  else if (self->votes[id] == vote)
    note_repeated (self, code);
  else
    warn (builder, PLENARY_IMPORT_WARNING_DUPLICATE_VOTE,
          /* Translators: "A/RES/1/2: USA is listed twice, as yes and as no; the first vote,
           * yes, is kept". The votes are the format's keys: yes, no, abstain, non_voting. */
          _("%s: %s is listed twice, as %s and as %s; the first vote, %s, is kept"),
          self->symbol, code, plenary_vote_to_key (self->votes[id]), plenary_vote_to_key (vote),
          plenary_vote_to_key (self->votes[id]));
  return TRUE;
}

/* Adds to the member table every code used that it does not have yet. */
static void
complete_members (PlenaryDatasetBuilder *self)
{
  for (guint id = 0; id < self->codes->len; id++)
    {
      CodeEntry *entry = &g_array_index (self->codes, CodeEntry, id);
      g_autoptr(PlenaryMember) member = NULL;

      entry->member = plenary_dataset_lookup_member (self->dataset, entry->code);
      if (entry->member >= 0)
        continue;
      if (plenary_dataset_get_members_frozen (self->dataset))
        {
          g_autofree char *message =
            g_strdup_printf (_("The member table was fixed before %s could be added; "
                               "its votes are not counted"), entry->code);

          plenary_dataset_add_warning (self->dataset, message);
          continue;
        }

      member = plenary_member_new (entry->code);
      if (!plenary_countries_is_known (entry->code))
        plenary_member_set_name (member, entry->name != NULL ? entry->name : entry->code);
      /* A save must write it back, or the file would not load again. */
      plenary_member_set_declared (member, TRUE);
      entry->member = (int) plenary_dataset_add_member (self->dataset, member);
    }
}

static void
warn_pending (PlenaryPendingResolution *pending,
              PlenaryImportWarning      kind,
              const char               *message)
{
  add_warning_at (pending->builder, kind, pending->details->source, message);
}

static void
set_votes (PlenaryPendingResolution *pending,
           PlenaryResolution        *resolution)
{
  PlenaryDatasetBuilder *self = pending->builder;
  guint n_outside = 0;
  const char *first_outside = NULL;

  for (guint id = 0; id < pending->n_votes && id < self->codes->len; id++)
    {
      CodeEntry *entry = &g_array_index (self->codes, CodeEntry, id);

      if (pending->votes[id] == NO_VOTE || entry->member < 0)
        continue;
      plenary_resolution_set_vote (resolution, (guint) entry->member, pending->votes[id]);
      if (pending->body == PLENARY_BODY_GENERAL_ASSEMBLY &&
          !plenary_member_is_un_member_on (plenary_dataset_get_member (self->dataset,
                                                                       (guint) entry->member),
                                           &pending->date))
        {
          first_outside = first_outside != NULL ? first_outside : entry->code;
          n_outside++;
        }
    }

  if (n_outside > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      /* Translators: "A/RES/1/2: SUN votes on a date when…". */
                                      "%s: %s votes on a date when, by its admission and "
                                      "departure dates, it was not a member",
                                      "%s: %s and others vote on a date when, by their "
                                      "admission and departure dates, they were not members",
                                      n_outside),
                         pending->symbol, first_outside);
      warn_pending (pending, PLENARY_IMPORT_WARNING_MEMBERSHIP, message);
    }

  if (pending->unlisted_vote != PLENARY_VOTE_NOT_RECORDED)
    for (guint i = 0; i < plenary_resolution_get_n_members (resolution); i++)
      if (plenary_resolution_get_recorded_vote (resolution, i) == PLENARY_VOTE_NOT_RECORDED &&
          plenary_resolution_member_in_body (resolution, i))
        plenary_resolution_set_vote (resolution, i, pending->unlisted_vote);
}

/* Lists that name more members than the official total contradict it; the
 * total is left out, so that the dataset stays one that the native format can
 * hold, and the warning keeps the figure. */
static void
check_totals (PlenaryPendingResolution *pending,
              PlenaryResolution        *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  int official[PLENARY_N_OFFICIAL_VOTES];
  guint listed[PLENARY_N_OFFICIAL_VOTES];

  memcpy (official, tally->official, sizeof official);
  memcpy (listed, tally->listed, sizeof listed);
  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    {
      g_autofree char *message = NULL;

      if (official[vote] < 0 || listed[vote] <= (guint) official[vote])
        continue;
      message = g_strdup_printf (_("%s: %u members are listed under “%s”, but the official "
                                   "total is %d; the total is left out"),
                                 pending->symbol, listed[vote],
                                 plenary_vote_to_key (vote), official[vote]);
      warn_pending (pending, PLENARY_IMPORT_WARNING_TOTALS, message);
      plenary_resolution_set_official_total (resolution, vote, -1);
    }
}

/* A resolution the source lists as adopted, whose recorded votes would not
 * adopt it under the rule the builder assumed:
 * - A Council vote with nine (seven before 1966) in favour and a permanent
 *   member against can only have been procedural (Charter, Article 27):
 *   its rule becomes procedural, unless the source gave one.
 * - A record with nobody in favour, against or abstaining (the UN Digital
 *   Library lists every member as "X" for some resolutions) was not adopted
 *   by a vote at all: it is marked adopted without a vote, and finish()
 *   names these in one warning.
 * - Anything else keeps its votes, is shown as adopted, and is reported. */
static void
check_adopted (PlenaryPendingResolution *pending,
               PlenaryResolution        *resolution)
{
  const PlenaryTally *tally;
  g_autofree char *message = NULL;

  if (plenary_resolution_get_outcome (resolution) == PLENARY_OUTCOME_ADOPTED)
    return;

  if (plenary_resolution_get_outcome (resolution) == PLENARY_OUTCOME_VETOED &&
      !pending->majority_set)
    {
      plenary_resolution_set_majority (resolution, PLENARY_MAJORITY_PROCEDURAL);
      if (plenary_resolution_get_outcome (resolution) == PLENARY_OUTCOME_ADOPTED)
        return;
      plenary_resolution_set_majority (resolution, PLENARY_MAJORITY_SUBSTANTIVE);
    }

  tally = plenary_resolution_get_tally (resolution);
  plenary_resolution_set_explicit_outcome (resolution, PLENARY_OUTCOME_ADOPTED);
  if (tally->counts[PLENARY_VOTE_YES] == 0 && tally->counts[PLENARY_VOTE_NO] == 0 &&
      tally->counts[PLENARY_VOTE_ABSTAIN] == 0)
    {
      PlenaryDatasetBuilder *self = pending->builder;

      pending->details->without_vote = TRUE;
      if (self->n_no_votes++ < 12)
        g_string_append_printf (self->no_votes, "%s%s", self->no_votes->len > 0 ? ", " : "",
                                pending->symbol);
      return;
    }

  message = g_strdup_printf (_("%s: as recorded (%u in favour, %u against, %u abstaining), the "
                               "votes would not adopt it; the file lists it as adopted, and it "
                               "is shown so"),
                             pending->symbol, tally->counts[PLENARY_VOTE_YES],
                             tally->counts[PLENARY_VOTE_NO], tally->counts[PLENARY_VOTE_ABSTAIN]);
  warn_pending (pending, PLENARY_IMPORT_WARNING_TOTALS, message);
}

static void
warn_about_no_votes (PlenaryDatasetBuilder *self)
{
  g_autofree char *message = NULL;

  if (self->n_no_votes == 0)
    return;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u resolution lists nobody in favour, against or "
                                          "abstaining, and is read as adopted without a vote: "
                                          "%s%s",
                                          "%u resolutions list nobody in favour, against or "
                                          "abstaining, and are read as adopted without a vote: "
                                          "%s%s",
                                          self->n_no_votes),
                             self->n_no_votes, self->no_votes->str,
                             self->n_no_votes > 12 ? "…" : "");
  plenary_dataset_add_warning (self->dataset, message);
}

static PlenaryResolution *
create_resolution (PlenaryPendingResolution *pending)
{
  PlenaryDataset *dataset = pending->builder->dataset;
  PlenaryResolution *resolution;

  resolution = plenary_resolution_new (plenary_dataset_get_members (dataset),
                                       pending->symbol, pending->body, &pending->date);
  plenary_resolution_set_title (resolution, pending->title);
  plenary_resolution_set_session (resolution, pending->session);
  plenary_resolution_set_draft (resolution, pending->draft);
  plenary_resolution_set_meeting (resolution, pending->meeting);

  if (pending->majority_set)
    plenary_resolution_set_majority (resolution, pending->majority);
  else if (pending->body == PLENARY_BODY_GENERAL_ASSEMBLY &&
           pending->session != NULL && g_str_has_prefix (pending->session, "ES-"))
    plenary_resolution_set_majority (resolution, PLENARY_MAJORITY_TWO_THIRDS);

  set_votes (pending, resolution);
  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    if (pending->official[vote] >= 0)
      plenary_resolution_set_official_total (resolution, vote, pending->official[vote]);

  if (pending->n_repeated > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s: %u member is listed twice with the same vote, "
                                      "and counted once: %s",
                                      "%s: %u members are listed twice with the same vote, "
                                      "and counted once: %s",
                                      pending->n_repeated),
                         pending->symbol, pending->n_repeated, pending->repeated->str);

      if (pending->n_repeated > 12)
        {
          g_autofree char *longer = g_strconcat (message, "…", NULL);

          g_free (message);
          message = g_steal_pointer (&longer);
        }
      warn_pending (pending, PLENARY_IMPORT_WARNING_DUPLICATE_VOTE, message);
    }
  check_totals (pending, resolution);
  if (pending->details->without_vote)
    plenary_resolution_set_explicit_outcome (resolution, PLENARY_OUTCOME_ADOPTED);
  else if (pending->adopted)
    check_adopted (pending, resolution);

  return resolution;
}

static void
warn_about_omitted (PlenaryDatasetBuilder *self)
{
  for (guint kind = 0; kind < PLENARY_IMPORT_N_WARNING_KINDS; kind++)
    {
      guint omitted;
      g_autofree char *message = NULL;

      if (self->n_warnings[kind] <= PLENARY_DATASET_BUILDER_MAX_WARNINGS)
        continue;
      omitted = self->n_warnings[kind] - PLENARY_DATASET_BUILDER_MAX_WARNINGS;
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "… and %u more warning like the last ones",
                                              "… and %u more warnings like the last ones",
                                              omitted),
                                 omitted);
      plenary_dataset_add_warning (self->dataset, message);
    }
}

/**
 * plenary_dataset_builder_finish:
 *
 * Completes the member table, creates every resolution and appends it. The
 * builder cannot be used after this.
 *
 * Returns: (transfer full): the dataset
 */
PlenaryDataset *
plenary_dataset_builder_finish (PlenaryDatasetBuilder *self)
{
  GHashTable *details;

  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (self), NULL);
  g_return_val_if_fail (!self->finished, NULL);

  self->finished = TRUE;
  complete_members (self);

  details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, details_free);
  for (guint i = 0; i < self->pending->len; i++)
    {
      PlenaryPendingResolution *pending = g_ptr_array_index (self->pending, i);
      g_autoptr(PlenaryResolution) resolution = create_resolution (pending);

      if (pending->subjects != NULL)
        {
          GPtrArray *subjects = g_steal_pointer (&pending->subjects);
          g_autofree char *joined = NULL;

          g_ptr_array_add (subjects, NULL);
          pending->details->subjects = (char **) g_ptr_array_free (subjects, FALSE);
          joined = g_strjoinv ("|", pending->details->subjects);
          plenary_resolution_set_subjects (resolution, joined);
        }
      plenary_resolution_set_record (resolution, pending->details->record_id);
      plenary_resolution_set_agenda (resolution, pending->details->agenda);
      plenary_resolution_set_without_vote (resolution, pending->details->without_vote);
      g_hash_table_insert (details, g_strdup (pending->symbol),
                           g_steal_pointer (&pending->details));
      plenary_dataset_append_resolution (self->dataset, resolution);
    }
  warn_about_no_votes (self);
  warn_about_omitted (self);

  g_object_set_data_full (G_OBJECT (self->dataset), DETAILS_KEY, details,
                          (GDestroyNotify) g_hash_table_unref);
  g_ptr_array_set_size (self->pending, 0);
  g_hash_table_remove_all (self->by_symbol);
  return g_object_ref (self->dataset);
}

/**
 * plenary_resolution_details_lookup:
 *
 * What the import knew about @resolution beyond the model's fields.
 *
 * Returns: (transfer none) (nullable): the details, or %NULL when @dataset
 *   was not made by a builder
 */
const PlenaryResolutionDetails *
plenary_resolution_details_lookup (PlenaryDataset    *dataset,
                                   PlenaryResolution *resolution)
{
  GHashTable *details;

  g_return_val_if_fail (PLENARY_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  details = g_object_get_data (G_OBJECT (dataset), DETAILS_KEY);
  if (details == NULL)
    return NULL;
  return g_hash_table_lookup (details, plenary_resolution_get_symbol (resolution));
}
