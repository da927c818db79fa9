/* plenary-palette.h: the colours of every chart, in one swappable struct
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "plenary-types.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} PlenaryColor;

typedef struct
{
  /* Fill per vote, indexed by PlenaryVote. NOT_IN_BODY is a faint fill,
   * drawn with an outline in `outline` where shapes stand alone. */
  PlenaryColor vote[PLENARY_VOTE_NOT_IN_BODY + 1];
  /* The lines drawn over NOT_RECORDED, so that it reads without colour. */
  PlenaryColor hatch;
  PlenaryColor outline;
  PlenaryColor background;
  PlenaryColor foreground;
  PlenaryColor dim_foreground;
  PlenaryColor track;
  PlenaryColor threshold;
  PlenaryColor territory;
  PlenaryColor highlight;
  /* Outcome pills, indexed by PlenaryOutcome, with the text drawn on them. */
  PlenaryColor outcome[PLENARY_OUTCOME_VETOED + 1];
  PlenaryColor outcome_text[PLENARY_OUTCOME_VETOED + 1];
  gboolean     dark;
} PlenaryPalette;

const PlenaryPalette *plenary_palette_get_light (void);
const PlenaryPalette *plenary_palette_get_dark  (void);
const PlenaryPalette *plenary_palette_get       (gboolean              dark);

void                  plenary_cairo_set_color   (cairo_t              *cr,
                                                 const PlenaryColor   *color);
void                  plenary_fill_vote         (cairo_t              *cr,
                                                 const PlenaryPalette *palette,
                                                 PlenaryVote           vote,
                                                 double                unit);

G_END_DECLS
