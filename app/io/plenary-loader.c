/* plenary-loader.c: opening data files, in a worker thread when asked
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-io-error.h"
#include "plenary-loader.h"
#include "plenary-un-members.h"
#include "plenary-votes-format.h"

#define SAMPLE_RESOURCE RESOURCE_PATH "/data/sample.json"

/**
 * plenary_load_file:
 *
 * Reads @file and returns the dataset it holds, with @file as its origin.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
PlenaryDataset *
plenary_load_file (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  return plenary_load_file_with_progress (file, cancellable, NULL, error);
}

/**
 * plenary_load_file_with_progress:
 * @progress: (nullable): told how far the read has got
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
PlenaryDataset *
plenary_load_file_with_progress (GFile            *file,
                                 GCancellable     *cancellable,
                                 PlenaryProgress  *progress,
                                 GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *display_name = NULL;
  PlenaryDataset *dataset;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_basename (file);
  if (display_name == NULL)
    display_name = g_file_get_parse_name (file);

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }

  dataset = plenary_votes_read (contents, length, display_name, error);
  if (dataset != NULL)
    plenary_dataset_set_file (dataset, file);
  return dataset;
}

typedef struct
{
  GFile           *file;
  PlenaryProgress *progress;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->progress, plenary_progress_free);
  g_free (job);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;
  PlenaryDataset *dataset = plenary_load_file_with_progress (job->file, cancellable, job->progress, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/**
 * plenary_load_file_async:
 * @progress: (nullable): told how far the load has got, in this thread's
 *   main context
 *
 * Reads @file in a worker thread. Cancelling @cancellable stops the read
 * soon, with G_IO_ERROR_CANCELLED.
 */
void
plenary_load_file_async (GFile               *file,
                         GCancellable        *cancellable,
                         PlenaryProgressFunc  progress,
                         gpointer             progress_data,
                         GDestroyNotify       progress_destroy,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  job->progress = plenary_progress_new (progress, progress_data, progress_destroy);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, plenary_load_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_file_thread);
}

/**
 * plenary_load_file_finish:
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
PlenaryDataset *
plenary_load_file_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * plenary_load_sample:
 *
 * Returns: (transfer full): the sample dataset bundled with Plenary
 */
PlenaryDataset *
plenary_load_sample (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  PlenaryDataset *dataset;

  plenary_data_resources_ensure ();
  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, 0, error);
  if (bytes == NULL)
    return NULL;

  dataset = plenary_votes_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                "sample.json", error);
  if (dataset != NULL)
    /* Translators: where the dataset came from, when it is the one Plenary ships with. */
    plenary_dataset_set_display_name (dataset, _("Bundled sample"));
  return dataset;
}
