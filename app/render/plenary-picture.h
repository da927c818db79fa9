/* plenary-picture.h: one picture: what it draws, its hit test, its words and its name
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "plenary-member.h"
#include "plenary-render-style.h"

G_BEGIN_DECLS

/* The kinds of picture, with their names (for files and the command line)
 * and labels (for people). */
typedef enum
{
  PLENARY_CHART_TALLY,
  PLENARY_CHART_SEATS,
  PLENARY_CHART_MAP,
  PLENARY_CHART_TILES,
  PLENARY_CHART_AGREEMENT,
  PLENARY_CHART_SPACE,
  PLENARY_CHART_GROUPS,
  PLENARY_CHART_ALIGNMENT,
  PLENARY_CHART_CHANGE,
} PlenaryChart;

GType       plenary_chart_get_type   (void) G_GNUC_CONST;
#define PLENARY_TYPE_CHART (plenary_chart_get_type ())

gboolean    plenary_chart_from_name  (const char   *name,
                                      PlenaryChart *chart);
const char *plenary_chart_get_name   (PlenaryChart  chart);
const char *plenary_chart_get_label  (PlenaryChart  chart);

/* What is under a point of a picture. */
typedef struct
{
  /* The category (a tally row, or the category of the member below). */
  PlenaryCategory category;
  /* The member, as an index into the dataset, or -1 for none. */
  int             member;
  /* For charts of several series or rows (agreement lines, regional
   * groups): which one, and which point or part of it; -1 for none. */
  int             series;
  int             index;
} PlenaryHit;

/* Something of a picture that keyboard focus can rest on: a member (a
 * seat, a country, a tile, a dot) or a part (a bar, a group's share of a
 * vote, a point of a line), with where it is drawn, in the coordinates of
 * the picture's drawing. */
typedef struct
{
  PlenaryHit hit;
  /* The point the arrow keys move between. */
  double     x;
  double     y;
  /* The box of what is drawn there; a circle in it when round. */
  double     left;
  double     top;
  double     width;
  double     height;
  gboolean   round;
} PlenaryAnchor;

int           plenary_anchors_find_neighbour (const PlenaryAnchor *anchors,
                                              guint                n_anchors,
                                              guint                from,
                                              double               dx,
                                              double               dy);
int           plenary_anchors_find_hit       (const PlenaryAnchor *anchors,
                                              guint                n_anchors,
                                              const PlenaryHit    *hit);
gboolean      plenary_hit_equal              (const PlenaryHit    *a,
                                              const PlenaryHit    *b);

/* The data behind a picture, as rows of text: what "Copy as Table" and
 * the CSV export give. */
typedef struct _PlenaryTable
{
  GStrv      columns;   /* the headings */
  GPtrArray *rows;      /* of GStrv, each as long as columns */
} PlenaryTable;

PlenaryTable *plenary_table_new  (const char * const *columns);
void          plenary_table_add  (PlenaryTable       *table,
                                  const char * const *cells);
void          plenary_table_free (PlenaryTable       *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryTable, plenary_table_free)

#define PLENARY_TYPE_PICTURE (plenary_picture_get_type ())

G_DECLARE_DERIVABLE_TYPE (PlenaryPicture, plenary_picture, PLENARY, PICTURE, GObject)

struct _PlenaryPictureClass
{
  GObjectClass parent_class;

  void     (*draw)             (PlenaryPicture           *self,
                                cairo_t                  *cr,
                                double                    width,
                                double                    height,
                                const PlenaryRenderStyle *style);
  gboolean (*hit_test)         (PlenaryPicture           *self,
                                double                    width,
                                double                    height,
                                const PlenaryRenderStyle *style,
                                double                    x,
                                double                    y,
                                PlenaryHit               *hit);
  char    *(*describe_hit)     (PlenaryPicture           *self,
                                const PlenaryHit         *hit);
  double   (*height_for_width) (PlenaryPicture           *self,
                                double                    width,
                                const PlenaryRenderStyle *style);
  PlenaryTable *(*dup_table)   (PlenaryPicture           *self);
  PlenaryMember *(*get_member) (PlenaryPicture           *self,
                                int                       member);
  GArray  *(*dup_anchors)      (PlenaryPicture           *self,
                                double                    width,
                                double                    height,
                                const PlenaryRenderStyle *style);
  void     (*append_focus_path) (PlenaryPicture          *self,
                                cairo_t                  *cr,
                                double                    width,
                                double                    height,
                                const PlenaryRenderStyle *style,
                                const PlenaryAnchor      *anchor);
};

/* Words of the person who exports a picture: a headline that replaces the
 * picture's title, and a note under it. Either may be NULL; the automatic
 * caption and the source line stay. */
typedef struct
{
  const char *headline;
  const char *note;
} PlenaryOwnWords;

PlenaryChart  plenary_picture_get_kind         (PlenaryPicture           *self);
const char   *plenary_picture_get_title        (PlenaryPicture           *self);
const char   *plenary_picture_get_headline     (PlenaryPicture           *self);
const char   *plenary_picture_get_summary      (PlenaryPicture           *self);
const char   *plenary_picture_get_source       (PlenaryPicture           *self);
const char   *plenary_picture_get_file_title   (PlenaryPicture           *self);
const char   *plenary_picture_get_name         (PlenaryPicture           *self);
const char   *plenary_picture_get_citation     (PlenaryPicture           *self);

void          plenary_picture_set_emphasis     (PlenaryPicture           *self,
                                                const int                *members,
                                                guint                     n_members);
gboolean      plenary_picture_is_emphasised    (PlenaryPicture           *self,
                                                int                       member);
const int    *plenary_picture_get_emphasis     (PlenaryPicture           *self,
                                                guint                    *n_members);
PlenaryMember *plenary_picture_get_member      (PlenaryPicture           *self,
                                                int                       member);
GStrv         plenary_picture_dup_emphasis_names (PlenaryPicture         *self);

void          plenary_picture_draw             (PlenaryPicture           *self,
                                                cairo_t                  *cr,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style);
void          plenary_picture_draw_framed      (PlenaryPicture           *self,
                                                cairo_t                  *cr,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style);
void          plenary_picture_draw_framed_with_words (PlenaryPicture     *self,
                                                cairo_t                  *cr,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style,
                                                const PlenaryOwnWords    *words);
void          plenary_picture_get_framed_area  (PlenaryPicture           *self,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style,
                                                const PlenaryOwnWords    *words,
                                                double                   *x,
                                                double                   *y,
                                                double                   *area_width,
                                                double                   *area_height);
gboolean      plenary_picture_hit_test         (PlenaryPicture           *self,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style,
                                                double                    x,
                                                double                    y,
                                                PlenaryHit               *hit);
char         *plenary_picture_describe_hit     (PlenaryPicture           *self,
                                                const PlenaryHit         *hit);
double        plenary_picture_height_for_width (PlenaryPicture           *self,
                                                double                    width,
                                                const PlenaryRenderStyle *style);
PlenaryTable *plenary_picture_dup_table        (PlenaryPicture           *self);
GArray       *plenary_picture_dup_anchors      (PlenaryPicture           *self,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style);
gboolean      plenary_picture_get_member_point (PlenaryPicture           *self,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style,
                                                int                       member,
                                                double                   *x,
                                                double                   *y);
void          plenary_picture_draw_focus       (PlenaryPicture           *self,
                                                cairo_t                  *cr,
                                                double                    width,
                                                double                    height,
                                                const PlenaryRenderStyle *style,
                                                const PlenaryAnchor      *anchor,
                                                const PlenaryColor       *color);

/* For subclasses: the words a picture is made with, from the describer. */
typedef struct
{
  const char *title;      /* above the picture when it leaves the app */
  const char *headline;   /* the line under the title */
  const char *summary;    /* what it shows, in sentences */
  const char *source;     /* where its data comes from */
  const char *file_title; /* the title a PDF or SVG file carries */
  const char *subject;    /* what it shows, for its file name: a symbol */
  const char *citation;   /* the record it shows, cited in text, or NULL */
} PlenaryPictureWords;

void          _plenary_picture_set_words       (PlenaryPicture            *self,
                                                PlenaryChart               kind,
                                                const PlenaryPictureWords *words);
guint         _plenary_picture_get_emphasis_serial (PlenaryPicture        *self);
GArray       *_plenary_anchors_new             (void);
void          _plenary_anchors_add_circle      (GArray                    *anchors,
                                                const PlenaryHit          *hit,
                                                double                     x,
                                                double                     y,
                                                double                     radius);
void          _plenary_anchors_add_box         (GArray                    *anchors,
                                                const PlenaryHit          *hit,
                                                double                     left,
                                                double                     top,
                                                double                     width,
                                                double                     height);

G_END_DECLS
