/* plenary-resolution-page.c: one resolution in full: its words, its pictures, its members
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The detail pane of the window: the title, the meta line and the outcome
 * with the majority in words (all from the describer), links to the UN's
 * record and document, the tally, the seat chart, the member map, the
 * regional groups, and every member grouped by its vote. A resolution
 * adopted without a vote says so, and shows no charts: an empty tally is not
 * a unanimous one. It makes the resolution's pictures once and hands them to
 * its views; it tells the window when a member is activated (a click) or
 * toggled (Ctrl+click), when another vote is picked to compare with, or when
 * a picture is copied, and otherwise keeps to itself.
 */

#define G_LOG_DOMAIN "plenary-resolution-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-chart-view.h"
#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-groups-chart.h"
#include "plenary-member.h"
#include "plenary-member-list.h"
#include "plenary-resolution-page.h"
#include "plenary-resolution-picker.h"
#include "plenary-resolution-row.h"
#include "plenary-ui-resources.h"
#include "plenary-vote-pictures.h"
#include "plenary-widget-util.h"

/* The pictures of a vote, by kind; the analyses' kinds stay empty but for
 * the regional groups. */
#define N_PICTURES (PLENARY_CHART_GROUPS + 1)

struct _PlenaryResolutionPage
{
  GtkWidget          parent_instance;

  PlenaryResolution *resolution;
  PlenaryPicture    *pictures[N_PICTURES];
  GArray            *picked;
  GPtrArray         *member_lists;
  PlenaryChartView  *active_view;
  char              *record_link;
  char              *document_link;

  GtkWidget         *charts_box;
  GtkMenuButton     *compare_button;
  GtkWidget         *document_button;
  PlenaryChartView  *groups_view;
  GtkWidget         *groups_card;
  GtkWidget         *links_box;
  GtkLabel          *majority_label;
  GtkWidget         *map_card;
  GtkWidget         *members_heading;
  PlenaryChartView  *map_view;
  GtkGrid           *members_grid;
  GtkLabel          *meta_label;
  GtkWidget         *missing_box;
  GtkLabel          *missing_label;
  GtkLabel          *source_label;
  GtkLabel          *outcome_label;
  GtkWidget         *record_button;
  GtkScrolledWindow *scrolled_window;
  PlenaryChartView  *seats_view;
  PlenaryChartView  *tally_view;
  GtkToggleButton   *tiles_button;
  GtkLabel          *title_label;
  GtkToggleButton   *world_button;
};

G_DEFINE_FINAL_TYPE (PlenaryResolutionPage, plenary_resolution_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MAP_TILES,
  N_PROPS
};

enum {
  MEMBER_ACTIVATED,
  MEMBER_TOGGLED,
  COMPARE,
  PICTURE_COPIED,
  TABLE_COPIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const outcome_classes[] = { "adopted", "not-adopted", "vetoed" };

static const PlenaryVote member_rows[] = {
  PLENARY_VOTE_YES, PLENARY_VOTE_NO, PLENARY_VOTE_ABSTAIN,
  PLENARY_VOTE_NON_VOTING, PLENARY_VOTE_NOT_RECORDED,
};

static void
emit_member (PlenaryResolutionPage *self,
             guint                  signal,
             int                    member)
{
  if (self->resolution == NULL || member < 0 ||
      (guint) member >= plenary_resolution_get_n_members (self->resolution))
    return;
  g_signal_emit (self, signals[signal], 0,
                 plenary_member_get_code (plenary_resolution_get_member (self->resolution, member)));
}

/* Members by vote */

static void
list_member_activated_cb (PlenaryResolutionPage *self,
                          int                    member,
                          PlenaryMemberList     *list)
{
  emit_member (self, MEMBER_ACTIVATED, member);
}

static void
list_member_toggled_cb (PlenaryResolutionPage *self,
                        int                    member,
                        PlenaryMemberList     *list)
{
  emit_member (self, MEMBER_TOGGLED, member);
}

/* A line of the vote list in words: a note, or "None". */
static GtkWidget *
note_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "member-note");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* The members whose vote is @vote, in the locale's order, each one a child
 * that activates it; then what the file does not name. */
static void
add_members_row (PlenaryResolutionPage *self,
                 PlenaryVote            vote,
                 int                    row)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
  g_autoptr(GArray) members = plenary_resolution_list_members (self->resolution, vote);
  g_autofree char *count = NULL;
  g_autofree char *heading_text = NULL;
  guint total = tally->counts[vote];
  GtkWidget *heading;
  GtkWidget *body;

  body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (body, TRUE);
  if (members->len > 0)
    {
      GtkWidget *list = plenary_member_list_new ();

      for (guint i = 0; i < members->len; i++)
        {
          guint index = g_array_index (members, guint, i);

          plenary_member_list_append (PLENARY_MEMBER_LIST (list), index,
                                      plenary_resolution_get_member (self->resolution, index));
        }
      plenary_member_list_set_picked (PLENARY_MEMBER_LIST (list), (const int *) self->picked->data,
                                      self->picked->len);
      g_signal_connect_object (list, "member-activated", G_CALLBACK (list_member_activated_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "member-toggled", G_CALLBACK (list_member_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (body), list);
      g_ptr_array_add (self->member_lists, list);
    }

  if (vote != PLENARY_VOTE_NOT_RECORDED && total > members->len)
    {
      g_autofree char *unnamed = plenary_format_count (total - members->len);
      g_autofree char *note = NULL;

      note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the names of a vote list: the
                                            * official total counts this many more votes whose
                                            * members the file does not name: "… · 13 more, not
                                            * named in this file". */
                                           "%s more, not named in this file",
                                           "%s more, not named in this file",
                                           total - members->len),
                              unnamed);
      gtk_box_append (GTK_BOX (body), note_label_new (note));
    }
  else if (members->len == 0)
    {
      gtk_box_append (GTK_BOX (body),
                      note_label_new (!tally->known[vote] ? _("Not reported") : C_("members", "None")));
    }

  count = !tally->known[vote] && total == 0 ? g_strdup ("–") : plenary_format_count (total);
  /* Translators: a vote list's heading: "Yes (93)". */
  heading_text = g_strdup_printf (_("%s (%s)"), plenary_vote_get_label (vote), count);
  heading = gtk_label_new (heading_text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_yalign (GTK_LABEL (heading), 0);
  /* "Not recorded (64)" goes on two lines in a narrow window. */
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "vote-heading");
  gtk_widget_add_css_class (heading, plenary_vote_to_key (vote));

  gtk_grid_attach (self->members_grid, heading, 0, row, 1, 1);
  gtk_grid_attach (self->members_grid, body, 1, row, 1, 1);
}

static void
update_members (PlenaryResolutionPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->member_lists, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->members_grid))) != NULL)
    gtk_grid_remove (self->members_grid, child);
  if (self->resolution == NULL || plenary_resolution_get_without_vote (self->resolution))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (member_rows); i++)
    add_members_row (self, member_rows[i], (int) i);
}

/* Pictures */

static void
show_map_picture (PlenaryResolutionPage *self)
{
  PlenaryChart kind = gtk_toggle_button_get_active (self->tiles_button) ? PLENARY_CHART_TILES : PLENARY_CHART_MAP;

  plenary_chart_view_set_picture (self->map_view, self->pictures[kind]);
}

static void
apply_picked (PlenaryResolutionPage *self)
{
  for (guint i = 0; i < N_PICTURES; i++)
    if (self->pictures[i] != NULL)
      plenary_picture_set_emphasis (self->pictures[i], (const int *) self->picked->data, self->picked->len);
  for (guint i = 0; i < self->member_lists->len; i++)
    plenary_member_list_set_picked (g_ptr_array_index (self->member_lists, i),
                                    (const int *) self->picked->data, self->picked->len);
  gtk_widget_queue_draw (GTK_WIDGET (self->tally_view));
  gtk_widget_queue_draw (GTK_WIDGET (self->seats_view));
  gtk_widget_queue_draw (GTK_WIDGET (self->map_view));
  gtk_widget_queue_draw (GTK_WIDGET (self->groups_view));
}

static void
map_layout_toggled_cb (PlenaryResolutionPage *self,
                       GtkToggleButton       *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  show_map_picture (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_TILES]);
}

/* A click on a member of a picture activates it; Ctrl+click toggles it. */
static void
member_activated_cb (PlenaryResolutionPage *self,
                     int                    member,
                     PlenaryChartView      *view)
{
  emit_member (self, plenary_widget_control_is_held (GTK_WIDGET (view)) ? MEMBER_TOGGLED : MEMBER_ACTIVATED,
               member);
}

static void
compare_picked_cb (PlenaryResolutionPage   *self,
                   PlenaryResolution       *second,
                   PlenaryResolutionPicker *picker)
{
  if (self->resolution != NULL)
    g_signal_emit (self, signals[COMPARE], 0, second);
}

static void
chart_copied_cb (PlenaryResolutionPage *self,
                 PlenaryChartView      *view)
{
  g_signal_emit (self, signals[PICTURE_COPIED], 0, plenary_chart_view_get_picture (view));
}

static void
chart_table_copied_cb (PlenaryResolutionPage *self,
                       PlenaryChartView       *view)
{
  g_signal_emit (self, signals[TABLE_COPIED], 0);
}

static void
chart_focus_cb (PlenaryResolutionPage *self,
                GParamSpec            *pspec,
                PlenaryChartView      *view)
{
  if (gtk_widget_has_focus (GTK_WIDGET (view)))
    self->active_view = view;
}

/* The header */

static void
link_clicked_cb (PlenaryResolutionPage *self,
                 GtkButton             *button)
{
  const char *uri = GTK_WIDGET (button) == self->record_button ? self->record_link : self->document_link;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (uri != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
update_links (PlenaryResolutionPage *self)
{
  g_clear_pointer (&self->record_link, g_free);
  g_clear_pointer (&self->document_link, g_free);
  if (self->resolution != NULL)
    {
      self->record_link = plenary_resolution_dup_record_link (self->resolution);
      self->document_link = plenary_resolution_dup_document_link (self->resolution);
    }
  gtk_widget_set_visible (self->record_button, self->record_link != NULL);
  gtk_widget_set_tooltip_text (self->record_button, self->record_link);
  gtk_widget_set_visible (self->document_button, self->document_link != NULL);
  gtk_widget_set_tooltip_text (self->document_button, self->document_link);
  /* The links and Compare With… wrap under each other when narrow. */
  gtk_widget_set_visible (self->links_box, self->record_link != NULL || self->document_link != NULL ||
                                           gtk_widget_get_visible (GTK_WIDGET (self->compare_button)));
}

static void
update_header (PlenaryResolutionPage *self)
{
  PlenaryResolution *resolution = self->resolution;
  gboolean without_vote = plenary_resolution_get_without_vote (resolution);
  g_autofree char *meta = plenary_describe_meta (resolution);
  g_autofree char *majority = NULL;
  g_autofree char *unattributed = NULL;
  PlenaryOutcome outcome = plenary_shown_outcome (resolution);
  const char *title = plenary_resolution_get_localized_title (resolution);

  if (without_vote)
    majority = g_strdup (_("Adopted without a vote: no member’s vote was recorded"));
  else
    {
      majority = plenary_describe_majority (resolution);
      unattributed = plenary_describe_unattributed (resolution);
    }
  gtk_widget_set_visible (self->charts_box, !without_vote);
  gtk_widget_set_visible (self->map_card, !without_vote);
  gtk_widget_set_visible (self->groups_card, !without_vote);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), !without_vote);
  gtk_widget_set_visible (self->members_heading, !without_vote);
  gtk_widget_set_visible (GTK_WIDGET (self->members_grid), !without_vote);

  gtk_label_set_text (self->title_label, title != NULL ? title : plenary_resolution_get_symbol (resolution));
  gtk_label_set_text (self->meta_label, meta);
  gtk_label_set_text (self->majority_label, majority);
  gtk_label_set_text (self->outcome_label, plenary_outcome_get_label (outcome));
  for (guint i = 0; i < G_N_ELEMENTS (outcome_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_label), outcome_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->outcome_label), outcome_classes[outcome]);

  gtk_widget_set_visible (self->missing_box, unattributed != NULL);
  gtk_label_set_text (self->missing_label, unattributed != NULL ? unattributed : "");
}

static void
plenary_resolution_page_dispose (GObject *object)
{
  PlenaryResolutionPage *self = PLENARY_RESOLUTION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_RESOLUTION_PAGE);
  g_clear_object (&self->resolution);
  g_clear_pointer (&self->record_link, g_free);
  g_clear_pointer (&self->document_link, g_free);
  for (guint i = 0; i < N_PICTURES; i++)
    g_clear_object (&self->pictures[i]);
  g_clear_pointer (&self->member_lists, g_ptr_array_unref);
  g_clear_pointer (&self->picked, g_array_unref);

  G_OBJECT_CLASS (plenary_resolution_page_parent_class)->dispose (object);
}

static void
plenary_resolution_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PlenaryResolutionPage *self = PLENARY_RESOLUTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MAP_TILES:
      g_value_set_boolean (value, plenary_resolution_page_get_map_tiles (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_resolution_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PlenaryResolutionPage *self = PLENARY_RESOLUTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MAP_TILES:
      plenary_resolution_page_set_map_tiles (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_resolution_page_class_init (PlenaryResolutionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_resolution_page_dispose;
  object_class->get_property = plenary_resolution_page_get_property;
  object_class->set_property = plenary_resolution_page_set_property;

  properties[PROP_MAP_TILES] =
    g_param_spec_boolean ("map-tiles", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlenaryResolutionPage::member-activated:
   * @code: the member's code
   *
   * A member was picked: on a picture, or by its name in a list.
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenaryResolutionPage::member-toggled:
   * @code: the member's code
   *
   * A member was Ctrl+clicked: it goes into the picked members, or out.
   */
  signals[MEMBER_TOGGLED] =
    g_signal_new ("member-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenaryResolutionPage::compare:
   * @second: the resolution to compare the one shown with
   */
  signals[COMPARE] =
    g_signal_new ("compare",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_RESOLUTION);

  /**
   * PlenaryResolutionPage::picture-copied:
   * @picture: the picture put on the clipboard
   */
  signals[PICTURE_COPIED] =
    g_signal_new ("picture-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_PICTURE);

  /**
   * PlenaryResolutionPage::table-copied:
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
  g_type_ensure (PLENARY_TYPE_RESOLUTION_PICKER);

  plenary_ui_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-resolution-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, document_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, groups_card);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, groups_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, links_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, majority_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, map_card);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, members_heading);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, members_grid);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, missing_box);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, missing_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, record_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, seats_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, tally_view);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, tiles_button);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionPage, world_button);
  gtk_widget_class_bind_template_callback (widget_class, chart_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_table_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_focus_cb);
  gtk_widget_class_bind_template_callback (widget_class, compare_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_layout_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "resolutionpage");
}

static void
plenary_resolution_page_init (PlenaryResolutionPage *self)
{
  self->picked = g_array_new (FALSE, FALSE, sizeof (int));
  self->member_lists = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Show as Table, beside the map's World and Tiles. */
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->world_button)))),
                              plenary_chart_view_new_table_button (self->map_view),
                              gtk_widget_get_parent (GTK_WIDGET (self->world_button)));
  /* The links and Compare With… wrap under each other in a narrow window. */
  gtk_widget_set_layout_manager (self->links_box, plenary_wrap_layout_new ());
  plenary_label_keep_out_of_tab_chain (self->title_label);
  plenary_label_keep_out_of_tab_chain (self->meta_label);
  plenary_label_keep_out_of_tab_chain (self->source_label);
}

PlenaryResolution *
plenary_resolution_page_get_resolution (PlenaryResolutionPage *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), NULL);

  return self->resolution;
}

/* Shows @resolution, whose record comes from @source, from the top. */
void
plenary_resolution_page_set_resolution (PlenaryResolutionPage *self,
                                        PlenaryResolution     *resolution,
                                        const char            *source)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PAGE (self));
  g_return_if_fail (resolution == NULL || PLENARY_IS_RESOLUTION (resolution));

  g_set_object (&self->resolution, resolution);
  for (guint i = 0; i < N_PICTURES; i++)
    g_clear_object (&self->pictures[i]);
  if (resolution != NULL)
    {
      for (guint i = 0; i <= PLENARY_CHART_TILES; i++)
        self->pictures[i] = plenary_vote_picture_new ((PlenaryChart) i, resolution, source);
      self->pictures[PLENARY_CHART_GROUPS] = plenary_groups_picture_new (resolution, source);
    }
  apply_picked (self);

  plenary_chart_view_set_picture (self->tally_view, self->pictures[PLENARY_CHART_TALLY]);
  plenary_chart_view_set_picture (self->seats_view, self->pictures[PLENARY_CHART_SEATS]);
  plenary_chart_view_set_picture (self->groups_view, self->pictures[PLENARY_CHART_GROUPS]);
  plenary_resolution_picker_set_reference (PLENARY_RESOLUTION_PICKER (gtk_menu_button_get_popover (self->compare_button)),
                                           resolution);
  show_map_picture (self);
  if (resolution != NULL)
    {
      g_autofree char *own = plenary_describe_source (resolution, source);
      g_autofree char *line = plenary_describe_source_line (own);

      update_header (self);
      gtk_label_set_text (self->source_label, line);
    }
  update_links (self);
  update_members (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

/* The dataset the resolutions shown come from: the votes to compare with. */
void
plenary_resolution_page_set_dataset (PlenaryResolutionPage *self,
                                     PlenaryDataset        *dataset)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PAGE (self));

  plenary_resolution_picker_set_dataset (PLENARY_RESOLUTION_PICKER (gtk_menu_button_get_popover (self->compare_button)),
                                         dataset);
}

/* The first picked member, or -1. */
int
plenary_resolution_page_get_highlight (PlenaryResolutionPage *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), -1);

  return self->picked->len > 0 ? g_array_index (self->picked, int, 0) : -1;
}

/* Emphasises the member at @member (an index into the dataset) alone in
 * the pictures and the lists; -1 for none. */
void
plenary_resolution_page_set_highlight (PlenaryResolutionPage *self,
                                       int                    member)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PAGE (self));

  plenary_resolution_page_set_picked (self, &member, member >= 0 ? 1 : 0);
}

/* Emphasises @members (indices into the dataset) in every picture of the
 * vote and in the lists of names; only their looks change, not the focus. */
void
plenary_resolution_page_set_picked (PlenaryResolutionPage *self,
                                    const int             *members,
                                    guint                  n_members)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PAGE (self));

  g_array_set_size (self->picked, 0);
  for (guint i = 0; i < n_members; i++)
    if (members[i] >= 0)
      g_array_append_val (self->picked, members[i]);
  apply_picked (self);
}

/* The lists of names, one per vote that names members, in the page's
 * order (yes, no, abstain, non-voting, not recorded). */
GPtrArray *
plenary_resolution_page_get_member_lists (PlenaryResolutionPage *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), NULL);

  return self->member_lists;
}

gboolean
plenary_resolution_page_get_map_tiles (PlenaryResolutionPage *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), FALSE);

  return gtk_toggle_button_get_active (self->tiles_button);
}

void
plenary_resolution_page_set_map_tiles (PlenaryResolutionPage *self,
                                       gboolean               tiles)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_PAGE (self));

  gtk_toggle_button_set_active (tiles ? self->tiles_button : self->world_button, TRUE);
}

/* The picture of @kind for the resolution shown, or NULL. */
PlenaryPicture *
plenary_resolution_page_get_picture (PlenaryResolutionPage *self,
                                     PlenaryChart           kind)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), NULL);
  g_return_val_if_fail (kind < PLENARY_CHART_CHANGE + 1, NULL);

  return kind < N_PICTURES ? self->pictures[kind] : NULL;
}

/* The picture of the view that had focus last, or else the map's. */
PlenaryPicture *
plenary_resolution_page_get_active_picture (PlenaryResolutionPage *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), NULL);

  return plenary_chart_view_get_picture (self->active_view != NULL ? self->active_view : self->map_view);
}

/* The view that shows @kind (the map view shows both map and tiles). */
GtkWidget *
plenary_resolution_page_get_view (PlenaryResolutionPage *self,
                                  PlenaryChart           kind)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), NULL);

  switch (kind)
    {
    case PLENARY_CHART_TALLY:
      return GTK_WIDGET (self->tally_view);
    case PLENARY_CHART_SEATS:
      return GTK_WIDGET (self->seats_view);
    case PLENARY_CHART_GROUPS:
      return GTK_WIDGET (self->groups_view);
    default:
      return GTK_WIDGET (self->map_view);
    }
}

gboolean
plenary_resolution_page_copy_active (PlenaryResolutionPage *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), FALSE);

  return plenary_chart_view_copy (self->active_view != NULL ? self->active_view : self->map_view);
}

/* The popover of "Compare With…". */
GtkWidget *
plenary_resolution_page_get_compare_picker (PlenaryResolutionPage *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_PAGE (self), NULL);

  return GTK_WIDGET (gtk_menu_button_get_popover (self->compare_button));
}
