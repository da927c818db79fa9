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

/* What a member, a seat, a bar or a swatch is drawn as: a vote (the values
 * of PlenaryVote), or land that is no UN member at all. */
typedef enum
{
  PLENARY_CATEGORY_YES = PLENARY_VOTE_YES,
  PLENARY_CATEGORY_NO = PLENARY_VOTE_NO,
  PLENARY_CATEGORY_ABSTAIN = PLENARY_VOTE_ABSTAIN,
  PLENARY_CATEGORY_NON_VOTING = PLENARY_VOTE_NON_VOTING,
  PLENARY_CATEGORY_NOT_RECORDED = PLENARY_VOTE_NOT_RECORDED,
  PLENARY_CATEGORY_NOT_IN_BODY = PLENARY_VOTE_NOT_IN_BODY,
  PLENARY_CATEGORY_NOT_A_MEMBER,
  /* For colourings by a value (agreement with a reference member): too few
   * roll calls behind the value to show it, greyed and hatched; the
   * reference member itself. */
  PLENARY_CATEGORY_TOO_FEW,
  PLENARY_CATEGORY_REFERENCE,
  /* Drawn in the colour of a value on a scale, or of a colouring's own key
   * (a change between two votes): the colouring gives the colour. */
  PLENARY_CATEGORY_VALUE,
  PLENARY_CATEGORY_KEY,
} PlenaryCategory;

#define PLENARY_N_CATEGORIES (PLENARY_CATEGORY_KEY + 1)

/* The second channel of a category, beside its colour, so that no picture
 * depends on colour alone: a texture drawn over the fill in the palette's
 * mark colour, or (OUTLINE) a faint fill with an outline. */
typedef enum
{
  PLENARY_PATTERN_SOLID,
  PLENARY_PATTERN_CROSSHATCH,
  PLENARY_PATTERN_HORIZONTAL,
  PLENARY_PATTERN_DOTS,
  PLENARY_PATTERN_DIAGONAL,
  PLENARY_PATTERN_OUTLINE,
  PLENARY_PATTERN_VERTICAL,
  PLENARY_PATTERN_BACK_DIAGONAL,
  PLENARY_PATTERN_RINGS,
} PlenaryPattern;

/* The three sets of colours a user can choose. */
typedef enum
{
  PLENARY_PALETTE_UN,
  PLENARY_PALETTE_COLOUR_BLIND,
  PLENARY_PALETTE_GREYSCALE,
} PlenaryPaletteKind;

#define PLENARY_N_PALETTE_KINDS (PLENARY_PALETTE_GREYSCALE + 1)

/* How each member's vote changed between two votes, for the change map. */
typedef enum
{
  PLENARY_CHANGE_KEPT_YES,
  PLENARY_CHANGE_KEPT_NO,
  PLENARY_CHANGE_KEPT_ABSTAIN,
  PLENARY_CHANGE_KEPT_NON_VOTING,
  PLENARY_CHANGE_NO_TO_YES,
  PLENARY_CHANGE_ABSTAIN_TO_YES,
  PLENARY_CHANGE_NO_TO_ABSTAIN,
  PLENARY_CHANGE_YES_TO_NO,
  PLENARY_CHANGE_YES_TO_ABSTAIN,
  PLENARY_CHANGE_ABSTAIN_TO_NO,
  PLENARY_CHANGE_STOPPED_VOTING,
  PLENARY_CHANGE_STARTED_VOTING,
} PlenaryChange;

#define PLENARY_N_CHANGES (PLENARY_CHANGE_STARTED_VOTING + 1)

typedef struct
{
  /* Fill per category. Each category but YES, VALUE and KEY also has a
   * pattern (plenary_category_get_pattern()) drawn in `mark`; NOT_IN_BODY is
   * a faint fill with an outline in `outline`; NOT_A_MEMBER is the neutral
   * land of places that are not member states. */
  PlenaryColor fill[PLENARY_N_CATEGORIES];
  /* The colour of each category's pattern over its fill: a darker or
   * lighter shade of it, so that the pattern reads in grey and for every
   * kind of colour vision without hiding the colour. */
  PlenaryColor mark[PLENARY_N_CATEGORIES];
  /* The lines drawn over NOT_RECORDED: mark[NOT_RECORDED]. */
  PlenaryColor hatch;
  PlenaryColor outline;
  PlenaryColor background;
  PlenaryColor foreground;
  PlenaryColor dim_foreground;
  PlenaryColor track;
  PlenaryColor threshold;
  PlenaryColor highlight;
  /* Outcome pills, indexed by PlenaryOutcome, with the text drawn on them. */
  PlenaryColor outcome[PLENARY_OUTCOME_VETOED + 1];
  PlenaryColor outcome_text[PLENARY_OUTCOME_VETOED + 1];
  /* The UN regional groups, indexed by PlenaryGroup (NONE: in no group). */
  PlenaryColor group[PLENARY_GROUP_WESTERN_EUROPEAN_OTHERS + 1];
  /* The change map, indexed by PlenaryChange. */
  PlenaryColor change[PLENARY_N_CHANGES];
  /* The lines of a time series, in order. */
  PlenaryColor series[6];
  PlenaryColor grid;
  gboolean     dark;
  gboolean     high_contrast;
  PlenaryPaletteKind kind;
} PlenaryPalette;

const PlenaryPalette *plenary_palette_get_light (void);
const PlenaryPalette *plenary_palette_get_dark  (void);
const PlenaryPalette *plenary_palette_get       (gboolean              dark);
const PlenaryPalette *plenary_palette_get_for_kind (PlenaryPaletteKind kind,
                                                 gboolean              dark,
                                                 gboolean              high_contrast);

const char           *plenary_palette_kind_to_key   (PlenaryPaletteKind  kind);
gboolean              plenary_palette_kind_from_key (const char         *key,
                                                     PlenaryPaletteKind *kind);
const char           *plenary_palette_kind_get_label (PlenaryPaletteKind kind);

PlenaryPattern        plenary_category_get_pattern (PlenaryCategory   category);

void                  plenary_cairo_set_color   (cairo_t              *cr,
                                                 const PlenaryColor   *color);
const char           *plenary_category_get_label (PlenaryCategory      category);
cairo_pattern_t      *plenary_category_pattern  (const PlenaryPalette *palette,
                                                 PlenaryCategory       category,
                                                 double                unit);
void                  plenary_fill_category     (cairo_t              *cr,
                                                 const PlenaryPalette *palette,
                                                 PlenaryCategory       category,
                                                 double                unit);

void                  plenary_scale_colour      (double                value,
                                                 PlenaryColor         *color);
const char           *plenary_change_get_label  (PlenaryChange         change);
gboolean              plenary_change_from_votes (PlenaryVote           from,
                                                 PlenaryVote           to,
                                                 PlenaryChange        *change);

G_END_DECLS
