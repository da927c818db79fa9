/* test-i18n.c: Plenary in French, Arabic, Chinese and Russian, from the
 * catalogues this build compiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "plenary-countries.h"
#include "plenary-date.h"
#include "plenary-describer.h"
#include "plenary-export.h"
#include "plenary-format.h"
#include "plenary-loader.h"

/* Switches the messages to @language. The locale stays C.UTF-8 (from the
 * test environment), under which gettext honours LANGUAGE. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* Makes gettext forget the translations it has looked up. */
  setlocale (LC_ALL, "");
}

static void
test_vote_labels (void)
{
  use_language ("fr");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_YES), ==, "Pour");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_NO), ==, "Contre");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_ABSTAIN), ==, "Abstention");
  g_assert_cmpstr (plenary_body_get_label (PLENARY_BODY_GENERAL_ASSEMBLY), ==, "Assemblée générale");

  use_language ("es");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_YES), ==, "A favor");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_NO), ==, "En contra");

  use_language ("ru");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_YES), ==, "За");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_NO), ==, "Против");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_ABSTAIN), ==, "Воздержались");

  use_language ("ar");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_YES), ==, "مؤيد");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_NO), ==, "معارض");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_ABSTAIN), ==, "ممتنع");

  use_language ("zh_CN");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_YES), ==, "赞成");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_NO), ==, "反对");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_ABSTAIN), ==, "弃权");

  /* And English, where no catalogue applies. */
  use_language ("en");
  g_assert_cmpstr (plenary_vote_get_label (PLENARY_VOTE_YES), ==, "Yes");
}

/* How many different sentences a count produces over 0–200, once the
 * digits are taken out: the number of plural forms the catalogue uses. */
static guint
count_plural_forms (const char *language)
{
  g_autoptr(GHashTable) forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *english = NULL;

  use_language ("en");
  english = plenary_describe_unattributed_votes (5);
  use_language (language);

  for (guint n = 0; n <= 200; n++)
    {
      g_autofree char *text = plenary_describe_unattributed_votes (n);
      GString *words = g_string_new (NULL);

      g_assert_cmpstr (text, !=, english);
      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        if (!g_unichar_isdigit (g_utf8_get_char (p)))
          g_string_append_unichar (words, g_utf8_get_char (p));
      g_hash_table_add (forms, g_string_free (words, FALSE));
    }
  return g_hash_table_size (forms);
}

static void
test_plurals (void)
{
  g_autofree char *one = NULL;
  g_autofree char *many = NULL;

  /* Arabic has six plural forms, Russian three, French two, Chinese one. */
  g_assert_cmpuint (count_plural_forms ("ar"), ==, 6);
  g_assert_cmpuint (count_plural_forms ("ru"), ==, 3);
  g_assert_cmpuint (count_plural_forms ("fr"), ==, 2);
  g_assert_cmpuint (count_plural_forms ("zh_CN"), ==, 1);

  /* French counts 0 and 1 as singular. */
  use_language ("fr");
  one = plenary_describe_unattributed_votes (1);
  many = plenary_describe_unattributed_votes (64);
  g_assert_nonnull (strstr (one, " 1 "));
  g_assert_nonnull (strstr (many, " 64 "));
  g_assert_cmpstr (strstr (one, " 1 ") + 3, !=, strstr (many, " 64 ") + 4);
}

static void
test_country_names (void)
{
  use_language ("fr");
  g_assert_cmpstr (plenary_countries_get_localized_name ("DEU"), ==, "Allemagne");
  use_language ("ru");
  g_assert_cmpstr (plenary_countries_get_localized_name ("DEU"), ==, "Германия");

  /* A state of the past has a name in every language, and not the English one. */
  for (guint i = 0; i < 6; i++)
    {
      static const char * const languages[] = { "ar", "de", "es", "fr", "ru", "zh_CN" };
      const char *name;

      use_language (languages[i]);
      name = plenary_countries_get_localized_name ("SUN");
      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "Soviet Union");
      g_assert_nonnull (plenary_countries_get_localized_name ("YUG"));
    }

  /* iso-codes does not translate "Türkiye" into Arabic or Russian yet;
   * Plenary's own catalogue does. */
  use_language ("ar");
  g_assert_cmpstr (plenary_countries_get_localized_name ("TUR"), !=, "Türkiye");
  use_language ("ru");
  g_assert_cmpstr (plenary_countries_get_localized_name ("TUR"), !=, "Türkiye");

  /* Where iso-codes lacks the short name's translation, its long name's
   * translation stands in, rather than English. */
  use_language ("es");
  g_assert_cmpstr (plenary_countries_get_localized_name ("KOR"), !=, "South Korea");
}

static void
test_direction (void)
{
  use_language ("ar");
  g_assert_true (plenary_locale_is_rtl ());
  use_language ("fr");
  g_assert_false (plenary_locale_is_rtl ());
  use_language ("zh_CN");
  g_assert_false (plenary_locale_is_rtl ());
}

static void
test_dates (void)
{
  g_autofree char *chinese = NULL;
  g_autofree char *french = NULL;
  GDate date;

  g_assert_true (plenary_date_parse_iso ("2025-02-24", &date));

  use_language ("zh_CN");
  chinese = plenary_date_format_long (&date);
  g_assert_cmpstr (chinese, ==, "2025年2月24日");

  /* Month names come from the locale, which must exist for this part. */
  if (setlocale (LC_TIME, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed (tools/setup makes it)");
      return;
    }
  use_language ("fr");
  setlocale (LC_TIME, "fr_FR.UTF-8");
  french = plenary_date_format_long (&date);
  g_assert_cmpstr (french, ==, "24 février 2025");
  setlocale (LC_TIME, "C.UTF-8");
}

static void
test_numbers (void)
{
  g_autofree char *french = NULL;
  g_autofree char *german = NULL;

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed (tools/setup makes it)");
      return;
    }
  french = plenary_format_count (1265);
  /* glibc's French groups digits with a narrow no-break space. */
  g_assert_cmpstr (french, ==, "1\u202f265");
  g_assert_nonnull (setlocale (LC_NUMERIC, "de_DE.UTF-8"));
  german = plenary_format_count (1265);
  g_assert_cmpstr (german, ==, "1.265");
  setlocale (LC_NUMERIC, "C.UTF-8");
}

/* LANGUAGE=fr plenary --export … writes a French caption. */
static void
test_export_in_french (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("plenary-i18n-XXXXXX", &error);
  g_autofree char *path = g_build_filename (directory, "map.svg", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LANGUAGE", "fr", TRUE);
  const char *argv[] = { g_getenv ("PLENARY_EXE"), "--export=map", "-r", "A/RES/ES-11/7", "-o", path, NULL };
  const char *french_label;
  int status;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  use_language ("fr");
  french_label = plenary_chart_get_label (PLENARY_CHART_MAP);
  g_assert_cmpstr (french_label, !=, "World map");
  g_assert_nonnull (strstr (contents, french_label));
  g_assert_nonnull (strstr (contents, "Assemblée générale"));

  g_remove (path);
  g_rmdir (directory);
}

/* The UN's credits are stored in English and said in the user's language,
 * each of several; other sources stay as the file gives them. */
static void
test_credits (void)
{
  g_autofree char *both = NULL;
  g_autofree char *other = NULL;

  use_language ("fr");
  both = plenary_describe_credit ("United Nations (DGACM); United Nations Digital Library, voting data");
  g_assert_cmpstr (both, ==, "Nations Unies (DGACM); Bibliothèque numérique des Nations Unies, données de vote");
  other = plenary_describe_credit ("UN press releases");
  g_assert_cmpstr (other, ==, "UN press releases");
  g_assert_null (plenary_describe_credit (NULL));
  use_language ("");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PLENARY_LOCALEDIR");

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/i18n/vote-labels", test_vote_labels);
  g_test_add_func ("/i18n/plurals", test_plurals);
  g_test_add_func ("/i18n/country-names", test_country_names);
  g_test_add_func ("/i18n/direction", test_direction);
  g_test_add_func ("/i18n/dates", test_dates);
  g_test_add_func ("/i18n/numbers", test_numbers);
  g_test_add_func ("/i18n/export-in-french", test_export_in_french);
  g_test_add_func ("/i18n/credits", test_credits);

  return g_test_run ();
}
