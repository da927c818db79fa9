/* plenary-seat-chart.c: a hemicycle of one seat per member of the body
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seats sit on concentric half-circles, as many rows as it takes for seats
 * of one size, each row holding seats in proportion to its length. Sorted by
 * angle, from the start edge, they take their colour in the order yes,
 * abstain, non-voting, not recorded, no, so that each vote is a wedge that
 * reads in one sweep. A dashed spoke marks how far yes had to reach, and the
 * figures sit in the middle. In right-to-left languages the sweep starts on
 * the right.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-caption.h"
#include "plenary-format.h"
#include "plenary-legend.h"
#include "plenary-member.h"
#include "plenary-seat-chart.h"

static const PlenaryVote seat_order[] = {
  PLENARY_VOTE_YES,
  PLENARY_VOTE_ABSTAIN,
  PLENARY_VOTE_NON_VOTING,
  PLENARY_VOTE_NOT_RECORDED,
  PLENARY_VOTE_NO,
};

typedef struct
{
  double  center_x;
  double  center_y;
  double  inner_radius;
  double  outer_radius;
  double  legend_y;
  double  threshold_angle;   /* where yes must reach, or < 0 */
  GArray *seats;             /* PlenarySeat, in sweep order */
} SeatLayout;

typedef struct
{
  double angle;
  double radius;
} Place;

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *p = a, *q = b;

  if (p->angle != q->angle)
    return p->angle > q->angle ? -1 : 1;
  return (p->radius > q->radius) - (p->radius < q->radius);
}

/* Places for @n seats between @inner and @outer radius, sorted by angle
 * from the start edge (angle π) to the end (0). Returns the seat radius. */
static double
place_seats (guint   n,
             double  inner,
             double  outer,
             GArray *places)
{
  guint rows = 1;
  double pitch = 0;
  g_autofree guint *per_row = NULL;

  /* The fewest rows in which seats as wide as a row is deep all fit. */
  for (rows = 1; rows < 40; rows++)
    {
      guint capacity = 0;

      pitch = (outer - inner) / rows;
      for (guint i = 0; i < rows; i++)
        capacity += (guint) floor (G_PI * (inner + pitch * (i + 0.5)) / pitch) + 1;
      if (capacity >= n)
        break;
    }

  /* Seats per row in proportion to the row's length, largest remainders first. */
  per_row = g_new0 (guint, rows);
  {
    double total_radius = 0;
    guint given = 0;

    for (guint i = 0; i < rows; i++)
      total_radius += inner + pitch * (i + 0.5);
    for (guint i = 0; i < rows; i++)
      {
        per_row[i] = (guint) floor (n * (inner + pitch * (i + 0.5)) / total_radius);
        given += per_row[i];
      }
    /* The seats left over go to the outer rows first. */
    for (guint i = rows; given < n; given++)
      {
        i = (i == 0 ? rows : i) - 1;
        per_row[i]++;
      }
  }

  for (guint i = 0; i < rows; i++)
    {
      double radius = inner + pitch * (i + 0.5);

      for (guint k = 0; k < per_row[i]; k++)
        {
          Place place = { per_row[i] == 1 ? G_PI / 2 : G_PI * (1.0 - (double) k / (per_row[i] - 1)), radius };

          g_array_append_val (places, place);
        }
    }
  g_array_sort (places, compare_places);

  return pitch * 0.42;
}

typedef struct
{
  char *key;
  int   member;
} NamedMember;

static int
compare_named (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const NamedMember *) a)->key, ((const NamedMember *) b)->key);
}

/* The members whose vote is @vote, sorted by name in the user's language. */
static GArray *
members_with_vote (PlenaryResolution *resolution,
                   PlenaryVote        vote)
{
  GArray *named = g_array_new (FALSE, FALSE, sizeof (NamedMember));

  for (guint m = 0; m < plenary_resolution_get_n_members (resolution); m++)
    if (plenary_resolution_get_vote (resolution, m) == vote)
      {
        NamedMember entry = {
          g_utf8_collate_key (plenary_member_get_localized_name (plenary_resolution_get_member (resolution, m)), -1),
          (int) m,
        };

        g_array_append_val (named, entry);
      }
  g_array_sort (named, compare_named);
  return named;
}

static void
compute_layout (cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                PlenaryResolution        *resolution,
                SeatLayout               *layout)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  double pad = style->font_size * 0.5;
  double caption = style->show_caption
                   ? plenary_render_caption (cr, pad, pad, width - 2 * pad, style, resolution, FALSE) + pad
                   : 0;
  double top = pad + caption + style->font_size * 0.5;
  double legend_height = plenary_render_legend (cr, pad, 0, width - 2 * pad, style, 0, FALSE);
  double seat_radius;
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  guint seat = 0;

  layout->legend_y = height - pad - legend_height;
  layout->seats = g_array_new (FALSE, FALSE, sizeof (PlenarySeat));
  layout->threshold_angle = -1;

  /* The rows do not depend on the size: place the seats on a unit
   * hemicycle, then size it so that the outermost seats fit. */
  seat_radius = place_seats (MAX (tally->body_size, 1), 0.4, 1.0, places);
  layout->outer_radius = MAX (MIN ((width / 2 - pad) / (1 + seat_radius),
                                   (layout->legend_y - pad - top) / (1 + 2 * seat_radius)),
                              10);
  layout->inner_radius = layout->outer_radius * 0.4;
  seat_radius *= layout->outer_radius;
  layout->center_x = width / 2;
  layout->center_y = layout->legend_y - pad - seat_radius;
  for (guint i = 0; i < places->len; i++)
    g_array_index (places, Place, i).radius *= layout->outer_radius;

  for (guint g = 0; g < G_N_ELEMENTS (seat_order); g++)
    {
      PlenaryVote vote = seat_order[g];
      g_autoptr(GArray) named = members_with_vote (resolution, vote);

      for (guint k = 0; k < tally->counts[vote] && seat < places->len; k++, seat++)
        {
          const Place *place = &g_array_index (places, Place, seat);
          double x = layout->center_x + place->radius * cos (place->angle);
          PlenarySeat entry = {
            style->rtl ? width - x : x,
            layout->center_y - place->radius * sin (place->angle),
            seat_radius,
            vote,
            k < named->len ? g_array_index (named, NamedMember, k).member : -1,
          };

          g_array_append_val (layout->seats, entry);
        }
      for (guint k = 0; k < named->len; k++)
        g_free (g_array_index (named, NamedMember, k).key);
    }

  /* The spoke between the last seat yes needs and the next. */
  if (tally->needed > 0 && tally->needed <= places->len)
    {
      double before = g_array_index (places, Place, tally->needed - 1).angle;
      double after = tally->needed < places->len ? g_array_index (places, Place, tally->needed).angle : 0;

      layout->threshold_angle = (before + after) / 2;
    }
}

static void
draw_centre (cairo_t                  *cr,
             const PlenaryRenderStyle *style,
             PlenaryResolution        *resolution,
             const SeatLayout         *layout)
{
  g_autofree char *tally = plenary_format_tally (plenary_resolution_get_tally (resolution));
  g_autoptr(PangoLayout) figures = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_BOLD, tally);
  g_autoptr(PangoLayout) outcome = NULL;
  g_autoptr(PangoLayout) needed = NULL;
  g_autofree char *needed_text = plenary_format_needed (plenary_resolution_get_tally (resolution)->needed);
  double figures_w, figures_h, outcome_h, needed_h, size;

  /* The figures as large as fits in the hollow of the hemicycle. */
  plenary_text_size (figures, &figures_w, NULL);
  size = CLAMP (layout->inner_radius * 1.15 / MAX (figures_w, 1), 0.8, 2.2);
  g_clear_object (&figures);
  figures = plenary_text_layout (cr, style, size, PANGO_WEIGHT_BOLD, tally);
  outcome = plenary_text_layout (cr, style, MAX (size * 0.5, 0.8), PANGO_WEIGHT_NORMAL,
                                 plenary_outcome_get_label (plenary_resolution_get_outcome (resolution)));

  /* The majority line's label sits here too, in its colour, clear of the seats. */
  needed = plenary_text_layout (cr, style, MAX (size * 0.45, 0.75), PANGO_WEIGHT_BOLD, needed_text);
  plenary_text_size (figures, NULL, &figures_h);
  plenary_text_size (outcome, NULL, &outcome_h);
  plenary_text_size (needed, NULL, &needed_h);
  plenary_cairo_set_color (cr, &style->palette->foreground);
  plenary_text_draw (cr, figures, layout->center_x, layout->center_y - figures_h - outcome_h - needed_h, 0.5);
  plenary_cairo_set_color (cr, &style->palette->dim_foreground);
  plenary_text_draw (cr, outcome, layout->center_x, layout->center_y - outcome_h - needed_h, 0.5);
  plenary_cairo_set_color (cr, &style->palette->threshold);
  plenary_text_draw (cr, needed, layout->center_x, layout->center_y - needed_h, 0.5);
}

static void
draw_threshold (cairo_t                  *cr,
                const PlenaryRenderStyle *style,
                const SeatLayout         *layout)
{
  double angle = layout->threshold_angle;
  double dash[] = { style->font_size * 0.3, style->font_size * 0.2 };
  double dx, dy, outer;

  if (angle < 0)
    return;

  dx = cos (angle) * (style->rtl ? -1 : 1);
  dy = -sin (angle);
  outer = layout->outer_radius + style->font_size * 0.3;

  plenary_cairo_set_color (cr, &style->palette->threshold);
  cairo_set_line_width (cr, MAX (style->font_size / 7, 1.5));
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, layout->center_x + dx * layout->inner_radius * 0.92, layout->center_y + dy * layout->inner_radius * 0.92);
  cairo_line_to (cr, layout->center_x + dx * outer, layout->center_y + dy * outer);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

}

static void
draw_seats (cairo_t                  *cr,
            const PlenaryRenderStyle *style,
            const SeatLayout         *layout)
{
  for (guint i = 0; i < layout->seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (layout->seats, PlenarySeat, i);

      cairo_new_path (cr);
      cairo_arc (cr, seat->x, seat->y, seat->radius, 0, 2 * G_PI);
      plenary_fill_vote (cr, style->palette, seat->vote, MAX (seat->radius / 4, 0.8));

      if (seat->member >= 0 && seat->member == style->highlight)
        {
          cairo_arc (cr, seat->x, seat->y, seat->radius + 1.5, 0, 2 * G_PI);
          plenary_cairo_set_color (cr, &style->palette->highlight);
          cairo_set_line_width (cr, MAX (seat->radius * 0.4, 2.0));
          cairo_stroke (cr);
        }
    }
}

/**
 * plenary_seat_chart_layout:
 *
 * Returns: (transfer full) (element-type PlenarySeat): where each seat is drawn
 */
GArray *
plenary_seat_chart_layout (cairo_t                  *cr,
                           double                    width,
                           double                    height,
                           const PlenaryRenderStyle *style,
                           PlenaryResolution        *resolution)
{
  SeatLayout layout;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  compute_layout (cr, width, height, style, resolution, &layout);
  return layout.seats;
}

/**
 * plenary_render_seat_chart:
 *
 * Draws the seat chart of @resolution: one seat per member of the body.
 */
void
plenary_render_seat_chart (cairo_t                  *cr,
                           double                    width,
                           double                    height,
                           const PlenaryRenderStyle *style,
                           PlenaryResolution        *resolution)
{
  SeatLayout layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  plenary_render_background (cr, style, width, height);
  if (resolution != NULL)
    {
      double pad = style->font_size * 0.5;

      compute_layout (cr, width, height, style, resolution, &layout);
      if (style->show_caption)
        plenary_render_caption (cr, pad, pad, width - 2 * pad, style, resolution, TRUE);
      draw_seats (cr, style, &layout);
      draw_threshold (cr, style, &layout);
      draw_centre (cr, style, resolution, &layout);
      plenary_render_legend (cr, pad, layout.legend_y, width - 2 * pad, style, 0, TRUE);
      g_array_unref (layout.seats);
    }
  cairo_restore (cr);
}

/* The seat under (@x, @y), if any. */
gboolean
plenary_seat_chart_hit_test (double                    width,
                             double                    height,
                             const PlenaryRenderStyle *style,
                             PlenaryResolution        *resolution,
                             double                    x,
                             double                    y,
                             PlenarySeat              *seat)
{
  g_autoptr(GArray) seats = NULL;
  cairo_t *cr;
  double best = G_MAXDOUBLE;

  g_return_val_if_fail (style != NULL, FALSE);

  if (resolution == NULL)
    return FALSE;

  cr = plenary_measuring_context_new ();
  seats = plenary_seat_chart_layout (cr, width, height, style, resolution);
  cairo_destroy (cr);

  for (guint i = 0; i < seats->len; i++)
    {
      const PlenarySeat *candidate = &g_array_index (seats, PlenarySeat, i);
      double distance = hypot (x - candidate->x, y - candidate->y);

      if (distance <= candidate->radius * 1.2 && distance < best)
        {
          best = distance;
          *seat = *candidate;
        }
    }
  return best < G_MAXDOUBLE;
}
