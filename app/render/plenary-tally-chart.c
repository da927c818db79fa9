/* plenary-tally-chart.c: the tally of one vote as horizontal bars
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per vote (yes, no, abstain, non-voting, not recorded), each bar as
 * long as its share of the body's seats, with the count beside it and, for
 * yes and no, their share of those present and voting, which a line under
 * the rows says. A dashed line marks how many yes votes the majority needs.
 * Layout is computed in reading order and mirrored for right-to-left
 * languages.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-member-colouring.h"
#include "plenary-tally-chart.h"

struct _PlenaryTallyPicture
{
  PlenaryPicture     parent_instance;

  PlenaryResolution *resolution;
};

G_DEFINE_FINAL_TYPE (PlenaryTallyPicture, plenary_tally_picture, PLENARY_TYPE_PICTURE)

const PlenaryVote plenary_tally_rows[PLENARY_N_TALLY_VOTES] = {
  PLENARY_VOTE_YES,
  PLENARY_VOTE_NO,
  PLENARY_VOTE_ABSTAIN,
  PLENARY_VOTE_NON_VOTING,
  PLENARY_VOTE_NOT_RECORDED,
};

/* Positions in reading order (x from the start edge). */
typedef struct
{
  double pad;
  double band_height;
  double label_x;
  double label_width;
  double bar_x;
  double bar_width;
  double value_x;
  double rows_y;
  double row_height;
  double bar_height;
  double note_y;
  guint  body_size;
} TallyLayout;

static void
compute_layout (PlenaryTallyPicture      *self,
                cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                TallyLayout              *layout)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
  g_autofree char *note = plenary_describe_share_basis (self->resolution);
  g_autoptr(PangoLayout) note_layout = plenary_text_layout (cr, style, 0.85, PANGO_WEIGHT_NORMAL, note);
  double gap = style->font_size * 0.75;
  double value_width = 0, note_height;

  layout->pad = style->font_size * 0.5;
  layout->band_height = style->font_size * 1.4;
  layout->label_width = 0;
  layout->body_size = MAX (tally->body_size, 1);

  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    {
      PlenaryVote vote = plenary_tally_rows[i];
      g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_NORMAL,
                                                          plenary_vote_get_label (vote));
      g_autofree char *text = plenary_describe_count (self->resolution, vote);
      /* The yes figure is drawn bold: measure it so. */
      g_autoptr(PangoLayout) value = plenary_text_layout (cr, style, 1.0,
                                                          vote == PLENARY_VOTE_YES ? PANGO_WEIGHT_BOLD
                                                                                   : PANGO_WEIGHT_NORMAL,
                                                          text);
      double w;

      plenary_text_size (label, &w, NULL);
      layout->label_width = MAX (layout->label_width, w);
      plenary_text_size (value, &w, NULL);
      value_width = MAX (value_width, w);
    }

  plenary_text_draw_wrapped (cr, note_layout, 0, 0, width - 2 * layout->pad, style, NULL, FALSE);
  plenary_text_size (note_layout, NULL, &note_height);

  layout->label_x = layout->pad;
  layout->bar_x = layout->label_x + layout->label_width + gap;
  layout->bar_width = MAX (width - layout->pad - value_width - gap - layout->bar_x, 1);
  layout->value_x = layout->bar_x + layout->bar_width + gap;

  layout->rows_y = layout->pad + layout->band_height;
  layout->note_y = height - layout->pad - note_height;
  layout->row_height = MAX ((layout->note_y - layout->rows_y - style->font_size * 0.3) / PLENARY_N_TALLY_VOTES, 1);
  layout->bar_height = MIN (layout->row_height * 0.62, style->font_size * 2.0);
}

static void
measure_layout (PlenaryTallyPicture      *self,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                TallyLayout              *layout)
{
  cairo_t *cr = plenary_measuring_context_new ();

  compute_layout (self, cr, width, height, style, layout);
  cairo_destroy (cr);
}

static double
bar_length (const TallyLayout *layout,
            guint              count)
{
  return layout->bar_width * MIN (count, layout->body_size) / layout->body_size;
}

static double
threshold_position (const TallyLayout  *layout,
                    const PlenaryTally *tally)
{
  return layout->bar_x + bar_length (layout, tally->needed);
}

static void
draw_row (PlenaryTallyPicture      *self,
          cairo_t                  *cr,
          double                    width,
          const PlenaryRenderStyle *style,
          const TallyLayout        *layout,
          guint                     row)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
  PlenaryVote vote = plenary_tally_rows[row];
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) value = NULL;
  g_autofree char *text = plenary_describe_count (self->resolution, vote);
  double row_y = layout->rows_y + row * layout->row_height;
  double bar_y = row_y + (layout->row_height - layout->bar_height) / 2;
  double length = bar_length (layout, tally->counts[vote]);
  double text_h;

  label = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_NORMAL, plenary_vote_get_label (vote));
  plenary_text_size (label, NULL, &text_h);
  plenary_cairo_set_color (cr, &style->palette->foreground);
  plenary_text_draw (cr, label,
                     plenary_mirror_x (style, width, layout->label_x, 0),
                     row_y + (layout->row_height - text_h) / 2,
                     style->rtl ? 1.0 : 0.0);

  cairo_rectangle (cr, plenary_mirror_x (style, width, layout->bar_x, layout->bar_width),
                   bar_y, layout->bar_width, layout->bar_height);
  plenary_cairo_set_color (cr, &style->palette->track);
  cairo_fill (cr);

  if (length > 0)
    {
      cairo_rectangle (cr, plenary_mirror_x (style, width, layout->bar_x, length),
                       bar_y, length, layout->bar_height);
      plenary_fill_category (cr, style->palette, (PlenaryCategory) vote, MAX (style->font_size / 8, 1));
    }

  value = plenary_text_layout (cr, style, 1.0,
                               vote == PLENARY_VOTE_YES ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                               text);
  plenary_cairo_set_color (cr, tally->known[vote] || tally->counts[vote] > 0
                               ? &style->palette->foreground
                               : &style->palette->dim_foreground);
  plenary_text_draw (cr, value,
                     plenary_mirror_x (style, width, layout->value_x, 0),
                     row_y + (layout->row_height - text_h) / 2,
                     style->rtl ? 1.0 : 0.0);
}

static void
draw_threshold (PlenaryTallyPicture      *self,
                cairo_t                  *cr,
                double                    width,
                const PlenaryRenderStyle *style,
                const TallyLayout        *layout)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
  double x = plenary_mirror_x (style, width, threshold_position (layout, tally), 0);
  double band_y = layout->pad;
  double bottom = layout->rows_y + layout->row_height * 2 - (layout->row_height - layout->bar_height) / 2;
  double dash[] = { style->font_size * 0.3, style->font_size * 0.2 };
  g_autoptr(PangoLayout) label = NULL;
  g_autofree char *text = plenary_describe_needed (self->resolution);
  double label_w, xalign;

  label = plenary_text_layout (cr, style, 0.85, PANGO_WEIGHT_BOLD, text);
  plenary_text_size (label, &label_w, NULL);

  /* Centred on the line, but never past the bar area. */
  xalign = 0.5;
  if (x - label_w / 2 < layout->pad)
    xalign = 0.0;
  else if (x + label_w / 2 > width - layout->pad)
    xalign = 1.0;

  plenary_cairo_set_color (cr, &style->palette->threshold);
  plenary_text_draw (cr, label, x, band_y, xalign);

  cairo_set_line_width (cr, MAX (style->font_size / 7, 1.5));
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x, band_y + layout->band_height - style->font_size * 0.2);
  cairo_line_to (cr, x, bottom);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
plenary_tally_picture_draw (PlenaryPicture           *picture,
                            cairo_t                  *cr,
                            double                    width,
                            double                    height,
                            const PlenaryRenderStyle *style)
{
  PlenaryTallyPicture *self = PLENARY_TALLY_PICTURE (picture);
  g_autofree char *note = plenary_describe_share_basis (self->resolution);
  g_autoptr(PangoLayout) note_layout = plenary_text_layout (cr, style, 0.85, PANGO_WEIGHT_NORMAL, note);
  TallyLayout layout;

  compute_layout (self, cr, width, height, style, &layout);
  for (guint row = 0; row < PLENARY_N_TALLY_VOTES; row++)
    draw_row (self, cr, width, style, &layout, row);
  draw_threshold (self, cr, width, style, &layout);
  plenary_text_draw_wrapped (cr, note_layout, layout.pad, layout.note_y, width - 2 * layout.pad,
                             style, &style->palette->dim_foreground, TRUE);
}

/* Which row is at (@x, @y); the whole row's height and width count. */
static gboolean
plenary_tally_picture_hit_test (PlenaryPicture           *picture,
                                double                    width,
                                double                    height,
                                const PlenaryRenderStyle *style,
                                double                    x,
                                double                    y,
                                PlenaryHit               *hit)
{
  PlenaryTallyPicture *self = PLENARY_TALLY_PICTURE (picture);
  TallyLayout layout;
  int row;

  measure_layout (self, width, height, style, &layout);
  if (y < layout.rows_y)
    return FALSE;
  row = (int) ((y - layout.rows_y) / layout.row_height);
  if (row >= PLENARY_N_TALLY_VOTES)
    return FALSE;

  hit->category = (PlenaryCategory) plenary_tally_rows[row];
  return TRUE;
}

static char *
plenary_tally_picture_describe_hit (PlenaryPicture   *picture,
                                    const PlenaryHit *hit)
{
  PlenaryTallyPicture *self = PLENARY_TALLY_PICTURE (picture);

  if (hit->category >= PLENARY_N_TALLY_VOTES)
    return NULL;
  return plenary_describe_vote_row (self->resolution, (PlenaryVote) hit->category);
}

static void
plenary_tally_picture_finalize (GObject *object)
{
  PlenaryTallyPicture *self = PLENARY_TALLY_PICTURE (object);

  g_clear_object (&self->resolution);

  G_OBJECT_CLASS (plenary_tally_picture_parent_class)->finalize (object);
}

static PlenaryTable *
plenary_tally_picture_dup_table (PlenaryPicture *picture)
{
  g_autoptr(PlenaryMemberColouring) colouring =
    plenary_member_colouring_new_for_vote (((PlenaryTallyPicture *) picture)->resolution);

  /* Translators: a column of a table of members: how each voted. */
  return plenary_member_colouring_dup_table (colouring, C_("table", "Vote"));
}

static void
plenary_tally_picture_class_init (PlenaryTallyPictureClass *klass)
{
  PlenaryPictureClass *picture_class = PLENARY_PICTURE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = plenary_tally_picture_finalize;
  picture_class->draw = plenary_tally_picture_draw;
  picture_class->hit_test = plenary_tally_picture_hit_test;
  picture_class->describe_hit = plenary_tally_picture_describe_hit;
  picture_class->dup_table = plenary_tally_picture_dup_table;
}

static void
plenary_tally_picture_init (PlenaryTallyPicture *self)
{
}

PlenaryPicture *
plenary_tally_picture_new (PlenaryResolution         *resolution,
                           const PlenaryPictureWords *words)
{
  PlenaryTallyPicture *self;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  self = g_object_new (PLENARY_TYPE_TALLY_PICTURE, NULL);
  self->resolution = g_object_ref (resolution);
  _plenary_picture_set_words (PLENARY_PICTURE (self), PLENARY_CHART_TALLY, words);
  return PLENARY_PICTURE (self);
}

/* The rectangle of the bar of @vote, in the picture's coordinates. */
void
plenary_tally_picture_bar_extents (PlenaryTallyPicture      *self,
                                   double                    width,
                                   double                    height,
                                   const PlenaryRenderStyle *style,
                                   PlenaryVote               vote,
                                   double                   *x,
                                   double                   *y,
                                   double                   *bar_width,
                                   double                   *bar_height)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
  TallyLayout layout;
  guint row = 0;

  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    if (plenary_tally_rows[i] == vote)
      row = i;

  measure_layout (self, width, height, style, &layout);
  *bar_width = bar_length (&layout, tally->counts[vote]);
  *bar_height = layout.bar_height;
  *x = plenary_mirror_x (style, width, layout.bar_x, *bar_width);
  *y = layout.rows_y + row * layout.row_height + (layout.row_height - layout.bar_height) / 2;
}

/* The x of the majority line, in the picture's coordinates. */
double
plenary_tally_picture_threshold_x (PlenaryTallyPicture      *self,
                                   double                    width,
                                   double                    height,
                                   const PlenaryRenderStyle *style)
{
  TallyLayout layout;

  measure_layout (self, width, height, style, &layout);
  return plenary_mirror_x (style, width,
                           threshold_position (&layout, plenary_resolution_get_tally (self->resolution)),
                           0);
}

/* One thin stacked bar: the whole vote at a glance, for list rows. */
void
plenary_render_tally_strip (cairo_t                  *cr,
                            double                    width,
                            double                    height,
                            const PlenaryRenderStyle *style,
                            PlenaryResolution        *resolution)
{
  const PlenaryTally *tally;
  double x = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PLENARY_IS_RESOLUTION (resolution));

  tally = plenary_resolution_get_tally (resolution);
  if (tally->body_size == 0)
    return;

  cairo_save (cr);
  plenary_rounded_rectangle (cr, 0, 0, width, height, height / 2);
  cairo_clip (cr);
  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    {
      PlenaryVote vote = plenary_tally_rows[i];
      double length = width * tally->counts[vote] / tally->body_size;

      if (length <= 0)
        continue;
      length = MIN (length, width - x);
      cairo_rectangle (cr, plenary_mirror_x (style, width, x, length), 0, length, height);
      plenary_fill_category (cr, style->palette, (PlenaryCategory) vote, MAX (height / 4, 1));
      x += length;
    }
  cairo_restore (cr);
}
