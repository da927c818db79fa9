/* plenary-window-list.c: the window's list of resolutions, its order and its filters
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dataset keeps its resolutions in the file's order; the list shows them
 * newest first through a sort model, then through one custom filter that
 * checks body, outcome, years, adoption without a vote, a member's "no" and
 * the search words, cheapest first. Filtering is not incremental: with the
 * whole record (8,325 resolutions) a refilter takes a few milliseconds, so
 * the list is complete as soon as a keystroke is handled, and tests see
 * exact counts without waiting. Each change tells the filter whether it made
 * the list stricter or looser, so that typing one more letter only looks at
 * the resolutions still shown. A country's name in the search is offered as
 * a suggestion (plenary-window-suggestions.c). A topic is one of the UN's
 * subject terms, offered most used first.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-analysis-choices.h"
#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-resolution-row.h"
#include "plenary-text.h"
#include "plenary-vote-vectors.h"
#include "plenary-window-private.h"

static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

/* Order: newest first, then by symbol, numbers as numbers */

/* Compares symbols as people read them: "A/RES/79/9" before "A/RES/79/10". */
static int
compare_symbols (const char *a,
                 const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          const char *start_a, *start_b;
          gsize length_a, length_b;
          int order;

          while (*a == '0')
            a++;
          while (*b == '0')
            b++;
          for (start_a = a; g_ascii_isdigit (*a); a++);
          for (start_b = b; g_ascii_isdigit (*b); b++);
          length_a = a - start_a;
          length_b = b - start_b;
          if (length_a != length_b)
            return length_a < length_b ? -1 : 1;
          order = memcmp (start_a, start_b, length_a);
          if (order != 0)
            return order;
          continue;
        }
      if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      a++;
      b++;
    }
  return (*a != '\0') - (*b != '\0');
}

static int
compare_resolutions (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  PlenaryResolution *first = (PlenaryResolution *) a;
  PlenaryResolution *second = (PlenaryResolution *) b;
  int order = g_date_compare (plenary_resolution_get_date (second), plenary_resolution_get_date (first));

  if (order != 0)
    return order < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  order = compare_symbols (plenary_resolution_get_symbol (first), plenary_resolution_get_symbol (second));
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Filtering */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PlenaryWindow *self = user_data;
  PlenaryResolution *resolution = item;
  int year;

  if (self->body_filter >= 0 &&
      (int) plenary_resolution_get_body (resolution) != self->body_filter)
    return FALSE;
  if (!self->show_without_vote && plenary_resolution_get_without_vote (resolution))
    return FALSE;
  if (self->outcome_filter >= 0 &&
      (int) plenary_shown_outcome (resolution) != self->outcome_filter)
    return FALSE;
  year = g_date_get_year (plenary_resolution_get_date (resolution));
  if (year < self->year_from || year > self->year_to)
    return FALSE;
  if (self->member_filter >= 0 &&
      plenary_resolution_get_recorded_vote (resolution, self->member_filter) != PLENARY_VOTE_NO)
    return FALSE;
  if (self->topic_filter != NULL &&
      !plenary_subjects_have_term (plenary_resolution_get_subjects (resolution), self->topic_filter))
    return FALSE;
  return plenary_resolution_matches (resolution, (const char * const *) self->search_words);
}

/* Whether every resolution that @narrow's words match, @wide's match too:
 * each of @wide's words is in one of @narrow's. */
static gboolean
words_within (char **narrow,
              char **wide)
{
  if (wide == NULL)
    return TRUE;
  if (narrow == NULL)
    return FALSE;
  for (guint i = 0; wide[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; !found && narrow[j] != NULL; j++)
        found = strstr (narrow[j], wide[i]) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* How one filter's change changes the list: a value that admits everything
 * (@any) becoming another is stricter, and the reverse looser. */
static GtkFilterChange
choice_change (int before,
               int after,
               int any)
{
  if (before == any)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (after == any)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
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
add_chip (PlenaryWindow *self,
          const char    *text,
          const char    *filter)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *icon = gtk_image_new_from_icon_name ("window-close-symbolic");
  /* Translators: the tooltip of an active filter's chip, such as "Vetoed". */
  g_autofree char *tooltip = g_strdup_printf (_("Remove the filter “%s”"), text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "filter-chip");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.remove-filter");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", filter);
  gtk_flow_box_append (self->chips_box, button);
}

/* The chips of the filters that are on, and how many resolutions show. */
static void
update_active_filters (PlenaryWindow *self)
{
  guint total = self->dataset != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->dataset)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean chips = FALSE;
  g_autofree char *shown_text = plenary_format_count (shown);
  g_autofree char *total_text = plenary_format_count (total);
  g_autofree char *count = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    gtk_flow_box_remove (self->chips_box, child);

  if (self->outcome_filter >= 0)
    {
      add_chip (self, plenary_outcome_get_label (self->outcome_filter), "outcome");
      chips = TRUE;
    }
  if (self->year_from != PLENARY_YEAR_OPEN_FROM || self->year_to != PLENARY_YEAR_OPEN_TO)
    {
      g_autofree char *years = NULL;

      if (self->year_to == PLENARY_YEAR_OPEN_TO)
        /* Translators: an active filter: resolutions of this year or later. */
        years = g_strdup_printf (_("From %d"), self->year_from);
      else if (self->year_from == PLENARY_YEAR_OPEN_FROM)
        /* Translators: an active filter: resolutions of this year or earlier. */
        years = g_strdup_printf (_("Until %d"), self->year_to);
      else if (self->year_from == self->year_to)
        years = g_strdup_printf ("%d", self->year_from);
      else
        /* Translators: an active filter: a range of years, "1990–2000". */
        years = g_strdup_printf (_("%d–%d"), self->year_from, self->year_to);
      add_chip (self, years, "years");
      chips = TRUE;
    }
  if (!self->show_without_vote)
    {
      /* Translators: an active filter: resolutions adopted without a vote are hidden. */
      add_chip (self, _("Recorded votes only"), "without-vote");
      chips = TRUE;
    }
  if (self->member_filter >= 0 && self->dataset != NULL)
    {
      PlenaryMember *member = plenary_dataset_get_member (self->dataset, self->member_filter);
      /* Translators: an active filter: the votes where this member voted no;
       * %s is a country, "Russian Federation voted no". */
      g_autofree char *text = g_strdup_printf (_("%s voted no"), plenary_member_get_localized_name (member));

      add_chip (self, text, "member");
      chips = TRUE;
    }
  if (self->topic_filter != NULL)
    {
      g_autofree char *text = plenary_describe_topic (self->topic_filter);

      add_chip (self, text, "topic");
      chips = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->chips_box), chips);
  gtk_widget_set_visible (self->active_filters_box,
                          chips || self->search_words != NULL || self->body_filter >= 0);
  /* Translators: how many resolutions the list shows, of how many in the
   * file: "312 of 8,325 resolutions". */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s resolution", "%s of %s resolutions", total),
                           shown_text, total_text);
  gtk_label_set_text (self->count_label, count);
}

static void
refilter (PlenaryWindow   *self,
          GtkFilterChange  change)
{
  guint before = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gint64 start = g_get_monotonic_time ();

  /* Not incremental: the filter model is complete when this returns. The
   * selection it changes does not take the reader to the vote. */
  self->refiltering = TRUE;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  self->refiltering = FALSE;
  /* GTK 4.8's list view, given thousands of rows back above the one it
   * keeps in view, leaves the first of them blank until it scrolls: send
   * it to the selected row, which lays them out again. */
  if (change != GTK_FILTER_CHANGE_MORE_STRICT &&
      gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                gtk_single_selection_get_selected (self->selection));
  g_debug ("Refiltered (%s): %u → %u of %u resolutions in %.2f ms",
           change == GTK_FILTER_CHANGE_MORE_STRICT ? "stricter"
           : change == GTK_FILTER_CHANGE_LESS_STRICT ? "looser" : "different",
           before, g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)),
           g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)),
           (g_get_monotonic_time () - start) / 1000.0);
  update_list_stack (self);
  update_active_filters (self);
}

/* The search and the toggles */

static void
search_changed_cb (PlenaryWindow *self)
{
  char **words = plenary_text_fold_words (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gboolean stricter = words_within (words, self->search_words);
  gboolean looser = words_within (self->search_words, words);

  g_strfreev (self->search_words);
  self->search_words = words;
  _plenary_window_update_suggestions (self);
  if (stricter && looser)
    {
      update_active_filters (self);
      return;
    }
  refilter (self, stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                  : looser ? GTK_FILTER_CHANGE_LESS_STRICT
                  : GTK_FILTER_CHANGE_DIFFERENT);
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
  int before = self->body_filter;

  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->general_assembly_button)
    self->body_filter = PLENARY_BODY_GENERAL_ASSEMBLY;
  else if (button == self->security_council_button)
    self->body_filter = PLENARY_BODY_SECURITY_COUNCIL;
  else
    self->body_filter = -1;
  if (before != self->body_filter)
    refilter (self, choice_change (before, self->body_filter, -1));
}

/* Puts the popover's widgets in line with the filters, without feedback. */
static void
sync_filter_widgets (PlenaryWindow *self)
{
  GtkToggleButton *outcome_buttons[] = {
    self->outcome_adopted_button, self->outcome_not_adopted_button, self->outcome_vetoed_button,
  };

  self->syncing_filters = TRUE;
  gtk_toggle_button_set_active (self->outcome_filter >= 0
                                ? outcome_buttons[self->outcome_filter]
                                : self->outcome_any_button, TRUE);
  gtk_spin_button_set_range (self->year_from_spin, self->first_year, self->last_year);
  gtk_spin_button_set_range (self->year_to_spin, self->first_year, self->last_year);
  gtk_spin_button_set_value (self->year_from_spin, CLAMP (self->year_from, self->first_year, self->last_year));
  gtk_spin_button_set_value (self->year_to_spin, CLAMP (self->year_to, self->first_year, self->last_year));
  gtk_switch_set_active (self->without_vote_switch, self->show_without_vote);
  plenary_topic_drop_down_set_topic (self->topic_drop_down, self->topic_filter);
  self->syncing_filters = FALSE;
}

static void
outcome_toggled_cb (PlenaryWindow   *self,
                    GtkToggleButton *button)
{
  int outcome;

  if (self->syncing_filters || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->outcome_adopted_button)
    outcome = PLENARY_OUTCOME_ADOPTED;
  else if (button == self->outcome_not_adopted_button)
    outcome = PLENARY_OUTCOME_NOT_ADOPTED;
  else if (button == self->outcome_vetoed_button)
    outcome = PLENARY_OUTCOME_VETOED;
  else
    outcome = -1;
  plenary_window_set_outcome_filter (self, outcome);
}

static void
years_changed_cb (PlenaryWindow *self,
                  GtkSpinButton *spin)
{
  int from, to;

  if (self->syncing_filters)
    return;

  from = gtk_spin_button_get_value_as_int (self->year_from_spin);
  to = gtk_spin_button_get_value_as_int (self->year_to_spin);
  /* The other end follows the one moved past it. */
  if (from > to)
    {
      if (spin == self->year_from_spin)
        to = from;
      else
        from = to;
    }
  plenary_window_set_year_range (self,
                                 from <= self->first_year ? PLENARY_YEAR_OPEN_FROM : from,
                                 to >= self->last_year ? PLENARY_YEAR_OPEN_TO : to);
}

static void
topic_changed_cb (PlenaryWindow *self)
{
  if (!self->syncing_filters)
    plenary_window_set_topic_filter (self, plenary_topic_drop_down_get_topic (self->topic_drop_down));
}

static void
without_vote_toggled_cb (PlenaryWindow *self)
{
  if (!self->syncing_filters)
    plenary_window_set_show_without_vote (self, gtk_switch_get_active (self->without_vote_switch));
}

/* Actions */

static void
clear_filters_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  plenary_window_clear_filters (PLENARY_WINDOW (widget));
}

static void
show_filters_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  /* A folded window shows the list first: the filters are above it. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_menu_button_popup (self->filter_button);
}

static void
remove_filter_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);
  const char *filter = g_variant_get_string (parameter, NULL);

  if (g_str_equal (filter, "outcome"))
    plenary_window_set_outcome_filter (self, -1);
  else if (g_str_equal (filter, "years"))
    plenary_window_set_year_range (self, PLENARY_YEAR_OPEN_FROM, PLENARY_YEAR_OPEN_TO);
  else if (g_str_equal (filter, "without-vote"))
    plenary_window_set_show_without_vote (self, TRUE);
  else if (g_str_equal (filter, "member"))
    plenary_window_set_member_filter (self, NULL);
  else if (g_str_equal (filter, "topic"))
    plenary_window_set_topic_filter (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_votes_against_action_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  plenary_window_set_member_filter (self, g_variant_get_string (parameter, NULL));
  /* The words named the country, not the resolutions. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
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

static gboolean
show_resolution_idle_cb (gpointer user_data)
{
  PlenaryWindow *self = user_data;

  self->show_source = 0;
  _plenary_window_show_resolution (self);
  return G_SOURCE_REMOVE;
}

/* A refilter that takes the selected resolution away selects another; the
 * page follows once the list has been redrawn, so that a keystroke costs a
 * refilter, not the making of a resolution's pictures, and several changes
 * in a row make the page once. */
static void
selection_changed_cb (PlenaryWindow *self)
{
  if (!self->refiltering)
    self->reveal_vote = TRUE;
  if (self->show_source == 0)
    self->show_source = g_idle_add (show_resolution_idle_cb, self);
}

/* A click on the selected row, from a country's page, returns to its vote. */
static void
list_pressed_cb (PlenaryWindow *self)
{
  self->reveal_vote = TRUE;
  if (self->show_source == 0)
    self->show_source = g_idle_add (show_resolution_idle_cb, self);
}

/* Whether the list's point (@x, @y) is on a row. */
static gboolean
is_on_row (PlenaryWindow *self,
           double         x,
           double         y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != GTK_WIDGET (self->list_view); widget = gtk_widget_get_parent (widget))
    if (PLENARY_IS_RESOLUTION_ROW (widget))
      return TRUE;
  return FALSE;
}

/* In a folded window a click or a tap on a row opens it: the row is
 * selected when pressed, and the page slides in when it is released. A
 * drag that scrolls the list releases nothing. Rows do not activate on a
 * single click, which would also select them on hover. */
static void
list_released_cb (PlenaryWindow *self,
                  int            n_press,
                  double         x,
                  double         y)
{
  if (!adw_leaflet_get_folded (self->leaflet) || !is_on_row (self, x, y))
    return;
  self->reveal_vote = TRUE;
  _plenary_window_show_resolution (self);
  if (plenary_window_get_resolution (self) != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* The list is one stop for Tab: arrows move within it, and Tab and
 * Shift+Tab leave it, to the page or to the filters. */
static gboolean
list_key_pressed_cb (PlenaryWindow   *self,
                     guint            keyval,
                     guint            keycode,
                     GdkModifierType  state)
{
  GtkDirectionType direction;
  gboolean moved;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (keyval == GDK_KEY_ISO_Left_Tab || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) &&
                                         (state & GDK_SHIFT_MASK)))
    direction = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else
    return FALSE;

  /* The window moves the focus on as if the list could not hold it. */
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (self), direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), TRUE);
  return moved;
}

static void
list_activate_cb (PlenaryWindow *self,
                  guint          position)
{
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    gtk_single_selection_set_selected (self->selection, position);
  self->reveal_vote = TRUE;
  _plenary_window_show_resolution (self);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

void
_plenary_window_list_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, active_filters_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, all_bodies_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, chips_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, general_assembly_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, outcome_adopted_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, outcome_any_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, outcome_not_adopted_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, outcome_vetoed_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, security_council_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, topic_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, without_vote_switch);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, year_from_spin);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, year_to_spin);
  gtk_widget_class_bind_template_callback (widget_class, body_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, outcome_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, without_vote_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, years_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-filters", NULL, show_filters_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-filters", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.clear-filters", NULL);
  gtk_widget_class_install_action (widget_class, "win.remove-filter", "s", remove_filter_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-votes-against", "s", show_votes_against_action_cb);
}

void
_plenary_window_list_init (PlenaryWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *key;

  self->body_filter = -1;
  self->outcome_filter = -1;
  self->member_filter = -1;
  self->year_from = PLENARY_YEAR_OPEN_FROM;
  self->year_to = PLENARY_YEAR_OPEN_TO;
  self->show_without_vote = TRUE;
  self->first_year = 1946;
  self->last_year = this_year ();
  self->suggestions = g_list_store_new (PLENARY_TYPE_MEMBER);

  self->sort_model = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_resolutions, NULL, NULL)));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sort_model)),
                                                  GTK_FILTER (g_object_ref (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model)));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (list_pressed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (click, "released", G_CALLBACK (list_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (list_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), key);

  g_object_set (self->search_entry, "placeholder-text", _("Search resolutions"), NULL);
  self->syncing_filters = TRUE;
  plenary_topic_drop_down_fill (self->topic_drop_down, NULL);
  self->syncing_filters = FALSE;
  sync_filter_widgets (self);
}

void
_plenary_window_list_dispose (PlenaryWindow *self)
{
  g_clear_handle_id (&self->show_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->suggestions);
  g_clear_pointer (&self->folded_names, g_ptr_array_unref);
  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_pointer (&self->topic_filter, g_free);
}

/* A new dataset: its years bound the range, and the filters of the last
 * one but words and body go. */
void
_plenary_window_list_set_dataset (PlenaryWindow *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->dataset));
  gint64 start = g_get_monotonic_time ();

  self->first_year = G_MAXINT;
  self->last_year = 0;
  for (guint i = 0; i < n_items; i++)
    {
      int year = g_date_get_year (plenary_resolution_get_date (plenary_dataset_get_resolution (self->dataset, i)));

      self->first_year = MIN (self->first_year, year);
      self->last_year = MAX (self->last_year, year);
    }
  if (n_items == 0)
    self->first_year = self->last_year = this_year ();

  self->outcome_filter = -1;
  self->member_filter = -1;
  self->year_from = PLENARY_YEAR_OPEN_FROM;
  self->year_to = PLENARY_YEAR_OPEN_TO;
  self->show_without_vote = TRUE;
  g_clear_pointer (&self->topic_filter, g_free);
  self->syncing_filters = TRUE;
  plenary_topic_drop_down_fill (self->topic_drop_down, self->dataset);
  self->syncing_filters = FALSE;
  sync_filter_widgets (self);
  _plenary_window_fold_member_names (self);
  g_debug ("Read the years and folded %u members' names in %.2f ms",
           plenary_dataset_get_n_members (self->dataset), (g_get_monotonic_time () - start) / 1000.0);

  /* Sort with the filter detached, then give the filter the sorted list
   * whole: one change for the list view instead of the sort's. */
  start = g_get_monotonic_time ();
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->dataset));
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->sort_model));
  g_debug ("Sorted and filtered %u resolutions in %.2f ms", n_items,
           (g_get_monotonic_time () - start) / 1000.0);
  _plenary_window_update_suggestions (self);
  update_list_stack (self);
  update_active_filters (self);
}

/* Public API */

/* The resolutions the list shows, after sorting and filtering. */
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
  _plenary_window_show_resolution (self);
}

void
plenary_window_set_search_text (PlenaryWindow *self,
                                const char    *text)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  /* Setting the text may say it changed twice (emptied, then filled), and
   * the entry waits before it says so; callers want one refilter, now. */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  search_changed_cb (self);
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

/* Shows only resolutions whose outcome is @outcome (a PlenaryOutcome; one
 * adopted without a vote counts as adopted), or all with -1. */
void
plenary_window_set_outcome_filter (PlenaryWindow *self,
                                   int            outcome)
{
  int before;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  before = self->outcome_filter;
  self->outcome_filter = outcome >= PLENARY_OUTCOME_ADOPTED && outcome <= PLENARY_OUTCOME_VETOED ? outcome : -1;
  sync_filter_widgets (self);
  if (before != self->outcome_filter)
    refilter (self, choice_change (before, self->outcome_filter, -1));
}

/* Shows only resolutions voted from the year @from to the year @to, both
 * included; PLENARY_YEAR_OPEN_FROM (0) and PLENARY_YEAR_OPEN_TO (G_MAXINT)
 * leave that side open. */
void
plenary_window_set_year_range (PlenaryWindow *self,
                               int            from,
                               int            to)
{
  gboolean stricter, looser;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  from = MAX (from, PLENARY_YEAR_OPEN_FROM);
  to = MAX (to, from);
  stricter = from >= self->year_from && to <= self->year_to;
  looser = from <= self->year_from && to >= self->year_to;
  self->year_from = from;
  self->year_to = to;
  sync_filter_widgets (self);
  if (!(stricter && looser))
    refilter (self, stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                    : looser ? GTK_FILTER_CHANGE_LESS_STRICT
                    : GTK_FILTER_CHANGE_DIFFERENT);
}

/* Whether resolutions adopted without a vote are listed. */
void
plenary_window_set_show_without_vote (PlenaryWindow *self,
                                      gboolean       show)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  show = !!show;
  if (show == self->show_without_vote)
    return;
  self->show_without_vote = show;
  sync_filter_widgets (self);
  refilter (self, show ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

/* Shows only the votes where the member with @code voted no; NULL (or an
 * unknown code) shows every vote again. */
void
plenary_window_set_member_filter (PlenaryWindow *self,
                                  const char    *code)
{
  int before;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  before = self->member_filter;
  self->member_filter = self->dataset != NULL && code != NULL
                        ? plenary_dataset_lookup_member (self->dataset, code)
                        : -1;
  if (before != self->member_filter)
    refilter (self, choice_change (before, self->member_filter, -1));
  _plenary_window_update_suggestions (self);
}

/* Shows only the votes filed under the UN subject term @topic ("HUMAN
 * RIGHTS", or a whole term such as "DISARMAMENT--NUCLEAR WEAPONS"); NULL
 * shows every vote again. */
void
plenary_window_set_topic_filter (PlenaryWindow *self,
                                 const char    *topic)
{
  g_autofree char *before = NULL;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  if (topic != NULL && *topic == '\0')
    topic = NULL;
  if (g_strcmp0 (topic, self->topic_filter) == 0)
    return;
  before = g_steal_pointer (&self->topic_filter);
  self->topic_filter = g_strdup (topic);
  sync_filter_widgets (self);
  refilter (self, before == NULL ? GTK_FILTER_CHANGE_MORE_STRICT
                  : topic == NULL ? GTK_FILTER_CHANGE_LESS_STRICT
                  : GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
plenary_window_get_topic_filter (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->topic_filter;
}

/* Clears the words and every filter: the whole dataset shows. */
void
plenary_window_clear_filters (PlenaryWindow *self)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  self->outcome_filter = -1;
  self->member_filter = -1;
  self->year_from = PLENARY_YEAR_OPEN_FROM;
  self->year_to = PLENARY_YEAR_OPEN_TO;
  self->show_without_vote = TRUE;
  self->body_filter = -1;
  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_pointer (&self->topic_filter, g_free);
  sync_filter_widgets (self);

  /* Neither the toggles nor the entry may refilter on their own. */
  g_signal_handlers_block_by_func (self->all_bodies_button, body_filter_toggled_cb, self);
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_toggle_button_set_active (self->all_bodies_button, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->all_bodies_button, body_filter_toggled_cb, self);

  _plenary_window_update_suggestions (self);
  refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
}

/* The members the search words name, as offered above the list. */
GListModel *
plenary_window_get_suggestions (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->suggestions);
}
