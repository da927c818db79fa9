/* plenary-tally-chart.c: the tally of one vote as horizontal bars
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per vote (yes, no, abstain, non-voting, not recorded), each bar
 * as long as its share of the body's seats, with the count and percentage
 * beside it. A line marks how many yes votes the majority rule needs, and a
 * pill above says the outcome in words. Layout is computed in reading order
 * and mirrored for right-to-left languages.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-format.h"
#include "plenary-tally-chart.h"

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
  double header_height;
  double band_height;
  double label_x;
  double label_width;
  double bar_x;
  double bar_width;
  double value_x;
  double value_width;
  double rows_y;
  double row_height;
  double bar_height;
  guint  body_size;
} TallyLayout;

static char *
value_text (const PlenaryTally *tally,
            PlenaryVote         vote)
{
  g_autofree char *count = NULL;
  g_autofree char *percent = NULL;

  if (!tally->known[vote] && tally->counts[vote] == 0)
    /* Translators: shown instead of a count that the source did not report. */
    return g_strdup (_("not reported"));

  count = plenary_format_count (tally->counts[vote]);
  percent = plenary_format_percent (tally->body_size > 0
                                    ? (double) tally->counts[vote] / tally->body_size
                                    : 0.0);
  /* Translators: a count and its share of the seats, e.g. "93 · 48.2%". */
  return g_strdup_printf (_("%s · %s"), count, percent);
}

static void
compute_layout (cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                PlenaryResolution        *resolution,
                TallyLayout              *layout)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  double gap = style->font_size * 0.75;

  layout->pad = style->font_size * 0.5;
  layout->header_height = style->show_caption ? style->font_size * 2.6 : 0;
  layout->band_height = style->font_size * 1.4;
  layout->label_width = 0;
  layout->value_width = 0;
  layout->body_size = MAX (tally->body_size, 1);

  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    {
      PlenaryVote vote = plenary_tally_rows[i];
      g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_NORMAL,
                                                          plenary_vote_get_label (vote));
      g_autofree char *text = value_text (tally, vote);
      /* The yes figure is drawn bold: measure it so. */
      g_autoptr(PangoLayout) value = plenary_text_layout (cr, style, 1.0,
                                                          vote == PLENARY_VOTE_YES ? PANGO_WEIGHT_BOLD
                                                                                   : PANGO_WEIGHT_NORMAL,
                                                          text);
      double w;

      plenary_text_size (label, &w, NULL);
      layout->label_width = MAX (layout->label_width, w);
      plenary_text_size (value, &w, NULL);
      layout->value_width = MAX (layout->value_width, w);
    }

  layout->label_x = layout->pad;
  layout->bar_x = layout->label_x + layout->label_width + gap;
  layout->value_width += gap;
  layout->bar_width = MAX (width - layout->pad - layout->value_width - layout->bar_x, 1);
  layout->value_x = layout->bar_x + layout->bar_width + gap;

  layout->rows_y = layout->pad + layout->header_height + layout->band_height;
  layout->row_height = MAX ((height - layout->rows_y - layout->pad) / PLENARY_N_TALLY_VOTES, 1);
  layout->bar_height = MIN (layout->row_height * 0.62, style->font_size * 2.0);
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
draw_header (cairo_t                  *cr,
             double                    width,
             const PlenaryRenderStyle *style,
             PlenaryResolution        *resolution,
             const TallyLayout        *layout)
{
  PlenaryOutcome outcome = plenary_resolution_get_outcome (resolution);
  g_autoptr(PangoLayout) pill = NULL;
  g_autoptr(PangoLayout) rule = NULL;
  g_autofree char *rule_text = NULL;
  double pill_w, pill_h, pill_x, text_h, y;

  pill = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_BOLD, plenary_outcome_get_label (outcome));
  plenary_text_size (pill, &pill_w, &pill_h);
  pill_w += style->font_size * 1.4;
  pill_h += style->font_size * 0.5;
  y = layout->pad + (layout->header_height - pill_h) / 2 - style->font_size * 0.3;
  pill_x = plenary_mirror_x (style, width, layout->pad, pill_w);

  plenary_rounded_rectangle (cr, pill_x, y, pill_w, pill_h, pill_h / 2);
  plenary_cairo_set_color (cr, &style->palette->outcome[outcome]);
  cairo_fill (cr);
  plenary_cairo_set_color (cr, &style->palette->outcome_text[outcome]);
  plenary_text_draw (cr, pill, pill_x + pill_w / 2, y + style->font_size * 0.25, 0.5);

  rule_text = plenary_format_rule (resolution);
  rule = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_NORMAL, rule_text);
  plenary_text_size (rule, NULL, &text_h);
  plenary_cairo_set_color (cr, &style->palette->dim_foreground);
  if (style->rtl)
    plenary_text_draw (cr, rule, pill_x - style->font_size * 0.75, y + (pill_h - text_h) / 2, 1.0);
  else
    plenary_text_draw (cr, rule, pill_x + pill_w + style->font_size * 0.75,
                       y + (pill_h - text_h) / 2, 0.0);
}

static void
draw_row (cairo_t                  *cr,
          double                    width,
          const PlenaryRenderStyle *style,
          const PlenaryTally       *tally,
          const TallyLayout        *layout,
          guint                     row)
{
  PlenaryVote vote = plenary_tally_rows[row];
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) value = NULL;
  g_autofree char *text = value_text (tally, vote);
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
      plenary_fill_vote (cr, style->palette, vote, MAX (style->font_size / 8, 1));
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
draw_threshold (cairo_t                  *cr,
                double                    width,
                const PlenaryRenderStyle *style,
                const PlenaryTally       *tally,
                const TallyLayout        *layout)
{
  double x = plenary_mirror_x (style, width, threshold_position (layout, tally), 0);
  double band_y = layout->pad + layout->header_height;
  double bottom = layout->rows_y + layout->row_height * 2 - (layout->row_height - layout->bar_height) / 2;
  double dash[] = { style->font_size * 0.3, style->font_size * 0.2 };
  g_autoptr(PangoLayout) label = NULL;
  g_autofree char *text = NULL;
  double label_w, xalign;

  text = plenary_format_needed (tally->needed);
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
draw_tally (cairo_t                  *cr,
            double                    width,
            double                    height,
            const PlenaryRenderStyle *style,
            PlenaryResolution        *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  TallyLayout layout;

  compute_layout (cr, width, height, style, resolution, &layout);
  if (style->show_caption)
    draw_header (cr, width, style, resolution, &layout);
  for (guint row = 0; row < PLENARY_N_TALLY_VOTES; row++)
    draw_row (cr, width, style, tally, &layout, row);
  draw_threshold (cr, width, style, tally, &layout);
}

/**
 * plenary_render_tally:
 * @cr: where to draw, with (0, 0) at the chart's top-left corner
 * @width: the chart's width in user units
 * @height: the chart's height in user units
 * @style: colours, font and reading direction
 * @resolution: the vote to draw
 *
 * Draws the tally chart. The window, the PNG, SVG and PDF exports and the
 * tests all draw it through this function.
 */
void
plenary_render_tally (cairo_t                  *cr,
                      double                    width,
                      double                    height,
                      const PlenaryRenderStyle *style,
                      PlenaryResolution        *resolution)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  plenary_render_background (cr, style, width, height);
  if (resolution != NULL)
    draw_tally (cr, width, height, style, resolution);
  cairo_restore (cr);
}

/* The rectangle of the bar of @vote, in the chart's coordinates. */
void
plenary_tally_bar_extents (cairo_t                  *cr,
                           double                    width,
                           double                    height,
                           const PlenaryRenderStyle *style,
                           PlenaryResolution        *resolution,
                           PlenaryVote               vote,
                           double                   *x,
                           double                   *y,
                           double                   *bar_width,
                           double                   *bar_height)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  TallyLayout layout;
  guint row = 0;

  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    if (plenary_tally_rows[i] == vote)
      row = i;

  compute_layout (cr, width, height, style, resolution, &layout);
  *bar_width = bar_length (&layout, tally->counts[vote]);
  *bar_height = layout.bar_height;
  *x = plenary_mirror_x (style, width, layout.bar_x, *bar_width);
  *y = layout.rows_y + row * layout.row_height + (layout.row_height - layout.bar_height) / 2;
}

/* The x of the majority line, in the chart's coordinates. */
double
plenary_tally_threshold_x (cairo_t                  *cr,
                           double                    width,
                           double                    height,
                           const PlenaryRenderStyle *style,
                           PlenaryResolution        *resolution)
{
  TallyLayout layout;

  compute_layout (cr, width, height, style, resolution, &layout);
  return plenary_mirror_x (style, width,
                           threshold_position (&layout, plenary_resolution_get_tally (resolution)),
                           0);
}

/* Which row is at (@x, @y); the whole row's height and width count. */
gboolean
plenary_tally_hit_test (double                    width,
                        double                    height,
                        const PlenaryRenderStyle *style,
                        PlenaryResolution        *resolution,
                        double                    x,
                        double                    y,
                        PlenaryVote              *vote)
{
  cairo_t *cr;
  TallyLayout layout;
  int row;

  g_return_val_if_fail (style != NULL, FALSE);

  if (resolution == NULL || x < 0 || x >= width)
    return FALSE;

  cr = plenary_measuring_context_new ();
  compute_layout (cr, width, height, style, resolution, &layout);
  cairo_destroy (cr);

  if (y < layout.rows_y)
    return FALSE;
  row = (int) ((y - layout.rows_y) / layout.row_height);
  if (row >= PLENARY_N_TALLY_VOTES)
    return FALSE;

  *vote = plenary_tally_rows[row];
  return TRUE;
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
      cairo_rectangle (cr, plenary_mirror_x (style, width, x, length), 0, length, height);
      plenary_fill_vote (cr, style->palette, vote, MAX (height / 4, 1));
      x += length;
    }
  cairo_restore (cr);
}
