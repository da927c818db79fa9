/* plenary-data-window.c: About This Data: where a dataset comes from, what it holds, what was odd
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dataset's provenance belongs next to its votes: its title, its source
 * (which carries the UN's credit when the data is the UN's), its file, its
 * dates, how many resolutions each body voted, and every warning the reader
 * raised. The whole record can raise tens of thousands of warnings, so they
 * are a list view over the dataset's own array, which makes a row object
 * only for the rows on screen: the window opens as fast with 45,000
 * warnings as with one.
 */

#define G_LOG_DOMAIN "plenary-data-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-data-window.h"
#include "plenary-describer.h"
#include "plenary-date.h"
#include "plenary-format.h"
#include "plenary-ui-resources.h"

/* The warnings as a list model, without copying them */

#define PLENARY_TYPE_WARNING_LIST (plenary_warning_list_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryWarningList, plenary_warning_list, PLENARY, WARNING_LIST, GObject)

struct _PlenaryWarningList
{
  GObject    parent_instance;

  GPtrArray *warnings;
};

static GType
plenary_warning_list_get_item_type (GListModel *model)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
plenary_warning_list_get_n_items (GListModel *model)
{
  PlenaryWarningList *self = PLENARY_WARNING_LIST (model);

  return self->warnings != NULL ? self->warnings->len : 0;
}

static gpointer
plenary_warning_list_get_item (GListModel *model,
                               guint       position)
{
  PlenaryWarningList *self = PLENARY_WARNING_LIST (model);

  if (self->warnings == NULL || position >= self->warnings->len)
    return NULL;
  return gtk_string_object_new (g_ptr_array_index (self->warnings, position));
}

static void
plenary_warning_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = plenary_warning_list_get_item_type;
  iface->get_n_items = plenary_warning_list_get_n_items;
  iface->get_item = plenary_warning_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (PlenaryWarningList, plenary_warning_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, plenary_warning_list_model_init))

static void
plenary_warning_list_finalize (GObject *object)
{
  PlenaryWarningList *self = PLENARY_WARNING_LIST (object);

  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (plenary_warning_list_parent_class)->finalize (object);
}

static void
plenary_warning_list_class_init (PlenaryWarningListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plenary_warning_list_finalize;
}

static void
plenary_warning_list_init (PlenaryWarningList *self)
{
}

static void
plenary_warning_list_set_warnings (PlenaryWarningList *self,
                                   GPtrArray          *warnings)
{
  guint removed = plenary_warning_list_get_n_items (G_LIST_MODEL (self));

  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  self->warnings = warnings != NULL ? g_ptr_array_ref (warnings) : NULL;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed,
                              plenary_warning_list_get_n_items (G_LIST_MODEL (self)));
}

/* The window */

struct _PlenaryDataWindow
{
  AdwWindow           parent_instance;

  PlenaryDataset     *dataset;
  PlenaryWarningList *warnings;

  AdwActionRow       *dates_row;
  AdwActionRow       *file_row;
  GtkLabel           *ga_count_label;
  GtkLabel           *sc_count_label;
  AdwActionRow       *source_row;
  AdwActionRow       *title_row;
  GtkLabel           *total_count_label;
  GtkLabel           *warnings_count_label;
  AdwActionRow       *warnings_row;
  GtkStack           *warnings_stack;
  GtkListView        *warnings_view;
  AdwViewStack       *view_stack;
};

G_DEFINE_FINAL_TYPE (PlenaryDataWindow, plenary_data_window, ADW_TYPE_WINDOW)

static void
setup_warning_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "warning-text");
  gtk_list_item_set_child (item, label);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_warning_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
warnings_row_activated_cb (PlenaryDataWindow *self)
{
  plenary_data_window_set_page (self, PLENARY_DATA_PAGE_WARNINGS);
}

static void
copy_warnings_cb (PlenaryDataWindow *self)
{
  GPtrArray *warnings = self->dataset != NULL ? plenary_dataset_get_warnings (self->dataset) : NULL;
  GString *text = g_string_new (NULL);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      g_string_append (text, g_ptr_array_index (warnings, i));
      g_string_append_c (text, '\n');
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text->str);
  g_string_free (text, TRUE);
}

static void
set_row_text (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : C_("data", "Not given"));
}

static void
update (PlenaryDataWindow *self)
{
  PlenaryDataset *dataset = self->dataset;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (dataset));
  guint per_body[2] = { 0, 0 };
  const GDate *first = NULL;
  const GDate *last = NULL;
  GFile *file = plenary_dataset_get_file (dataset);
  g_autofree char *file_text = file != NULL ? g_file_get_parse_name (file) : NULL;
  g_autofree char *dates = NULL;
  g_autofree char *ga = NULL;
  g_autofree char *sc = NULL;
  g_autofree char *total = NULL;
  g_autofree char *n_warnings_text = NULL;
  g_autofree char *warnings_text = NULL;
  guint n_warnings;

  for (guint i = 0; i < n_items; i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);
      const GDate *date = plenary_resolution_get_date (resolution);

      per_body[plenary_resolution_get_body (resolution) == PLENARY_BODY_SECURITY_COUNCIL]++;
      if (first == NULL || g_date_compare (date, first) < 0)
        first = date;
      if (last == NULL || g_date_compare (date, last) > 0)
        last = date;
    }

  set_row_text (self->title_row, plenary_dataset_get_title (dataset));
  {
    g_autofree char *credit = plenary_describe_credit (plenary_dataset_get_source (dataset));

    set_row_text (self->source_row, credit);
  }
  set_row_text (self->file_row, file_text != NULL ? file_text : plenary_dataset_get_display_name (dataset));
  if (first != NULL)
    {
      g_autofree char *from = plenary_date_format_long (first);
      g_autofree char *to = plenary_date_format_long (last);

      /* Translators: the dates a dataset covers, "9 February 1946 – 31 October 2025". */
      dates = g_date_compare (first, last) == 0 ? g_strdup (from) : g_strdup_printf (_("%s – %s"), from, to);
    }
  set_row_text (self->dates_row, dates);

  ga = plenary_format_count (per_body[0]);
  sc = plenary_format_count (per_body[1]);
  total = plenary_format_count (n_items);
  gtk_label_set_text (self->ga_count_label, ga);
  gtk_label_set_text (self->sc_count_label, sc);
  gtk_label_set_text (self->total_count_label, total);

  plenary_warning_list_set_warnings (self->warnings, plenary_dataset_get_warnings (dataset));
  n_warnings = g_list_model_get_n_items (G_LIST_MODEL (self->warnings));
  n_warnings_text = plenary_format_count (n_warnings);
  if (n_warnings == 0)
    warnings_text = g_strdup (_("None: the file was read without a warning"));
  else
    /* Translators: how many warnings the reader raised: "16 warnings". */
    warnings_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s warning", "%s warnings", n_warnings),
                                     n_warnings_text);
  adw_action_row_set_subtitle (self->warnings_row, warnings_text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->warnings_row), n_warnings > 0);
  gtk_label_set_text (self->warnings_count_label, warnings_text);
  gtk_stack_set_visible_child_name (self->warnings_stack, n_warnings > 0 ? "list" : "none");
  adw_view_stack_page_set_badge_number (adw_view_stack_get_page (self->view_stack,
                                                                 GTK_WIDGET (self->warnings_stack)),
                                        n_warnings);
}

static void
plenary_data_window_dispose (GObject *object)
{
  PlenaryDataWindow *self = PLENARY_DATA_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_DATA_WINDOW);
  g_clear_object (&self->dataset);
  g_clear_object (&self->warnings);

  G_OBJECT_CLASS (plenary_data_window_parent_class)->dispose (object);
}

static void
plenary_data_window_class_init (PlenaryDataWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_data_window_dispose;

  plenary_ui_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-data-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, dates_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, file_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, ga_count_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, sc_count_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, source_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, total_count_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, warnings_count_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, warnings_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, warnings_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryDataWindow, warnings_view);
  gtk_widget_class_bind_template_callback (widget_class, copy_warnings_cb);
  gtk_widget_class_bind_template_callback (widget_class, warnings_row_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
plenary_data_window_init (PlenaryDataWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->warnings = g_object_new (PLENARY_TYPE_WARNING_LIST, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_warning_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_warning_cb), NULL);
  gtk_list_view_set_factory (self->warnings_view, factory);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->warnings)));
  gtk_list_view_set_model (self->warnings_view, GTK_SELECTION_MODEL (selection));
}

PlenaryDataWindow *
plenary_data_window_new (GtkWindow *parent)
{
  return g_object_new (PLENARY_TYPE_DATA_WINDOW, "transient-for", parent, NULL);
}

PlenaryDataset *
plenary_data_window_get_dataset (PlenaryDataWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_DATA_WINDOW (self), NULL);

  return self->dataset;
}

/* Shows @dataset; called again after Save As, when its file changed. */
void
plenary_data_window_set_dataset (PlenaryDataWindow *self,
                                 PlenaryDataset    *dataset)
{
  g_return_if_fail (PLENARY_IS_DATA_WINDOW (self));
  g_return_if_fail (PLENARY_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  update (self);
}

PlenaryDataPage
plenary_data_window_get_page (PlenaryDataWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_DATA_WINDOW (self), PLENARY_DATA_PAGE_SUMMARY);

  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "warnings") == 0
         ? PLENARY_DATA_PAGE_WARNINGS
         : PLENARY_DATA_PAGE_SUMMARY;
}

void
plenary_data_window_set_page (PlenaryDataWindow *self,
                              PlenaryDataPage    page)
{
  g_return_if_fail (PLENARY_IS_DATA_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack,
                                         page == PLENARY_DATA_PAGE_WARNINGS ? "warnings" : "summary");
}

/* The warnings the list shows, one GtkStringObject each. */
GListModel *
plenary_data_window_get_warnings (PlenaryDataWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_DATA_WINDOW (self), NULL);

  return G_LIST_MODEL (self->warnings);
}
