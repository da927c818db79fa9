/* plenary-window.c: the main window
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar lists the dataset's resolutions, filtered by words and body; the
 * content is a PlenaryResolutionPage showing the selected one. This file
 * holds the list, its filters and the window's state; files and actions
 * live in plenary-window-files.c and plenary-window-actions.c.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-date.h"
#include "plenary-resolution-row.h"
#include "plenary-text.h"
#include "plenary-ui-resources.h"
#include "plenary-window-private.h"

G_DEFINE_FINAL_TYPE (PlenaryWindow, plenary_window, ADW_TYPE_APPLICATION_WINDOW)

static void show_resolution (PlenaryWindow *self);

/* Filtering */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlenaryWindow *self = user_data;
  PlenaryResolution *resolution = item;

  if (self->body_filter >= 0 &&
      (int) plenary_resolution_get_body (resolution) != self->body_filter)
    return FALSE;
  return plenary_resolution_matches (resolution, (const char * const *) self->search_words);
}

static void
update_list_stack (PlenaryWindow *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean has_dataset = self->dataset != NULL &&
                         g_list_model_get_n_items (G_LIST_MODEL (self->dataset)) > 0;

  gtk_stack_set_visible_child_name (self->list_stack,
                                    n_items > 0 || !has_dataset ? "list" : "no-match");
}

static void
refilter (PlenaryWindow *self)
{
  g_strfreev (self->search_words);
  self->search_words = plenary_text_fold_words (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_stack (self);
}

static void
search_changed_cb (PlenaryWindow *self)
{
  refilter (self);
}

static void
stop_search_cb (PlenaryWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
body_filter_toggled_cb (PlenaryWindow   *self,
                        GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->general_assembly_button)
    self->body_filter = PLENARY_BODY_GENERAL_ASSEMBLY;
  else if (button == self->security_council_button)
    self->body_filter = PLENARY_BODY_SECURITY_COUNCIL;
  else
    self->body_filter = -1;
  refilter (self);
}

/* The list */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, plenary_resolution_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  plenary_resolution_row_set_resolution (PLENARY_RESOLUTION_ROW (gtk_list_item_get_child (item)),
                                         gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  plenary_resolution_row_set_resolution (PLENARY_RESOLUTION_ROW (gtk_list_item_get_child (item)),
                                         NULL);
}

static void
selection_changed_cb (PlenaryWindow *self)
{
  show_resolution (self);
}

static void
list_activate_cb (PlenaryWindow *self,
                  guint          position)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
back_clicked_cb (PlenaryWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The content */

static void
show_resolution (PlenaryWindow *self)
{
  PlenaryResolution *resolution = plenary_window_get_resolution (self);
  g_autofree char *date = NULL;

  plenary_resolution_page_set_resolution (self->resolution_page, resolution,
                                          _plenary_window_get_source (self));
  _plenary_window_update_actions (self);

  if (resolution == NULL)
    {
      adw_window_title_set_title (self->resolution_title, "");
      adw_window_title_set_subtitle (self->resolution_title, "");
      gtk_stack_set_visible_child_name (self->content_stack,
                                        self->dataset == NULL ? "no-dataset" : "empty");
      return;
    }

  date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  adw_window_title_set_title (self->resolution_title, plenary_resolution_get_symbol (resolution));
  adw_window_title_set_subtitle (self->resolution_title, date);
  gtk_stack_set_visible_child_name (self->content_stack, "resolution");
}

static void
member_activated_cb (PlenaryWindow         *self,
                     const char            *code,
                     PlenaryResolutionPage *page)
{
  /* A second click on the same member lets it go. */
  if (self->dataset != NULL && plenary_dataset_lookup_member (self->dataset, code) == self->highlight)
    plenary_window_highlight_member (self, NULL);
  else
    plenary_window_highlight_member (self, code);
}

static void
picture_copied_cb (PlenaryWindow         *self,
                   PlenaryPicture        *picture,
                   PlenaryResolutionPage *page)
{
  _plenary_window_picture_copied_cb (self, picture);
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

void
plenary_window_set_dataset (PlenaryWindow  *self,
                            PlenaryDataset *dataset)
{
  const char *title;

  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (PLENARY_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->highlight = -1;
  plenary_resolution_page_set_highlight (self->resolution_page, -1);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (dataset));

  title = plenary_dataset_get_title (dataset);
  gtk_label_set_text (self->dataset_title_label, title != NULL ? title : _("Plenary"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dataset_title_label), title);
  gtk_label_set_text (self->dataset_subtitle_label,
                      plenary_dataset_get_display_name (dataset) != NULL
                      ? plenary_dataset_get_display_name (dataset)
                      : "");
  update_list_stack (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  show_resolution (self);

  adw_status_page_set_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->content_stack, "empty")),
                             g_list_model_get_n_items (G_LIST_MODEL (dataset)) == 0
                             ? _("No Resolutions in This File")
                             : _("No Resolution Selected"));
  show_load_warnings (self);
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
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Window state */

static void
map_tiles_changed_cb (PlenaryWindow *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "map-layout",
                           plenary_resolution_page_get_map_tiles (self->resolution_page) ? "tiles" : "world");
}

static void
load_window_state (PlenaryWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *layout = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  /* Without the schema (or with an outdated one) the window still works; it
   * just does not remember its state. */
  if (schema == NULL || !g_settings_schema_has_key (schema, "map-layout"))
    {
      gtk_window_set_default_size (GTK_WINDOW (self), 1280, 860);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  layout = g_settings_get_string (self->settings, "map-layout");
  plenary_resolution_page_set_map_tiles (self->resolution_page, g_str_equal (layout, "tiles"));
  g_signal_connect_object (self->resolution_page, "notify::map-tiles",
                           G_CALLBACK (map_tiles_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
plenary_window_close_request (GtkWindow *window)
{
  PlenaryWindow *self = PLENARY_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (plenary_window_parent_class)->close_request (window);
}

static void
plenary_window_dispose (GObject *object)
{
  PlenaryWindow *self = (PlenaryWindow *) object;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);
  g_clear_object (&self->export_folder);
  g_clear_pointer (&self->search_words, g_strfreev);

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
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, all_bodies_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, dataset_subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, dataset_title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, general_assembly_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, resolution_page);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, resolution_title);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, security_council_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, body_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, picture_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  _plenary_window_files_class_init (widget_class);
  _plenary_window_actions_class_init (widget_class);
}

static void
plenary_window_init (PlenaryWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  self->body_filter = -1;
  self->highlight = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filter_model));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_object_set (self->search_entry, "placeholder-text", _("Search resolutions"), NULL);

  _plenary_window_files_init (self);
  load_window_state (self);
  show_resolution (self);
}

PlenaryWindow *
plenary_window_new (AdwApplication *application)
{
  return g_object_new (PLENARY_TYPE_WINDOW, "application", application, NULL);
}

/* The resolutions the list shows, after filtering. */
GListModel *
plenary_window_get_visible_resolutions (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

PlenaryResolution *
plenary_window_get_resolution (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
plenary_window_select_resolution (PlenaryWindow *self,
                                  guint          position)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  gtk_single_selection_set_selected (self->selection, position);
}

void
plenary_window_set_search_text (PlenaryWindow *self,
                                const char    *text)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  refilter (self);
}

/* Shows only resolutions of @body (a PlenaryBody), or all with -1. */
void
plenary_window_set_body_filter (PlenaryWindow *self,
                                int            body)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  if (body == PLENARY_BODY_GENERAL_ASSEMBLY)
    gtk_toggle_button_set_active (self->general_assembly_button, TRUE);
  else if (body == PLENARY_BODY_SECURITY_COUNCIL)
    gtk_toggle_button_set_active (self->security_council_button, TRUE);
  else
    gtk_toggle_button_set_active (self->all_bodies_button, TRUE);
}

/* Emphasises the member with @code in the vote lists and pictures; NULL or
 * an unknown code clears it. */
void
plenary_window_highlight_member (PlenaryWindow *self,
                                 const char    *code)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  self->highlight = self->dataset != NULL ? plenary_dataset_lookup_member (self->dataset, code) : -1;
  plenary_resolution_page_set_highlight (self->resolution_page, self->highlight);
}

int
plenary_window_get_highlight (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), -1);

  return self->highlight;
}

PlenaryResolutionPage *
plenary_window_get_resolution_page (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->resolution_page;
}
