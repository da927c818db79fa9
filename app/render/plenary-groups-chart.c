/* plenary-groups-chart.c: one vote as a stacked bar per UN regional group
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row per regional group in the UN's order, then the members in no group
 * (the United States), each a bar of its members in the body split by vote
 * in the tally's order and colours. All bars share one scale, the largest
 * group's size, so that the groups' weights compare; the counts are written
 * in the segments that have room, and the group's total after the bar.
 * Rows of groups with no member in the body are left out.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-describer.h"
#include "plenary-format.h"
#include "plenary-groups-chart.h"
#include "plenary-legend.h"
#include "plenary-tally-chart.h"

struct _PlenaryGroupsPicture
{
  PlenaryPicture         parent_instance;

  PlenaryGroupBreakdown *breakdown;
  PlenaryGroup           rows[PLENARY_N_GROUP_ROWS];
  guint                  n_rows;
};

G_DEFINE_FINAL_TYPE (PlenaryGroupsPicture, plenary_groups_picture, PLENARY_TYPE_PICTURE)

typedef struct
{
  double label_x;
  double bar_x;
  double bar_width;
  double rows_y;
  double row_height;
  double bar_height;
  double legend_y;
  guint  largest;
} GroupsLayout;

static guint
legend_categories (PlenaryGroupsPicture *self)
{
  guint categories = 0;

  for (guint r = 0; r < self->n_rows; r++)
    for (PlenaryVote vote = 0; vote < PLENARY_N_TALLY_VOTES; vote++)
      if (plenary_group_breakdown_get_count (self->breakdown, self->rows[r], vote) > 0)
        categories |= PLENARY_CATEGORY_BIT (vote);
  return categories;
}

static void
compute_layout (PlenaryGroupsPicture     *self,
                cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                GroupsLayout             *layout)
{
  double pad = style->font_size * 0.5, gap = style->font_size * 0.75;
  double label_w = 0, total_w;
  g_autoptr(PangoLayout) total = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_NORMAL, "000");
  double legend_h = plenary_render_legend (cr, pad, 0, width - 2 * pad, style, legend_categories (self), FALSE);

  for (guint r = 0; r < self->n_rows; r++)
    {
      g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_NORMAL,
                                                          plenary_group_get_label (self->rows[r]));
      double w;

      plenary_text_size (label, &w, NULL);
      label_w = MAX (label_w, w);
    }
  plenary_text_size (total, &total_w, NULL);
  label_w = MIN (label_w, width * 0.45);

  layout->largest = MAX (plenary_group_breakdown_get_largest (self->breakdown), 1);
  layout->label_x = pad;
  layout->bar_x = pad + label_w + gap;
  layout->bar_width = MAX (width - layout->bar_x - gap - total_w - pad, 1);
  layout->rows_y = pad;
  layout->legend_y = height - pad - legend_h;
  layout->row_height = MAX ((layout->legend_y - style->font_size * 0.5 - layout->rows_y) / MAX (self->n_rows, 1), 1);
  layout->bar_height = MIN (layout->row_height * 0.62, style->font_size * 2.2);
}

static void
measure_layout (PlenaryGroupsPicture     *self,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                GroupsLayout             *layout)
{
  cairo_t *cr = plenary_measuring_context_new ();

  compute_layout (self, cr, width, height, style, layout);
  cairo_destroy (cr);
}

/* The extent of @vote's segment in @row, in reading order. */
static void
segment (PlenaryGroupsPicture *self,
         const GroupsLayout   *layout,
         guint                 row,
         PlenaryVote           vote,
         double               *start,
         double               *length)
{
  double x = 0;

  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    {
      PlenaryVote v = plenary_tally_rows[i];
      double l = layout->bar_width * plenary_group_breakdown_get_count (self->breakdown, self->rows[row], v) /
                 layout->largest;

      if (v == vote)
        {
          *start = layout->bar_x + x;
          *length = l;
          return;
        }
      x += l;
    }
  *start = layout->bar_x;
  *length = 0;
}

static void
plenary_groups_picture_draw (PlenaryPicture           *picture,
                             cairo_t                  *cr,
                             double                    width,
                             double                    height,
                             const PlenaryRenderStyle *style)
{
  PlenaryGroupsPicture *self = PLENARY_GROUPS_PICTURE (picture);
  double pad = style->font_size * 0.5;
  GroupsLayout layout;

  compute_layout (self, cr, width, height, style, &layout);
  for (guint r = 0; r < self->n_rows; r++)
    {
      double row_y = layout.rows_y + r * layout.row_height;
      double bar_y = row_y + (layout.row_height - layout.bar_height) / 2;
      g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_NORMAL,
                                                          plenary_group_get_label (self->rows[r]));
      g_autofree char *total_text = plenary_format_count (plenary_group_breakdown_get_total (self->breakdown,
                                                                                            self->rows[r]));
      g_autoptr(PangoLayout) total = plenary_text_layout (cr, style, 1.0, PANGO_WEIGHT_BOLD, total_text);
      double text_h, end = 0;

      pango_layout_set_width (label, (int) ((layout.bar_x - layout.label_x - style->font_size * 0.5) * PANGO_SCALE));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      plenary_text_size (label, NULL, &text_h);
      plenary_cairo_set_color (cr, &style->palette->foreground);
      plenary_text_draw (cr, label, plenary_mirror_x (style, width, layout.label_x, 0), row_y + (layout.row_height - text_h) / 2,
                         style->rtl ? 1.0 : 0.0);

      cairo_rectangle (cr, plenary_mirror_x (style, width, layout.bar_x, layout.bar_width), bar_y,
                       layout.bar_width, layout.bar_height);
      plenary_cairo_set_color (cr, &style->palette->track);
      cairo_fill (cr);

      for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
        {
          PlenaryVote vote = plenary_tally_rows[i];
          guint count = plenary_group_breakdown_get_count (self->breakdown, self->rows[r], vote);
          double start, length, x;

          segment (self, &layout, r, vote, &start, &length);
          if (length <= 0)
            continue;
          x = plenary_mirror_x (style, width, start, length);
          cairo_rectangle (cr, x, bar_y, length, layout.bar_height);
          plenary_fill_category (cr, style->palette, (PlenaryCategory) vote, MAX (style->font_size / 8, 1));
          /* A thin gap between segments, so that neighbours read apart. */
          cairo_rectangle (cr, x + length - 0.5, bar_y, 1, layout.bar_height);
          plenary_cairo_set_color (cr, &style->palette->background);
          cairo_fill (cr);
          end = start + length;

          {
            g_autofree char *text = plenary_format_count (count);
            g_autoptr(PangoLayout) value = plenary_text_layout (cr, style, 0.85, PANGO_WEIGHT_BOLD, text);
            double value_w, value_h;

            plenary_text_size (value, &value_w, &value_h);
            if (value_w + style->font_size * 0.4 <= length && vote <= PLENARY_VOTE_NON_VOTING)
              {
                static const PlenaryColor dark_text = { 0.08, 0.08, 0.1, 1 }, light_text = { 1, 1, 1, 1 };
                const PlenaryColor *fill = &style->palette->fill[vote];

                plenary_cairo_set_color (cr, 0.2126 * fill->red + 0.7152 * fill->green + 0.0722 * fill->blue > 0.5
                                             ? &dark_text : &light_text);
                plenary_text_draw (cr, value, x + length / 2, bar_y + (layout.bar_height - value_h) / 2, 0.5);
              }
          }
        }

      plenary_cairo_set_color (cr, &style->palette->foreground);
      plenary_text_draw (cr, total, plenary_mirror_x (style, width, MAX (end, layout.bar_x) + style->font_size * 0.5, 0),
                         row_y + (layout.row_height - text_h) / 2, style->rtl ? 1.0 : 0.0);
    }
  plenary_render_legend (cr, pad, layout.legend_y, width - 2 * pad, style, legend_categories (self), TRUE);
}

static gboolean
plenary_groups_picture_hit_test (PlenaryPicture           *picture,
                                 double                    width,
                                 double                    height,
                                 const PlenaryRenderStyle *style,
                                 double                    x,
                                 double                    y,
                                 PlenaryHit               *hit)
{
  PlenaryGroupsPicture *self = PLENARY_GROUPS_PICTURE (picture);
  GroupsLayout layout;
  int row;

  measure_layout (self, width, height, style, &layout);
  if (y < layout.rows_y)
    return FALSE;
  row = (int) ((y - layout.rows_y) / layout.row_height);
  if (row >= (int) self->n_rows)
    return FALSE;
  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    {
      double start, length, left;

      segment (self, &layout, (guint) row, plenary_tally_rows[i], &start, &length);
      left = plenary_mirror_x (style, width, start, length);
      if (length > 0 && x >= left && x < left + length)
        {
          hit->series = row;
          hit->index = (int) plenary_tally_rows[i];
          hit->category = (PlenaryCategory) plenary_tally_rows[i];
          return TRUE;
        }
    }
  return FALSE;
}

/* Each group's share of each vote, row by row, in reading order. */
static GArray *
plenary_groups_picture_dup_anchors (PlenaryPicture           *picture,
                                    double                    width,
                                    double                    height,
                                    const PlenaryRenderStyle *style)
{
  PlenaryGroupsPicture *self = PLENARY_GROUPS_PICTURE (picture);
  GArray *anchors = _plenary_anchors_new ();
  GroupsLayout layout;

  measure_layout (self, width, height, style, &layout);
  for (guint r = 0; r < self->n_rows; r++)
    for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
      {
        PlenaryVote vote = plenary_tally_rows[style->rtl ? PLENARY_N_TALLY_VOTES - 1 - i : i];
        PlenaryHit hit = { (PlenaryCategory) vote, -1, (int) r, (int) vote };
        double start, length;

        segment (self, &layout, r, vote, &start, &length);
        if (length <= 0)
          continue;
        _plenary_anchors_add_box (anchors, &hit, plenary_mirror_x (style, width, start, length),
                                  layout.rows_y + r * layout.row_height + (layout.row_height - layout.bar_height) / 2,
                                  length, layout.bar_height);
      }
  return anchors;
}

static char *
plenary_groups_picture_describe_hit (PlenaryPicture   *picture,
                                     const PlenaryHit *hit)
{
  PlenaryGroupsPicture *self = PLENARY_GROUPS_PICTURE (picture);
  PlenaryResolution *resolution = plenary_group_breakdown_get_resolution (self->breakdown);
  GArray *members;
  GString *names = g_string_new (NULL);
  g_autofree char *joined = NULL;
  PlenaryVote vote;

  if (hit->series < 0 || (guint) hit->series >= self->n_rows || hit->index < 0 ||
      hit->index >= PLENARY_N_TALLY_VOTES)
    {
      g_string_free (names, TRUE);
      return NULL;
    }
  vote = (PlenaryVote) hit->index;
  members = plenary_group_breakdown_get_members (self->breakdown, self->rows[hit->series], vote);
  for (guint i = 0; i < members->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of a list of members, "Algeria, Somalia". */
        g_string_append (names, _(", "));
      g_string_append (names, plenary_member_get_localized_name (plenary_resolution_get_member (resolution,
                                                                 g_array_index (members, guint, i))));
    }
  joined = g_string_free (names, FALSE);
  return plenary_describe_group_votes (self->rows[hit->series], vote, members->len, joined);
}

/* The counts behind the bars: a row per group, a column per vote, and the
 * group's members in the body. */
static PlenaryTable *
plenary_groups_picture_dup_table (PlenaryPicture *picture)
{
  PlenaryGroupsPicture *self = PLENARY_GROUPS_PICTURE (picture);
  const char *columns[PLENARY_N_TALLY_VOTES + 3];
  PlenaryTable *table;

  /* Translators: a column of a table of regional groups: the group's name. */
  columns[0] = C_("table", "Regional group");
  for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
    columns[i + 1] = plenary_vote_get_label (plenary_tally_rows[i]);
  /* Translators: a column of a table of regional groups: how many of the
   * group's members are in the body. */
  columns[PLENARY_N_TALLY_VOTES + 1] = C_("table", "Members");
  columns[PLENARY_N_TALLY_VOTES + 2] = NULL;
  table = plenary_table_new (columns);

  for (guint r = 0; r < self->n_rows; r++)
    {
      char *numbers[PLENARY_N_TALLY_VOTES + 1];
      const char *cells[PLENARY_N_TALLY_VOTES + 2];

      cells[0] = plenary_group_get_label (self->rows[r]);
      for (guint i = 0; i < PLENARY_N_TALLY_VOTES; i++)
        cells[i + 1] = numbers[i] = g_strdup_printf ("%u", plenary_group_breakdown_get_count (self->breakdown,
                                                                                         self->rows[r],
                                                                                         plenary_tally_rows[i]));
      cells[PLENARY_N_TALLY_VOTES + 1] = numbers[PLENARY_N_TALLY_VOTES] =
        g_strdup_printf ("%u", plenary_group_breakdown_get_total (self->breakdown, self->rows[r]));
      plenary_table_add (table, cells);
      for (guint i = 0; i <= PLENARY_N_TALLY_VOTES; i++)
        g_free (numbers[i]);
    }
  return table;
}

static void
plenary_groups_picture_finalize (GObject *object)
{
  PlenaryGroupsPicture *self = PLENARY_GROUPS_PICTURE (object);

  g_clear_pointer (&self->breakdown, plenary_group_breakdown_free);

  G_OBJECT_CLASS (plenary_groups_picture_parent_class)->finalize (object);
}

static void
plenary_groups_picture_class_init (PlenaryGroupsPictureClass *klass)
{
  PlenaryPictureClass *picture_class = PLENARY_PICTURE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = plenary_groups_picture_finalize;
  picture_class->draw = plenary_groups_picture_draw;
  picture_class->hit_test = plenary_groups_picture_hit_test;
  picture_class->describe_hit = plenary_groups_picture_describe_hit;
  picture_class->dup_anchors = plenary_groups_picture_dup_anchors;
  picture_class->dup_table = plenary_groups_picture_dup_table;
}

static void
plenary_groups_picture_init (PlenaryGroupsPicture *self)
{
}

/**
 * plenary_groups_picture_new:
 * @source: (nullable): where the dataset comes from, when the resolution
 *   does not say where its own record comes from
 *
 * Returns: (transfer full): @resolution's vote by regional group
 */
PlenaryPicture *
plenary_groups_picture_new (PlenaryResolution *resolution,
                            const char        *source)
{
  PlenaryGroupsPicture *self;
  g_autofree char *headline = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *file_title = NULL;
  g_autofree char *record_source = NULL;
  g_autofree char *citation = NULL;
  PlenaryPictureWords words;

  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  self = g_object_new (PLENARY_TYPE_GROUPS_PICTURE, NULL);
  self->breakdown = plenary_group_breakdown_new (resolution);
  for (guint r = 0; r < PLENARY_N_GROUP_ROWS; r++)
    if (plenary_group_breakdown_get_total (self->breakdown, plenary_group_rows[r]) > 0)
      self->rows[self->n_rows++] = plenary_group_rows[r];

  headline = plenary_describe_headline (resolution);
  summary = plenary_describe_summary (resolution);
  file_title = plenary_describe_picture_title (resolution, plenary_chart_get_label (PLENARY_CHART_GROUPS));
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
  _plenary_picture_set_words (PLENARY_PICTURE (self), PLENARY_CHART_GROUPS, &words);
  return PLENARY_PICTURE (self);
}

/* The rectangle of @vote's part of row @row, in the picture's coordinates. */
gboolean
plenary_groups_picture_segment_extents (PlenaryGroupsPicture     *self,
                                        double                    width,
                                        double                    height,
                                        const PlenaryRenderStyle *style,
                                        guint                     row,
                                        PlenaryVote               vote,
                                        double                   *x,
                                        double                   *y,
                                        double                   *segment_width,
                                        double                   *segment_height)
{
  GroupsLayout layout;
  double start;

  g_return_val_if_fail (PLENARY_IS_GROUPS_PICTURE (self), FALSE);

  if (row >= self->n_rows)
    return FALSE;
  measure_layout (self, width, height, style, &layout);
  segment (self, &layout, row, vote, &start, segment_width);
  *x = plenary_mirror_x (style, width, start, *segment_width);
  *segment_height = layout.bar_height;
  *y = layout.rows_y + row * layout.row_height + (layout.row_height - layout.bar_height) / 2;
  return *segment_width > 0;
}
