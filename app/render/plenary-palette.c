/* plenary-palette.c: the colours of every chart, in one swappable struct
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The vote colours follow the UN voting board (green, red, yellow), taken
 * from the GNOME palette and tuned for contrast on light and dark
 * backgrounds. Non-voting is a neutral grey; not recorded is a lighter grey
 * with hatching, so that the two never read alike even without colour.
 *
 * Values (agreement with a member) are drawn on viridis (Smith and van der
 * Walt, for matplotlib), a sequential scale that is even in lightness and
 * reads for colour-blind readers and in grey; its nine stops are those
 * viridisLite publishes, interpolated in between. Regional groups and the
 * changes between two votes take the Okabe–Ito colours, chosen to stay
 * apart for the common kinds of colour blindness.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "plenary-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

/* Kept votes in muted tones, so that the changes stand out; changes towards
 * yes in blues and green, towards no in warm tones. */
#define CHANGE_COLOURS(kept_yes, kept_no, kept_abstain, kept_non_voting, stopped) { \
    [PLENARY_CHANGE_KEPT_YES] = RGB (kept_yes), \
    [PLENARY_CHANGE_KEPT_NO] = RGB (kept_no), \
    [PLENARY_CHANGE_KEPT_ABSTAIN] = RGB (kept_abstain), \
    [PLENARY_CHANGE_KEPT_NON_VOTING] = RGB (kept_non_voting), \
    [PLENARY_CHANGE_NO_TO_YES] = RGB (0x0072b2), \
    [PLENARY_CHANGE_ABSTAIN_TO_YES] = RGB (0x56b4e9), \
    [PLENARY_CHANGE_NO_TO_ABSTAIN] = RGB (0x009e73), \
    [PLENARY_CHANGE_YES_TO_NO] = RGB (0xd55e00), \
    [PLENARY_CHANGE_YES_TO_ABSTAIN] = RGB (0xe69f00), \
    [PLENARY_CHANGE_ABSTAIN_TO_NO] = RGB (0xcc79a7), \
    [PLENARY_CHANGE_STOPPED_VOTING] = RGB (stopped), \
    [PLENARY_CHANGE_STARTED_VOTING] = RGB (0x9a8fd8), \
  }

static const PlenaryPalette light = {
  .fill = {
    [PLENARY_CATEGORY_YES] = RGB (0x2ec27e),
    [PLENARY_CATEGORY_NO] = RGB (0xe01b24),
    [PLENARY_CATEGORY_ABSTAIN] = RGB (0xf5c211),
    [PLENARY_CATEGORY_NON_VOTING] = RGB (0x77767b),
    [PLENARY_CATEGORY_NOT_RECORDED] = RGB (0xdeddda),
    [PLENARY_CATEGORY_NOT_IN_BODY] = RGB (0xeeedeb),
    [PLENARY_CATEGORY_NOT_A_MEMBER] = RGB (0xd3d1cd),
    [PLENARY_CATEGORY_TOO_FEW] = RGB (0xf0efed),
    [PLENARY_CATEGORY_REFERENCE] = RGB (0x241f31),
    [PLENARY_CATEGORY_VALUE] = RGB (0x21908c),
    [PLENARY_CATEGORY_KEY] = RGB (0x77767b),
  },
  .group = {
    [PLENARY_GROUP_AFRICAN] = RGB (0xe69f00),
    [PLENARY_GROUP_ASIA_PACIFIC] = RGB (0x56b4e9),
    [PLENARY_GROUP_EASTERN_EUROPEAN] = RGB (0x009e73),
    [PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN] = RGB (0xcc79a7),
    [PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS] = RGB (0x0072b2),
    [PLENARY_GROUP_NONE] = RGB (0x3d3846),
  },
  .change = CHANGE_COLOURS (0xa7dcb9, 0xf2a7a9, 0xf6df8f, 0x77767b, 0x3d3846),
  .series = { RGB (0xd55e00), RGB (0x0072b2), RGB (0x009e73), RGB (0xcc79a7), RGB (0xe69f00), RGB (0x56b4e9) },
  .grid = RGBA (0x241f31, 0.12),
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
    [PLENARY_CATEGORY_TOO_FEW] = RGB (0x303036),
    [PLENARY_CATEGORY_REFERENCE] = RGB (0xffffff),
    [PLENARY_CATEGORY_VALUE] = RGB (0x21908c),
    [PLENARY_CATEGORY_KEY] = RGB (0x9a9996),
  },
  .group = {
    [PLENARY_GROUP_AFRICAN] = RGB (0xe69f00),
    [PLENARY_GROUP_ASIA_PACIFIC] = RGB (0x56b4e9),
    [PLENARY_GROUP_EASTERN_EUROPEAN] = RGB (0x009e73),
    [PLENARY_GROUP_LATIN_AMERICAN_CARIBBEAN] = RGB (0xcc79a7),
    [PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS] = RGB (0x3a9ad9),
    [PLENARY_GROUP_NONE] = RGB (0xdeddda),
  },
  .change = CHANGE_COLOURS (0x2f6b46, 0x7a3337, 0x7a6a2a, 0x9a9996, 0xdeddda),
  .series = { RGB (0xf0883e), RGB (0x56b4e9), RGB (0x2ec4a0), RGB (0xdc8fbd), RGB (0xf5c242), RGB (0xa6d8f5) },
  .grid = RGBA (0xffffff, 0.14),
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
  switch (category)
    {
    case PLENARY_CATEGORY_NOT_A_MEMBER:
      /* Translators: in a map's legend: land that is not a member state. */
      return _("Not a UN member");
    case PLENARY_CATEGORY_TOO_FEW:
      /* Translators: in the legend of the map of agreement with a member:
       * members whose agreement rests on too few votes to be shown. */
      return _("Fewer than 10 shared votes");
    case PLENARY_CATEGORY_REFERENCE:
      /* Translators: in the legend of the map of agreement with a member:
       * that member itself. */
      return _("The member compared with");
    case PLENARY_CATEGORY_VALUE:
    case PLENARY_CATEGORY_KEY:
      return "";
    default:
      break;
    }
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

  if (category != PLENARY_CATEGORY_NOT_RECORDED && category != PLENARY_CATEGORY_TOO_FEW)
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

/* The viridis stops (viridisLite's viridis (9)), from 0 to 1. */
static const guint32 viridis[] = {
  0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21908c, 0x27ad81, 0x5dc863, 0xaadc32, 0xfde725,
};

/* The colour of @value, 0 to 1, on the sequential scale (viridis): dark
 * purple for 0, yellow for 1. */
void
plenary_scale_colour (double        value,
                      PlenaryColor *color)
{
  guint n = G_N_ELEMENTS (viridis) - 1;
  double position = CLAMP (isnan (value) ? 0 : value, 0, 1) * n;
  guint i = MIN ((guint) floor (position), n - 1);
  double t = position - i;
  PlenaryColor a = RGB (viridis[i]), b = RGB (viridis[i + 1]);

  color->red = a.red + (b.red - a.red) * t;
  color->green = a.green + (b.green - a.green) * t;
  color->blue = a.blue + (b.blue - a.blue) * t;
  color->alpha = 1;
}

/* The words for a change, in the change map's legend and tooltips. */
const char *
plenary_change_get_label (PlenaryChange change)
{
  switch (change)
    {
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_KEPT_YES: return _("Yes both times");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_KEPT_NO: return _("No both times");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_KEPT_ABSTAIN: return _("Abstained both times");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_KEPT_NON_VOTING: return _("Did not vote either time");
    /* Translators: in the legend of the map that compares two votes: voted
     * no on the first, yes on the second. */
    case PLENARY_CHANGE_NO_TO_YES: return _("No, then yes");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_ABSTAIN_TO_YES: return _("Abstained, then yes");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_NO_TO_ABSTAIN: return _("No, then abstained");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_YES_TO_NO: return _("Yes, then no");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_YES_TO_ABSTAIN: return _("Yes, then abstained");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_ABSTAIN_TO_NO: return _("Abstained, then no");
    /* Translators: in the legend of the map that compares two votes: voted
     * on the first, did not vote on the second. */
    case PLENARY_CHANGE_STOPPED_VOTING: return _("Voted, then did not vote");
    /* Translators: in the legend of the map that compares two votes. */
    case PLENARY_CHANGE_STARTED_VOTING: return _("Did not vote, then voted");
    default:
      g_return_val_if_reached ("");
    }
}

/* The change from @from to @to, when both are YES to NON_VOTING. */
gboolean
plenary_change_from_votes (PlenaryVote    from,
                           PlenaryVote    to,
                           PlenaryChange *change)
{
  if (from > PLENARY_VOTE_NON_VOTING || to > PLENARY_VOTE_NON_VOTING)
    return FALSE;
  if (from == to)
    {
      static const PlenaryChange kept[] = {
        PLENARY_CHANGE_KEPT_YES, PLENARY_CHANGE_KEPT_NO,
        PLENARY_CHANGE_KEPT_ABSTAIN, PLENARY_CHANGE_KEPT_NON_VOTING,
      };

      *change = kept[from];
    }
  else if (to == PLENARY_VOTE_NON_VOTING)
    *change = PLENARY_CHANGE_STOPPED_VOTING;
  else if (from == PLENARY_VOTE_NON_VOTING)
    *change = PLENARY_CHANGE_STARTED_VOTING;
  else if (to == PLENARY_VOTE_YES)
    *change = from == PLENARY_VOTE_NO ? PLENARY_CHANGE_NO_TO_YES : PLENARY_CHANGE_ABSTAIN_TO_YES;
  else if (to == PLENARY_VOTE_ABSTAIN)
    *change = from == PLENARY_VOTE_NO ? PLENARY_CHANGE_NO_TO_ABSTAIN : PLENARY_CHANGE_YES_TO_ABSTAIN;
  else
    *change = from == PLENARY_VOTE_YES ? PLENARY_CHANGE_YES_TO_NO : PLENARY_CHANGE_ABSTAIN_TO_NO;
  return TRUE;
}
