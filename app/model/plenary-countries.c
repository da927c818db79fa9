/* plenary-countries.c: country names from iso-codes, in English and localised
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names come from the iso-codes package: the short `common_name` where it has
 * one ("Bolivia"), otherwise `name`. Both strings are msgids of the
 * `iso_3166-1` gettext domain, so their translations come from iso-codes too.
 * iso-codes does not translate every name into every language, so a
 * translation is looked for in its common name, then its name, then its
 * official name, then among Plenary's own translations; English comes last.
 *
 * States that no longer exist (the Soviet Union, Yugoslavia…) are not in
 * ISO 3166-1; Plenary names them itself, in its own translations.
 */

#define G_LOG_DOMAIN "plenary-countries"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "plenary-countries.h"

#define ISO_3166_1_DOMAIN "iso_3166-1"

typedef struct
{
  char *name;           /* English: common name, else name */
  char *other_names[2]; /* the name and official name, for their translations */
} CountryNames;

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
  return code != NULL && (g_hash_table_contains (get_names (), code) || historical_name (code) != NULL);
}

/* Returns the English name, or NULL when the code is unknown. */
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

/* Returns the name in the user's language, or NULL when the code is
 * unknown. */
const char *
plenary_countries_get_localized_name (const char *code)
{
  CountryNames *country;
  const char *translated;

  if (code == NULL)
    return NULL;

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
  return country->name;
}
