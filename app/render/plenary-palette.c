/* plenary-palette.c: the colours of every chart, in one swappable struct
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The vote colours follow the UN voting board (green, red, yellow), taken
 * from the GNOME palette and tuned for contrast on light and dark
 * backgrounds. Non-voting is a neutral grey; not recorded is a lighter grey
 * with hatching, so that the two never read alike even without colour.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include "plenary-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

static const PlenaryPalette light = {
  .vote = {
    [PLENARY_VOTE_YES] = RGB (0x2ec27e),
    [PLENARY_VOTE_NO] = RGB (0xe01b24),
    [PLENARY_VOTE_ABSTAIN] = RGB (0xf5c211),
    [PLENARY_VOTE_NON_VOTING] = RGB (0x77767b),
    [PLENARY_VOTE_NOT_RECORDED] = RGB (0xdeddda),
    [PLENARY_VOTE_NOT_IN_BODY] = RGB (0xeeedeb),
  },
  .hatch = RGB (0x9a9996),
  .outline = RGBA (0x241f31, 0.55),
  .background = RGB (0xffffff),
  .foreground = RGB (0x241f31),
  .dim_foreground = RGBA (0x241f31, 0.62),
  .track = RGBA (0x241f31, 0.06),
  .threshold = RGB (0x1c71d8),
  .territory = RGB (0xd3d1cd),
  .highlight = RGB (0x1c71d8),
  .outcome = {
    [PLENARY_OUTCOME_ADOPTED] = RGB (0x26a269),
    [PLENARY_OUTCOME_NOT_ADOPTED] = RGB (0x77767b),
    [PLENARY_OUTCOME_VETOED] = RGB (0xc01c28),
  },
  .outcome_text = {
    [PLENARY_OUTCOME_ADOPTED] = RGB (0xffffff),
    [PLENARY_OUTCOME_NOT_ADOPTED] = RGB (0xffffff),
    [PLENARY_OUTCOME_VETOED] = RGB (0xffffff),
  },
  .dark = FALSE,
};

static const PlenaryPalette dark = {
  .vote = {
    [PLENARY_VOTE_YES] = RGB (0x33d17a),
    [PLENARY_VOTE_NO] = RGB (0xf66151),
    [PLENARY_VOTE_ABSTAIN] = RGB (0xf8e45c),
    [PLENARY_VOTE_NON_VOTING] = RGB (0x9a9996),
    [PLENARY_VOTE_NOT_RECORDED] = RGB (0x3d3846),
    [PLENARY_VOTE_NOT_IN_BODY] = RGB (0x38383d),
  },
  .hatch = RGB (0x77767b),
  .outline = RGBA (0xffffff, 0.5),
  .background = RGB (0x242424),
  .foreground = RGB (0xffffff),
  .dim_foreground = RGBA (0xffffff, 0.62),
  .track = RGBA (0xffffff, 0.07),
  .threshold = RGB (0x78aeed),
  .territory = RGB (0x55555c),
  .highlight = RGB (0x78aeed),
  .outcome = {
    [PLENARY_OUTCOME_ADOPTED] = RGB (0x26a269),
    [PLENARY_OUTCOME_NOT_ADOPTED] = RGB (0x5e5c64),
    [PLENARY_OUTCOME_VETOED] = RGB (0xc01c28),
  },
  .outcome_text = {
    [PLENARY_OUTCOME_ADOPTED] = RGB (0xffffff),
    [PLENARY_OUTCOME_NOT_ADOPTED] = RGB (0xffffff),
    [PLENARY_OUTCOME_VETOED] = RGB (0xffffff),
  },
  .dark = TRUE,
};

const PlenaryPalette *
plenary_palette_get_light (void)
{
  return &light;
}

const PlenaryPalette *
plenary_palette_get_dark (void)
{
  return &dark;
}

const PlenaryPalette *
plenary_palette_get (gboolean is_dark)
{
  return is_dark ? &dark : &light;
}

void
plenary_cairo_set_color (cairo_t            *cr,
                         const PlenaryColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* Fills the current path in the colour of @vote and clears the path.
 * NOT_RECORDED gets diagonal hatching every 3 × @unit; NOT_IN_BODY a faint
 * fill with an outline of @unit / 2, so that a member outside the body stays
 * visible but never looks as if it voted. */
void
plenary_fill_vote (cairo_t              *cr,
                   const PlenaryPalette *palette,
                   PlenaryVote           vote,
                   double                unit)
{
  double x1, y1, x2, y2, step;

  if (vote == PLENARY_VOTE_NOT_IN_BODY)
    {
      plenary_cairo_set_color (cr, &palette->vote[vote]);
      cairo_fill_preserve (cr);
      plenary_cairo_set_color (cr, &palette->outline);
      cairo_set_line_width (cr, unit / 2);
      cairo_stroke (cr);
      return;
    }

  plenary_cairo_set_color (cr, &palette->vote[vote]);
  if (vote != PLENARY_VOTE_NOT_RECORDED)
    {
      cairo_fill (cr);
      return;
    }

  /* The lines sit on one grid for the whole picture, so that the hatching
   * of neighbouring shapes lines up. */
  step = unit * 3;
  cairo_save (cr);
  cairo_path_extents (cr, &x1, &y1, &x2, &y2);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  plenary_cairo_set_color (cr, &palette->hatch);
  cairo_set_line_width (cr, unit * 0.6);
  for (double x = floor ((x1 + y1) / step) * step - y2; x < x2; x += step)
    {
      cairo_move_to (cr, x, y2);
      cairo_line_to (cr, x + (y2 - y1), y1);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}
