/* plenary-picture.c: one picture: what it draws, its hit test, its words and its name
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every picture Plenary shows or writes is a PlenaryPicture, made once from
 * prepared data (a vote, say) and then drawn as often as needed: by the
 * window from its snapshot, by the exporters on image, SVG and PDF surfaces,
 * by the clipboard and by the command line. Its hit test works in the same
 * coordinates as its drawing, and its words (title, headline, summary,
 * source) come from the describer, so the screen, the file and a screen
 * reader say the same thing. Subclasses draw; this class frames them.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "plenary-describer.h"
#include "plenary-picture.h"

typedef struct
{
  PlenaryChart  kind;
  char         *title;
  char         *headline;
  char         *summary;
  char         *source;
  char         *file_title;
  char         *name;
  char         *citation;
  GArray       *emphasis;
  guint         emphasis_serial;
} PlenaryPicturePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlenaryPicture, plenary_picture, G_TYPE_OBJECT)

static const struct
{
  PlenaryChart  chart;
  const char   *name;
  const char   *label;
} charts[] = {
  /* Translators: a kind of picture, in the export dialog and in notifications. */
  { PLENARY_CHART_TALLY, "tally", N_("Tally") },
  /* Translators: a kind of picture: a hemicycle of one seat per member. */
  { PLENARY_CHART_SEATS, "seats", N_("Seat chart") },
  /* Translators: a kind of picture. */
  { PLENARY_CHART_MAP, "map", N_("World map") },
  /* Translators: a kind of picture: one equal tile per member. */
  { PLENARY_CHART_TILES, "tiles", N_("Tile map") },
  /* Translators: a kind of picture: lines of two members' agreement per year. */
  { PLENARY_CHART_AGREEMENT, "agreement", N_("Agreement over time") },
  /* Translators: a kind of picture: members placed by how alike they vote. */
  { PLENARY_CHART_SPACE, "space", N_("Voting space") },
  /* Translators: a kind of picture: one vote as a bar per UN regional group. */
  { PLENARY_CHART_GROUPS, "groups", N_("Regional groups") },
  /* Translators: a kind of picture: the map coloured by agreement with one member. */
  { PLENARY_CHART_ALIGNMENT, "alignment", N_("Alignment map") },
  /* Translators: a kind of picture: the map coloured by how votes changed between two resolutions. */
  { PLENARY_CHART_CHANGE, "change", N_("Change map") },
};

G_DEFINE_ENUM_TYPE (PlenaryChart, plenary_chart,
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_TALLY, "tally"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_SEATS, "seats"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_MAP, "map"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_TILES, "tiles"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_AGREEMENT, "agreement"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_SPACE, "space"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_GROUPS, "groups"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_ALIGNMENT, "alignment"),
  G_DEFINE_ENUM_VALUE (PLENARY_CHART_CHANGE, "change"))

gboolean
plenary_chart_from_name (const char   *name,
                         PlenaryChart *chart)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (charts); i++)
    if (g_str_equal (name, charts[i].name))
      {
        *chart = charts[i].chart;
        return TRUE;
      }
  return FALSE;
}

const char *
plenary_chart_get_name (PlenaryChart chart)
{
  g_return_val_if_fail (chart < G_N_ELEMENTS (charts), NULL);

  return charts[chart].name;
}

const char *
plenary_chart_get_label (PlenaryChart chart)
{
  g_return_val_if_fail (chart < G_N_ELEMENTS (charts), NULL);

  return g_dgettext (GETTEXT_PACKAGE, charts[chart].label);
}

static void
plenary_picture_finalize (GObject *object)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (PLENARY_PICTURE (object));

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->headline, g_free);
  g_clear_pointer (&priv->summary, g_free);
  g_clear_pointer (&priv->source, g_free);
  g_clear_pointer (&priv->file_title, g_free);
  g_clear_pointer (&priv->name, g_free);
  g_clear_pointer (&priv->citation, g_free);
  g_clear_pointer (&priv->emphasis, g_array_unref);

  G_OBJECT_CLASS (plenary_picture_parent_class)->finalize (object);
}

static double
plenary_picture_real_height_for_width (PlenaryPicture           *self,
                                       double                    width,
                                       const PlenaryRenderStyle *style)
{
  return -1;
}

static void
plenary_picture_class_init (PlenaryPictureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plenary_picture_finalize;
  klass->height_for_width = plenary_picture_real_height_for_width;
}

static void
plenary_picture_init (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  priv->emphasis = g_array_new (FALSE, FALSE, sizeof (int));
}

/* "A/RES/ES-11/7" and "map" → "A-RES-ES-11-7-map": safe in any file system. */
static char *
make_name (const char   *subject,
           PlenaryChart  kind)
{
  GString *name = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = subject != NULL ? subject : ""; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && name->len > 0)
            g_string_append_c (name, '-');
          g_string_append_c (name, *p);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  if (name->len > 0)
    g_string_append_c (name, '-');
  g_string_append (name, plenary_chart_get_name (kind));
  return g_string_free (name, FALSE);
}

/* Called once by each subclass's constructor. */
void
_plenary_picture_set_words (PlenaryPicture            *self,
                            PlenaryChart               kind,
                            const PlenaryPictureWords *words)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  priv->kind = kind;
  priv->title = g_strdup (words->title);
  priv->headline = g_strdup (words->headline);
  priv->summary = g_strdup (words->summary);
  priv->source = g_strdup (words->source);
  priv->file_title = g_strdup (words->file_title);
  priv->name = make_name (words->subject, kind);
  priv->citation = g_strdup (words->citation);
}

PlenaryChart
plenary_picture_get_kind (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->kind;
}

/* The title above the picture when it leaves the app: a resolution's title. */
const char *
plenary_picture_get_title (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->title;
}

/* The line under the title: symbol, date, body, tally, outcome and rule. */
const char *
plenary_picture_get_headline (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->headline;
}

/* What the picture shows, in sentences: for screen readers and files. */
const char *
plenary_picture_get_summary (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->summary;
}

const char *
plenary_picture_get_source (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->source;
}

/* The title a PDF or SVG file carries. */
const char *
plenary_picture_get_file_title (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->file_title;
}

/* A name for a file of this picture, without extension: "A-RES-ES-11-7-map". */
const char *
plenary_picture_get_name (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->name;
}

/* The record the picture shows, cited in text ("United Nations General
 * Assembly, A/RES/ES-11/7, 24 February 2025, …"), or NULL. */
const char *
plenary_picture_get_citation (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  g_return_val_if_fail (PLENARY_IS_PICTURE (self), NULL);

  return priv->citation;
}

/* The members (indices into the dataset) to emphasise: every target draws
 * them with a thicker outline and labels them with their names. */
void
plenary_picture_set_emphasis (PlenaryPicture *self,
                              const int      *members,
                              guint           n_members)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  g_return_if_fail (PLENARY_IS_PICTURE (self));
  g_return_if_fail (members != NULL || n_members == 0);

  g_array_set_size (priv->emphasis, 0);
  for (guint i = 0; i < n_members; i++)
    if (members[i] >= 0 && !plenary_picture_is_emphasised (self, members[i]))
      g_array_append_val (priv->emphasis, members[i]);
  priv->emphasis_serial++;
}

gboolean
plenary_picture_is_emphasised (PlenaryPicture *self,
                               int             member)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  if (member < 0)
    return FALSE;
  for (guint i = 0; i < priv->emphasis->len; i++)
    if (g_array_index (priv->emphasis, int, i) == member)
      return TRUE;
  return FALSE;
}

/**
 * plenary_picture_get_emphasis:
 * @n_members: (out): how many
 *
 * Returns: (array length=n_members): the emphasised members, in the order
 *   they were given
 */
const int *
plenary_picture_get_emphasis (PlenaryPicture *self,
                              guint          *n_members)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  g_return_val_if_fail (PLENARY_IS_PICTURE (self), NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  *n_members = priv->emphasis->len;
  return (const int *) (gpointer) priv->emphasis->data;
}

/* Changes each time the emphasis is set, for subclasses that cache a
 * layout that depends on it. */
guint
_plenary_picture_get_emphasis_serial (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);

  return priv->emphasis_serial;
}

/**
 * plenary_picture_get_member:
 * @member: an index into the dataset, as in a hit or the emphasis
 *
 * Returns: (transfer none) (nullable): the member, or %NULL if the
 *   picture does not show it (a tally, a seat chart of a body it is not
 *   in), and so cannot label it
 */
PlenaryMember *
plenary_picture_get_member (PlenaryPicture *self,
                            int             member)
{
  g_return_val_if_fail (PLENARY_IS_PICTURE (self), NULL);

  if (member < 0 || PLENARY_PICTURE_GET_CLASS (self)->get_member == NULL)
    return NULL;
  return PLENARY_PICTURE_GET_CLASS (self)->get_member (self, member);
}

/**
 * plenary_picture_dup_emphasis_names:
 *
 * Returns: (transfer full): the names of the emphasised members that the
 *   picture labels, as the labels say them, in the user's language
 */
GStrv
plenary_picture_dup_emphasis_names (PlenaryPicture *self)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (PLENARY_IS_PICTURE (self), NULL);

  for (guint i = 0; i < priv->emphasis->len; i++)
    {
      PlenaryMember *member = plenary_picture_get_member (self, g_array_index (priv->emphasis, int, i));

      if (member != NULL)
        g_strv_builder_add (names, plenary_member_get_localized_name (member));
    }
  return g_strv_builder_end (names);
}

/* Draws the picture alone, as the window shows it. */
void
plenary_picture_draw (PlenaryPicture           *self,
                      cairo_t                  *cr,
                      double                    width,
                      double                    height,
                      const PlenaryRenderStyle *style)
{
  g_return_if_fail (PLENARY_IS_PICTURE (self));
  g_return_if_fail (cr != NULL && style != NULL);

  cairo_save (cr);
  plenary_render_background (cr, style, width, height);
  PLENARY_PICTURE_GET_CLASS (self)->draw (self, cr, width, height, style);
  cairo_restore (cr);
}

static double
draw_text_block (cairo_t                  *cr,
                 double                    x,
                 double                    y,
                 double                    width,
                 const PlenaryRenderStyle *style,
                 const char               *text,
                 double                    size,
                 PangoWeight               weight,
                 const PlenaryColor       *color,
                 gboolean                  draw)
{
  g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, size, weight, text);

  return plenary_text_draw_wrapped (cr, layout, x, y, width, style, color, draw);
}

/* The lines above a framed picture, in order, with their look. */
typedef struct
{
  const char         *text;
  double              size;
  PangoWeight         weight;
  const PlenaryColor *color;
  double              space_after;
} FrameLine;

/* Without words of one's own: the picture's title, then its headline. With
 * a headline of one's own, it replaces the title; a note goes under it; the
 * automatic headline (symbol, date, tally, rule) stays, as the caption. */
static guint
frame_lines (PlenaryPicture           *self,
             const PlenaryRenderStyle *style,
             const PlenaryOwnWords    *words,
             FrameLine                *lines)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);
  const char *headline = words != NULL && words->headline != NULL && *words->headline != '\0'
                         ? words->headline : NULL;
  const char *note = words != NULL && words->note != NULL && *words->note != '\0' ? words->note : NULL;
  const char *title = headline != NULL ? headline : priv->title;
  guint n = 0;

  if (title != NULL)
    lines[n++] = (FrameLine) { title, headline != NULL ? 1.5 : 1.35, PANGO_WEIGHT_BOLD,
                               &style->palette->foreground, style->font_size * 0.25 };
  if (note != NULL)
    lines[n++] = (FrameLine) { note, 1.05, PANGO_WEIGHT_NORMAL, &style->palette->foreground,
                               style->font_size * 0.25 };
  if (priv->headline != NULL)
    lines[n++] = (FrameLine) { priv->headline, headline != NULL ? 0.9 : 1.0, PANGO_WEIGHT_NORMAL,
                               &style->palette->dim_foreground, 0 };
  return n;
}

/* Lays out the frame; draws it too when @cr is given. */
static void
layout_frame (PlenaryPicture           *self,
              cairo_t                  *cr,
              double                    width,
              double                    height,
              const PlenaryRenderStyle *style,
              const PlenaryOwnWords    *words,
              double                   *area_x,
              double                   *area_y,
              double                   *area_width,
              double                   *area_height)
{
  PlenaryPicturePrivate *priv = plenary_picture_get_instance_private (self);
  g_autofree char *source_line = plenary_describe_source_line (priv->source);
  cairo_t *target = cr != NULL ? cr : plenary_measuring_context_new ();
  gboolean draw = cr != NULL;
  double pad = style->font_size * 1.2;
  double text_width = width - 2 * pad;
  double header = 0, footer;
  FrameLine lines[3];
  guint n_lines = frame_lines (self, style, words, lines);

  for (guint i = 0; i < n_lines; i++)
    header += draw_text_block (target, pad, pad + header, text_width, style, lines[i].text, lines[i].size,
                               lines[i].weight, lines[i].color, draw) + lines[i].space_after;

  footer = draw_text_block (target, pad, 0, text_width, style, source_line, 0.75, PANGO_WEIGHT_NORMAL,
                            &style->palette->dim_foreground, FALSE);
  if (draw)
    draw_text_block (target, pad, height - pad - footer, text_width, style, source_line, 0.75,
                     PANGO_WEIGHT_NORMAL, &style->palette->dim_foreground, TRUE);

  *area_x = pad;
  *area_y = pad + header + style->font_size * 0.8;
  *area_width = text_width;
  *area_height = height - *area_y - footer - pad - style->font_size * 0.6;
  if (cr == NULL)
    cairo_destroy (target);
}

/**
 * plenary_picture_draw_framed:
 *
 * Draws the picture as it leaves the app: its title and headline above, the
 * picture, and the source line below. Every export format, the export
 * preview and the clipboard draw through this function (or through
 * plenary_picture_draw_framed_with_words(), with words of one's own).
 */
void
plenary_picture_draw_framed (PlenaryPicture           *self,
                             cairo_t                  *cr,
                             double                    width,
                             double                    height,
                             const PlenaryRenderStyle *style)
{
  plenary_picture_draw_framed_with_words (self, cr, width, height, style, NULL);
}

/**
 * plenary_picture_draw_framed_with_words:
 * @words: (nullable): a headline and a note of one's own
 *
 * As plenary_picture_draw_framed(), with a headline of one's own in place
 * of the title and a note under it. The automatic caption and the source
 * line are always there.
 */
void
plenary_picture_draw_framed_with_words (PlenaryPicture           *self,
                                        cairo_t                  *cr,
                                        double                    width,
                                        double                    height,
                                        const PlenaryRenderStyle *style,
                                        const PlenaryOwnWords    *words)
{
  PlenaryRenderStyle inner = *style;
  double x, y, area_width, area_height;

  g_return_if_fail (PLENARY_IS_PICTURE (self));
  g_return_if_fail (cr != NULL && style != NULL);

  cairo_save (cr);
  plenary_render_background (cr, style, width, height);
  layout_frame (self, cr, width, height, style, words, &x, &y, &area_width, &area_height);
  if (area_height > 10)
    {
      /* The background is already there; the picture draws on it. */
      inner.fill_background = FALSE;
      cairo_translate (cr, x, y);
      PLENARY_PICTURE_GET_CLASS (self)->draw (self, cr, area_width, area_height, &inner);
    }
  cairo_restore (cr);
}

/**
 * plenary_picture_get_framed_area:
 * @x: (out): the left edge of the picture inside the frame
 * @y: (out): its top
 * @area_width: (out): its width
 * @area_height: (out): its height
 *
 * Where plenary_picture_draw_framed_with_words() draws the picture itself
 * in a frame of @width × @height: a point of the framed picture is a point
 * of the picture, for the hit test, once (@x, @y) is taken from it.
 */
void
plenary_picture_get_framed_area (PlenaryPicture           *self,
                                 double                    width,
                                 double                    height,
                                 const PlenaryRenderStyle *style,
                                 const PlenaryOwnWords    *words,
                                 double                   *x,
                                 double                   *y,
                                 double                   *area_width,
                                 double                   *area_height)
{
  g_return_if_fail (PLENARY_IS_PICTURE (self));

  layout_frame (self, NULL, width, height, style, words, x, y, area_width, area_height);
}

/* What is at (@x, @y) of the picture drawn at @width × @height. */
gboolean
plenary_picture_hit_test (PlenaryPicture           *self,
                          double                    width,
                          double                    height,
                          const PlenaryRenderStyle *style,
                          double                    x,
                          double                    y,
                          PlenaryHit               *hit)
{
  g_return_val_if_fail (PLENARY_IS_PICTURE (self), FALSE);
  g_return_val_if_fail (style != NULL && hit != NULL, FALSE);

  hit->member = -1;
  hit->series = -1;
  hit->index = -1;
  hit->category = PLENARY_CATEGORY_NOT_A_MEMBER;
  if (x < 0 || y < 0 || x >= width || y >= height)
    return FALSE;
  return PLENARY_PICTURE_GET_CLASS (self)->hit_test (self, width, height, style, x, y, hit);
}

/* A hit in words, for a tooltip. */
char *
plenary_picture_describe_hit (PlenaryPicture   *self,
                              const PlenaryHit *hit)
{
  g_return_val_if_fail (PLENARY_IS_PICTURE (self), NULL);

  return PLENARY_PICTURE_GET_CLASS (self)->describe_hit (self, hit);
}

/* The height at which the picture fills @width without empty bands, or a
 * negative number when any height suits it. */
double
plenary_picture_height_for_width (PlenaryPicture           *self,
                                  double                    width,
                                  const PlenaryRenderStyle *style)
{
  g_return_val_if_fail (PLENARY_IS_PICTURE (self), -1);

  return PLENARY_PICTURE_GET_CLASS (self)->height_for_width (self, width, style);
}

/* Tables */

PlenaryTable *
plenary_table_new (const char * const *columns)
{
  PlenaryTable *table = g_new0 (PlenaryTable, 1);

  table->columns = g_strdupv ((char **) columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

/* Adds a row of as many cells as the table has columns; NULL is empty. */
void
plenary_table_add (PlenaryTable       *table,
                   const char * const *cells)
{
  guint n = g_strv_length (table->columns);
  char **row = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

void
plenary_table_free (PlenaryTable *table)
{
  if (table == NULL)
    return;
  g_strfreev (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/**
 * plenary_picture_dup_table:
 *
 * Returns: (transfer full) (nullable): the data the picture shows, one row
 *   per member (or point), or %NULL for a picture without one
 */
PlenaryTable *
plenary_picture_dup_table (PlenaryPicture *self)
{
  g_return_val_if_fail (PLENARY_IS_PICTURE (self), NULL);

  if (PLENARY_PICTURE_GET_CLASS (self)->dup_table == NULL)
    return NULL;
  return PLENARY_PICTURE_GET_CLASS (self)->dup_table (self);
}

/* Keyboard focus */

gboolean
plenary_hit_equal (const PlenaryHit *a,
                   const PlenaryHit *b)
{
  return a->category == b->category && a->member == b->member && a->series == b->series && a->index == b->index;
}

/* An empty array of PlenaryAnchor, for a subclass to fill. */
GArray *
_plenary_anchors_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (PlenaryAnchor));
}

void
_plenary_anchors_add_circle (GArray           *anchors,
                             const PlenaryHit *hit,
                             double            x,
                             double            y,
                             double            radius)
{
  PlenaryAnchor anchor = { *hit, x, y, x - radius, y - radius, 2 * radius, 2 * radius, TRUE };

  g_array_append_val (anchors, anchor);
}

void
_plenary_anchors_add_box (GArray           *anchors,
                          const PlenaryHit *hit,
                          double            left,
                          double            top,
                          double            width,
                          double            height)
{
  PlenaryAnchor anchor = { *hit, left + width / 2, top + height / 2, left, top, width, height, FALSE };

  g_array_append_val (anchors, anchor);
}

/**
 * plenary_picture_dup_anchors:
 *
 * What keyboard focus can rest on in the picture drawn at @width × @height:
 * its members or its parts, in the order Home and End go by (seats in
 * their sweep, members by name, bars and groups top to bottom).
 *
 * Returns: (transfer full) (element-type PlenaryAnchor): the anchors; empty
 *   for a picture without any
 */
GArray *
plenary_picture_dup_anchors (PlenaryPicture           *self,
                             double                    width,
                             double                    height,
                             const PlenaryRenderStyle *style)
{
  g_return_val_if_fail (PLENARY_IS_PICTURE (self), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  if (PLENARY_PICTURE_GET_CLASS (self)->dup_anchors == NULL || width <= 0 || height <= 0)
    return _plenary_anchors_new ();
  return PLENARY_PICTURE_GET_CLASS (self)->dup_anchors (self, width, height, style);
}

/**
 * plenary_picture_get_member_point:
 * @member: an index into the dataset
 * @x: (out): where the member is drawn: its seat, dot or tile, or a point
 *   well inside its land
 * @y: (out):
 *
 * Returns: whether the picture draws @member by itself
 */
gboolean
plenary_picture_get_member_point (PlenaryPicture           *self,
                                  double                    width,
                                  double                    height,
                                  const PlenaryRenderStyle *style,
                                  int                       member,
                                  double                   *x,
                                  double                   *y)
{
  g_autoptr(GArray) anchors = NULL;

  g_return_val_if_fail (PLENARY_IS_PICTURE (self), FALSE);

  if (member < 0)
    return FALSE;
  anchors = plenary_picture_dup_anchors (self, width, height, style);
  for (guint i = 0; i < anchors->len; i++)
    {
      const PlenaryAnchor *anchor = &g_array_index (anchors, PlenaryAnchor, i);

      if (anchor->hit.member == member)
        {
          *x = anchor->x;
          *y = anchor->y;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * plenary_anchors_find_neighbour:
 * @from: the anchor focus is on
 * @dx: the direction to move in, a unit vector: (1, 0) is right
 * @dy:
 *
 * The anchor an arrow key moves to: the nearest that lies that way, within
 * 45° of it, unless one aside is far nearer (along the curve of a
 * hemicycle rather than across its middle); anchors drawn at the same
 * point follow each other in their order.
 *
 * Returns: its index, or -1 for none
 */
int
plenary_anchors_find_neighbour (const PlenaryAnchor *anchors,
                                guint                n_anchors,
                                guint                from,
                                double               dx,
                                double               dy)
{
  gboolean forward = dx + dy > 0;
  double cone_cost = G_MAXDOUBLE, side_cost = G_MAXDOUBLE;
  double cone_distance = 0, side_distance = 0;
  int cone = -1, side = -1, same = -1;
  guint same_gap = G_MAXUINT;

  g_return_val_if_fail (from < n_anchors, -1);

  for (guint i = 0; i < n_anchors; i++)
    {
      double ex = anchors[i].x - anchors[from].x, ey = anchors[i].y - anchors[from].y;
      double along = ex * dx + ey * dy;
      double across = fabs (ey * dx - ex * dy);
      double distance = hypot (ex, ey);

      if (i == from)
        continue;
      if (distance < 0.5)
        {
          /* The same place: the next in order, or the one before. */
          guint gap = forward ? i - from : from - i;

          if ((forward ? i > from : i < from) && gap < same_gap)
            {
              same_gap = gap;
              same = (int) i;
            }
          continue;
        }
      if (along < 0.5)
        continue;
      if (across <= along && along + 2 * across < cone_cost)
        {
          cone_cost = along + 2 * across;
          cone_distance = distance;
          cone = (int) i;
        }
      if (distance + 2 * across < side_cost)
        {
          side_cost = distance + 2 * across;
          side_distance = distance;
          side = (int) i;
        }
    }
  if (same >= 0)
    return same;
  if (cone >= 0 && (side < 0 || cone_distance <= 3 * side_distance))
    return cone;
  return side;
}

/* The anchor of @hit, or -1. */
int
plenary_anchors_find_hit (const PlenaryAnchor *anchors,
                          guint                n_anchors,
                          const PlenaryHit    *hit)
{
  for (guint i = 0; i < n_anchors; i++)
    if (plenary_hit_equal (&anchors[i].hit, hit))
      return (int) i;
  /* A member is the same member whatever else the hit says. */
  for (guint i = 0; hit->member >= 0 && i < n_anchors; i++)
    if (anchors[i].hit.member == hit->member)
      return (int) i;
  return -1;
}

/**
 * plenary_picture_draw_focus:
 * @anchor: where focus is, from plenary_picture_dup_anchors()
 * @color: the ring's colour
 *
 * Draws a focus ring on @anchor: around its seat, dot, tile or bar, or
 * along the coast of its country, with a halo in the background colour so
 * that it reads on any fill.
 */
void
plenary_picture_draw_focus (PlenaryPicture           *self,
                            cairo_t                  *cr,
                            double                    width,
                            double                    height,
                            const PlenaryRenderStyle *style,
                            const PlenaryAnchor      *anchor,
                            const PlenaryColor       *color)
{
  double line = MAX (2.0, style->font_size * 0.15);
  double gap = line;

  g_return_if_fail (PLENARY_IS_PICTURE (self));
  g_return_if_fail (anchor != NULL && color != NULL);

  cairo_save (cr);
  cairo_new_path (cr);
  if (PLENARY_PICTURE_GET_CLASS (self)->append_focus_path != NULL)
    PLENARY_PICTURE_GET_CLASS (self)->append_focus_path (self, cr, width, height, style, anchor);
  if (cairo_has_current_point (cr))
    {
      /* A coast: the ring goes round it, outside, and leaves the land and
       * its colour to be seen, however small the country. */
      cairo_path_t *path = cairo_copy_path (cr);

      cairo_new_path (cr);
      cairo_rectangle (cr, -width, -height, 3 * width, 3 * height);
      cairo_append_path (cr, path);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_clip (cr);
      cairo_append_path (cr, path);
      cairo_path_destroy (path);
      line *= 2;
    }
  else if (anchor->round)
    cairo_arc (cr, anchor->x, anchor->y, MAX (anchor->width, anchor->height) / 2 + gap, 0, 2 * G_PI);
  else
    plenary_rounded_rectangle (cr, anchor->left - gap, anchor->top - gap, anchor->width + 2 * gap,
                               anchor->height + 2 * gap, gap * 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  plenary_cairo_set_color (cr, &style->palette->background);
  cairo_set_line_width (cr, line * 2.5);
  cairo_stroke_preserve (cr);
  plenary_cairo_set_color (cr, color);
  cairo_set_line_width (cr, line);
  cairo_stroke (cr);
  cairo_restore (cr);
}
