/* plenary-resolution-picker.c: a popover to pick another resolution, the nearest first
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Compare With…" asks for a second vote. The one people mean is almost
 * always close to the first: the other draft of the same morning, last
 * year's text on the same question. So the candidates are every other roll
 * call of the dataset, the closest in time first (the same body first on
 * the same day), and the search narrows them with the same words as the
 * list. The rows are the list's own rows, so a vote looks the same here.
 */

#define G_LOG_DOMAIN "plenary-resolution-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-resolution-picker.h"
#include "plenary-resolution-row.h"
#include "plenary-text.h"

struct _PlenaryResolutionPicker
{
  GtkPopover          parent_instance;

  PlenaryDataset     *dataset;
  PlenaryResolution  *reference;
  char              **words;
  gboolean            stale;

  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GtkSortListModel   *sort_model;
  GtkCustomSorter    *sorter;
  GtkSearchEntry     *entry;
  GtkListView        *view;
  GtkStack           *stack;
};

G_DEFINE_FINAL_TYPE (PlenaryResolutionPicker, plenary_resolution_picker, GTK_TYPE_POPOVER)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlenaryResolutionPicker *self = user_data;
  PlenaryResolution *resolution = item;

  if (resolution == self->reference || plenary_resolution_get_without_vote (resolution))
    return FALSE;
  return plenary_resolution_matches (resolution, (const char * const *) self->words);
}

static int
compare_func (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  PlenaryResolutionPicker *self = user_data;
  PlenaryResolution *first = (PlenaryResolution *) a;
  PlenaryResolution *second = (PlenaryResolution *) b;
  gint64 day, first_distance, second_distance;
  gboolean first_same, second_same;
  int order;

  if (self->reference == NULL)
    return GTK_ORDERING_EQUAL;

  day = g_date_get_julian (plenary_resolution_get_date (self->reference));
  first_distance = ABS ((gint64) g_date_get_julian (plenary_resolution_get_date (first)) - day);
  second_distance = ABS ((gint64) g_date_get_julian (plenary_resolution_get_date (second)) - day);
  if (first_distance != second_distance)
    return first_distance < second_distance ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  first_same = plenary_resolution_get_body (first) == plenary_resolution_get_body (self->reference);
  second_same = plenary_resolution_get_body (second) == plenary_resolution_get_body (self->reference);
  if (first_same != second_same)
    return first_same ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  order = g_utf8_collate (plenary_resolution_get_symbol (first), plenary_resolution_get_symbol (second));
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
update_stack (PlenaryResolutionPicker *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0
                                    ? "list" : "none");
}

/* The list view keeps the row it showed first in view as the rows move:
 * after a new order, the nearest vote is what it must show. */
static void
scroll_to_top (PlenaryResolutionPicker *self)
{
  GtkWidget *scroller = gtk_widget_get_parent (GTK_WIDGET (self->view));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->view), "list.scroll-to-item", "u", 0);
  if (GTK_IS_SCROLLED_WINDOW (scroller))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
}

/* The candidates are sorted when the popover shows, not each time the page
 * shows another vote. */
static void
refresh (PlenaryResolutionPicker *self)
{
  if (!self->stale)
    return;
  self->stale = FALSE;
  /* The dataset is given to the filter only now, when the picker is first
   * shown: filtering the whole record is not worth doing at every load. */
  if (gtk_filter_list_model_get_model (self->filter_model) != G_LIST_MODEL (self->dataset))
    gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->dataset));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_stack (self);
  scroll_to_top (self);
}

static void
search_changed_cb (PlenaryResolutionPicker *self)
{
  g_strfreev (self->words);
  self->words = plenary_text_fold_words (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
  scroll_to_top (self);
}

/* Enter in the search picks the first candidate. */
static void
search_activate_cb (PlenaryResolutionPicker *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    plenary_resolution_picker_pick (self, 0);
}

static void
list_activate_cb (PlenaryResolutionPicker *self,
                  guint                    position)
{
  plenary_resolution_picker_pick (self, position);
}

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
  plenary_resolution_row_set_resolution (PLENARY_RESOLUTION_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
plenary_resolution_picker_show (GtkWidget *widget)
{
  PlenaryResolutionPicker *self = PLENARY_RESOLUTION_PICKER (widget);

  refresh (self);
  GTK_WIDGET_CLASS (plenary_resolution_picker_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
plenary_resolution_picker_dispose (GObject *object)
{
  PlenaryResolutionPicker *self = PLENARY_RESOLUTION_PICKER (object);

  if (self->view != NULL)
    gtk_list_view_set_model (self->view, NULL);
  self->view = NULL;
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->dataset);
  g_clear_object (&self->reference);
  g_clear_pointer (&self->words, g_strfreev);

  G_OBJECT_CLASS (plenary_resolution_picker_parent_class)->dispose (object);
}

static void
plenary_resolution_picker_class_init (PlenaryResolutionPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_resolution_picker_dispose;
  widget_class->show = plenary_resolution_picker_show;

  /**
   * PlenaryResolutionPicker::picked:
   * @resolution: the resolution picked
   */
  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_RESOLUTION);
}

static GtkWidget *
empty_label_new (void)
{
  GtkWidget *label = gtk_label_new (_("No other vote matches"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 24);
  gtk_widget_set_margin_bottom (label, 24);
  return label;
}

static void
plenary_resolution_picker_init (PlenaryResolutionPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkSingleSelection *selection;

  self->stale = TRUE;
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              GTK_SORTER (g_object_ref (self->sorter)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  self->view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Votes to compare with"), -1);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (list_activate_cb), self, G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_widget_set_size_request (scroller, 340, 380);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, empty_label_new (), "none");

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Search votes to compare with"), NULL);
  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (search_activate_cb), self, G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  gtk_popover_set_child (GTK_POPOVER (self), box);
}

GtkWidget *
plenary_resolution_picker_new (void)
{
  return g_object_new (PLENARY_TYPE_RESOLUTION_PICKER, NULL);
}

void
plenary_resolution_picker_set_dataset (PlenaryResolutionPicker *self,
                                       PlenaryDataset          *dataset)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PICKER (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  g_clear_object (&self->reference);
  self->stale = TRUE;
  gtk_filter_list_model_set_model (self->filter_model, NULL);
}

/* The resolution the others are compared with, left out of them. */
void
plenary_resolution_picker_set_reference (PlenaryResolutionPicker *self,
                                         PlenaryResolution       *reference)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PICKER (self));

  if (!g_set_object (&self->reference, reference))
    return;
  self->stale = TRUE;
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    refresh (self);
}

/* The resolutions offered, in their order. */
GListModel *
plenary_resolution_picker_get_candidates (PlenaryResolutionPicker *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PICKER (self), NULL);

  refresh (self);
  return G_LIST_MODEL (self->sort_model);
}

void
plenary_resolution_picker_set_search_text (PlenaryResolutionPicker *self,
                                           const char              *text)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PICKER (self));

  refresh (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  search_changed_cb (self);
}

/* Picks the candidate at @position: the popover closes and says which. */
void
plenary_resolution_picker_pick (PlenaryResolutionPicker *self,
                                guint                    position)
{
  g_autoptr(PlenaryResolution) resolution = NULL;

  g_return_if_fail (PLENARY_IS_RESOLUTION_PICKER (self));

  refresh (self);
  resolution = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  if (resolution == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, resolution);
}
