/* plenary-space-page.c: the voting space of one year, and a slider through the years
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every member of the General Assembly placed by how alike it votes with
 * the others in one year, coloured by regional group: the blocs of the Cold
 * War, of decolonisation, of today. The slider moves through the years, and
 * the space of one year takes a few milliseconds to make, so it follows the
 * slider as it moves. Hovering a dot names its member and the votes behind
 * it; clicking it opens the member's page. The topic and the measure are
 * the country page's.
 */

#define G_LOG_DOMAIN "plenary-space-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "plenary-analysis-choices.h"
#include "plenary-chart-view.h"
#include "plenary-describer.h"
#include "plenary-member-list.h"
#include "plenary-space-chart.h"
#include "plenary-space-page.h"
#include "plenary-ui-resources.h"
#include "plenary-widget-util.h"

struct _PlenarySpacePage
{
  GtkWidget            parent_instance;

  PlenaryDataset      *dataset;
  char                *source;
  PlenaryVoteVectors  *vectors;
  PlenaryPicture      *picture;
  GArray              *picked;
  char                *topic;
  PlenaryAgreementKind kind;
  int                  year;
  gboolean             syncing;

  GtkLabel            *caption_label;
  GtkDropDown         *kind_drop_down;
  AdwStatusPage       *none_page;
  GtkLabel            *source_label;
  PlenaryChartView    *space_view;
  GtkStack            *stack;
  GtkDropDown         *topic_drop_down;
  GtkAdjustment       *year_adjustment;
  GtkScale            *year_scale;
};

G_DEFINE_FINAL_TYPE (PlenarySpacePage, plenary_space_page, GTK_TYPE_WIDGET)

enum {
  MEMBER_ACTIVATED,
  MEMBER_TOGGLED,
  PICTURE_COPIED,
  TABLE_COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_space (PlenarySpacePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *counted = NULL;
  g_autofree char *caption = NULL;
  PlenaryPeriod period;

  if (self->dataset == NULL)
    return;

  if (self->vectors == NULL)
    {
      PlenaryVoteFilter filter;

      plenary_vote_filter_init (&filter);
      filter.topic = self->topic;
      self->vectors = plenary_vote_vectors_new (self->dataset, &filter);
    }

  plenary_period_init_years (&period, self->year, self->year, NULL);
  g_clear_object (&self->picture);
  self->picture = plenary_space_picture_new (self->vectors, &period, self->kind, self->source, &error);
  if (self->picture != NULL)
    plenary_picture_set_emphasis (self->picture, (const int *) self->picked->data, self->picked->len);
  plenary_chart_view_set_picture (self->space_view, self->picture);
  gtk_stack_set_visible_child_name (self->stack, self->picture != NULL ? "space" : "none");
  adw_status_page_set_description (self->none_page, error != NULL ? error->message : NULL);

  counted = plenary_analysis_caption (self->vectors, &period);
  /* Translators: above the voting space: what it was counted over ("Counted over 79 roll
   * calls of the General Assembly, 1975."), then how to use it. */
  caption = g_strdup_printf (_("%s Members that vote alike are close together. Hover over a dot to name "
                               "its member; click it to open its page."), counted);
  gtk_label_set_text (self->caption_label, caption);
}

static void
year_changed_cb (PlenarySpacePage *self)
{
  int year = (int) lround (gtk_adjustment_get_value (self->year_adjustment));

  if (self->syncing || year == self->year)
    return;
  self->year = year;
  update_space (self);
}

static void
topic_changed_cb (PlenarySpacePage *self)
{
  if (!self->syncing)
    plenary_space_page_set_topic (self, plenary_topic_drop_down_get_topic (self->topic_drop_down));
}

static void
kind_changed_cb (PlenarySpacePage *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_drop_down);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_drop_down),
                               kind < PLENARY_N_AGREEMENT_KINDS
                               ? plenary_agreement_kind_get_description ((PlenaryAgreementKind) kind) : NULL);
  if (!self->syncing && kind < PLENARY_N_AGREEMENT_KINDS)
    plenary_space_page_set_kind (self, (PlenaryAgreementKind) kind);
}

static void
member_activated_cb (PlenarySpacePage *self,
                     int               member,
                     PlenaryChartView *view)
{
  if (self->dataset == NULL || member < 0 || (guint) member >= plenary_dataset_get_n_members (self->dataset))
    return;
  g_signal_emit (self, signals[plenary_widget_control_is_held (GTK_WIDGET (view)) ? MEMBER_TOGGLED : MEMBER_ACTIVATED],
                 0, plenary_member_get_code (plenary_dataset_get_member (self->dataset, (guint) member)));
}

static void
chart_copied_cb (PlenarySpacePage *self,
                 PlenaryChartView *view)
{
  g_signal_emit (self, signals[PICTURE_COPIED], 0, plenary_chart_view_get_picture (view));
}

static void
chart_table_copied_cb (PlenarySpacePage *self,
                       PlenaryChartView  *view)
{
  g_signal_emit (self, signals[TABLE_COPIED], 0);
}

static void
plenary_space_page_dispose (GObject *object)
{
  PlenarySpacePage *self = PLENARY_SPACE_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_SPACE_PAGE);
  /* The template's root box is not bound, so the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);
  g_clear_object (&self->picture);
  g_clear_pointer (&self->vectors, plenary_vote_vectors_unref);
  g_clear_pointer (&self->picked, g_array_unref);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->topic, g_free);

  G_OBJECT_CLASS (plenary_space_page_parent_class)->dispose (object);
}

static void
plenary_space_page_class_init (PlenarySpacePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_space_page_dispose;

  /**
   * PlenarySpacePage::member-activated:
   * @code: the member's code
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenarySpacePage::member-toggled:
   * @code: the member's code
   */
  signals[MEMBER_TOGGLED] =
    g_signal_new ("member-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PlenarySpacePage::picture-copied:
   * @picture: the picture put on the clipboard
   */
  signals[PICTURE_COPIED] =
    g_signal_new ("picture-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PLENARY_TYPE_PICTURE);

  /**
   * PlenarySpacePage::table-copied:
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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-space-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, none_page);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, source_label);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, space_view);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, topic_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, year_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PlenarySpacePage, year_scale);
  gtk_widget_class_bind_template_callback (widget_class, chart_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_table_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "spacepage");
}

static void
plenary_space_page_init (PlenarySpacePage *self)
{
  self->picked = g_array_new (FALSE, FALSE, sizeof (int));
  self->kind = PLENARY_AGREEMENT_PLAIN;
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  plenary_label_keep_out_of_tab_chain (self->source_label);
  plenary_measure_drop_down_fill (self->kind_drop_down);
  plenary_topic_drop_down_fill (self->topic_drop_down, NULL);
  self->syncing = FALSE;
}

/* Public API */

/* Places the members of @dataset's Assembly, whose record comes from
 * @source, in its last year. */
void
plenary_space_page_set_dataset (PlenarySpacePage *self,
                                PlenaryDataset   *dataset,
                                const char       *source)
{
  g_autofree char *line = NULL;
  int first_year = G_MAXINT, last_year = 0;
  guint n;

  g_return_if_fail (PLENARY_IS_SPACE_PAGE (self));

  g_set_object (&self->dataset, dataset);
  g_free (self->source);
  self->source = g_strdup (source);
  g_clear_pointer (&self->vectors, plenary_vote_vectors_unref);
  g_clear_pointer (&self->topic, g_free);
  g_clear_object (&self->picture);
  plenary_chart_view_set_picture (self->space_view, NULL);

  n = dataset != NULL ? g_list_model_get_n_items (G_LIST_MODEL (dataset)) : 0;
  for (guint i = 0; i < n; i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);
      int year = g_date_get_year (plenary_resolution_get_date (resolution));

      if (plenary_resolution_get_body (resolution) != PLENARY_BODY_GENERAL_ASSEMBLY)
        continue;
      first_year = MIN (first_year, year);
      last_year = MAX (last_year, year);
    }
  if (first_year > last_year)
    first_year = last_year = 2025;

  self->syncing = TRUE;
  gtk_adjustment_configure (self->year_adjustment, last_year, first_year, last_year, 1, 10, 0);
  gtk_scale_clear_marks (self->year_scale);
  /* A mark each decade, a year written every other one: eight years
   * written side by side would make the slider too wide for a phone. */
  for (int year = (first_year + 9) / 10 * 10; year <= last_year; year += 10)
    {
      g_autofree char *label = year % 20 == 0 ? g_strdup_printf ("%d", year) : NULL;

      gtk_scale_add_mark (self->year_scale, year, GTK_POS_BOTTOM, label);
    }
  plenary_topic_drop_down_fill (self->topic_drop_down, dataset);
  self->syncing = FALSE;
  self->year = last_year;

  line = plenary_describe_source_line (source);
  gtk_label_set_text (self->source_label, line);
}

int
plenary_space_page_get_year (PlenarySpacePage *self)
{
  g_return_val_if_fail (PLENARY_IS_SPACE_PAGE (self), 0);

  return self->year;
}

/* Shows the space of @year (made now, when first shown). */
void
plenary_space_page_set_year (PlenarySpacePage *self,
                             int               year)
{
  g_return_if_fail (PLENARY_IS_SPACE_PAGE (self));

  self->syncing = TRUE;
  gtk_adjustment_set_value (self->year_adjustment, year);
  self->syncing = FALSE;
  self->year = (int) lround (gtk_adjustment_get_value (self->year_adjustment));
  update_space (self);
}

/* Places the members by the roll calls filed under @topic only, or all
 * with NULL; FALSE if no roll call carries it. */
gboolean
plenary_space_page_set_topic (PlenarySpacePage *self,
                              const char       *topic)
{
  g_return_val_if_fail (PLENARY_IS_SPACE_PAGE (self), FALSE);

  if (topic != NULL && *topic == '\0')
    topic = NULL;
  self->syncing = TRUE;
  if (!plenary_topic_drop_down_set_topic (self->topic_drop_down, topic))
    {
      self->syncing = FALSE;
      return FALSE;
    }
  self->syncing = FALSE;
  if (g_strcmp0 (topic, self->topic) == 0)
    return TRUE;
  g_free (self->topic);
  self->topic = g_strdup (topic);
  g_clear_pointer (&self->vectors, plenary_vote_vectors_unref);
  update_space (self);
  return TRUE;
}

void
plenary_space_page_set_kind (PlenarySpacePage     *self,
                             PlenaryAgreementKind  kind)
{
  g_return_if_fail (PLENARY_IS_SPACE_PAGE (self));
  g_return_if_fail (kind < PLENARY_N_AGREEMENT_KINDS);

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->kind_drop_down, kind);
  self->syncing = FALSE;
  if (kind == self->kind)
    return;
  self->kind = kind;
  update_space (self);
}

/* Emphasises @members (indices into the dataset) in the space. */
void
plenary_space_page_set_picked (PlenarySpacePage *self,
                               const int        *members,
                               guint             n_members)
{
  g_return_if_fail (PLENARY_IS_SPACE_PAGE (self));

  g_array_set_size (self->picked, 0);
  g_array_append_vals (self->picked, members, n_members);
  if (self->picture != NULL)
    plenary_picture_set_emphasis (self->picture, members, n_members);
  gtk_widget_queue_draw (GTK_WIDGET (self->space_view));
}

PlenaryPicture *
plenary_space_page_get_picture (PlenarySpacePage *self)
{
  g_return_val_if_fail (PLENARY_IS_SPACE_PAGE (self), NULL);

  return self->picture;
}

GtkWidget *
plenary_space_page_get_view (PlenarySpacePage *self)
{
  g_return_val_if_fail (PLENARY_IS_SPACE_PAGE (self), NULL);

  return GTK_WIDGET (self->space_view);
}

gboolean
plenary_space_page_copy (PlenarySpacePage *self)
{
  g_return_val_if_fail (PLENARY_IS_SPACE_PAGE (self), FALSE);

  return plenary_chart_view_copy (self->space_view);
}
