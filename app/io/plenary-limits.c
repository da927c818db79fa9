/* plenary-limits.c: how much of anything Plenary reads from one file
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plenary opens files that people download, and the worst a file may do is
 * produce a clear error. Each limit here is checked before the memory or
 * the time it guards is spent, sits far above what the UN's own data needs
 * (see plenary-limits.h for the figures), and the error that enforces it
 * names it, so that whoever meets one knows what to change.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-limits.h"

/* The largest file read whole into memory, unless PLENARY_MAX_FILE_SIZE
 * (in bytes) says otherwise. The UN's CSV files are streamed and have no
 * such limit. */
#define DEFAULT_MAX_FILE_SIZE (256 * 1024 * 1024)

/**
 * plenary_max_file_size:
 *
 * Returns: the size in bytes of the largest file Plenary reads whole: 256 MB,
 *   or what the environment variable PLENARY_MAX_FILE_SIZE says
 */
gsize
plenary_max_file_size (void)
{
  const char *text = g_getenv ("PLENARY_MAX_FILE_SIZE");
  guint64 value;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 1, G_MAXSIZE, &value, NULL))
    return (gsize) value;
  return DEFAULT_MAX_FILE_SIZE;
}

/**
 * plenary_describe_text_length:
 * @length: the length in bytes of a text longer than PLENARY_MAX_TEXT_LENGTH
 *
 * Returns: (transfer full): the sentence an error gives such a text
 */
char *
plenary_describe_text_length (gsize length)
{
  g_autofree char *length_text = g_strdup_printf ("%" G_GSIZE_FORMAT, length);

  return g_strdup_printf (/* Translators: “the text is 70000 bytes long; Plenary reads at
                           * most 65536 bytes (64 KiB) in one field”. */
                          _("the text is %s bytes long; Plenary reads at most %d bytes "
                            "(%d KiB) in one field"),
                          length_text, PLENARY_MAX_TEXT_LENGTH, PLENARY_MAX_TEXT_LENGTH / 1024);
}

/**
 * plenary_quote_text:
 * @text: text from a file, in any encoding, of any length
 *
 * A file's text as a message or a warning quotes it: valid UTF-8 (an
 * invalid byte becomes U+FFFD), control characters written as \uXXXX, and
 * at most PLENARY_QUOTE_LENGTH characters, then “…”.
 *
 * Returns: (transfer full): the text to quote
 */
char *
plenary_quote_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *quoted = g_string_new (NULL);
  const char *p = valid;

  for (guint n = 0; *p != '\0'; n++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n == PLENARY_QUOTE_LENGTH)
        {
          g_string_append (quoted, "…");
          break;
        }
      if (c < 0x20 || c == 0x7F)
        g_string_append_printf (quoted, "\\u%04X", c);
      else
        g_string_append_unichar (quoted, c);
    }
  return g_string_free (quoted, FALSE);
}
