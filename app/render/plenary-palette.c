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

#include <glib/gi18n-lib.h>

#include "plenary-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

static const PlenaryPalette light = {
  .fill = {
    [PLENARY_CATEGORY_YES] = RGB (0x2ec27e),
    [PLENARY_CATEGORY_NO] = RGB (0xe01b24),
    [PLENARY_CATEGORY_ABSTAIN] = RGB (0xf5c211),
    [PLENARY_CATEGORY_NON_VOTING] = RGB (0x77767b),
    [PLENARY_CATEGORY_NOT_RECORDED] = RGB (0xdeddda),
    [PLENARY_CATEGORY_NOT_IN_BODY] = RGB (0xeeedeb),
    [PLENARY_CATEGORY_NOT_A_MEMBER] = RGB (0xd3d1cd),
  },
  .hatch = RGB (0x9a9996),
  .outline = RGBA (0x241f31, 0.55),
  .background = RGB (0xffffff),
  .foreground = RGB (0x241f31),
  .dim_foreground = RGBA (0x241f31, 0.62),
  .track = RGBA (0x241f31, 0.06),
  .threshold = RGB (0x1c71d8),
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
  .fill = {
    [PLENARY_CATEGORY_YES] = RGB (0x33d17a),
    [PLENARY_CATEGORY_NO] = RGB (0xf66151),
    [PLENARY_CATEGORY_ABSTAIN] = RGB (0xf8e45c),
    [PLENARY_CATEGORY_NON_VOTING] = RGB (0x9a9996),
    [PLENARY_CATEGORY_NOT_RECORDED] = RGB (0x3d3846),
    [PLENARY_CATEGORY_NOT_IN_BODY] = RGB (0x38383d),
    [PLENARY_CATEGORY_NOT_A_MEMBER] = RGB (0x55555c),
  },
  .hatch = RGB (0x77767b),
  .outline = RGBA (0xffffff, 0.5),
  .background = RGB (0x242424),
  .foreground = RGB (0xffffff),
  .dim_foreground = RGBA (0xffffff, 0.62),
  .track = RGBA (0xffffff, 0.07),
  .threshold = RGB (0x78aeed),
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

/* The words for a category, as legends show them. */
const char *
plenary_category_get_label (PlenaryCategory category)
{
  if (category == PLENARY_CATEGORY_NOT_A_MEMBER)
    /* Translators: in a map's legend: land that is not a member state. */
    return _("Not a UN member");
  return plenary_vote_get_label ((PlenaryVote) category);
}

/**
 * plenary_category_pattern:
 * @unit: the width of a hatch line's spacing, a third of it
 *
 * The source to paint @category with: a plain colour, or for NOT_RECORDED
 * its colour crossed by diagonal lines every 3 × @unit. The lines are drawn
 * in a small recording tile that repeats, so that SVG and PDF keep them as
 * vectors, pixel targets rasterise them, and neighbouring shapes' hatching
 * lines up because the tile repeats on one grid for the whole picture.
 *
 * Returns: (transfer full): a cairo pattern
 */
cairo_pattern_t *
plenary_category_pattern (const PlenaryPalette *palette,
                          PlenaryCategory       category,
                          double                unit)
{
  const PlenaryColor *color = &palette->fill[category];
  cairo_rectangle_t extents;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_t *cr;
  double step;

  if (category != PLENARY_CATEGORY_NOT_RECORDED)
    return cairo_pattern_create_rgba (color->red, color->green, color->blue, color->alpha);

  step = MAX (unit * 3, 1.5);
  extents = (cairo_rectangle_t) { 0, 0, step, step };
  tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (tile);
  plenary_cairo_set_color (cr, color);
  cairo_paint (cr);
  plenary_cairo_set_color (cr, &palette->hatch);
  cairo_set_line_width (cr, unit * 0.6);
  /* A line from corner to corner and its two neighbours, so that the tiles
   * join into unbroken diagonals. */
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * step, step);
      cairo_line_to (cr, (k + 1) * step, 0);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

/* Fills the current path as @category and clears the path. NOT_IN_BODY also
 * gets an outline of @unit / 2, so that a member outside the body stays
 * visible but never looks as if it voted. */
void
plenary_fill_category (cairo_t              *cr,
                       const PlenaryPalette *palette,
                       PlenaryCategory       category,
                       double                unit)
{
  cairo_pattern_t *pattern = plenary_category_pattern (palette, category, unit);

  cairo_set_source (cr, pattern);
  cairo_pattern_destroy (pattern);
  if (category != PLENARY_CATEGORY_NOT_IN_BODY)
    {
      cairo_fill (cr);
      return;
    }
  cairo_fill_preserve (cr);
  plenary_cairo_set_color (cr, &palette->outline);
  cairo_set_line_width (cr, unit / 2);
  cairo_stroke (cr);
}
