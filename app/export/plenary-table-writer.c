/* plenary-table-writer.c: the table behind a picture, as CSV or tab-separated text
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every picture of members has a table (code, name, regional group, vote),
 * and a reader who checks a figure or makes their own wants it in a
 * spreadsheet. A file gets CSV as RFC 4180 writes it: a header row, CRLF
 * line ends, and a field in double quotes (its quotes doubled) when it holds
 * a comma, a quote or a line break. The clipboard gets tab-separated text,
 * which spreadsheets split into cells when it is pasted; tabs and line
 * breaks inside a cell become spaces there, as that format has no quoting.
 */

#define G_LOG_DOMAIN "plenary-export"

#include "config.h"

#include <string.h>

#include "plenary-table-writer.h"

static void
append_csv_field (GString    *text,
                  const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (text, field);
      return;
    }
  g_string_append_c (text, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (text, '"');
      g_string_append_c (text, *p);
    }
  g_string_append_c (text, '"');
}

static void
append_tsv_field (GString    *text,
                  const char *field)
{
  for (const char *p = field; *p != '\0'; p++)
    g_string_append_c (text, *p == '\t' || *p == '\r' || *p == '\n' ? ' ' : *p);
}

static char *
format_table (const PlenaryTable *table,
              char                separator,
              const char         *line_end,
              void              (*append_field) (GString *, const char *))
{
  GString *text = g_string_new (NULL);
  guint n_columns;

  g_return_val_if_fail (table != NULL, NULL);

  n_columns = g_strv_length (table->columns);
  for (guint row = 0; row <= table->rows->len; row++)
    {
      char **cells = row == 0 ? table->columns : g_ptr_array_index (table->rows, row - 1);

      for (guint column = 0; column < n_columns; column++)
        {
          if (column > 0)
            g_string_append_c (text, separator);
          append_field (text, cells[column]);
        }
      g_string_append (text, line_end);
    }
  return g_string_free (text, FALSE);
}

/* @table as RFC 4180 CSV, with a header row. */
char *
plenary_table_to_csv (const PlenaryTable *table)
{
  return format_table (table, ',', "\r\n", append_csv_field);
}

/* @table as tab-separated lines, with a header row, for the clipboard. */
char *
plenary_table_to_tsv (const PlenaryTable *table)
{
  return format_table (table, '\t', "\n", append_tsv_field);
}
