/* test-names.c: the names a reader expects for every member, in each language
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists show short, non-inverted common names; tooltips and the country page
 * the official ones. Each assertion names the exact string, so that a wrong
 * translation fails as surely as a missing one.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-countries.h"
#include "plenary-dataset.h"
#include "plenary-member.h"
#include "plenary-un-members.h"

/* Switches the messages to @language. The locale stays C.UTF-8 (from the
 * test environment), under which gettext honours LANGUAGE. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

static void
assert_names (const char *code,
              const char *short_name,
              const char *official_name)
{
  g_assert_cmpstr (plenary_countries_get_localized_name (code), ==, short_name);
  g_assert_cmpstr (plenary_countries_get_localized_official_name (code), ==, official_name);
}

static void
test_english (void)
{
  use_language ("en");
  assert_names ("RUS", "Russia", "Russian Federation");
  assert_names ("TUR", "Türkiye", "Republic of Türkiye");
  assert_names ("CIV", "Côte d'Ivoire", "Republic of Côte d'Ivoire");
  assert_names ("COD", "Democratic Republic of the Congo", "Democratic Republic of the Congo");
  assert_names ("CPV", "Cabo Verde", "Republic of Cabo Verde");
  assert_names ("GBR", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland");
  g_assert_cmpstr (plenary_countries_get_official_name ("KOR"), ==, "Republic of Korea");
  /* The ISO name stays, for what people type and files say. */
  g_assert_cmpstr (plenary_countries_get_name ("RUS"), ==, "Russian Federation");

  /* The C locale reads English too. */
  use_language ("");
  g_assert_cmpstr (plenary_countries_get_localized_name ("BOL"), ==, "Bolivia");
  g_assert_cmpstr (plenary_countries_get_localized_official_name ("BOL"), ==,
                   "Plurinational State of Bolivia");
}

static void
test_french (void)
{
  use_language ("fr");
  assert_names ("RUS", "Russie", "Fédération de Russie");
  assert_names ("CIV", "Côte d'Ivoire", "République de Côte d'Ivoire");
  assert_names ("SLB", "Îles Salomon", "Îles Salomon");
  assert_names ("KOR", "Corée du Sud", "République de Corée");
  assert_names ("TUR", "Türkiye", "République de Türkiye");
  assert_names ("DEU", "Allemagne", "République fédérale d'Allemagne");
  /* Regional variants of French read the same table. */
  use_language ("fr_CA");
  g_assert_cmpstr (plenary_countries_get_localized_name ("RUS"), ==, "Russie");
}

/* No French list entry files under "République" unless the country's
 * common name itself begins so; no entry is inverted ("Russie, Fédération
 * de") or bracketed ("Congo (Rép. dém.)"). */
static void
test_french_not_inverted (void)
{
  g_autoptr(GHashTable) republics = g_hash_table_new (g_str_hash, g_str_equal);
  const PlenaryUnMember *members;
  guint n_members;

  use_language ("fr");
  members = plenary_un_members_get (&n_members);
  g_assert_cmpuint (n_members, ==, 193);
  for (guint i = 0; i < n_members; i++)
    {
      const char *name = plenary_countries_get_localized_name (members[i].code);

      g_assert_nonnull (name);
      g_assert_null (strchr (name, ','));
      g_assert_null (strchr (name, '('));
      if (g_str_has_prefix (name, "République"))
        g_hash_table_add (republics, (gpointer) name);
    }
  g_assert_cmpuint (g_hash_table_size (republics), ==, 3);
  g_assert_true (g_hash_table_contains (republics, "République centrafricaine"));
  g_assert_true (g_hash_table_contains (republics, "République dominicaine"));
  g_assert_true (g_hash_table_contains (republics, "République démocratique du Congo"));
}

static void
test_spanish (void)
{
  use_language ("es");
  assert_names ("RUS", "Rusia", "Federación de Rusia");
  assert_names ("CIV", "Côte d'Ivoire", "República de Côte d'Ivoire");
  assert_names ("TUR", "Türkiye", "República de Türkiye");
  assert_names ("KOR", "Corea del Sur", "República de Corea");
  assert_names ("SLB", "Islas Salomón", "Islas Salomón");
}

static void
test_russian (void)
{
  use_language ("ru");
  assert_names ("RUS", "Россия", "Российская Федерация");
  assert_names ("TUR", "Турция", "Турецкая Республика");
  assert_names ("CIV", "Кот-д’Ивуар", "Республика Кот-д’Ивуар");
  assert_names ("SWZ", "Эсватини", "Королевство Эсватини");
}

static void
test_arabic (void)
{
  use_language ("ar");
  assert_names ("RUS", "روسيا", "روسيا الاتحادية");
  assert_names ("EGY", "مصر", "جمهورية مصر العربية");
  assert_names ("TUR", "تركيا", "الجمهورية التركية");
  assert_names ("CIV", "كوت ديفوار", "جمهورية كوت ديفوار");
  assert_names ("MEX", "المكسيك", "الولايات المتحدة المكسيكية");
}

static void
test_chinese (void)
{
  use_language ("zh_CN");
  assert_names ("RUS", "俄罗斯", "俄罗斯联邦");
  assert_names ("CHN", "中国", "中华人民共和国");
  assert_names ("MKD", "北马其顿", "北马其顿共和国");
  assert_names ("DMA", "多米尼克", "多米尼克国");
  assert_names ("DOM", "多米尼加", "多米尼加共和国");

  /* Traditional characters are not in the table: iso-codes' names serve,
   * never the simplified ones. */
  use_language ("zh_TW");
  g_assert_cmpstr (plenary_countries_get_localized_name ("MKD"), !=, "北马其顿");
}

/* A language the table lacks keeps iso-codes' translations. */
static void
test_other_language (void)
{
  use_language ("it");
  g_assert_cmpstr (plenary_countries_get_localized_name ("DEU"), ==, "Germania");
}

/* The member's own API, and what sorts by it. */
static void
test_member (void)
{
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  PlenaryMember *russia = plenary_dataset_get_member (dataset,
                                                      (guint) plenary_dataset_lookup_member (dataset, "RUS"));
  PlenaryMember *soviet = plenary_dataset_get_member (dataset,
                                                      (guint) plenary_dataset_lookup_member (dataset, "SUN"));

  use_language ("en");
  g_assert_cmpstr (plenary_member_get_name (russia), ==, "Russian Federation");
  g_assert_cmpstr (plenary_member_get_localized_name (russia), ==, "Russia");
  g_assert_cmpstr (plenary_member_get_official_name (russia), ==, "Russian Federation");
  /* A state of the past keeps Plenary's own name, official or not. */
  g_assert_cmpstr (plenary_member_get_localized_name (soviet), ==, "Soviet Union");
  g_assert_cmpstr (plenary_member_get_official_name (soviet), ==, "Soviet Union");
}

/* In French order, by the names lists show: "Russie" between "Roumanie"
 * and "Rwanda", "Îles Salomon" among the I's, not at the end. */
static void
test_french_order (void)
{
  const char *codes[] = { "RWA", "SLB", "ROU", "RUS", "ISL", "IRL", "ZWE", "CIV" };
  const char *expected[] = { "Côte d'Ivoire", "Îles Salomon", "Irlande", "Islande",
                             "Roumanie", "Russie", "Rwanda", "Zimbabwe" };
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *collate = setlocale (LC_COLLATE, "fr_FR.UTF-8");

  if (collate == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }

  use_language ("fr");
  setlocale (LC_COLLATE, "fr_FR.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_ptr_array_add (names, (gpointer) plenary_countries_get_localized_name (codes[i]));
  for (guint i = 0; i < names->len; i++)
    for (guint j = i + 1; j < names->len; j++)
      if (g_utf8_collate (names->pdata[j], names->pdata[i]) < 0)
        {
          gpointer swap = names->pdata[i];

          names->pdata[i] = names->pdata[j];
          names->pdata[j] = swap;
        }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (names->pdata[i], ==, expected[i]);
  setlocale (LC_COLLATE, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("PLENARY_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PLENARY_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }

  g_test_add_func ("/names/english", test_english);
  g_test_add_func ("/names/french", test_french);
  g_test_add_func ("/names/french-not-inverted", test_french_not_inverted);
  g_test_add_func ("/names/french-order", test_french_order);
  g_test_add_func ("/names/spanish", test_spanish);
  g_test_add_func ("/names/russian", test_russian);
  g_test_add_func ("/names/arabic", test_arabic);
  g_test_add_func ("/names/chinese", test_chinese);
  g_test_add_func ("/names/other-language", test_other_language);
  g_test_add_func ("/names/member", test_member);

  return g_test_run ();
}
