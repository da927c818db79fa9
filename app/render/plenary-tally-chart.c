/* plenary-tally-chart.c: the tally of one vote as horizontal bars
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per vote (yes, no, abstain, and non-voting and not recorded where
 * there are any), with the count beside each bar and, for yes and no, their
 * share of those present and voting, which a line under the rows says. The
 * bars share one scale: the members present and voting, or the largest
 * count where one is larger. So the yes and no bars are as long as their
 * shares say, and the dashed majority mark falls where the rule puts it
 * (two-thirds of the way for a two-thirds majority), across the yes and no
 * rows that the rule counts.
 *
 * The layout fills its frame: in a wide frame each row is its label, its
 * bar and its figures on one line, the bars and text growing with the room;
 * in a tall one (a square picture) the label and figures sit above a bar
 * that spans the whole width. Layout is computed in reading order and
 * mirrored for right-to-left languages.
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
  double      pad;
  double      band_height;  /* the majority mark's label, above the rows */
  gboolean    stacked;      /* label and figures above each bar */
  double      text_size;    /* of labels and figures, × the font */
  double      label_x;
  double      label_width;
  double      bar_x;
  double      bar_width;
  double      value_x;
  double      rows_y;
  double      row_height;
  double      bar_height;
  double      bar_offset;   /* from a row's top to its bar's */
  double      text_offset;  /* from a row's top to its text's */
  double      note_y;
  guint       scale;        /* the count a whole bar stands for */
  guint       n_rows;
  PlenaryVote rows[PLENARY_N_TALLY_VOTES];
} TallyLayout;

/* Whether @vote has a row: yes, no and abstain always; the others where
 * there are some, or where the source did not report how many. */
static gboolean
has_row (const PlenaryTally *tally,
         PlenaryVote         vote)
{
  if (vote == PLENARY_VOTE_YES || vote == PLENARY_VOTE_NO || vote == PLENARY_VOTE_ABSTAIN)
    return TRUE;
  if (vote == PLENARY_VOTE_NON_VOTING && !tally->known[vote])
    return TRUE;
  return tally->counts[vote] > 0;
}

/* The count a whole bar stands for: those present and voting, or the
 * largest count, or what the majority needs, whichever is largest. */
static guint
bar_scale (const PlenaryTally *tally)
{
  guint scale = MAX (tally->present_voting, tally->needed);

  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    scale = MAX (scale, tally->counts[plenary_tally_rows[i]]);
  return MAX (scale, 1);
}

static PangoLayout *
value_layout (PlenaryTallyPicture      *self,
              cairo_t                  *cr,
              const PlenaryRenderStyle *style,
              double                    size,
              PlenaryVote               vote)
{
  g_autofree char *text = plenary_describe_count (self->resolution, vote);

  /* The yes figure is bold. */
  return plenary_text_layout (cr, style, size, vote == PLENARY_VOTE_YES ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                              text);
}

/* The widest label and figures at text size @size. */
static void
measure_text (PlenaryTallyPicture      *self,
              cairo_t                  *cr,
              const PlenaryRenderStyle *style,
              const TallyLayout        *layout,
              double                    size,
              double                   *label_width,
              double                   *value_width,
              double                   *text_height)
{
  *label_width = *value_width = *text_height = 0;
  for (guint i = 0; i < layout->n_rows; i++)
    {
      PlenaryVote vote = layout->rows[i];
      g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, size, PANGO_WEIGHT_NORMAL,
                                                          plenary_vote_get_label (vote));
      g_autoptr(PangoLayout) value = value_layout (self, cr, style, size, vote);
      double w, h;

      plenary_text_size (label, &w, &h);
      *label_width = MAX (*label_width, w);
      *text_height = MAX (*text_height, h);
      plenary_text_size (value, &w, &h);
      *value_width = MAX (*value_width, w);
      *text_height = MAX (*text_height, h);
    }
}

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
  double value_width, text_height, note_height, pitch;

  layout->n_rows = 0;
  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    if (has_row (tally, plenary_tally_rows[i]))
      layout->rows[layout->n_rows++] = plenary_tally_rows[i];

  layout->pad = style->font_size * 0.5;
  layout->band_height = style->font_size * 1.8;
  layout->scale = bar_scale (tally);

  plenary_text_draw_wrapped (cr, note_layout, 0, 0, width - 2 * layout->pad, style, NULL, FALSE);
  plenary_text_size (note_layout, NULL, &note_height);
  layout->rows_y = layout->pad + layout->band_height;
  layout->note_y = height - layout->pad - note_height;
  pitch = MAX ((layout->note_y - layout->rows_y - style->font_size * 0.3) / layout->n_rows, 1);
  layout->row_height = pitch;

  /* Stacked when a row has room for a line of text above a bar as thick
   * as the text, and a gap: a tall frame. */
  layout->stacked = pitch >= style->font_size * 5.0 && width >= style->font_size * 16;
  if (layout->stacked)
    {
      layout->text_size = CLAMP (pitch / style->font_size * 0.13, 1.1, 2.0);
      measure_text (self, cr, style, layout, layout->text_size, &layout->label_width, &value_width, &text_height);
      layout->bar_height = MIN (MIN (pitch - text_height - style->font_size * 1.6, style->font_size * 6.0),
                                pitch * 0.42);
      layout->bar_height = MAX (layout->bar_height, style->font_size);
      layout->text_offset = (pitch - text_height - style->font_size * 0.3 - layout->bar_height) / 2;
      layout->bar_offset = layout->text_offset + text_height + style->font_size * 0.3;
      layout->label_x = layout->pad;
      layout->bar_x = layout->pad;
      layout->bar_width = MAX (width - 2 * layout->pad, 1);
      layout->value_x = width - layout->pad;
      return;
    }

  /* Side by side: bars as thick as the rows allow, text growing with them. */
  layout->bar_height = MIN (pitch * 0.6, style->font_size * 3.2);
  layout->text_size = CLAMP (layout->bar_height / style->font_size * 0.4, 1.0, 1.35);
  measure_text (self, cr, style, layout, layout->text_size, &layout->label_width, &value_width, &text_height);
  layout->label_x = layout->pad;
  layout->bar_x = layout->label_x + layout->label_width + gap;
  layout->bar_width = MAX (width - layout->pad - value_width - gap - layout->bar_x, 1);
  layout->value_x = layout->bar_x + layout->bar_width + gap;
  layout->bar_offset = (pitch - layout->bar_height) / 2;
  layout->text_offset = (pitch - text_height) / 2;
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
  return layout->bar_width * MIN (count, layout->scale) / layout->scale;
}

static double
threshold_position (const TallyLayout  *layout,
                    const PlenaryTally *tally)
{
  return layout->bar_x + bar_length (layout, tally->needed);
}

/* The row of @vote, or -1. */
static int
row_of (const TallyLayout *layout,
        PlenaryVote        vote)
{
  for (guint i = 0; i < layout->n_rows; i++)
    if (layout->rows[i] == vote)
      return (int) i;
  return -1;
}

static void
draw_bar (PlenaryTallyPicture      *self,
          cairo_t                  *cr,
          double                    width,
          const PlenaryRenderStyle *style,
          const TallyLayout        *layout,
          guint                     row)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
  PlenaryVote vote = layout->rows[row];
  double bar_y = layout->rows_y + row * layout->row_height + layout->bar_offset;
  double length = bar_length (layout, tally->counts[vote]);

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
}

/* Draws @text with the background behind it, so that the majority mark,
 * which may cross a row's line of text, passes under it. */
static void
draw_text_on_background (cairo_t                  *cr,
                         const PlenaryRenderStyle *style,
                         PangoLayout              *text,
                         double                    x,
                         double                    y,
                         double                    xalign,
                         const PlenaryColor       *color)
{
  double text_w, text_h, margin = style->font_size * 0.5;

  plenary_text_size (text, &text_w, &text_h);
  cairo_rectangle (cr, x - text_w * xalign - margin, y, text_w + 2 * margin, text_h);
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_fill (cr);
  plenary_cairo_set_color (cr, color);
  plenary_text_draw (cr, text, x, y, xalign);
}

static void
draw_texts (PlenaryTallyPicture      *self,
            cairo_t                  *cr,
            double                    width,
            const PlenaryRenderStyle *style,
            const TallyLayout        *layout,
            guint                     row)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
  PlenaryVote vote = layout->rows[row];
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) value = NULL;
  double text_y = layout->rows_y + row * layout->row_height + layout->text_offset;

  label = plenary_text_layout (cr, style, layout->text_size, PANGO_WEIGHT_NORMAL, plenary_vote_get_label (vote));
  draw_text_on_background (cr, style, label, plenary_mirror_x (style, width, layout->label_x, 0), text_y,
                           style->rtl ? 1.0 : 0.0, &style->palette->foreground);

  /* Beside the bar, or at the far end above it. */
  value = value_layout (self, cr, style, layout->text_size, vote);
  draw_text_on_background (cr, style, value, plenary_mirror_x (style, width, layout->value_x, 0), text_y,
                           layout->stacked ? (style->rtl ? 0.0 : 1.0) : (style->rtl ? 1.0 : 0.0),
                           tally->known[vote] || tally->counts[vote] > 0 ? &style->palette->foreground
                                                                         : &style->palette->dim_foreground);
}

/* The majority mark: its label above the rows, and a dashed line from it
 * down through the yes and no rows, those present and voting whom the rule
 * counts. */
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
  int last = MAX (row_of (layout, PLENARY_VOTE_YES), row_of (layout, PLENARY_VOTE_NO));
  double bottom = layout->rows_y + layout->row_height * last + layout->bar_offset + layout->bar_height;
  double dash[] = { style->font_size * 0.3, style->font_size * 0.2 };
  g_autoptr(PangoLayout) label = NULL;
  g_autofree char *text = plenary_describe_needed (self->resolution);
  double label_w, xalign;

  label = plenary_text_layout (cr, style, 0.85 * MIN (layout->text_size, 1.4), PANGO_WEIGHT_BOLD, text);
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
  cairo_line_to (cr, x, bottom + style->font_size * 0.2);
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
  for (guint row = 0; row < layout.n_rows; row++)
    draw_bar (self, cr, width, style, &layout, row);
  draw_threshold (self, cr, width, style, &layout);
  for (guint row = 0; row < layout.n_rows; row++)
    draw_texts (self, cr, width, style, &layout, row);
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
  if (row >= (int) layout.n_rows)
    return FALSE;

  hit->category = (PlenaryCategory) layout.rows[row];
  return TRUE;
}

/* Each row, with its label, bar and figures, top to bottom. */
static GArray *
plenary_tally_picture_dup_anchors (PlenaryPicture           *picture,
                                   double                    width,
                                   double                    height,
                                   const PlenaryRenderStyle *style)
{
  PlenaryTallyPicture *self = PLENARY_TALLY_PICTURE (picture);
  GArray *anchors = _plenary_anchors_new ();
  double pad = style->font_size * 0.25;
  TallyLayout layout;

  measure_layout (self, width, height, style, &layout);
  for (guint r = 0; r < layout.n_rows; r++)
    {
      PlenaryHit hit = { (PlenaryCategory) layout.rows[r], -1, -1, (int) r };

      _plenary_anchors_add_box (anchors, &hit, pad, layout.rows_y + r * layout.row_height,
                                MAX (width - 2 * pad, 1), layout.row_height);
    }
  return anchors;
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
  picture_class->dup_anchors = plenary_tally_picture_dup_anchors;
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
  int row;

  measure_layout (self, width, height, style, &layout);
  row = row_of (&layout, vote);
  if (row < 0)
    {
      /* A vote with no row has no bar. */
      *x = *y = *bar_width = *bar_height = 0;
      return;
    }
  *bar_width = bar_length (&layout, tally->counts[vote]);
  *bar_height = layout.bar_height;
  *x = plenary_mirror_x (style, width, layout.bar_x, *bar_width);
  *y = layout.rows_y + row * layout.row_height + layout.bar_offset;
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
