/* plenary-country-page.c: one member's record, its allies and opponents, and its agreement over time
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Who votes with whom, and since when?" asked of one member. The page
 * shows how it voted (yes, no, abstain, non-voting, not recorded) in each
 * body over the years chosen; the members that vote most and least like it;
 * its agreement year by year with a second member of the reader's choice;
 * the map of every member coloured by agreement with it; and its votes, one
 * row each, sortable by date, symbol or vote. Every figure says how many
 * roll calls it counts. The bar above the page chooses the body, the years,
 * a UN subject term and the measure of agreement for all of them at once.
 *
 * The counting is the analysis layer's (bit-planes built in a few
 * milliseconds, rankings in a fraction of one), so the page recounts in
 * the main loop whenever a choice changes. The pictures are made here and
 * shown through PlenaryChartView, like the vote's.
 */

#define G_LOG_DOMAIN "plenary-country-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-agreement-chart.h"
#include "plenary-analysis-choices.h"
#include "plenary-analysis-pictures.h"
#include "plenary-chart-view.h"
#include "plenary-country-page.h"
#include "plenary-date.h"
#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-member-colouring.h"
#include "plenary-member-list.h"
#include "plenary-ui-resources.h"
#include "plenary-widget-util.h"

/* How many members each side of the ranking shows. */
#define N_RANKED 8

/* The rows of the record, in the order of the vote lists. */
static const PlenaryVote record_votes[] = {
  PLENARY_VOTE_YES, PLENARY_VOTE_NO, PLENARY_VOTE_ABSTAIN,
  PLENARY_VOTE_NON_VOTING, PLENARY_VOTE_NOT_RECORDED,
};

#define N_RECORD_VOTES G_N_ELEMENTS (record_votes)
#define N_BODIES 2

/* One vote of the member: a row of the column view */

struct _PlenaryCountryVote
{
  GObject            parent_instance;

  PlenaryResolution *resolution;
  PlenaryVote        vote;
  char              *symbol_key;
};

G_DEFINE_FINAL_TYPE (PlenaryCountryVote, plenary_country_vote, G_TYPE_OBJECT)

static void
plenary_country_vote_finalize (GObject *object)
{
  PlenaryCountryVote *self = PLENARY_COUNTRY_VOTE (object);

  g_clear_object (&self->resolution);
  g_free (self->symbol_key);

  G_OBJECT_CLASS (plenary_country_vote_parent_class)->finalize (object);
}

static void
plenary_country_vote_class_init (PlenaryCountryVoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plenary_country_vote_finalize;
}

static void
plenary_country_vote_init (PlenaryCountryVote *self)
{
}

static PlenaryCountryVote *
plenary_country_vote_new (PlenaryResolution *resolution,
                          PlenaryVote        vote)
{
  PlenaryCountryVote *self = g_object_new (PLENARY_TYPE_COUNTRY_VOTE, NULL);

  self->resolution = g_object_ref (resolution);
  self->vote = vote;
  return self;
}

PlenaryResolution *
plenary_country_vote_get_resolution (PlenaryCountryVote *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_VOTE (self), NULL);

  return self->resolution;
}

PlenaryVote
plenary_country_vote_get_vote (PlenaryCountryVote *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_VOTE (self), PLENARY_VOTE_NOT_RECORDED);

  return self->vote;
}

/* The symbol as a key that orders its numbers as numbers. */
static const char *
symbol_key (PlenaryCountryVote *self)
{
  if (self->symbol_key == NULL)
    self->symbol_key = g_utf8_collate_key_for_filename (plenary_resolution_get_symbol (self->resolution), -1);
  return self->symbol_key;
}

/* The page */

struct _PlenaryCountryPage
{
  GtkWidget            parent_instance;

  PlenaryDataset      *dataset;
  char                *source;
  int                  member;
  int                  other;
  int                  first_year;
  int                  last_year;
  int                  year_from;
  int                  year_to;
  int                  body;        /* a PlenaryBody, or -1 for both */
  char                *topic;
  PlenaryAgreementKind kind;
  gboolean             syncing;

  /* The roll calls of the body chosen, and of each body for the record. */
  PlenaryVoteVectors  *vectors;
  PlenaryVoteVectors  *body_vectors[N_BODIES];
  guint                record[N_BODIES][PLENARY_N_TALLY_VOTES];
  guint                roll_calls[N_BODIES];
  char                *cells[N_BODIES][PLENARY_N_TALLY_VOTES];
  GArray              *ranking;
  PlenaryPicture      *agreement_picture;
  PlenaryPicture      *alignment_picture;
  GListStore          *votes;
  GtkSortListModel    *sorted_votes;
  PlenaryChartView    *active_view;

  GtkLabel            *about_label;
  PlenaryChartView    *agreement_view;
  GtkLabel            *agreement_caption;
  PlenaryChartView    *alignment_view;
  GtkToggleButton     *assembly_button;
  GtkToggleButton     *both_button;
  GtkWidget           *choices_box;
  GtkLabel            *choices_label;
  GtkListBox          *closest_list;
  GtkWidget           *compact_bar;
  GtkWidget           *controls_box;
  GtkToggleButton     *council_button;
  GtkSpinButton       *from_spin;
  GtkListBox          *furthest_list;
  GtkDropDown         *kind_drop_down;
  GtkLabel            *name_label;
  GtkWidget           *no_votes_button;
  GtkDropDown         *other_drop_down;
  GtkWidget           *page_box;
  GtkLabel            *rank_caption;
  GtkLabel            *record_caption;
  GtkGrid             *record_grid;
  GtkLabel            *record_heading;
  GtkScrolledWindow   *scrolled_window;
  GtkLabel            *source_label;
  GtkToggleButton     *tiles_button;
  GtkSpinButton       *to_spin;
  GtkDropDown         *topic_drop_down;
  GtkLabel            *votes_caption;
  GtkLabel            *votes_heading;
  GtkColumnView       *votes_view;
  GtkToggleButton     *world_button;
  gboolean             filled;
};

G_DEFINE_FINAL_TYPE (PlenaryCountryPage, plenary_country_page, GTK_TYPE_WIDGET)

enum {
  MEMBER_ACTIVATED,
  MEMBER_TOGGLED,
  RESOLUTION_ACTIVATED,
  PICTURE_COPIED,
  TABLE_COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PlenaryMember *
get_member (PlenaryCountryPage *self,
            int                 member)
{
  return plenary_dataset_get_member (self->dataset, (guint) member);
}

static void
emit_member (PlenaryCountryPage *self,
             GtkWidget          *widget,
             int                 member)
{
  if (self->dataset == NULL || member < 0 || (guint) member >= plenary_dataset_get_n_members (self->dataset))
    return;
  g_signal_emit (self, signals[plenary_widget_control_is_held (widget) ? MEMBER_TOGGLED : MEMBER_ACTIVATED], 0,
                 plenary_member_get_code (get_member (self, member)));
}

static void
get_period (PlenaryCountryPage *self,
            PlenaryPeriod      *period)
{
  if (!plenary_period_init_years (period, self->year_from, self->year_to, NULL))
    plenary_period_init_all (period);
}

static char *
describe_years (PlenaryCountryPage *self)
{
  return plenary_describe_period (self->year_from, self->year_to);
}

/* Bit-planes for @any_body or @body and the topic chosen, made again only
 * when those change. */
static PlenaryVoteVectors *
ensure_vectors (PlenaryCountryPage  *self,
                PlenaryVoteVectors **slot,
                gboolean             any_body,
                PlenaryBody          body)
{
  if (*slot != NULL)
    {
      const PlenaryVoteFilter *filter = plenary_vote_vectors_get_filter (*slot);

      if (filter->any_body == any_body && (any_body || filter->body == body) &&
          g_strcmp0 (filter->topic, self->topic) == 0)
        return *slot;
      g_clear_pointer (slot, plenary_vote_vectors_unref);
    }
  {
    PlenaryVoteFilter filter;

    plenary_vote_filter_init (&filter);
    filter.any_body = any_body;
    filter.body = body;
    filter.topic = self->topic;
    *slot = plenary_vote_vectors_new (self->dataset, &filter);
  }
  return *slot;
}

/* The header */

static void
update_header (PlenaryCountryPage *self)
{
  PlenaryMember *member = get_member (self, self->member);
  PlenaryGroup group = plenary_member_get_group (member);
  const GDate *admitted = plenary_member_get_admitted (member);
  const GDate *left = plenary_member_get_left (member);
  g_autofree char *membership = NULL;
  g_autofree char *about = NULL;
  const char *group_text;

  if (admitted != NULL && left != NULL && g_date_valid (left))
    {
      g_autofree char *from = plenary_date_format_long (admitted);
      g_autofree char *until = plenary_date_format_long (left);

      /* Translators: on a country's page, for a state of the past: the day it was admitted and
       * the first day it no longer was a member. */
      membership = g_strdup_printf (_("A member of the United Nations from %s until %s"), from, until);
    }
  else if (admitted != NULL)
    {
      g_autofree char *from = plenary_date_format_long (admitted);

      /* Translators: on a country's page: the day it was admitted. */
      membership = g_strdup_printf (_("A member of the United Nations since %s"), from);
    }

  group_text = group != PLENARY_GROUP_NONE ? plenary_group_get_label (group) : _("In no regional group");
  about = membership != NULL
          /* Translators: on a country's page: its regional group, then its membership. */
          ? g_strdup_printf (_("%s · %s"), group_text, membership)
          : g_strdup (group_text);

  gtk_label_set_text (self->name_label, plenary_member_get_localized_name (member));
  gtk_label_set_text (self->about_label, about);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->no_votes_button), "s", plenary_member_get_code (member));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->no_votes_button), "win.show-votes-against");
}

/* The record: its votes by body */

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

static void
count_record (PlenaryCountryPage *self,
              PlenaryBody         body)
{
  PlenaryVoteVectors *vectors = ensure_vectors (self, &self->body_vectors[body], FALSE, body);
  PlenaryPeriod period;
  guint first, end, counted = 0;

  memset (self->record[body], 0, sizeof self->record[body]);
  self->roll_calls[body] = 0;
  get_period (self, &period);
  if (!plenary_vote_vectors_find_votes (vectors, &period, &first, &end))
    return;

  for (guint plane = PLENARY_PLANE_YES; plane <= PLENARY_PLANE_NON_VOTING; plane++)
    {
      self->record[body][plane] = plenary_vote_vectors_count (vectors, plane, (guint) self->member, first, end);
      counted += self->record[body][plane];
    }
  self->roll_calls[body] = plenary_vote_vectors_count (vectors, PLENARY_PLANE_IN_BODY, (guint) self->member,
                                                       first, end);
  self->record[body][PLENARY_VOTE_NOT_RECORDED] = self->roll_calls[body] - MIN (counted, self->roll_calls[body]);
}

static char *
describe_cell (guint count,
               guint total)
{
  g_autofree char *number = plenary_format_count (count);
  g_autofree char *share = NULL;

  if (total == 0)
    return g_strdup ("–");
  share = plenary_format_percent ((double) count / total);
  /* Translators: a cell of a country's record: a number of votes and its share of the roll
   * calls, "1,234 (45.6%)". */
  return g_strdup_printf (_("%s (%s)"), number, share);
}

static void
update_record (PlenaryCountryPage *self)
{
  g_autofree char *years = describe_years (self);
  g_autofree char *heading = NULL;
  g_autofree char *caption = NULL;
  GtkWidget *child;
  int row = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->record_grid))) != NULL)
    gtk_grid_remove (self->record_grid, child);

  for (guint body = 0; body < N_BODIES; body++)
    {
      GtkWidget *heading = cell_new (plenary_body_get_label ((PlenaryBody) body), 1, "heading");

      /* "General Assembly" on two lines in a narrow window. */
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_justify (GTK_LABEL (heading), GTK_JUSTIFY_RIGHT);
      gtk_label_set_yalign (GTK_LABEL (heading), 1);
      count_record (self, (PlenaryBody) body);
      gtk_grid_attach (self->record_grid, heading, (int) body + 1, 0, 1, 1);
    }

  for (guint i = 0; i < N_RECORD_VOTES; i++)
    {
      PlenaryVote vote = record_votes[i];
      GtkWidget *label = cell_new (plenary_vote_get_label (vote), 0, "vote-heading");

      gtk_widget_add_css_class (label, plenary_vote_to_key (vote));
      gtk_grid_attach (self->record_grid, label, 0, row, 1, 1);
      for (guint body = 0; body < N_BODIES; body++)
        {
          g_free (self->cells[body][vote]);
          self->cells[body][vote] = describe_cell (self->record[body][vote], self->roll_calls[body]);
          gtk_grid_attach (self->record_grid, cell_new (self->cells[body][vote], 1, "numeric"),
                           (int) body + 1, row, 1, 1);
        }
      row++;
    }

  /* Translators: the last row of a country's record: the roll calls of each body it sat for. */
  gtk_grid_attach (self->record_grid, cell_new (_("Roll calls"), 0, "heading"), 0, row, 1, 1);
  for (guint body = 0; body < N_BODIES; body++)
    {
      g_autofree char *total = plenary_format_count (self->roll_calls[body]);

      gtk_grid_attach (self->record_grid, cell_new (total, 1, "numeric"), (int) body + 1, row, 1, 1);
    }

  /* Translators: the heading of a country's record; %s is a span of years, "1946–2025". */
  heading = g_strdup_printf (_("Voting Record, %s"), years);
  gtk_label_set_text (self->record_heading, heading);
  if (self->topic != NULL)
    /* Translators: under a country's record, when the votes are limited to a UN subject term. */
    caption = g_strdup_printf (_("Shares are of the roll calls of each body it sat for, on the topic %s. "
                                 "Non-voting is the UN’s word for a member present that did not vote; "
                                 "not recorded, a member the record gives no vote for."), self->topic);
  else
    caption = g_strdup (_("Shares are of the roll calls of each body it sat for. "
                          "Non-voting is the UN’s word for a member present that did not vote; "
                          "not recorded, a member the record gives no vote for."));
  gtk_label_set_text (self->record_caption, caption);
}

/* The closest and furthest members */

static GtkWidget *
rank_row_new (PlenaryCountryPage         *self,
              const PlenaryAgreementRank *rank)
{
  PlenaryMember *member = get_member (self, (int) rank->member);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (plenary_member_get_localized_name (member));
  g_autofree char *share_text = plenary_format_percent (rank->share);
  g_autofree char *count = plenary_format_count (rank->n_votes);
  /* Translators: beside a share of agreement: the roll calls it counts, "1,234 votes". */
  g_autofree char *votes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s vote", "%s votes",
                                                              rank->n_votes), count);
  GtkWidget *share = cell_new (share_text, 1, "numeric");
  GtkWidget *votes = cell_new (votes_text, 1, "numeric");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (share, "heading");
  gtk_widget_add_css_class (votes, "dim-label");
  gtk_widget_add_css_class (votes, "caption");
  gtk_widget_set_size_request (votes, 80, -1);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), share);
  gtk_box_append (GTK_BOX (box), votes);
  gtk_widget_add_css_class (box, "rank-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "plenary-member", GINT_TO_POINTER ((int) rank->member + 1));
  return row;
}

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
update_ranking (PlenaryCountryPage *self)
{
  g_autofree char *counted = NULL;
  g_autofree char *caption = NULL;
  PlenaryPeriod period;
  guint shown;

  get_period (self, &period);
  g_clear_pointer (&self->ranking, g_array_unref);
  self->ranking = plenary_agreement_rank (self->vectors, &period, (guint) self->member, self->kind,
                                          PLENARY_ALIGNMENT_MIN_VOTES);
  clear_list_box (self->closest_list);
  clear_list_box (self->furthest_list);
  shown = MIN (self->ranking->len, N_RANKED);
  for (guint i = 0; i < shown; i++)
    gtk_list_box_append (self->closest_list,
                         rank_row_new (self, &g_array_index (self->ranking, PlenaryAgreementRank, i)));
  for (guint i = 0; i < MIN (self->ranking->len, N_RANKED); i++)
    gtk_list_box_append (self->furthest_list,
                         rank_row_new (self, &g_array_index (self->ranking, PlenaryAgreementRank,
                                                             self->ranking->len - 1 - i)));

  counted = plenary_analysis_caption (self->vectors, &period);
  /* Translators: under the closest and furthest members: the measure of agreement, then what
   * the figures were counted over ("Counted over 5,536 roll calls…"). */
  /* Translators: %1$s is the measure, %2$d the fewest shared roll calls a
   * member needs to be ranked (10), %3$s what the figures were counted over. */
  caption = g_strdup_printf (_("%1$s: each share is of the roll calls both members voted on, and "
                               "members with fewer than %2$d of them are left out. %3$s"),
                             plenary_agreement_kind_get_label (self->kind), PLENARY_ALIGNMENT_MIN_VOTES,
                             counted);
  gtk_label_set_text (self->rank_caption, caption);
}

static void
rank_row_activated_cb (PlenaryCountryPage *self,
                       GtkListBoxRow      *row,
                       GtkListBox         *list)
{
  emit_member (self, GTK_WIDGET (list), GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "plenary-member")) - 1);
}

/* Agreement over time with another member */

/* The member the chart starts with: the United States, or for the United
 * States the Russian Federation, the pair the story began with. */
static int
default_other (PlenaryCountryPage *self)
{
  int usa = plenary_dataset_lookup_member (self->dataset, "USA");
  int other = self->member == usa ? plenary_dataset_lookup_member (self->dataset, "RUS") : usa;

  if (other >= 0 && other != self->member)
    return other;
  if (self->ranking != NULL && self->ranking->len > 0)
    return (int) g_array_index (self->ranking, PlenaryAgreementRank, 0).member;
  return ((guint) self->member + 1) % plenary_dataset_get_n_members (self->dataset);
}

static void
update_agreement (PlenaryCountryPage *self)
{
  PlenaryAgreementCounts counts = { 0 };
  g_autofree char *caption = NULL;
  g_autofree char *years = describe_years (self);
  PlenaryPeriod period;
  guint member = (guint) self->member;
  guint other;
  guint n_votes;
  double share;

  if (self->other < 0 || self->other == self->member)
    self->other = default_other (self);
  other = (guint) self->other;
  self->syncing = TRUE;
  plenary_member_drop_down_set_member (self->other_drop_down, self->other);
  self->syncing = FALSE;

  get_period (self, &period);
  g_clear_object (&self->agreement_picture);
  self->agreement_picture = plenary_agreement_picture_new (self->vectors, &period, &member, &other, 1, self->kind,
                                                           PLENARY_AGREEMENT_FOLLOW_SEATS, self->source);
  plenary_chart_view_set_picture (self->agreement_view, self->agreement_picture);

  plenary_agreement_count (self->vectors, &period, member, other, PLENARY_AGREEMENT_FOLLOW_SEATS, &counts);
  share = plenary_agreement_counts_get_share (&counts, self->kind, &n_votes);
  if (n_votes == 0)
    /* Translators: under the agreement chart: two countries and a span of years. */
    caption = g_strdup_printf (_("%s and %s never both voted on the same roll call in %s."),
                               plenary_member_get_localized_name (get_member (self, self->member)),
                               plenary_member_get_localized_name (get_member (self, self->other)), years);
  else
    {
      g_autofree char *percent = plenary_format_percent (share);
      g_autofree char *count = plenary_format_count (n_votes);

      caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: under the agreement chart: two
                                               * countries, the share, the roll calls it counts, the
                                               * years and the measure. */
                                              "%s and %s agreed on %s of the %s roll call both voted on "
                                              "in %s (%s). Each point is a year: hover over it for its "
                                              "votes.",
                                              "%s and %s agreed on %s of the %s roll calls both voted on "
                                              "in %s (%s). Each point is a year: hover over it for its "
                                              "votes.",
                                              n_votes),
                                 plenary_member_get_localized_name (get_member (self, self->member)),
                                 plenary_member_get_localized_name (get_member (self, self->other)),
                                 percent, count, years, plenary_agreement_kind_get_label (self->kind));
    }
  gtk_label_set_text (self->agreement_caption, caption);
}

static void
other_changed_cb (PlenaryCountryPage *self)
{
  int other;

  if (self->syncing || self->dataset == NULL || self->member < 0)
    return;
  other = plenary_member_drop_down_get_member (self->other_drop_down);
  if (other < 0 || other == self->other)
    return;
  self->other = other;
  update_agreement (self);
}

/* The alignment map */

static void
update_alignment (PlenaryCountryPage *self)
{
  PlenaryPeriod period;

  get_period (self, &period);
  g_clear_object (&self->alignment_picture);
  self->alignment_picture = plenary_alignment_picture_new (self->vectors, &period, (guint) self->member, self->kind,
                                                           gtk_toggle_button_get_active (self->tiles_button),
                                                           self->source);
  plenary_chart_view_set_picture (self->alignment_view, self->alignment_picture);
}

static void
map_layout_toggled_cb (PlenaryCountryPage *self,
                       GtkToggleButton    *button)
{
  if (gtk_toggle_button_get_active (button) && self->dataset != NULL && self->member >= 0)
    update_alignment (self);
}

static void
map_member_activated_cb (PlenaryCountryPage *self,
                         int                 member,
                         PlenaryChartView   *view)
{
  if (member != self->member)
    emit_member (self, GTK_WIDGET (view), member);
}

/* The votes, one by one */

static void
update_votes (PlenaryCountryPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *heading = NULL;
  g_autofree char *count = NULL;
  PlenaryPeriod period;
  guint first, end;

  get_period (self, &period);
  if (plenary_vote_vectors_find_votes (self->vectors, &period, &first, &end))
    for (guint v = first; v < end; v++)
      {
        PlenaryVote vote = plenary_vote_vectors_get_vote (self->vectors, (guint) self->member, v);

        if (vote != PLENARY_VOTE_NOT_IN_BODY)
          g_ptr_array_add (items, plenary_country_vote_new (plenary_vote_vectors_get_resolution (self->vectors, v),
                                                            vote));
      }
  g_list_store_splice (self->votes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->votes)),
                       items->pdata, items->len);

  count = plenary_format_count (items->len);
  /* Translators: the heading of a country's list of its votes: "5,536 Roll Calls". */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s Roll Call", "%s Roll Calls", items->len),
                             count);
  gtk_label_set_text (self->votes_heading, heading);
  gtk_label_set_text (self->votes_caption,
                      _("Click a heading to sort by it; double-click a vote, or press Enter on it, to open it."));
}

static void
vote_activated_cb (PlenaryCountryPage *self,
                   guint               position,
                   GtkColumnView      *view)
{
  g_autoptr(PlenaryCountryVote) item = g_list_model_get_item (G_LIST_MODEL (self->sorted_votes), position);

  if (item != NULL)
    g_signal_emit (self, signals[RESOLUTION_ACTIVATED], 0, item->resolution);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (user_data) == 2)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
    }
  else if (GPOINTER_TO_INT (user_data) == 3)
    gtk_widget_add_css_class (label, "vote-cell");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PlenaryCountryVote *vote = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  switch (GPOINTER_TO_INT (user_data))
    {
    case 0:
      {
        g_autofree char *date = plenary_date_format_short (plenary_resolution_get_date (vote->resolution));

        gtk_label_set_text (label, date);
        break;
      }
    case 1:
      gtk_label_set_text (label, plenary_resolution_get_symbol (vote->resolution));
      break;
    case 2:
      {
        const char *title = plenary_resolution_get_localized_title (vote->resolution);

        gtk_label_set_text (label, title != NULL ? title : "");
        gtk_widget_set_tooltip_text (GTK_WIDGET (label), title);
        break;
      }
    default:
      for (guint i = 0; i < N_RECORD_VOTES; i++)
        gtk_widget_remove_css_class (GTK_WIDGET (label), plenary_vote_to_key (record_votes[i]));
      gtk_widget_add_css_class (GTK_WIDGET (label), plenary_vote_to_key (vote->vote));
      gtk_label_set_text (label, plenary_vote_get_label (vote->vote));
      break;
    }
}

static int
compare_dates (PlenaryCountryVote *a,
               PlenaryCountryVote *b)
{
  return g_date_compare (plenary_resolution_get_date (a->resolution), plenary_resolution_get_date (b->resolution));
}

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  PlenaryCountryVote *first = (PlenaryCountryVote *) a;
  PlenaryCountryVote *second = (PlenaryCountryVote *) b;
  int order = 0;

  switch (GPOINTER_TO_INT (user_data))
    {
    case 0:
      order = compare_dates (first, second);
      if (order == 0)
        order = strcmp (symbol_key (first), symbol_key (second));
      break;
    case 1:
      order = strcmp (symbol_key (first), symbol_key (second));
      break;
    default:
      order = (int) first->vote - (int) second->vote;
      if (order == 0)
        order = -compare_dates (first, second);
      break;
    }
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
add_column (PlenaryCountryPage *self,
            const char         *title,
            int                 column,
            gboolean            sortable)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  if (sortable)
    {
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_column, GINT_TO_POINTER (column), NULL));

      gtk_column_view_column_set_sorter (view_column, sorter);
    }
  gtk_column_view_column_set_expand (view_column, column == 2);
  gtk_column_view_append_column (self->votes_view, view_column);
}

static void
setup_votes_view (PlenaryCountryPage *self)
{
  GtkSingleSelection *selection;

  /* Translators: column headings of a country's list of votes. */
  add_column (self, C_("column", "Date"), 0, TRUE);
  add_column (self, C_("column", "Symbol"), 1, TRUE);
  add_column (self, C_("column", "Title"), 2, FALSE);
  add_column (self, C_("column", "Vote"), 3, TRUE);

  self->votes = g_list_store_new (PLENARY_TYPE_COUNTRY_VOTE);
  self->sorted_votes = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->votes)),
                                                g_object_ref (gtk_column_view_get_sorter (self->votes_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted_votes)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->votes_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_column_view_sort_by_column (self->votes_view,
                                  g_list_model_get_item (gtk_column_view_get_columns (self->votes_view), 0),
                                  GTK_SORT_DESCENDING);
}

/* The choices in a narrow window: one button that says them, and holds them */

static void
update_choices_label (PlenaryCountryPage *self)
{
  g_autofree char *years = describe_years (self);
  g_autofree char *topic = self->topic != NULL ? plenary_describe_topic (self->topic) : NULL;
  g_autofree char *text = NULL;
  /* Translators: the bodies a country page counts, both of them, in the summary of its choices. */
  const char *bodies = self->body < 0 ? C_("bodies", "Both bodies") : plenary_body_get_label ((PlenaryBody) self->body);

  if (topic != NULL)
    /* Translators: a country page's choices in a narrow window: the body, the years and the
     * topic, "General Assembly · 1946–2025 · Disarmament". */
    text = g_strdup_printf (_("%s · %s · %s"), bodies, years, topic);
  else
    /* Translators: a country page's choices in a narrow window: the body and the years,
     * "General Assembly · 1946–2025". */
    text = g_strdup_printf (_("%s · %s"), bodies, years);
  gtk_label_set_text (self->choices_label, text);
}

/* Everything */

static void
update_all (PlenaryCountryPage *self)
{
  g_autofree char *line = NULL;

  if (self->dataset == NULL || self->member < 0)
    return;

  ensure_vectors (self, &self->vectors, self->body < 0,
                  self->body < 0 ? PLENARY_BODY_GENERAL_ASSEMBLY : (PlenaryBody) self->body);
  update_header (self);
  update_record (self);
  update_ranking (self);
  update_agreement (self);
  update_alignment (self);
  update_votes (self);
  update_choices_label (self);
  line = plenary_describe_source_line (self->source);
  gtk_label_set_text (self->source_label, line);
}

/* The choices */

static void
sync_controls (PlenaryCountryPage *self)
{
  self->syncing = TRUE;
  gtk_spin_button_set_range (self->from_spin, self->first_year, self->last_year);
  gtk_spin_button_set_range (self->to_spin, self->first_year, self->last_year);
  gtk_spin_button_set_value (self->from_spin, self->year_from);
  gtk_spin_button_set_value (self->to_spin, self->year_to);
  gtk_toggle_button_set_active (self->body < 0 ? self->both_button
                                : self->body == PLENARY_BODY_SECURITY_COUNCIL ? self->council_button
                                : self->assembly_button, TRUE);
  plenary_topic_drop_down_set_topic (self->topic_drop_down, self->topic);
  gtk_drop_down_set_selected (self->kind_drop_down, self->kind);
  self->syncing = FALSE;
}

static void
body_toggled_cb (PlenaryCountryPage *self,
                 GtkToggleButton    *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  plenary_country_page_set_body (self,
                                 button == self->both_button ? -1
                                 : button == self->council_button ? PLENARY_BODY_SECURITY_COUNCIL
                                 : PLENARY_BODY_GENERAL_ASSEMBLY);
}

static void
years_changed_cb (PlenaryCountryPage *self,
                  GtkSpinButton      *spin)
{
  int from, to;

  if (self->syncing)
    return;
  from = gtk_spin_button_get_value_as_int (self->from_spin);
  to = gtk_spin_button_get_value_as_int (self->to_spin);
  /* The other end follows the one moved past it. */
  if (from > to)
    {
      if (spin == self->from_spin)
        to = from;
      else
        from = to;
    }
  plenary_country_page_set_years (self, from, to);
}

static void
topic_changed_cb (PlenaryCountryPage *self)
{
  if (!self->syncing)
    plenary_country_page_set_topic (self, plenary_topic_drop_down_get_topic (self->topic_drop_down));
}

static void
kind_changed_cb (PlenaryCountryPage *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_drop_down);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_drop_down),
                               kind < PLENARY_N_AGREEMENT_KINDS
                               ? plenary_agreement_kind_get_description ((PlenaryAgreementKind) kind) : NULL);
  if (!self->syncing && kind < PLENARY_N_AGREEMENT_KINDS)
    plenary_country_page_set_kind (self, (PlenaryAgreementKind) kind);
}

/* Pictures out */

static void
chart_copied_cb (PlenaryCountryPage *self,
                 PlenaryChartView   *view)
{
  g_signal_emit (self, signals[PICTURE_COPIED], 0, plenary_chart_view_get_picture (view));
}

static void
chart_table_copied_cb (PlenaryCountryPage *self,
                       PlenaryChartView    *view)
{
  g_signal_emit (self, signals[TABLE_COPIED], 0);
}

static void
chart_focus_cb (PlenaryCountryPage *self,
                GParamSpec         *pspec,
                PlenaryChartView   *view)
{
  if (gtk_widget_has_focus (GTK_WIDGET (view)))
    self->active_view = view;
}

static void
plenary_country_page_dispose (GObject *object)
{
  PlenaryCountryPage *self = PLENARY_COUNTRY_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_COUNTRY_PAGE);
  /* The template's root box is not bound, so the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);
  g_clear_object (&self->agreement_picture);
  g_clear_object (&self->alignment_picture);
  g_clear_object (&self->sorted_votes);
  g_clear_object (&self->votes);
  g_clear_pointer (&self->vectors, plenary_vote_vectors_unref);
  for (guint body = 0; body < N_BODIES; body++)
    {
      g_clear_pointer (&self->body_vectors[body], plenary_vote_vectors_unref);
      for (guint vote = 0; vote < PLENARY_N_TALLY_VOTES; vote++)
        g_clear_pointer (&self->cells[body][vote], g_free);
    }
  g_clear_pointer (&self->ranking, g_array_unref);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->topic, g_free);

  G_OBJECT_CLASS (plenary_country_page_parent_class)->dispose (object);
}

static void
plenary_country_page_class_init (PlenaryCountryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_country_page_dispose;

  /**
   * PlenaryCountryPage::member-activated:
   * @code: the member's code
   *
   * Another member was clicked: on the map, or in the ranking.
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenaryCountryPage::member-toggled:
   * @code: the member's code
   *
   * A member was Ctrl+clicked.
   */
  signals[MEMBER_TOGGLED] =
    g_signal_new ("member-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenaryCountryPage::resolution-activated:
   * @resolution: the vote to open
   */
  signals[RESOLUTION_ACTIVATED] =
    g_signal_new ("resolution-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_RESOLUTION);

  /**
   * PlenaryCountryPage::picture-copied:
   * @picture: the picture put on the clipboard
   */
  signals[PICTURE_COPIED] =
    g_signal_new ("picture-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_PICTURE);

  /**
   * PlenaryCountryPage::table-copied:
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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-country-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, about_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, agreement_caption);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, agreement_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, alignment_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, assembly_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, both_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, choices_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, choices_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, closest_list);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, compact_bar);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, controls_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, council_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, from_spin);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, furthest_list);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, no_votes_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, other_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, page_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, rank_caption);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, record_caption);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, record_grid);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, record_heading);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, tiles_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, to_spin);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, topic_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, votes_caption);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, votes_heading);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, votes_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryCountryPage, world_button);
  gtk_widget_class_bind_template_callback (widget_class, body_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_table_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_focus_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_layout_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, other_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, rank_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, vote_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, years_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "countrypage");
}

static void
plenary_country_page_init (PlenaryCountryPage *self)
{
  self->member = -1;
  self->other = -1;
  self->body = PLENARY_BODY_GENERAL_ASSEMBLY;
  self->kind = PLENARY_AGREEMENT_PLAIN;
  self->first_year = self->year_from = 1946;
  self->last_year = self->year_to = 2025;

  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  plenary_label_keep_out_of_tab_chain (self->name_label);
  plenary_label_keep_out_of_tab_chain (self->source_label);
  plenary_measure_drop_down_fill (self->kind_drop_down);
  plenary_topic_drop_down_fill (self->topic_drop_down, NULL);
  setup_votes_view (self);
  self->syncing = FALSE;
}

/* Public API */

/* Counts in @dataset, whose record comes from @source; the years span the
 * dataset's, the topic and the member are cleared. */
void
plenary_country_page_set_dataset (PlenaryCountryPage *self,
                                  PlenaryDataset     *dataset,
                                  const char         *source)
{
  guint n;

  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));
  g_return_if_fail (dataset == NULL || PLENARY_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  g_free (self->source);
  self->source = g_strdup (source);
  self->member = -1;
  self->other = -1;
  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->vectors, plenary_vote_vectors_unref);
  for (guint body = 0; body < N_BODIES; body++)
    g_clear_pointer (&self->body_vectors[body], plenary_vote_vectors_unref);
  g_clear_pointer (&self->ranking, g_array_unref);

  self->first_year = G_MAXINT;
  self->last_year = 0;
  n = dataset != NULL ? g_list_model_get_n_items (G_LIST_MODEL (dataset)) : 0;
  for (guint i = 0; i < n; i++)
    {
      int year = g_date_get_year (plenary_resolution_get_date (plenary_dataset_get_resolution (dataset, i)));

      self->first_year = MIN (self->first_year, year);
      self->last_year = MAX (self->last_year, year);
    }
  if (n == 0)
    self->first_year = self->last_year = 2025;
  self->year_from = self->first_year;
  self->year_to = self->last_year;

  /* The drop-downs are filled when a member is first shown: counting the
   * record's topics is not worth doing at every load. */
  self->filled = FALSE;
  sync_controls (self);
}

static void
ensure_filled (PlenaryCountryPage *self)
{
  if (self->filled)
    return;
  self->filled = TRUE;
  self->syncing = TRUE;
  plenary_topic_drop_down_fill (self->topic_drop_down, self->dataset);
  plenary_member_drop_down_fill (self->other_drop_down, self->dataset);
  self->syncing = FALSE;
  sync_controls (self);
}

int
plenary_country_page_get_member (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), -1);

  return self->member;
}

/* Shows the member at @member, an index into the dataset, from the top
 * (or where it was, if it shows it already). */
void
plenary_country_page_set_member (PlenaryCountryPage *self,
                                 int                 member)
{
  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));
  g_return_if_fail (self->dataset != NULL);
  g_return_if_fail (member >= 0 && (guint) member < plenary_dataset_get_n_members (self->dataset));

  ensure_filled (self);
  if (member == self->member)
    return;
  self->member = member;
  update_all (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

int
plenary_country_page_get_other (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), -1);

  return self->other;
}

/* The member whose agreement with the page's the chart shows. */
void
plenary_country_page_set_other (PlenaryCountryPage *self,
                                int                 member)
{
  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));
  ensure_filled (self);

  self->other = member;
  if (self->dataset != NULL && self->member >= 0)
    update_agreement (self);
}

void
plenary_country_page_get_years (PlenaryCountryPage *self,
                                int                *from,
                                int                *to)
{
  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));

  *from = self->year_from;
  *to = self->year_to;
}

/* Counts the years @from to @to, both included, within the dataset's. */
void
plenary_country_page_set_years (PlenaryCountryPage *self,
                                int                 from,
                                int                 to)
{
  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));
  ensure_filled (self);

  from = CLAMP (from, self->first_year, self->last_year);
  to = CLAMP (to, from, self->last_year);
  if (from == self->year_from && to == self->year_to)
    return;
  self->year_from = from;
  self->year_to = to;
  sync_controls (self);
  update_all (self);
}

/* Counts the votes of @body (a PlenaryBody), or of both with -1, in all
 * but the record, which shows each body. */
void
plenary_country_page_set_body (PlenaryCountryPage *self,
                               int                 body)
{
  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));
  ensure_filled (self);

  body = body == PLENARY_BODY_GENERAL_ASSEMBLY || body == PLENARY_BODY_SECURITY_COUNCIL ? body : -1;
  if (body == self->body)
    return;
  self->body = body;
  sync_controls (self);
  update_all (self);
}

const char *
plenary_country_page_get_topic (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);

  return self->topic;
}

/* Counts only the roll calls filed under the UN subject term @topic, or
 * all with NULL; FALSE if no roll call of the dataset carries it. */
gboolean
plenary_country_page_set_topic (PlenaryCountryPage *self,
                                const char         *topic)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), FALSE);
  ensure_filled (self);

  if (topic != NULL && *topic == '\0')
    topic = NULL;
  if (g_strcmp0 (topic, self->topic) == 0)
    return TRUE;
  self->syncing = TRUE;
  if (!plenary_topic_drop_down_set_topic (self->topic_drop_down, topic))
    {
      self->syncing = FALSE;
      return FALSE;
    }
  self->syncing = FALSE;
  g_free (self->topic);
  self->topic = g_strdup (topic);
  update_all (self);
  return TRUE;
}

void
plenary_country_page_set_kind (PlenaryCountryPage   *self,
                               PlenaryAgreementKind  kind)
{
  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));
  g_return_if_fail (kind < PLENARY_N_AGREEMENT_KINDS);
  ensure_filled (self);

  if (kind == self->kind)
    return;
  self->kind = kind;
  sync_controls (self);
  if (self->dataset != NULL && self->member >= 0)
    {
      update_ranking (self);
      update_agreement (self);
      update_alignment (self);
    }
}

/* The record's figures: how often the member voted @vote in @body over the
 * years and topic chosen (NOT_RECORDED: sat in the body, no vote given). */
guint
plenary_country_page_get_count (PlenaryCountryPage *self,
                                PlenaryBody         body,
                                PlenaryVote         vote)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), 0);
  g_return_val_if_fail (body < N_BODIES && vote < PLENARY_N_TALLY_VOTES, 0);

  return self->record[body][vote];
}

/* The roll calls of @body the member sat for, over the years and topic. */
guint
plenary_country_page_get_roll_calls (PlenaryCountryPage *self,
                                     PlenaryBody         body)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), 0);
  g_return_val_if_fail (body < N_BODIES, 0);

  return self->roll_calls[body];
}

/* The text the record shows for @vote in @body. */
const char *
plenary_country_page_get_cell_text (PlenaryCountryPage *self,
                                    PlenaryBody         body,
                                    PlenaryVote         vote)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);
  g_return_val_if_fail (body < N_BODIES && vote < PLENARY_N_TALLY_VOTES, NULL);

  return self->cells[body][vote];
}

/* The member's votes as the list shows them, sorted. */
GListModel *
plenary_country_page_get_votes (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);

  return G_LIST_MODEL (self->sorted_votes);
}

GtkColumnView *
plenary_country_page_get_votes_view (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);

  return self->votes_view;
}

/* Every other member by its agreement, closest first (PlenaryAgreementRank). */
GArray *
plenary_country_page_get_ranking (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);

  return self->ranking;
}

PlenaryPicture *
plenary_country_page_get_picture (PlenaryCountryPage *self,
                                  PlenaryChart        kind)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);

  if (kind == PLENARY_CHART_AGREEMENT)
    return self->agreement_picture;
  if (kind == PLENARY_CHART_ALIGNMENT)
    return self->alignment_picture;
  return NULL;
}

GtkWidget *
plenary_country_page_get_view (PlenaryCountryPage *self,
                               PlenaryChart        kind)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);

  return GTK_WIDGET (kind == PLENARY_CHART_AGREEMENT ? self->agreement_view : self->alignment_view);
}

/* The picture of the view that had focus last, or else the map's. */
PlenaryPicture *
plenary_country_page_get_active_picture (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), NULL);

  return plenary_chart_view_get_picture (self->active_view != NULL ? self->active_view : self->alignment_view);
}

gboolean
plenary_country_page_copy_active (PlenaryCountryPage *self)
{
  g_return_val_if_fail (PLENARY_IS_COUNTRY_PAGE (self), FALSE);

  return plenary_chart_view_copy (self->active_view != NULL ? self->active_view : self->alignment_view);
}

/**
 * plenary_country_page_set_compact:
 * @compact: whether the window is narrow
 *
 * In a narrow window the choices above the page (body, years, topic,
 * measure) would take a third of a phone's screen: they move into the
 * popover of one button that says what they are.
 */
void
plenary_country_page_set_compact (PlenaryCountryPage *self,
                                  gboolean            compact)
{
  g_autoptr(GtkWidget) controls = NULL;

  g_return_if_fail (PLENARY_IS_COUNTRY_PAGE (self));

  compact = !!compact;
  if (compact == gtk_widget_get_visible (self->compact_bar))
    return;

  controls = g_object_ref (self->controls_box);
  if (compact)
    {
      gtk_box_remove (GTK_BOX (self->page_box), controls);
      gtk_box_append (GTK_BOX (self->choices_box), controls);
      gtk_widget_remove_css_class (controls, "analysis-bar");
    }
  else
    {
      gtk_box_remove (GTK_BOX (self->choices_box), controls);
      gtk_box_insert_child_after (GTK_BOX (self->page_box), controls, self->compact_bar);
      gtk_widget_add_css_class (controls, "analysis-bar");
    }
  gtk_widget_set_visible (self->compact_bar, compact);
}
