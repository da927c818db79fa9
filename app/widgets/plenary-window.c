/* plenary-window.c: the main window
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar lists the dataset's resolutions, filtered by text and body; the
 * content shows the selected one: its header, the tally chart and every
 * member grouped by vote. Files come in through Open, the command line or
 * a drop, and load in a worker thread; a file that fails leaves the current
 * dataset as it was and says why.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-chart-view.h"
#include "plenary-date.h"
#include "plenary-export-dialog.h"
#include "plenary-format.h"
#include "plenary-loader.h"
#include "plenary-resolution-row.h"
#include "plenary-ui-resources.h"
#include "plenary-window.h"

struct _PlenaryWindow
{
  AdwApplicationWindow  parent_instance;

  PlenaryDataset       *dataset;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *filter;
  GtkSingleSelection   *selection;
  GSettings            *settings;
  GCancellable         *load_cancellable;
  int                   body_filter;
  int                   highlight;
  PlenaryChartView     *active_chart;
  GFile                *export_folder;

  GtkToggleButton      *all_bodies_button;
  GtkWidget            *content;
  GtkStack             *content_stack;
  GtkLabel             *dataset_subtitle_label;
  GtkLabel             *dataset_title_label;
  GtkToggleButton      *general_assembly_button;
  AdwLeaflet           *leaflet;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  GtkLabel             *majority_label;
  PlenaryChartView     *map_view;
  GtkGrid              *members_grid;
  GtkLabel             *meta_label;
  GtkWidget            *missing_box;
  GtkLabel             *missing_label;
  GtkLabel             *outcome_label;
  AdwWindowTitle       *resolution_title;
  GtkSearchEntry       *search_entry;
  PlenaryChartView     *seats_view;
  GtkToggleButton      *security_council_button;
  PlenaryChartView     *tally_view;
  GtkToggleButton      *tiles_button;
  GtkLabel             *title_label;
  AdwToastOverlay      *toast_overlay;
  GtkToggleButton      *world_button;
};

G_DEFINE_FINAL_TYPE (PlenaryWindow, plenary_window, ADW_TYPE_APPLICATION_WINDOW)

static const char * const outcome_classes[] = { "adopted", "not-adopted", "vetoed" };

static void show_resolution (PlenaryWindow *self);

/* Filtering */

static gboolean
matches_text (PlenaryResolution *resolution,
              const char        *needle)
{
  const char *fields[] = {
    plenary_resolution_get_symbol (resolution),
    plenary_resolution_get_title (resolution),
    plenary_resolution_get_localized_title (resolution),
    plenary_resolution_get_draft (resolution),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *folded = NULL;

      if (fields[i] == NULL)
        continue;
      folded = g_utf8_casefold (fields[i], -1);
      if (strstr (folded, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlenaryWindow *self = user_data;
  PlenaryResolution *resolution = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;

  if (self->body_filter >= 0 &&
      (int) plenary_resolution_get_body (resolution) != self->body_filter)
    return FALSE;

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = g_utf8_casefold (text, -1);
  return matches_text (resolution, g_strstrip (needle));
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
append_part (GString    *text,
             const char *part)
{
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

/* "General Assembly · Session ES-11 · 24 February 2025 · Draft A/ES-11/L.10" */
static char *
describe_meta (PlenaryResolution *resolution)
{
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  GString *text = g_string_new (NULL);

  append_part (text, plenary_body_get_label (plenary_resolution_get_body (resolution)));
  if (plenary_resolution_get_session (resolution) != NULL)
    {
      /* Translators: the session of the General Assembly, such as "ES-11" or "79". */
      g_autofree char *part = g_strdup_printf (_("Session %s"), plenary_resolution_get_session (resolution));
      append_part (text, part);
    }
  append_part (text, date);
  if (plenary_resolution_get_draft (resolution) != NULL)
    {
      /* Translators: the document symbol of the draft, such as "A/ES-11/L.10". */
      g_autofree char *part = g_strdup_printf (_("Draft %s"), plenary_resolution_get_draft (resolution));
      append_part (text, part);
    }
  if (plenary_resolution_get_meeting (resolution) != NULL)
    {
      /* Translators: the record of the meeting, such as "S/PV.9866". */
      g_autofree char *part = g_strdup_printf (_("Meeting %s"), plenary_resolution_get_meeting (resolution));
      append_part (text, part);
    }
  return g_string_free (text, FALSE);
}

static void
update_missing_note (PlenaryWindow     *self,
                     PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->missing_box, tally->missing > 0);
  if (tally->missing == 0)
    return;

  text = plenary_format_missing (tally->missing);
  gtk_label_set_text (self->missing_label, text);
}

typedef struct
{
  const char *name;
  char       *key;
  const char *code;
  int         index;
} NameEntry;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const NameEntry *) a)->key, ((const NameEntry *) b)->key);
}

/* Markup for the members whose vote is @vote, sorted as the locale sorts,
 * each a link that highlights the member. */
static char *
member_list_markup (PlenaryWindow     *self,
                    PlenaryResolution *resolution,
                    PlenaryVote        vote,
                    guint             *n_names)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (NameEntry));
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < plenary_resolution_get_n_members (resolution); i++)
    {
      PlenaryMember *member;
      NameEntry entry;

      if (plenary_resolution_get_vote (resolution, i) != vote)
        continue;
      member = plenary_resolution_get_member (resolution, i);
      entry.name = plenary_member_get_localized_name (member);
      entry.key = g_utf8_collate_key (entry.name, -1);
      entry.code = plenary_member_get_code (member);
      entry.index = (int) i;
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_names);

  for (guint i = 0; i < entries->len; i++)
    {
      NameEntry *entry = &g_array_index (entries, NameEntry, i);
      g_autofree char *escaped = g_markup_escape_text (entry->name, -1);

      if (i > 0)
        g_string_append (markup, "\u00a0· ");
      /* A name never breaks across lines; the list breaks between names. */
      g_string_append_printf (markup, "<a href=\"member:%s\"><span allow_breaks=\"false\"%s>%s</span></a>",
                              entry->code,
                              entry->index == self->highlight ? " weight=\"bold\"" : "",
                              escaped);
      g_free (entry->key);
    }

  *n_names = entries->len;
  return g_string_free (markup, FALSE);
}

static gboolean
member_link_cb (PlenaryWindow *self,
                const char    *uri,
                GtkLabel      *label)
{
  if (!g_str_has_prefix (uri, "member:"))
    return FALSE;

  plenary_window_highlight_member (self, uri + strlen ("member:"));
  return TRUE;
}

static void
clear_members_grid (PlenaryWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->members_grid))) != NULL)
    gtk_grid_remove (self->members_grid, child);
}

static void
add_members_row (PlenaryWindow     *self,
                 PlenaryResolution *resolution,
                 PlenaryVote        vote,
                 int                row)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *names = NULL;
  g_autofree char *count = NULL;
  g_autofree char *heading_text = NULL;
  GString *text;
  GtkWidget *heading;
  GtkWidget *body;
  guint n_names;
  guint total;

  names = member_list_markup (self, resolution, vote, &n_names);
  total = vote == PLENARY_VOTE_NOT_RECORDED ? n_names : tally->counts[vote];
  text = g_string_new (names);

  if (vote != PLENARY_VOTE_NOT_RECORDED && total > n_names)
    {
      g_autofree char *missing = plenary_format_count (total - n_names);
      g_autofree char *note = NULL;

      note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the names of a vote list:
                                            * "… · 47 not recorded in this file". */
                                           "%s not recorded in this file",
                                           "%s not recorded in this file",
                                           total - n_names),
                              missing);
      if (n_names > 0)
        g_string_append (text, "\u00a0· ");
      g_string_append_printf (text, "<i>%s</i>", note);
    }
  else if (text->len == 0)
    {
      g_string_append_printf (text, "<i>%s</i>",
                              !tally->known[vote] ? _("Not reported") : C_("members", "None"));
    }

  count = !tally->known[vote] && total == 0 ? g_strdup ("–") : plenary_format_count (total);
  /* Translators: a vote list's heading: "Yes (93)". */
  heading_text = g_strdup_printf (_("%s (%s)"), plenary_vote_get_label (vote), count);
  heading = gtk_label_new (heading_text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_yalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "vote-heading");
  gtk_widget_add_css_class (heading, plenary_vote_to_key (vote));

  body = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (body), text->str);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_widget_set_hexpand (body, TRUE);
  gtk_widget_add_css_class (body, "member-list");
  g_signal_connect_object (body, "activate-link", G_CALLBACK (member_link_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_grid_attach (self->members_grid, heading, 0, row, 1, 1);
  gtk_grid_attach (self->members_grid, body, 1, row, 1, 1);
  g_string_free (text, TRUE);
}

static void
update_members (PlenaryWindow     *self,
                PlenaryResolution *resolution)
{
  static const PlenaryVote order[] = {
    PLENARY_VOTE_YES, PLENARY_VOTE_NO, PLENARY_VOTE_ABSTAIN,
    PLENARY_VOTE_NON_VOTING, PLENARY_VOTE_NOT_RECORDED,
  };

  clear_members_grid (self);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    add_members_row (self, resolution, order[i], (int) i);
}

static void
show_resolution (PlenaryWindow *self)
{
  PlenaryResolution *resolution = plenary_window_get_resolution (self);
  g_autofree char *meta = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *date = NULL;
  PlenaryOutcome outcome;

  plenary_chart_view_set_resolution (self->tally_view, resolution);
  plenary_chart_view_set_resolution (self->seats_view, resolution);
  plenary_chart_view_set_resolution (self->map_view, resolution);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", resolution != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-picture", resolution != NULL);

  if (resolution == NULL)
    {
      adw_window_title_set_title (self->resolution_title, "");
      adw_window_title_set_subtitle (self->resolution_title, "");
      gtk_stack_set_visible_child_name (self->content_stack,
                                        self->dataset == NULL ? "no-dataset" : "empty");
      return;
    }

  meta = describe_meta (resolution);
  rule = plenary_format_rule (resolution);
  date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  outcome = plenary_resolution_get_outcome (resolution);

  adw_window_title_set_title (self->resolution_title, plenary_resolution_get_symbol (resolution));
  adw_window_title_set_subtitle (self->resolution_title, date);
  gtk_label_set_text (self->title_label,
                      plenary_resolution_get_localized_title (resolution) != NULL
                      ? plenary_resolution_get_localized_title (resolution)
                      : plenary_resolution_get_symbol (resolution));
  gtk_label_set_text (self->meta_label, meta);
  gtk_label_set_text (self->majority_label, rule);
  gtk_label_set_text (self->outcome_label, plenary_outcome_get_label (outcome));
  for (guint i = 0; i < G_N_ELEMENTS (outcome_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_label), outcome_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->outcome_label), outcome_classes[outcome]);

  update_missing_note (self, resolution);
  update_members (self, resolution);
  gtk_stack_set_visible_child_name (self->content_stack, "resolution");
}

/* The member map */

static void
map_layout_toggled_cb (PlenaryWindow   *self,
                       GtkToggleButton *button)
{
  gboolean tiles = gtk_toggle_button_get_active (self->tiles_button);

  if (!gtk_toggle_button_get_active (button))
    return;

  plenary_chart_view_set_chart (self->map_view, tiles ? PLENARY_CHART_TILES : PLENARY_CHART_MAP);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "map-layout", tiles ? "tiles" : "world");
}

static void
member_activated_cb (PlenaryWindow    *self,
                     const char       *code,
                     PlenaryChartView *view)
{
  /* A second click on the same member lets it go. */
  if (self->dataset != NULL && plenary_dataset_lookup_member (self->dataset, code) == self->highlight)
    plenary_window_highlight_member (self, NULL);
  else
    plenary_window_highlight_member (self, code);
}

/* Pictures out of the app */

/* The source line of exported pictures: the dataset's own, or its file. */
static const char *
dataset_source (PlenaryDataset *dataset)
{
  if (plenary_dataset_get_source (dataset) != NULL)
    return plenary_dataset_get_source (dataset);
  return plenary_dataset_get_display_name (dataset);
}

static void
chart_focus_cb (PlenaryWindow    *self,
                GParamSpec       *pspec,
                PlenaryChartView *view)
{
  if (gtk_widget_has_focus (GTK_WIDGET (view)))
    self->active_chart = view;
}

/* The chart that had focus last, or else the map. */
static PlenaryChartView *
active_chart (PlenaryWindow *self)
{
  return self->active_chart != NULL ? self->active_chart : self->map_view;
}

static void
chart_copied_cb (PlenaryWindow    *self,
                 PlenaryChartView *view)
{
  /* Translators: a notification; %s is a kind of picture, such as "World map". */
  g_autofree char *title = g_strdup_printf (_("%s copied to the clipboard"),
                                            plenary_chart_get_label (plenary_chart_view_get_chart (view)));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
copy_picture_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  plenary_chart_view_copy (active_chart (PLENARY_WINDOW (widget)));
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
  PlenaryResolution *resolution = plenary_window_get_resolution (self);
  PlenaryExportDialog *dialog;

  if (resolution == NULL || self->dataset == NULL)
    return;

  dialog = plenary_export_dialog_new (GTK_WINDOW (self), resolution, dataset_source (self->dataset),
                                      plenary_chart_view_get_chart (active_chart (self)));
  if (self->export_folder != NULL)
    plenary_export_dialog_set_folder (dialog, self->export_folder);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Datasets and files */

static void
show_error (PlenaryWindow *self,
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
show_warnings_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  GPtrArray *warnings;
  GString *body;

  if (self->dataset == NULL)
    return;

  warnings = plenary_dataset_get_warnings (self->dataset);
  body = g_string_new (NULL);
  for (guint i = 0; i < warnings->len; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (warnings, i));
  show_error (self, _("Warnings While Loading"), body->str);
  g_string_free (body, TRUE);
}

void
plenary_window_set_dataset (PlenaryWindow  *self,
                            PlenaryDataset *dataset)
{
  GPtrArray *warnings;

  g_return_if_fail (PLENARY_IS_WINDOW (self));
  g_return_if_fail (PLENARY_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->highlight = -1;
  plenary_chart_view_set_source (self->tally_view, dataset_source (dataset));
  plenary_chart_view_set_source (self->seats_view, dataset_source (dataset));
  plenary_chart_view_set_source (self->map_view, dataset_source (dataset));
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (dataset));
  gtk_label_set_text (self->dataset_title_label,
                      plenary_dataset_get_title (dataset) != NULL
                      ? plenary_dataset_get_title (dataset)
                      : _("Plenary"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dataset_title_label),
                               plenary_dataset_get_title (dataset));
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

  warnings = plenary_dataset_get_warnings (dataset);
  if (warnings->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Opened with %u warning",
                                                             "Opened with %u warnings",
                                                             warnings->len),
                                                warnings->len);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-warnings");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

PlenaryDataset *
plenary_window_get_dataset (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->dataset;
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
        show_error (self, _("Could Not Open the File"), error->message);
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

  plenary_load_file_async (file, self->load_cancellable, load_ready_cb, g_object_ref (self));
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
      show_error (self, _("Could Not Open the Sample"), error->message);
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

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Plenary votes files"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

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

/* Window state */

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
  if (g_str_equal (layout, "tiles"))
    gtk_toggle_button_set_active (self->tiles_button, TRUE);
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

  g_type_ensure (PLENARY_TYPE_CHART_VIEW);

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
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, majority_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, members_grid);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, missing_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, missing_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, resolution_title);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, seats_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, security_council_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, tally_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, tiles_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, world_button);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, body_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_focus_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_layout_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, show_warnings_cb);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.copy-picture", NULL, copy_picture_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-folder", "s", open_folder_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
plenary_window_init (PlenaryWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkDropTarget *drop;

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

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

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

/* Emphasises the member with @code in the vote lists and charts; NULL or an
 * unknown code clears it. */
void
plenary_window_highlight_member (PlenaryWindow *self,
                                 const char    *code)
{
  int index;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  index = self->dataset != NULL ? plenary_dataset_lookup_member (self->dataset, code) : -1;
  if (index == self->highlight)
    return;

  self->highlight = index;
  plenary_chart_view_set_highlight (self->tally_view, index);
  plenary_chart_view_set_highlight (self->seats_view, index);
  plenary_chart_view_set_highlight (self->map_view, index);
  if (plenary_window_get_resolution (self) != NULL)
    update_members (self, plenary_window_get_resolution (self));
}

int
plenary_window_get_highlight (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), -1);

  return self->highlight;
}
