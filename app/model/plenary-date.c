/* plenary-date.c: calendar dates as the file format writes them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-date"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-date.h"

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

/* Parses exactly "YYYY-MM-DD" into @date; anything else, including a day that
 * does not exist (2025-02-30), is rejected. */
gboolean
plenary_date_parse_iso (const char *text,
                        GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

char *
plenary_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) date_time = NULL;

  if (date == NULL || !g_date_valid (date))
    return NULL;

  date_time = g_date_time_new_utc (g_date_get_year (date),
                                   g_date_get_month (date),
                                   g_date_get_day (date),
                                   0, 0, 0);
  if (date_time == NULL)
    return NULL;
  return g_date_time_format (date_time, format);
}

/* "24 February 2025", in the user's language. */
char *
plenary_date_format_long (const GDate *date)
{
  /* Translators: a full date, in g_date_time_format() notation: "24 February 2025".
   * %-d is the day without padding, %B the month's name, %Y the year. */
  return format_date (date, _("%-d %B %Y"));
}

/* "24 Feb 2025", in the user's language. */
char *
plenary_date_format_short (const GDate *date)
{
  /* Translators: a short date, in g_date_time_format() notation: "24 Feb 2025".
   * %-d is the day without padding, %b the abbreviated month, %Y the year. */
  return format_date (date, _("%-d %b %Y"));
}
