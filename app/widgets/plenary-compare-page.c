/* plenary-compare-page.c: two votes compared: who kept their vote and who changed it
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On 24 February 2025 the Assembly voted twice on Ukraine, and 43 members
 * voted otherwise the second time. This page says so: how many changed, a
 * table of every vote on the first against every vote on the second, the map
 * coloured by change, and the members of each transition by name (each one a
 * way to its country's page). The counting is PlenaryComparison's; the map
 * is plenary_change_picture_new()'s.
 */

#define G_LOG_DOMAIN "plenary-compare-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-analysis-pictures.h"
#include "plenary-chart-view.h"
#include "plenary-compare-page.h"
#include "plenary-date.h"
#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-member-list.h"
#include "plenary-ui-resources.h"
#include "plenary-widget-util.h"

struct _PlenaryComparePage
{
  GtkWidget          parent_instance;

  PlenaryComparison *comparison;
  char              *source;
  char              *summary;
  PlenaryPicture    *picture;
  GArray            *picked;
  GPtrArray         *member_lists;
  GtkSizeGroup      *headings;

  GtkGrid           *changed_grid;
  GtkGrid           *kept_grid;
  PlenaryChartView  *map_view;
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *source_label;
  GtkLabel          *summary_label;
  GtkLabel          *table_caption;
  GtkGrid           *table_grid;
  GtkToggleButton   *tiles_button;
  GtkLabel          *title_label;
  GtkBox            *votes_box;
};

G_DEFINE_FINAL_TYPE (PlenaryComparePage, plenary_compare_page, GTK_TYPE_WIDGET)

enum {
  MEMBER_ACTIVATED,
  MEMBER_TOGGLED,
  RESOLUTION_ACTIVATED,
  PICTURE_COPIED,
  TABLE_COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_member (PlenaryComparePage *self,
             guint               signal,
             int                 member)
{
  PlenaryResolution *first;

  if (self->comparison == NULL || member < 0)
    return;
  first = plenary_comparison_get_first (self->comparison);
  if ((guint) member >= plenary_resolution_get_n_members (first))
    return;
  g_signal_emit (self, signals[signal], 0, plenary_member_get_code (plenary_resolution_get_member (first, member)));
}

static void
list_member_activated_cb (PlenaryComparePage *self,
                          int                 member,
                          PlenaryMemberList  *list)
{
  emit_member (self, MEMBER_ACTIVATED, member);
}

static void
list_member_toggled_cb (PlenaryComparePage *self,
                        int                 member,
                        PlenaryMemberList  *list)
{
  emit_member (self, MEMBER_TOGGLED, member);
}

static void
map_member_activated_cb (PlenaryComparePage *self,
                         int                 member,
                         PlenaryChartView   *view)
{
  emit_member (self, plenary_widget_control_is_held (GTK_WIDGET (view)) ? MEMBER_TOGGLED : MEMBER_ACTIVATED,
               member);
}

static void
chart_copied_cb (PlenaryComparePage *self,
                 PlenaryChartView   *view)
{
  g_signal_emit (self, signals[PICTURE_COPIED], 0, plenary_chart_view_get_picture (view));
}

static void
chart_table_copied_cb (PlenaryComparePage *self,
                       PlenaryChartView    *view)
{
  g_signal_emit (self, signals[TABLE_COPIED], 0);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
cell_new (const char *text,
          float       xalign,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The two votes */

static void
vote_clicked_cb (PlenaryComparePage *self,
                 GtkButton          *button)
{
  PlenaryResolution *resolution = g_object_get_data (G_OBJECT (button), "plenary-resolution");

  g_signal_emit (self, signals[RESOLUTION_ACTIVATED], 0, resolution);
}

static GtkWidget *
vote_button_new (PlenaryComparePage *self,
                 PlenaryResolution  *resolution)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  g_autofree char *tally = plenary_format_tally (plenary_resolution_get_tally (resolution));
  const char *title = plenary_resolution_get_localized_title (resolution);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> · %s · %s · %s",
                                                     plenary_resolution_get_symbol (resolution), date, tally,
                                                     title != NULL ? title : "");

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "vote-link");
  gtk_widget_set_tooltip_text (button, _("Open this vote"));
  g_object_set_data (G_OBJECT (button), "plenary-resolution", resolution);
  g_signal_connect_object (button, "clicked", G_CALLBACK (vote_clicked_cb), self, G_CONNECT_SWAPPED);
  return button;
}

/* The summary and the table */

static gboolean
vote_appears (PlenaryComparePage *self,
              PlenaryVote         vote)
{
  for (guint other = 0; other < PLENARY_N_VOTES; other++)
    {
      if (vote == PLENARY_VOTE_NOT_IN_BODY && other == PLENARY_VOTE_NOT_IN_BODY)
        continue;
      if (plenary_comparison_get_count (self->comparison, vote, other) > 0 ||
          plenary_comparison_get_count (self->comparison, other, vote) > 0)
        return TRUE;
    }
  return FALSE;
}

/* Members that sat in either body for either vote. */
static guint
count_compared (PlenaryComparePage *self)
{
  guint total = 0;

  for (guint from = 0; from < PLENARY_N_VOTES; from++)
    for (guint to = 0; to < PLENARY_N_VOTES; to++)
      if (from != PLENARY_VOTE_NOT_IN_BODY || to != PLENARY_VOTE_NOT_IN_BODY)
        total += plenary_comparison_get_count (self->comparison, from, to);
  return total;
}

static void
update_table (PlenaryComparePage *self)
{
  PlenaryResolution *first = plenary_comparison_get_first (self->comparison);
  PlenaryResolution *second = plenary_comparison_get_second (self->comparison);
  g_autofree char *caption = NULL;
  int row = 1, column = 1;

  clear_grid (self->table_grid);
  for (guint to = 0; to < PLENARY_N_VOTES; to++)
    if (vote_appears (self, to))
      {
        GtkWidget *heading = cell_new (plenary_vote_get_label (to), 1, "heading");

        gtk_widget_add_css_class (heading, plenary_vote_to_key (to));
        gtk_grid_attach (self->table_grid, heading, column++, 0, 1, 1);
      }

  for (guint from = 0; from < PLENARY_N_VOTES; from++)
    {
      GtkWidget *heading;

      if (!vote_appears (self, from))
        continue;
      heading = cell_new (plenary_vote_get_label (from), 0, "vote-heading");
      gtk_widget_add_css_class (heading, plenary_vote_to_key (from));
      gtk_grid_attach (self->table_grid, heading, 0, row, 1, 1);
      column = 1;
      for (guint to = 0; to < PLENARY_N_VOTES; to++)
        {
          guint count;
          g_autofree char *text = NULL;

          if (!vote_appears (self, to))
            continue;
          count = plenary_comparison_get_count (self->comparison, from, to);
          text = count > 0 ? plenary_format_count (count) : g_strdup ("–");
          gtk_grid_attach (self->table_grid,
                           cell_new (text, 1, count == 0 ? "dim-label" : from == to ? "kept" : "changed"),
                           column++, row, 1, 1);
        }
      row++;
    }

  /* Translators: under the table of two votes compared: the first symbol, the second. */
  caption = g_strdup_printf (_("Each row is a vote on %s, each column a vote on %s; the cells count the members."),
                             plenary_resolution_get_symbol (first), plenary_resolution_get_symbol (second));
  gtk_label_set_text (self->table_caption, caption);
}

/* The members of each transition */

static GtkWidget *
transition_heading_new (PlenaryVote from,
                        PlenaryVote to,
                        guint       count)
{
  g_autofree char *number = plenary_format_count (count);
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (from == to)
    /* Translators: a heading of the members who voted the same twice: the vote and how many. */
    text = g_strdup_printf (_("%s both times (%s)"), plenary_vote_get_label (from), number);
  else
    /* Translators: a heading of the members who changed their vote: the first vote, the second,
     * and how many, "Yes → Abstain (11)". */
    text = g_strdup_printf (_("%s → %s (%s)"), plenary_vote_get_label (from), plenary_vote_get_label (to), number);
  label = cell_new (text, 0, "heading");
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_widget_add_css_class (label, "vote-heading");
  gtk_widget_add_css_class (label, plenary_vote_to_key (to));
  return label;
}

typedef struct
{
  PlenaryVote from;
  PlenaryVote to;
  guint       count;
} Transition;

static int
compare_transitions (gconstpointer a,
                     gconstpointer b)
{
  const Transition *x = a, *y = b;
  gboolean x_kept = x->from == x->to, y_kept = y->from == y->to;

  /* The changes first, then the votes kept; the largest first. */
  if (x_kept != y_kept)
    return x_kept ? 1 : -1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  if (x->from != y->from)
    return (int) x->from - (int) y->from;
  return (int) x->to - (int) y->to;
}

static void
update_members (PlenaryComparePage *self)
{
  PlenaryResolution *first = plenary_comparison_get_first (self->comparison);
  g_autoptr(GArray) transitions = g_array_new (FALSE, FALSE, sizeof (Transition));
  int changed_row = 0, kept_row = 0;

  clear_grid (self->changed_grid);
  clear_grid (self->kept_grid);
  g_ptr_array_set_size (self->member_lists, 0);

  for (guint from = 0; from < PLENARY_N_VOTES; from++)
    for (guint to = 0; to < PLENARY_N_VOTES; to++)
      {
        Transition transition = { from, to, plenary_comparison_get_count (self->comparison, from, to) };

        if (transition.count > 0 && (from != PLENARY_VOTE_NOT_IN_BODY || to != PLENARY_VOTE_NOT_IN_BODY))
          g_array_append_val (transitions, transition);
      }
  g_array_sort (transitions, compare_transitions);

  for (guint i = 0; i < transitions->len; i++)
    {
      const Transition *transition = &g_array_index (transitions, Transition, i);
      GArray *members = plenary_comparison_get_members (self->comparison, transition->from, transition->to);
      GtkWidget *list = plenary_member_list_new ();
      GtkWidget *heading;
      gboolean kept = transition->from == transition->to;
      GtkGrid *grid = kept ? self->kept_grid : self->changed_grid;
      int row = kept ? kept_row++ : changed_row++;

      gtk_widget_set_hexpand (list, TRUE);
      for (guint m = 0; m < members->len; m++)
        {
          guint index = g_array_index (members, guint, m);

          plenary_member_list_append (PLENARY_MEMBER_LIST (list), index, plenary_resolution_get_member (first, index));
        }
      plenary_member_list_set_picked (PLENARY_MEMBER_LIST (list), (const int *) self->picked->data,
                                      self->picked->len);
      g_signal_connect_object (list, "member-activated", G_CALLBACK (list_member_activated_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "member-toggled", G_CALLBACK (list_member_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      heading = transition_heading_new (transition->from, transition->to, transition->count);
      gtk_size_group_add_widget (self->headings, heading);
      gtk_grid_attach (grid, heading, 0, row, 1, 1);
      gtk_grid_attach (grid, list, 1, row, 1, 1);
      g_ptr_array_add (self->member_lists, list);
    }
  if (changed_row == 0)
    gtk_grid_attach (self->changed_grid, cell_new (_("No member voted otherwise on the second vote."), 0, "dim-label"),
                     0, 0, 1, 1);
}

static void
update_map (PlenaryComparePage *self)
{
  g_clear_object (&self->picture);
  self->picture = plenary_change_picture_new (self->comparison, gtk_toggle_button_get_active (self->tiles_button),
                                              self->source);
  plenary_picture_set_emphasis (self->picture, (const int *) self->picked->data, self->picked->len);
  plenary_chart_view_set_picture (self->map_view, self->picture);
}

static void
map_layout_toggled_cb (PlenaryComparePage *self,
                       GtkToggleButton    *button)
{
  if (gtk_toggle_button_get_active (button) && self->comparison != NULL)
    update_map (self);
}

static void
update_all (PlenaryComparePage *self)
{
  PlenaryResolution *first = plenary_comparison_get_first (self->comparison);
  PlenaryResolution *second = plenary_comparison_get_second (self->comparison);
  guint changed = plenary_comparison_get_changed (self->comparison);
  guint compared = count_compared (self);
  g_autofree char *title = plenary_describe_change_title (first, second);
  g_autofree char *changed_text = plenary_format_count (changed);
  g_autofree char *compared_text = plenary_format_count (compared);
  g_autofree char *own = plenary_describe_source (second, self->source);
  g_autofree char *line = plenary_describe_source_line (own);
  GtkWidget *child;

  gtk_label_set_text (self->title_label, title);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->votes_box))) != NULL)
    gtk_box_remove (self->votes_box, child);
  gtk_box_append (self->votes_box, vote_button_new (self, first));
  gtk_box_append (self->votes_box, vote_button_new (self, second));

  g_free (self->summary);
  self->summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                /* Translators: how many members voted otherwise on the
                                                 * second of two votes, of how many compared. */
                                                "%s of %s members voted otherwise on the second vote.",
                                                "%s of %s members voted otherwise on the second vote.",
                                                changed),
                                   changed_text, compared_text);
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_label_set_text (self->source_label, line);

  update_table (self);
  update_map (self);
  update_members (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

static void
swap_clicked_cb (PlenaryComparePage *self)
{
  plenary_compare_page_swap (self);
}

static void
plenary_compare_page_dispose (GObject *object)
{
  PlenaryComparePage *self = PLENARY_COMPARE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_COMPARE_PAGE);
  g_clear_pointer (&self->comparison, plenary_comparison_free);
  g_clear_object (&self->picture);
  g_clear_pointer (&self->member_lists, g_ptr_array_unref);
  g_clear_pointer (&self->picked, g_array_unref);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_object (&self->headings);

  G_OBJECT_CLASS (plenary_compare_page_parent_class)->dispose (object);
}

static void
plenary_compare_page_class_init (PlenaryComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_compare_page_dispose;

  /**
   * PlenaryComparePage::member-activated:
   * @code: the member's code
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenaryComparePage::member-toggled:
   * @code: the member's code
   */
  signals[MEMBER_TOGGLED] =
    g_signal_new ("member-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenaryComparePage::resolution-activated:
   * @resolution: one of the two votes, to open
   */
  signals[RESOLUTION_ACTIVATED] =
    g_signal_new ("resolution-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_RESOLUTION);

  /**
   * PlenaryComparePage::picture-copied:
   * @picture: the picture put on the clipboard
   */
  signals[PICTURE_COPIED] =
    g_signal_new ("picture-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_PICTURE);

  /**
   * PlenaryComparePage::table-copied:
   *
   * The table behind one of the page's pictures was put on the clipboard.
   */
  signals[TABLE_COPIED] =
    g_signal_new ("table-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PLENARY_TYPE_CHART_VIEW);

  plenary_ui_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, changed_grid);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, kept_grid);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, map_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, source_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, table_caption);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, table_grid);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, tiles_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryComparePage, votes_box);
  gtk_widget_class_bind_template_callback (widget_class, chart_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_table_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_layout_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, swap_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "comparepage");
}

static void
plenary_compare_page_init (PlenaryComparePage *self)
{
  self->picked = g_array_new (FALSE, FALSE, sizeof (int));
  self->member_lists = g_ptr_array_new ();
  self->headings = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_widget_init_template (GTK_WIDGET (self));
  plenary_label_keep_out_of_tab_chain (self->source_label);
}

/* Public API */

/* Compares @first with @second, whose record comes from @source; FALSE
 * with @error set if they cannot be compared (their member tables differ). */
gboolean
plenary_compare_page_set_resolutions (PlenaryComparePage  *self,
                                      PlenaryResolution   *first,
                                      PlenaryResolution   *second,
                                      const char          *source,
                                      GError             **error)
{
  PlenaryComparison *comparison;

  g_return_val_if_fail (PLENARY_IS_COMPARE_PAGE (self), FALSE);
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (first), FALSE);
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (second), FALSE);

  comparison = plenary_comparison_new (first, second, error);
  if (comparison == NULL)
    return FALSE;
  g_clear_pointer (&self->comparison, plenary_comparison_free);
  self->comparison = comparison;
  g_free (self->source);
  self->source = g_strdup (source);
  update_all (self);
  return TRUE;
}

PlenaryComparison *
plenary_compare_page_get_comparison (PlenaryComparePage *self)
{
  g_return_val_if_fail (PLENARY_IS_COMPARE_PAGE (self), NULL);

  return self->comparison;
}

/* The sentence that says how many members changed their vote. */
const char *
plenary_compare_page_get_summary (PlenaryComparePage *self)
{
  g_return_val_if_fail (PLENARY_IS_COMPARE_PAGE (self), NULL);

  return self->summary;
}

/* Compares the second vote with the first instead. */
void
plenary_compare_page_swap (PlenaryComparePage *self)
{
  g_autoptr(PlenaryResolution) first = NULL;
  g_autoptr(PlenaryResolution) second = NULL;
  g_autofree char *source = NULL;

  g_return_if_fail (PLENARY_IS_COMPARE_PAGE (self));

  if (self->comparison == NULL)
    return;
  first = g_object_ref (plenary_comparison_get_first (self->comparison));
  second = g_object_ref (plenary_comparison_get_second (self->comparison));
  source = g_strdup (self->source);
  plenary_compare_page_set_resolutions (self, second, first, source, NULL);
}

/* Emphasises @members (indices into the dataset) on the map and in the lists. */
void
plenary_compare_page_set_picked (PlenaryComparePage *self,
                                 const int          *members,
                                 guint               n_members)
{
  g_return_if_fail (PLENARY_IS_COMPARE_PAGE (self));

  g_array_set_size (self->picked, 0);
  g_array_append_vals (self->picked, members, n_members);
  if (self->picture != NULL)
    plenary_picture_set_emphasis (self->picture, members, n_members);
  for (guint i = 0; i < self->member_lists->len; i++)
    plenary_member_list_set_picked (g_ptr_array_index (self->member_lists, i), members, n_members);
  gtk_widget_queue_draw (GTK_WIDGET (self->map_view));
}

/* The lists of names, one per transition, the changes first. */
GPtrArray *
plenary_compare_page_get_member_lists (PlenaryComparePage *self)
{
  g_return_val_if_fail (PLENARY_IS_COMPARE_PAGE (self), NULL);

  return self->member_lists;
}

PlenaryPicture *
plenary_compare_page_get_picture (PlenaryComparePage *self)
{
  g_return_val_if_fail (PLENARY_IS_COMPARE_PAGE (self), NULL);

  return self->picture;
}

GtkWidget *
plenary_compare_page_get_view (PlenaryComparePage *self)
{
  g_return_val_if_fail (PLENARY_IS_COMPARE_PAGE (self), NULL);

  return GTK_WIDGET (self->map_view);
}

gboolean
plenary_compare_page_copy (PlenaryComparePage *self)
{
  g_return_val_if_fail (PLENARY_IS_COMPARE_PAGE (self), FALSE);

  return plenary_chart_view_copy (self->map_view);
}
