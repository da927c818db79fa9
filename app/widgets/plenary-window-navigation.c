/* plenary-window-navigation.c: the window's pages, the way back, and the members picked
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content shows a vote, a country, the voting space or two votes
 * compared, and the reader must never lose the thread from one to the
 * other: clicking a member anywhere opens its country page, clicking a vote
 * on a country page opens the vote, and Back (Alt+Left) returns to where the
 * reader was, with the focus where it was. Each page left is kept as a
 * place in a short history.
 *
 * A click on a member also makes it the one member picked; Ctrl+click adds
 * a member to the picked members or takes it out, without leaving the
 * page. Every picture of the vote, the comparison and the voting space
 * emphasises the picked members, and so do the exports, which draw the
 * same picture objects.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-date.h"
#include "plenary-window-private.h"

/* Back goes this many places back at most. */
#define MAX_HISTORY 50

typedef struct
{
  PlenaryView        view;
  int                member;
  PlenaryResolution *first;   /* the vote shown, or the two compared */
  PlenaryResolution *second;
  GWeakRef           focus;
} PlenaryPlace;

static const char * const view_pages[] = { "resolution", "country", "space", "compare" };

/* Places live on the heap: a GWeakRef must not move once set. */
static void
free_place (gpointer data)
{
  PlenaryPlace *place = data;

  g_clear_object (&place->first);
  g_clear_object (&place->second);
  g_weak_ref_clear (&place->focus);
  g_free (place);
}

/* The content stack's page for the view shown. */
const char *
_plenary_window_get_view_page (PlenaryWindow *self)
{
  return view_pages[self->view];
}

/* Whether the leaflet shows the list alone. */
static gboolean
list_shown_alone (PlenaryWindow *self)
{
  return adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) != self->content;
}

/* Back returns to the page before; with none, a folded window returns to
 * the list. The leaflet's own gestures and Alt+Left take the reader to the
 * list only when there is no page to return to first. */
static void
update_back_buttons (PlenaryWindow *self)
{
  gboolean has_history = self->history->len > 0;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->nav_back_button, has_history);
  gtk_widget_set_visible (self->list_back_button, folded && !has_history);
  adw_leaflet_set_can_navigate_back (self->leaflet, !has_history);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back",
                                 has_history || (folded && !list_shown_alone (self)));
}

/* A narrow window keeps in its header what fits (the menu holds Export and
 * Copy too), gives its pages narrower margins and puts a country's choices
 * in a popover. It is narrow when the leaflet is folded, which depends only
 * on the widths the sidebar and the content request, not on these changes:
 * no page asks for more than the content's 340 pixels either way. F10
 * opens the menu of the page shown. */
static void
update_headers (PlenaryWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean list_alone = list_shown_alone (self);

  gtk_widget_set_visible (self->export_button, !folded);
  gtk_widget_set_visible (self->copy_button, !folded);
  if (folded)
    gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
  plenary_country_page_set_compact (self->country_page, folded);
  gtk_menu_button_set_primary (self->content_menu_button, !list_alone);
  gtk_menu_button_set_primary (self->list_menu_button, list_alone);
}

/* The header's title and subtitle, for the view shown. */
void
_plenary_window_update_title (PlenaryWindow *self)
{
  PlenaryResolution *resolution = plenary_window_get_resolution (self);
  g_autofree char *subtitle = NULL;
  const char *title = "";

  switch (self->dataset != NULL ? self->view : PLENARY_VIEW_VOTE)
    {
    case PLENARY_VIEW_COUNTRY:
      title = plenary_member_get_localized_name (plenary_dataset_get_member (self->dataset,
                                                                             (guint) self->view_member));
      /* Translators: the subtitle of a country's page. */
      subtitle = g_strdup (_("Voting record and agreement"));
      break;
    case PLENARY_VIEW_SPACE:
      title = _("Voting Space");
      /* Translators: the subtitle of the voting space. */
      subtitle = g_strdup (_("Members placed by how alike they vote"));
      break;
    case PLENARY_VIEW_COMPARE:
      {
        PlenaryComparison *comparison = plenary_compare_page_get_comparison (self->compare_page);

        title = _("Two Votes Compared");
        if (comparison != NULL)
          /* Translators: the subtitle of two votes compared: the first symbol, the second. */
          subtitle = g_strdup_printf (_("%s → %s"),
                                      plenary_resolution_get_symbol (plenary_comparison_get_first (comparison)),
                                      plenary_resolution_get_symbol (plenary_comparison_get_second (comparison)));
        break;
      }
    case PLENARY_VIEW_VOTE:
    default:
      if (resolution != NULL)
        {
          title = plenary_resolution_get_symbol (resolution);
          subtitle = plenary_date_format_long (plenary_resolution_get_date (resolution));
        }
      break;
    }
  adw_window_title_set_title (self->resolution_title, title);
  adw_window_title_set_subtitle (self->resolution_title, subtitle != NULL ? subtitle : "");

  if (title != NULL && *title != '\0')
    {
      /* Translators: the window's title: what it shows, then the application's
       * name, "A/RES/ES-11/7 – Plenary" or "France – Plenary". */
      g_autofree char *window_title = g_strdup_printf (_("%s – Plenary"), title);

      gtk_window_set_title (GTK_WINDOW (self), window_title);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Plenary"));
}

/* Puts the pages in line with the view, and shows it. */
static void
apply_view (PlenaryWindow *self)
{
  if (self->view == PLENARY_VIEW_COUNTRY)
    plenary_country_page_set_member (self->country_page, self->view_member);
  else if (self->view == PLENARY_VIEW_SPACE && plenary_space_page_get_picture (self->space_page) == NULL)
    plenary_space_page_set_year (self->space_page, plenary_space_page_get_year (self->space_page));
  _plenary_window_update_content (self);
  _plenary_window_update_title (self);
  _plenary_window_update_actions (self);
  update_back_buttons (self);
  /* A narrow window shows the page, not the list. */
  if (adw_leaflet_get_folded (self->leaflet) && self->view != PLENARY_VIEW_VOTE)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
save_place (PlenaryWindow *self)
{
  PlenaryPlace *place = g_new0 (PlenaryPlace, 1);

  place->view = self->view;
  place->member = self->view_member;
  if (self->view == PLENARY_VIEW_VOTE && plenary_window_get_resolution (self) != NULL)
    place->first = g_object_ref (plenary_window_get_resolution (self));
  else if (self->view == PLENARY_VIEW_COMPARE && plenary_compare_page_get_comparison (self->compare_page) != NULL)
    {
      PlenaryComparison *comparison = plenary_compare_page_get_comparison (self->compare_page);

      place->first = g_object_ref (plenary_comparison_get_first (comparison));
      place->second = g_object_ref (plenary_comparison_get_second (comparison));
    }
  g_weak_ref_init (&place->focus, gtk_window_get_focus (GTK_WINDOW (self)));
  if (self->history->len >= MAX_HISTORY)
    g_ptr_array_remove_index (self->history, 0);
  g_ptr_array_add (self->history, place);
}

/* The focus was on the page left (@focus, before it was hidden): it goes
 * to Back, the way to return, rather than to whatever GTK finds first on
 * the new page. */
static void
move_focus (PlenaryWindow *self,
            GtkWidget     *page_left,
            GtkWidget     *focus)
{
  GtkWidget *now = gtk_window_get_focus (GTK_WINDOW (self));

  if ((focus == NULL || focus == page_left || gtk_widget_is_ancestor (focus, page_left) ||
       now == NULL || !gtk_widget_get_mapped (now)) &&
      gtk_widget_get_visible (self->nav_back_button))
    gtk_widget_grab_focus (self->nav_back_button);
}

/* Shows @view (with @member for a country), and keeps the page left for Back. */
static void
navigate (PlenaryWindow *self,
          PlenaryView    view,
          int            member)
{
  GtkWidget *page_left;
  g_autoptr(GtkWidget) focus = NULL;

  if (self->dataset == NULL)
    return;
  if (view == self->view && (view != PLENARY_VIEW_COUNTRY || member == self->view_member))
    {
      apply_view (self);
      return;
    }
  page_left = gtk_stack_get_visible_child (self->content_stack);
  if (gtk_window_get_focus (GTK_WINDOW (self)) != NULL)
    focus = g_object_ref (gtk_window_get_focus (GTK_WINDOW (self)));
  save_place (self);
  self->view = view;
  self->view_member = member;
  apply_view (self);
  if (page_left != NULL)
    move_focus (self, page_left, focus);
}

/* The position of @resolution in the list, or -1. */
static int
find_visible (PlenaryWindow     *self,
              PlenaryResolution *resolution)
{
  GListModel *visible = plenary_window_get_visible_resolutions (self);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(PlenaryResolution) item = g_list_model_get_item (visible, i);

      if (item == resolution)
        return (int) i;
    }
  return -1;
}

/* Selects @resolution in the list, clearing the filters if they hide it. */
static void
select_in_list (PlenaryWindow     *self,
                PlenaryResolution *resolution)
{
  int position = find_visible (self, resolution);

  if (position < 0)
    {
      plenary_window_clear_filters (self);
      position = find_visible (self, resolution);
    }
  if (position < 0)
    return;
  plenary_window_select_resolution (self, (guint) position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", (guint) position);
}

/* Goes back to the place before, or in a folded window with none, to the
 * list; FALSE if there is neither. */
gboolean
plenary_window_go_back (PlenaryWindow *self)
{
  PlenaryPlace *last;
  g_autoptr(GtkWidget) focus = NULL;
  g_autoptr(PlenaryResolution) first = NULL;
  g_autoptr(PlenaryResolution) second = NULL;

  g_return_val_if_fail (PLENARY_IS_WINDOW (self), FALSE);

  if (self->history->len == 0)
    {
      if (!adw_leaflet_get_folded (self->leaflet) || list_shown_alone (self))
        return FALSE;
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      return TRUE;
    }

  last = g_ptr_array_index (self->history, self->history->len - 1);
  self->view = last->view;
  self->view_member = last->member;
  focus = g_weak_ref_get (&last->focus);
  first = last->first != NULL ? g_object_ref (last->first) : NULL;
  second = last->second != NULL ? g_object_ref (last->second) : NULL;
  g_ptr_array_remove_index (self->history, self->history->len - 1);

  if (self->view == PLENARY_VIEW_VOTE && first != NULL && first != plenary_window_get_resolution (self))
    select_in_list (self, first);
  else if (self->view == PLENARY_VIEW_COMPARE && first != NULL && second != NULL)
    {
      PlenaryComparison *comparison = plenary_compare_page_get_comparison (self->compare_page);

      if (comparison == NULL || plenary_comparison_get_first (comparison) != first ||
          plenary_comparison_get_second (comparison) != second)
        plenary_compare_page_set_resolutions (self->compare_page, first, second,
                                              _plenary_window_get_source (self), NULL);
    }
  apply_view (self);

  /* The focus returns to where it was: the name that was activated. */
  if (focus != NULL && gtk_widget_get_root (focus) == GTK_ROOT (self) && gtk_widget_is_visible (focus))
    gtk_widget_grab_focus (focus);
  return TRUE;
}

/* A refilter did not change the selection: the reader did, and wants to
 * see the vote. */
void
_plenary_window_reveal_vote (PlenaryWindow *self)
{
  if (!self->reveal_vote)
    return;
  self->reveal_vote = FALSE;
  if (self->view != PLENARY_VIEW_VOTE)
    navigate (self, PLENARY_VIEW_VOTE, -1);
}

/* The members picked */

static void
apply_picked (PlenaryWindow *self)
{
  const int *members = (const int *) self->picked->data;

  plenary_resolution_page_set_picked (self->resolution_page, members, self->picked->len);
  plenary_compare_page_set_picked (self->compare_page, members, self->picked->len);
  plenary_space_page_set_picked (self->space_page, members, self->picked->len);
}

static void
set_picked (PlenaryWindow *self,
            int            member)
{
  g_array_set_size (self->picked, 0);
  if (member >= 0)
    g_array_append_val (self->picked, member);
  apply_picked (self);
}

/* Emphasises the member with @code alone in the vote lists and pictures;
 * NULL or an unknown code clears it. */
void
plenary_window_highlight_member (PlenaryWindow *self,
                                 const char    *code)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  set_picked (self, self->dataset != NULL && code != NULL ? plenary_dataset_lookup_member (self->dataset, code) : -1);
}

/* The first member picked, or -1. */
int
plenary_window_get_highlight (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), -1);

  return self->picked->len > 0 ? g_array_index (self->picked, int, 0) : -1;
}

/* Adds the member with @code to the picked members, or takes it out. */
void
plenary_window_toggle_member (PlenaryWindow *self,
                              const char    *code)
{
  int member;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  member = self->dataset != NULL && code != NULL ? plenary_dataset_lookup_member (self->dataset, code) : -1;
  if (member < 0)
    return;
  for (guint i = 0; i < self->picked->len; i++)
    if (g_array_index (self->picked, int, i) == member)
      {
        g_array_remove_index (self->picked, i);
        apply_picked (self);
        return;
      }
  g_array_append_val (self->picked, member);
  apply_picked (self);
}

/* The members picked, as indices into the dataset. */
const int *
plenary_window_get_picked (PlenaryWindow *self,
                           guint         *n_members)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  *n_members = self->picked->len;
  return (const int *) self->picked->data;
}

/* The pages */

/* Opens the page of the member with @code and makes it the one picked. */
void
plenary_window_show_country (PlenaryWindow *self,
                             const char    *code)
{
  int member;

  g_return_if_fail (PLENARY_IS_WINDOW (self));

  member = self->dataset != NULL && code != NULL ? plenary_dataset_lookup_member (self->dataset, code) : -1;
  if (member < 0)
    return;
  set_picked (self, member);
  navigate (self, PLENARY_VIEW_COUNTRY, member);
}

/* Opens the voting space. */
void
plenary_window_show_space (PlenaryWindow *self)
{
  g_return_if_fail (PLENARY_IS_WINDOW (self));

  navigate (self, PLENARY_VIEW_SPACE, -1);
}

/* Opens the comparison of @first with @second; FALSE with a message shown
 * if they cannot be compared. */
gboolean
plenary_window_compare (PlenaryWindow     *self,
                        PlenaryResolution *first,
                        PlenaryResolution *second)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PLENARY_IS_WINDOW (self), FALSE);

  if (self->view == PLENARY_VIEW_COMPARE)
    save_place (self);
  if (!plenary_compare_page_set_resolutions (self->compare_page, first, second, _plenary_window_get_source (self),
                                             &error))
    {
      _plenary_window_show_error (self, _("Could Not Compare the Votes"), error->message);
      return FALSE;
    }
  apply_picked (self);
  if (self->view == PLENARY_VIEW_COMPARE)
    apply_view (self);
  else
    navigate (self, PLENARY_VIEW_COMPARE, -1);
  return TRUE;
}

/* The page the content shows: "resolution", "country", "space" or
 * "compare", or while there is no dataset "loading", "no-dataset". */
const char *
plenary_window_get_page_name (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->content_stack);
}

PlenaryCountryPage *
plenary_window_get_country_page (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->country_page;
}

PlenarySpacePage *
plenary_window_get_space_page (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->space_page;
}

PlenaryComparePage *
plenary_window_get_compare_page (PlenaryWindow *self)
{
  g_return_val_if_fail (PLENARY_IS_WINDOW (self), NULL);

  return self->compare_page;
}

/* Signals of the pages */

static void
member_activated_cb (PlenaryWindow *self,
                     const char    *code,
                     gpointer       page)
{
  plenary_window_show_country (self, code);
}

static void
member_toggled_cb (PlenaryWindow *self,
                   const char    *code,
                   gpointer       page)
{
  plenary_window_toggle_member (self, code);
}

static void
resolution_activated_cb (PlenaryWindow     *self,
                         PlenaryResolution *resolution,
                         gpointer           page)
{
  navigate (self, PLENARY_VIEW_VOTE, -1);
  select_in_list (self, resolution);
}

static void
compare_cb (PlenaryWindow         *self,
            PlenaryResolution     *second,
            PlenaryResolutionPage *page)
{
  PlenaryResolution *first = plenary_resolution_page_get_resolution (page);

  if (first != NULL)
    plenary_window_compare (self, first, second);
}

static void
folded_changed_cb (PlenaryWindow *self)
{
  update_back_buttons (self);
  update_headers (self);
}

static void
folded_cb (PlenaryWindow *self)
{
  _plenary_window_update_content (self);
  folded_changed_cb (self);
}

static void
go_back_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  plenary_window_go_back (PLENARY_WINDOW (widget));
}

static void
show_space_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  plenary_window_show_space (PLENARY_WINDOW (widget));
}

static void
show_country_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlenaryWindow *self = PLENARY_WINDOW (widget);

  /* The words named the country, not the resolutions. */
  if (self->search_words != NULL)
    plenary_window_set_search_text (self, "");
  plenary_window_show_country (self, g_variant_get_string (parameter, NULL));
}

void
_plenary_window_navigation_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (PLENARY_TYPE_COUNTRY_PAGE);
  g_type_ensure (PLENARY_TYPE_SPACE_PAGE);
  g_type_ensure (PLENARY_TYPE_COMPARE_PAGE);

  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, compare_page);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, country_page);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, list_back_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, nav_back_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryWindow, space_page);
  gtk_widget_class_bind_template_callback (widget_class, compare_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, resolution_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-space", NULL, show_space_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-country", "s", show_country_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.show-space", NULL);
}

void
_plenary_window_navigation_init (PlenaryWindow *self)
{
  self->view = PLENARY_VIEW_VOTE;
  self->view_member = -1;
  self->history = g_ptr_array_new_with_free_func (free_place);
  self->picked = g_array_new (FALSE, FALSE, sizeof (int));
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (folded_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_back_buttons (self);
  update_headers (self);
}

void
_plenary_window_navigation_dispose (PlenaryWindow *self)
{
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->picked, g_array_unref);
}

/* A new dataset: its pages, the vote view, no way back and no member picked. */
void
_plenary_window_navigation_set_dataset (PlenaryWindow *self)
{
  const char *source = _plenary_window_get_source (self);

  g_ptr_array_set_size (self->history, 0);
  g_array_set_size (self->picked, 0);
  self->view = PLENARY_VIEW_VOTE;
  self->view_member = -1;
  self->reveal_vote = FALSE;
  plenary_resolution_page_set_dataset (self->resolution_page, self->dataset);
  plenary_country_page_set_dataset (self->country_page, self->dataset, source);
  plenary_space_page_set_dataset (self->space_page, self->dataset, source);
  apply_picked (self);
  update_back_buttons (self);
}
