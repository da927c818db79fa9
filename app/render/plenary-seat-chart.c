/* plenary-seat-chart.c: a hemicycle of one seat per member of the body
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One seat is one member of the body: a seat takes the vote the file gives
 * for its member, and is hatched as not recorded when the file gives none,
 * so the hatched seats are exactly the members the tally counts as not
 * recorded. Seats sit on concentric half-circles, as many rows as it takes for seats
 * of one size, each row holding seats in proportion to its length. Sorted by
 * angle, from the start edge, they take their colour in the order yes,
 * abstain, non-voting, not recorded, no, so that each vote is a wedge that
 * reads in one sweep. A dashed spoke marks how far yes had to reach, and the
 * figures sit in the middle. In right-to-left languages the sweep starts on
 * the right. Emphasised members get a thick ring and their name in a label
 * outside the seats, the hemicycle shrinking to make room for it; in a
 * frame taller than it needs, it sits in the middle.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-callout.h"
#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-member-colouring.h"
#include "plenary-legend.h"
#include "plenary-member.h"
#include "plenary-seat-chart.h"

struct _PlenarySeatPicture
{
  PlenaryPicture     parent_instance;

  PlenaryResolution *resolution;

  /* The layout of the last size drawn, kept for hovering. */
  double             layout_width;
  double             layout_height;
  double             layout_font_size;
  gboolean           layout_rtl;
  guint              layout_emphasis;
  GArray            *layout_seats;
};

G_DEFINE_FINAL_TYPE (PlenarySeatPicture, plenary_seat_picture, PLENARY_TYPE_PICTURE)

static const PlenaryVote seat_order[] = {
  PLENARY_VOTE_YES,
  PLENARY_VOTE_ABSTAIN,
  PLENARY_VOTE_NON_VOTING,
  PLENARY_VOTE_NOT_RECORDED,
  PLENARY_VOTE_NO,
};

typedef struct
{
  double   center_x;
  double   center_y;
  double   inner_radius;
  double   outer_radius;
  double   legend_y;
  double   threshold_angle;  /* where yes must reach, or < 0 */
  gboolean council;          /* one ring of large, named seats */
  GArray  *seats;            /* PlenarySeat, in sweep order */
  GArray  *callouts;         /* PlenaryCallout: the emphasised members' names */
} SeatLayout;

/* The Council sits in a horseshoe: its seats evenly on an arc of this many
 * degrees, open at the bottom, each named. */
#define COUNCIL_ARC_DEGREES 240.0
#define COUNCIL_MAX_SEATS 20

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

/* Places for the Council's @n seats on one arc of radius 1, sorted from the
 * start edge; returns the seat radius. */
static double
place_council (guint   n,
               GArray *places)
{
  double arc = COUNCIL_ARC_DEGREES * G_PI / 180.0;
  double start = G_PI / 2 + arc / 2;
  double step = n > 1 ? arc / (n - 1) : 0;

  for (guint i = 0; i < n; i++)
    {
      Place place = { n > 1 ? start - step * i : G_PI / 2, 1.0 };

      g_array_append_val (places, place);
    }
  /* Seats nearly touching along the arc. */
  return MIN (n > 1 ? sin (step / 2) * 0.8 : 0.3, 0.3);
}

/* The seats of each vote: every member named with it, and for not recorded
 * the members of the body the file gives no vote for. */
static guint
seats_of (const PlenaryTally *tally,
          PlenaryVote         vote)
{
  return vote == PLENARY_VOTE_NOT_RECORDED ? tally->counts[vote] : tally->listed[vote];
}

/* The marks the Council's seats will carry, for the legend. */
static PlenaryMarks
council_marks (PlenaryResolution *resolution)
{
  PlenaryMarks marks = 0;

  if (plenary_resolution_get_body (resolution) != PLENARY_BODY_SECURITY_COUNCIL ||
      plenary_resolution_get_tally (resolution)->body_size > COUNCIL_MAX_SEATS)
    return 0;
  for (guint i = 0; i < plenary_resolution_get_n_members (resolution); i++)
    {
      PlenaryVote vote = plenary_resolution_get_recorded_vote (resolution, i);

      if (vote == PLENARY_VOTE_NOT_RECORDED || !plenary_member_is_permanent (plenary_resolution_get_member (resolution, i)))
        continue;
      marks |= PLENARY_MARK_PERMANENT;
      if (vote == PLENARY_VOTE_NO && plenary_resolution_get_outcome (resolution) == PLENARY_OUTCOME_VETOED)
        marks |= PLENARY_MARK_VETO;
    }
  return marks;
}

/* The categories that have seats, for the legend. */
static guint
legend_categories (const PlenaryTally *tally)
{
  guint categories = 0;

  for (guint g = 0; g < G_N_ELEMENTS (seat_order); g++)
    if (seats_of (tally, seat_order[g]) > 0)
      categories |= PLENARY_CATEGORY_BIT (seat_order[g]);
  return categories;
}

/* The member each place holds: places in sweep order take the votes in
 * seat_order, each vote's members in the order the user's language sorts
 * them. */
static void
assign_members (PlenaryResolution *resolution,
                guint              n_places,
                GArray            *votes,
                GArray            *members)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  guint seat = 0;

  for (guint g = 0; g < G_N_ELEMENTS (seat_order); g++)
    {
      PlenaryVote vote = seat_order[g];
      g_autoptr(GArray) named = plenary_resolution_list_members (resolution, vote);

      for (guint k = 0; k < seats_of (tally, vote) && seat < n_places; k++, seat++)
        {
          int member = k < named->len ? (int) g_array_index (named, guint, k) : -1;

          g_array_append_val (votes, vote);
          g_array_append_val (members, member);
        }
    }
}

/* The name labels of the emphasised members, measured, with the place
 * each belongs to (its index in @places), for the room around the seats. */
static GArray *
measure_callouts (PlenarySeatPicture       *self,
                  cairo_t                  *cr,
                  const PlenaryRenderStyle *style,
                  GArray                   *members,
                  GArray                   *indices)
{
  GArray *callouts = g_array_new (FALSE, TRUE, sizeof (PlenaryCallout));

  g_array_set_clear_func (callouts, (GDestroyNotify) plenary_callout_clear);
  for (guint i = 0; i < members->len; i++)
    {
      int member = g_array_index (members, int, i);
      PlenaryCallout callout = { NULL };

      if (!plenary_picture_is_emphasised (PLENARY_PICTURE (self), member))
        continue;
      callout.layout = plenary_callout_layout (cr, style, plenary_member_get_localized_name (
                                                 plenary_resolution_get_member (self->resolution, member)));
      plenary_callout_size (callout.layout, style, &callout.box.width, &callout.box.height);
      callout.leader = TRUE;
      callout.anchor_dot = TRUE;
      g_array_append_val (callouts, callout);
      g_array_append_val (indices, i);
    }
  return callouts;
}

/* The largest outer radius at which a label @w × @h, at angle @angle just
 * outside the seats (at @reach × the radius, plus @gap), stays inside a
 * half-width of @half_width and above a height of @rise from the centre,
 * whose lowest seat is @base × the radius above the bottom. */
static double
radius_for_label (double angle,
                  double w,
                  double h,
                  double reach,
                  double gap,
                  double half_width,
                  double rise,
                  double base)
{
  double c = fabs (cos (angle)), s = sin (angle);
  double limit = G_MAXDOUBLE;

  if (c > 0.01)
    limit = (half_width - (c + 1) * w / 2 - gap * c) / (reach * c);
  if (s > 0.01)
    limit = MIN (limit, (rise - gap * s - (s + 1) * h / 2) / (base + reach * s));
  return limit;
}

/* How close the segment from (@x1, @y1) to (@x2, @y2) comes to (@x, @y). */
static double
segment_distance (double x1,
                  double y1,
                  double x2,
                  double y2,
                  double x,
                  double y)
{
  double dx = x2 - x1, dy = y2 - y1;
  double length = dx * dx + dy * dy;
  double t = length > 0 ? CLAMP (((x - x1) * dx + (y - y1) * dy) / length, 0, 1) : 0;

  return hypot (x1 + t * dx - x, y1 + t * dy - y);
}

/* What is wrong with @box for the label of @seat: the area it shares with
 * earlier labels, and a penalty when its leader would cross another
 * emphasised seat, which would read as pointing at it. */
static double
callout_cost (const SeatLayout         *layout,
              const PlenaryRenderStyle *style,
              GArray                   *indices,
              guint                     i,
              const PlenarySeat        *seat,
              const PlenaryBox         *box)
{
  double cost = 0, end_x, end_y;

  for (guint k = 0; k < i; k++)
    {
      PlenaryBox other = g_array_index (layout->callouts, PlenaryCallout, k).box;

      other.x -= style->font_size * 0.2;
      other.y -= style->font_size * 0.2;
      other.width += style->font_size * 0.4;
      other.height += style->font_size * 0.4;
      cost += plenary_box_overlap_area (box, &other);
    }
  if (layout->council)
    return cost;
  plenary_box_nearest_point (box, seat->x, seat->y, &end_x, &end_y);
  for (guint k = 0; k < layout->callouts->len; k++)
    {
      const PlenarySeat *other = &g_array_index (layout->seats, PlenarySeat, g_array_index (indices, guint, k));

      if (other != seat &&
          segment_distance (seat->x, seat->y, end_x, end_y, other->x, other->y) < other->radius * 1.6)
        cost += box->width * box->height;
    }
  return cost;
}

/* Each label just outside its seat, on the seat's ray from the centre, its
 * nearest edge facing the seat. When it would cover an earlier label it
 * moves out along the ray, or aside across it, whichever comes first; it
 * always stays inside the picture. */
static void
place_callouts (const SeatLayout         *layout,
                const PlenaryRenderStyle *style,
                GArray                   *indices,
                const PlenaryBox         *frame)
{
  double gap = style->font_size * 0.6;

  for (guint i = 0; i < layout->callouts->len; i++)
    {
      PlenaryCallout *callout = &g_array_index (layout->callouts, PlenaryCallout, i);
      const PlenarySeat *seat = &g_array_index (layout->seats, PlenarySeat, g_array_index (indices, guint, i));
      double dx = seat->x - layout->center_x, dy = seat->y - layout->center_y;
      double distance = MAX (hypot (dx, dy), 1);
      double reach = layout->council ? seat->radius * 1.9 + gap * 0.3
                                     : layout->outer_radius - distance + seat->radius * 2 + gap;
      double step = callout->box.height + style->font_size * 0.3;
      PlenaryBox best = { 0 };
      double best_overlap = G_MAXDOUBLE;

      dx /= distance;
      dy /= distance;
      callout->anchor_x = seat->x;
      callout->anchor_y = seat->y;
      /* Candidates in rings of growing distance from the first place: out
       * along the ray by steps, and aside by whole label heights. */
      for (guint ring = 0; ring < 8 && best_overlap > 0; ring++)
        for (int side = -(int) ring; side <= (int) ring && best_overlap > 0; side++)
          {
            double out = reach + (ring - ABS (side)) * step * 0.8;
            double px = seat->x + dx * out - dy * side * step;
            double py = seat->y + dy * out + dx * side * step;
            PlenaryBox box = { px + (dx - 1) * callout->box.width / 2, py + (dy - 1) * callout->box.height / 2,
                               callout->box.width, callout->box.height };
            double overlap;

            plenary_box_clamp (&box, frame);
            overlap = callout_cost (layout, style, indices, i, seat, &box);
            if (overlap < best_overlap)
              {
                best = box;
                best_overlap = overlap;
              }
          }
      callout->box = best;
      /* The Council's labels sit beside their seats, as the codes do. */
      callout->leader = !layout->council;
    }
}

/* Moves everything drawn by @dy. */
static void
shift_layout (SeatLayout *layout,
              double      dy,
              gboolean    legend_too)
{
  layout->center_y += dy;
  if (legend_too)
    layout->legend_y += dy;
  for (guint i = 0; i < layout->seats->len; i++)
    g_array_index (layout->seats, PlenarySeat, i).y += dy;
  for (guint i = 0; i < layout->callouts->len; i++)
    {
      g_array_index (layout->callouts, PlenaryCallout, i).box.y += dy;
      g_array_index (layout->callouts, PlenaryCallout, i).anchor_y += dy;
    }
}

/* In a frame taller than the seats need (a square), the seats and their
 * labels move to the middle of the room left, rather than leave it all
 * above the hemicycle or below the horseshoe. The hemicycle takes its
 * legend with it. */
static void
centre_vertically (SeatLayout               *layout,
                   const PlenaryRenderStyle *style,
                   double                    top,
                   double                    bottom)
{
  double content_top = G_MAXDOUBLE, content_bottom = -G_MAXDOUBLE;
  double margin = layout->council ? style->font_size * 1.4 : 0;

  for (guint i = 0; i < layout->seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (layout->seats, PlenarySeat, i);

      content_top = MIN (content_top, seat->y - seat->radius - margin);
      content_bottom = MAX (content_bottom, seat->y + seat->radius + margin);
    }
  for (guint i = 0; i < layout->callouts->len; i++)
    {
      const PlenaryBox *box = &g_array_index (layout->callouts, PlenaryCallout, i).box;

      content_top = MIN (content_top, box->y);
      content_bottom = MAX (content_bottom, box->y + box->height);
    }
  if (content_top >= content_bottom)
    return;
  if (layout->council)
    shift_layout (layout, MAX (((bottom - content_bottom) - (content_top - top)) / 2, 0), FALSE);
  else if (content_top > top)
    shift_layout (layout, -(content_top - top) / 2, TRUE);
}

static void
compute_layout (PlenarySeatPicture       *self,
                cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                SeatLayout               *layout)
{
  PlenaryResolution *resolution = self->resolution;
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  double pad = style->font_size * 0.5;
  double top = pad + style->font_size * 0.5;
  double legend_height = plenary_render_legend_with_marks (cr, pad, 0, width - 2 * pad, style,
                                                           legend_categories (tally),
                                                           council_marks (resolution), FALSE);
  double seat_radius;
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autoptr(GArray) votes = g_array_new (FALSE, FALSE, sizeof (PlenaryVote));
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));
  double gap = style->font_size * 0.6;
  PlenaryBox frame;

  layout->legend_y = height - pad - legend_height;
  layout->seats = g_array_new (FALSE, FALSE, sizeof (PlenarySeat));
  layout->threshold_angle = -1;

  layout->council = plenary_resolution_get_body (resolution) == PLENARY_BODY_SECURITY_COUNCIL &&
                    tally->body_size <= COUNCIL_MAX_SEATS;
  if (layout->council)
    seat_radius = place_council (MAX (tally->body_size, 1), places);
  else
    seat_radius = place_seats (MAX (tally->body_size, 1), 0.4, 1.0, places);
  assign_members (resolution, places->len, votes, members);
  layout->callouts = measure_callouts (self, cr, style, members, indices);

  if (layout->council)
    {
      /* The arc, open at the bottom, with room outside it for each seat's
       * code and marks, or an emphasised member's name: from its top (1
       * above the centre) to its ends (sin of the half-gap below). */
      double half_gap = (COUNCIL_ARC_DEGREES / 2 - 90) * G_PI / 180.0;
      double label_h = style->font_size * 2.4;
      double label_w = style->font_size * 3.2;
      double ratio = seat_radius;

      for (guint i = 0; i < layout->callouts->len; i++)
        {
          const PlenaryCallout *callout = &g_array_index (layout->callouts, PlenaryCallout, i);
          const Place *place = &g_array_index (places, Place, g_array_index (indices, guint, i));

          if (fabs (cos (place->angle)) > 0.3)
            label_w = MAX (label_w, callout->box.width + style->font_size * 0.8);
          if (sin (place->angle) > 0.3)
            label_h = MAX (label_h, callout->box.height * 1.2 + style->font_size * 0.8);
        }
      layout->outer_radius = MIN ((width - 2 * pad - 2 * label_w) / (2 * (1 + ratio)),
                                  (layout->legend_y - pad - top - 2 * label_h) / (1 + sin (half_gap) + 2 * ratio));
      /* Seats no larger than reads well beside their names. */
      layout->outer_radius = MAX (MIN (layout->outer_radius, style->font_size * 2.2 / ratio), 10);
      layout->inner_radius = layout->outer_radius * 0.62;
      seat_radius = ratio * layout->outer_radius;
      layout->center_x = width / 2;
      layout->center_y = top + label_h + seat_radius + layout->outer_radius;
    }
  else
    {
      /* The rows do not depend on the size: the seats are placed on a unit
       * hemicycle, which is then sized so that the outermost seats fit,
       * and the names of the emphasised members outside them. */
      layout->outer_radius = MIN ((width / 2 - pad) / (1 + seat_radius),
                                  (layout->legend_y - pad - top) / (1 + 2 * seat_radius));
      for (guint i = 0; i < layout->callouts->len; i++)
        {
          const PlenaryCallout *callout = &g_array_index (layout->callouts, PlenaryCallout, i);
          const Place *place = &g_array_index (places, Place, g_array_index (indices, guint, i));

          layout->outer_radius = MIN (layout->outer_radius,
                                      radius_for_label (place->angle, callout->box.width, callout->box.height,
                                                        1 + 2 * seat_radius, gap, width / 2 - pad,
                                                        layout->legend_y - pad - top, seat_radius));
        }
      layout->outer_radius = MAX (layout->outer_radius, 10);
      layout->inner_radius = layout->outer_radius * 0.4;
      seat_radius *= layout->outer_radius;
      layout->center_x = width / 2;
      layout->center_y = layout->legend_y - pad - seat_radius;
    }

  for (guint i = 0; i < places->len; i++)
    {
      const Place *place = &g_array_index (places, Place, i);
      double x = layout->center_x + place->radius * layout->outer_radius * cos (place->angle);
      PlenarySeat entry = {
        style->rtl ? width - x : x,
        layout->center_y - place->radius * layout->outer_radius * sin (place->angle),
        seat_radius,
        i < votes->len ? g_array_index (votes, PlenaryVote, i) : PLENARY_VOTE_NOT_RECORDED,
        i < members->len ? g_array_index (members, int, i) : -1,
      };

      if (i < votes->len)
        g_array_append_val (layout->seats, entry);
    }

  frame = (PlenaryBox) { pad, 0, width - 2 * pad, layout->legend_y - style->font_size * 0.3 };
  place_callouts (layout, style, indices, &frame);
  centre_vertically (layout, style, top, layout->legend_y - pad);

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
  g_autofree char *needed_text = plenary_describe_needed (resolution);
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
  /* On the Council's horseshoe the spoke stays inside the seats, clear of
   * their names. */
  if (layout->council)
    outer = layout->outer_radius - g_array_index (layout->seats, PlenarySeat, 0).radius * 1.3;

  plenary_cairo_set_color (cr, &style->palette->threshold);
  cairo_set_line_width (cr, MAX (style->font_size / 7, 1.5));
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, layout->center_x + dx * layout->inner_radius * 0.92, layout->center_y + dy * layout->inner_radius * 0.92);
  cairo_line_to (cr, layout->center_x + dx * outer, layout->center_y + dy * outer);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

}

/* The marks of a seat of the Council: permanent member, and veto. */
static PlenaryMarks
seat_marks (PlenarySeatPicture *self,
            const PlenarySeat  *seat)
{
  PlenaryMarks marks = 0;

  if (seat->member < 0 ||
      !plenary_member_is_permanent (plenary_resolution_get_member (self->resolution, seat->member)))
    return 0;
  marks |= PLENARY_MARK_PERMANENT;
  if (seat->vote == PLENARY_VOTE_NO &&
      plenary_resolution_get_outcome (self->resolution) == PLENARY_OUTCOME_VETOED)
    marks |= PLENARY_MARK_VETO;
  return marks;
}


/* The Council's seats are few: each is named, outside the horseshoe. */
static void
draw_seat_labels (PlenarySeatPicture       *self,
                  cairo_t                  *cr,
                  const PlenaryRenderStyle *style,
                  const SeatLayout         *layout)
{
  for (guint i = 0; i < layout->seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (layout->seats, PlenarySeat, i);
      PlenaryMarks marks = seat_marks (self, seat);
      g_autoptr(PangoLayout) label = NULL;
      double dx, dy, distance, x, y, text_w, text_h;

      if (seat->member < 0 || plenary_picture_is_emphasised (PLENARY_PICTURE (self), seat->member))
        continue;
      label = plenary_text_layout (cr, style, 0.85,
                                   marks & PLENARY_MARK_PERMANENT ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                   plenary_member_get_code (plenary_resolution_get_member (self->resolution,
                                                                                           seat->member)));
      plenary_text_size (label, &text_w, &text_h);
      dx = seat->x - layout->center_x;
      dy = seat->y - layout->center_y;
      distance = hypot (dx, dy);
      /* Outward from the seat, past its rings, its centre on the ray. */
      x = seat->x + dx / distance * (seat->radius * 1.5 + text_w * 0.55);
      y = seat->y + dy / distance * (seat->radius * 1.5 + text_h * 0.55) - text_h / 2;
      plenary_cairo_set_color (cr, &style->palette->foreground);
      plenary_text_draw (cr, label, x, y, 0.5);
    }
}

static void
draw_seats (PlenarySeatPicture       *self,
            cairo_t                  *cr,
            const PlenaryRenderStyle *style,
            const SeatLayout         *layout)
{
  for (guint i = 0; i < layout->seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (layout->seats, PlenarySeat, i);

      cairo_new_path (cr);
      cairo_arc (cr, seat->x, seat->y, seat->radius, 0, 2 * G_PI);
      plenary_fill_category (cr, style->palette, (PlenaryCategory) seat->vote, MAX (seat->radius / 4, 0.8));

      if (layout->council)
        plenary_draw_marks (cr, style, seat_marks (self, seat), seat->x, seat->y, seat->radius);

    }

  /* The emphasised seats' outlines, over their neighbours; on the Council,
   * outside a permanent member's ring. */
  for (guint i = 0; i < layout->seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (layout->seats, PlenarySeat, i);
      double line, radius;

      if (!plenary_picture_is_emphasised (PLENARY_PICTURE (self), seat->member))
        continue;
      line = plenary_emphasis_line_width (style, seat->radius * 2);
      radius = seat->radius + line * 0.5 + MAX (seat->radius * 0.08, 1);
      if (layout->council && (seat_marks (self, seat) & PLENARY_MARK_PERMANENT))
        radius = seat->radius * 1.28 + MAX (seat->radius * 0.07, 0.5) + line * 0.5 + MAX (seat->radius * 0.08, 1);
      cairo_new_path (cr);
      cairo_arc (cr, seat->x, seat->y, radius, 0, 2 * G_PI);
      plenary_stroke_emphasis (cr, style, line);
    }
}

static void
draw_callouts (cairo_t                  *cr,
               const PlenaryRenderStyle *style,
               const SeatLayout         *layout)
{
  for (guint i = 0; i < layout->callouts->len; i++)
    plenary_callout_draw (cr, style, &g_array_index (layout->callouts, PlenaryCallout, i));
}

static GArray *
get_layout (PlenarySeatPicture       *self,
            double                    width,
            double                    height,
            const PlenaryRenderStyle *style,
            SeatLayout               *layout)
{
  guint emphasis = _plenary_picture_get_emphasis_serial (PLENARY_PICTURE (self));

  if (self->layout_seats == NULL || self->layout_width != width || self->layout_height != height ||
      self->layout_font_size != style->font_size || self->layout_rtl != style->rtl ||
      self->layout_emphasis != emphasis)
    {
      cairo_t *cr = plenary_measuring_context_new ();

      g_clear_pointer (&self->layout_seats, g_array_unref);
      compute_layout (self, cr, width, height, style, layout);
      g_array_unref (layout->callouts);
      cairo_destroy (cr);
      self->layout_emphasis = emphasis;
      self->layout_seats = layout->seats;
      self->layout_width = width;
      self->layout_height = height;
      self->layout_font_size = style->font_size;
      self->layout_rtl = style->rtl;
    }
  return self->layout_seats;
}

/**
 * plenary_seat_picture_layout:
 *
 * Returns: (transfer full) (element-type PlenarySeat): where each seat is drawn
 */
GArray *
plenary_seat_picture_layout (PlenarySeatPicture       *self,
                             double                    width,
                             double                    height,
                             const PlenaryRenderStyle *style)
{
  SeatLayout layout;

  g_return_val_if_fail (PLENARY_IS_SEAT_PICTURE (self), NULL);

  return g_array_ref (get_layout (self, width, height, style, &layout));
}

static void
plenary_seat_picture_draw (PlenaryPicture           *picture,
                           cairo_t                  *cr,
                           double                    width,
                           double                    height,
                           const PlenaryRenderStyle *style)
{
  PlenarySeatPicture *self = PLENARY_SEAT_PICTURE (picture);
  double pad = style->font_size * 0.5;
  SeatLayout layout;

  compute_layout (self, cr, width, height, style, &layout);
  draw_seats (self, cr, style, &layout);
  if (layout.council)
    draw_seat_labels (self, cr, style, &layout);
  draw_threshold (cr, style, &layout);
  draw_centre (cr, style, self->resolution, &layout);
  draw_callouts (cr, style, &layout);
  plenary_render_legend_with_marks (cr, pad, layout.legend_y, width - 2 * pad, style,
                                    legend_categories (plenary_resolution_get_tally (self->resolution)),
                                    council_marks (self->resolution), TRUE);
  g_array_unref (layout.seats);
  g_array_unref (layout.callouts);
}

/* The seat under (@x, @y), if any. */
static gboolean
plenary_seat_picture_hit_test (PlenaryPicture           *picture,
                               double                    width,
                               double                    height,
                               const PlenaryRenderStyle *style,
                               double                    x,
                               double                    y,
                               PlenaryHit               *hit)
{
  PlenarySeatPicture *self = PLENARY_SEAT_PICTURE (picture);
  SeatLayout layout;
  GArray *seats = get_layout (self, width, height, style, &layout);
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < seats->len; i++)
    {
      const PlenarySeat *candidate = &g_array_index (seats, PlenarySeat, i);
      double distance = hypot (x - candidate->x, y - candidate->y);

      if (distance <= candidate->radius * 1.2 && distance < best)
        {
          best = distance;
          hit->category = (PlenaryCategory) candidate->vote;
          hit->member = candidate->member;
        }
    }
  return best < G_MAXDOUBLE;
}

/* Every seat, in its sweep from the start edge. */
static GArray *
plenary_seat_picture_dup_anchors (PlenaryPicture           *picture,
                                  double                    width,
                                  double                    height,
                                  const PlenaryRenderStyle *style)
{
  PlenarySeatPicture *self = PLENARY_SEAT_PICTURE (picture);
  SeatLayout layout;
  GArray *seats = get_layout (self, width, height, style, &layout);
  GArray *anchors = _plenary_anchors_new ();

  for (guint i = 0; i < seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (seats, PlenarySeat, i);
      PlenaryHit hit = { (PlenaryCategory) seat->vote, seat->member, -1, (int) i };

      _plenary_anchors_add_circle (anchors, &hit, seat->x, seat->y, seat->radius);
    }
  return anchors;
}

static char *
plenary_seat_picture_describe_hit (PlenaryPicture   *picture,
                                   const PlenaryHit *hit)
{
  PlenarySeatPicture *self = PLENARY_SEAT_PICTURE (picture);

  if (hit->member >= 0)
    return plenary_describe_member_vote (plenary_resolution_get_member (self->resolution, hit->member),
                                         (PlenaryVote) hit->category);
  return plenary_describe_unnamed_seat ((PlenaryVote) hit->category);
}

static void
plenary_seat_picture_finalize (GObject *object)
{
  PlenarySeatPicture *self = PLENARY_SEAT_PICTURE (object);

  g_clear_object (&self->resolution);
  g_clear_pointer (&self->layout_seats, g_array_unref);

  G_OBJECT_CLASS (plenary_seat_picture_parent_class)->finalize (object);
}

static PlenaryTable *
plenary_seat_picture_dup_table (PlenaryPicture *picture)
{
  g_autoptr(PlenaryMemberColouring) colouring =
    plenary_member_colouring_new_for_vote (((PlenarySeatPicture *) picture)->resolution);

  /* Translators: a column of a table of members: how each voted. */
  return plenary_member_colouring_dup_table (colouring, C_("table", "Vote"));
}

static PlenaryMember *
plenary_seat_picture_get_member (PlenaryPicture *picture,
                                 int             member)
{
  PlenaryResolution *resolution = PLENARY_SEAT_PICTURE (picture)->resolution;

  /* Only the members with a seat, which a label can name. */
  if ((guint) member >= plenary_resolution_get_n_members (resolution) ||
      !plenary_resolution_member_in_body (resolution, (guint) member))
    return NULL;
  return plenary_resolution_get_member (resolution, (guint) member);
}

static void
plenary_seat_picture_class_init (PlenarySeatPictureClass *klass)
{
  PlenaryPictureClass *picture_class = PLENARY_PICTURE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = plenary_seat_picture_finalize;
  picture_class->draw = plenary_seat_picture_draw;
  picture_class->hit_test = plenary_seat_picture_hit_test;
  picture_class->describe_hit = plenary_seat_picture_describe_hit;
  picture_class->dup_anchors = plenary_seat_picture_dup_anchors;
  picture_class->dup_table = plenary_seat_picture_dup_table;
  picture_class->get_member = plenary_seat_picture_get_member;
}

static void
plenary_seat_picture_init (PlenarySeatPicture *self)
{
}

PlenaryPicture *
plenary_seat_picture_new (PlenaryResolution         *resolution,
                          const PlenaryPictureWords *words)
{
  PlenarySeatPicture *self;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  self = g_object_new (PLENARY_TYPE_SEAT_PICTURE, NULL);
  self->resolution = g_object_ref (resolution);
  _plenary_picture_set_words (PLENARY_PICTURE (self), PLENARY_CHART_SEATS, words);
  return PLENARY_PICTURE (self);
}
