/* plenary-symbol.c: UN document symbols, spelled one way
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The UN's own publications spell one symbol several ways: the Digital
 * Library writes `S/RES/2774(2025)` and `A/RES/75/250B`, the documents and
 * the DGACM files `S/RES/2774 (2025)` and `A/RES/75/250 B`, and some text
 * has a no-break space in it. Plenary keeps the documents' spelling, so that
 * one resolution has one symbol whichever file it came from, and every
 * lookup by symbol goes through plenary_symbol_normalize() first.
 */

#define G_LOG_DOMAIN "plenary-symbol"

#include "config.h"

#include <string.h>

#include "plenary-symbol.h"

static gboolean
is_space_at (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007;
}

/* Copies @symbol with every run of white space, no-break spaces included,
 * made one plain space, and none at either end. */
static GString *
collapse_spaces (const char *symbol)
{
  GString *out = g_string_sized_new (strlen (symbol) + 4);
  gboolean pending_space = FALSE;

  for (const char *p = symbol; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (is_space_at (p))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return out;
}

/**
 * plenary_symbol_normalize:
 * @symbol: a document symbol as some file spells it
 *
 * Returns the symbol as the UN's documents write it: single plain spaces, a
 * space before an opening parenthesis (`S/RES/2774 (2025)`, `A/RES/9 (I)`),
 * and a space between a resolution's number and its part letters
 * (`A/RES/75/250 B`, `A/RES/75/254 A-C`). Bracketed suffixes of the Digital
 * Library (`A/RES/75/254[A]`) name separate records and are kept as they are.
 *
 * Returns: (transfer full): the symbol, spelled one way
 */
char *
plenary_symbol_normalize (const char *symbol)
{
  g_autoptr(GString) in = NULL;
  GString *out;
  const char *last_slash;
  gsize last_segment;
  gboolean in_brackets = FALSE;

  g_return_val_if_fail (symbol != NULL, NULL);

  if (!g_utf8_validate (symbol, -1, NULL))
    return g_strdup (symbol);

  in = collapse_spaces (symbol);
  last_slash = strrchr (in->str, '/');
  last_segment = last_slash != NULL ? (gsize) (last_slash - in->str) + 1 : 0;
  out = g_string_sized_new (in->len + 4);

  for (gsize i = 0; i < in->len; i++)
    {
      char c = in->str[i];
      char before = out->len > 0 ? out->str[out->len - 1] : ' ';

      if (c == '(' && before != ' ' && !in_brackets)
        g_string_append_c (out, ' ');
      else if (i >= last_segment && !in_brackets && g_ascii_isupper (c) &&
               g_ascii_isdigit (before) && strchr (in->str + last_segment, '(') == NULL)
        g_string_append_c (out, ' ');

      if (c == '[')
        in_brackets = TRUE;
      else if (c == ']')
        in_brackets = FALSE;
      g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The value of a Roman numeral in capitals, or 0. */
static guint
roman_value (const char *text,
             gsize       length)
{
  int total = 0;

  for (gsize i = 0; i < length; i++)
    {
      int value, next = 0;

      switch (text[i])
        {
        case 'I': value = 1; break;
        case 'V': value = 5; break;
        case 'X': value = 10; break;
        case 'L': value = 50; break;
        case 'C': value = 100; break;
        default: return 0;
        }
      if (i + 1 < length)
        {
          switch (text[i + 1])
            {
            case 'I': next = 1; break;
            case 'V': next = 5; break;
            case 'X': next = 10; break;
            case 'L': next = 50; break;
            case 'C': next = 100; break;
            default: return 0;
            }
        }
      if (value < next)
        total -= value;
      else
        total += value;
    }
  return total > 0 ? (guint) total : 0;
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  if (length == 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* "74", "ES-11" or "S-14" from the part of a symbol that names a session, in
 * digits or in Roman numerals ("XXVI", "ES-I", "S-III"). */
static char *
session_from_part (const char *part,
                   gsize       length)
{
  const char *prefix = "";
  guint value;

  if (length > 3 && strncmp (part, "ES-", 3) == 0)
    prefix = "ES-";
  else if (length > 2 && strncmp (part, "S-", 2) == 0)
    prefix = "S-";
  part += strlen (prefix);
  length -= strlen (prefix);

  if (all_digits (part, length))
    return g_strdup_printf ("%s%.*s", prefix, (int) length, part);
  value = roman_value (part, length);
  if (value == 0)
    return NULL;
  return g_strdup_printf ("%s%u", prefix, value);
}

/**
 * plenary_symbol_get_session:
 * @symbol: a General Assembly document symbol
 *
 * Reads the session from the symbol: `A/RES/74/12` → "74",
 * `A/RES/ES-11/7` → "ES-11", `A/RES/181 (II)` → "2",
 * `A/RES/997 (ES-I)` → "ES-1", `A/DEC/80/506` → "80".
 *
 * Returns: (transfer full) (nullable): the session, or %NULL when the symbol
 *   does not say (a Security Council symbol, say)
 */
char *
plenary_symbol_get_session (const char *symbol)
{
  g_autofree char *normal = NULL;
  g_auto(GStrv) parts = NULL;
  const char *open;

  g_return_val_if_fail (symbol != NULL, NULL);

  normal = plenary_symbol_normalize (symbol);
  if (!g_str_has_prefix (normal, "A/"))
    return NULL;

  parts = g_strsplit (normal, "/", -1);
  if (g_strv_length (parts) >= 4)
    return session_from_part (parts[2], strlen (parts[2]));

  /* The first thirty sessions: A/RES/181 (II). */
  open = strchr (normal, '(');
  if (open != NULL)
    {
      const char *close = strchr (open, ')');

      if (close != NULL)
        return session_from_part (open + 1, (gsize) (close - open - 1));
    }
  return NULL;
}

/* The body a symbol belongs to: A/… is the General Assembly, S/… the
 * Security Council. */
gboolean
plenary_symbol_get_body (const char  *symbol,
                         PlenaryBody *body)
{
  g_return_val_if_fail (body != NULL, FALSE);

  if (symbol == NULL)
    return FALSE;
  while (*symbol == ' ')
    symbol++;
  if (g_str_has_prefix (symbol, "A/"))
    *body = PLENARY_BODY_GENERAL_ASSEMBLY;
  else if (g_str_has_prefix (symbol, "S/"))
    *body = PLENARY_BODY_SECURITY_COUNCIL;
  else
    return FALSE;
  return TRUE;
}
