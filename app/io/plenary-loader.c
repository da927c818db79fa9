/* plenary-loader.c: opening data files, in a worker thread when asked
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "plenary-dataset-builder.h"
#include "plenary-dgacm-reader.h"
#include "plenary-io-error.h"
#include "plenary-loader.h"
#include "plenary-undl-reader.h"
#include "plenary-un-members.h"
#include "plenary-votes-format.h"

#define SAMPLE_RESOURCE RESOURCE_PATH "/data/sample.json"

/* The largest file read whole into memory, unless PLENARY_MAX_FILE_SIZE
 * (in bytes) says otherwise. The UN's CSV files are streamed and have no
 * such limit. */
#define DEFAULT_MAX_FILE_SIZE (256 * 1024 * 1024)

typedef enum
{
  FORMAT_NATIVE,
  FORMAT_DGACM,
  FORMAT_CSV,
} Format;

/* A file's name for messages: its basename as the user would read it,
 * valid UTF-8 whatever the file system's encoding. */
char *
plenary_file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);
  return g_filename_display_name (basename);
}

static gsize
max_file_size (void)
{
  const char *text = g_getenv ("PLENARY_MAX_FILE_SIZE");
  guint64 value;

  if (text != NULL && g_ascii_string_to_unsigned (text, 10, 1, G_MAXSIZE, &value, NULL))
    return (gsize) value;
  return DEFAULT_MAX_FILE_SIZE;
}

/* What a file holds, from its first bytes: gzip or CSV text, a native
 * plenary-votes document, or the UN's DGACM JSON lines. */
static Format
sniff (const guint8 *head,
       gsize         length)
{
  g_autofree char *text = NULL;
  gsize start = 0;

  if (length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
    return FORMAT_CSV;
  if (length >= 3 && head[0] == 0xef && head[1] == 0xbb && head[2] == 0xbf)
    start = 3;
  while (start < length && g_ascii_isspace (head[start]))
    start++;
  if (start < length && head[start] != '{' && head[start] != '[')
    return FORMAT_CSV;

  text = g_strndup ((const char *) head, length);
  if (strstr (text, "\"format\"") == NULL &&
      (strstr (text, "\"MS_in_favour\"") != NULL || strstr (text, "\"adoption_type\"") != NULL))
    return FORMAT_DGACM;
  return FORMAT_NATIVE;
}

/* Counts the bytes a reader takes from a file, as progress. */
static void
report_position (GSeekable       *seekable,
                 goffset          size,
                 PlenaryProgress *progress)
{
  if (size > 0)
    plenary_progress_update (progress, 0.95 * (double) g_seekable_tell (seekable) / (double) size);
}

typedef struct
{
  GFilterInputStream  parent_instance;
  goffset             size;
  PlenaryProgress    *progress;
} ProgressStream;

typedef struct
{
  GFilterInputStreamClass parent_class;
} ProgressStreamClass;

static GType progress_stream_get_type (void);
G_DEFINE_TYPE (ProgressStream, progress_stream, G_TYPE_FILTER_INPUT_STREAM)

static gssize
progress_stream_read (GInputStream  *stream,
                      void          *buffer,
                      gsize          count,
                      GCancellable  *cancellable,
                      GError       **error)
{
  ProgressStream *self = (ProgressStream *) stream;
  GInputStream *base = g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
  gssize n = g_input_stream_read (base, buffer, count, cancellable, error);

  if (n > 0 && G_IS_SEEKABLE (base))
    report_position (G_SEEKABLE (base), self->size, self->progress);
  return n;
}

static void
progress_stream_class_init (ProgressStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = progress_stream_read;
}

static void
progress_stream_init (ProgressStream *self)
{
}

static PlenaryDataset *
import_csv (GFile            *file,
            GInputStream     *stream,
            const char       *display_name,
            goffset           size,
            GCancellable     *cancellable,
            PlenaryProgress  *progress,
            GError          **error)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(GInputStream) counted = g_object_new (progress_stream_get_type (),
                                                  "base-stream", stream,
                                                  "close-base-stream", FALSE,
                                                  NULL);
  PlenaryDataset *dataset;

  ((ProgressStream *) counted)->size = size;
  ((ProgressStream *) counted)->progress = progress;
  if (!plenary_undl_read_into (builder, counted, display_name, cancellable, error))
    return NULL;

  dataset = plenary_dataset_builder_finish (builder);
  /* Translators: the credit the UN asks for its voting data. */
  plenary_dataset_set_source (dataset, _("United Nations Digital Library, voting data"));
  return dataset;
}

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
  guint8 head[4096];
  gsize n_head = 0;
  gsize read = 0;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n_head,
                                cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                     "%s: %s", display_name, local_error->message);
      return NULL;
    }

  if (sniff (head, n_head) == FORMAT_CSV)
    {
      if (!g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, cancellable, &local_error))
        {
          g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                       "%s: %s", display_name, local_error->message);
          return NULL;
        }
      return import_csv (file, G_INPUT_STREAM (stream), display_name, size, cancellable, progress, error);
    }

  if ((guint64) size > max_file_size ())
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_LARGE,
                   _("%s: the file is %s, more than the %s Plenary reads at once "
                     "(PLENARY_MAX_FILE_SIZE can raise the limit)"),
                   display_name, g_format_size ((guint64) size), g_format_size (max_file_size ()));
      return NULL;
    }

  /* The whole file, after the bytes already read. */
  contents = g_malloc ((gsize) MAX (size, (goffset) n_head) + 1);
  memcpy (contents, head, n_head);
  read = n_head;
  if (n_head == sizeof head && (gsize) size > n_head)
    {
      gsize rest = 0;

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), contents + n_head, (gsize) size - n_head,
                                    &rest, cancellable, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                         "%s: %s", display_name, local_error->message);
          return NULL;
        }
      read += rest;
    }
  plenary_progress_update (progress, 0.2);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (sniff (head, n_head) == FORMAT_DGACM)
    {
      g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
      PlenaryDataset *dataset;

      if (!plenary_dgacm_read_into (builder, (const char *) contents, read, display_name, error))
        return NULL;
      dataset = plenary_dataset_builder_finish (builder);
      /* Translators: the credit the UN asks for its DGACM resolution files. */
      plenary_dataset_set_source (dataset, _("United Nations (DGACM)"));
      return dataset;
    }
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
      dataset = plenary_dgacm_import (&file, 1, cancellable, error);
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
