/* plenary-window-files.c: opening files in the window, from a dialog or a drop
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files load in a worker thread; a file that fails leaves the current
 * dataset as it was and says why, in a dialog that names the file and the
 * place in it.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-loader.h"
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

static void
load_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PlenaryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_load_file_finish (result, &error);

  if (dataset == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _plenary_window_show_error (self, _("Could Not Open the File"), error->message);
      return;
    }

  plenary_window_set_dataset (self, dataset);
}

void
plenary_window_open_file (PlenaryWindow *self,
                          GFile         *file)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  plenary_load_file_async (file, self->load_cancellable, NULL, NULL, NULL, load_ready_cb, g_object_ref (self));
}

void
plenary_window_open_sample (PlenaryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  dataset = plenary_load_sample (&error);
  if (dataset == NULL)
    {
      _plenary_window_show_error (self, _("Could Not Open the Sample"), error->message);
      return;
    }
  plenary_window_set_dataset (self, dataset);
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

  chooser = gtk_file_chooser_native_new (_("Open a Votes File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Plenary votes files"), "application/json", "*.json");
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), NULL, "*");

  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_sample_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  plenary_window_open_sample (PLENARY_WINDOW (widget));
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
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

void
_plenary_window_files_init (PlenaryWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
