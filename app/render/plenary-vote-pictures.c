/* plenary-vote-pictures.c: the pictures of one vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vote can be shown as its tally, its seats, or its members on the world
 * map or in tiles. Each is a picture made from the resolution, with the
 * describer's words for its title, headline, summary and file title.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include "plenary-describer.h"
#include "plenary-map-picture.h"
#include "plenary-seat-chart.h"
#include "plenary-tally-chart.h"
#include "plenary-vote-pictures.h"

/**
 * plenary_vote_picture_new:
 * @source: (nullable): where the dataset comes from, for the source line
 *   when the resolution does not say where its own record comes from
 *
 * Returns: (transfer full): the picture of @kind for @resolution
 */
PlenaryPicture *
plenary_vote_picture_new (PlenaryChart       kind,
                          PlenaryResolution *resolution,
                          const char        *source)
{
  g_autofree char *headline = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *file_title = NULL;
  g_autofree char *record_source = NULL;
  g_autofree char *citation = NULL;
  g_autoptr(PlenaryMemberColouring) colouring = NULL;
  PlenaryPictureWords words;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  headline = plenary_describe_headline (resolution);
  summary = plenary_describe_summary (resolution);
  file_title = plenary_describe_picture_title (resolution, plenary_chart_get_label (kind));
  record_source = plenary_describe_source (resolution, source);
  citation = plenary_describe_citation (resolution, source);
  words = (PlenaryPictureWords) {
    .title = plenary_resolution_get_localized_title (resolution),
    .headline = headline,
    .summary = summary,
    .source = record_source,
    .file_title = file_title,
    .subject = plenary_resolution_get_symbol (resolution),
    .citation = citation,
  };

  switch (kind)
    {
    case PLENARY_CHART_TALLY:
      return plenary_tally_picture_new (resolution, &words);
    case PLENARY_CHART_SEATS:
      return plenary_seat_picture_new (resolution, &words);
    case PLENARY_CHART_MAP:
    case PLENARY_CHART_TILES:
      colouring = plenary_member_colouring_new_for_vote (resolution);
      return plenary_map_picture_new (colouring, kind == PLENARY_CHART_TILES, &words);
    default:
      g_return_val_if_reached (NULL);
    }
}
