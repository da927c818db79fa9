/* plenary-window-actions.c: pictures out of the window, and what the data is
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export and copy take the picture of the page shown: on a vote, the chart
 * that had focus last (the map otherwise), and the export dialog gets every
 * picture of the vote so that the reader can switch between them there; on
 * a country's page its agreement chart or map, on the voting space and on
 * two votes compared their one picture. About This Data opens one
 * PlenaryDataWindow per window, which follows the dataset shown.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-data-window.h"
#include "plenary-export-dialog.h"
#include "plenary-preferences-window.h"
#include "plenary-resolution-row.h"
#include "plenary-window-private.h"

/* The dataset's source, for pictures whose resolution names none. */
const char *
_plenary_window_get_source (PlenaryWindow *self)
{
  if (self->dataset == NULL)
    return NULL;
  if (plenary_dataset_get_source (self->dataset) != NULL)
    return plenary_dataset_get_source (self->dataset);
  return plenary_dataset_get_display_name (self->dataset);
}

/* The pictures of the page shown, the one to export or copy first. */
static guint
get_pictures (PlenaryWindow   *self,
              PlenaryPicture **pictures,
              PlenaryPicture **active)
{
  guint n = 0;

  *active = NULL;
  if (self->dataset == NULL)
    return 0;
  switch (self->view)
    {
    case PLENARY_VIEW_COUNTRY:
      pictures[n++] = plenary_country_page_get_picture (self->country_page, PLENARY_CHART_AGREEMENT);
      pictures[n++] = plenary_country_page_get_picture (self->country_page, PLENARY_CHART_ALIGNMENT);
      *active = plenary_country_page_get_active_picture (self->country_page);
      break;
    case PLENARY_VIEW_SPACE:
      *active = pictures[n++] = plenary_space_page_get_picture (self->space_page);
      break;
    case PLENARY_VIEW_COMPARE:
      *active = pictures[n++] = plenary_compare_page_get_picture (self->compare_page);
      break;
    case PLENARY_VIEW_VOTE:
    default:
      for (guint kind = 0; kind <= PLENARY_CHART_GROUPS; kind++)
        pictures[n++] = plenary_resolution_page_get_picture (self->resolution_page, (PlenaryChart) kind);
      *active = plenary_resolution_page_get_active_picture (self->resolution_page);
      break;
    }
  return n;
}

void
_plenary_window_update_actions (PlenaryWindow *self)
{
  PlenaryPicture *pictures[PLENARY_CHART_CHANGE + 1];
  PlenaryPicture *active;
  PlenaryResolution *resolution = plenary_window_get_resolution (self);
  /* A resolution adopted without a vote has no vote to draw. */
  gboolean has_pictures = get_pictures (self, pictures, &active) > 0 && active != NULL &&
                          (self->view != PLENARY_VIEW_VOTE ||
                           (resolution != NULL && !plenary_resolution_get_without_vote (resolution)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_pictures);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-picture", has_pictures);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->dataset != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.about-data", self->dataset != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", self->dataset != NULL);
}

void
_plenary_window_picture_copied_cb (PlenaryWindow  *self,
                                   PlenaryPicture *picture)
{
  /* Translators: a notification; %s is a kind of picture, such as "World map". */
  g_autofree char *title = g_strdup_printf (_("%s copied to the clipboard"),
                                            plenary_chart_get_label (plenary_picture_get_kind (picture)));

  _plenary_window_show_toast (self, title);
}

static void
copy_picture_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  switch (self->view)
    {
    case PLENARY_VIEW_COUNTRY:
      plenary_country_page_copy_active (self->country_page);
      break;
    case PLENARY_VIEW_SPACE:
      plenary_space_page_copy (self->space_page);
      break;
    case PLENARY_VIEW_COMPARE:
      plenary_compare_page_copy (self->compare_page);
      break;
    case PLENARY_VIEW_VOTE:
    default:
      plenary_resolution_page_copy_active (self->resolution_page);
      break;
    }
}

static void
open_folder_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
exported_cb (PlenaryWindow       *self,
             GFile               *file,
             PlenaryExportDialog *dialog)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: a notification after an export; %s is the file's name. */
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  g_set_object (&self->export_folder, folder);
  if (folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      adw_toast_set_button_label (toast, _("Open _Folder"));
      adw_toast_set_action_name (toast, "win.open-folder");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  PlenaryPicture *pictures[PLENARY_CHART_CHANGE + 1];
  PlenaryPicture *active;
  PlenaryExportDialog *dialog;
  guint n = get_pictures (self, pictures, &active);

  if (active == NULL)
    return;

  /* The picture to export first goes first: the dialog falls back on it
   * when its choices do not name its kind. */
  for (guint i = 1; i < n; i++)
    if (pictures[i] == active)
      {
        pictures[i] = pictures[0];
        pictures[0] = active;
      }
  dialog = plenary_export_dialog_new (GTK_WINDOW (self), pictures, n, plenary_picture_get_kind (active));
  if (self->export_folder != NULL)
    plenary_export_dialog_set_folder (dialog, self->export_folder);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The data window follows the dataset shown. */
void
_plenary_window_update_data_window (PlenaryWindow *self)
{
  if (self->data_window != NULL && self->dataset != NULL)
    plenary_data_window_set_dataset (PLENARY_DATA_WINDOW (self->data_window), self->dataset);
}

/* Opens About This Data, on its warnings when @warnings is TRUE. */
void
plenary_window_show_data_window (PlenaryWindow *self,
                                 gboolean       warnings)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  if (self->dataset == NULL)
    return;

  if (self->data_window == NULL)
    {
      self->data_window = GTK_WINDOW (plenary_data_window_new (GTK_WINDOW (self)));
      g_object_add_weak_pointer (G_OBJECT (self->data_window), (gpointer *) &self->data_window);
    }
  plenary_data_window_set_dataset (PLENARY_DATA_WINDOW (self->data_window), self->dataset);
  plenary_data_window_set_page (PLENARY_DATA_WINDOW (self->data_window),
                                warnings ? PLENARY_DATA_PAGE_WARNINGS : PLENARY_DATA_PAGE_SUMMARY);
  gtk_window_present (self->data_window);
}

static void
preferences_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (plenary_preferences_window_new (GTK_WINDOW (self), self->settings)));
}

static void
about_data_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  plenary_window_show_data_window (PLENARY_WINDOW (widget), FALSE);
}

static void
show_warnings_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  plenary_window_show_data_window (PLENARY_WINDOW (widget), TRUE);
}

/* The Keyboard Shortcuts window, built when first asked for: GTK would
 * build it with every window otherwise, which costs a tenth of the time to
 * the first frame. */
static void
forget_shortcuts_window (GtkWidget *widget)
{
  g_object_set_data (G_OBJECT (widget), "plenary-shortcuts-window", NULL);
}

static void
show_help_overlay_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkWindow *shortcuts = g_object_get_data (G_OBJECT (widget), "plenary-shortcuts-window");

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/help-overlay.ui");

      shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
      gtk_window_set_destroy_with_parent (shortcuts, TRUE);
      gtk_window_set_hide_on_close (shortcuts, TRUE);
      g_object_set_data (G_OBJECT (widget), "plenary-shortcuts-window", shortcuts);
      g_signal_connect_object (shortcuts, "destroy", G_CALLBACK (forget_shortcuts_window), widget,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (shortcuts);
}

void
_plenary_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_cb);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, show_warnings_cb);
  gtk_widget_class_install_action (widget_class, "win.about-data", NULL, about_data_cb);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.copy-picture", NULL, copy_picture_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-folder", "s", open_folder_action_cb);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  /* Where the focus is on text, the text copies first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "win.copy-picture", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.about-data", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
}
