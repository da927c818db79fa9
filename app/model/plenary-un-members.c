/* plenary-un-members.c: the bundled table of UN members, of today and of the past
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is data/un-members.json, compiled into the data resource: the 193
 * members of today with their group and dates of membership, and the states
 * that held a seat in the past (the Soviet Union, Yugoslavia…), so that the
 * body of a vote is the membership on its date. data/README.md describes the
 * file; data/members/check-membership checks it against the UN's record.
 */

#define G_LOG_DOMAIN "plenary-un-members"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "plenary-data-resources.h"
#include "plenary-date.h"
#include "plenary-un-members.h"

#define UN_MEMBERS_RESOURCE RESOURCE_PATH "/data/un-members.json"

typedef struct
{
  GArray *members;  /* of PlenaryUnMember: today's */
  GArray *former;   /* of PlenaryUnMember: the states of the past */
} Table;

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

/* The bundled table is part of the program: a fault in it is a bug, so these
 * checks abort rather than report. */
static void
parse_date (const char *code,
            const char *field,
            JsonNode   *node,
            GDate      *date)
{
  const char *text = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;

  if (!plenary_date_parse_iso (text, date))
    g_error ("The bundled member table gives %s a bad “%s”", code, field);
}

static void
read_periods (JsonObject      *object,
              const char      *code,
              PlenaryUnMember *member)
{
  GArray *periods = g_array_new (FALSE, TRUE, sizeof (PlenaryMembershipPeriod));
  PlenaryMembershipPeriod period;
  GDate admitted, left;
  JsonNode *node;

  parse_date (code, "admitted", json_object_get_member (object, "admitted"), &admitted);
  node = json_object_get_member (object, "left");
  g_date_clear (&left, 1);
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    parse_date (code, "left", node, &left);

  node = json_object_get_member (object, "periods");
  if (node == NULL)
    {
      period.from = admitted;
      period.to = left;
      g_array_append_val (periods, period);
    }
  else
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonArray *pair = json_array_get_array_element (array, i);
          JsonNode *to;

          if (pair == NULL || json_array_get_length (pair) != 2)
            g_error ("The bundled member table gives %s a bad period", code);
          parse_date (code, "periods", json_array_get_element (pair, 0), &period.from);
          to = json_array_get_element (pair, 1);
          g_date_clear (&period.to, 1);
          if (!JSON_NODE_HOLDS_NULL (to))
            parse_date (code, "periods", to, &period.to);
          g_array_append_val (periods, period);
        }
    }

  /* In order, each ending after it begins and before the next, the first
   * beginning with the admission and the last ending with the departure. */
  for (guint i = 0; i < periods->len; i++)
    {
      PlenaryMembershipPeriod *p = &g_array_index (periods, PlenaryMembershipPeriod, i);
      gboolean last = i + 1 == periods->len;

      if ((g_date_valid (&p->to) && g_date_compare (&p->to, &p->from) <= 0) ||
          (!last && (!g_date_valid (&p->to) ||
                     g_date_compare (&p[1].from, &p->to) <= 0)))
        g_error ("The bundled member table gives %s periods out of order", code);
    }
  if (periods->len == 0 ||
      g_date_compare (&g_array_index (periods, PlenaryMembershipPeriod, 0).from, &admitted) != 0 ||
      g_date_valid (&g_array_index (periods, PlenaryMembershipPeriod, periods->len - 1).to) != g_date_valid (&left) ||
      (g_date_valid (&left) &&
       g_date_compare (&g_array_index (periods, PlenaryMembershipPeriod, periods->len - 1).to, &left) != 0))
    g_error ("The bundled member table gives %s periods that disagree with its dates", code);

  member->n_periods = periods->len;
  member->periods = (const PlenaryMembershipPeriod *) (gpointer) g_array_free (periods, FALSE);
}

/* The array under @key, or NULL (json-glib 1.6 has no _with_default for arrays). */
static JsonArray *
get_array (JsonObject *object,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
read_map (JsonObject      *object,
          const char      *code,
          PlenaryUnMember *member)
{
  JsonArray *array;

  array = get_array (object, "shapes");
  if (array != NULL)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *shape = json_array_get_string_element (array, i);

          if (shape == NULL || strlen (shape) != 3)
            g_error ("The bundled member table gives %s a bad shape", code);
          g_strv_builder_add (builder, shape);
        }
      member->shapes = (const char * const *) g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
    }

  array = get_array (object, "dot");
  if (array != NULL)
    {
      if (json_array_get_length (array) != 2)
        g_error ("The bundled member table gives %s a bad dot", code);
      member->has_dot = TRUE;
      member->dot_lon = json_array_get_double_element (array, 0);
      member->dot_lat = json_array_get_double_element (array, 1);
    }
}

static GArray *
read_members (JsonObject *root,
              const char *key,
              gboolean    former)
{
  GArray *table = g_array_new (FALSE, TRUE, sizeof (PlenaryUnMember));
  JsonArray *members = get_array (root, key);

  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonObject *object = json_array_get_object_element (members, i);
      const char *code = json_object_get_string_member_with_default (object, "code", NULL);
      const char *group = json_object_get_string_member_with_default (object, "group", NULL);
      const char *continues = json_object_get_string_member_with_default (object, "continues", NULL);
      PlenaryUnMember member = { { 0 }, PLENARY_GROUP_NONE };

      if (code == NULL || strlen (code) != 3)
        g_error ("The bundled member table has a bad code in “%s”", key);
      g_strlcpy (member.code, code, sizeof member.code);
      if (group != NULL && !plenary_group_from_key (group, &member.group))
        g_error ("The bundled member table has an unknown group “%s”", group);
      if (continues != NULL)
        g_strlcpy (member.continues, continues, sizeof member.continues);

      read_periods (object, code, &member);
      if (former != g_date_valid (&member.periods[member.n_periods - 1].to))
        g_error ("The bundled member table lists %s under “%s”, but it %s", code, key,
                 former ? "is still a member" : "has left");
      read_map (object, code, &member);

      g_array_append_val (table, member);
    }

  return table;
}

static Table *
load_table (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Table *table = g_new0 (Table, 1);
  JsonObject *root;

  plenary_data_resources_ensure ();

  bytes = g_resources_lookup_data (UN_MEMBERS_RESOURCE, 0, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser,
                                   g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes),
                                   &error))
    g_error ("The bundled member table is broken: %s", error->message);

  root = json_node_get_object (json_parser_get_root (parser));
  table->members = read_members (root, "members", FALSE);
  table->former = read_members (root, "former", TRUE);
  return table;
}

static const Table *
get_table (void)
{
  static gsize initialised;
  static Table *table;

  if (g_once_init_enter (&initialised))
    {
      table = load_table ();
      g_once_init_leave (&initialised, 1);
    }
  return table;
}

/* Returns the 193 members of today, sorted by code. */
const PlenaryUnMember *
plenary_un_members_get (guint *n_members)
{
  const Table *table = get_table ();

  if (n_members != NULL)
    *n_members = table->members->len;
  return (const PlenaryUnMember *) (gpointer) table->members->data;
}

/* Returns the member states of the past (SUN, YUG…), sorted by code. */
const PlenaryUnMember *
plenary_un_members_get_former (guint *n_members)
{
  const Table *table = get_table ();

  if (n_members != NULL)
    *n_members = table->former->len;
  return (const PlenaryUnMember *) (gpointer) table->former->data;
}

/* The entry for @code, of today or of the past, or NULL. */
const PlenaryUnMember *
plenary_un_members_lookup (const char *code)
{
  const Table *table = get_table ();
  GArray *lists[] = { table->members, table->former };

  if (code == NULL)
    return NULL;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      if (strcmp (g_array_index (lists[l], PlenaryUnMember, i).code, code) == 0)
        return &g_array_index (lists[l], PlenaryUnMember, i);
  return NULL;
}
