/* plenary-json-scan.c: a first pass over JSON bytes before json-glib sees them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 parses recursively and overflows the stack on deeply nested
 * input, and it keeps only the last of two equal keys in an object. One pass
 * over the bytes rejects what it would crash on or silently get wrong:
 * invalid UTF-8, nesting deeper than @max_depth, and a key given twice in one
 * object. Everything else (syntax) is left to json-glib, which reports it
 * with a line and column.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-io-error.h"
#include "plenary-json-scan.h"

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  guint       column;
} Cursor;

static void
advance (Cursor *cursor)
{
  guchar c = (guchar) cursor->data[cursor->pos++];

  if (c == '\n')
    {
      cursor->line++;
      cursor->column = 1;
    }
  else if ((c & 0xC0) != 0x80)
    {
      cursor->column++;
    }
}

/* Line and column (in characters, from 1) of byte @offset. */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

/* Moves past a string whose opening quote is at the cursor; returns the
 * offset just after the closing quote, or 0 if the string never ends. */
static gsize
skip_string (Cursor *cursor)
{
  advance (cursor);
  while (cursor->pos < cursor->length)
    {
      char c = cursor->data[cursor->pos];

      if (c == '\\' && cursor->pos + 1 < cursor->length)
        {
          advance (cursor);
          advance (cursor);
          continue;
        }
      advance (cursor);
      if (c == '"')
        return cursor->pos;
    }
  return 0;
}

static gboolean
followed_by_colon (const Cursor *cursor)
{
  for (gsize i = cursor->pos; i < cursor->length; i++)
    {
      char c = cursor->data[i];

      if (c == ':')
        return TRUE;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        return FALSE;
    }
  return FALSE;
}

static void
free_keys (gpointer keys)
{
  if (keys != NULL)
    g_hash_table_unref (keys);
}

gboolean
plenary_json_scan (const char  *data,
                   gsize        length,
                   guint        max_depth,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (free_keys);
  const char *invalid = NULL;
  Cursor cursor = { data, length, 0, 1, 1 };

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      guint line, column;

      locate (data, (gsize) (invalid - data), &line, &column);
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_ENCODING,
                   _("%s:%u:%u: the file is not valid UTF-8 text"),
                   display_name, line, column);
      return FALSE;
    }

  while (cursor.pos < length)
    {
      char c = data[cursor.pos];

      if (c == '"')
        {
          guint line = cursor.line, column = cursor.column;
          gsize start = cursor.pos;
          gsize end = skip_string (&cursor);
          GHashTable *object_keys;
          char *key;

          /* An unterminated string is json-glib's to report. */
          if (end == 0)
            return TRUE;
          if (keys->len == 0 || !followed_by_colon (&cursor))
            continue;
          object_keys = g_ptr_array_index (keys, keys->len - 1);
          if (object_keys == NULL)
            continue;

          key = g_strndup (data + start + 1, end - start - 2);
          if (g_hash_table_contains (object_keys, key))
            {
              g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_DUPLICATE_KEY,
                           _("%s:%u:%u: the key “%s” appears twice in the same object"),
                           display_name, line, column, key);
              g_free (key);
              return FALSE;
            }
          g_hash_table_add (object_keys, key);
          continue;
        }

      if (c == '{' || c == '[')
        {
          if (keys->len >= max_depth)
            {
              g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_DEEP,
                           _("%s:%u:%u: the data is nested more than %u levels deep"),
                           display_name, cursor.line, cursor.column, max_depth);
              return FALSE;
            }
          g_ptr_array_add (keys, c == '{'
                                 ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL)
                                 : NULL);
        }
      else if ((c == '}' || c == ']') && keys->len > 0)
        {
          g_ptr_array_set_size (keys, keys->len - 1);
        }

      advance (&cursor);
    }

  return TRUE;
}
