/* plenary-callout.h: emphasised members, outlined and labelled with their names
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-render-style.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PlenaryBox;

/* A name label of an emphasised member: its box, and the point of the
 * member it names (where a leader line goes, when the box is away). */
typedef struct
{
  PangoLayout *layout;
  PlenaryBox   box;
  double       anchor_x;
  double       anchor_y;
  gboolean     leader;
  /* A dot at the anchor, when it is inside what it names (not at a tile's
   * edge, where it would cover the tile's code). */
  gboolean     anchor_dot;
} PlenaryCallout;

double       plenary_emphasis_line_width    (const PlenaryRenderStyle *style,
                                             double                    feature_size);
void         plenary_stroke_emphasis        (cairo_t                  *cr,
                                             const PlenaryRenderStyle *style,
                                             double                    line_width);

PangoLayout *plenary_callout_layout         (cairo_t                  *cr,
                                             const PlenaryRenderStyle *style,
                                             const char               *text);
void         plenary_callout_size           (PangoLayout              *layout,
                                             const PlenaryRenderStyle *style,
                                             double                   *width,
                                             double                   *height);
void         plenary_callout_draw           (cairo_t                  *cr,
                                             const PlenaryRenderStyle *style,
                                             const PlenaryCallout     *callout);
void         plenary_callout_clear          (PlenaryCallout           *callout);

gboolean     plenary_box_overlaps           (const PlenaryBox         *a,
                                             const PlenaryBox         *b,
                                             double                    margin);
double       plenary_box_overlap_area       (const PlenaryBox         *a,
                                             const PlenaryBox         *b);
gboolean     plenary_box_inside             (const PlenaryBox         *box,
                                             const PlenaryBox         *frame);
void         plenary_box_clamp              (PlenaryBox               *box,
                                             const PlenaryBox         *frame);
void         plenary_box_nearest_point      (const PlenaryBox         *box,
                                             double                    x,
                                             double                    y,
                                             double                   *nearest_x,
                                             double                   *nearest_y);

G_END_DECLS
