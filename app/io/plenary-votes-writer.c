/* plenary-votes-writer.c: writing the native `plenary-votes` JSON format
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer puts back everything the reader takes in, so that load → save →
 * load gives the same dataset. It writes version 2: the header as JSON, then
 * one line per resolution (plenary-votes-lines.c says why), in the dataset's
 * order, with one letter per member of the member table for the votes.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <json-glib/json-glib.h>

#include "plenary-atomic-file.h"
#include "plenary-date.h"
#include "plenary-votes-format.h"
#include "plenary-votes-lines.h"

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

/* The resolution as one line of version 2: every column, tab-separated. */
static char *
resolution_line (PlenaryResolution *resolution)
{
  GString *line = g_string_new (NULL);
  g_autofree char *date = plenary_date_to_iso (plenary_resolution_get_date (resolution));
  g_autoptr(GList) languages = plenary_resolution_get_title_languages (resolution);
  guint n_members = plenary_resolution_get_n_members (resolution);
  const guint8 *votes = plenary_resolution_peek_votes (resolution);

  for (PlenaryColumn column = 0; column < PLENARY_N_COLUMNS; column++)
    {
      if (column > 0)
        g_string_append_c (line, '\t');
      switch (column)
        {
        case PLENARY_COLUMN_SYMBOL:
          plenary_votes_field_append (line, plenary_resolution_get_symbol (resolution), FALSE);
          break;
        case PLENARY_COLUMN_BODY:
          g_string_append (line, plenary_body_to_key (plenary_resolution_get_body (resolution)));
          break;
        case PLENARY_COLUMN_DATE:
          g_string_append (line, date);
          break;
        case PLENARY_COLUMN_SESSION:
          plenary_votes_field_append (line, plenary_resolution_get_session (resolution), FALSE);
          break;
        case PLENARY_COLUMN_TITLE:
          plenary_votes_field_append (line, plenary_resolution_get_title (resolution), FALSE);
          break;
        case PLENARY_COLUMN_TITLES:
          for (GList *l = languages; l != NULL; l = l->next)
            {
              if (l != languages)
                g_string_append_c (line, '|');
              plenary_votes_field_append (line, l->data, TRUE);
              g_string_append_c (line, '=');
              plenary_votes_field_append (line, plenary_resolution_get_title_for_language (resolution, l->data),
                                          TRUE);
            }
          break;
        case PLENARY_COLUMN_DRAFT:
          plenary_votes_field_append (line, plenary_resolution_get_draft (resolution), FALSE);
          break;
        case PLENARY_COLUMN_MEETING:
          plenary_votes_field_append (line, plenary_resolution_get_meeting (resolution), FALSE);
          break;
        case PLENARY_COLUMN_RECORD:
          plenary_votes_field_append (line, plenary_resolution_get_record (resolution), FALSE);
          break;
        case PLENARY_COLUMN_SOURCE:
          plenary_votes_field_append (line, plenary_resolution_get_source (resolution), FALSE);
          break;
        case PLENARY_COLUMN_AGENDA:
          plenary_votes_field_append (line, plenary_resolution_get_agenda (resolution), FALSE);
          break;
        case PLENARY_COLUMN_SUBJECTS:
          plenary_votes_field_append (line, plenary_resolution_get_subjects (resolution), FALSE);
          break;
        case PLENARY_COLUMN_MAJORITY:
          g_string_append (line, plenary_majority_to_key (plenary_resolution_get_majority (resolution)));
          break;
        case PLENARY_COLUMN_OUTCOME:
          if (plenary_resolution_get_outcome_is_explicit (resolution))
            g_string_append (line, plenary_outcome_to_key (plenary_resolution_get_outcome (resolution)));
          break;
        case PLENARY_COLUMN_ADOPTION:
          if (plenary_resolution_get_without_vote (resolution))
            g_string_append (line, "without-vote");
          break;
        case PLENARY_COLUMN_TOTALS:
          if (!plenary_resolution_has_official_totals (resolution))
            break;
          for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
            {
              int total = plenary_resolution_get_official_total (resolution, vote);

              if (vote > PLENARY_VOTE_YES)
                g_string_append_c (line, ' ');
              if (total < 0)
                g_string_append_c (line, '-');
              else
                g_string_append_printf (line, "%d", total);
            }
          break;
        case PLENARY_COLUMN_VOTES:
          /* A run of three or more of one letter is the letter and its length. */
          for (guint i = 0; i < n_members;)
            {
              guint run = 1;

              while (i + run < n_members && votes[i + run] == votes[i])
                run++;
              g_string_append_c (line, PLENARY_VOTE_LETTERS[MIN (votes[i], PLENARY_VOTE_NOT_RECORDED)]);
              if (run >= 3)
                g_string_append_printf (line, "%u", run);
              else if (run == 2)
                g_string_append_c (line, PLENARY_VOTE_LETTERS[MIN (votes[i], PLENARY_VOTE_NOT_RECORDED)]);
              i += run;
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (line, FALSE);
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

  /* Every vote string follows the member table. */
  json_builder_set_member_name (builder, "codes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plenary_dataset_get_n_members (dataset); i++)
    json_builder_add_string_value (builder, plenary_member_get_code (plenary_dataset_get_member (dataset, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (PlenaryColumn column = 0; column < PLENARY_N_COLUMNS; column++)
    json_builder_add_string_value (builder, plenary_column_get_name (column));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "resolutions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autofree char *line = resolution_line (plenary_dataset_get_resolution (dataset, i));

      json_builder_add_string_value (builder, line);
    }
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
