/* plenary-countries.c: country names, short and official, in English and localised
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader looks for "Russie" under R, not "Russie, Fédération de", and for
 * "Corée du Sud", not "République de Corée". So the 193 member states take
 * their names from data/names/country-names.tsv (from world-countries, with
 * the UN's usage where a state asked for a name, such as Türkiye): a short,
 * non-inverted common name for lists, and the official name for tooltips and
 * the country page, in English, Arabic, Chinese, French, German, Russian and
 * Spanish. The user's first language picks the column.
 *
 * In any other language, and for codes that are no member state, names come
 * from the iso-codes package: the short `common_name` where it has one
 * ("Bolivia"), otherwise `name`. Both strings are msgids of the `iso_3166-1`
 * gettext domain, so their translations come from iso-codes too. iso-codes
 * does not translate every name into every language, so a translation is
 * looked for in its common name, then its name, then its official name, then
 * among Plenary's own translations; English comes last.
 *
 * States that no longer exist (the Soviet Union, Yugoslavia…) are not in
 * ISO 3166-1; Plenary names them itself, in its own translations.
 */

#define G_LOG_DOMAIN "plenary-countries"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "plenary-countries.h"
#include "plenary-un-members.h"

#define ISO_3166_1_DOMAIN "iso_3166-1"
#define NAMES_RESOURCE RESOURCE_PATH "/data/country-names.tsv"

typedef struct
{
  char *name;           /* English: common name, else name */
  char *other_names[2]; /* the name and official name, for their translations */
} CountryNames;

/* A member state's names in one language, from country-names.tsv. */
typedef struct
{
  char *short_name;
  char *official_name;
} MemberNames;

/* The languages of country-names.tsv. */
static const char * const names_languages[] = { "ar", "de", "en", "es", "fr", "ru", "zh" };

/* Member states of the past, by the codes UN voting data gives them. */
static const struct
{
  const char *code;
  const char *name;
} historical[] = {
  { "CSK", NC_("country", "Czechoslovakia") },
  { "DDR", NC_("country", "German Democratic Republic") },
  { "EAT", NC_("country", "Tanganyika") },
  { "EAZ", NC_("country", "Zanzibar") },
  { "GER", NC_("country", "Federal Republic of Germany") },
  { "SCG", NC_("country", "Serbia and Montenegro") },
  { "SUN", NC_("country", "Soviet Union") },
  { "YMD", NC_("country", "Democratic Yemen") },
  { "YUG", NC_("country", "Yugoslavia") },
};

/* Current names iso-codes does not yet translate everywhere; Plenary's own
 * translations fill the gap. */
static const char * const own_translations[] = {
  /* Translators: the country's name since 2022, as the United Nations uses it. */
  NC_("country", "Türkiye"),
};

static void
country_names_free (gpointer data)
{
  CountryNames *names = data;

  g_free (names->name);
  g_free (names->other_names[0]);
  g_free (names->other_names[1]);
  g_free (names);
}

static char *
dup_member (JsonObject *entry,
            const char *key)
{
  const char *value = json_object_get_string_member_with_default (entry, key, NULL);

  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

/* alpha-3 code → CountryNames; both owned by the table. */
static GHashTable *
load_iso_3166_1 (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (ISO_CODES_JSON_DIR, "iso_3166-1.json", NULL);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, country_names_free);
  JsonNode *root;
  JsonArray *entries;

  bindtextdomain (ISO_3166_1_DOMAIN, ISO_CODES_LOCALEDIR);
  bind_textdomain_codeset (ISO_3166_1_DOMAIN, "UTF-8");

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_warning ("Cannot read country names from %s: %s", path, error->message);
      return names;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "3166-1"))
    {
      g_warning ("Unexpected layout in %s", path);
      return names;
    }

  entries = json_object_get_array_member (json_node_get_object (root), "3166-1");
  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *code = json_object_get_string_member_with_default (entry, "alpha_3", NULL);
      CountryNames *country = g_new0 (CountryNames, 1);

      country->name = dup_member (entry, "common_name");
      country->other_names[0] = dup_member (entry, "name");
      country->other_names[1] = dup_member (entry, "official_name");
      if (country->name == NULL)
        country->name = g_strdup (country->other_names[0]);

      if (code != NULL && country->name != NULL)
        g_hash_table_insert (names, g_strdup (code), country);
      else
        country_names_free (country);
    }

  return names;
}

static GHashTable *
get_names (void)
{
  static gsize initialised;
  static GHashTable *names;

  if (g_once_init_enter (&initialised))
    {
      names = load_iso_3166_1 ();
      g_once_init_leave (&initialised, 1);
    }

  return names;
}

static void
member_names_free (gpointer data)
{
  MemberNames *names = data;

  g_free (names->short_name);
  g_free (names->official_name);
  g_free (names);
}

/* "CODE\tlanguage" → MemberNames, from the bundled table. */
static GHashTable *
load_member_names (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, member_names_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  gsize size;
  const char *data;

  plenary_data_resources_ensure ();
  bytes = g_resources_lookup_data (NAMES_RESOURCE, 0, &error);
  if (bytes == NULL)
    {
      g_warning ("Cannot read the member names: %s", error->message);
      return table;
    }
  data = g_bytes_get_data (bytes, &size);
  text = g_strndup (data, size);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      MemberNames *names;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (fields) != 4)
        {
          g_warning ("%s, line %u: expected four fields", NAMES_RESOURCE, i + 1);
          continue;
        }
      names = g_new0 (MemberNames, 1);
      names->short_name = g_strdup (fields[2]);
      names->official_name = g_strdup (fields[3]);
      g_hash_table_insert (table, g_strdup_printf ("%s\t%s", fields[0], fields[1]), names);
    }
  return table;
}

static const MemberNames *
lookup_member_names (const char *code,
                     const char *language)
{
  static gsize initialised;
  static GHashTable *table;
  char key[32];

  if (g_once_init_enter (&initialised))
    {
      table = load_member_names ();
      g_once_init_leave (&initialised, 1);
    }
  if (code == NULL || language == NULL || strlen (code) + strlen (language) + 2 > sizeof key)
    return NULL;
  g_snprintf (key, sizeof key, "%s\t%s", code, language);
  return g_hash_table_lookup (table, key);
}

/* The column of country-names.tsv for the user's first language: the one
 * gettext translates the interface into. NULL when the table has none, as
 * for Chinese in traditional characters. */
static const char *
names_language (void)
{
  const char *first = g_get_language_names ()[0];
  g_autofree char *language = NULL;
  gsize length;

  if (first == NULL || g_str_equal (first, "C") || g_str_has_prefix (first, "C.") ||
      g_str_equal (first, "POSIX"))
    return "en";
  length = strcspn (first, "_.@");
  language = g_strndup (first, length);
  if (g_str_equal (language, "zh") &&
      (strstr (first, "_TW") != NULL || strstr (first, "_HK") != NULL ||
       strstr (first, "_MO") != NULL || strstr (first, "Hant") != NULL))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (names_languages); i++)
    if (g_str_equal (names_languages[i], language))
      return names_languages[i];
  return NULL;
}

static const char *
historical_name (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (historical); i++)
    if (g_str_equal (historical[i].code, code))
      return historical[i].name;
  return NULL;
}

/* Whether Plenary can name @code: iso-codes knows it, or it is a member
 * state of the past. */
gboolean
plenary_countries_is_known (const char *code)
{
  return code != NULL && (g_hash_table_contains (get_names (), code) || historical_name (code) != NULL ||
                          lookup_member_names (code, "en") != NULL);
}

/* Returns the English name as ISO 3166 has it (iso-codes' common name, else
 * its name: "Russian Federation", "Bolivia"), or NULL when the code is
 * unknown. It is what files and searches may call a state; lists show
 * plenary_countries_get_localized_name() ("Russia"). */
const char *
plenary_countries_get_name (const char *code)
{
  CountryNames *country;

  if (code == NULL)
    return NULL;
  country = g_hash_table_lookup (get_names (), code);
  if (country != NULL)
    return country->name;
  return historical_name (code);
}

/* The translation of @name in @domain, or NULL when it has none. Never hands
 * an empty string to gettext, which would answer with the catalogue's
 * header. */
static const char *
translate (const char *domain,
           const char *name)
{
  const char *translated;

  if (name == NULL || *name == '\0')
    return NULL;
  translated = g_dgettext (domain, name);
  return translated != name && g_strcmp0 (translated, name) != 0 ? translated : NULL;
}

static const char *
translate_own (const char *name)
{
  const char *translated;

  for (guint i = 0; i < G_N_ELEMENTS (own_translations); i++)
    if (g_strcmp0 (own_translations[i], name) == 0)
      {
        translated = g_dpgettext2 (GETTEXT_PACKAGE, "country", name);
        return translated != name ? translated : NULL;
      }
  return NULL;
}

/* Returns the short name in the user's language, for lists, or NULL when
 * the code is unknown. */
const char *
plenary_countries_get_localized_name (const char *code)
{
  const MemberNames *member;
  CountryNames *country;
  const char *translated;

  if (code == NULL)
    return NULL;

  if ((member = lookup_member_names (code, names_language ())) != NULL)
    return member->short_name;

  country = g_hash_table_lookup (get_names (), code);
  if (country == NULL)
    {
      const char *name = historical_name (code);

      return name != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, "country", name) : NULL;
    }

  if ((translated = translate (ISO_3166_1_DOMAIN, country->name)) != NULL ||
      (translated = translate (ISO_3166_1_DOMAIN, country->other_names[0])) != NULL ||
      (translated = translate (ISO_3166_1_DOMAIN, country->other_names[1])) != NULL ||
      (translated = translate_own (country->name)) != NULL)
    return translated;
  if ((member = lookup_member_names (code, "en")) != NULL)
    return member->short_name;
  return country->name;
}

/* Returns the full official name in English ("Russian Federation"), or
 * NULL when the code is unknown. A state of the past has its one name. */
const char *
plenary_countries_get_official_name (const char *code)
{
  const MemberNames *member;
  CountryNames *country;

  if (code == NULL)
    return NULL;
  if ((member = lookup_member_names (code, "en")) != NULL)
    return member->official_name;
  country = g_hash_table_lookup (get_names (), code);
  if (country != NULL && country->other_names[1] != NULL)
    return country->other_names[1];
  return plenary_countries_get_name (code);
}

/* Returns the full official name in the user's language ("Fédération de
 * Russie"), for tooltips and the country page, or NULL when the code is
 * unknown. Where no official name is translated, the short one stands in. */
const char *
plenary_countries_get_localized_official_name (const char *code)
{
  const MemberNames *member;
  CountryNames *country;
  const char *translated;

  if (code == NULL)
    return NULL;
  if ((member = lookup_member_names (code, names_language ())) != NULL)
    return member->official_name;
  country = g_hash_table_lookup (get_names (), code);
  if (country != NULL && (translated = translate (ISO_3166_1_DOMAIN, country->other_names[1])) != NULL)
    return translated;
  return plenary_countries_get_localized_name (code);
}
