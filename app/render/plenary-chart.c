/* plenary-chart.c: every picture Plenary draws, behind one entry point
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window, the exporters and the tests name a chart and call these two
 * functions; there is no other way to draw one.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include "plenary-chart.h"
#include "plenary-map-chart.h"
#include "plenary-seat-chart.h"
#include "plenary-tally-chart.h"

G_DEFINE_ENUM_TYPE (PlenaryChart, plenary_chart,
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_TALLY, "tally"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_SEATS, "seats"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_MAP, "map"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_TILES, "tiles"))

void
plenary_chart_render (PlenaryChart              chart,
                      cairo_t                  *cr,
                      double                    width,
                      double                    height,
                      const PlenaryRenderStyle *style,
                      PlenaryResolution        *resolution)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  switch (chart)
    {
    case PLENARY_CHART_TALLY:
      plenary_render_tally (cr, width, height, style, resolution);
      break;
    case PLENARY_CHART_SEATS:
      plenary_render_seat_chart (cr, width, height, style, resolution);
      break;
    case PLENARY_CHART_MAP:
      plenary_render_world_map (cr, width, height, style, resolution);
      break;
    case PLENARY_CHART_TILES:
      plenary_render_tile_map (cr, width, height, style, resolution);
      break;
    default:
      g_return_if_reached ();
    }
}

gboolean
plenary_chart_hit_test (PlenaryChart              chart,
                        double                    width,
                        double                    height,
                        const PlenaryRenderStyle *style,
                        PlenaryResolution        *resolution,
                        double                    x,
                        double                    y,
                        PlenaryHit               *hit)
{
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  hit->member = -1;
  switch (chart)
    {
    case PLENARY_CHART_TALLY:
      return plenary_tally_hit_test (width, height, style, resolution, x, y, &hit->vote);
    case PLENARY_CHART_SEATS:
      {
        PlenarySeat seat;

        if (!plenary_seat_chart_hit_test (width, height, style, resolution, x, y, &seat))
          return FALSE;
        hit->vote = seat.vote;
        hit->member = seat.member;
        return TRUE;
      }
    case PLENARY_CHART_MAP:
      hit->member = plenary_world_map_hit_test (width, height, style, resolution, x, y);
      break;
    case PLENARY_CHART_TILES:
      hit->member = plenary_tile_map_hit_test (width, height, style, resolution, x, y);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (hit->member < 0)
    return FALSE;
  hit->vote = plenary_resolution_get_vote (resolution, (guint) hit->member);
  return TRUE;
}
