/* test-palette.c: every palette's categories stay apart for every reader
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader with protanopia, deuteranopia or tritanopia must tell every vote
 * from every other, in every palette, light and dark, plain and high
 * contrast. Colour vision deficiency is simulated with the matrices of
 * Machado, Oliveira and Fernandes, "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE Transactions on
 * Visualization and Computer Graphics 15 (6), 2009, at severity 1.0 (their
 * table 1), applied to linear sRGB. Colours are then compared in CIE L*a*b*
 * (D65) with the CIEDE2000 difference (Sharma, Wu and Dalal, "The CIEDE2000
 * Color-Difference Formula: Implementation Notes, Supplementary Test Data,
 * and Mathematical Observations", Color Research and Application 30 (1),
 * 2005), which the test checks against that paper's own test pairs.
 *
 * Where colour cannot carry a pair (the neutral greys of not recorded, not
 * in the body and not a member, in every palette), the pattern does: for
 * those pairs the test asserts that the patterns differ and that each
 * pattern shows on its fill for the same reader.
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "plenary-palette.h"

/* Two categories' colours must differ by at least this much for every
 * reader: about five times the difference most people can just see. */
#define MIN_DELTA_E 12.0
/* A pattern must differ from its fill by at least this much to show. */
#define MIN_MARK_DELTA_E 10.0

typedef enum
{
  VISION_NORMAL,
  VISION_PROTANOPIA,
  VISION_DEUTERANOPIA,
  VISION_TRITANOPIA,
  N_VISIONS
} Vision;

static const char * const vision_names[N_VISIONS] = { "normal", "protanopia", "deuteranopia", "tritanopia" };

/* Machado, Oliveira and Fernandes (2009), table 1, severity 1.0; on linear
 * RGB. The identity for normal vision. */
static const double machado[N_VISIONS][3][3] = {
  { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
  { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
  { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
  { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
};

/* The categories of a vote picture, and which of their pairs colour alone
 * need not separate. */
static const PlenaryCategory vote_categories[] = {
  PLENARY_CATEGORY_YES, PLENARY_CATEGORY_NO, PLENARY_CATEGORY_ABSTAIN, PLENARY_CATEGORY_NON_VOTING,
  PLENARY_CATEGORY_NOT_RECORDED, PLENARY_CATEGORY_NOT_IN_BODY, PLENARY_CATEGORY_NOT_A_MEMBER,
};

/* The categories of an agreement map, beside its scale. */
static const PlenaryCategory analysis_categories[] = {
  PLENARY_CATEGORY_NOT_A_MEMBER, PLENARY_CATEGORY_TOO_FEW, PLENARY_CATEGORY_REFERENCE,
};

static gboolean
is_neutral (PlenaryCategory category)
{
  return category == PLENARY_CATEGORY_NOT_RECORDED || category == PLENARY_CATEGORY_NOT_IN_BODY ||
         category == PLENARY_CATEGORY_NOT_A_MEMBER || category == PLENARY_CATEGORY_TOO_FEW;
}

typedef struct
{
  double l, a, b;
} Lab;

static double
to_linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389.0 ? cbrt (t) : (24389.0 / 27.0 * t + 16) / 116;
}

static Lab
xyz_to_lab (double x,
            double y,
            double z)
{
  double fx = lab_f (x / 0.95047), fy = lab_f (y), fz = lab_f (z / 1.08883);

  return (Lab) { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
}

/* @color as @vision sees it, in CIE L*a*b* (D65). */
static Lab
to_lab (const PlenaryColor *color,
        Vision              vision)
{
  double rgb[3] = { to_linear (color->red), to_linear (color->green), to_linear (color->blue) };
  double seen[3];

  for (guint i = 0; i < 3; i++)
    seen[i] = CLAMP (machado[vision][i][0] * rgb[0] + machado[vision][i][1] * rgb[1] +
                     machado[vision][i][2] * rgb[2], 0, 1);
  return xyz_to_lab (0.4124564 * seen[0] + 0.3575761 * seen[1] + 0.1804375 * seen[2],
                     0.2126729 * seen[0] + 0.7151522 * seen[1] + 0.0721750 * seen[2],
                     0.0193339 * seen[0] + 0.1191920 * seen[1] + 0.9503041 * seen[2]);
}

static double
degrees (double radians)
{
  double value = radians * 180 / G_PI;

  return value < 0 ? value + 360 : value;
}

static double
radians (double degrees)
{
  return degrees * G_PI / 180;
}

/* CIEDE2000, with kL = kC = kH = 1, as Sharma, Wu and Dalal (2005) give it. */
static double
delta_e_2000 (Lab first,
              Lab second)
{
  double c1 = hypot (first.a, first.b), c2 = hypot (second.a, second.b);
  double c_mean = (c1 + c2) / 2;
  double g = 0.5 * (1 - sqrt (pow (c_mean, 7) / (pow (c_mean, 7) + pow (25, 7))));
  double a1 = (1 + g) * first.a, a2 = (1 + g) * second.a;
  double c1p = hypot (a1, first.b), c2p = hypot (a2, second.b);
  double h1p = c1p == 0 ? 0 : degrees (atan2 (first.b, a1));
  double h2p = c2p == 0 ? 0 : degrees (atan2 (second.b, a2));
  double dl = second.l - first.l, dc = c2p - c1p, dh_angle, dh, l_mean, cp_mean, h_mean;
  double t, d_theta, rc, sl, sc, sh, rt;

  if (c1p * c2p == 0)
    dh_angle = 0;
  else if (fabs (h2p - h1p) <= 180)
    dh_angle = h2p - h1p;
  else if (h2p - h1p > 180)
    dh_angle = h2p - h1p - 360;
  else
    dh_angle = h2p - h1p + 360;
  dh = 2 * sqrt (c1p * c2p) * sin (radians (dh_angle / 2));

  l_mean = (first.l + second.l) / 2;
  cp_mean = (c1p + c2p) / 2;
  if (c1p * c2p == 0)
    h_mean = h1p + h2p;
  else if (fabs (h1p - h2p) <= 180)
    h_mean = (h1p + h2p) / 2;
  else if (h1p + h2p < 360)
    h_mean = (h1p + h2p + 360) / 2;
  else
    h_mean = (h1p + h2p - 360) / 2;

  t = 1 - 0.17 * cos (radians (h_mean - 30)) + 0.24 * cos (radians (2 * h_mean)) +
      0.32 * cos (radians (3 * h_mean + 6)) - 0.20 * cos (radians (4 * h_mean - 63));
  d_theta = 30 * exp (-pow ((h_mean - 275) / 25, 2));
  rc = 2 * sqrt (pow (cp_mean, 7) / (pow (cp_mean, 7) + pow (25, 7)));
  sl = 1 + 0.015 * pow (l_mean - 50, 2) / sqrt (20 + pow (l_mean - 50, 2));
  sc = 1 + 0.045 * cp_mean;
  sh = 1 + 0.015 * cp_mean * t;
  rt = -sin (radians (2 * d_theta)) * rc;

  return sqrt (pow (dl / sl, 2) + pow (dc / sc, 2) + pow (dh / sh, 2) + rt * (dc / sc) * (dh / sh));
}

static double
colour_difference (const PlenaryColor *first,
                   const PlenaryColor *second,
                   Vision              vision)
{
  return delta_e_2000 (to_lab (first, vision), to_lab (second, vision));
}

/* Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17, 25 and 34. */
static void
test_ciede2000 (void)
{
  static const struct
  {
    Lab    first, second;
    double expected;
  } pairs[] = {
    { { 50, 2.6772, -79.7751 }, { 50, 0, -82.7485 }, 2.0425 },
    { { 50, 0, 0 }, { 50, -1, 2 }, 2.3669 },
    { { 50, 2.5, 0 }, { 73, 25, -18 }, 27.1492 },
    { { 60.2574, -34.0099, 36.2677 }, { 60.4626, -34.1751, 39.4387 }, 1.2644 },
    { { 22.7233, 20.0904, -46.6940 }, { 23.0331, 14.9730, -42.5619 }, 2.0373 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_assert_cmpfloat_with_epsilon (delta_e_2000 (pairs[i].first, pairs[i].second), pairs[i].expected, 1e-4);
      g_assert_cmpfloat_with_epsilon (delta_e_2000 (pairs[i].second, pairs[i].first), pairs[i].expected, 1e-4);
    }

  /* sRGB white is L* 100, black 0; a grey stays grey for every reader,
   * since each of Machado's rows sums to one. */
  {
    PlenaryColor white = { 1, 1, 1, 1 }, grey = { 0.5, 0.5, 0.5, 1 };

    g_assert_cmpfloat_with_epsilon (to_lab (&white, VISION_NORMAL).l, 100, 0.01);
    for (Vision vision = 0; vision < N_VISIONS; vision++)
      g_assert_cmpfloat (colour_difference (&grey, &grey, vision) + fabs (to_lab (&grey, vision).a), <, 0.2);
  }
}

/* What shows a pattern on its fill for @vision: the mark colour, or for
 * OUTLINE the outline over the fill. */
static double
second_channel_difference (const PlenaryPalette *palette,
                           PlenaryCategory       category,
                           Vision                vision)
{
  const PlenaryColor *fill = &palette->fill[category];

  if (plenary_category_get_pattern (category) == PLENARY_PATTERN_OUTLINE)
    {
      const PlenaryColor *line = &palette->outline;
      PlenaryColor over = {
        line->red * line->alpha + fill->red * (1 - line->alpha),
        line->green * line->alpha + fill->green * (1 - line->alpha),
        line->blue * line->alpha + fill->blue * (1 - line->alpha),
        1,
      };

      return colour_difference (&over, fill, vision);
    }
  return colour_difference (&palette->mark[category], fill, vision);
}

/* Asserts that @first and @second stay apart for every reader: by colour,
 * or, for two neutral categories, by pattern. Returns the smallest colour
 * difference of the pairs that colour must carry, over all visions,
 * through @minima (per vision). */
static void
check_pair (const PlenaryPalette *palette,
            const char           *name,
            PlenaryCategory       first,
            PlenaryCategory       second,
            double                minima[N_VISIONS])
{
  gboolean by_pattern = is_neutral (first) && is_neutral (second);

  for (Vision vision = 0; vision < N_VISIONS; vision++)
    {
      double difference = colour_difference (&palette->fill[first], &palette->fill[second], vision);

      if (!by_pattern)
        {
          if (difference < MIN_DELTA_E)
            g_error ("%s, %s: %s and %s differ by ΔE00 %.1f only", name, vision_names[vision],
                     plenary_category_get_label (first), plenary_category_get_label (second), difference);
          minima[vision] = MIN (minima[vision], difference);
          continue;
        }

      /* The pattern separates them: different patterns, each visible. */
      g_assert_cmpint (plenary_category_get_pattern (first), !=, plenary_category_get_pattern (second));
      g_assert_cmpint (plenary_category_get_pattern (first), !=, PLENARY_PATTERN_SOLID);
      g_assert_cmpint (plenary_category_get_pattern (second), !=, PLENARY_PATTERN_SOLID);
      if (second_channel_difference (palette, first, vision) < MIN_MARK_DELTA_E ||
          second_channel_difference (palette, second, vision) < MIN_MARK_DELTA_E)
        g_error ("%s, %s: the pattern of %s or %s does not show (ΔE00 %.1f, %.1f)", name, vision_names[vision],
                 plenary_category_get_label (first), plenary_category_get_label (second),
                 second_channel_difference (palette, first, vision),
                 second_channel_difference (palette, second, vision));
    }
}

static void
test_distinguishable (void)
{
  for (PlenaryPaletteKind kind = 0; kind < PLENARY_N_PALETTE_KINDS; kind++)
    for (guint dark = 0; dark < 2; dark++)
      for (guint high_contrast = 0; high_contrast < 2; high_contrast++)
        {
          const PlenaryPalette *palette = plenary_palette_get_for_kind (kind, dark, high_contrast);
          g_autofree char *name = g_strdup_printf ("%s%s%s", plenary_palette_kind_to_key (kind),
                                                   dark ? " dark" : " light",
                                                   high_contrast ? " high contrast" : "");
          double minima[N_VISIONS] = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE };

          g_assert_cmpint (palette->kind, ==, kind);
          g_assert_cmpint (palette->dark, ==, dark);
          g_assert_cmpint (palette->high_contrast, ==, high_contrast);

          for (guint i = 0; i < G_N_ELEMENTS (vote_categories); i++)
            for (guint j = i + 1; j < G_N_ELEMENTS (vote_categories); j++)
              check_pair (palette, name, vote_categories[i], vote_categories[j], minima);
          for (guint i = 0; i < G_N_ELEMENTS (analysis_categories); i++)
            for (guint j = i + 1; j < G_N_ELEMENTS (analysis_categories); j++)
              check_pair (palette, name, analysis_categories[i], analysis_categories[j], minima);

          /* Every pattern shows on its fill, for every reader. */
          for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
            if (plenary_category_get_pattern (category) != PLENARY_PATTERN_SOLID)
              for (Vision vision = 0; vision < N_VISIONS; vision++)
                g_assert_cmpfloat (second_channel_difference (palette, category, vision), >=, MIN_MARK_DELTA_E);

          g_test_message ("%s: smallest ΔE00 between categories that colour must separate: "
                          "normal %.1f, protanopia %.1f, deuteranopia %.1f, tritanopia %.1f",
                          name, minima[VISION_NORMAL], minima[VISION_PROTANOPIA],
                          minima[VISION_DEUTERANOPIA], minima[VISION_TRITANOPIA]);
        }
}

/* The pairs that only the pattern separates are few: the neutral greys.
 * In the UN palette, the three confusions are gone by colour: Yes
 * and the greys under deuteranopia; and in dark, not recorded and not a
 * member differ by pattern, each of which shows. */
static void
test_known_confusions (void)
{
  const PlenaryPalette *un = plenary_palette_get_for_kind (PLENARY_PALETTE_UN, FALSE, FALSE);
  const PlenaryPalette *grey = plenary_palette_get_for_kind (PLENARY_PALETTE_GREYSCALE, FALSE, FALSE);
  const PlenaryPalette *un_dark = plenary_palette_get_for_kind (PLENARY_PALETTE_UN, TRUE, FALSE);

  for (PlenaryCategory category = PLENARY_CATEGORY_NOT_RECORDED; category <= PLENARY_CATEGORY_NOT_A_MEMBER; category++)
    g_assert_cmpfloat (colour_difference (&un->fill[PLENARY_CATEGORY_YES], &un->fill[category], VISION_DEUTERANOPIA),
                       >=, MIN_DELTA_E);
  g_assert_cmpfloat (colour_difference (&grey->fill[PLENARY_CATEGORY_ABSTAIN], &grey->fill[PLENARY_CATEGORY_NOT_A_MEMBER],
                                        VISION_NORMAL), >=, MIN_DELTA_E);
  g_assert_cmpfloat (colour_difference (&grey->fill[PLENARY_CATEGORY_YES], &grey->fill[PLENARY_CATEGORY_NON_VOTING],
                                        VISION_NORMAL), >=, MIN_DELTA_E);
  g_assert_cmpint (plenary_category_get_pattern (PLENARY_CATEGORY_NOT_RECORDED), !=,
                   plenary_category_get_pattern (PLENARY_CATEGORY_NOT_A_MEMBER));
  g_assert_cmpfloat (second_channel_difference (un_dark, PLENARY_CATEGORY_NOT_RECORDED, VISION_NORMAL), >=, 20);
}

/* Each category has its own pattern or symbol; VALUE and KEY, whose colour
 * is the value itself, are plain like YES. */
static void
test_patterns_distinct (void)
{
  for (PlenaryCategory first = 0; first < PLENARY_N_CATEGORIES; first++)
    for (PlenaryCategory second = first + 1; second < PLENARY_N_CATEGORIES; second++)
      {
        if (first == PLENARY_CATEGORY_VALUE || first == PLENARY_CATEGORY_KEY ||
            second == PLENARY_CATEGORY_VALUE || second == PLENARY_CATEGORY_KEY)
          continue;
        g_assert_cmpint (plenary_category_get_pattern (first), !=, plenary_category_get_pattern (second));
      }
  g_assert_cmpint (plenary_category_get_pattern (PLENARY_CATEGORY_YES), ==, PLENARY_PATTERN_SOLID);
  g_assert_cmpint (plenary_category_get_pattern (PLENARY_CATEGORY_VALUE), ==, PLENARY_PATTERN_SOLID);
}

static double
distance (guint32             pixel,
          const PlenaryColor *color)
{
  return fabs ((double) ((pixel >> 16) & 0xff) - color->red * 255) +
         fabs ((double) ((pixel >> 8) & 0xff) - color->green * 255) +
         fabs ((double) (pixel & 0xff) - color->blue * 255);
}

/* The number of colours in @surface, and through @mark_pixels the number of
 * pixels nearer @mark than @fill. */
static guint
count_colours (cairo_surface_t    *surface,
               const PlenaryColor *fill,
               const PlenaryColor *mark,
               guint              *mark_pixels)
{
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);

  *mark_pixels = 0;
  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                                      y * cairo_image_surface_get_stride (surface) + x * 4);

        g_hash_table_add (colours, GUINT_TO_POINTER (pixel & 0xffffff));
        if (distance (pixel, mark) < distance (pixel, fill))
          (*mark_pixels)++;
      }
  return g_hash_table_size (colours);
}

/* plenary_fill_category() draws the second channel: in a square of a
 * patterned category, a good share of the pixels are nearer its mark colour
 * than its fill, in each palette and at the smallest unit; a plain one
 * holds one colour. */
static void
test_fill_draws_pattern (void)
{
  for (PlenaryPaletteKind kind = 0; kind < PLENARY_N_PALETTE_KINDS; kind++)
    for (guint dark = 0; dark < 2; dark++)
      for (PlenaryCategory category = 0; category < PLENARY_N_CATEGORIES; category++)
        for (guint u = 0; u < 2; u++)
          {
            const PlenaryPalette *palette = plenary_palette_get_for_kind (kind, dark, FALSE);
            PlenaryPattern pattern = plenary_category_get_pattern (category);
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 40);
            cairo_t *cr = cairo_create (surface);
            double unit = u == 0 ? 0.5 : 3;
            guint32 mark_pixels;
            guint n_colours;

            cairo_rectangle (cr, 0, 0, 40, 40);
            plenary_fill_category (cr, palette, category, unit);
            n_colours = count_colours (surface, &palette->fill[category], &palette->mark[category],
                                       &mark_pixels);
            if (pattern == PLENARY_PATTERN_SOLID)
              g_assert_cmpuint (n_colours, ==, 1);
            else if (pattern == PLENARY_PATTERN_OUTLINE)
              g_assert_cmpuint (n_colours, >=, 2);
            else
              {
                g_assert_cmpuint (n_colours, >=, 2);
                /* At least 8% of the square is pattern. */
                g_assert_cmpuint (mark_pixels, >=, 40 * 40 * 8 / 100);
              }
            cairo_destroy (cr);
            cairo_surface_destroy (surface);
          }
}

static void
test_keys (void)
{
  PlenaryPaletteKind kind = PLENARY_PALETTE_UN;

  g_assert_cmpstr (plenary_palette_kind_to_key (PLENARY_PALETTE_UN), ==, "un");
  g_assert_cmpstr (plenary_palette_kind_to_key (PLENARY_PALETTE_COLOUR_BLIND), ==, "colour-blind");
  g_assert_cmpstr (plenary_palette_kind_to_key (PLENARY_PALETTE_GREYSCALE), ==, "greyscale");
  for (PlenaryPaletteKind k = 0; k < PLENARY_N_PALETTE_KINDS; k++)
    {
      g_assert_true (plenary_palette_kind_from_key (plenary_palette_kind_to_key (k), &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_cmpstr (plenary_palette_kind_get_label (k), !=, "");
    }
  g_assert_false (plenary_palette_kind_from_key ("colourblind", &kind));
  g_assert_false (plenary_palette_kind_from_key ("", &kind));
  g_assert_false (plenary_palette_kind_from_key (NULL, &kind));
  g_assert_cmpint (kind, ==, PLENARY_PALETTE_GREYSCALE);

  /* The old entry points are the UN's. */
  g_assert_true (plenary_palette_get (TRUE) == plenary_palette_get_for_kind (PLENARY_PALETTE_UN, TRUE, FALSE));
  g_assert_true (plenary_palette_get_light () == plenary_palette_get_for_kind (PLENARY_PALETTE_UN, FALSE, FALSE));
}

/* High contrast: text in full black or white on its opposite. */
static void
test_high_contrast (void)
{
  for (PlenaryPaletteKind kind = 0; kind < PLENARY_N_PALETTE_KINDS; kind++)
    for (guint dark = 0; dark < 2; dark++)
      {
        const PlenaryPalette *palette = plenary_palette_get_for_kind (kind, dark, TRUE);
        double ink = dark ? 1 : 0;

        g_assert_cmpfloat (palette->foreground.red, ==, ink);
        g_assert_cmpfloat (palette->background.red, ==, 1 - ink);
        g_assert_cmpfloat (palette->dim_foreground.alpha, >=, 0.85);
        g_assert_cmpfloat (palette->outline.alpha, ==, 1);
      }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/ciede2000", test_ciede2000);
  g_test_add_func ("/palette/distinguishable", test_distinguishable);
  g_test_add_func ("/palette/known-confusions", test_known_confusions);
  g_test_add_func ("/palette/patterns-distinct", test_patterns_distinct);
  g_test_add_func ("/palette/fill-draws-pattern", test_fill_draws_pattern);
  g_test_add_func ("/palette/keys", test_keys);
  g_test_add_func ("/palette/high-contrast", test_high_contrast);

  return g_test_run ();
}
