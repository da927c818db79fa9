/* plenary-undl-reader.c: importing the UN Digital Library's voting data (CSV)
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The UN Digital Library publishes its "General Assembly voting data" and
 * "Security Council voting data" as CSV, one row per member per resolution,
 * plain or gzip-compressed. The columns are read by name, because the
 * layouts differ between releases: the 2024 one says ms_codes, ms_votes,
 * resolutions, yes, no, abstentions, non-voting and has no session (it is
 * read from the symbol), the later ones ms_code, ms_vote, resolution,
 * total_yes… and sometimes vote_note. Only the symbol, the member code, the
 * vote and the date are required.
 *
 * A row's vote is Y, N or A; X, NV and an empty vote are a member that did
 * not vote (NON_VOTING). Anything else is reported and not counted. The
 * totals are floats ("93.0") and become the official totals. A Security
 * Council row whose modality says "adopted without a vote" lists Y for every
 * member; it is kept as the UN gives it and marked, so that the app can say
 * "adopted without a vote" instead of calling it unanimous.
 *
 * The rows of one record (symbol and record number) share its date, title
 * and totals; they are read from the record's first row.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-csv-reader.h"
#include "plenary-import.h"
#include "plenary-io-error.h"
#include "plenary-limits.h"
#include "plenary-member.h"
#include "plenary-symbol.h"
#include "plenary-un-date.h"
#include "plenary-undl-reader.h"
#include "plenary-votes-format.h"

typedef enum
{
  COLUMN_UNDL_ID,
  COLUMN_CODE,
  COLUMN_NAME,
  COLUMN_VOTE,
  COLUMN_DATE,
  COLUMN_SESSION,
  COLUMN_SYMBOL,
  COLUMN_DRAFT,
  COLUMN_MEETING,
  COLUMN_TITLE,
  COLUMN_DESCRIPTION,
  COLUMN_AGENDA,
  COLUMN_SUBJECTS,
  COLUMN_YES,
  COLUMN_NO,
  COLUMN_ABSTAIN,
  COLUMN_NON_VOTING,
  COLUMN_MODALITY,
  COLUMN_PERMANENT,
  COLUMN_LINK,
  N_COLUMNS
} Column;

/* Each column's names, the later layout's first. */
static const char * const column_names[N_COLUMNS][4] = {
  [COLUMN_UNDL_ID]     = { "undl_id", NULL },
  [COLUMN_CODE]        = { "ms_code", "ms_codes", NULL },
  [COLUMN_NAME]        = { "ms_name", "ms_names", NULL },
  [COLUMN_VOTE]        = { "ms_vote", "ms_votes", NULL },
  [COLUMN_DATE]        = { "date", NULL },
  [COLUMN_SESSION]     = { "session", NULL },
  [COLUMN_SYMBOL]      = { "resolution", "resolutions", NULL },
  [COLUMN_DRAFT]       = { "draft", NULL },
  [COLUMN_MEETING]     = { "meeting", NULL },
  [COLUMN_TITLE]       = { "title", NULL },
  [COLUMN_DESCRIPTION] = { "description", NULL },
  [COLUMN_AGENDA]      = { "agenda_title", "agenda_titles", "agenda", NULL },
  [COLUMN_SUBJECTS]    = { "subjects", NULL },
  [COLUMN_YES]         = { "total_yes", "yes", NULL },
  [COLUMN_NO]          = { "total_no", "no", NULL },
  [COLUMN_ABSTAIN]     = { "total_abstentions", "abstentions", NULL },
  [COLUMN_NON_VOTING]  = { "total_non_voting", "non-voting", NULL },
  [COLUMN_MODALITY]    = { "modality", NULL },
  [COLUMN_PERMANENT]   = { "permanent_member", NULL },
  [COLUMN_LINK]        = { "undl_link", NULL },
};

static const Column required_columns[] = {
  COLUMN_SYMBOL, COLUMN_CODE, COLUMN_VOTE, COLUMN_DATE,
};

typedef struct
{
  PlenaryDatasetBuilder    *builder;
  PlenaryCsvReader         *csv;
  const char               *display_name;
  int                       columns[N_COLUMNS]; /* field index, or -1 */
  GHashTable               *records;            /* "symbol\tid" → PlenaryPendingResolution */
  GHashTable               *permanence;         /* code → the model's word, checked */
  GString                  *symbol;             /* the current record's */
  GString                  *record_id;
  PlenaryPendingResolution *pending;
  guint64                   text_bytes;         /* of the first rows of the records */
} Import;

static const char *
field (Import *import,
       Column  column)
{
  if (import->columns[column] < 0)
    return "";
  return plenary_csv_reader_get_field (import->csv, (guint) import->columns[column], NULL);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Import      *import,
      GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PLENARY_IO_ERROR, code, "%s:%u: %s", import->display_name,
               plenary_csv_reader_get_line (import->csv), message);
  return FALSE;
}

G_GNUC_PRINTF (3, 4)
static void
warn (Import               *import,
      PlenaryImportWarning  kind,
      const char           *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  plenary_dataset_builder_add_warning (import->builder, kind, message);
}

static gboolean
read_header (Import  *import,
             GError **error)
{
  guint n_fields = plenary_csv_reader_get_n_fields (import->csv);

  for (guint c = 0; c < N_COLUMNS; c++)
    import->columns[c] = -1;

  for (guint i = 0; i < n_fields; i++)
    {
      const char *header = plenary_csv_reader_get_field (import->csv, i, NULL);
      g_autofree char *name = g_strstrip (g_ascii_strdown (header, -1));

      for (guint c = 0; c < N_COLUMNS; c++)
        for (guint k = 0; column_names[c][k] != NULL; k++)
          {
            if (!g_str_equal (name, column_names[c][k]))
              continue;
            if (import->columns[c] >= 0)
              return fail (import, error, PLENARY_IO_ERROR_DUPLICATE_KEY,
                           _("the header names the column “%s” twice"), column_names[c][k]);
            import->columns[c] = (int) i;
          }
    }

  for (guint i = 0; i < G_N_ELEMENTS (required_columns); i++)
    {
      Column c = required_columns[i];

      if (import->columns[c] < 0)
        {
          g_autofree char *names = g_strjoinv (_("” or “"), (char **) column_names[c]);

          return fail (import, error, PLENARY_IO_ERROR_NOT_PLENARY,
                       /* Translators: the header of a CSV file lacks a column, "ms_code" or
                        * "ms_codes". */
                       _("this is not UN Digital Library voting data: the header has no "
                         "column “%s”"), names);
        }
    }
  return TRUE;
}

static gboolean
check_text (Import  *import,
            Column   column,
            GError **error)
{
  const char *text = field (import, column);

  if (g_utf8_validate (text, -1, NULL))
    return TRUE;
  return fail (import, error, PLENARY_IO_ERROR_ENCODING,
               _("column “%s”: the text is not valid UTF-8"), column_names[column][0]);
}

/* A total: "", or a whole number, as the UN writes it a float ("93.0"):
 * decimal digits, then perhaps a point and zeros, with spaces around.
 * Nothing else, not even what strtod() would take: "0x10", "9.3e1",
 * "+93", "inf" or "nan" would be read as numbers nobody wrote. */
static gboolean
read_total (Import      *import,
            Column       column,
            PlenaryVote  vote,
            GError     **error)
{
  const char *text = field (import, column);
  const char *p;
  guint64 value = 0;
  gboolean digits = FALSE;

  while (*text == ' ')
    text++;
  if (*text == '\0')
    return TRUE;

  for (p = text; g_ascii_isdigit (*p); p++)
    {
      value = MIN (value * 10 + (guint64) (*p - '0'), (guint64) PLENARY_VOTES_MAX_TOTAL + 1);
      digits = TRUE;
    }
  if (digits && *p == '.')
    for (p++; *p == '0'; p++)
      ;
  while (*p == ' ')
    p++;
  if (!digits || *p != '\0' || value > PLENARY_VOTES_MAX_TOTAL)
    {
      g_autofree char *quoted = plenary_quote_text (text);

      return fail (import, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("column “%s”: “%s” is not a number of votes"),
                   column_names[column][0], quoted);
    }

  plenary_pending_resolution_set_official_total (import->pending, vote, (int) value);
  return TRUE;
}

static gboolean
read_subjects (Import  *import,
               GError **error)
{
  g_auto(GStrv) subjects = g_strsplit (field (import, COLUMN_SUBJECTS), "|", -1);

  for (guint i = 0; subjects[i] != NULL; i++)
    {
      plenary_pending_resolution_add_subject (import->pending, g_strstrip (subjects[i]));
      if (plenary_pending_resolution_get_n_subjects (import->pending) > PLENARY_MAX_SUBJECTS)
        return fail (import, error, PLENARY_IO_ERROR_TOO_LARGE,
                     /* Translators: “column “subjects”: A/RES/1/2 has more than 256 subject
                      * terms, the most Plenary reads for one resolution”. */
                     _("column “%s”: %s has more than %d subject terms, the most Plenary "
                       "reads for one resolution"),
                     column_names[COLUMN_SUBJECTS][0],
                     plenary_pending_resolution_get_symbol (import->pending),
                     PLENARY_MAX_SUBJECTS);
    }
  return TRUE;
}

static gboolean
says_without_vote (const char *modality)
{
  g_autofree char *lower = g_utf8_strdown (modality, -1);

  return strstr (lower, "without") != NULL && strstr (lower, "vote") != NULL;
}

/* The title a person reads. The library's catalogue titles carry its
 * statement of responsibility, " : resolution / adopted by the General
 * Assembly" (5,489 of 5,528, with a few misspellings), which goes. A title
 * that only names the resolution and then says what it is about in
 * brackets, "Security Council resolution 2795 (2025) [on renewal of …]"
 * or "Resolution 1127 : [question considered …]", repeats the symbol, so
 * the bracket's words become the title: "Renewal of …" (the forms vary:
 * "1401(2002) [", a bracket closed with a parenthesis). A title with no
 * words in brackets, such as "Security Council resolution 90 (1951)",
 * stays whole, as does anything else. */
static char *
clean_title (const char *title)
{
  static gsize assembly_once, named_once;
  GRegex *assembly, *named;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *words = NULL;
  const char *rest;
  char head[8] = { 0 };
  int start;

  if (g_once_init_enter (&assembly_once))
    g_once_init_leave (&assembly_once, (gsize) g_regex_new ("\\s*:\\s*resolution\\b[^:]*$",
                                                            G_REGEX_CASELESS, 0, NULL));
  if (g_once_init_enter (&named_once))
    g_once_init_leave (&named_once, (gsize) g_regex_new ("^(?:Security Council )?resolution [0-9][^\\[]*\\[(.+?)[\\])]?\\s*$",
                                                         G_REGEX_CASELESS, 0, NULL));
  assembly = (GRegex *) assembly_once;
  named = (GRegex *) named_once;

  if (g_regex_match (assembly, title, 0, &match) &&
      g_match_info_fetch_pos (match, 0, &start, NULL) && start > 0)
    stripped = g_strndup (title, (gsize) start);
  else
    stripped = g_strdup (title);
  g_clear_pointer (&match, g_match_info_free);

  if (!g_regex_match (named, stripped, 0, &match))
    return g_steal_pointer (&stripped);
  words = g_match_info_fetch (match, 1);
  rest = g_str_has_prefix (words, "on ") ? words + 3 : words;
  if (*rest == '\0')
    return g_steal_pointer (&stripped);
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (rest)), head);
  return g_strconcat (head, g_utf8_next_char (rest), NULL);
}

/* Reads what the first row of a record says about its resolution. */
static gboolean
start_record (Import  *import,
              GError **error)
{
  static const Column texts[] = {
    COLUMN_SYMBOL, COLUMN_SESSION, COLUMN_DRAFT, COLUMN_MEETING, COLUMN_TITLE,
    COLUMN_DESCRIPTION, COLUMN_AGENDA, COLUMN_SUBJECTS, COLUMN_MODALITY, COLUMN_LINK,
    COLUMN_UNDL_ID,
  };
  const char *symbol = field (import, COLUMN_SYMBOL);
  const char *date_text = field (import, COLUMN_DATE);
  g_autofree char *session = NULL;
  g_autofree char *title = NULL;
  PlenaryBody body;
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!check_text (import, texts[i], error))
      return FALSE;

  if (*symbol == '\0')
    return fail (import, error, PLENARY_IO_ERROR_MISSING_FIELD,
                 _("column “%s”: the resolution has no symbol"),
                 column_names[COLUMN_SYMBOL][0]);
  if (!plenary_un_date_parse (date_text, &date))
    {
      g_autofree char *quoted = plenary_quote_text (date_text);

      return fail (import, error, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("column “%s”: “%s” is not a date of the form YYYY-MM-DD"),
                   column_names[COLUMN_DATE][0], quoted);
    }
  if (!plenary_symbol_get_body (symbol, &body))
    body = import->columns[COLUMN_PERMANENT] >= 0 ? PLENARY_BODY_SECURITY_COUNCIL
                                                   : PLENARY_BODY_GENERAL_ASSEMBLY;
  if (plenary_dataset_builder_get_n_resolutions (import->builder) >= PLENARY_MAX_RESOLUTIONS &&
      plenary_dataset_builder_lookup_resolution (import->builder, symbol) == NULL)
    return fail (import, error, PLENARY_IO_ERROR_TOO_LARGE,
                 /* Translators: “more than 100000 resolutions, the most Plenary reads at
                  * once”. */
                 _("more than %d resolutions, the most Plenary reads at once"),
                 PLENARY_MAX_RESOLUTIONS);

  import->pending = plenary_dataset_builder_add_resolution (import->builder, symbol, body, &date);
  /* The UN Digital Library's files hold adopted resolutions only. */
  plenary_pending_resolution_set_adopted (import->pending, TRUE);

  /* The 2024 layout has no session column: the symbol says. */
  session = g_strstrip (g_strdup (field (import, COLUMN_SESSION)));
  if (*session == '\0')
    {
      g_free (session);
      session = body == PLENARY_BODY_GENERAL_ASSEMBLY ? plenary_symbol_get_session (symbol) : NULL;
    }

  plenary_pending_resolution_set_session (import->pending, session);
  title = clean_title (*field (import, COLUMN_TITLE) != '\0' ? field (import, COLUMN_TITLE)
                                                            : field (import, COLUMN_DESCRIPTION));
  plenary_pending_resolution_set_title (import->pending, title);
  plenary_pending_resolution_set_draft (import->pending, field (import, COLUMN_DRAFT));
  plenary_pending_resolution_set_meeting (import->pending, field (import, COLUMN_MEETING));
  plenary_pending_resolution_set_record_id (import->pending, field (import, COLUMN_UNDL_ID));
  plenary_pending_resolution_set_link (import->pending, field (import, COLUMN_LINK));
  plenary_pending_resolution_set_agenda (import->pending, field (import, COLUMN_AGENDA));
  if (!read_subjects (import, error))
    return FALSE;
  if (says_without_vote (field (import, COLUMN_MODALITY)))
    plenary_pending_resolution_set_without_vote (import->pending, TRUE);

  return read_total (import, COLUMN_YES, PLENARY_VOTE_YES, error) &&
         read_total (import, COLUMN_NO, PLENARY_VOTE_NO, error) &&
         read_total (import, COLUMN_ABSTAIN, PLENARY_VOTE_ABSTAIN, error) &&
         read_total (import, COLUMN_NON_VOTING, PLENARY_VOTE_NON_VOTING, error);
}

/* Moves to the record of the current row, starting it on its first row. */
static gboolean
find_record (Import  *import,
             GError **error)
{
  const char *symbol = field (import, COLUMN_SYMBOL);
  const char *record_id = field (import, COLUMN_UNDL_ID);
  g_autofree char *key = NULL;

  if (import->pending != NULL && g_str_equal (symbol, import->symbol->str) &&
      g_str_equal (record_id, import->record_id->str))
    return TRUE;

  g_string_assign (import->symbol, symbol);
  g_string_assign (import->record_id, record_id);
  key = g_strconcat (symbol, "\t", record_id, NULL);
  import->pending = g_hash_table_lookup (import->records, key);
  if (import->pending != NULL)
    return TRUE;
  if (g_hash_table_size (import->records) >= PLENARY_MAX_RESOLUTIONS)
    return fail (import, error, PLENARY_IO_ERROR_TOO_LARGE,
                 /* Translators: a record is a resolution's symbol and undl_id. */
                 _("more than %d records (a symbol and an undl_id), the most Plenary reads "
                   "in one file"),
                 PLENARY_MAX_RESOLUTIONS);

  /* The texts of a record's first row are kept. The file is streamed, and
   * gzip can make a small file of gigabytes of text, so what is kept has
   * the limit of a file read whole. */
  for (guint i = 0; i < plenary_csv_reader_get_n_fields (import->csv); i++)
    {
      gsize length;

      plenary_csv_reader_get_field (import->csv, i, &length);
      import->text_bytes += length;
    }
  if (import->text_bytes > plenary_max_file_size ())
    {
      g_autofree char *limit = g_format_size (plenary_max_file_size ());

      return fail (import, error, PLENARY_IO_ERROR_TOO_LARGE,
                   /* Translators: “the records' texts come to more than 268.4 MB, the most
                    * Plenary keeps from one file (PLENARY_MAX_FILE_SIZE can raise the
                    * limit)”. */
                   _("the records' texts come to more than %s, the most Plenary keeps from "
                     "one file (PLENARY_MAX_FILE_SIZE can raise the limit)"), limit);
    }

  if (!start_record (import, error))
    {
      import->pending = NULL;
      return FALSE;
    }
  g_hash_table_insert (import->records, g_steal_pointer (&key), import->pending);
  return TRUE;
}

static gboolean
parse_vote (const char  *text,
            PlenaryVote *vote)
{
  while (*text == ' ')
    text++;

  switch (g_ascii_toupper (text[0]))
    {
    case '\0':
      *vote = PLENARY_VOTE_NON_VOTING;
      return TRUE;
    case 'Y':
      *vote = PLENARY_VOTE_YES;
      break;
    case 'N':
      *vote = PLENARY_VOTE_NO;
      if (g_ascii_toupper (text[1]) == 'V')
        {
          *vote = PLENARY_VOTE_NON_VOTING;
          text++;
        }
      break;
    case 'A':
      *vote = PLENARY_VOTE_ABSTAIN;
      break;
    case 'X':
      *vote = PLENARY_VOTE_NON_VOTING;
      break;
    default:
      return FALSE;
    }

  text++;
  while (*text == ' ')
    text++;
  return *text == '\0';
}

/* The Council file says which members are permanent; so does the model. */
static void
check_permanence (Import     *import,
                  const char *code)
{
  const char *text = field (import, COLUMN_PERMANENT);
  gboolean said, known;

  /* Only a code can be a member, and only codes are remembered. */
  if (*text == '\0' || strlen (code) != 3 || !g_ascii_isupper (code[0]) ||
      !g_ascii_isupper (code[1]) || !g_ascii_isupper (code[2]) ||
      g_hash_table_contains (import->permanence, code))
    return;

  said = g_ascii_strcasecmp (text, "true") == 0 || g_str_equal (text, "1");
  {
    g_autoptr(PlenaryMember) member = plenary_member_new (code);

    known = plenary_member_is_permanent (member);
  }
  g_hash_table_add (import->permanence, g_strdup (code));
  if (said != known)
    warn (import, PLENARY_IMPORT_WARNING_VALUE,
          said ? _("the file has %s as a permanent member of the Security Council; Plenary "
                   "counts its no votes as any member’s")
               : _("the file has %s as an elected member of the Security Council; Plenary "
                   "counts its no votes as vetoes"),
          code);
}

static gboolean
read_row (Import  *import,
          GError **error)
{
  const char *code = field (import, COLUMN_CODE);
  const char *vote_text = field (import, COLUMN_VOTE);
  PlenaryVote vote;

  plenary_dataset_builder_set_location (import->builder, import->display_name,
                                        plenary_csv_reader_get_line (import->csv));
  if (!find_record (import, error))
    return FALSE;

  if (!parse_vote (vote_text, &vote))
    {
      g_autofree char *quoted_code = plenary_quote_text (code);
      g_autofree char *quoted_vote = plenary_quote_text (vote_text);

      warn (import, PLENARY_IMPORT_WARNING_VALUE,
            /* Translators: "A/RES/1/2: USA: “Q” is not a vote (Y, N, A, X or NV); it is not
             * counted". */
            _("%s: %s: “%s” is not a vote (Y, N, A, X or NV); it is not counted"),
            plenary_pending_resolution_get_symbol (import->pending), quoted_code, quoted_vote);
      return TRUE;
    }

  if (import->columns[COLUMN_PERMANENT] >= 0)
    check_permanence (import, code);
  if (!plenary_pending_resolution_add_vote (import->pending, code, field (import, COLUMN_NAME),
                                            vote))
    return fail (import, error, PLENARY_IO_ERROR_TOO_LARGE,
                 /* Translators: “column “ms_code”: “ABC” would be the 1001st different
                  * member; Plenary reads at most 1000”. */
                 _("column “%s”: “%s” would be member number %d; Plenary reads at most %d "
                   "different members"),
                 column_names[COLUMN_CODE][0], code, PLENARY_MAX_MEMBERS + 1,
                 PLENARY_MAX_MEMBERS);
  return TRUE;
}

/**
 * plenary_undl_read_into:
 * @builder: the dataset being built
 * @stream: the CSV, plain or gzip-compressed
 * @display_name: the file's name in messages
 *
 * Reads a UN Digital Library voting data file into @builder.
 *
 * Returns: whether the whole file was read; on %FALSE, @error says where it
 *   went wrong, and the builder holds a part of the file
 */
gboolean
plenary_undl_read_into (PlenaryDatasetBuilder  *builder,
                        GInputStream           *stream,
                        const char             *display_name,
                        GCancellable           *cancellable,
                        GError                **error)
{
  g_autoptr(PlenaryCsvReader) csv = NULL;
  g_autoptr(GHashTable) records = NULL;
  g_autoptr(GHashTable) permanence = NULL;
  g_autoptr(GString) symbol = g_string_new (NULL);
  g_autoptr(GString) record_id = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  Import import = { 0 };

  g_return_val_if_fail (PLENARY_IS_DATASET_BUILDER (builder), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  csv = plenary_csv_reader_new (stream, display_name);
  records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  permanence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import = (Import) {
    builder, csv, display_name, { 0 }, records, permanence, symbol, record_id, NULL
  };

  if (!plenary_csv_reader_next_row (csv, cancellable, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_SYNTAX,
                     _("%s: the file is empty"), display_name);
      return FALSE;
    }
  if (!read_header (&import, error))
    return FALSE;

  while (plenary_csv_reader_next_row (csv, cancellable, &local_error))
    if (!read_row (&import, error))
      return FALSE;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  plenary_dataset_builder_set_location (builder, NULL, 0);
  return TRUE;
}

/**
 * plenary_undl_import:
 * @file: a UN Digital Library voting data file, `.csv` or `.csv.gz`
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
PlenaryDataset *
plenary_undl_import (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(PlenaryDatasetBuilder) builder = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;
  PlenaryDataset *dataset;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = plenary_file_display_name (file);
  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }

  builder = plenary_dataset_builder_new ();
  if (!plenary_undl_read_into (builder, G_INPUT_STREAM (stream), display_name, cancellable, error))
    return NULL;

  dataset = plenary_dataset_builder_finish (builder);
  plenary_dataset_set_file (dataset, file);
  plenary_dataset_set_display_name (dataset, display_name);
  /* The credit the UN asks for, stored in English and said in the user's
   * language where it is shown (plenary_describe_credit()). */
  plenary_dataset_set_source (dataset, "United Nations Digital Library, voting data");
  return dataset;
}
