/* plenary-analysis-choices.c: the drop-downs an analysis is chosen with: topic, measure, member
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list's filters, the country page and the voting space all ask the
 * same questions: on which topic (the UN's own subject terms, most used
 * first, with how many roll calls carry each), by which of the three
 * measures of agreement, and with which member. Each answer is a
 * GtkDropDown over a string list that can be searched by typing; what each
 * position stands for is kept on the drop-down itself. And each figure
 * they make says what it was counted over, in one sentence made here.
 */

#define G_LOG_DOMAIN "plenary-analysis-choices"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-analysis-choices.h"
#include "plenary-format.h"
#include "plenary-voting-space.h"

#define TOPICS_KEY  "plenary-topics"
#define LABELS_KEY "plenary-topic-labels"
#define MEMBERS_KEY "plenary-members"

static void
set_searchable (GtkDropDown *drop_down)
{
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (drop_down, expression);
  gtk_drop_down_set_enable_search (drop_down, TRUE);
}

/* Topics */

/* Offers every subject term of @dataset's roll calls, most used first,
 * after "All topics". */
void
plenary_topic_drop_down_fill (GtkDropDown    *drop_down,
                              PlenaryDataset *dataset)
{
  g_autoptr(GtkStringList) labels = NULL;
  GPtrArray *terms = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  /* Counting the terms of the whole record takes a while, and three
   * drop-downs show them: the dataset keeps them once counted. */
  if (dataset != NULL && g_object_get_data (G_OBJECT (dataset), TOPICS_KEY) != NULL)
    {
      labels = g_object_ref (g_object_get_data (G_OBJECT (dataset), LABELS_KEY));
      terms = g_ptr_array_ref (g_object_get_data (G_OBJECT (dataset), TOPICS_KEY));
      goto fill;
    }

  labels = gtk_string_list_new (NULL);
  terms = g_ptr_array_new_with_free_func (g_free);

  /* Translators: the first choice of the topic drop-downs: no topic filter. */
  gtk_string_list_append (labels, _("All topics"));
  g_ptr_array_add (terms, NULL);
  if (dataset != NULL)
    {
      PlenaryVoteFilter filter;
      g_autoptr(GArray) topics = NULL;

      plenary_vote_filter_init (&filter);
      filter.any_body = TRUE;
      topics = plenary_topics_list (dataset, &filter, 0);
      for (guint i = 0; i < topics->len; i++)
        {
          const PlenaryTopic *topic = &g_array_index (topics, PlenaryTopic, i);
          g_autofree char *count = plenary_format_count (topic->count);
          /* Translators: a choice of the topic drop-down: a UN subject term and the number of
           * roll calls filed under it, "HUMAN RIGHTS (179)". */
          g_autofree char *label = g_strdup_printf (_("%s (%s)"), topic->term, count);

          gtk_string_list_append (labels, label);
          g_ptr_array_add (terms, g_strdup (topic->term));
        }
      g_object_set_data_full (G_OBJECT (dataset), TOPICS_KEY, g_ptr_array_ref (terms),
                              (GDestroyNotify) g_ptr_array_unref);
      g_object_set_data_full (G_OBJECT (dataset), LABELS_KEY, g_object_ref (labels), g_object_unref);
    }

fill:
  g_object_set_data_full (G_OBJECT (drop_down), TOPICS_KEY, terms, (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (drop_down, 0);
  set_searchable (drop_down);
}

/* The topic chosen, or NULL for all. */
const char *
plenary_topic_drop_down_get_topic (GtkDropDown *drop_down)
{
  GPtrArray *terms = g_object_get_data (G_OBJECT (drop_down), TOPICS_KEY);
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (terms == NULL || selected >= terms->len)
    return NULL;
  return g_ptr_array_index (terms, selected);
}

/* Chooses @topic (NULL for all); FALSE if it is not offered. */
gboolean
plenary_topic_drop_down_set_topic (GtkDropDown *drop_down,
                                   const char  *topic)
{
  GPtrArray *terms = g_object_get_data (G_OBJECT (drop_down), TOPICS_KEY);

  if (topic == NULL)
    {
      gtk_drop_down_set_selected (drop_down, 0);
      return TRUE;
    }
  for (guint i = 1; terms != NULL && i < terms->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (terms, i), topic) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return TRUE;
      }
  return FALSE;
}

/* Measures */

/* Offers the three measures of agreement, in PlenaryAgreementKind's order. */
void
plenary_measure_drop_down_fill (GtkDropDown *drop_down)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint kind = 0; kind < PLENARY_N_AGREEMENT_KINDS; kind++)
    gtk_string_list_append (labels, plenary_agreement_kind_get_label ((PlenaryAgreementKind) kind));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
}

/* Members */

static int
compare_members (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  PlenaryDataset *dataset = user_data;
  PlenaryMember *first = plenary_dataset_get_member (dataset, *(const guint *) a);
  PlenaryMember *second = plenary_dataset_get_member (dataset, *(const guint *) b);

  return strcmp (plenary_member_get_collate_key (first), plenary_member_get_collate_key (second));
}

/* Offers every member of @dataset, states of the past included, by name. */
void
plenary_member_drop_down_fill (GtkDropDown    *drop_down,
                               PlenaryDataset *dataset)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GArray *members = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = dataset != NULL ? plenary_dataset_get_n_members (dataset) : 0;

  for (guint i = 0; i < n; i++)
    g_array_append_val (members, i);
  g_array_sort_with_data (members, compare_members, dataset);
  for (guint i = 0; i < members->len; i++)
    gtk_string_list_append (labels,
                            plenary_member_get_localized_name (plenary_dataset_get_member (dataset,
                                                                                           g_array_index (members, guint, i))));
  g_object_set_data_full (G_OBJECT (drop_down), MEMBERS_KEY, members, (GDestroyNotify) g_array_unref);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
  set_searchable (drop_down);
}

/* The member chosen, as an index into the dataset, or -1. */
int
plenary_member_drop_down_get_member (GtkDropDown *drop_down)
{
  GArray *members = g_object_get_data (G_OBJECT (drop_down), MEMBERS_KEY);
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (members == NULL || selected >= members->len)
    return -1;
  return (int) g_array_index (members, guint, selected);
}

gboolean
plenary_member_drop_down_set_member (GtkDropDown *drop_down,
                                     int          member)
{
  GArray *members = g_object_get_data (G_OBJECT (drop_down), MEMBERS_KEY);

  for (guint i = 0; members != NULL && i < members->len; i++)
    if ((int) g_array_index (members, guint, i) == member)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return TRUE;
      }
  return FALSE;
}

/* Captions */

/* What a figure was counted over, as a sentence: "Counted over 5,536 roll
 * calls of the General Assembly, 1946–2025." */
char *
plenary_analysis_caption (PlenaryVoteVectors  *vectors,
                          const PlenaryPeriod *period)
{
  const PlenaryVoteFilter *filter = plenary_vote_vectors_get_filter (vectors);
  g_autofree char *years = NULL;
  g_autofree char *count = NULL;
  guint first = 0, end = 0;
  guint n;

  plenary_vote_vectors_find_votes (vectors, period, &first, &end);
  n = end > first ? end - first : 0;
  count = plenary_format_count (n);
  years = plenary_period_get_first_year (period) == plenary_period_get_last_year (period)
          ? g_strdup_printf ("%d", plenary_period_get_first_year (period))
          /* Translators: a span of years, "1946–2025". */
          : g_strdup_printf (_("%d–%d"), plenary_period_get_first_year (period),
                             plenary_period_get_last_year (period));

  if (filter->topic != NULL)
    {
      if (filter->any_body)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: under a figure: the number of roll
                                              * calls of both bodies, the years, the UN subject
                                              * term. */
                                             "Counted over %s roll call of the General Assembly and the "
                                             "Security Council, %s, on the topic %s.",
                                             "Counted over %s roll calls of the General Assembly and the "
                                             "Security Council, %s, on the topic %s.",
                                             n),
                                count, years, filter->topic);
      if (filter->body == PLENARY_BODY_SECURITY_COUNCIL)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: under a figure: the number of roll
                                              * calls, the years, the UN subject term. */
                                             "Counted over %s roll call of the Security Council, %s, on the "
                                             "topic %s.",
                                             "Counted over %s roll calls of the Security Council, %s, on the "
                                             "topic %s.",
                                             n),
                                count, years, filter->topic);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: under a figure: the number of roll calls,
                                            * the years, the UN subject term. */
                                           "Counted over %s roll call of the General Assembly, %s, on the "
                                           "topic %s.",
                                           "Counted over %s roll calls of the General Assembly, %s, on the "
                                           "topic %s.",
                                           n),
                              count, years, filter->topic);
    }
  if (filter->any_body)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: under a figure: the number of roll calls of
                                          * both bodies and the years. */
                                         "Counted over %s roll call of the General Assembly and the "
                                         "Security Council, %s.",
                                         "Counted over %s roll calls of the General Assembly and the "
                                         "Security Council, %s.",
                                         n),
                            count, years);
  if (filter->body == PLENARY_BODY_SECURITY_COUNCIL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: under a figure: the number of roll calls and
                                          * the years. */
                                         "Counted over %s roll call of the Security Council, %s.",
                                         "Counted over %s roll calls of the Security Council, %s.",
                                         n),
                            count, years);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: under a figure: the number of roll calls and
                                        * the years. */
                                       "Counted over %s roll call of the General Assembly, %s.",
                                       "Counted over %s roll calls of the General Assembly, %s.",
                                       n),
                          count, years);
}
