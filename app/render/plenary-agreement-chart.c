/* plenary-agreement-chart.c: pairs of members' agreement, year by year, as lines
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per pair of members, one point per year in which the pair shared
 * at least one counted vote, and a break in the line where a year has none.
 * The scale is 0 to 100% so that lines of different pairs and periods
 * compare. Where a member carries on a seat (the Russian Federation the
 * Soviet Union's), its line says so in the legend, and every point's
 * tooltip gives the votes behind it. Time runs left to right in every
 * language, as the axis of a chart of years does in print.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "plenary-agreement-chart.h"
#include "plenary-describer.h"
#include "plenary-legend.h"

typedef struct
{
  int    year;
  double share;
  guint  n_votes;
  char  *when;
} Point;

typedef struct
{
  char   *label;
  GArray *points;  /* Point */
  int     member;  /* the second member, for hits */
} Line;

struct _PlenaryAgreementPicture
{
  PlenaryPicture parent_instance;

  GPtrArray     *lines;  /* Line */
  int            first_year;
  int            last_year;
};

G_DEFINE_FINAL_TYPE (PlenaryAgreementPicture, plenary_agreement_picture, PLENARY_TYPE_PICTURE)

typedef struct
{
  double legend_y;
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;
  double radius;
} ChartLayout;

static void
free_line (gpointer data)
{
  Line *line = data;

  for (guint i = 0; i < line->points->len; i++)
    g_free (g_array_index (line->points, Point, i).when);
  g_array_unref (line->points);
  g_free (line->label);
  g_free (line);
}

static double
render_legend (PlenaryAgreementPicture  *self,
               cairo_t                  *cr,
               double                    x,
               double                    y,
               double                    width,
               const PlenaryRenderStyle *style,
               gboolean                  draw)
{
  g_autofree PlenaryLegendItem *items = g_new0 (PlenaryLegendItem, MAX (self->lines->len, 1));

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      items[i].label = line->label;
      items[i].category = PLENARY_CATEGORY_KEY;
      items[i].color = &style->palette->series[i % G_N_ELEMENTS (style->palette->series)];
    }
  return plenary_render_legend_items (cr, x, y, width, style, items, self->lines->len, draw);
}

static void
compute_layout (PlenaryAgreementPicture  *self,
                cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                ChartLayout              *layout)
{
  g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 0.8, PANGO_WEIGHT_NORMAL, "100%");
  double pad = style->font_size * 0.5, label_w, label_h, legend_h;

  plenary_text_size (label, &label_w, &label_h);
  legend_h = render_legend (self, cr, pad, 0, width - 2 * pad, style, FALSE);
  layout->legend_y = pad;
  layout->plot_x = pad + label_w + style->font_size * 0.6;
  layout->plot_y = pad + legend_h + style->font_size * 0.8;
  layout->plot_width = MAX (width - layout->plot_x - pad - style->font_size, 1);
  layout->plot_height = MAX (height - layout->plot_y - pad - label_h - style->font_size * 0.5, 1);
  layout->radius = MAX (style->font_size * 0.2, 1.5);
}

static void
measure_layout (PlenaryAgreementPicture  *self,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                ChartLayout              *layout)
{
  cairo_t *cr = plenary_measuring_context_new ();

  compute_layout (self, cr, width, height, style, layout);
  cairo_destroy (cr);
}

static double
year_x (PlenaryAgreementPicture *self,
        const ChartLayout       *layout,
        int                      year)
{
  int span = MAX (self->last_year - self->first_year, 1);

  return layout->plot_x + layout->plot_width * (year - self->first_year) / span;
}

static double
share_y (const ChartLayout *layout,
         double             share)
{
  return layout->plot_y + layout->plot_height * (1 - CLAMP (share, 0, 1));
}

static int
year_step (PlenaryAgreementPicture *self,
           const ChartLayout       *layout,
           double                   font_size)
{
  static const int steps[] = { 1, 2, 5, 10, 20, 25, 50, 100 };
  int span = MAX (self->last_year - self->first_year, 1);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (layout->plot_width * steps[i] / span >= font_size * 4)
      return steps[i];
  return 100;
}

static void
draw_axes (PlenaryAgreementPicture  *self,
           cairo_t                  *cr,
           const PlenaryRenderStyle *style,
           const ChartLayout        *layout)
{
  int step = year_step (self, layout, style->font_size);

  cairo_set_line_width (cr, MAX (style->font_size / 16, 1));
  for (guint i = 0; i <= 4; i++)
    {
      double y = share_y (layout, i / 4.0);
      g_autofree char *number = g_strdup_printf ("%u", i * 25);
      /* Translators: a percentage; %s is the number, such as 48.2. Use your
       * language's spacing and sign, e.g. "%s %%" in French. */
      g_autofree char *text = g_strdup_printf (_("%s%%"), number);
      g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 0.8, PANGO_WEIGHT_NORMAL, text);
      double label_h;

      plenary_cairo_set_color (cr, &style->palette->grid);
      cairo_move_to (cr, layout->plot_x, y);
      cairo_line_to (cr, layout->plot_x + layout->plot_width, y);
      cairo_stroke (cr);
      plenary_text_size (label, NULL, &label_h);
      plenary_cairo_set_color (cr, &style->palette->dim_foreground);
      plenary_text_draw (cr, label, layout->plot_x - style->font_size * 0.4, y - label_h / 2, 1.0);
    }

  for (int year = (self->first_year + step - 1) / step * step; year <= self->last_year; year += step)
    {
      double x = year_x (self, layout, year);
      g_autofree char *text = g_strdup_printf ("%d", year);
      g_autoptr(PangoLayout) label = plenary_text_layout (cr, style, 0.8, PANGO_WEIGHT_NORMAL, text);

      plenary_cairo_set_color (cr, &style->palette->grid);
      cairo_move_to (cr, x, layout->plot_y);
      cairo_line_to (cr, x, layout->plot_y + layout->plot_height + style->font_size * 0.2);
      cairo_stroke (cr);
      plenary_cairo_set_color (cr, &style->palette->dim_foreground);
      plenary_text_draw (cr, label, x, layout->plot_y + layout->plot_height + style->font_size * 0.3, 0.5);
    }
}

static void
draw_line (PlenaryAgreementPicture  *self,
           cairo_t                  *cr,
           const PlenaryRenderStyle *style,
           const ChartLayout        *layout,
           guint                     index)
{
  Line *line = g_ptr_array_index (self->lines, index);
  const PlenaryColor *color = &style->palette->series[index % G_N_ELEMENTS (style->palette->series)];
  int previous_year = G_MININT;

  cairo_new_path (cr);
  for (guint i = 0; i < line->points->len; i++)
    {
      const Point *point = &g_array_index (line->points, Point, i);
      double x = year_x (self, layout, point->year), y = share_y (layout, point->share);

      /* A year without a counted vote breaks the line. */
      if (point->year == previous_year + 1)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      previous_year = point->year;
    }
  plenary_cairo_set_color (cr, color);
  cairo_set_line_width (cr, MAX (style->font_size / 7, 1.5));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  for (guint i = 0; i < line->points->len; i++)
    {
      const Point *point = &g_array_index (line->points, Point, i);

      cairo_arc (cr, year_x (self, layout, point->year), share_y (layout, point->share), layout->radius, 0, 2 * G_PI);
      plenary_cairo_set_color (cr, color);
      cairo_fill_preserve (cr);
      plenary_cairo_set_color (cr, &style->palette->background);
      cairo_set_line_width (cr, MAX (layout->radius * 0.35, 0.6));
      cairo_stroke (cr);
    }
}

static void
plenary_agreement_picture_draw (PlenaryPicture           *picture,
                                cairo_t                  *cr,
                                double                    width,
                                double                    height,
                                const PlenaryRenderStyle *style)
{
  PlenaryAgreementPicture *self = PLENARY_AGREEMENT_PICTURE (picture);
  double pad = style->font_size * 0.5;
  ChartLayout layout;

  compute_layout (self, cr, width, height, style, &layout);
  render_legend (self, cr, pad, layout.legend_y, width - 2 * pad, style, TRUE);
  draw_axes (self, cr, style, &layout);
  for (guint i = 0; i < self->lines->len; i++)
    draw_line (self, cr, style, &layout, i);
}

/* The point nearest (@x, @y), within a few pixels of its dot. */
static gboolean
plenary_agreement_picture_hit_test (PlenaryPicture           *picture,
                                    double                    width,
                                    double                    height,
                                    const PlenaryRenderStyle *style,
                                    double                    x,
                                    double                    y,
                                    PlenaryHit               *hit)
{
  PlenaryAgreementPicture *self = PLENARY_AGREEMENT_PICTURE (picture);
  double best = G_MAXDOUBLE;
  ChartLayout layout;

  measure_layout (self, width, height, style, &layout);
  for (guint l = 0; l < self->lines->len; l++)
    {
      Line *line = g_ptr_array_index (self->lines, l);

      for (guint i = 0; i < line->points->len; i++)
        {
          const Point *point = &g_array_index (line->points, Point, i);
          double distance = hypot (x - year_x (self, &layout, point->year), y - share_y (&layout, point->share));

          if (distance <= layout.radius + MAX (style->font_size * 0.3, 3) && distance < best)
            {
              best = distance;
              hit->series = (int) l;
              hit->index = (int) i;
              hit->member = line->member;
              hit->category = PLENARY_CATEGORY_KEY;
            }
        }
    }
  return best < G_MAXDOUBLE;
}

/* Every point of every line, line by line, year by year. */
static GArray *
plenary_agreement_picture_dup_anchors (PlenaryPicture           *picture,
                                       double                    width,
                                       double                    height,
                                       const PlenaryRenderStyle *style)
{
  PlenaryAgreementPicture *self = PLENARY_AGREEMENT_PICTURE (picture);
  GArray *anchors = _plenary_anchors_new ();
  ChartLayout layout;

  measure_layout (self, width, height, style, &layout);
  for (guint l = 0; l < self->lines->len; l++)
    {
      Line *line = g_ptr_array_index (self->lines, l);

      for (guint i = 0; i < line->points->len; i++)
        {
          const Point *point = &g_array_index (line->points, Point, i);
          PlenaryHit hit = { PLENARY_CATEGORY_KEY, line->member, (int) l, (int) i };

          _plenary_anchors_add_circle (anchors, &hit, year_x (self, &layout, point->year),
                                       share_y (&layout, point->share), MAX (layout.radius, 3));
        }
    }
  return anchors;
}

static char *
plenary_agreement_picture_describe_hit (PlenaryPicture   *picture,
                                        const PlenaryHit *hit)
{
  PlenaryAgreementPicture *self = PLENARY_AGREEMENT_PICTURE (picture);
  Line *line;
  const Point *point;

  if (hit->series < 0 || (guint) hit->series >= self->lines->len)
    return NULL;
  line = g_ptr_array_index (self->lines, hit->series);
  if (hit->index < 0 || (guint) hit->index >= line->points->len)
    return NULL;
  point = &g_array_index (line->points, Point, hit->index);
  return plenary_describe_agreement_point (line->label, point->when, point->share, point->n_votes);
}

/* Each point of each line: the pair, the year, the share of roll calls
 * they agreed on (a plain decimal from 0 to 1) and how many there were. */
static PlenaryTable *
plenary_agreement_picture_dup_table (PlenaryPicture *picture)
{
  PlenaryAgreementPicture *self = PLENARY_AGREEMENT_PICTURE (picture);
  const char *columns[] = {
    /* Translators: a column of the table of agreement over time: the two
     * members compared. */
    C_("table", "Members"),
    /* Translators: a column of the table of agreement over time. */
    C_("table", "Year"),
    /* Translators: a column of the table of agreement over time: the
     * share of roll calls the two members agreed on, from 0 to 1. */
    C_("table", "Agreement"),
    /* Translators: a column of the table of agreement over time: how many
     * roll calls the share is of. */
    C_("table", "Roll calls"),
    NULL,
  };
  PlenaryTable *table = plenary_table_new (columns);

  for (guint l = 0; l < self->lines->len; l++)
    {
      Line *line = g_ptr_array_index (self->lines, l);

      for (guint i = 0; i < line->points->len; i++)
        {
          const Point *point = &g_array_index (line->points, Point, i);
          char share[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *year = g_strdup_printf ("%d", point->year);
          g_autofree char *n_votes = g_strdup_printf ("%u", point->n_votes);
          const char *cells[] = { line->label, year, share, n_votes };

          g_ascii_formatd (share, sizeof share, "%.3f", point->share);
          plenary_table_add (table, cells);
        }
    }
  return table;
}

static void
plenary_agreement_picture_finalize (GObject *object)
{
  PlenaryAgreementPicture *self = PLENARY_AGREEMENT_PICTURE (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (plenary_agreement_picture_parent_class)->finalize (object);
}

static void
plenary_agreement_picture_class_init (PlenaryAgreementPictureClass *klass)
{
  PlenaryPictureClass *picture_class = PLENARY_PICTURE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = plenary_agreement_picture_finalize;
  picture_class->draw = plenary_agreement_picture_draw;
  picture_class->hit_test = plenary_agreement_picture_hit_test;
  picture_class->describe_hit = plenary_agreement_picture_describe_hit;
  picture_class->dup_anchors = plenary_agreement_picture_dup_anchors;
  picture_class->dup_table = plenary_agreement_picture_dup_table;
}

static void
plenary_agreement_picture_init (PlenaryAgreementPicture *self)
{
  self->lines = g_ptr_array_new_with_free_func (free_line);
}

/* The label of a pair's line, saying which seat the second carries on. */
static char *
line_label (PlenaryVoteVectors    *vectors,
            guint                  a,
            guint                  b,
            PlenaryAgreementFlags  flags)
{
  PlenaryDataset *dataset = plenary_vote_vectors_get_dataset (vectors);
  PlenaryMember *first = plenary_dataset_get_member (dataset, a);
  PlenaryMember *second = plenary_dataset_get_member (dataset, b);
  guint seat[8];
  guint n_seat = 1;

  if (flags & PLENARY_AGREEMENT_FOLLOW_SEATS)
    n_seat = plenary_vote_vectors_get_seat (vectors, b, seat, G_N_ELEMENTS (seat));
  if (n_seat > 1)
    {
      PlenaryMember *predecessor = plenary_dataset_get_member (dataset, seat[n_seat - 1]);
      const GDate *left = plenary_member_get_left (predecessor);

      if (left != NULL && g_date_valid (left))
        return plenary_describe_pair_with_seat (first, second, predecessor, g_date_get_year (left));
    }
  return plenary_describe_pair (first, second);
}

/**
 * plenary_agreement_picture_new:
 * @period: (nullable): the years to show; %NULL for all
 * @first_members: (array length=n_pairs): the first member of each pair
 * @second_members: (array length=n_pairs): the second
 * @flags: PLENARY_AGREEMENT_FOLLOW_SEATS to take each member with the
 *   seats it continues
 * @source: (nullable): where the data comes from
 *
 * Returns: (transfer full): the chart of each pair's @kind of agreement per
 *   year
 */
PlenaryPicture *
plenary_agreement_picture_new (PlenaryVoteVectors    *vectors,
                               const PlenaryPeriod   *period,
                               const guint           *first_members,
                               const guint           *second_members,
                               guint                  n_pairs,
                               PlenaryAgreementKind   kind,
                               PlenaryAgreementFlags  flags,
                               const char            *source)
{
  PlenaryAgreementPicture *self;
  const PlenaryVoteFilter *filter = plenary_vote_vectors_get_filter (vectors);
  g_autofree char *period_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *file_title = NULL;
  g_autofree char *subject = NULL;
  GString *names = g_string_new (NULL);
  PlenaryPictureWords words;
  PlenaryPeriod all;
  guint first, end;

  g_return_val_if_fail (vectors != NULL, NULL);

  self = g_object_new (PLENARY_TYPE_AGREEMENT_PICTURE, NULL);
  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }

  /* The years shown: those of the period that have roll calls. */
  if (plenary_vote_vectors_find_votes (vectors, period, &first, &end))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, plenary_vote_vectors_get_day (vectors, first));
      self->first_year = g_date_get_year (&date);
      g_date_set_julian (&date, plenary_vote_vectors_get_day (vectors, end - 1));
      self->last_year = g_date_get_year (&date);
    }
  else
    {
      self->first_year = plenary_period_get_first_year (period);
      self->last_year = MAX (plenary_period_get_last_year (period), self->first_year + 1);
    }

  for (guint p = 0; p < n_pairs; p++)
    {
      g_autoptr(GArray) series = plenary_agreement_series (vectors, period, first_members[p], second_members[p],
                                                           PLENARY_SERIES_BY_YEAR, flags);
      Line *line = g_new0 (Line, 1);

      line->label = line_label (vectors, first_members[p], second_members[p], flags);
      line->member = (int) second_members[p];
      line->points = g_array_new (FALSE, FALSE, sizeof (Point));
      for (guint i = 0; i < series->len; i++)
        {
          const PlenarySeriesPoint *in = &g_array_index (series, PlenarySeriesPoint, i);
          Point point = { in->year, 0, 0, NULL };

          point.share = plenary_agreement_counts_get_share (&in->counts, kind, &point.n_votes);
          if (point.n_votes == 0)
            continue;
          point.when = g_strdup_printf ("%d", in->year);
          g_array_append_val (line->points, point);
        }
      g_ptr_array_add (self->lines, line);

      if (names->len > 0)
        g_string_append_c (names, ' ');
      g_string_append_printf (names, "%s %s",
                              plenary_member_get_code (plenary_dataset_get_member (plenary_vote_vectors_get_dataset (vectors),
                                                                                   first_members[p])),
                              plenary_member_get_code (plenary_dataset_get_member (plenary_vote_vectors_get_dataset (vectors),
                                                                                   second_members[p])));
    }

  period_text = plenary_describe_period (self->first_year, self->last_year);
  title = plenary_describe_agreement_title (filter->any_body ? PLENARY_BODY_GENERAL_ASSEMBLY : filter->body,
                                            period_text);
  headline = plenary_describe_agreement_headline (plenary_agreement_kind_get_label (kind),
                                                  plenary_agreement_kind_get_description (kind), filter->topic);
  file_title = g_strdup (title);
  g_string_append_printf (names, " %d %d", self->first_year, self->last_year);
  subject = g_string_free (names, FALSE);
  words = (PlenaryPictureWords) {
    .title = title,
    .headline = headline,
    .summary = headline,
    .source = source,
    .file_title = file_title,
    .subject = subject,
  };
  _plenary_picture_set_words (PLENARY_PICTURE (self), PLENARY_CHART_AGREEMENT, &words);
  return PLENARY_PICTURE (self);
}

guint
plenary_agreement_picture_get_n_lines (PlenaryAgreementPicture *self)
{
  g_return_val_if_fail (PLENARY_IS_AGREEMENT_PICTURE (self), 0);

  return self->lines->len;
}

/* The points of @line: one per year with at least one counted vote. */
guint
plenary_agreement_picture_get_n_points (PlenaryAgreementPicture *self,
                                        guint                    line)
{
  g_return_val_if_fail (PLENARY_IS_AGREEMENT_PICTURE (self), 0);
  g_return_val_if_fail (line < self->lines->len, 0);

  return ((Line *) g_ptr_array_index (self->lines, line))->points->len;
}

/* Where point @point of @line is drawn. */
gboolean
plenary_agreement_picture_locate_point (PlenaryAgreementPicture  *self,
                                        double                    width,
                                        double                    height,
                                        const PlenaryRenderStyle *style,
                                        guint                     line,
                                        guint                     point,
                                        double                   *x,
                                        double                   *y)
{
  ChartLayout layout;
  Line *l;
  const Point *p;

  g_return_val_if_fail (PLENARY_IS_AGREEMENT_PICTURE (self), FALSE);

  if (line >= self->lines->len)
    return FALSE;
  l = g_ptr_array_index (self->lines, line);
  if (point >= l->points->len)
    return FALSE;
  p = &g_array_index (l->points, Point, point);
  measure_layout (self, width, height, style, &layout);
  *x = year_x (self, &layout, p->year);
  *y = share_y (&layout, p->share);
  return TRUE;
}
