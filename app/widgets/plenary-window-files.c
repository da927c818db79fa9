/* plenary-window-files.c: opening files in the window, from a dialog or a drop
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files load and save in worker threads. While a file loads, a bar at the
 * top of the list (or, with nothing open yet, the content) shows how far it
 * has got, with a Cancel button, and the dataset shown stays usable; a file
 * that fails or is cancelled leaves it as it was, and a failure says why in
 * a dialog that names the file and the place in it.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <glib/gi18n-lib.h>

#include "plenary-loader.h"
#include "plenary-votes-format.h"
#include "plenary-window-private.h"

void
_plenary_window_show_error (PlenaryWindow *self,
                            const char    *heading,
                            const char    *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void add_filter (GtkFileChooser *chooser,
                        const char     *name,
                        const char     *mime_type,
                        const char     *pattern);

/* Where a file dialog starts: the folder of the file shown, or else the
 * reader's Documents. */
static void
set_start_folder (PlenaryWindow  *self,
                  GtkFileChooser *chooser)
{
  GFile *file = self->dataset != NULL ? plenary_dataset_get_file (self->dataset) : NULL;
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (folder == NULL && documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    folder = g_file_new_for_path (documents);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* Loading */

/* The progress callback's data: the loader may free it in its worker, so it
 * holds the window weakly and says which load it belongs to. */
typedef struct
{
  GWeakRef window;
  guint    serial;
} LoadProgress;

static void
load_progress_free (gpointer data)
{
  LoadProgress *progress = data;

  g_weak_ref_clear (&progress->window);
  g_free (progress);
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  LoadProgress *progress = user_data;
  g_autoptr(PlenaryWindow) self = g_weak_ref_get (&progress->window);

  if (self == NULL || !self->loading || self->load_serial != progress->serial)
    return;

  /* The first figure stops the pulsing. */
  self->load_has_progress = TRUE;
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  gtk_progress_bar_set_fraction (self->load_progress, fraction);
  gtk_progress_bar_set_fraction (self->loading_progress, fraction);
}

/* Until the reader says how far it has got, the bars pulse. */
static gboolean
pulse_cb (gpointer user_data)
{
  PlenaryWindow *self = user_data;

  gtk_progress_bar_pulse (self->load_progress);
  gtk_progress_bar_pulse (self->loading_progress);
  return G_SOURCE_CONTINUE;
}

/* Shows that @file is loading, or with NULL that nothing is. The current
 * dataset stays usable meanwhile: only when there is none does the content
 * show the load. */
static void
show_loading (PlenaryWindow *self,
              const char    *text)
{
  self->loading = text != NULL;
  self->load_has_progress = FALSE;
  g_clear_handle_id (&self->pulse_source, g_source_remove);

  if (text != NULL)
    {

      gtk_label_set_text (self->load_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->load_label), text);
      adw_status_page_set_title (self->loading_status, text);
      gtk_progress_bar_set_fraction (self->load_progress, 0);
      gtk_progress_bar_set_fraction (self->loading_progress, 0);
      self->pulse_source = g_timeout_add (100, pulse_cb, self);
    }

  gtk_revealer_set_reveal_child (self->load_revealer, self->loading && self->dataset != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", self->loading);
  _plenary_window_update_content (self);
}

typedef struct
{
  PlenaryWindow *window;
  guint          serial;
  GFile         *file;
} LoadCall;

static void
load_call_free (LoadCall *call)
{
  g_clear_object (&call->file);
  g_free (call);
}

/* Recent files */

#define MAX_RECENT_FILES 10

/* Puts @file first in the recent files, the window's and the desktop's. */
static void
add_recent_file (PlenaryWindow *self,
                 GFile         *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) before = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) after = NULL;
  guint n = 1;

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (self->settings == NULL)
    return;
  before = g_settings_get_strv (self->settings, "recent-files");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; before[i] != NULL && n < MAX_RECENT_FILES; i++)
    if (!g_str_equal (before[i], uri))
      {
        g_strv_builder_add (builder, before[i]);
        n++;
      }
  after = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) after);
}

/* Takes @file out of the recent files: it could not be found. */
static void
remove_recent_file (PlenaryWindow *self,
                    GFile         *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) before = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) after = NULL;

  gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
  if (self->settings == NULL)
    return;
  before = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; before[i] != NULL; i++)
    if (!g_str_equal (before[i], uri))
      g_strv_builder_add (builder, before[i]);
  after = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) after);
}

/* The main menu's Open Recent: the files of the setting, most recent first. */
void
_plenary_window_update_recent_menu (PlenaryWindow *self)
{
  g_auto(GStrv) uris = self->settings != NULL ? g_settings_get_strv (self->settings, "recent-files") : NULL;
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; uris != NULL && uris[i] != NULL && n < MAX_RECENT_FILES; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_auto(GStrv) parts = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (name == NULL)
        continue;
      /* A name's underscores are not mnemonics. */
      parts = g_strsplit (name, "_", -1);
      label = g_strjoinv ("__", parts);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (uris[i]));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  if (n == 0)
    /* Translators: the only item of Open Recent when no file was opened yet. */
    g_menu_append (self->recent_menu, _("No Recent Files"), NULL);
}

/* Before the window sees a new dataset, a worker fills what the window
 * would otherwise fill on the main thread at the first keystroke or filter:
 * every resolution's folded search key (45 ms for the whole record), tally
 * and outcome. No other thread holds the dataset yet. */
static void
prepare (PlenaryDataset *dataset,
         GCancellable   *cancellable)
{
  static const char * const any[] = { "", NULL };
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (dataset));
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n_items && !g_cancellable_is_cancelled (cancellable); i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);

      plenary_resolution_matches (resolution, any);
      plenary_resolution_get_outcome (resolution);
    }
  g_debug ("Prepared %u resolutions in a worker in %.1f ms", n_items, (g_get_monotonic_time () - start) / 1000.0);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  prepare (task_data, cancellable);
  g_task_return_boolean (task, TRUE);
}

static void
prepare_ready_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LoadCall *call = user_data;
  g_autoptr(PlenaryWindow) self = call->window;
  g_autoptr(GFile) file = g_steal_pointer (&call->file);
  guint serial = call->serial;
  PlenaryDataset *dataset = g_task_get_task_data (G_TASK (result));

  load_call_free (call);
  self->n_running--;
  if (serial != self->load_serial)
    return;

  g_clear_object (&self->load_cancellable);
  show_loading (self, NULL);
  plenary_window_set_dataset (self, dataset);
  if (file != NULL)
    add_recent_file (self, file);
}

static void
prepare_dataset (PlenaryWindow  *self,
                 PlenaryDataset *dataset,
                 GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  LoadCall *call = g_new0 (LoadCall, 1);

  call->window = g_object_ref (self);
  call->serial = self->load_serial;
  call->file = file != NULL ? g_object_ref (file) : NULL;
  task = g_task_new (NULL, self->load_cancellable, prepare_ready_cb, call);
  g_task_set_source_tag (task, prepare_dataset);
  g_task_set_task_data (task, g_object_ref (dataset), g_object_unref);
  /* A cancelled preparation still returns, to count itself done. */
  g_task_set_check_cancellable (task, FALSE);
  self->n_running++;
  g_task_run_in_thread (task, prepare_thread);
}

static void
load_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  LoadCall *call = user_data;
  g_autoptr(PlenaryWindow) self = call->window;
  g_autoptr(GFile) file = g_steal_pointer (&call->file);
  guint serial = call->serial;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_load_file_finish (result, &error);

  load_call_free (call);
  self->n_running--;
  /* A load that was cancelled, replaced by another, or outlived its window
   * changes nothing. */
  if (serial != self->load_serial)
    return;

  if (dataset == NULL)
    {
      g_clear_object (&self->load_cancellable);
      show_loading (self, NULL);
      /* A recent file that is gone is no longer offered. */
      if (file != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !g_file_query_exists (file, NULL))
        remove_recent_file (self, file);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _plenary_window_show_error (self, _("Could Not Open the File"), error->message);
      return;
    }

  prepare_dataset (self, dataset, file);
}

/* Starts a load in a worker thread, with a progress bar and a Cancel
 * button; the current dataset stays until the new one is read, and stays
 * for good if the read fails or is cancelled. With a @file it is read,
 * without one the bundled record. */
static void
start_load (PlenaryWindow *self,
            GFile         *file,
            const char    *text)
{
  LoadProgress *progress;
  LoadCall *call;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->load_serial++;
  self->n_running++;

  progress = g_new0 (LoadProgress, 1);
  g_weak_ref_init (&progress->window, self);
  progress->serial = self->load_serial;
  call = g_new0 (LoadCall, 1);
  call->window = g_object_ref (self);
  call->serial = self->load_serial;
  call->file = file != NULL ? g_object_ref (file) : NULL;

  show_loading (self, text);
  if (file != NULL)
    plenary_load_file_async (file, self->load_cancellable,
                             load_progress_cb, progress, load_progress_free,
                             load_ready_cb, call);
  else
    plenary_load_record_async (self->load_cancellable,
                               load_progress_cb, progress, load_progress_free,
                               load_ready_cb, call);
}

/* Opens @file in a worker thread; see start_load(). */
void
plenary_window_open_file (PlenaryWindow *self,
                          GFile         *file)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  /* Translators: while a file loads; %s is its name. */
  text = g_strdup_printf (_("Opening “%s”…"), name);
  start_load (self, file, text);
}

/* The record, read before there is a window.
 *
 * Starting GTK and building the window take about 150 ms of one core;
 * reading the record and preparing it for the list take about 70 ms of
 * another. plenary_window_preload_record(), called by main() before the
 * application starts, reads it meanwhile; the first window that opens the
 * record takes it from there, after its first frame is painted, so that
 * the first frame stays as light as it can be. The dataset read is kept,
 * so opening the record again is instant. */
static struct
{
  gboolean        started;
  gboolean        done;
  PlenaryDataset *dataset;
  GError         *error;
  GWeakRef        waiter;
  guint           waiter_serial;
  gboolean        waiter_painted;
} preload;

static void
preload_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  PlenaryDataset *dataset;

#ifdef __linux__
  /* Behind the window's first frame, which the user waits for first; on
   * Linux a thread's niceness is its own, and the threads it starts to read
   * the record's pieces take it on. */
  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
#endif
  dataset = plenary_load_record (NULL, NULL, &error);

  if (dataset == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  prepare (dataset, NULL);
  g_task_return_pointer (task, dataset, g_object_unref);
}

/* Gives the preloaded record to the window waiting for it, once it is read
 * and the window has painted its first frame. */
static void
preload_deliver (void)
{
  g_autoptr(PlenaryWindow) self = g_weak_ref_get (&preload.waiter);

  if (!preload.done || self == NULL || !preload.waiter_painted)
    return;

  g_weak_ref_set (&preload.waiter, NULL);
  self->n_running--;
  if (preload.waiter_serial != self->load_serial)
    return;

  show_loading (self, NULL);
  if (preload.dataset != NULL)
    plenary_window_set_dataset (self, preload.dataset);
  else
    _plenary_window_show_error (self, _("Could Not Open the File"), preload.error->message);
}

static void
preload_ready_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  preload.dataset = g_task_propagate_pointer (G_TASK (result), &preload.error);
  preload.done = TRUE;
  preload_deliver ();
}

static gboolean
preload_deliver_idle_cb (gpointer user_data)
{
  preload_deliver ();
  return G_SOURCE_REMOVE;
}

static void
preload_after_paint_cb (GdkFrameClock *clock,
                        gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, preload_after_paint_cb, user_data);
  preload.waiter_painted = TRUE;
  /* Not in the middle of painting. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, preload_deliver_idle_cb, NULL, NULL);
}

static void
preload_map_cb (GtkWidget *widget,
                gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (widget, preload_map_cb, user_data);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (preload_after_paint_cb), NULL);
}

/**
 * plenary_window_preload_record:
 *
 * Starts reading the UN record Plenary ships in a worker thread, before
 * any window exists; plenary_window_open_record() then takes it from there.
 */
void
plenary_window_preload_record (void)
{
  g_autoptr(GTask) task = NULL;

  if (preload.started)
    return;
  preload.started = TRUE;
  g_weak_ref_init (&preload.waiter, NULL);
  task = g_task_new (NULL, NULL, preload_ready_cb, NULL);
  g_task_set_source_tag (task, plenary_window_preload_record);
  g_task_run_in_thread (task, preload_thread);
}

/* Opens the UN voting record Plenary ships: the one read in advance, or in
 * a worker thread now. */
void
plenary_window_open_record (PlenaryWindow *self)
{
  g_autoptr(PlenaryWindow) waiting = NULL;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  if (!preload.started || (preload.done && preload.dataset == NULL))
    {
      /* Translators: while the UN voting record that Plenary ships loads. */
      start_load (self, NULL, _("Opening the UN voting record…"));
      return;
    }

  plenary_window_cancel_load (self);
  if (preload.done && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      plenary_window_set_dataset (self, preload.dataset);
      return;
    }

  /* One window waits for it; another that asks meanwhile reads it itself. */
  waiting = g_weak_ref_get (&preload.waiter);
  if (waiting != NULL && waiting != self)
    {
      start_load (self, NULL, _("Opening the UN voting record…"));
      return;
    }

  self->load_serial++;
  if (waiting == NULL)
    self->n_running++;
  g_weak_ref_set (&preload.waiter, self);
  preload.waiter_serial = self->load_serial;
  show_loading (self, _("Opening the UN voting record…"));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    preload.waiter_painted = TRUE;
  else
    {
      preload.waiter_painted = FALSE;
      g_signal_connect (self, "map", G_CALLBACK (preload_map_cb), NULL);
    }
  preload_deliver ();
}

/* Stops the load under way, if any; the dataset shown stays. */
void
plenary_window_cancel_load (PlenaryWindow *self)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  if (!self->loading)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_serial++;
  show_loading (self, NULL);
}

gboolean
plenary_window_get_loading (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), FALSE);

  return self->loading;
}

/* Whether a load or a save still runs in a worker, even one whose result
 * no longer matters. */
gboolean
plenary_window_is_busy (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), FALSE);

  return self->n_running > 0;
}

static void
cancel_load_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  plenary_window_cancel_load (PLENARY_WINDOW (widget));
}

/* Saving */

typedef struct
{
  PlenaryDataset *dataset;
  GFile          *file;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->dataset);
  g_clear_object (&job->file);
  g_free (job);
}

/* The writer only reads what the reader set, never the caches the window
 * fills as it shows resolutions, so the dataset can stay on screen. */
static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (plenary_votes_save (job->dataset, job->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PlenaryWindow *self = PLENARY_WINDOW (source);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  self->n_running--;
  /* The window was closed meanwhile: its widgets are gone. */
  if (self->toast_overlay == NULL)
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _plenary_window_show_error (self, _("Could Not Save the File"), error->message);
      return;
    }

  if (job->dataset == self->dataset)
    _plenary_window_dataset_saved (self, job->file);
  name = g_file_get_basename (job->file);
  /* Translators: a notification after Save As; %s is the file's name. */
  title = g_strdup_printf (_("Saved “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Writes the dataset shown to @file in a worker thread; a toast says when
 * it is done, a dialog why it failed. */
void
plenary_window_save_to (PlenaryWindow *self,
                        GFile         *file)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->dataset == NULL)
    return;

  job = g_new0 (SaveJob, 1);
  job->dataset = g_object_ref (self->dataset);
  job->file = g_object_ref (file);
  task = g_task_new (self, NULL, save_ready_cb, NULL);
  g_task_set_source_tag (task, plenary_window_save_to);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  self->n_running++;
  g_task_run_in_thread (task, save_thread);
}

static void
save_chooser_response_cb (PlenaryWindow        *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        plenary_window_save_to (self, file);
    }
  g_object_unref (chooser);
}

/* A name for the saved file: the file's own, or the dataset's title. */
static char *
suggest_file_name (PlenaryDataset *dataset)
{
  GFile *file = plenary_dataset_get_file (dataset);
  const char *title = plenary_dataset_get_title (dataset);
  g_autofree char *stem = NULL;

  if (file != NULL)
    return g_file_get_basename (file);
  if (title == NULL || *title == '\0')
    /* Translators: the file name Save As suggests for a dataset without a title. */
    return g_strdup (_("votes.json"));
  stem = g_strdelimit (g_strdup (title), "/\\:*?\"<>|", '-');
  return g_strconcat (stem, ".json", NULL);
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->dataset == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save the Votes File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Plenary votes files"), "application/json", "*.json");
  name = suggest_file_name (self->dataset);
  set_start_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (save_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
file_chooser_response_cb (PlenaryWindow        *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        plenary_window_open_file (self, file);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  chooser = gtk_file_chooser_native_new (_("Open a Votes File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Plenary's own files, and the UN's that it imports: the Digital
   * Library's CSV, plain or compressed, and DGACM's JSON lines. */
  filter = gtk_file_filter_new ();
  /* Translators: a file type in the Open dialog: Plenary's own files and the UN's it imports. */
  gtk_file_filter_set_name (filter, _("Votes files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_pattern (filter, "*.jsonl");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.csv.gz");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), NULL, "*");
  set_start_folder (self, GTK_FILE_CHOOSER (chooser));

  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  plenary_window_open_file (PLENARY_WINDOW (widget), file);
}

static void
open_record_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  plenary_window_open_record (PLENARY_WINDOW (widget));
}

static gboolean
drop_cb (PlenaryWindow *self,
         const GValue  *value,
         double         x,
         double         y)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  plenary_window_open_file (self, files->data);
  if (files->next != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("Plenary opens one file at a time: "
                                                  "the first one dropped is open")));
  return TRUE;
}

void
_plenary_window_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, load_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, load_progress);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, load_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, loading_status);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-record", NULL, open_record_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-record", NULL);
  /* Plenary changes no data: saving is always saving a copy. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  /* Where the focus is in the search, Escape clears it first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);
}

void
_plenary_window_files_init (PlenaryWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
}

/* Whatever still runs in a worker finds, when it ends, that it no longer
 * counts. */
void
_plenary_window_files_dispose (PlenaryWindow *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_serial++;
  self->loading = FALSE;
  g_clear_handle_id (&self->pulse_source, g_source_remove);
}
