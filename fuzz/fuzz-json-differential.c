/* fuzz-json-differential.c: libFuzzer target, the scan against json-glib
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the pre-scan accepts, json-glib 1.6 must read too, into a tree no
 * deeper than the scan's limit, with every key and string valid UTF-8: the
 * scan's language must be a subset of what json-glib reads correctly.
 * Aborts otherwise.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "plenary-json-scan.h"
#include "plenary-votes-format.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_string (const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      fprintf (stderr, "json-glib read text that is not valid UTF-8\n");
      abort ();
    }
}

/* Walks the tree without recursion; returns its depth in arrays and objects. */
static guint
check_tree (JsonNode *root)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
  guint deepest = 0, zero = 0;

  g_ptr_array_add (nodes, root);
  g_array_append_val (depths, zero);
  while (nodes->len > 0)
    {
      JsonNode *node = g_ptr_array_steal_index_fast (nodes, nodes->len - 1);
      guint depth = g_array_index (depths, guint, depths->len - 1) + 1;

      g_array_set_size (depths, depths->len - 1);
      if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              g_ptr_array_add (nodes, json_array_get_element (array, i));
              g_array_append_val (depths, depth);
            }
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObjectIter iter;
          const char *key;
          JsonNode *member;

          json_object_iter_init (&iter, json_node_get_object (node));
          while (json_object_iter_next (&iter, &key, &member))
            {
              check_string (key);
              g_ptr_array_add (nodes, member);
              g_array_append_val (depths, depth);
            }
        }
      else
        {
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            check_string (json_node_get_string (node));
          continue;
        }
      deepest = MAX (deepest, depth);
    }
  return deepest;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  if (!plenary_json_scan ((const char *) data, size, PLENARY_VOTES_MAX_DEPTH, "fuzz.json",
                          &error))
    return 0;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, (const char *) data, (gssize) size, &error))
    {
      fprintf (stderr, "the scan accepts what json-glib refuses: %s\n", error->message);
      abort ();
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      fprintf (stderr, "the scan accepts what json-glib reads as nothing\n");
      abort ();
    }
  if (check_tree (root) > PLENARY_VOTES_MAX_DEPTH)
    {
      fprintf (stderr, "json-glib's tree is deeper than the scan allows\n");
      abort ();
    }
  return 0;
}
