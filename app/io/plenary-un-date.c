/* plenary-un-date.c: dates as the UN's files write them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same day comes as "2022-03-02" (UN Digital Library), "2 March 2022",
 * "14 December 2020" with a no-break space between the parts, and
 * "2023-09-01 00:00:00" (all three in the DGACM files). The months are
 * English whatever the user's locale, so they are matched here, not through
 * strptime().
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <string.h>

#include "plenary-date.h"
#include "plenary-un-date.h"

static const char * const months[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

/* "2023-09-01", alone or followed by a time: "2023-09-01 00:00:00",
 * "2023-09-01T00:00:00". */
static gboolean
parse_iso (const char *text,
           GDate      *date)
{
  char day[11];

  if (strlen (text) < 10)
    return FALSE;
  if (text[10] != '\0' && text[10] != ' ' && text[10] != 'T')
    return FALSE;
  memcpy (day, text, 10);
  day[10] = '\0';
  return plenary_date_parse_iso (day, date);
}

static gboolean
parse_number (const char *text,
              guint       max_digits,
              guint      *value)
{
  gsize length = strlen (text);

  if (length == 0 || length > max_digits)
    return FALSE;
  *value = 0;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

/* "2 March 2022", with any white space (no-break spaces too) between the parts. */
static gboolean
parse_words (const char *text,
             GDate      *date)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  guint day, year, month = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        g_string_append_c (plain, ' ');
      else
        g_string_append_unichar (plain, c);
    }

  parts = g_strsplit (g_strstrip (plain->str), " ", -1);
  {
    guint n = 0;

    /* Runs of spaces leave empty parts: drop them. */
    for (guint i = 0; parts[i] != NULL; i++)
      if (*parts[i] != '\0')
        parts[n++] = parts[i];
      else
        g_free (parts[i]);
    parts[n] = NULL;
    if (n != 3)
      return FALSE;
  }

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_ascii_strcasecmp (parts[1], months[i]) == 0)
      month = i + 1;

  if (month == 0 || !parse_number (parts[0], 2, &day) || !parse_number (parts[2], 4, &year) ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * plenary_un_date_parse:
 * @text: a date in one of the UN's spellings
 * @date: (out): the day
 *
 * Returns: whether @text is a date, and a day that exists
 */
gboolean
plenary_un_date_parse (const char *text,
                       GDate      *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  while (*text == ' ')
    text++;
  if (g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2]) &&
      g_ascii_isdigit (text[3]) && text[4] == '-')
    return parse_iso (text, date);
  return parse_words (text, date);
}
