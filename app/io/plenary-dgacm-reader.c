/* plenary-dgacm-reader.c: importing DGACM's machine-readable GA resolutions (JSON lines)
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The UN's Department for General Assembly and Conference Management
 * publishes each session's resolutions as JSON lines: one object per line,
 * one file per session. Each line goes through plenary_json_scan() before
 * json-glib parses it, as every JSON Plenary reads does; a line that is not
 * JSON stops the import with the file, line and column. A file is read
 * whole, so it has the same size limit as a native file
 * (plenary_max_file_size()), and the limits of plenary-limits.h hold for
 * its texts, lists and subjects.
 *
 * The files list members by name (MS_in_favour, MS_against, MS_abstaining),
 * in many spellings, mapped to codes by data/un-member-names.tsv; a name the
 * table lacks is a warning naming it, and its vote is not counted (the
 * official count still is, so the app shows it as not recorded). Absentees
 * are not listed: in a recorded vote, a member of the Assembly on that day
 * that is in none of the lists did not vote, unless the lists are shorter
 * than the counts, in which case nobody can tell who the missing voter is
 * and the unlisted are left as not recorded, with a warning.
 *
 * A resolution adopted without a vote has no roll call: it is kept, marked
 * (PlenaryResolutionDetails.without_vote), adopted, and has no totals, so a
 * list can show it or filter it out. The counts ("N.A." where a list is
 * empty) are the official totals of a recorded vote.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "plenary-dgacm-reader.h"
#include "plenary-import.h"
#include "plenary-io-error.h"
#include "plenary-json-scan.h"
#include "plenary-limits.h"
#include "plenary-symbol.h"
#include "plenary-un-date.h"
#include "plenary-un-member-names.h"

/* A record is an object of lists of strings, or of pairs: three levels. */
#define DGACM_MAX_DEPTH 16

typedef struct
{
  const char  *list;   /* the field of names */
  const char  *count;  /* the field of the count */
  PlenaryVote  vote;
} VoteList;

static const VoteList vote_lists[] = {
  { "MS_in_favour", "MS_in_favour_count", PLENARY_VOTE_YES },
  { "MS_against", "MS_against_count", PLENARY_VOTE_NO },
  { "MS_abstaining", "MS_abstaining_count", PLENARY_VOTE_ABSTAIN },
};

typedef struct
{
  PlenaryDatasetBuilder *builder;
  const char            *display_name;
  guint                  line;
} Reader;

G_GNUC_PRINTF (4, 5)
static gboolean
fail (const Reader  *reader,
      GError       **error,
      int            code,
      const char    *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PLENARY_IO_ERROR, code, "%s:%u: %s",
               reader->display_name, reader->line, message);
  return FALSE;
}

G_GNUC_PRINTF (3, 4)
static void
warn (const Reader         *reader,
      PlenaryImportWarning  kind,
      const char           *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  plenary_dataset_builder_add_warning (reader->builder, kind, message);
}

/* Gives an error of json-glib's about one line ("<data>:1:COLUMN: …") the
 * line's place in the file. */
static void
locate_error (const Reader  *reader,
              const char    *prefix,
              GError       **error,
              GError        *line_error)
{
  g_autofree char *start = g_strconcat (prefix, ":1:", NULL);
  const char *message = line_error->message;
  int code = line_error->domain == PLENARY_IO_ERROR ? line_error->code : PLENARY_IO_ERROR_SYNTAX;

  if (g_str_has_prefix (message, start))
    g_set_error (error, PLENARY_IO_ERROR, code, "%s:%u:%s",
                 reader->display_name, reader->line, message + strlen (start));
  else if (g_str_has_prefix (message, prefix) && message[strlen (prefix)] == ':')
    g_set_error (error, PLENARY_IO_ERROR, code, "%s:%u:%s",
                 reader->display_name, reader->line, message + strlen (prefix) + 1);
  else
    g_set_error (error, PLENARY_IO_ERROR, code, "%s:%u: %s",
                 reader->display_name, reader->line, message);
}

static const char *
describe_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return _("a string");
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return _("true or false");
  return _("a number");
}

/* An optional string: absent or null gives NULL. */
static gboolean
get_string (const Reader  *reader,
            JsonObject    *object,
            const char    *key,
            const char   **value,
            GError       **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (reader, error, PLENARY_IO_ERROR_WRONG_TYPE,
                 /* Translators: "74.json:12: title: expected a string, found a number". */
                 _("%s: expected a string, found %s"), key, describe_node (node));
  if (strlen (json_node_get_string (node)) > PLENARY_MAX_TEXT_LENGTH)
    {
      g_autofree char *message =
        plenary_describe_text_length (strlen (json_node_get_string (node)));

      return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE, "%s: %s", key, message);
    }
  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_required_string (const Reader  *reader,
                     JsonObject    *object,
                     const char    *key,
                     const char   **value,
                     GError       **error)
{
  if (!get_string (reader, object, key, value, error))
    return FALSE;
  if (*value == NULL || **value == '\0')
    return fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD,
                 _("the required field “%s” is missing"), key);
  return TRUE;
}

/* An optional array: absent or null gives NULL. */
static gboolean
get_array (const Reader  *reader,
           JsonObject    *object,
           const char    *key,
           JsonArray    **value,
           GError       **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (reader, error, PLENARY_IO_ERROR_WRONG_TYPE,
                 _("%s: expected an array, found %s"), key, describe_node (node));
  *value = json_node_get_array (node);
  return TRUE;
}

/* Refuses an array of more than @limit items. */
static gboolean
check_length (const Reader  *reader,
              JsonArray     *array,
              const char    *key,
              guint          limit,
              GError       **error)
{
  guint length = array != NULL ? json_array_get_length (array) : 0;

  if (length <= limit)
    return TRUE;
  return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE,
               /* Translators: “MS_in_favour: the list has 10000 items; Plenary reads at
                * most 1000 in one list”. */
               _("%s: the list has %u items; Plenary reads at most %u in one list"),
               key, length, limit);
}

/* A count: digits, or "N.A." for none; -1 when absent or unreadable. */
static int
read_count (const Reader *reader,
            JsonObject   *object,
            const char   *key,
            const char   *symbol)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *quoted = NULL;
  const char *text;
  guint64 value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return -1;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) >= 0 && json_node_get_int (node) <= 10000)
    return (int) json_node_get_int (node);

  text = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
  if (text != NULL && (g_str_equal (text, "N.A.") || g_str_equal (text, "N.A") ||
                       g_str_equal (text, "NA")))
    return 0;
  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 0, 10000, &value, NULL))
    return (int) value;

  quoted = plenary_quote_text (text != NULL ? text : describe_node (node));
  warn (reader, PLENARY_IMPORT_WARNING_VALUE,
        /* Translators: "A/RES/74/1: MS_against_count: “many” is not a count; it is left
         * out". */
        _("%s: %s: “%s” is not a count; it is left out"),
        symbol, key, quoted);
  return -1;
}

static gboolean
read_subjects (const Reader              *reader,
               PlenaryPendingResolution  *pending,
               JsonArray                 *subjects,
               GError                   **error)
{
  for (guint i = 0; subjects != NULL && i < json_array_get_length (subjects); i++)
    {
      JsonNode *node = json_array_get_element (subjects, i);
      const char *subject;

      /* ["FINANCING", "UNBIS Thesaurus"]: the term and its thesaurus. */
      if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
        node = json_array_get_element (json_node_get_array (node), 0);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;

      subject = json_node_get_string (node);
      if (strlen (subject) > PLENARY_MAX_TEXT_LENGTH)
        {
          g_autofree char *message = plenary_describe_text_length (strlen (subject));

          return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE, "subjects[%u]: %s", i, message);
        }
      plenary_pending_resolution_add_subject (pending, subject);
      /* A symbol met again adds its subjects to the first's. */
      if (plenary_pending_resolution_get_n_subjects (pending) > PLENARY_MAX_SUBJECTS)
        return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE,
                     _("subjects: %s has more than %d subject terms, the most Plenary reads "
                       "for one resolution"),
                     plenary_pending_resolution_get_symbol (pending), PLENARY_MAX_SUBJECTS);
    }
  return TRUE;
}

/* Reads one list of names into votes. Returns how many different members it
 * names, and counts the names that are not members in *@unknown. */
static gboolean
read_names (const Reader             *reader,
            PlenaryPendingResolution *pending,
            JsonArray                *names,
            const VoteList           *list,
            guint                    *n_members,
            guint                    *unknown,
            GError                  **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; names != NULL && i < json_array_get_length (names); i++)
    {
      JsonNode *node = json_array_get_element (names, i);
      const char *name, *code;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (reader, error, PLENARY_IO_ERROR_WRONG_TYPE,
                     _("%s[%u]: expected a member’s name, found %s"),
                     list->list, i, describe_node (node));

      name = json_node_get_string (node);
      code = plenary_un_member_names_lookup (name);
      if (code == NULL)
        {
          g_autofree char *quoted = plenary_quote_text (name);

          warn (reader, PLENARY_IMPORT_WARNING_UNKNOWN_NAME,
                /* Translators: "A/RES/74/1: “FOO” (MS_in_favour) is not a member name Plenary
                 * knows; its vote is not counted". */
                _("%s: “%s” (%s) is not a member name Plenary knows; its vote is not counted"),
                plenary_pending_resolution_get_symbol (pending), quoted, list->list);
          (*unknown)++;
          continue;
        }
      g_hash_table_add (seen, (gpointer) code);
      if (!plenary_pending_resolution_add_vote (pending, code, name, list->vote))
        return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE,
                     _("%s[%u]: “%s” would be member number %d; Plenary reads at most %d "
                       "different members"),
                     list->list, i, code, PLENARY_MAX_MEMBERS + 1, PLENARY_MAX_MEMBERS);
    }

  *n_members = g_hash_table_size (seen);
  return TRUE;
}

/* Reads the three lists and their counts of a recorded vote. */
static gboolean
read_recorded_vote (const Reader             *reader,
                    JsonObject               *object,
                    PlenaryPendingResolution *pending,
                    GError                  **error)
{
  const char *symbol = plenary_pending_resolution_get_symbol (pending);
  int counts[G_N_ELEMENTS (vote_lists)];
  guint listed[G_N_ELEMENTS (vote_lists)];
  guint named = 0, unknown = 0;
  gboolean complete = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (vote_lists); i++)
    {
      const VoteList *list = &vote_lists[i];
      JsonArray *names;

      listed[i] = 0;
      if (!get_array (reader, object, list->list, &names, error) ||
          !check_length (reader, names, list->list, PLENARY_MAX_MEMBERS, error) ||
          !read_names (reader, pending, names, list, &listed[i], &unknown, error))
        return FALSE;

      counts[i] = read_count (reader, object, list->count, symbol);
      plenary_pending_resolution_set_official_total (pending, list->vote, counts[i]);
      named += listed[i];
      if (counts[i] >= 0 && (guint) counts[i] > listed[i])
        complete = FALSE;
    }

  if (named == 0 && unknown == 0)
    {
      warn (reader, PLENARY_IMPORT_WARNING_TOTALS,
            _("%s: a recorded vote whose lists name no member; only its counts are kept"),
            symbol);
      return TRUE;
    }
  if (complete && unknown == 0)
    {
      plenary_pending_resolution_set_unlisted_vote (pending, PLENARY_VOTE_NON_VOTING);
      return TRUE;
    }

  /* Unknown names have had their warnings. */
  for (guint i = 0; unknown == 0 && i < G_N_ELEMENTS (vote_lists); i++)
    if (counts[i] >= 0 && (guint) counts[i] > listed[i])
      warn (reader, PLENARY_IMPORT_WARNING_TOTALS,
            /* Translators: "A/RES/77/293: MS_abstaining_count is 59, but the list names
             * 58 members; the members named in no list are left as not recorded". */
            _("%s: %s is %d, but the list names %u members; the members named in no "
              "list are left as not recorded"),
            symbol, vote_lists[i].count, counts[i], listed[i]);
  return TRUE;
}

static gboolean
lists_are_empty (JsonObject *object)
{
  for (guint i = 0; i < G_N_ELEMENTS (vote_lists); i++)
    {
      JsonNode *node = json_object_get_member (object, vote_lists[i].list);

      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) &&
          json_array_get_length (json_node_get_array (node)) > 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether the record is a recorded vote: what adoption_type says, else
 * whether it lists votes. */
static gboolean
is_recorded_vote (const Reader *reader,
                  JsonObject   *object,
                  const char   *symbol,
                  const char   *adoption_type)
{
  g_autofree char *lower = adoption_type != NULL ? g_utf8_strdown (adoption_type, -1) : NULL;
  g_autofree char *quoted = NULL;
  gboolean empty = lists_are_empty (object);

  if (lower != NULL && strstr (lower, "without") != NULL)
    {
      if (!empty)
        warn (reader, PLENARY_IMPORT_WARNING_VALUE,
              _("%s: adopted without a vote, yet the record lists votes; they are read "
                "as a recorded vote"), symbol);
      return !empty;
    }
  if (lower != NULL && strstr (lower, "recorded vote") != NULL)
    return TRUE;

  quoted = plenary_quote_text (adoption_type != NULL ? adoption_type : "");
  warn (reader, PLENARY_IMPORT_WARNING_VALUE,
        empty ? _("%s: the adoption type “%s” is not one Plenary knows; the record lists no "
                  "votes, so it is read as adopted without a vote")
              : _("%s: the adoption type “%s” is not one Plenary knows; the record lists "
                  "votes, so it is read as a recorded vote"),
        symbol, quoted);
  return !empty;
}

static gboolean
read_record (const Reader  *reader,
             JsonObject    *object,
             GError       **error)
{
  const char *symbol, *date_text, *adoption_type, *title, *session_text, *meeting, *draft,
             *agenda;
  g_autofree char *session = NULL;
  PlenaryPendingResolution *pending;
  JsonArray *subjects;
  GDate date;

  if (!get_required_string (reader, object, "symbol", &symbol, error) ||
      !get_required_string (reader, object, "adoption_date", &date_text, error) ||
      !get_string (reader, object, "adoption_type", &adoption_type, error) ||
      !get_string (reader, object, "title", &title, error) ||
      !get_string (reader, object, "session", &session_text, error) ||
      !get_string (reader, object, "pv", &meeting, error) ||
      !get_string (reader, object, "originating_document", &draft, error) ||
      !get_string (reader, object, "agenda_item_name", &agenda, error) ||
      !get_array (reader, object, "subjects", &subjects, error) ||
      !check_length (reader, subjects, "subjects", PLENARY_MAX_SUBJECTS, error))
    return FALSE;

  if (!plenary_un_date_parse (date_text, &date))
    {
      g_autofree char *quoted = plenary_quote_text (date_text);

      return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("adoption_date: “%s” is not a date such as “2 March 2022” or "
                     "“2022-03-02”"),
                   quoted);
    }

  if (plenary_dataset_builder_get_n_resolutions (reader->builder) >= PLENARY_MAX_RESOLUTIONS &&
      plenary_dataset_builder_lookup_resolution (reader->builder, symbol) == NULL)
    return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE,
                 _("more than %d resolutions, the most Plenary reads at once"),
                 PLENARY_MAX_RESOLUTIONS);
  pending = plenary_dataset_builder_add_resolution (reader->builder, symbol,
                                                    PLENARY_BODY_GENERAL_ASSEMBLY, &date);
  /* The files are of adopted resolutions. */
  plenary_pending_resolution_set_adopted (pending, TRUE);
  session = plenary_symbol_get_session (symbol);
  plenary_pending_resolution_set_session (pending, session != NULL ? session : session_text);
  plenary_pending_resolution_set_title (pending, title);
  plenary_pending_resolution_set_meeting (pending, meeting);
  plenary_pending_resolution_set_draft (pending, draft);
  plenary_pending_resolution_set_agenda (pending, agenda);
  if (!read_subjects (reader, pending, subjects, error))
    return FALSE;

  if (is_recorded_vote (reader, object, plenary_pending_resolution_get_symbol (pending),
                        adoption_type))
    return read_recorded_vote (reader, object, pending, error);

  plenary_pending_resolution_set_without_vote (pending, TRUE);
  return TRUE;
}

static gboolean
read_line (Reader      *reader,
           const char  *line,
           gsize        length,
           GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) line_error = NULL;
  JsonNode *root;

  /* The scan's messages give the file's positions: NAME:LINE:COLUMN. */
  if (!plenary_json_scan_lines (line, length, DGACM_MAX_DEPTH, reader->display_name,
                                reader->line, error))
    return FALSE;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, line, (gssize) length, &line_error))
    {
      locate_error (reader, "<data>", error, line_error);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (reader, error, PLENARY_IO_ERROR_WRONG_TYPE,
                 _("expected one JSON object on the line, found %s"),
                 root != NULL ? describe_node (root) : _("nothing"));

  return read_record (reader, json_node_get_object (root), error);
}

static gboolean
is_blank (const char *line,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
      return FALSE;
  return TRUE;
}

/**
 * plenary_dgacm_read_into:
 * @builder: the dataset being built
 * @data: one session file's bytes
 * @length: their length
 * @display_name: the file's name in messages
 *
 * Returns: whether the whole file was read; on %FALSE, @error names the file
 *   and line, and the builder holds the lines before it
 */
gboolean
plenary_dgacm_read_into (PlenaryDatasetBuilder  *builder,
                         const char             *data,
                         gsize                   length,
                         const char             *display_name,
                         GError                **error)
{
  Reader reader = { builder, display_name, 0 };
  gsize pos = 0;

  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (builder), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  /* A byte-order mark is not JSON, but editors write it. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    pos = 3;

  while (pos < length)
    {
      const char *line = data + pos;
      const char *newline = memchr (line, '\n', length - pos);
      gsize line_length = newline != NULL ? (gsize) (newline - line) : length - pos;

      pos += line_length + (newline != NULL);
      reader.line++;
      if (is_blank (line, line_length))
        continue;

      plenary_dataset_builder_set_location (builder, display_name, reader.line);
      /* The scan takes a byte-order mark at the start of what it reads, but
       * only the file's may have one: this is two files joined. */
      if (line_length >= 3 && memcmp (line, "\xEF\xBB\xBF", 3) == 0)
        return fail (&reader, error, PLENARY_IO_ERROR_SYNTAX,
                     _("a byte-order mark (U+FEFF) starts this line: only the file's first "
                       "line may have one; were two files joined into one?"));
      if (!read_line (&reader, line, line_length, error))
        return FALSE;
    }

  plenary_dataset_builder_set_location (builder, NULL, 0);
  return TRUE;
}

static gboolean
set_read_error (GError     **error,
                GError      *cause,
                const char  *display_name)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else
    g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ, "%s: %s", display_name,
                 cause->message);
  return FALSE;
}

/* Reads a session file whole: a regular file, and no larger than
 * plenary_max_file_size(), even if it grows while it is read. */
static gboolean
read_one_file (PlenaryDatasetBuilder  *builder,
               GFile                  *file,
               GCancellable           *cancellable,
               GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *display_name = plenary_file_display_name (file);
  gsize limit = plenary_max_file_size ();
  goffset size;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    return set_read_error (error, local_error, display_name);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   _("%s: this is not a regular file, so Plenary does not read it"), display_name);
      return FALSE;
    }

  size = g_file_info_get_size (info);
  if (size < 0 || (guint64) size > limit)
    goto too_large;

  stream = g_file_read (file, cancellable, &local_error);
  contents = g_malloc ((gsize) size + 2);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), contents, (gsize) size + 1, &length,
                                cancellable, &local_error))
    return set_read_error (error, local_error, display_name);
  if (length > (gsize) size)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   _("%s: the file grew while Plenary read it; try again once it is "
                     "complete"), display_name);
      return FALSE;
    }
  return plenary_dgacm_read_into (builder, contents, length, display_name, error);

too_large:
  {
    g_autofree char *limit_text = g_format_size (limit);

    g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_LARGE,
                 /* Translators: “74.json: the file is larger than the 256.0 MB Plenary reads
                  * at once (PLENARY_MAX_FILE_SIZE can raise the limit)”. */
                 _("%s: the file is larger than the %s Plenary reads at once "
                   "(PLENARY_MAX_FILE_SIZE can raise the limit)"),
                 display_name, limit_text);
    return FALSE;
  }
}

static gboolean
is_session_file (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return *name != '.' && (g_str_has_suffix (lower, ".json") || g_str_has_suffix (lower, ".jsonl") ||
                          g_str_has_suffix (lower, ".ndjson"));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The session files of a folder, sorted by name. */
static GPtrArray *
list_folder (GFile         *folder,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = plenary_file_display_name (folder);
  GPtrArray *files;
  GFileInfo *info;

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, cancellable, &local_error)) != NULL)
    {
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          is_session_file (g_file_info_get_name (info)))
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
      g_object_unref (info);
    }
  if (local_error != NULL)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }
  if (names->len == 0)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   _("%s: the folder has no session files (.json, .jsonl)"), display_name);
      return NULL;
    }

  g_ptr_array_sort (names, compare_names);
  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_file_get_child (folder, g_ptr_array_index (names, i)));
  return files;
}

/**
 * plenary_dgacm_read_file_into:
 * @file: a session file, or a folder of them
 *
 * Returns: whether every file was read, or %FALSE with @error set
 */
gboolean
plenary_dgacm_read_file_into (PlenaryDatasetBuilder  *builder,
                              GFile                  *file,
                              GCancellable           *cancellable,
                              GError                **error)
{
  g_autoptr(GPtrArray) files = NULL;

  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (builder), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_DIRECTORY)
    return read_one_file (builder, file, cancellable, error);

  files = list_folder (file, cancellable, error);
  if (files == NULL)
    return FALSE;
  for (guint i = 0; i < files->len; i++)
    if (!read_one_file (builder, g_ptr_array_index (files, i), cancellable, error))
      return FALSE;
  return TRUE;
}

/**
 * plenary_dgacm_import:
 * @files: (array length=n_files): session files, or folders of them
 * @n_files: how many
 *
 * Imports one or several sessions into one dataset.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
PlenaryDataset *
plenary_dgacm_import (GFile * const  *files,
                      guint           n_files,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr(PlenaryDatasetBuilder) builder = NULL;
  PlenaryDataset *dataset;

  g_return_val_if_fail (files != NULL && n_files > 0, NULL);

  builder = plenary_dataset_builder_new ();
  for (guint i = 0; i < n_files; i++)
    if (!plenary_dgacm_read_file_into (builder, files[i], cancellable, error))
      return NULL;

  dataset = plenary_dataset_builder_finish (builder);
  if (n_files == 1)
    {
      g_autofree char *display_name = plenary_file_display_name (files[0]);

      plenary_dataset_set_file (dataset, files[0]);
      plenary_dataset_set_display_name (dataset, display_name);
    }
  /* Translators: the credit the UN asks for its DGACM resolution files. */
  plenary_dataset_set_source (dataset, "United Nations (DGACM)");
  return dataset;
}
