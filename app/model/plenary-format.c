/* plenary-format.c: numbers as the user's locale writes them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-format.h"

/* A count with the locale's digits and digit grouping: "1,265", "1 265",
 * "١٬٢٦٥". (The I flag asks glibc for the locale's own digits.) */
char *
plenary_format_count (guint count)
{
  return g_strdup_printf ("%'Iu", count);
}

/* @fraction (0 to 1) as a percentage with one decimal: "48.2%". */
char *
plenary_format_percent (double fraction)
{
  g_autofree char *number = g_strdup_printf ("%'I.1f", fraction * 100.0);

  /* Translators: a percentage; %s is the number, such as 48.2. Use your
   * language's spacing and sign, e.g. "%s %%" in French. */
  return g_strdup_printf (_("%s%%"), number);
}

/* The usual short form of a vote: "93–18–65", yes–no–abstain. */
char *
plenary_format_tally (const PlenaryTally *tally)
{
  g_autofree char *yes = plenary_format_count (tally->counts[PLENARY_VOTE_YES]);
  g_autofree char *no = plenary_format_count (tally->counts[PLENARY_VOTE_NO]);
  g_autofree char *abstain = plenary_format_count (tally->counts[PLENARY_VOTE_ABSTAIN]);

  /* Translators: a vote's result, yes–no–abstentions, e.g. "93–18–65". */
  return g_strdup_printf (_("%s–%s–%s"), yes, no, abstain);
}

/* Whether the user's language is written right to left. Translators of
 * such languages say so by translating the marker below, as GTK does. */
gboolean
plenary_locale_is_rtl (void)
{
  /* Translators: translate as "rtl" if your language is written right to
   * left (Arabic, Hebrew, Persian…), and as "ltr" otherwise. */
  return g_str_equal (g_dpgettext2 (GETTEXT_PACKAGE, "text direction", "ltr"), "rtl");
}
