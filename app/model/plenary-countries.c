/* plenary-countries.c: country names from iso-codes, in English and localised
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names come from the iso-codes package: the short `common_name` where it has
 * one ("Bolivia"), otherwise `name`. Both strings are msgids of the
 * `iso_3166-1` gettext domain, so their translations come from iso-codes too.
 */

#define G_LOG_DOMAIN "plenary-countries"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "plenary-countries.h"

#define ISO_3166_1_DOMAIN "iso_3166-1"

/* alpha-3 code → English name; both owned by the table. */
static GHashTable *
load_iso_3166_1 (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (ISO_CODES_JSON_DIR, "iso_3166-1.json", NULL);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
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
      const char *name = json_object_get_string_member_with_default (entry, "common_name", NULL);

      if (name == NULL || *name == '\0')
        name = json_object_get_string_member_with_default (entry, "name", NULL);
      if (code != NULL && name != NULL && *name != '\0')
        g_hash_table_insert (names, g_strdup (code), g_strdup (name));
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

gboolean
plenary_countries_is_known (const char *code)
{
  return code != NULL && g_hash_table_contains (get_names (), code);
}

/* Returns the English name, or NULL when iso-codes does not know the code. */
const char *
plenary_countries_get_name (const char *code)
{
  if (code == NULL)
    return NULL;
  return g_hash_table_lookup (get_names (), code);
}

/* Returns the name in the user's language, or NULL when iso-codes does not
 * know the code. Never hands an empty string to gettext, which would answer
 * with the catalogue's header. */
const char *
plenary_countries_get_localized_name (const char *code)
{
  const char *name = plenary_countries_get_name (code);

  if (name == NULL || *name == '\0')
    return NULL;
  return g_dgettext (ISO_3166_1_DOMAIN, name);
}
