/* plenary-un-members.c: the bundled table of the 193 UN members and their groups
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is data/un-members.json, compiled into the data resource.
 */

#define G_LOG_DOMAIN "plenary-un-members"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "plenary-data-resources.h"
#include "plenary-un-members.h"

#define UN_MEMBERS_RESOURCE RESOURCE_PATH "/data/un-members.json"

void
plenary_data_resources_ensure (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      plenary_data_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

static GArray *
load_table (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GArray *table = g_array_new (FALSE, TRUE, sizeof (PlenaryUnMember));
  JsonArray *members;

  plenary_data_resources_ensure ();

  bytes = g_resources_lookup_data (UN_MEMBERS_RESOURCE, 0, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser,
                                   g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes),
                                   &error))
    g_error ("The bundled member table is broken: %s", error->message);

  members = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "members");
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *object = json_array_get_object_element (members, i);
      const char *code = json_object_get_string_member (object, "code");
      JsonNode *group_node = json_object_get_member (object, "group");
      const char *group = JSON_NODE_HOLDS_VALUE (group_node) ? json_node_get_string (group_node) : NULL;
      PlenaryUnMember member = { { 0 }, PLENARY_GROUP_NONE };

      g_strlcpy (member.code, code, sizeof member.code);
      if (group != NULL && !plenary_group_from_key (group, &member.group))
        g_error ("The bundled member table has an unknown group “%s”", group);
      g_array_append_val (table, member);
    }

  return table;
}

/* Returns the 193 members, sorted by code. */
const PlenaryUnMember *
plenary_un_members_get (guint *n_members)
{
  static gsize initialised;
  static GArray *table;

  if (g_once_init_enter (&initialised))
    {
      table = load_table ();
      g_once_init_leave (&initialised, 1);
    }

  if (n_members != NULL)
    *n_members = table->len;
  return (const PlenaryUnMember *) (gpointer) table->data;
}
