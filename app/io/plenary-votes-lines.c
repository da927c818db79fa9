/* plenary-votes-lines.c: one resolution a line, in version 2 of the votes format
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib spends its time per value, not per byte: the whole UN record as
 * version 1 (a JSON array of codes per vote, 916,653 of them) takes it
 * 300 ms to parse, while the same record as one string per resolution takes
 * 11 ms (measured on a 2-core machine; see the README). So version 2 keeps
 * JSON for the file and the header, and writes each resolution as one JSON
 * string of tab-separated fields, named once in the file's "columns". Votes
 * are one letter per member, in the order of the file's "codes": Y, N, A, X
 * (did not vote) or . (not recorded); a letter followed by a number repeats
 * that many times ("Y12N.3"), which halves the record's size.
 *
 * Within a field, a backslash escapes what would end it or be lost: \\t,
 * \\n, \\r, \\\\, and in a list field (titles) also \\| and \\=. Any other
 * escape is an error. An empty field is an absent value.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <string.h>

#include "plenary-votes-lines.h"

static const char * const column_names[PLENARY_N_COLUMNS] = {
  [PLENARY_COLUMN_SYMBOL] = "symbol",
  [PLENARY_COLUMN_BODY] = "body",
  [PLENARY_COLUMN_DATE] = "date",
  [PLENARY_COLUMN_SESSION] = "session",
  [PLENARY_COLUMN_TITLE] = "title",
  [PLENARY_COLUMN_TITLES] = "titles",
  [PLENARY_COLUMN_DRAFT] = "draft",
  [PLENARY_COLUMN_MEETING] = "meeting",
  [PLENARY_COLUMN_RECORD] = "record",
  [PLENARY_COLUMN_SOURCE] = "source",
  [PLENARY_COLUMN_AGENDA] = "agenda",
  [PLENARY_COLUMN_SUBJECTS] = "subjects",
  [PLENARY_COLUMN_MAJORITY] = "majority",
  [PLENARY_COLUMN_OUTCOME] = "outcome",
  [PLENARY_COLUMN_ADOPTION] = "adoption",
  [PLENARY_COLUMN_TOTALS] = "totals",
  [PLENARY_COLUMN_VOTES] = "votes",
};

const char *
plenary_column_get_name (PlenaryColumn column)
{
  g_return_val_if_fail (column < PLENARY_N_COLUMNS, NULL);

  return column_names[column];
}

gboolean
plenary_column_from_name (const char    *name,
                          PlenaryColumn *column)
{
  for (guint i = 0; name != NULL && i < PLENARY_N_COLUMNS; i++)
    if (g_str_equal (name, column_names[i]))
      {
        *column = (PlenaryColumn) i;
        return TRUE;
      }
  return FALSE;
}

/* Splits @line at its tabs into at most @max_fields fields, and returns how
 * many there are (which may be more than @max_fields: the rest are not
 * stored). */
guint
plenary_votes_line_split (const char   *line,
                          gsize         length,
                          PlenaryField *fields,
                          guint         max_fields)
{
  const char *end = line + length;
  const char *start = line;
  guint n = 0;

  for (;;)
    {
      const char *tab = memchr (start, '\t', (gsize) (end - start));
      const char *stop = tab != NULL ? tab : end;

      if (n < max_fields)
        fields[n] = (PlenaryField) { start, (gsize) (stop - start) };
      n++;
      if (tab == NULL)
        return n;
      start = tab + 1;
    }
}

/* Appends @field's text to @out, undoing the escapes. Returns %FALSE for an
 * escape the format does not have. */
gboolean
plenary_votes_field_text (const PlenaryField *field,
                          GString            *out)
{
  const char *p = field->text, *end = field->text + field->length;

  while (p < end)
    {
      const char *backslash = memchr (p, '\\', (gsize) (end - p));

      if (backslash == NULL)
        {
          g_string_append_len (out, p, end - p);
          return TRUE;
        }
      g_string_append_len (out, p, backslash - p);
      if (backslash + 1 >= end)
        return FALSE;
      switch (backslash[1])
        {
        case 't': g_string_append_c (out, '\t'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '|': g_string_append_c (out, '|'); break;
        case '=': g_string_append_c (out, '='); break;
        default:
          return FALSE;
        }
      p = backslash + 2;
    }
  return TRUE;
}

/* Appends @value to @line as a field, escaped; in a list field the
 * separators | and = are escaped too. NULL appends nothing: an absent value. */
void
plenary_votes_field_append (GString    *line,
                            const char *value,
                            gboolean    in_list)
{
  for (const char *p = value; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\t': g_string_append (line, "\\t"); break;
        case '\n': g_string_append (line, "\\n"); break;
        case '\r': g_string_append (line, "\\r"); break;
        case '\\': g_string_append (line, "\\\\"); break;
        case '|':
        case '=':
          if (in_list)
            g_string_append_c (line, '\\');
          g_string_append_c (line, *p);
          break;
        default:
          g_string_append_c (line, *p);
        }
    }
}
