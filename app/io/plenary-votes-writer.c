/* plenary-votes-writer.c: writing the native `plenary-votes` JSON format
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer puts back everything the reader takes in, so that load → save →
 * load gives the same dataset. Vote lists are sorted by code, which keeps
 * diffs of saved files small.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <json-glib/json-glib.h>

#include "plenary-atomic-file.h"
#include "plenary-date.h"
#include "plenary-votes-format.h"

static void
add_optional_string (JsonBuilder *builder,
                     const char  *key,
                     const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_optional_date (JsonBuilder *builder,
                   const char  *key,
                   const GDate *date)
{
  g_autofree char *text = plenary_date_to_iso (date);

  add_optional_string (builder, key, text);
}

static void
write_member (JsonBuilder   *builder,
              PlenaryMember *member)
{
  json_builder_begin_object (builder);
  add_optional_string (builder, "code", plenary_member_get_code (member));
  add_optional_string (builder, "name", plenary_member_get_data_name (member));
  if (plenary_member_get_group_is_set (member))
    add_optional_string (builder, "group", plenary_group_to_key (plenary_member_get_group (member)));
  add_optional_date (builder, "admitted", plenary_member_get_data_admitted (member));
  add_optional_date (builder, "left", plenary_member_get_data_left (member));
  json_builder_end_object (builder);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
write_votes (JsonBuilder       *builder,
             PlenaryResolution *resolution)
{
  guint n_members = plenary_resolution_get_n_members (resolution);

  json_builder_begin_object (builder);
  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    {
      g_autoptr(GPtrArray) codes = g_ptr_array_new ();

      for (guint i = 0; i < n_members; i++)
        if (plenary_resolution_get_recorded_vote (resolution, i) == vote)
          g_ptr_array_add (codes,
                           (gpointer) plenary_member_get_code (plenary_resolution_get_member (resolution, i)));
      g_ptr_array_sort (codes, compare_codes);

      json_builder_set_member_name (builder, plenary_vote_to_key (vote));
      json_builder_begin_array (builder);
      for (guint i = 0; i < codes->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (codes, i));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static void
write_totals (JsonBuilder       *builder,
              PlenaryResolution *resolution)
{
  json_builder_begin_object (builder);
  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    {
      int total = plenary_resolution_get_official_total (resolution, vote);

      if (total < 0)
        continue;
      json_builder_set_member_name (builder, plenary_vote_to_key (vote));
      json_builder_add_int_value (builder, total);
    }
  json_builder_end_object (builder);
}

static void
write_titles (JsonBuilder       *builder,
              PlenaryResolution *resolution)
{
  g_autoptr(GList) languages = plenary_resolution_get_title_languages (resolution);

  if (languages == NULL)
    return;

  json_builder_set_member_name (builder, "titles");
  json_builder_begin_object (builder);
  for (GList *l = languages; l != NULL; l = l->next)
    add_optional_string (builder, l->data,
                         plenary_resolution_get_title_for_language (resolution, l->data));
  json_builder_end_object (builder);
}

static void
write_resolution (JsonBuilder       *builder,
                  PlenaryResolution *resolution)
{
  json_builder_begin_object (builder);
  add_optional_string (builder, "symbol", plenary_resolution_get_symbol (resolution));
  add_optional_string (builder, "body", plenary_body_to_key (plenary_resolution_get_body (resolution)));
  add_optional_date (builder, "date", plenary_resolution_get_date (resolution));
  add_optional_string (builder, "session", plenary_resolution_get_session (resolution));
  add_optional_string (builder, "title", plenary_resolution_get_title (resolution));
  write_titles (builder, resolution);
  add_optional_string (builder, "draft", plenary_resolution_get_draft (resolution));
  add_optional_string (builder, "meeting", plenary_resolution_get_meeting (resolution));
  add_optional_string (builder, "source", plenary_resolution_get_source (resolution));
  add_optional_string (builder, "majority",
                       plenary_majority_to_key (plenary_resolution_get_majority (resolution)));
  if (plenary_resolution_get_outcome_is_explicit (resolution))
    add_optional_string (builder, "outcome",
                         plenary_outcome_to_key (plenary_resolution_get_outcome (resolution)));

  json_builder_set_member_name (builder, "votes");
  write_votes (builder, resolution);

  if (plenary_resolution_has_official_totals (resolution))
    {
      json_builder_set_member_name (builder, "totals");
      write_totals (builder, resolution);
    }
  json_builder_end_object (builder);
}

/**
 * plenary_votes_write:
 * @dataset: the dataset
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the dataset as `plenary-votes` JSON text
 */
char *
plenary_votes_write (PlenaryDataset *dataset,
                     gsize          *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;

  g_return_val_if_fail (PLENARY_IS_DATASET (dataset), NULL);

  json_builder_begin_object (builder);
  add_optional_string (builder, "format", PLENARY_VOTES_FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PLENARY_VOTES_FORMAT_VERSION);
  add_optional_string (builder, "title", plenary_dataset_get_title (dataset));
  add_optional_string (builder, "source", plenary_dataset_get_source (dataset));

  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plenary_dataset_get_n_members (dataset); i++)
    {
      PlenaryMember *member = plenary_dataset_get_member (dataset, i);

      if (plenary_member_get_declared (member))
        write_member (builder, member);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "resolutions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    write_resolution (builder, plenary_dataset_get_resolution (dataset, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');
  if (length != NULL)
    *length = text->len;
  return g_string_free (text, FALSE);
}

/**
 * plenary_votes_save:
 *
 * Writes @dataset to @file atomically: the text goes to a temporary file
 * that replaces @file only once it is complete, so a failed save leaves the
 * old file as it was.
 */
gboolean
plenary_votes_save (PlenaryDataset  *dataset,
                    GFile           *file,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (PLENARY_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = plenary_votes_write (dataset, &length);
  return plenary_atomic_file_replace (file, text, length, cancellable, error);
}
