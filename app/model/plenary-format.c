/* plenary-format.c: numbers as the user's locale writes them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-format.h"

/* A count with the locale's digit grouping: "1,265". */
char *
plenary_format_count (guint count)
{
  return g_strdup_printf ("%'u", count);
}

/* @fraction (0 to 1) as a percentage with one decimal: "48.2 %". */
char *
plenary_format_percent (double fraction)
{
  g_autofree char *number = g_strdup_printf ("%'.1f", fraction * 100.0);

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

/* The majority rule and what it asks of this vote:
 * "Two-thirds majority · 36 yes votes needed". */
char *
plenary_format_rule (PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *needed = plenary_format_count (tally->needed);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: the majority rule and the yes votes
                                        * it asks for: "Two-thirds majority · 36 yes votes needed". */
                                       "%s · %s yes vote needed",
                                       "%s · %s yes votes needed",
                                       tally->needed),
                          plenary_majority_get_label (plenary_resolution_get_majority (resolution)),
                          needed);
}
