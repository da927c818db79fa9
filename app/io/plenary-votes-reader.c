/* plenary-votes-reader.c: reading the native `plenary-votes` JSON format
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validation is strict: the first thing wrong stops the load, and the error
 * names the file, the JSON path of the offending value and what is wrong
 * with it. No half-loaded dataset ever leaves this file.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "plenary-countries.h"
#include "plenary-date.h"
#include "plenary-io-error.h"
#include "plenary-json-scan.h"
#include "plenary-limits.h"
#include "plenary-votes-format.h"
#include "plenary-votes-lines.h"

#define MAX_PATH 8

typedef struct
{
  const char *key;   /* NULL for an array index */
  guint       index;
} PathSegment;

typedef struct
{
  const char     *display_name;
  PlenaryDataset *dataset;
  PathSegment     path[MAX_PATH];
  guint           depth;
  guint           version;
  guint           n_warnings;
} Reader;

static const char * const root_fields[] = {
  "format", "version", "title", "source", "members", "resolutions", NULL
};
static const char * const root_fields_v2[] = {
  "format", "version", "title", "source", "members", "codes", "columns", "resolutions", NULL
};
static const char * const member_fields[] = {
  "code", "name", "group", "admitted", "left", NULL
};
static const char * const resolution_fields[] = {
  "symbol", "body", "date", "session", "title", "titles", "draft", "meeting",
  "source", "majority", "outcome", "votes", "totals", NULL
};
static const char * const vote_fields[] = {
  "yes", "no", "abstain", "non_voting", NULL
};

static void
push_key (Reader     *reader,
          const char *key)
{
  g_assert (reader->depth < MAX_PATH);
  reader->path[reader->depth++] = (PathSegment) { key, 0 };
}

static void
push_index (Reader *reader,
            guint   index)
{
  g_assert (reader->depth < MAX_PATH);
  reader->path[reader->depth++] = (PathSegment) { NULL, index };
}

static void
pop (Reader *reader)
{
  g_assert (reader->depth > 0);
  reader->depth--;
}

static char *
format_path (const Reader *reader)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < reader->depth; i++)
    {
      g_autofree char *key = NULL;

      if (reader->path[i].key == NULL)
        {
          g_string_append_printf (path, "[%u]", reader->path[i].index);
          continue;
        }
      key = plenary_quote_text (reader->path[i].key);
      g_string_append_printf (path, "%s%s", i == 0 ? "" : ".", key);
    }
  return g_string_free (path, FALSE);
}

static char *
format_message_with_path (const Reader *reader,
                          const char   *message)
{
  g_autofree char *path = format_path (reader);

  if (*path == '\0')
    return g_strdup_printf ("%s: %s", reader->display_name, message);
  return g_strdup_printf ("%s: %s: %s", reader->display_name, path, message);
}

/* Keeps the first PLENARY_MAX_WARNINGS warnings; add_omitted_warning()
 * counts the rest. */
static void
warn (Reader     *reader,
      const char *message)
{
  g_autofree char *full = NULL;

  if (++reader->n_warnings > PLENARY_MAX_WARNINGS)
    return;
  full = format_message_with_path (reader, message);
  plenary_dataset_add_warning (reader->dataset, full);
}

static void
add_omitted_warning (Reader *reader)
{
  g_autofree char *message = NULL;
  guint omitted;

  if (reader->n_warnings <= PLENARY_MAX_WARNINGS)
    return;
  omitted = reader->n_warnings - PLENARY_MAX_WARNINGS;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: “… and 44000 more warnings: Plenary
                                           * keeps the first 1000”. */
                                          "%s: … and %u more warning: Plenary keeps the "
                                          "first %d",
                                          "%s: … and %u more warnings: Plenary keeps the "
                                          "first %d",
                                          omitted),
                             reader->display_name, omitted, PLENARY_MAX_WARNINGS);
  plenary_dataset_add_warning (reader->dataset, message);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (const Reader  *reader,
      GError       **error,
      int            code,
      const char    *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  full = format_message_with_path (reader, message);
  g_set_error_literal (error, PLENARY_IO_ERROR, code, full);
  return FALSE;
}

static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
    default:
      return _("a number");
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
fail_type (const Reader  *reader,
           GError       **error,
           JsonNode      *node,
           const char    *expected)
{
  return fail (reader, error, PLENARY_IO_ERROR_WRONG_TYPE,
               /* Translators: "expected a string, found a number". */
               _("expected %s, found %s"), expected, node_kind (node));
}

/* Refuses a text longer than a field may be, at the current path. */
static gboolean
check_text_length (const Reader  *reader,
                   const char    *text,
                   GError       **error)
{
  gsize length = strlen (text);
  g_autofree char *message = NULL;

  if (length <= PLENARY_MAX_TEXT_LENGTH)
    return TRUE;
  message = plenary_describe_text_length (length);
  return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE, "%s", message);
}

/* Refuses an array of more than @limit items, at the current path. */
static gboolean
check_array_length (const Reader  *reader,
                    JsonArray     *array,
                    guint          limit,
                    const char    *format,
                    GError       **error)
{
  guint length = json_array_get_length (array);

  if (length <= limit)
    return TRUE;
  return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE, format, length, limit);
}

/* Rejects any key of @object not in @allowed. */
static gboolean
check_fields (Reader             *reader,
              JsonObject         *object,
              const char * const *allowed,
              GError            **error)
{
  JsonObjectIter iter;
  const char *key;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, NULL))
    {
      if (!g_strv_contains (allowed, key))
        {
          g_autofree char *expected = g_strjoinv (", ", (char **) allowed);
          gboolean ret;

          push_key (reader, key);
          ret = fail (reader, error, PLENARY_IO_ERROR_UNKNOWN_FIELD,
                      _("unknown field; the format knows %s"), expected);
          pop (reader);
          return ret;
        }
    }
  return TRUE;
}

/* Reads an optional string field: absent or null gives NULL. On a wrong type,
 * returns FALSE with @error set. */
static gboolean
read_optional_string (Reader      *reader,
                      JsonObject  *object,
                      const char  *key,
                      const char **value,
                      GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  gboolean ret = TRUE;

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  push_key (reader, key);
  if (!is_string (node))
    ret = fail_type (reader, error, node, _("a string"));
  else if (!check_text_length (reader, json_node_get_string (node), error))
    ret = FALSE;
  else
    *value = json_node_get_string (node);
  pop (reader);
  return ret;
}

static gboolean
read_required_string (Reader      *reader,
                      JsonObject  *object,
                      const char  *key,
                      const char **value,
                      GError     **error)
{
  if (!json_object_has_member (object, key))
    return fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD,
                 _("the required field “%s” is missing"), key);
  if (!read_optional_string (reader, object, key, value, error))
    return FALSE;
  if (*value == NULL || **value == '\0')
    {
      gboolean ret;

      push_key (reader, key);
      ret = fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE, _("must not be empty"));
      pop (reader);
      return ret;
    }
  return TRUE;
}

static gboolean
read_optional_date (Reader      *reader,
                    JsonObject  *object,
                    const char  *key,
                    GDate       *date,
                    GError     **error)
{
  const char *text;
  gboolean ret = TRUE;

  g_date_clear (date, 1);
  if (!read_optional_string (reader, object, key, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  push_key (reader, key);
  if (!plenary_date_parse_iso (text, date))
    {
      g_autofree char *quoted = plenary_quote_text (text);

      ret = fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                  _("“%s” is not a date of the form YYYY-MM-DD"), quoted);
    }
  pop (reader);
  return ret;
}

static gboolean
valid_code (const char *code)
{
  if (strlen (code) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (code[i]))
      return FALSE;
  return TRUE;
}

static gboolean
read_member (Reader      *reader,
             JsonObject  *object,
             GHashTable  *declared,
             GError     **error)
{
  g_autoptr(PlenaryMember) member = NULL;
  const char *code, *name, *group_key;
  PlenaryGroup group = PLENARY_GROUP_NONE;
  GDate admitted, left;
  int index;

  if (!check_fields (reader, object, member_fields, error) ||
      !read_required_string (reader, object, "code", &code, error) ||
      !read_optional_string (reader, object, "name", &name, error) ||
      !read_optional_string (reader, object, "group", &group_key, error) ||
      !read_optional_date (reader, object, "admitted", &admitted, error) ||
      !read_optional_date (reader, object, "left", &left, error))
    return FALSE;

  push_key (reader, "code");
  if (!valid_code (code))
    {
      g_autofree char *quoted = plenary_quote_text (code);

      return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("“%s” is not a member code: use three capital letters, "
                     "ISO 3166-1 alpha-3 or a historical code such as SUN"), quoted);
    }
  if (g_hash_table_contains (declared, code))
    return fail (reader, error, PLENARY_IO_ERROR_DUPLICATE_ENTRY,
                 _("the member “%s” is declared twice"), code);
  pop (reader);

  if (group_key != NULL && !plenary_group_from_key (group_key, &group))
    {
      g_autofree char *quoted = plenary_quote_text (group_key);

      push_key (reader, "group");
      return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("“%s” is not a regional group; use AG, APG, EEG, GRULAC, WEOG or none"),
                   quoted);
    }

  if (g_date_valid (&admitted) && g_date_valid (&left) && g_date_compare (&left, &admitted) <= 0)
    {
      push_key (reader, "left");
      return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("the member left before it was admitted"));
    }

  index = plenary_dataset_lookup_member (reader->dataset, code);
  if (index >= 0)
    {
      member = g_object_ref (plenary_dataset_get_member (reader->dataset, index));
    }
  else
    {
      if (name == NULL && !plenary_countries_is_known (code))
        return fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD,
                     _("the member “%s” needs a “name”: it is not a code that "
                       "iso-codes knows"), code);
      member = plenary_member_new (code);
      plenary_dataset_add_member (reader->dataset, member);
    }

  plenary_member_set_name (member, name);
  if (json_object_has_member (object, "group"))
    plenary_member_set_group (member, group);
  plenary_member_set_admitted (member, &admitted);
  plenary_member_set_left (member, &left);
  plenary_member_set_declared (member, TRUE);
  g_hash_table_add (declared, g_strdup (code));
  return TRUE;
}

static gboolean
read_members (Reader      *reader,
              JsonNode    *node,
              GError     **error)
{
  g_autoptr(GHashTable) declared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (reader, error, node, _("an array"));

  array = json_node_get_array (node);
  if (!check_array_length (reader, array, PLENARY_MAX_MEMBERS,
                           /* Translators: “the file declares 10000 members; Plenary reads
                            * at most 1000 in one file”. */
                           _("the file declares %u members; Plenary reads at most %u in "
                             "one file"), error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      push_index (reader, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail_type (reader, error, element, _("an object"));
      if (!read_member (reader, json_node_get_object (element), declared, error))
        return FALSE;
      pop (reader);
    }
  return TRUE;
}

/* Reads one vote list, e.g. votes.yes, into @resolution. @seen maps each
 * code already read in this resolution to the list that named it. */
static gboolean
read_vote_list (Reader            *reader,
                JsonNode          *node,
                PlenaryVote        vote,
                PlenaryResolution *resolution,
                GHashTable        *seen,
                GError           **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (reader, error, node, _("an array of member codes"));

  array = json_node_get_array (node);
  if (!check_array_length (reader, array, PLENARY_MAX_MEMBERS,
                           /* Translators: “the list names 10000 members; a vote has at
                            * most 1000”. */
                           _("the list names %u members; Plenary reads at most %u in one "
                             "vote"), error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *code;
      const char *earlier;
      int index;

      push_index (reader, i);
      if (!is_string (element))
        return fail_type (reader, error, element, _("a member code"));

      code = json_node_get_string (element);
      index = plenary_dataset_lookup_member (reader->dataset, code);
      if (index < 0)
        {
          g_autofree char *quoted = plenary_quote_text (code);

          return fail (reader, error, PLENARY_IO_ERROR_UNKNOWN_CODE,
                       _("unknown member code “%s”"), quoted);
        }

      earlier = g_hash_table_lookup (seen, code);
      if (earlier != NULL)
        return fail (reader, error, PLENARY_IO_ERROR_DUPLICATE_VOTE,
                     _("“%s” is listed twice; it is already under “%s”"), code, earlier);
      g_hash_table_insert (seen, (gpointer) code, (gpointer) plenary_vote_to_key (vote));

      plenary_resolution_set_vote (resolution, (guint) index, vote);

      if (plenary_resolution_get_body (resolution) == PLENARY_BODY_GENERAL_ASSEMBLY &&
          !plenary_member_is_un_member_on (plenary_dataset_get_member (reader->dataset, index),
                                           plenary_resolution_get_date (resolution)))
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” votes on a date when, by its admission and departure "
                               "dates, it was not a member"), code);
          warn (reader, message);
        }
      pop (reader);
    }
  return TRUE;
}

static gboolean
read_votes (Reader            *reader,
            JsonNode          *node,
            PlenaryResolution *resolution,
            GError           **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (reader, error, node, _("an object with the lists yes, no, abstain and non_voting"));

  object = json_node_get_object (node);
  if (!check_fields (reader, object, vote_fields, error))
    return FALSE;

  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    {
      const char *key = plenary_vote_to_key (vote);
      JsonNode *list = json_object_get_member (object, key);

      if (list == NULL)
        continue;
      push_key (reader, key);
      if (!read_vote_list (reader, list, vote, resolution, seen, error))
        return FALSE;
      pop (reader);
    }
  return TRUE;
}

static gboolean
read_totals (Reader            *reader,
             JsonNode          *node,
             PlenaryResolution *resolution,
             GError           **error)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (reader, error, node, _("an object of counts"));

  object = json_node_get_object (node);
  if (!check_fields (reader, object, vote_fields, error))
    return FALSE;

  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    {
      const char *key = plenary_vote_to_key (vote);
      JsonNode *count = json_object_get_member (object, key);
      gint64 value;

      if (count == NULL || JSON_NODE_HOLDS_NULL (count))
        continue;

      push_key (reader, key);
      if (!JSON_NODE_HOLDS_VALUE (count) || json_node_get_value_type (count) != G_TYPE_INT64)
        return fail_type (reader, error, count, _("a whole number"));
      value = json_node_get_int (count);
      if (value < 0 || value > PLENARY_VOTES_MAX_TOTAL)
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

          return fail (reader, error, PLENARY_IO_ERROR_OUT_OF_RANGE,
                       value < 0 ? _("%s is negative, which a number of votes cannot be")
                                 : _("%s is too large for a number of votes"), text);
        }
      plenary_resolution_set_official_total (resolution, vote, (int) value);
      pop (reader);
    }
  return TRUE;
}

/* A language code such as fr or zh_CN. */
static gboolean
valid_language (const char *language)
{
  gsize length = strlen (language);

  return length >= 2 && length <= 8 && g_ascii_islower (language[0]) &&
         strspn (language, "abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ") == length;
}

static gboolean
read_titles (Reader            *reader,
             JsonNode          *node,
             PlenaryResolution *resolution,
             GError           **error)
{
  JsonObjectIter iter;
  const char *language;
  JsonNode *title;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (reader, error, node, _("an object of titles by language"));

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &language, &title))
    {
      push_key (reader, language);
      if (!valid_language (language))
        {
          g_autofree char *quoted = plenary_quote_text (language);

          return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                       _("“%s” is not a language code such as fr or zh_CN"), quoted);
        }
      if (!is_string (title))
        return fail_type (reader, error, title, _("a string"));
      if (!check_text_length (reader, json_node_get_string (title), error))
        return FALSE;
      plenary_resolution_set_title_for_language (resolution, language,
                                                 json_node_get_string (title));
      pop (reader);
    }
  return TRUE;
}

static gboolean apply_majority (Reader            *reader,
                                PlenaryResolution *resolution,
                                const char        *key,
                                GError           **error);
static gboolean apply_outcome  (Reader            *reader,
                                PlenaryResolution *resolution,
                                const char        *key,
                                GError           **error);

static gboolean
read_majority (Reader            *reader,
               JsonObject        *object,
               PlenaryResolution *resolution,
               GError           **error)
{
  const char *key;

  if (!read_optional_string (reader, object, "majority", &key, error))
    return FALSE;
  if (key == NULL)
    return TRUE;

  push_key (reader, "majority");
  if (!apply_majority (reader, resolution, key, error))
    return FALSE;
  pop (reader);
  return TRUE;
}

/* Sets the majority rule named by @key, if it is one and fits the body. */
static gboolean
apply_majority (Reader            *reader,
                PlenaryResolution *resolution,
                const char        *key,
                GError           **error)
{
  PlenaryBody body = plenary_resolution_get_body (resolution);
  PlenaryMajority majority;
  gboolean for_council;

  if (!plenary_majority_from_key (key, &majority))
    {
      g_autofree char *quoted = plenary_quote_text (key);

      return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("“%s” is not a majority rule; use simple or two-thirds for the General "
                     "Assembly, substantive or procedural for the Security Council"), quoted);
    }

  for_council = majority == PLENARY_MAJORITY_SUBSTANTIVE ||
                majority == PLENARY_MAJORITY_PROCEDURAL;
  if (for_council != (body == PLENARY_BODY_SECURITY_COUNCIL))
    return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                 _("the rule “%s” does not apply to the %s"),
                 key, plenary_body_get_label (body));

  plenary_resolution_set_majority (resolution, majority);
  return TRUE;
}

static gboolean
read_outcome (Reader            *reader,
              JsonObject        *object,
              PlenaryResolution *resolution,
              GError           **error)
{
  const char *key;

  if (!read_optional_string (reader, object, "outcome", &key, error))
    return FALSE;
  if (key == NULL)
    return TRUE;

  push_key (reader, "outcome");
  if (!apply_outcome (reader, resolution, key, error))
    return FALSE;
  pop (reader);
  return TRUE;
}

/* Sets the outcome named by @key, if it is one and fits the body. */
static gboolean
apply_outcome (Reader            *reader,
               PlenaryResolution *resolution,
               const char        *key,
               GError           **error)
{
  PlenaryOutcome outcome;

  if (!plenary_outcome_from_key (key, &outcome))
    {
      g_autofree char *quoted = plenary_quote_text (key);

      return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("“%s” is not an outcome; use adopted, not-adopted or vetoed"), quoted);
    }
  if (outcome == PLENARY_OUTCOME_VETOED &&
      plenary_resolution_get_body (resolution) != PLENARY_BODY_SECURITY_COUNCIL)
    return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                 _("only a Security Council draft can be vetoed"));

  plenary_resolution_set_explicit_outcome (resolution, outcome);
  return TRUE;
}

/* The lists must not name more members than the official totals count, the
 * Council cannot have more voters than seats, nor the Assembly more than
 * members. */
static gboolean
check_consistency (Reader            *reader,
                   PlenaryResolution *resolution,
                   GError           **error)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  guint seats = plenary_security_council_size (plenary_resolution_get_date (resolution));
  guint voters = 0;
  guint official = 0;

  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    {
      voters += tally->counts[vote];
      if (tally->official[vote] >= 0 && tally->listed[vote] > (guint) tally->official[vote])
        return fail (reader, error, PLENARY_IO_ERROR_INCONSISTENT,
                     _("the file lists %u members under “%s”, but totals.%s is %d"),
                     tally->listed[vote], plenary_vote_to_key (vote),
                     plenary_vote_to_key (vote), tally->official[vote]);
    }

  if (plenary_resolution_get_body (resolution) == PLENARY_BODY_SECURITY_COUNCIL &&
      voters > seats)
    return fail (reader, error, PLENARY_IO_ERROR_INCONSISTENT,
                 _("%u votes for a Security Council of %u members"), voters, seats);

  if (plenary_resolution_get_body (resolution) != PLENARY_BODY_GENERAL_ASSEMBLY)
    return TRUE;

  /* The tally's body size grows to fit the totals, so count the members. */
  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    official += (guint) MAX (tally->official[vote], 0);
  if (official > tally->members_in_body)
    {
      g_autofree char *date = plenary_date_to_iso (plenary_resolution_get_date (resolution));

      return fail (reader, error, PLENARY_IO_ERROR_INCONSISTENT,
                   /* Translators: “the official totals of A/RES/ES-11/7 add up to 200
                    * votes, but the General Assembly had 193 members on 2025-02-24”. */
                   _("the official totals of %s add up to %u votes, but the General Assembly "
                     "had %u members on %s"),
                   plenary_resolution_get_symbol (resolution), official, tally->members_in_body, date);
    }
  return TRUE;
}

static PlenaryResolution *
read_resolution (Reader      *reader,
                 JsonObject  *object,
                 GError     **error)
{
  g_autoptr(PlenaryResolution) resolution = NULL;
  const char *symbol, *body_key, *date_text, *title, *session, *draft, *meeting, *source;
  PlenaryBody body;
  GDate date;
  JsonNode *node;

  if (!check_fields (reader, object, resolution_fields, error) ||
      !read_required_string (reader, object, "symbol", &symbol, error) ||
      !read_required_string (reader, object, "body", &body_key, error) ||
      !read_required_string (reader, object, "date", &date_text, error) ||
      !read_optional_string (reader, object, "title", &title, error) ||
      !read_optional_string (reader, object, "session", &session, error) ||
      !read_optional_string (reader, object, "draft", &draft, error) ||
      !read_optional_string (reader, object, "meeting", &meeting, error) ||
      !read_optional_string (reader, object, "source", &source, error))
    return NULL;

  if (plenary_dataset_find_resolution (reader->dataset, symbol) != NULL)
    {
      g_autofree char *quoted = plenary_quote_text (symbol);

      push_key (reader, "symbol");
      fail (reader, error, PLENARY_IO_ERROR_DUPLICATE_ENTRY,
            _("another resolution already has the symbol “%s”"), quoted);
      return NULL;
    }
  if (!plenary_body_from_key (body_key, &body))
    {
      g_autofree char *quoted = plenary_quote_text (body_key);

      push_key (reader, "body");
      fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
            _("“%s” is not a body; use GA or SC"), quoted);
      return NULL;
    }
  if (!plenary_date_parse_iso (date_text, &date))
    {
      g_autofree char *quoted = plenary_quote_text (date_text);

      push_key (reader, "date");
      fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
            _("“%s” is not a date of the form YYYY-MM-DD"), quoted);
      return NULL;
    }

  resolution = plenary_resolution_new (plenary_dataset_get_members (reader->dataset),
                                       symbol, body, &date);
  plenary_resolution_set_title (resolution, title);
  plenary_resolution_set_session (resolution, session);
  plenary_resolution_set_draft (resolution, draft);
  plenary_resolution_set_meeting (resolution, meeting);
  plenary_resolution_set_source (resolution, source);

  if (!read_majority (reader, object, resolution, error) ||
      !read_outcome (reader, object, resolution, error))
    return NULL;

  node = json_object_get_member (object, "titles");
  if (node != NULL)
    {
      push_key (reader, "titles");
      if (!read_titles (reader, node, resolution, error))
        return NULL;
      pop (reader);
    }

  node = json_object_get_member (object, "votes");
  if (node == NULL)
    {
      fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD,
            _("the required field “%s” is missing"), "votes");
      return NULL;
    }
  push_key (reader, "votes");
  if (!read_votes (reader, node, resolution, error))
    return NULL;
  pop (reader);

  node = json_object_get_member (object, "totals");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      push_key (reader, "totals");
      if (!read_totals (reader, node, resolution, error))
        return NULL;
      pop (reader);
    }

  if (!check_consistency (reader, resolution, error))
    return NULL;

  return g_steal_pointer (&resolution);
}

static gboolean
read_resolutions (Reader    *reader,
                  JsonNode  *node,
                  GError   **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (reader, error, node, _("an array"));

  array = json_node_get_array (node);
  if (!check_array_length (reader, array, PLENARY_MAX_RESOLUTIONS,
                           /* Translators: “the file holds 200000 resolutions; Plenary
                            * reads at most 100000 in one file”. */
                           _("the file holds %u resolutions; Plenary reads at most %u in "
                             "one file"), error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(PlenaryResolution) resolution = NULL;

      push_index (reader, i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail_type (reader, error, element, _("an object"));
      resolution = read_resolution (reader, json_node_get_object (element), error);
      if (resolution == NULL)
        return FALSE;
      plenary_dataset_append_resolution (reader->dataset, resolution);
      pop (reader);
    }
  return TRUE;
}

/* Version 2: the members' codes, the columns, and one line per resolution. */

typedef struct
{
  int           *member_of_code;   /* the dataset's index of each code */
  guint          n_codes;
  PlenaryColumn  columns[PLENARY_N_COLUMNS];
  guint          n_columns;
  GString       *text;
} Layout;

static gboolean
read_codes (Reader     *reader,
            JsonNode   *node,
            Layout     *layout,
            GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (reader, error, node, _("an array of member codes"));
  array = json_node_get_array (node);
  if (!check_array_length (reader, array, PLENARY_MAX_MEMBERS,
                           _("the file names %u members; Plenary reads at most %u in one "
                             "file"), error))
    return FALSE;
  layout->n_codes = json_array_get_length (array);
  layout->member_of_code = g_new (int, MAX (layout->n_codes, 1));
  for (guint i = 0; i < layout->n_codes; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *code;

      push_index (reader, i);
      if (!is_string (element))
        return fail_type (reader, error, element, _("a member code"));
      code = json_node_get_string (element);
      layout->member_of_code[i] = plenary_dataset_lookup_member (reader->dataset, code);
      if (layout->member_of_code[i] < 0)
        {
          g_autofree char *quoted = plenary_quote_text (code);

          return fail (reader, error, PLENARY_IO_ERROR_UNKNOWN_CODE,
                       _("unknown member code “%s”; define it under “members”"), quoted);
        }
      if (!g_hash_table_add (seen, (gpointer) code))
        return fail (reader, error, PLENARY_IO_ERROR_DUPLICATE_ENTRY,
                     _("the code “%s” is listed twice"), code);
      pop (reader);
    }
  return TRUE;
}

static gboolean
read_columns (Reader     *reader,
              JsonNode   *node,
              Layout     *layout,
              GError    **error)
{
  static const PlenaryColumn required[] = {
    PLENARY_COLUMN_SYMBOL, PLENARY_COLUMN_BODY, PLENARY_COLUMN_DATE, PLENARY_COLUMN_VOTES,
  };
  gboolean present[PLENARY_N_COLUMNS] = { FALSE };
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (reader, error, node, _("an array of column names"));
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      PlenaryColumn column;

      push_index (reader, i);
      if (!is_string (element))
        return fail_type (reader, error, element, _("a column name"));
      if (!plenary_column_from_name (json_node_get_string (element), &column))
        {
          g_autofree char *quoted = plenary_quote_text (json_node_get_string (element));

          return fail (reader, error, PLENARY_IO_ERROR_UNKNOWN_FIELD,
                       _("“%s” is not a column of the format"), quoted);
        }
      if (present[column])
        return fail (reader, error, PLENARY_IO_ERROR_DUPLICATE_ENTRY,
                     _("the column “%s” is named twice"), json_node_get_string (element));
      present[column] = TRUE;
      layout->columns[layout->n_columns++] = column;
      pop (reader);
    }
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (!present[required[i]])
      return fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD,
                   _("the required column “%s” is missing"), plenary_column_get_name (required[i]));
  return TRUE;
}

/* The text of a field, unescaped, in @layout's scratch string; NULL when
 * the field is empty. */
static gboolean
field_text (Reader              *reader,
            Layout              *layout,
            const PlenaryField  *field,
            const char         **text,
            GError             **error)
{
  g_string_truncate (layout->text, 0);
  if (!plenary_votes_field_text (field, layout->text))
    return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                 _("a backslash that does not start \\t, \\n, \\r, \\\\, \\| or \\="));
  if (!check_text_length (reader, layout->text->str, error))
    return FALSE;
  *text = layout->text->len > 0 ? layout->text->str : NULL;
  return TRUE;
}

static gboolean
apply_totals (Reader             *reader,
              PlenaryResolution  *resolution,
              const PlenaryField *field,
              GError            **error)
{
  g_autofree char *text = g_strndup (field->text, field->length);
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);

  if (g_strv_length (parts) != PLENARY_N_OFFICIAL_VOTES)
    {
      g_autofree char *quoted = plenary_quote_text (text);

      return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("“%s” is not four totals (yes no abstain non-voting, “-” where unknown)"),
                   quoted);
    }
  for (guint v = 0; v < PLENARY_N_OFFICIAL_VOTES; v++)
    {
      guint64 count;

      if (g_str_equal (parts[v], "-"))
        continue;
      if (!g_ascii_string_to_unsigned (parts[v], 10, 0, PLENARY_VOTES_MAX_TOTAL, &count, NULL))
        {
          g_autofree char *quoted = plenary_quote_text (parts[v]);

          return fail (reader, error, PLENARY_IO_ERROR_OUT_OF_RANGE,
                       _("“%s” is not a count from 0 to %d"), quoted, PLENARY_VOTES_MAX_TOTAL);
        }
      plenary_resolution_set_official_total (resolution, (PlenaryVote) v, (int) count);
    }
  return TRUE;
}

/* One more than the vote of each letter of a vote string; 0 for none. */
static const guint8 letter_votes[256] = {
  ['Y'] = PLENARY_VOTE_YES + 1,
  ['N'] = PLENARY_VOTE_NO + 1,
  ['A'] = PLENARY_VOTE_ABSTAIN + 1,
  ['X'] = PLENARY_VOTE_NON_VOTING + 1,
  ['.'] = PLENARY_VOTE_NOT_RECORDED + 1,
};

static gboolean
apply_votes (Reader             *reader,
             Layout             *layout,
             PlenaryResolution  *resolution,
             const PlenaryField *field,
             GError            **error)
{
  g_autofree guint8 *votes = NULL;
  guint n_members = plenary_resolution_get_n_members (resolution);
  guint member = 0;

  votes = g_malloc (MAX (n_members, 1));
  memset (votes, PLENARY_VOTE_NOT_RECORDED, n_members);
  for (gsize i = 0; i < field->length;)
    {
      guchar letter = (guchar) field->text[i++];
      int vote = (int) letter_votes[letter] - 1;
      guint run = 1;

      if (vote < 0)
        return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                     _("the vote of member %u is “%c”, which is none of Y, N, A, X or ."),
                     member + 1, g_ascii_isprint (letter) ? letter : '?');
      /* A letter may be followed by how many times it repeats. */
      if (i < field->length && g_ascii_isdigit (field->text[i]))
        {
          if (field->text[i] == '0')
            return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                         _("a run of votes cannot start with 0"));
          for (run = 0; i < field->length && g_ascii_isdigit (field->text[i]) && run <= layout->n_codes; i++)
            run = run * 10 + (guint) (field->text[i] - '0');
        }
      if (run > layout->n_codes - member)
        return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                     _("more votes than the %u codes"), layout->n_codes);
      for (guint k = 0; k < run; k++)
        votes[layout->member_of_code[member++]] = (guint8) vote;
    }
  if (member != layout->n_codes)
    return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                 _("%u votes for %u codes"), member, layout->n_codes);
  plenary_resolution_set_votes (resolution, votes, n_members);
  return TRUE;
}

static gboolean
apply_titles (Reader             *reader,
              PlenaryResolution  *resolution,
              const PlenaryField *field,
              GError            **error)
{
  const char *p = field->text, *end = field->text + field->length, *start = p, *equals = NULL;

  for (; p <= end; p++)
    {
      if (p < end && *p == '\\')
        {
          p++;
          continue;
        }
      if (p < end && *p == '=' && equals == NULL)
        equals = p;
      if (p == end || *p == '|')
        {
          g_autoptr(GString) language = g_string_new (NULL);
          g_autoptr(GString) title = g_string_new (NULL);
          PlenaryField language_field = { start, equals != NULL ? (gsize) (equals - start) : 0 };
          PlenaryField title_field = { equals != NULL ? equals + 1 : NULL,
                                       equals != NULL ? (gsize) (p - equals - 1) : 0 };

          if (equals == NULL ||
              !plenary_votes_field_text (&language_field, language) ||
              !plenary_votes_field_text (&title_field, title) ||
              language->len == 0 || title->len == 0)
            return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                         _("titles are written language=title|language=title"));
          if (!valid_language (language->str))
            {
              g_autofree char *quoted = plenary_quote_text (language->str);

              return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                           _("“%s” is not a language code such as fr or zh_CN"), quoted);
            }
          if (!check_text_length (reader, title->str, error))
            return FALSE;
          plenary_resolution_set_title_for_language (resolution, language->str, title->str);
          start = p + 1;
          equals = NULL;
        }
    }
  return TRUE;
}

static PlenaryResolution *
read_line (Reader      *reader,
           Layout      *layout,
           const char  *line,
           gsize        length,
           GError     **error)
{
  PlenaryField fields[PLENARY_N_COLUMNS];
  const PlenaryField *by_column[PLENARY_N_COLUMNS] = { NULL };
  g_autoptr(PlenaryResolution) resolution = NULL;
  g_autofree char *symbol = NULL;
  const char *text;
  PlenaryBody body;
  GDate date;
  guint n;

  n = plenary_votes_line_split (line, length, fields, PLENARY_N_COLUMNS);
  if (n != layout->n_columns)
    {
      fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
            _("the line has %u fields, but “columns” names %u"), n, layout->n_columns);
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    by_column[layout->columns[i]] = &fields[i];

  push_key (reader, "symbol");
  if (!field_text (reader, layout, by_column[PLENARY_COLUMN_SYMBOL], &text, error))
    return NULL;
  if (text == NULL)
    {
      fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD, _("the symbol is empty"));
      return NULL;
    }
  symbol = g_strdup (text);
  pop (reader);

  push_key (reader, "body");
  if (!field_text (reader, layout, by_column[PLENARY_COLUMN_BODY], &text, error))
    return NULL;
  if (text == NULL || !plenary_body_from_key (text, &body))
    {
      g_autofree char *quoted = plenary_quote_text (text != NULL ? text : "");

      fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
            _("“%s” is not a body; use GA or SC"), quoted);
      return NULL;
    }
  pop (reader);

  push_key (reader, "date");
  if (!field_text (reader, layout, by_column[PLENARY_COLUMN_DATE], &text, error))
    return NULL;
  if (!plenary_date_parse_iso (text, &date))
    {
      g_autofree char *quoted = plenary_quote_text (text != NULL ? text : "");

      fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
            _("“%s” is not a date of the form YYYY-MM-DD"), quoted);
      return NULL;
    }
  pop (reader);

  resolution = plenary_resolution_new (plenary_dataset_get_members (reader->dataset), symbol, body, &date);

  for (guint i = 0; i < layout->n_columns; i++)
    {
      PlenaryColumn column = layout->columns[i];
      const PlenaryField *field = &fields[i];
      gboolean ok = TRUE;

      if (column == PLENARY_COLUMN_SYMBOL || column == PLENARY_COLUMN_BODY || column == PLENARY_COLUMN_DATE)
        continue;
      if (field->length == 0 && column != PLENARY_COLUMN_VOTES)
        continue;

      push_key (reader, plenary_column_get_name (column));
      switch (column)
        {
        case PLENARY_COLUMN_TOTALS:
          ok = apply_totals (reader, resolution, field, error);
          break;
        case PLENARY_COLUMN_VOTES:
          ok = apply_votes (reader, layout, resolution, field, error);
          break;
        case PLENARY_COLUMN_TITLES:
          ok = apply_titles (reader, resolution, field, error);
          break;
        default:
          ok = field_text (reader, layout, field, &text, error);
          if (!ok)
            break;
          switch (column)
            {
            case PLENARY_COLUMN_SESSION: plenary_resolution_set_session (resolution, text); break;
            case PLENARY_COLUMN_TITLE: plenary_resolution_set_title (resolution, text); break;
            case PLENARY_COLUMN_DRAFT: plenary_resolution_set_draft (resolution, text); break;
            case PLENARY_COLUMN_MEETING: plenary_resolution_set_meeting (resolution, text); break;
            case PLENARY_COLUMN_RECORD: plenary_resolution_set_record (resolution, text); break;
            case PLENARY_COLUMN_SOURCE: plenary_resolution_set_source (resolution, text); break;
            case PLENARY_COLUMN_AGENDA: plenary_resolution_set_agenda (resolution, text); break;
            case PLENARY_COLUMN_SUBJECTS: plenary_resolution_set_subjects (resolution, text); break;
            case PLENARY_COLUMN_MAJORITY: ok = apply_majority (reader, resolution, text, error); break;
            case PLENARY_COLUMN_OUTCOME: ok = apply_outcome (reader, resolution, text, error); break;
            case PLENARY_COLUMN_ADOPTION:
              if (!g_str_equal (text, "without-vote"))
                {
                  g_autofree char *quoted = plenary_quote_text (text);

                  ok = fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                             _("“%s” is not a way of adoption; the one the format knows is "
                               "without-vote"), quoted);
                }
              else
                plenary_resolution_set_without_vote (resolution, TRUE);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      if (!ok)
        return NULL;
      pop (reader);
    }

  if (!check_consistency (reader, resolution, error))
    return NULL;
  return g_steal_pointer (&resolution);
}

/* A run of lines. On large files the "resolutions" array is cut into
 * pieces of about PIECE_SIZE bytes, which a few threads take in turn: each
 * wraps its piece in brackets in a buffer of its own, parses it with
 * json-glib and frees the tree before the next, so no copy of the whole
 * array and no tree of more than one piece is ever held. */
typedef struct
{
  const Layout *layout;
  Reader        reader;
  JsonArray    *lines;
  const char   *text;       /* or the lines as JSON text, without their brackets */
  gsize         length;
  guint         first;      /* the index of its first line in the file */
  GPtrArray    *resolutions;
  GError       *error;
} Chunk;

#define PIECE_SIZE (64 * 1024)

typedef struct
{
  const char *text;
  gsize       length;
  guint       first;
} Piece;

static void
read_chunk (Chunk   *chunk,
            GString *buffer)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  Layout layout = *chunk->layout;
  JsonArray *array = chunk->lines;

  layout.text = g_string_new (NULL);
  chunk->resolutions = g_ptr_array_new_with_free_func (g_object_unref);

  if (array == NULL)
    {
      g_string_truncate (buffer, 0);
      g_string_append_c (buffer, '[');
      g_string_append_len (buffer, chunk->text, (gssize) chunk->length);
      g_string_append_c (buffer, ']');
      /* The pre-scan has checked the whole file, so this cannot fail. */
      parser = json_parser_new ();
      if (!json_parser_load_from_data (parser, buffer->str, (gssize) buffer->len, &parse_error))
        {
          g_set_error_literal (&chunk->error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_SYNTAX, parse_error->message);
          goto out;
        }
      array = json_node_get_array (json_parser_get_root (parser));
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      PlenaryResolution *resolution;
      const char *line;

      push_index (&chunk->reader, chunk->first + i);
      if (!is_string (element))
        {
          fail_type (&chunk->reader, &chunk->error, element, _("a line of text"));
          goto out;
        }
      line = json_node_get_string (element);
      resolution = read_line (&chunk->reader, &layout, line, strlen (line), &chunk->error);
      if (resolution == NULL)
        goto out;
      g_ptr_array_add (chunk->resolutions, resolution);
      pop (&chunk->reader);
    }

out:
  g_string_free (layout.text, TRUE);
}

/* The pieces of one file, for the threads to take in turn. */
typedef struct
{
  Chunk *chunks;
  guint  n_chunks;
  gint   next;
} Pieces;

static gpointer
read_pieces (gpointer data)
{
  Pieces *pieces = data;
  GString *buffer = g_string_sized_new (PIECE_SIZE + PIECE_SIZE / 4);
  guint c;

  while ((c = (guint) g_atomic_int_add (&pieces->next, 1)) < pieces->n_chunks)
    {
      read_chunk (&pieces->chunks[c], buffer);
      /* After an error, the pieces after it need not be read. */
      if (pieces->chunks[c].error != NULL)
        g_atomic_int_set (&pieces->next, (gint) pieces->n_chunks);
    }
  g_string_free (buffer, TRUE);
  return NULL;
}

/* Appends the chunks' resolutions in order, refusing a symbol met twice. */
static gboolean
append_chunks (Reader   *reader,
               Chunk    *chunks,
               guint     n_chunks,
               GError  **error)
{
  g_autoptr(GHashTable) symbols = g_hash_table_new (g_str_hash, g_str_equal);
  guint index = 0;

  /* The first error in the file's order is the one to tell. */
  for (guint c = 0; c < n_chunks; c++)
    if (chunks[c].error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&chunks[c].error));
        return FALSE;
      }

  for (guint c = 0; c < n_chunks; c++)
    for (guint i = 0; i < chunks[c].resolutions->len; i++, index++)
      {
        const char *symbol = plenary_resolution_get_symbol (g_ptr_array_index (chunks[c].resolutions, i));

        if (!g_hash_table_add (symbols, (gpointer) symbol))
          {
            g_autofree char *quoted = plenary_quote_text (symbol);

            push_index (reader, index);
            push_key (reader, "symbol");
            return fail (reader, error, PLENARY_IO_ERROR_DUPLICATE_ENTRY,
                         _("another resolution already has the symbol “%s”"), quoted);
          }
      }

  for (guint c = 0; c < n_chunks; c++)
    plenary_dataset_append_resolutions (reader->dataset,
                                        (PlenaryResolution **) chunks[c].resolutions->pdata,
                                        chunks[c].resolutions->len);
  return TRUE;
}

static gboolean
read_lines (Reader      *reader,
            Layout      *layout,
            JsonNode    *node,
            GArray      *split,
            guint        n_split_lines,
            GError     **error)
{
  g_autofree Chunk *chunks = NULL;
  g_autofree GThread **threads = NULL;
  Pieces pieces = { NULL, 0, 0 };
  guint n_chunks, n_threads, n_lines;
  gboolean ok;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (reader, error, node, _("an array of lines"));
  n_lines = split != NULL ? n_split_lines : json_array_get_length (json_node_get_array (node));
  if (n_lines > PLENARY_MAX_RESOLUTIONS)
    return fail (reader, error, PLENARY_IO_ERROR_TOO_LARGE,
                 _("the file holds %u resolutions; Plenary reads at most %u in one file"),
                 n_lines, PLENARY_MAX_RESOLUTIONS);

  n_chunks = split != NULL ? split->len : 1;
  chunks = g_new0 (Chunk, n_chunks);
  for (guint c = 0; c < n_chunks; c++)
    {
      chunks[c].layout = layout;
      chunks[c].reader = *reader;
      if (split == NULL)
        chunks[c].lines = json_node_get_array (node);
      else
        {
          const Piece *piece = &g_array_index (split, Piece, c);

          chunks[c].text = piece->text;
          chunks[c].length = piece->length;
          chunks[c].first = piece->first;
        }
    }

  /* A few threads and this one take the pieces in turn. */
  pieces.chunks = chunks;
  pieces.n_chunks = n_chunks;
  n_threads = split != NULL ? MIN (g_get_num_processors (), 4) : 1;
  n_threads = MIN (n_threads, n_chunks);
  threads = g_new0 (GThread *, n_threads);
  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("plenary-read", read_pieces, &pieces);
  read_pieces (&pieces);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);

  ok = append_chunks (reader, chunks, n_chunks, error);
  for (guint c = 0; c < n_chunks; c++)
    {
      g_clear_pointer (&chunks[c].resolutions, g_ptr_array_unref);
      g_clear_error (&chunks[c].error);
    }
  return ok;
}

static gboolean
read_body_v2 (Reader      *reader,
              JsonObject  *root,
              GArray      *split,
              guint        n_split_lines,
              GError     **error)
{
  Layout layout = { NULL, 0, { 0 }, 0, NULL };
  JsonNode *codes = json_object_get_member (root, "codes");
  JsonNode *columns = json_object_get_member (root, "columns");
  JsonNode *lines = json_object_get_member (root, "resolutions");
  gboolean ok = FALSE;

  if (codes == NULL || columns == NULL || lines == NULL)
    {
      fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD, _("the required field “%s” is missing"),
            codes == NULL ? "codes" : columns == NULL ? "columns" : "resolutions");
      goto out;
    }

  push_key (reader, "codes");
  if (!read_codes (reader, codes, &layout, error))
    goto out;
  pop (reader);
  push_key (reader, "columns");
  if (!read_columns (reader, columns, &layout, error))
    goto out;
  pop (reader);
  push_key (reader, "resolutions");
  if (!read_lines (reader, &layout, lines, split, n_split_lines, error))
    goto out;
  pop (reader);
  ok = TRUE;

out:
  g_free (layout.member_of_code);
  return ok;
}

/* Large files of version 2 are read in parallel: the pre-scan has checked
 * the whole text, so the top-level "resolutions" array can be found and cut
 * between its elements by a simple walk, each piece parsed by json-glib in
 * a thread of its own, and the rest of the file parsed without it. */

#define PARALLEL_MIN_SIZE (512 * 1024)


/* Moves past the JSON string starting at @p (its quote); returns the byte
 * after its closing quote. */
static const char *
skip_string (const char *p,
             const char *end)
{
  for (p++; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '"')
        return p + 1;
    }
  return end;
}

/* Moves past the JSON value starting at @p, of a checked document. */
static const char *
skip_value (const char *p,
            const char *end)
{
  guint depth = 0;

  for (; p < end; p++)
    {
      switch (*p)
        {
        case '"':
          p = skip_string (p, end) - 1;
          if (depth == 0)
            return p + 1;
          break;
        case '{':
        case '[':
          depth++;
          break;
        case '}':
        case ']':
          if (depth == 0)
            return p;
          if (--depth == 0)
            return p + 1;
          break;
        case ',':
          if (depth == 0)
            return p;
          break;
        default:
          break;
        }
    }
  return end;
}

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

/* Where the top-level @key's value starts and ends, in a checked document
 * whose root is an object. */
static gboolean
find_member (const char  *data,
             gsize        length,
             const char  *key,
             const char **value_start,
             const char **value_end)
{
  const char *end = data + length;
  const char *p = skip_space (data, end);
  gsize key_length = strlen (key);

  if (p >= end || *p != '{')
    return FALSE;
  p++;
  for (;;)
    {
      const char *name, *name_end;

      p = skip_space (p, end);
      if (p >= end || *p != '"')
        return FALSE;
      name = p + 1;
      name_end = skip_string (p, end) - 1;
      p = skip_space (name_end + 1, end);
      if (p >= end || *p != ':')
        return FALSE;
      p = skip_space (p + 1, end);
      *value_start = p;
      *value_end = skip_value (p, end);
      if ((gsize) (name_end - name) == key_length && memcmp (name, key, key_length) == 0)
        return TRUE;
      p = skip_space (*value_end, end);
      if (p >= end || *p != ',')
        return FALSE;
      p++;
    }
}

/* Cuts a large version 2 document into its header and pieces of about
 * PIECE_SIZE bytes of its "resolutions" array: @split gets each piece's
 * place in @data (its elements, without the brackets) and the index of its
 * first element, @n_elements how many elements there are, @header the
 * document with the array emptied. Returns FALSE when the document is not
 * one to cut. */
static gboolean
split_document (const char  *data,
                gsize        length,
                char       **header,
                GArray      *split,
                guint       *n_elements)
{
  const char *version_start, *version_end, *array_start, *array_end;
  const char *end = data + length;
  const char *p;
  Piece piece = { NULL, 0, 0 };
  guint index = 0;

  if (length < PARALLEL_MIN_SIZE ||
      !find_member (data, length, "version", &version_start, &version_end) ||
      version_end - version_start != 1 || *version_start != '2' ||
      !find_member (data, length, "resolutions", &array_start, &array_end) ||
      *array_start != '[' || array_end[-1] != ']')
    return FALSE;

  piece.text = p = skip_space (array_start + 1, end);
  while (p < array_end - 1)
    {
      const char *element_end = skip_value (p, array_end - 1);

      index++;
      p = skip_space (element_end, array_end);
      if (p < array_end - 1 && *p == ',')
        {
          if ((gsize) (p - piece.text) >= PIECE_SIZE)
            {
              piece.length = (gsize) (p - piece.text);
              g_array_append_val (split, piece);
              piece.first = index;
              piece.text = p + 1;
            }
          p = skip_space (p + 1, array_end);
        }
      else
        break;
    }
  piece.length = (gsize) (array_end - 1 - piece.text);
  g_array_append_val (split, piece);
  *n_elements = index;

  *header = g_strdup_printf ("%.*s[]%.*s", (int) (array_start - data), data,
                             (int) (end - array_end), array_end);
  return TRUE;
}

static gboolean
read_header (Reader      *reader,
             JsonObject  *root,
             GError     **error)
{
  const char *format, *title, *source;
  g_autofree char *number_text = NULL;
  JsonNode *version;
  gint64 number;

  if (!json_object_has_member (root, "format"))
    return fail (reader, error, PLENARY_IO_ERROR_NOT_PLENARY,
                 _("this is not a Plenary votes file: it has no “format” field"));
  if (!read_optional_string (reader, root, "format", &format, error))
    return FALSE;
  if (g_strcmp0 (format, PLENARY_VOTES_FORMAT_NAME) != 0)
    {
      g_autofree char *quoted = plenary_quote_text (format != NULL ? format : "null");

      push_key (reader, "format");
      return fail (reader, error, PLENARY_IO_ERROR_NOT_PLENARY,
                   _("this is not a Plenary votes file: the format is “%s”, not “%s”"),
                   quoted, PLENARY_VOTES_FORMAT_NAME);
    }

  version = json_object_get_member (root, "version");
  if (version == NULL)
    return fail (reader, error, PLENARY_IO_ERROR_MISSING_FIELD,
                 _("the required field “%s” is missing"), "version");
  push_key (reader, "version");
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    return fail_type (reader, error, version, _("a whole number"));
  number = json_node_get_int (version);
  number_text = g_strdup_printf ("%" G_GINT64_FORMAT, number);
  if (number > PLENARY_VOTES_FORMAT_VERSION)
    return fail (reader, error, PLENARY_IO_ERROR_UNSUPPORTED_VERSION,
                 _("the file is in version %s of the format, newer than "
                   "this version of Plenary can read (%d); a newer Plenary may open it"),
                 number_text, PLENARY_VOTES_FORMAT_VERSION);
  if (number < 1)
    return fail (reader, error, PLENARY_IO_ERROR_INVALID_VALUE,
                 _("%s is not a version of the format"), number_text);
  pop (reader);

  reader->version = (guint) number;
  if (!check_fields (reader, root, number >= 2 ? root_fields_v2 : root_fields, error) ||
      !read_optional_string (reader, root, "title", &title, error) ||
      !read_optional_string (reader, root, "source", &source, error))
    return FALSE;

  plenary_dataset_set_title (reader->dataset, title);
  plenary_dataset_set_source (reader->dataset, source);
  return TRUE;
}

/* json-glib writes "<data>:LINE:COLUMN: Parse error: …"; keep the position
 * and the message, under our own file name. */
static char *
describe_syntax_error (const char *display_name,
                       const char *message)
{
  const char *rest = message;

  if (g_str_has_prefix (rest, "<data>:"))
    rest += strlen ("<data>:");
  return g_strdup_printf ("%s:%s", display_name, rest);
}

/**
 * plenary_votes_read:
 * @data: the file's bytes
 * @length: their length
 * @display_name: the name that messages give the file
 *
 * Reads a `plenary-votes` file.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
PlenaryDataset *
plenary_votes_read (const char  *data,
                    gsize        length,
                    const char  *display_name,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GArray) split = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_autofree char *header = NULL;
  Reader reader = { display_name, NULL, { { 0 } }, 0, 0, 0 };
  JsonNode *root;
  JsonNode *node;
  gboolean parallel;
  guint n_split_lines = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  /* A byte-order mark is not JSON, but editors write it. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!plenary_json_scan (data, length, PLENARY_VOTES_MAX_DEPTH, display_name, error))
    return NULL;

  parallel = split_document (data, length, &header, split, &n_split_lines);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, parallel ? header : data, parallel ? -1 : (gssize) length,
                                   &parse_error))
    {
      g_autofree char *message = describe_syntax_error (display_name, parse_error->message);

      g_set_error_literal (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_SYNTAX, message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  dataset = plenary_dataset_new ();
  reader.dataset = dataset;

  if (root == NULL)
    {
      fail (&reader, error, PLENARY_IO_ERROR_SYNTAX, _("the file is empty"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (&reader, error, PLENARY_IO_ERROR_NOT_PLENARY,
            _("this is not a Plenary votes file: it holds %s, not an object"), node_kind (root));
      return NULL;
    }

  if (!read_header (&reader, json_node_get_object (root), error))
    return NULL;

  node = json_object_get_member (json_node_get_object (root), "members");
  if (node != NULL)
    {
      push_key (&reader, "members");
      if (!read_members (&reader, node, error))
        return NULL;
      pop (&reader);
    }

  if (reader.version >= 2)
    {
      if (!read_body_v2 (&reader, json_node_get_object (root), parallel ? split : NULL,
                         n_split_lines, error))
        return NULL;
      add_omitted_warning (&reader);
      plenary_dataset_set_display_name (dataset, display_name);
      return g_steal_pointer (&dataset);
    }

  node = json_object_get_member (json_node_get_object (root), "resolutions");
  if (node == NULL)
    {
      fail (&reader, error, PLENARY_IO_ERROR_MISSING_FIELD,
            _("the required field “%s” is missing"), "resolutions");
      return NULL;
    }
  push_key (&reader, "resolutions");
  if (!read_resolutions (&reader, node, error))
    return NULL;
  pop (&reader);

  add_omitted_warning (&reader);
  plenary_dataset_set_display_name (dataset, display_name);
  return g_steal_pointer (&dataset);
}
