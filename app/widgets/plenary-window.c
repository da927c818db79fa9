/* plenary-window.c: the main window
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar lists the dataset's resolutions, newest first and filtered; the
 * content is a PlenaryResolutionPage showing the selected one, or a
 * country's page, the voting space or two votes compared. This file holds
 * the dataset, the content and the window's state; the list and its filters
 * live in plenary-window-list.c, the pages and the way back in
 * plenary-window-navigation.c, files in plenary-window-files.c and actions
 * in plenary-window-actions.c.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-preferences-window.h"
#include "plenary-ui-resources.h"
#include "plenary-window-private.h"

G_DEFINE_FINAL_TYPE (PlenaryWindow, plenary_window, ADW_TYPE_APPLICATION_WINDOW)

/* The content */

/* The page with no resolution to show says why, and offers the way out: a
 * file with no resolutions, another file; a list the filters emptied, to
 * clear them. */
static void
update_empty_page (PlenaryWindow *self)
{
  gboolean no_resolutions = self->dataset == NULL ||
                            g_list_model_get_n_items (G_LIST_MODEL (self->dataset)) == 0;

  if (no_resolutions)
    {
      /* Translators: the title of the page shown for a votes file that holds no resolution. */
      adw_status_page_set_title (self->empty_page, _("No Resolutions in This File"));
      adw_status_page_set_description (self->empty_page,
                                       /* Translators: the page shown for a votes file that holds no resolution. */
                                       _("This file holds no votes. Open another votes file, or the UN voting "
                                         "record since 1946 that comes with Plenary."));
    }
  else
    {
      /* Translators: the title of the page shown when the search and the filters leave the
       * list empty. */
      adw_status_page_set_title (self->empty_page, _("No Matching Resolutions"));
      adw_status_page_set_description (self->empty_page,
                                       /* Translators: the page shown when the search and the filters
                                        * leave the list empty. */
                                       _("The search and the filters leave no resolution in the list. "
                                         "Clear them to see every resolution again."));
    }
  gtk_widget_set_visible (self->empty_clear_button, !no_resolutions);
  gtk_widget_set_visible (self->empty_open_button, no_resolutions);
  gtk_widget_set_visible (self->empty_record_button, no_resolutions);
  if (no_resolutions)
    gtk_widget_add_css_class (self->empty_open_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->empty_open_button, "suggested-action");
}

/* What the content shows when no resolution is selected: the load under
 * way, the invitation to open a file, or why the list is empty. */
void
_plenary_window_update_content (PlenaryWindow *self)
{
  const char *page;

  if (self->dataset != NULL && self->view != PLENARY_VIEW_VOTE)
    page = _plenary_window_get_view_page (self);
  else if (plenary_resolution_page_get_resolution (self->resolution_page) != NULL)
    page = "resolution";
  else if (self->dataset == NULL)
    page = self->loading ? "loading" : "no-dataset";
  else
    {
      page = "empty";
      update_empty_page (self);
    }
  gtk_stack_set_visible_child_name (self->content_stack, page);

  /* A folded window with no resolution to list shows why, and the way to
   * open a file, rather than an empty list. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      (self->dataset == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->dataset)) == 0))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

void
_plenary_window_show_toast (PlenaryWindow *self,
                            const char    *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

void
_plenary_window_show_resolution (PlenaryWindow *self)
{
  PlenaryResolution *resolution = plenary_window_get_resolution (self);

  g_clear_handle_id (&self->show_source, g_source_remove);
  if (resolution != plenary_resolution_page_get_resolution (self->resolution_page))
    plenary_resolution_page_set_resolution (self->resolution_page, resolution,
                                            _plenary_window_get_source (self));
  _plenary_window_reveal_vote (self);
  _plenary_window_update_actions (self);
  _plenary_window_update_content (self);
  _plenary_window_update_title (self);
}

static void
picture_copied_cb (PlenaryWindow  *self,
                   PlenaryPicture *picture,
                   gpointer        page)
{
  _plenary_window_picture_copied_cb (self, picture);
}

static void
table_copied_cb (PlenaryWindow *self,
                 gpointer       page)
{
  /* Translators: a notification after the table behind a picture was copied. */
  _plenary_window_show_toast (self, _("Table copied"));
}

static void
back_clicked_cb (PlenaryWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_load_warnings (PlenaryWindow *self)
{
  GPtrArray *warnings = plenary_dataset_get_warnings (self->dataset);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (warnings->len == 0)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Opened with %u warning",
                                        "Opened with %u warnings",
                                        warnings->len),
                           warnings->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-warnings");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_dataset_title (PlenaryWindow *self)
{
  const char *title = plenary_dataset_get_title (self->dataset);
  const char *name = plenary_dataset_get_display_name (self->dataset);

  gtk_label_set_text (self->dataset_title_label, title != NULL ? title : _("Plenary"));
  gtk_label_set_text (self->dataset_subtitle_label, name != NULL ? name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->dataset_subtitle_label), name != NULL);
}

/* Shows @dataset in place of the current one. With the whole record the
 * list sorts and filters 8,325 resolutions here, in the main thread; the
 * time it takes is logged (G_MESSAGES_DEBUG=plenary-window). */
void
plenary_window_set_dataset (PlenaryWindow  *self,
                            PlenaryDataset *dataset)
{
  gint64 start = g_get_monotonic_time ();

  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (PLENARY_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  _plenary_window_list_set_dataset (self);
  _plenary_window_navigation_set_dataset (self);
  update_dataset_title (self);

  /* A folded window starts on the list of what it opened. */
  if (adw_leaflet_get_folded (self->leaflet) && g_list_model_get_n_items (G_LIST_MODEL (dataset)) > 0)
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  if (g_list_model_get_n_items (plenary_window_get_visible_resolutions (self)) > 0)
    {
      plenary_window_select_resolution (self, 0);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
    }
  _plenary_window_show_resolution (self);
  _plenary_window_update_data_window (self);
  show_load_warnings (self);
  g_debug ("Showed a dataset of %u resolutions in %.2f ms",
           g_list_model_get_n_items (G_LIST_MODEL (dataset)),
           (g_get_monotonic_time () - start) / 1000.0);
}

/* Says that the dataset now lives in @file, after Save As. */
void
_plenary_window_dataset_saved (PlenaryWindow *self,
                               GFile         *file)
{
  g_autofree char *name = g_file_get_basename (file);

  plenary_dataset_set_file (self->dataset, file);
  plenary_dataset_set_display_name (self->dataset, name);
  update_dataset_title (self);
  _plenary_window_update_data_window (self);
}

PlenaryDataset *
plenary_window_get_dataset (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->dataset;
}

static void
focus_search_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
plenary_window_close_request (GtkWindow *window)
{
  _plenary_window_state_save (PLENARY_WINDOW (window));

  return GTK_WINDOW_CLASS (plenary_window_parent_class)->close_request (window);
}

static void
plenary_window_dispose (GObject *object)
{
  PlenaryWindow *self = (PlenaryWindow *) object;

  _plenary_window_files_dispose (self);
  if (self->data_window != NULL)
    gtk_window_destroy (self->data_window);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_WINDOW);
  _plenary_window_list_dispose (self);
  _plenary_window_navigation_dispose (self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);
  g_clear_object (&self->export_folder);

  G_OBJECT_CLASS (plenary_window_parent_class)->dispose (object);
}

static void
plenary_window_class_init (PlenaryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = plenary_window_dispose;
  window_class->close_request = plenary_window_close_request;

  g_type_ensure (PLENARY_TYPE_RESOLUTION_PAGE);

  plenary_ui_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, dataset_subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, dataset_title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, empty_clear_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, empty_open_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, empty_record_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, list_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, resolution_page);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, resolution_title);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, picture_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_copied_cb);

  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  _plenary_window_list_class_init (widget_class);
  _plenary_window_navigation_class_init (widget_class);
  _plenary_window_files_class_init (widget_class);
  _plenary_window_actions_class_init (widget_class);
}

static void
plenary_window_init (PlenaryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _plenary_window_sidebar_init (self);
  _plenary_window_list_init (self);
  _plenary_window_navigation_init (self);
  _plenary_window_files_init (self);
  _plenary_window_state_load (self);
  _plenary_window_update_recent_menu (self);
  _plenary_window_show_resolution (self);
}

PlenaryWindow *
plenary_window_new (AdwApplication *application)
{
  return g_object_new (PLENARY_TYPE_WINDOW, "application", application, NULL);
}

PlenaryResolutionPage *
plenary_window_get_resolution_page (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->resolution_page;
}
