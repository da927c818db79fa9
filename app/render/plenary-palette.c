/* plenary-palette.c: the colours of every chart, in one swappable struct
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three kinds of palette, each light and dark, each also in high contrast:
 * the UN voting board (green, red, yellow), taken from the GNOME palette and
 * tuned for contrast on light and dark backgrounds; the Okabe–Ito colours
 * (Okabe and Ito, "Color Universal Design", 2002), chosen to stay apart for
 * the common kinds of colour blindness; and greys for print. In every one,
 * each category also has a pattern (plenary_category_get_pattern()), so
 * that no picture depends on colour alone: where two categories' colours
 * come too close for some reader (the neutral greys of not recorded, not in
 * the body and no member, in every palette), the pattern tells them apart.
 * tests/test-palette.c measures how far apart the colours stay for
 * protanopia, deuteranopia and tritanopia.
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

static const PlenaryPalette un_light = {
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
  .kind = PLENARY_PALETTE_UN,
};

static const PlenaryPalette un_dark = {
  .fill = {
    [PLENARY_CATEGORY_YES] = RGB (0x2ec27e),
    [PLENARY_CATEGORY_NO] = RGB (0xe01b24),
    [PLENARY_CATEGORY_ABSTAIN] = RGB (0xf8e45c),
    [PLENARY_CATEGORY_NON_VOTING] = RGB (0x858488),
    [PLENARY_CATEGORY_NOT_RECORDED] = RGB (0x3d3846),
    [PLENARY_CATEGORY_NOT_IN_BODY] = RGB (0x303036),
    [PLENARY_CATEGORY_NOT_A_MEMBER] = RGB (0x5e5c64),
    [PLENARY_CATEGORY_TOO_FEW] = RGB (0x36363c),
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
  .kind = PLENARY_PALETTE_UN,
};


/* The other kinds differ from the UN's in their category fills only: the
 * outcome pills, groups and series keep theirs. Same order as
 * PlenaryCategory. */
static const guint32 colour_blind_light[PLENARY_N_CATEGORIES] = {
  0x0072b2, /* yes: Okabe–Ito blue */
  0xd55e00, /* no: vermillion */
  0xf0e442, /* abstain: yellow */
  0x6e6e6e, 0xdedede, 0xf2f2f2, 0xc8c8c8, 0xf0f0f0, 0x000000, 0x21908c, 0x6e6e6e,
};

static const guint32 colour_blind_dark[PLENARY_N_CATEGORIES] = {
  0x56b4e9, /* yes: Okabe–Ito sky blue, which reads on a dark background */
  0xd55e00, /* no: vermillion */
  0xf0e442, /* abstain: yellow */
  0x9a9a9a, 0x3a3a3a, 0x2e2e2e, 0x555555, 0x333333, 0xffffff, 0x21908c, 0x9a9a9a,
};

/* For print: yes dark, no black, then lighter greys down to not recorded;
 * not in body white, with its outline. */
static const guint32 greyscale_light[PLENARY_N_CATEGORIES] = {
  0x3c3c3c, 0x000000, 0x6c6c6c, 0x989898, 0xe6e6e6, 0xffffff, 0xd4d4d4, 0xf2f2f2, 0x000000, 0x6c6c6c, 0x989898,
};

static const guint32 greyscale_dark[PLENARY_N_CATEGORIES] = {
  0xbcbcbc, 0xffffff, 0x8c8c8c, 0x686868, 0x333333, 0x2a2a2a, 0x404040, 0x2e2e2e, 0xffffff, 0x8c8c8c, 0x686868,
};

/* [kind][dark][high contrast] */
static PlenaryPalette palettes[PLENARY_N_PALETTE_KINDS][2][2];

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
relative_luminance (const PlenaryColor *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

static void
mix (const PlenaryColor *color,
     double              target,
     double              amount,
     PlenaryColor       *result)
{
  result->red = color->red + (target - color->red) * amount;
  result->green = color->green + (target - color->green) * amount;
  result->blue = color->blue + (target - color->blue) * amount;
  result->alpha = 1;
}

/* The pattern's colour over @category's fill: towards black on a light
 * fill, towards white on a dark one; fainter on the neutral land of places
 * that are no members, which covers much of a map; stronger in high
 * contrast. */
static void
set_marks (PlenaryPalette *palette)
{
  for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
    {
      const PlenaryColor *fill = &palette->fill[category];
      double amount = category == PLENARY_CATEGORY_NOT_A_MEMBER ? 0.25 : 0.42;

      if (palette->high_contrast)
        amount = category == PLENARY_CATEGORY_NOT_A_MEMBER ? 0.45 : 0.7;
      mix (fill, relative_luminance (fill) > 0.2 ? 0 : 1, amount, &palette->mark[category]);
    }
  palette->hatch = palette->mark[PLENARY_CATEGORY_NOT_RECORDED];
}

/* High contrast: black on white or white on black, full-strength lines and
 * outlines, text that is never dimmed far. The vote fills stay. */
static void
set_high_contrast (PlenaryPalette *palette)
{
  double ink = palette->dark ? 1 : 0;
  PlenaryColor foreground = { ink, ink, ink, 1 };

  palette->high_contrast = TRUE;
  palette->background = (PlenaryColor) { 1 - ink, 1 - ink, 1 - ink, 1 };
  palette->foreground = foreground;
  palette->dim_foreground = (PlenaryColor) { ink, ink, ink, 0.85 };
  palette->outline = foreground;
  palette->grid = (PlenaryColor) { ink, ink, ink, 0.35 };
  palette->track = (PlenaryColor) { ink, ink, ink, 0.14 };
  palette->threshold = palette->highlight = palette->dark ? (PlenaryColor) RGB (0x99c1f1)
                                                          : (PlenaryColor) RGB (0x1a5fb4);
}

/* The grey of the same lightness, for print in one ink. */
static void
neutralise (PlenaryColor *color)
{
  double grey = 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;

  color->red = color->green = color->blue = grey;
}

static void
set_fills (PlenaryPalette *palette,
           const guint32   fills[PLENARY_N_CATEGORIES])
{
  for (guint i = 0; i < PLENARY_N_CATEGORIES; i++)
    palette->fill[i] = (PlenaryColor) RGB (fills[i]);
}

static void
ensure_palettes (void)
{
  static gsize initialised;

  if (!g_once_init_enter (&initialised))
    return;

  for (PlenaryPaletteKind kind = 0; kind < PLENARY_N_PALETTE_KINDS; kind++)
    for (guint dark = 0; dark < 2; dark++)
      for (guint high_contrast = 0; high_contrast < 2; high_contrast++)
        {
          PlenaryPalette *palette = &palettes[kind][dark][high_contrast];

          *palette = dark ? un_dark : un_light;
          palette->kind = kind;
          if (kind == PLENARY_PALETTE_COLOUR_BLIND)
            set_fills (palette, dark ? colour_blind_dark : colour_blind_light);
          else if (kind == PLENARY_PALETTE_GREYSCALE)
            {
              /* For print: text, lines, the majority mark and the
               * emphasis in the same one ink. */
              set_fills (palette, dark ? greyscale_dark : greyscale_light);
              neutralise (&palette->foreground);
              neutralise (&palette->dim_foreground);
              neutralise (&palette->outline);
              neutralise (&palette->grid);
              neutralise (&palette->track);
              neutralise (&palette->background);
              palette->threshold = palette->highlight = palette->foreground;
            }
          if (high_contrast)
            set_high_contrast (palette);
          set_marks (palette);
        }
  g_once_init_leave (&initialised, 1);
}

/**
 * plenary_palette_get_for_kind:
 * @kind: which colours
 * @dark: for a dark background
 * @high_contrast: for the high-contrast style
 *
 * Returns: (transfer none): the palette, which lives as long as the program
 */
const PlenaryPalette *
plenary_palette_get_for_kind (PlenaryPaletteKind kind,
                              gboolean           dark,
                              gboolean           high_contrast)
{
  g_return_val_if_fail (kind < PLENARY_N_PALETTE_KINDS, NULL);

  ensure_palettes ();
  return &palettes[kind][dark ? 1 : 0][high_contrast ? 1 : 0];
}

const PlenaryPalette *
plenary_palette_get_light (void)
{
  return plenary_palette_get_for_kind (PLENARY_PALETTE_UN, FALSE, FALSE);
}

const PlenaryPalette *
plenary_palette_get_dark (void)
{
  return plenary_palette_get_for_kind (PLENARY_PALETTE_UN, TRUE, FALSE);
}

const PlenaryPalette *
plenary_palette_get (gboolean is_dark)
{
  return plenary_palette_get_for_kind (PLENARY_PALETTE_UN, is_dark, FALSE);
}

static const char * const kind_keys[] = { "un", "colour-blind", "greyscale" };

/* The key of @kind for the command line and the settings: "un",
 * "colour-blind" or "greyscale". */
const char *
plenary_palette_kind_to_key (PlenaryPaletteKind kind)
{
  g_return_val_if_fail (kind < PLENARY_N_PALETTE_KINDS, NULL);

  return kind_keys[kind];
}

/* Reads a key of plenary_palette_kind_to_key(); FALSE for any other text. */
gboolean
plenary_palette_kind_from_key (const char         *key,
                               PlenaryPaletteKind *kind)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (kind_keys); i++)
    if (g_str_equal (key, kind_keys[i]))
      {
        if (kind != NULL)
          *kind = (PlenaryPaletteKind) i;
        return TRUE;
      }
  return FALSE;
}

/* The name of @kind, as the Preferences window lists it. */
const char *
plenary_palette_kind_get_label (PlenaryPaletteKind kind)
{
  switch (kind)
    {
    case PLENARY_PALETTE_UN:
      /* Translators: a choice of chart colours: green, red and yellow, as on
       * the voting board of the General Assembly Hall. */
      return _("UN voting board");
    case PLENARY_PALETTE_COLOUR_BLIND:
      /* Translators: a choice of chart colours that people with any common
       * kind of colour blindness can tell apart. */
      return _("Colour-blind safe");
    case PLENARY_PALETTE_GREYSCALE:
      /* Translators: a choice of chart colours: shades of grey, for printing. */
      return _("Greyscale");
    default:
      g_return_val_if_reached ("");
    }
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

/* The second channel of each category, the same in every palette, so that
 * a legend once learnt reads every picture: yes plain; no crossed out;
 * abstain a dash; non-voting dotted, as absent; not recorded hatched, as
 * unknown; not in the body only outlined; land that is no member faintly
 * ruled; too few votes hatched the other way; the member compared with
 * ringed. VALUE and KEY are plain: their colour is the value, read on a
 * scale or a key of its own. */
PlenaryPattern
plenary_category_get_pattern (PlenaryCategory category)
{
  switch (category)
    {
    case PLENARY_CATEGORY_NO:
      return PLENARY_PATTERN_CROSSHATCH;
    case PLENARY_CATEGORY_ABSTAIN:
      return PLENARY_PATTERN_HORIZONTAL;
    case PLENARY_CATEGORY_NON_VOTING:
      return PLENARY_PATTERN_DOTS;
    case PLENARY_CATEGORY_NOT_RECORDED:
      return PLENARY_PATTERN_DIAGONAL;
    case PLENARY_CATEGORY_NOT_IN_BODY:
      return PLENARY_PATTERN_OUTLINE;
    case PLENARY_CATEGORY_NOT_A_MEMBER:
      return PLENARY_PATTERN_VERTICAL;
    case PLENARY_CATEGORY_TOO_FEW:
      return PLENARY_PATTERN_BACK_DIAGONAL;
    case PLENARY_CATEGORY_REFERENCE:
      return PLENARY_PATTERN_RINGS;
    case PLENARY_CATEGORY_YES:
    case PLENARY_CATEGORY_VALUE:
    case PLENARY_CATEGORY_KEY:
    default:
      return PLENARY_PATTERN_SOLID;
    }
}

/* Draws one tile of @pattern, @step wide, with lines @width wide; the
 * lines that cross the tile's edges are drawn whole on both sides, so that
 * the tiles join into unbroken lines. */
static void
draw_pattern_tile (cairo_t        *cr,
                   PlenaryPattern  pattern,
                   double          step,
                   double          width)
{
  cairo_set_line_width (cr, width);
  switch (pattern)
    {
    case PLENARY_PATTERN_DIAGONAL:
    case PLENARY_PATTERN_BACK_DIAGONAL:
    case PLENARY_PATTERN_CROSSHATCH:
      {
        /* The crosshatch's lines cross at the middle of the tile's edges,
         * so that the tile's corner, where a seat's centre falls, is in a
         * hole: the seat's colour shows in its middle. */
        double shift = pattern == PLENARY_PATTERN_CROSSHATCH ? step / 2 : 0;

        for (int k = -2; k <= 1; k++)
          {
            if (pattern != PLENARY_PATTERN_BACK_DIAGONAL)
              {
                cairo_move_to (cr, k * step + shift, step);
                cairo_line_to (cr, (k + 1) * step + shift, 0);
              }
            if (pattern != PLENARY_PATTERN_DIAGONAL)
              {
                cairo_move_to (cr, k * step + shift, 0);
                cairo_line_to (cr, (k + 1) * step + shift, step);
              }
          }
        cairo_stroke (cr);
      }
      break;
    case PLENARY_PATTERN_HORIZONTAL:
      cairo_move_to (cr, 0, step / 2);
      cairo_line_to (cr, step, step / 2);
      cairo_stroke (cr);
      break;
    case PLENARY_PATTERN_VERTICAL:
      cairo_move_to (cr, step / 2, 0);
      cairo_line_to (cr, step / 2, step);
      cairo_stroke (cr);
      break;
    case PLENARY_PATTERN_DOTS:
      /* Two dots a tile, staggered, so that they read as a texture rather
       * than a grid. */
      cairo_arc (cr, step / 4, step / 4, width * 0.9, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_arc (cr, 3 * step / 4, 3 * step / 4, width * 0.9, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PLENARY_PATTERN_RINGS:
      cairo_arc (cr, step / 2, step / 2, step * 0.28, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    case PLENARY_PATTERN_SOLID:
    case PLENARY_PATTERN_OUTLINE:
    default:
      break;
    }
}

/**
 * plenary_category_pattern:
 * @unit: a third of the pattern's spacing: lines repeat every 3 × @unit
 *
 * The source to paint @category with: its colour, and over it its pattern
 * (plenary_category_get_pattern()) in the palette's mark colour. The
 * pattern is drawn in a small recording tile that repeats, so that SVG and
 * PDF keep it as vectors, pixel targets rasterise it, and neighbouring
 * shapes' lines meet because the tile repeats on one grid for the whole
 * picture. The spacing never falls under 3 units and the lines under 1, so
 * that the pattern stays a pattern on the map's small shapes.
 *
 * Returns: (transfer full): a cairo pattern
 */
cairo_pattern_t *
plenary_category_pattern (const PlenaryPalette *palette,
                          PlenaryCategory       category,
                          double                unit)
{
  const PlenaryColor *color = &palette->fill[category];
  PlenaryPattern kind = plenary_category_get_pattern (category);
  cairo_rectangle_t extents;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_t *cr;
  double step, width;

  if (kind == PLENARY_PATTERN_SOLID || kind == PLENARY_PATTERN_OUTLINE)
    return cairo_pattern_create_rgba (color->red, color->green, color->blue, color->alpha);

  unit = MAX (unit, 1.0);
  step = unit * (kind == PLENARY_PATTERN_CROSSHATCH || kind == PLENARY_PATTERN_RINGS ? 4.0 : 3.0);
  width = MAX (unit * (kind == PLENARY_PATTERN_CROSSHATCH ? 0.45 : 0.6), 1.0);
  if (palette->high_contrast)
    width *= 1.25;
  extents = (cairo_rectangle_t) { 0, 0, step, step };
  tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (tile);
  plenary_cairo_set_color (cr, color);
  cairo_paint (cr);
  plenary_cairo_set_color (cr, &palette->mark[category]);
  draw_pattern_tile (cr, kind, step, width);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

/* Fills the current path as @category and clears the path. The pattern is
 * centred on the path, so that every seat, tile and swatch of a category
 * looks the same. NOT_IN_BODY also gets an outline of @unit / 2, so that a
 * member outside the body stays visible but never looks as if it voted. */
void
plenary_fill_category (cairo_t              *cr,
                       const PlenaryPalette *palette,
                       PlenaryCategory       category,
                       double                unit)
{
  cairo_pattern_t *pattern = plenary_category_pattern (palette, category, unit);
  double x1, y1, x2, y2;
  cairo_matrix_t matrix;

  cairo_fill_extents (cr, &x1, &y1, &x2, &y2);
  cairo_matrix_init_translate (&matrix, -(x1 + x2) / 2, -(y1 + y2) / 2);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_set_source (cr, pattern);
  cairo_pattern_destroy (pattern);
  if (plenary_category_get_pattern (category) != PLENARY_PATTERN_OUTLINE)
    {
      cairo_fill (cr);
      return;
    }
  cairo_fill_preserve (cr);
  plenary_cairo_set_color (cr, &palette->outline);
  cairo_set_line_width (cr, palette->high_contrast ? unit * 0.75 : unit / 2);
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
