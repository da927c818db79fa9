/* plenary-analysis-pictures.c: the maps of an analysis: agreement with a member, a change
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The alignment map and the change map are the member map with another
 * colouring: each member's agreement with a reference member over a period,
 * or how its vote changed between two resolutions. This file gives them
 * their words from the describer, as plenary-vote-pictures.c does for a
 * vote.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include "plenary-analysis-pictures.h"
#include "plenary-describer.h"
#include "plenary-map-picture.h"
#include "plenary-member-colouring.h"

/**
 * plenary_alignment_picture_new:
 * @period: (nullable): the days to count; %NULL for all
 * @reference: the member the others are compared with
 * @tiles: equal tiles rather than the world map
 * @source: (nullable): where the data comes from
 *
 * Returns: (transfer full): the map of every member's agreement with
 *   @reference
 */
PlenaryPicture *
plenary_alignment_picture_new (PlenaryVoteVectors   *vectors,
                               const PlenaryPeriod  *period,
                               guint                 reference,
                               PlenaryAgreementKind  kind,
                               gboolean              tiles,
                               const char           *source)
{
  g_autoptr(PlenaryMemberColouring) colouring = NULL;
  const PlenaryVoteFilter *filter = plenary_vote_vectors_get_filter (vectors);
  PlenaryMember *member = plenary_dataset_get_member (plenary_vote_vectors_get_dataset (vectors), reference);
  g_autofree char *period_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *scale = NULL;
  g_autofree char *subject = NULL;
  PlenaryPictureWords words;
  PlenaryPeriod all;
  guint first = 0, end = 0;

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  plenary_vote_vectors_find_votes (vectors, period, &first, &end);
  colouring = plenary_member_colouring_new_for_agreement (vectors, period, reference, kind);

  period_text = plenary_describe_period (plenary_period_get_first_year (period),
                                         plenary_period_get_last_year (period));
  title = plenary_describe_alignment_title (member, period_text);
  headline = plenary_describe_alignment_headline (filter->any_body ? PLENARY_BODY_GENERAL_ASSEMBLY : filter->body,
                                                  plenary_agreement_kind_get_label (kind),
                                                  end > first ? end - first : 0, filter->topic);
  scale = plenary_describe_alignment_scale (member);
  subject = g_strdup_printf ("%s %d %d", plenary_member_get_code (member), plenary_period_get_first_year (period),
                             plenary_period_get_last_year (period));
  words = (PlenaryPictureWords) {
    .title = title,
    .headline = headline,
    .summary = headline,
    .source = source,
    .file_title = title,
    .subject = subject,
  };
  return plenary_map_picture_new_full (colouring, tiles, PLENARY_CHART_ALIGNMENT, scale, &words);
}

/**
 * plenary_change_picture_new:
 * @tiles: equal tiles rather than the world map
 * @source: (nullable): where the data comes from, when the resolutions do
 *   not say
 *
 * Returns: (transfer full): the map of how each member's vote changed
 *   between the two resolutions of @comparison
 */
PlenaryPicture *
plenary_change_picture_new (PlenaryComparison *comparison,
                            gboolean           tiles,
                            const char        *source)
{
  g_autoptr(PlenaryMemberColouring) colouring = plenary_member_colouring_new_for_change (comparison);
  PlenaryResolution *first = plenary_comparison_get_first (comparison);
  PlenaryResolution *second = plenary_comparison_get_second (comparison);
  g_autofree char *title = plenary_describe_change_title (first, second);
  g_autofree char *headline = plenary_describe_change_headline (first, second,
                                                                plenary_comparison_get_changed (comparison));
  g_autofree char *record_source = plenary_describe_source (second, source);
  g_autofree char *subject = g_strdup_printf ("%s %s", plenary_resolution_get_symbol (first),
                                              plenary_resolution_get_symbol (second));
  PlenaryPictureWords words = {
    .title = title,
    .headline = headline,
    .summary = headline,
    .source = record_source,
    .file_title = title,
    .subject = subject,
  };

  return plenary_map_picture_new_full (colouring, tiles, PLENARY_CHART_CHANGE, NULL, &words);
}
