/* plenary-un-member-names.c: member-state names as the UN spells them, to codes
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The DGACM files name members, not codes, and in 198 spellings for 193
 * states ("TURKEY", "TÜRKIYE", "TÜRKÝYE"…). The table is
 * data/un-member-names.tsv, compiled into the data resource; names are
 * compared after folding case, spaces (no-break ones too) and typographic
 * apostrophes, so "Côte d’Ivoire" finds "CÔTE D'IVOIRE".
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "plenary-un-member-names.h"
#include "plenary-un-members.h"

#define NAMES_RESOURCE RESOURCE_PATH "/data/un-member-names.tsv"

/* Upper case, one plain space between words, straight apostrophes. */
static char *
fold_name (const char *name)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          space = folded->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (folded, ' ');
      space = FALSE;
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        c = '\'';
      g_string_append_unichar (folded, g_unichar_toupper (c));
    }
  return g_string_free (g_steal_pointer (&folded), FALSE);
}

/* folded spelling → code */
static GHashTable *
load_table (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *text = NULL;
  const char *data;
  gsize size;

  plenary_data_resources_ensure ();
  bytes = g_resources_lookup_data (NAMES_RESOURCE, 0, &error);
  if (bytes == NULL)
    g_error ("The bundled member-name table is missing: %s", error->message);

  data = g_bytes_get_data (bytes, &size);
  text = g_strndup (data, size);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;

      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;
      parts = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (parts) != 2 || strlen (parts[1]) != 3)
        g_error ("The bundled member-name table is broken on line %u", i + 1);
      g_hash_table_insert (table, fold_name (parts[0]), g_strdup (parts[1]));
    }
  return table;
}

/* The code of the member that @spelling names, or NULL. */
const char *
plenary_un_member_names_lookup (const char *spelling)
{
  static gsize initialised;
  static GHashTable *table;
  g_autofree char *folded = NULL;

  if (g_once_init_enter (&initialised))
    {
      table = load_table ();
      g_once_init_leave (&initialised, 1);
    }

  if (spelling == NULL || !g_utf8_validate (spelling, -1, NULL))
    return NULL;
  folded = fold_name (spelling);
  return g_hash_table_lookup (table, folded);
}
