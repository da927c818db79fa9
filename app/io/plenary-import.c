/* plenary-import.c: the UN's own files, read into one dataset
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People have the files the UN publishes: the UN Digital Library's voting
 * data as CSV (plain or gzip-compressed, General Assembly or Security
 * Council), and DGACM's resolution files as JSON lines, one per session or a
 * folder of them. Any mix of these goes through one PlenaryDatasetBuilder,
 * so that a symbol met twice is one resolution and every surprise is a
 * warning in one list. What a file holds is told from its first bytes, not
 * its name: gzip, or a header naming undl_id and ms_code, is CSV; JSON whose
 * first objects hold the DGACM's keys is DGACM.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-dataset-builder.h"
#include "plenary-dgacm-reader.h"
#include "plenary-import.h"
#include "plenary-io-error.h"
#include "plenary-undl-reader.h"

/* What a file holds, from its first bytes: gzip or CSV text, a native
 * plenary-votes document, or the UN's DGACM JSON lines. */
PlenaryFileFormat
plenary_file_format_sniff (const guint8 *head,
                           gsize         length)
{
  g_autofree char *text = NULL;
  const char *end_of_line;

  if (length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
    return PLENARY_FILE_FORMAT_CSV;

  text = g_strndup ((const char *) head, length);
  /* A CSV file of the UN Digital Library names its columns first. */
  end_of_line = strchr (text, '\n');
  if (end_of_line != NULL)
    text[end_of_line - text] = '\0';
  if (strstr (text, "undl_id") != NULL && (strstr (text, "ms_code") != NULL || strstr (text, "ms_vote") != NULL))
    return PLENARY_FILE_FORMAT_CSV;
  g_free (text);

  text = g_strndup ((const char *) head, length);
  if (strstr (text, "\"format\"") == NULL &&
      (strstr (text, "\"MS_in_favour\"") != NULL || strstr (text, "\"adoption_type\"") != NULL))
    return PLENARY_FILE_FORMAT_DGACM;
  /* Anything else is read as Plenary's own format, whose reader says
   * clearly what is wrong with it. */
  return PLENARY_FILE_FORMAT_NATIVE;
}

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

/* A stream that tells the progress how much of a file has been read:
 * the CSV reader inflates and parses as it goes, so the bytes taken from
 * the file are the share of the work done. */
typedef struct
{
  GFilterInputStream  parent_instance;
  goffset             size;
  double              start;
  double              span;
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

  if (n > 0 && self->size > 0 && G_IS_SEEKABLE (base))
    plenary_progress_update (self->progress,
                             self->start + self->span * (double) g_seekable_tell (G_SEEKABLE (base)) /
                                                        (double) self->size);
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

/* For g_ptr_array_sort(), which passes pointers to the elements. */
static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Reads one file or folder into @builder; @credits collects the sources. */
static gboolean
import_one (PlenaryDatasetBuilder  *builder,
            GFile                  *file,
            GHashTable             *credits,
            double                  start,
            double                  span,
            GCancellable           *cancellable,
            PlenaryProgress        *progress,
            GError                **error)
{
  g_autofree char *display_name = plenary_file_display_name (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GInputStream) counted = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 head[4096];
  gsize n_head = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    return set_read_error (error, local_error, display_name);

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      /* The credit the UN asks for, stored in English and said in the
       * user's language where it is shown (plenary_describe_credit()). */
      g_hash_table_add (credits, (gpointer) "United Nations (DGACM)");
      return plenary_dgacm_read_file_into (builder, file, cancellable, error);
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ,
                   _("%s: this is not a regular file, so Plenary does not read it"), display_name);
      return FALSE;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n_head,
                                cancellable, &local_error) ||
      !g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, cancellable, &local_error))
    return set_read_error (error, local_error, display_name);

  switch (plenary_file_format_sniff (head, n_head))
    {
    case PLENARY_FILE_FORMAT_DGACM:
      g_hash_table_add (credits, (gpointer) "United Nations (DGACM)");
      return plenary_dgacm_read_file_into (builder, file, cancellable, error);
    case PLENARY_FILE_FORMAT_CSV:
      counted = g_object_new (progress_stream_get_type (),
                              "base-stream", stream, "close-base-stream", FALSE, NULL);
      ((ProgressStream *) counted)->size = g_file_info_get_size (info);
      ((ProgressStream *) counted)->start = start;
      ((ProgressStream *) counted)->span = span;
      ((ProgressStream *) counted)->progress = progress;
      g_hash_table_add (credits, (gpointer) "United Nations Digital Library, voting data");
      return plenary_undl_read_into (builder, counted, display_name, cancellable, error);
    case PLENARY_FILE_FORMAT_NATIVE:
    default:
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_NOT_PLENARY,
                   _("%s: this is not one of the UN's files (UN Digital Library CSV or DGACM "
                     "JSON lines); a Plenary votes file is opened, not imported"),
                   display_name);
      return FALSE;
    }
}

/**
 * plenary_import_files:
 * @files: (array length=n_files): UN Digital Library CSV files (.csv or
 *   .csv.gz), DGACM JSON-lines files, or folders of them
 * @progress: (nullable): told how far the import has got
 *
 * Reads every file into one dataset. A symbol found in two files is one
 * resolution; anything surprising is a warning of the dataset.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
PlenaryDataset *
plenary_import_files (GFile * const    *files,
                      guint             n_files,
                      GCancellable     *cancellable,
                      PlenaryProgress  *progress,
                      GError          **error)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(GHashTable) credits = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer credit;
  PlenaryDataset *dataset;
  g_autofree char *source = NULL;

  g_return_val_if_fail (n_files > 0, NULL);

  for (guint i = 0; i < n_files; i++)
    if (!import_one (builder, files[i], credits, 0.9 * i / n_files, 0.9 / n_files,
                     cancellable, progress, error))
      return NULL;

  dataset = plenary_dataset_builder_finish (builder);
  g_hash_table_iter_init (&iter, credits);
  while (g_hash_table_iter_next (&iter, &credit, NULL))
    g_ptr_array_add (sources, credit);
  g_ptr_array_sort (sources, compare_texts);
  g_ptr_array_add (sources, NULL);
  source = g_strjoinv ("; ", (char **) sources->pdata);
  plenary_dataset_set_source (dataset, source);
  if (n_files == 1)
    {
      g_autofree char *display_name = plenary_file_display_name (files[0]);

      plenary_dataset_set_display_name (dataset, display_name);
    }
  return dataset;
}
