/* plenary-space-chart.c: the voting space, members placed by how alike they vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each member a dot, coloured by its UN regional group, at its place in the
 * voting space of the period (classical scaling of one minus agreement).
 * Both axes keep the same unit, so that distances on the picture are the
 * distances of the analysis. The permanent members of the Security Council
 * carry their codes, so that a printed picture can be read; every other
 * member is named on hover. The United States is always on the left (see
 * plenary-voting-space.c), so that years side by side do not flip.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "plenary-describer.h"
#include "plenary-legend.h"
#include "plenary-space-chart.h"

struct _PlenarySpacePicture
{
  PlenaryPicture  parent_instance;

  PlenaryDataset *dataset;
  GArray         *points;     /* PlenarySpacePoint */
  guint           n_votes;
  double          x1, x2, y1, y2;
};

G_DEFINE_FINAL_TYPE (PlenarySpacePicture, plenary_space_picture, PLENARY_TYPE_PICTURE)

typedef struct
{
  double legend_y;
  double origin_x;   /* device x of space x = 0 */
  double origin_y;   /* device y of space y = 0 */
  double scale;      /* device units per space unit */
  double radius;
  double plot_x, plot_y, plot_width, plot_height;
} SpaceLayout;

static const PlenaryGroup legend_groups[] = {
  PLENARY_GROUP_AFRICAN,
  PLENARY_GROUP_ASIA_PACIFIC,
  PLENARY_GROUP_EASTERN_EUROPEAN,
  PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN,
  PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS,
  PLENARY_GROUP_NONE,
};

static PlenaryGroup
group_of (PlenarySpacePicture *self,
          guint                member)
{
  return plenary_member_get_group (plenary_dataset_get_member (self->dataset, member));
}

static double
render_legend (PlenarySpacePicture      *self,
               cairo_t                  *cr,
               double                    x,
               double                    y,
               double                    width,
               const PlenaryRenderStyle *style,
               gboolean                  draw)
{
  PlenaryLegendItem items[G_N_ELEMENTS (legend_groups)];
  guint n_items = 0;

  for (guint g = 0; g < G_N_ELEMENTS (legend_groups); g++)
    {
      gboolean present = FALSE;

      for (guint i = 0; i < self->points->len && !present; i++)
        present = group_of (self, g_array_index (self->points, PlenarySpacePoint, i).member) == legend_groups[g];
      if (present)
        items[n_items++] = (PlenaryLegendItem) { plenary_group_get_label (legend_groups[g]), PLENARY_CATEGORY_KEY,
                                                 &style->palette->group[legend_groups[g]] };
    }
  return plenary_render_legend_items (cr, x, y, width, style, items, n_items, draw);
}

static void
compute_layout (PlenarySpacePicture      *self,
                cairo_t                  *cr,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                SpaceLayout              *layout)
{
  double pad = style->font_size * 0.5;
  double legend_h = render_legend (self, cr, pad, 0, width - 2 * pad, style, FALSE);
  double span_x = MAX (self->x2 - self->x1, 1e-9), span_y = MAX (self->y2 - self->y1, 1e-9);

  layout->radius = MAX (style->font_size * 0.32, 2);
  layout->legend_y = MAX (height - pad - legend_h, 0);
  layout->plot_x = pad + layout->radius + style->font_size;
  layout->plot_y = pad + layout->radius + style->font_size * 0.5;
  layout->plot_width = MAX (width - 2 * layout->plot_x, 1);
  layout->plot_height = MAX (layout->legend_y - style->font_size * 0.8 - layout->plot_y - layout->radius, 1);
  layout->scale = MIN (layout->plot_width / span_x, layout->plot_height / span_y);
  /* Centred; y grows upwards in the space, downwards on the surface. */
  layout->origin_x = layout->plot_x + (layout->plot_width - span_x * layout->scale) / 2 - self->x1 * layout->scale;
  layout->origin_y = layout->plot_y + (layout->plot_height - span_y * layout->scale) / 2 + self->y2 * layout->scale;
}

static void
measure_layout (PlenarySpacePicture      *self,
                double                    width,
                double                    height,
                const PlenaryRenderStyle *style,
                SpaceLayout              *layout)
{
  cairo_t *cr = plenary_measuring_context_new ();

  compute_layout (self, cr, width, height, style, layout);
  cairo_destroy (cr);
}

static void
position (const SpaceLayout       *layout,
          const PlenarySpacePoint *point,
          double                  *x,
          double                  *y)
{
  *x = layout->origin_x + point->x * layout->scale;
  *y = layout->origin_y - point->y * layout->scale;
}

static void
plenary_space_picture_draw (PlenaryPicture           *picture,
                            cairo_t                  *cr,
                            double                    width,
                            double                    height,
                            const PlenaryRenderStyle *style)
{
  PlenarySpacePicture *self = PLENARY_SPACE_PICTURE (picture);
  double pad = style->font_size * 0.5;
  SpaceLayout layout;

  compute_layout (self, cr, width, height, style, &layout);

  /* The axes through the centre of the space, faint. */
  plenary_cairo_set_color (cr, &style->palette->grid);
  cairo_set_line_width (cr, MAX (style->font_size / 16, 1));
  cairo_move_to (cr, layout.plot_x, layout.origin_y);
  cairo_line_to (cr, layout.plot_x + layout.plot_width, layout.origin_y);
  cairo_move_to (cr, layout.origin_x, layout.plot_y);
  cairo_line_to (cr, layout.origin_x, layout.plot_y + layout.plot_height);
  cairo_stroke (cr);

  for (guint i = 0; i < self->points->len; i++)
    {
      const PlenarySpacePoint *point = &g_array_index (self->points, PlenarySpacePoint, i);
      gboolean emphasised = plenary_picture_is_emphasised (picture, (int) point->member);
      double x, y;

      position (&layout, point, &x, &y);
      cairo_arc (cr, x, y, layout.radius, 0, 2 * G_PI);
      plenary_cairo_set_color (cr, &style->palette->group[group_of (self, point->member)]);
      cairo_fill_preserve (cr);
      plenary_cairo_set_color (cr, emphasised ? &style->palette->highlight : &style->palette->background);
      cairo_set_line_width (cr, emphasised ? MAX (layout.radius * 0.6, 2) : MAX (layout.radius * 0.3, 0.7));
      cairo_stroke (cr);
    }

  /* The permanent members and the emphasised, by their codes. */
  for (guint i = 0; i < self->points->len; i++)
    {
      const PlenarySpacePoint *point = &g_array_index (self->points, PlenarySpacePoint, i);
      PlenaryMember *member = plenary_dataset_get_member (self->dataset, point->member);
      g_autoptr(PangoLayout) label = NULL;
      double x, y, label_h;

      if (!plenary_member_is_permanent (member) && !plenary_picture_is_emphasised (picture, (int) point->member))
        continue;
      position (&layout, point, &x, &y);
      label = plenary_text_layout (cr, style, 0.8, PANGO_WEIGHT_BOLD, plenary_member_get_code (member));
      plenary_text_size (label, NULL, &label_h);
      /* A halo of the background, so that the code reads over other dots. */
      cairo_move_to (cr, x + layout.radius * 1.4, y - label_h / 2);
      pango_cairo_layout_path (cr, label);
      plenary_cairo_set_color (cr, &style->palette->background);
      cairo_set_line_width (cr, MAX (style->font_size * 0.25, 2));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      plenary_cairo_set_color (cr, &style->palette->foreground);
      plenary_text_draw (cr, label, x + layout.radius * 1.4, y - label_h / 2, 0.0);
    }

  render_legend (self, cr, pad, layout.legend_y, width - 2 * pad, style, TRUE);
}

static gboolean
plenary_space_picture_hit_test (PlenaryPicture           *picture,
                                double                    width,
                                double                    height,
                                const PlenaryRenderStyle *style,
                                double                    x,
                                double                    y,
                                PlenaryHit               *hit)
{
  PlenarySpacePicture *self = PLENARY_SPACE_PICTURE (picture);
  double best = G_MAXDOUBLE;
  SpaceLayout layout;

  measure_layout (self, width, height, style, &layout);
  for (guint i = 0; i < self->points->len; i++)
    {
      const PlenarySpacePoint *point = &g_array_index (self->points, PlenarySpacePoint, i);
      double px, py, distance;

      position (&layout, point, &px, &py);
      distance = hypot (x - px, y - py);
      if (distance <= layout.radius + 2 && distance < best)
        {
          best = distance;
          hit->member = (int) point->member;
          hit->index = (int) i;
          hit->category = PLENARY_CATEGORY_KEY;
        }
    }
  return best < G_MAXDOUBLE;
}

/* Every member placed, in the order of the space's points. */
static GArray *
plenary_space_picture_dup_anchors (PlenaryPicture           *picture,
                                   double                    width,
                                   double                    height,
                                   const PlenaryRenderStyle *style)
{
  PlenarySpacePicture *self = PLENARY_SPACE_PICTURE (picture);
  GArray *anchors = _plenary_anchors_new ();
  SpaceLayout layout;

  measure_layout (self, width, height, style, &layout);
  for (guint i = 0; i < self->points->len; i++)
    {
      const PlenarySpacePoint *point = &g_array_index (self->points, PlenarySpacePoint, i);
      PlenaryHit hit = { PLENARY_CATEGORY_KEY, (int) point->member, -1, (int) i };
      double x, y;

      position (&layout, point, &x, &y);
      _plenary_anchors_add_circle (anchors, &hit, x, y, layout.radius);
    }
  return anchors;
}

static char *
plenary_space_picture_describe_hit (PlenaryPicture   *picture,
                                    const PlenaryHit *hit)
{
  PlenarySpacePicture *self = PLENARY_SPACE_PICTURE (picture);
  const PlenarySpacePoint *point;

  if (hit->index < 0 || (guint) hit->index >= self->points->len)
    return NULL;
  point = &g_array_index (self->points, PlenarySpacePoint, hit->index);
  return plenary_describe_space_member (plenary_dataset_get_member (self->dataset, point->member), point->n_votes,
                                        self->n_votes);
}

/* A square picture suits a space whose axes share a unit. */
static double
plenary_space_picture_height_for_width (PlenaryPicture           *picture,
                                        double                    width,
                                        const PlenaryRenderStyle *style)
{
  return ceil (width * 0.75);
}

/* Each member placed: where, and on how many roll calls it voted. The
 * coordinates are plain decimals, for a spreadsheet. */
static PlenaryTable *
plenary_space_picture_dup_table (PlenaryPicture *picture)
{
  PlenarySpacePicture *self = PLENARY_SPACE_PICTURE (picture);
  const char *columns[] = {
    /* Translators: a column of a table of members: the ISO 3166-1 code, "FRA". */
    C_("table", "Code"),
    /* Translators: a column of a table of members: the member's name. */
    C_("table", "Member"),
    /* Translators: a column of a table of members: its UN regional group. */
    C_("table", "Regional group"),
    /* Translators: a column of the voting space's table: where a member
     * lies across the picture. */
    C_("table", "First dimension"),
    /* Translators: a column of the voting space's table: where a member
     * lies up the picture. */
    C_("table", "Second dimension"),
    /* Translators: a column of the voting space's table: how many roll
     * calls the member voted yes, no or abstain on. */
    C_("table", "Roll calls voted"),
    NULL,
  };
  PlenaryTable *table = plenary_table_new (columns);

  for (guint i = 0; i < self->points->len; i++)
    {
      const PlenarySpacePoint *point = &g_array_index (self->points, PlenarySpacePoint, i);
      PlenaryMember *member = plenary_dataset_get_member (self->dataset, point->member);
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *n_votes = g_strdup_printf ("%u", point->n_votes);
      const char *cells[6];

      g_ascii_formatd (x, sizeof x, "%.4f", point->x);
      g_ascii_formatd (y, sizeof y, "%.4f", point->y);
      cells[0] = plenary_member_get_code (member);
      cells[1] = plenary_member_get_localized_name (member);
      cells[2] = plenary_group_get_label (plenary_member_get_group (member));
      cells[3] = x;
      cells[4] = y;
      cells[5] = n_votes;
      plenary_table_add (table, cells);
    }
  return table;
}

static void
plenary_space_picture_finalize (GObject *object)
{
  PlenarySpacePicture *self = PLENARY_SPACE_PICTURE (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (plenary_space_picture_parent_class)->finalize (object);
}

static void
plenary_space_picture_class_init (PlenarySpacePictureClass *klass)
{
  PlenaryPictureClass *picture_class = PLENARY_PICTURE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = plenary_space_picture_finalize;
  picture_class->draw = plenary_space_picture_draw;
  picture_class->hit_test = plenary_space_picture_hit_test;
  picture_class->describe_hit = plenary_space_picture_describe_hit;
  picture_class->dup_anchors = plenary_space_picture_dup_anchors;
  picture_class->dup_table = plenary_space_picture_dup_table;
  picture_class->height_for_width = plenary_space_picture_height_for_width;
}

static void
plenary_space_picture_init (PlenarySpacePicture *self)
{
}

/**
 * plenary_space_picture_new:
 * @period: (nullable): the days whose roll calls place the members
 * @source: (nullable): where the data comes from
 *
 * Returns: (transfer full): the voting space of @period, or %NULL with
 *   @error set when too few members voted in it
 */
PlenaryPicture *
plenary_space_picture_new (PlenaryVoteVectors    *vectors,
                           const PlenaryPeriod   *period,
                           PlenaryAgreementKind   kind,
                           const char            *source,
                           GError               **error)
{
  g_autoptr(PlenaryVotingSpace) space = NULL;
  const PlenaryVoteFilter *filter = plenary_vote_vectors_get_filter (vectors);
  PlenarySpacePicture *self;
  const PlenarySpacePoint *points;
  g_autofree char *period_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *subject = NULL;
  PlenaryPictureWords words;
  PlenaryPeriod all;
  guint n_points;

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  space = plenary_voting_space_new (vectors, period, kind, 10, error);
  if (space == NULL)
    return NULL;

  self = g_object_new (PLENARY_TYPE_SPACE_PICTURE, NULL);
  self->dataset = g_object_ref (plenary_vote_vectors_get_dataset (vectors));
  points = plenary_voting_space_get_points (space, &n_points);
  self->points = g_array_sized_new (FALSE, FALSE, sizeof (PlenarySpacePoint), n_points);
  g_array_append_vals (self->points, points, n_points);
  self->n_votes = plenary_voting_space_get_n_votes (space);
  self->x1 = self->y1 = G_MAXDOUBLE;
  self->x2 = self->y2 = -G_MAXDOUBLE;
  for (guint i = 0; i < n_points; i++)
    {
      self->x1 = MIN (self->x1, points[i].x);
      self->x2 = MAX (self->x2, points[i].x);
      self->y1 = MIN (self->y1, points[i].y);
      self->y2 = MAX (self->y2, points[i].y);
    }

  period_text = plenary_describe_period (plenary_period_get_first_year (period),
                                         plenary_period_get_last_year (period));
  title = plenary_describe_space_title (filter->any_body ? PLENARY_BODY_GENERAL_ASSEMBLY : filter->body,
                                        period_text);
  headline = plenary_describe_space_headline (n_points, self->n_votes, plenary_agreement_kind_get_label (kind),
                                              plenary_voting_space_get_explained (space, 0),
                                              plenary_voting_space_get_explained (space, 1));
  if (filter->topic != NULL)
    {
      g_autofree char *topic = plenary_describe_topic (filter->topic);
      g_autofree char *joined = g_strconcat (headline, " ", topic, NULL);

      g_free (headline);
      headline = g_steal_pointer (&joined);
    }
  subject = g_strdup_printf ("%d %d", plenary_period_get_first_year (period), plenary_period_get_last_year (period));
  words = (PlenaryPictureWords) {
    .title = title,
    .headline = headline,
    .summary = headline,
    .source = source,
    .file_title = title,
    .subject = subject,
  };
  _plenary_picture_set_words (PLENARY_PICTURE (self), PLENARY_CHART_SPACE, &words);
  return PLENARY_PICTURE (self);
}

/* Where @member's dot is drawn; %FALSE if it is not placed. */
gboolean
plenary_space_picture_locate_member (PlenarySpacePicture      *self,
                                     double                    width,
                                     double                    height,
                                     const PlenaryRenderStyle *style,
                                     guint                     member,
                                     double                   *x,
                                     double                   *y)
{
  SpaceLayout layout;

  g_return_val_if_fail (PLENARY_IS_SPACE_PICTURE (self), FALSE);

  measure_layout (self, width, height, style, &layout);
  for (guint i = 0; i < self->points->len; i++)
    if (g_array_index (self->points, PlenarySpacePoint, i).member == member)
      {
        position (&layout, &g_array_index (self->points, PlenarySpacePoint, i), x, y);
        return TRUE;
      }
  return FALSE;
}
