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
 * the right.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

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
  guint seat = 0;

  layout->legend_y = height - pad - legend_height;
  layout->seats = g_array_new (FALSE, FALSE, sizeof (PlenarySeat));
  layout->threshold_angle = -1;

  layout->council = plenary_resolution_get_body (resolution) == PLENARY_BODY_SECURITY_COUNCIL &&
                    tally->body_size <= COUNCIL_MAX_SEATS;
  if (layout->council)
    {
      /* The arc, open at the bottom, with room outside it for each seat's
       * code and marks: from its top (1 above the centre) to its ends
       * (sin of the half-gap below). */
      double half_gap = (COUNCIL_ARC_DEGREES / 2 - 90) * G_PI / 180.0;
      double label_h = style->font_size * 2.4;
      double label_w = style->font_size * 3.2;
      double ratio;

      ratio = place_council (MAX (tally->body_size, 1), places);
      layout->outer_radius = MAX (MIN ((width - 2 * pad - 2 * label_w) / (2 * (1 + ratio)),
                                       (layout->legend_y - pad - top - 2 * label_h) /
                                       (1 + sin (half_gap) + 2 * ratio)),
                                  10);
      layout->inner_radius = layout->outer_radius * 0.62;
      seat_radius = ratio * layout->outer_radius;
      layout->center_x = width / 2;
      layout->center_y = top + label_h + seat_radius + layout->outer_radius;
    }
  else
    {
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
    }
  for (guint i = 0; i < places->len; i++)
    g_array_index (places, Place, i).radius *= layout->outer_radius;

  for (guint g = 0; g < G_N_ELEMENTS (seat_order); g++)
    {
      PlenaryVote vote = seat_order[g];
      g_autoptr(GArray) named = plenary_resolution_list_members (resolution, vote);

      for (guint k = 0; k < seats_of (tally, vote) && seat < places->len; k++, seat++)
        {
          const Place *place = &g_array_index (places, Place, seat);
          double x = layout->center_x + place->radius * cos (place->angle);
          PlenarySeat entry = {
            style->rtl ? width - x : x,
            layout->center_y - place->radius * sin (place->angle),
            seat_radius,
            vote,
            k < named->len ? (int) g_array_index (named, guint, k) : -1,
          };

          g_array_append_val (layout->seats, entry);
        }
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

      if (seat->member < 0)
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

      if (plenary_picture_is_emphasised (PLENARY_PICTURE (self), seat->member))
        {
          cairo_arc (cr, seat->x, seat->y, seat->radius + 1.5, 0, 2 * G_PI);
          plenary_cairo_set_color (cr, &style->palette->highlight);
          cairo_set_line_width (cr, MAX (seat->radius * 0.4, 2.0));
          cairo_stroke (cr);
        }
    }
}

static GArray *
get_layout (PlenarySeatPicture       *self,
            double                    width,
            double                    height,
            const PlenaryRenderStyle *style,
            SeatLayout               *layout)
{
  if (self->layout_seats == NULL || self->layout_width != width || self->layout_height != height ||
      self->layout_font_size != style->font_size || self->layout_rtl != style->rtl)
    {
      cairo_t *cr = plenary_measuring_context_new ();

      g_clear_pointer (&self->layout_seats, g_array_unref);
      compute_layout (self, cr, width, height, style, layout);
      cairo_destroy (cr);
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
  plenary_render_legend_with_marks (cr, pad, layout.legend_y, width - 2 * pad, style,
                                    legend_categories (plenary_resolution_get_tally (self->resolution)),
                                    council_marks (self->resolution), TRUE);
  g_array_unref (layout.seats);
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

static void
plenary_seat_picture_class_init (PlenarySeatPictureClass *klass)
{
  PlenaryPictureClass *picture_class = PLENARY_PICTURE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = plenary_seat_picture_finalize;
  picture_class->draw = plenary_seat_picture_draw;
  picture_class->hit_test = plenary_seat_picture_hit_test;
  picture_class->describe_hit = plenary_seat_picture_describe_hit;
  picture_class->dup_table = plenary_seat_picture_dup_table;
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
