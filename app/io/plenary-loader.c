/* plenary-loader.c: opening data files, in a worker thread when asked
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "plenary-import.h"
#include "plenary-io-error.h"
#include "plenary-limits.h"
#include "plenary-loader.h"
#include "plenary-un-members.h"
#include "plenary-votes-format.h"

#define RECORD_RESOURCE RESOURCE_PATH "/data/record.json.gz"

static gboolean
set_read_error (GError     **error,
                GError      *cause,
                const char  *display_name)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else
    g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ, "%s: %s", display_name, cause->message);
  return FALSE;
}

/* A native file is read whole; the UN's files go to the importer. */
static PlenaryDataset *
load_regular_file (GFile            *file,
                   const char       *display_name,
                   goffset           size,
                   GCancellable     *cancellable,
                   PlenaryProgress  *progress,
                   GError          **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree guint8 *contents = NULL;
  gsize read = 0;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      set_read_error (error, local_error, display_name);
      return NULL;
    }

  if ((guint64) size > plenary_max_file_size ())
    {
      g_autofree char *size_text = g_format_size ((guint64) size);
      g_autofree char *limit_text = g_format_size (plenary_max_file_size ());

      /* Too large for a votes file, but perhaps one of the UN's CSV files. */
      guint8 head[4096];
      gsize n_head = 0;

      if (g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n_head, cancellable, NULL) &&
          plenary_file_format_sniff (head, n_head) != PLENARY_FILE_FORMAT_NATIVE)
        return plenary_import_files (&file, 1, cancellable, progress, error);

      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_LARGE,
                   _("%s: the file is %s, more than the %s Plenary reads at once "
                     "(PLENARY_MAX_FILE_SIZE can raise the limit)"),
                   display_name, size_text, limit_text);
      return NULL;
    }

  contents = g_malloc ((gsize) size + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), contents, (gsize) size, &read,
                                cancellable, &local_error))
    {
      set_read_error (error, local_error, display_name);
      return NULL;
    }
  plenary_progress_update (progress, 0.2);

  if (plenary_file_format_sniff (contents, MIN (read, 4096)) != PLENARY_FILE_FORMAT_NATIVE)
    return plenary_import_files (&file, 1, cancellable, progress, error);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return plenary_votes_read ((const char *) contents, read, display_name, error);
}

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
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;
  PlenaryDataset *dataset = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = plenary_file_display_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      /* A folder of the UN's DGACM session files. */
      dataset = plenary_import_files (&file, 1, cancellable, progress, error);
      break;
    case G_FILE_TYPE_REGULAR:
      dataset = load_regular_file (file, display_name, g_file_info_get_size (info),
                                   cancellable, progress, error);
      break;
    default:
      /* A FIFO or a device could block forever or never end. */
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   _("%s: this is not a regular file, so Plenary does not read it"), display_name);
      return NULL;
    }

  if (dataset != NULL)
    {
      plenary_dataset_set_file (dataset, file);
      if (plenary_dataset_get_display_name (dataset) == NULL)
        plenary_dataset_set_display_name (dataset, display_name);
      plenary_progress_update (progress, 1.0);
    }
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

/* The bytes of a gzip member, inflated. Its trailer gives the size. */
static GBytes *
inflate_gzip (GBytes        *compressed,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GInputStream) memory = g_memory_input_stream_new_from_bytes (compressed);
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (memory, G_CONVERTER (decompressor));
  gsize length = g_bytes_get_size (compressed);
  const guint8 *data = g_bytes_get_data (compressed, NULL);
  gsize expected = length >= 4 ? (gsize) data[length - 4] | (gsize) data[length - 3] << 8 |
                                 (gsize) data[length - 2] << 16 | (gsize) data[length - 1] << 24
                               : 0;
  g_autoptr(GByteArray) out = g_byte_array_sized_new (expected + 1);
  guint8 buffer[65536];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (out, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * plenary_load_record:
 * @progress: (nullable): told how far the load has got
 *
 * Returns: (transfer full): the UN voting record Plenary ships, or %NULL
 *   with @error set
 */
PlenaryDataset *
plenary_load_record (GCancellable     *cancellable,
                     PlenaryProgress  *progress,
                     GError          **error)
{
  g_autoptr(GBytes) compressed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PlenaryDataset *dataset;

  plenary_data_resources_ensure ();
  compressed = g_resources_lookup_data (RECORD_RESOURCE, 0, error);
  if (compressed == NULL)
    return NULL;
  bytes = inflate_gzip (compressed, cancellable, error);
  if (bytes == NULL)
    return NULL;
  plenary_progress_update (progress, 0.3);

  dataset = plenary_votes_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                "un-votes.json", error);
  if (dataset != NULL)
    /* Translators: where the dataset came from, when it is the UN record Plenary ships with. */
    plenary_dataset_set_display_name (dataset, _("The UN voting record"));
  plenary_progress_update (progress, 1.0);
  return dataset;
}

static void
load_record_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  PlenaryDataset *dataset = plenary_load_record (cancellable, task_data, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/**
 * plenary_load_record_async:
 *
 * Loads the UN voting record Plenary ships in a worker thread; finish with
 * plenary_load_file_finish().
 */
void
plenary_load_record_async (GCancellable        *cancellable,
                           PlenaryProgressFunc  progress,
                           gpointer             progress_data,
                           GDestroyNotify       progress_destroy,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, plenary_load_file_async);
  g_task_set_task_data (task, plenary_progress_new (progress, progress_data, progress_destroy),
                        (GDestroyNotify) plenary_progress_free);
  g_task_run_in_thread (task, load_record_thread);
}
