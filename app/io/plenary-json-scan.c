/* plenary-json-scan.c: a strict JSON validator that runs before json-glib
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 parses recursively, so deep nesting overflows the stack, and
 * it is lenient: it reads comments, single quotes, octal and hexadecimal
 * numbers, stops at the first of two values, keeps the last of two equal
 * keys, cuts text at \u0000 and wraps integers that do not fit in 64 bits.
 * Every JSON reader of Plenary therefore passes the bytes through this scan
 * first. It accepts strict RFC 8259 JSON only, a subset of what json-glib
 * reads correctly, in one pass, in linear time and constant stack, and says
 * where and what is wrong in words a user can act on.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-io-error.h"
#include "plenary-json-scan.h"
#include "plenary-limits.h"

/* An object with up to this many keys is searched key by key for a
 * duplicate; a larger one gets a hash index. */
#define SMALL_OBJECT 8
/* How many characters of a key or a number a message quotes. */
#define QUOTE_LENGTH 40
/* json-glib keeps an object's keys in a GHashTable with g_str_hash, which
 * anyone can make collide: an object of n such keys costs it n² steps, and a
 * few megabytes of them take hours. These limits keep that under a second,
 * far above anything Plenary's formats hold: at most MAX_KEYS keys in one
 * object, and at most MAX_LARGE_KEYS keys in all in the objects of more
 * than LARGE_OBJECT keys. */
#define MAX_KEYS 4096
#define LARGE_OBJECT 64
#define MAX_LARGE_KEYS 8192

typedef struct
{
  gsize    offset;    /* of the decoded key, in the data or in the arena */
  gsize    length;
  gsize    position;  /* of its opening quote in the data */
  guint32  hash;      /* set once the key is in an index */
  gboolean in_arena;  /* the key has escapes, and the arena holds it decoded */
} Key;

typedef struct
{
  gsize    position;      /* of the opening bracket */
  gboolean is_object;
  guint    n_items;       /* array: the index of the current element */
  guint    first_key;     /* object: its first key in Scanner.keys */
  guint    current_key;   /* object: the last key read, if has_key */
  gboolean has_key;
  gsize    arena_length;  /* the arena's length when the object opened */
  guint32 *index;         /* object: key number + 1 by hash, or NULL */
  guint    index_size;    /* a power of two */
} Frame;

typedef enum
{
  EXPECT_VALUE,          /* at the start, after “:”, after “,” in an array */
  EXPECT_VALUE_OR_CLOSE, /* after “[” */
  EXPECT_KEY,            /* after “,” in an object */
  EXPECT_KEY_OR_CLOSE,   /* after “{” */
  EXPECT_COLON,
  EXPECT_COMMA_OR_CLOSE, /* after a value in an array or an object */
  EXPECT_NOTHING,        /* after the top-level value */
} State;

typedef struct
{
  const guchar *data;
  gsize         length;
  gsize         start;        /* 3 after a byte-order mark, else 0 */
  guint         max_depth;
  const char   *display_name;
  guint         first_line;   /* the number of the data's first line */
  GArray       *frames;
  GArray       *keys;
  GByteArray   *arena;
  guint32       seed;
  gsize         comma;        /* position of the last comma */
  guint         large_keys;   /* keys in objects of more than LARGE_OBJECT */
  guint         n_values;
  GError      **error;
} Scanner;

/* Bytes that may stand for themselves inside a string: ASCII but for the
 * control characters, the quote and the backslash. */
static const guint8 plain_bytes[256] = {
  [0x20 ... 0x21] = 1, [0x23 ... 0x5B] = 1, [0x5D ... 0x7F] = 1,
};

/* Whether the eight bytes at @p are all plain: none is at or above 0x80,
 * and then none is below 0x20, a quote or a backslash, which the borrows of
 * the subtractions show. */
static inline gboolean
are_plain (const guchar *p)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 v;

  memcpy (&v, p, sizeof v);
  return ((v | (v - ones * 0x20) | ((v ^ (ones * '"')) - ones) | ((v ^ (ones * '\\')) - ones)) &
          highs) == 0;
}

static inline gboolean
is_space (guchar c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

/* Letters, digits and the like: what a bare word or a run-on number is made of. */
static inline gboolean
is_word (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '+' || c == '-';
}

static inline int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The length of the UTF-8 sequence at @p, of which @available bytes are in
 * the data: 0 if it is not valid UTF-8, -1 if the data ends inside it. The
 * rules are g_utf8_validate()'s: no overlong forms, no surrogates, nothing
 * above U+10FFFF. */
static int
utf8_length (const guchar *p,
             gsize         available)
{
  guchar lead = p[0];
  guchar low = 0x80, high = 0xBF;
  int n;

  if (lead < 0x80)
    return 1;
  else if (lead >= 0xC2 && lead <= 0xDF)
    n = 2;
  else if (lead == 0xE0)
    n = 3, low = 0xA0;
  else if (lead == 0xED)
    n = 3, high = 0x9F;
  else if (lead >= 0xE1 && lead <= 0xEF)
    n = 3;
  else if (lead == 0xF0)
    n = 4, low = 0x90;
  else if (lead == 0xF4)
    n = 4, high = 0x8F;
  else if (lead >= 0xF1 && lead <= 0xF3)
    n = 4;
  else
    return 0;

  for (int i = 1; i < n; i++)
    {
      if ((gsize) i >= available)
        return -1;
      if (p[i] < (i == 1 ? low : 0x80) || p[i] > (i == 1 ? high : 0xBF))
        return 0;
    }
  return n;
}

/* A hash seeded once per process, so that nobody can write keys that all
 * collide. */
static guint32
hash_key (guint32       seed,
          const guchar *p,
          gsize         n)
{
  guint64 h = seed ^ (n * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  for (; n >= 8; p += 8, n -= 8)
    {
      guint64 word;

      memcpy (&word, p, 8);
      h = (h ^ word) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
      h ^= h >> 31;
    }
  if (n > 0)
    {
      guint64 word = 0;

      memcpy (&word, p, n);
      h = (h ^ word) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
    }
  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  h ^= h >> 32;
  return (guint32) h;
}

static guint32
process_seed (void)
{
  static gsize seed = 0;

  if (g_once_init_enter (&seed))
    g_once_init_leave (&seed, (gsize) g_random_int () | 1);
  return (guint32) seed;
}

/* Line and column (in characters, from 1) of byte @offset. */
static void
locate (const Scanner *self,
        gsize          offset,
        guint         *line,
        guint         *column)
{
  const guchar *p = self->data + self->start;
  const guchar *end = self->data + MIN (offset, self->length);

  *line = self->first_line;
  *column = 1;
  for (; p < end; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if ((*p & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

static Frame *
top_frame (const Scanner *self)
{
  return self->frames->len == 0
         ? NULL
         : &g_array_index (self->frames, Frame, self->frames->len - 1);
}

static const guchar *
key_bytes (const Scanner *self,
           const Key     *key)
{
  return (key->in_arena ? self->arena->data : self->data) + key->offset;
}

/* @length bytes of valid UTF-8 text as a message quotes them: at most
 * QUOTE_LENGTH characters, control characters escaped. */
static char *
quote_text (const guchar *text,
            gsize         length)
{
  GString *quoted = g_string_new (NULL);
  const char *p = (const char *) text;
  const char *end = p + length;

  for (guint n = 0; p < end; n++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n == QUOTE_LENGTH)
        {
          g_string_append (quoted, "…");
          break;
        }
      if (c < 0x20 || c == 0x7F)
        g_string_append_printf (quoted, "\\u%04X", c);
      else
        g_string_append_unichar (quoted, c);
    }
  return g_string_free (quoted, FALSE);
}

/* The JSON path of the value that frame @n_frames - 1 is reading, such as
 * resolutions[0].totals.yes; "" at the top. */
static char *
format_path (const Scanner *self,
             guint          n_frames)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < n_frames; i++)
    {
      const Frame *frame = &g_array_index (self->frames, Frame, i);

      if (!frame->is_object)
        {
          g_string_append_printf (path, "[%u]", frame->n_items);
        }
      else if (frame->has_key)
        {
          const Key *key = &g_array_index (self->keys, Key, frame->current_key);
          g_autofree char *quoted = quote_text (key_bytes (self, key), key->length);

          if (i > 0)
            g_string_append_c (path, '.');
          g_string_append (path, quoted);
        }
    }
  return g_string_free (path, FALSE);
}

/* Sets the error: “NAME:LINE:COLUMN: PATH: MESSAGE”, where the path is that
 * of the first @path_frames frames and left out when empty. */
G_GNUC_PRINTF (5, 6)
static gboolean
fail_at_path (Scanner    *self,
              gsize       offset,
              int         code,
              guint       path_frames,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = format_path (self, path_frames);
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (self, offset, &line, &column);
  if (*path == '\0')
    g_set_error (self->error, PLENARY_IO_ERROR, code, "%s:%u:%u: %s",
                 self->display_name, line, column, message);
  else
    g_set_error (self->error, PLENARY_IO_ERROR, code, "%s:%u:%u: %s: %s",
                 self->display_name, line, column, path, message);
  return FALSE;
}

#define fail(self, offset, code, ...) fail_at_path ((self), (offset), (code), 0, __VA_ARGS__)

static gboolean
fail_encoding (Scanner *self,
               gsize    offset)
{
  const guchar *data = self->data;

  if (offset <= self->start + 1 &&
      (data[offset] == 0 ||
       (self->length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) ||
                              (data[0] == 0xFE && data[1] == 0xFF)))))
    return fail (self, offset, PLENARY_IO_ERROR_ENCODING,
                 _("the file is not UTF-8 text: it looks like UTF-16 or UTF-32; "
                   "save it as UTF-8"));
  if (self->data[offset] == 0)
    return fail (self, offset, PLENARY_IO_ERROR_ENCODING,
                 _("the file holds a NUL byte, which text never does"));
  return fail (self, offset, PLENARY_IO_ERROR_ENCODING,
               _("the file is not valid UTF-8 text; save it as UTF-8"));
}

/* Fails on the end of the data, inside whatever is open. */
static gboolean
fail_truncated (Scanner    *self,
                const char *partial,
                gsize       partial_length)
{
  const Frame *frame = top_frame (self);
  guint line, column;

  if (frame == NULL)
    {
      g_autofree char *quoted = quote_text ((const guchar *) partial, partial_length);

      return fail (self, self->length, PLENARY_IO_ERROR_TRUNCATED,
                   /* Translators: the file ends inside a number or a word such as “tru”. */
                   _("the file ends early, in the middle of “%s”"), quoted);
    }

  locate (self, frame->position, &line, &column);
  if (frame->is_object)
    return fail (self, self->length, PLENARY_IO_ERROR_TRUNCATED,
                 /* Translators: the position of the object's “{”, as LINE:COLUMN. */
                 _("the file ends early: the object that starts at %u:%u is not closed"),
                 line, column);
  return fail (self, self->length, PLENARY_IO_ERROR_TRUNCATED,
               /* Translators: the position of the array's “[”, as LINE:COLUMN. */
               _("the file ends early: the list that starts at %u:%u is not closed"),
               line, column);
}

static gboolean
fail_truncated_string (Scanner *self,
                       gsize    start)
{
  guint line, column;

  locate (self, start, &line, &column);
  return fail (self, self->length, PLENARY_IO_ERROR_TRUNCATED,
               /* Translators: the position of the string's opening quote, LINE:COLUMN. */
               _("the file ends early, inside a string that starts at %u:%u"),
               line, column);
}

/* The character at @offset as a message shows it: “x”, or U+00A0 for one
 * that cannot be seen. The caller has checked that it is valid UTF-8. */
static char *
describe_character (const Scanner *self,
                    gsize          offset)
{
  gunichar c = g_utf8_get_char ((const char *) self->data + offset);
  char text[8] = { 0 };

  if (!g_unichar_isgraph (c))
    return g_strdup_printf ("U+%04X", c);
  g_unichar_to_utf8 (c, text);
  /* Translators: a character that a message quotes, such as “x”. */
  return g_strdup_printf (_("“%s”"), text);
}

/* A character that cannot come at @offset: fails with a message of its own
 * for an invalid or NUL byte, quotes that JSON does not use and a stray
 * byte-order mark; else returns TRUE and sets @found to the character as a
 * message shows it, for the caller's “expected this, found that”. */
static gboolean
describe_unexpected (Scanner  *self,
                     gsize     offset,
                     char    **found)
{
  const guchar *p = self->data + offset;
  gunichar c;

  if (*p == 0 || utf8_length (p, self->length - offset) <= 0)
    return fail_encoding (self, offset);

  c = g_utf8_get_char ((const char *) p);
  if (c == '\'' || c == 0x2018 || c == 0x2019)
    return fail (self, offset, PLENARY_IO_ERROR_SYNTAX,
                 _("text in single quotes is not allowed: use double quotes"));
  if (c == 0x201C || c == 0x201D)
    return fail (self, offset, PLENARY_IO_ERROR_SYNTAX,
                 _("curly quotes are not allowed around text: use straight double quotes (\")"));
  if (c == 0xFEFF)
    return fail (self, offset, PLENARY_IO_ERROR_SYNTAX,
                 _("a byte-order mark (U+FEFF) is not allowed here: a file may have one, "
                   "at its very start, and no other"));

  *found = describe_character (self, offset);
  return TRUE;
}

/* Moves *@pos past white space; fails on a comment. */
static inline gboolean
skip_space (Scanner *self,
            gsize   *pos)
{
  gsize i = *pos;

  while (i < self->length && is_space (self->data[i]))
    i++;
  *pos = i;
  if (G_UNLIKELY (i + 1 < self->length && self->data[i] == '/') &&
      (self->data[i + 1] == '*' || self->data[i + 1] == '/'))
    return fail (self, i, PLENARY_IO_ERROR_SYNTAX, _("comments are not allowed in JSON"));
  return TRUE;
}

/* Checks the escape at @i, the backslash, within the string at @start, and
 * moves @i past it. */
static gboolean
scan_escape (Scanner *self,
             gsize    start,
             gsize   *i)
{
  const guchar *data = self->data;
  gsize length = self->length;
  gsize at = *i;
  guint code = 0, low = 0;

  if (at + 1 >= length)
    return fail_truncated_string (self, start);

  switch (data[at + 1])
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      *i = at + 2;
      return TRUE;
    case 'u':
      break;
    default:
      {
        g_autofree char *found = NULL;

        if (utf8_length (data + at + 1, length - at - 1) <= 0 || data[at + 1] == 0)
          return fail_encoding (self, at + 1);
        found = describe_character (self, at + 1);
        return fail (self, at, PLENARY_IO_ERROR_SYNTAX,
                     /* Translators: %s is the character after the backslash, such as “x”. */
                     _("a backslash followed by %s is not an escape JSON knows: use \\\", "
                       "\\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hexadecimal digits"),
                     found);
      }
    }

  for (gsize k = at + 2; k < at + 6; k++)
    {
      int digit;

      if (k >= length)
        return fail_truncated_string (self, start);
      digit = hex_value (data[k]);
      if (digit < 0)
        return fail (self, at, PLENARY_IO_ERROR_SYNTAX,
                     _("\\u must be followed by four hexadecimal digits, such as \\u00E9"));
      code = code * 16 + (guint) digit;
    }

  if (code == 0)
    return fail (self, at, PLENARY_IO_ERROR_ENCODING, _("\\u0000 is not allowed in text"));
  if (code >= 0xDC00 && code <= 0xDFFF)
    return fail (self, at, PLENARY_IO_ERROR_ENCODING,
                 /* Translators: %.6s is the escape, such as \udc00. */
                 _("%.6s is the second half of a surrogate pair, without the first half: "
                   "it is not a character"), (const char *) data + at);
  if (code < 0xD800 || code > 0xDBFF)
    {
      *i = at + 6;
      return TRUE;
    }

  /* A high surrogate: a low one must follow at once. */
  for (gsize k = at + 6; k < at + 12; k++)
    {
      int digit;

      if (k >= length)
        return fail_truncated_string (self, start);
      if (k == at + 6 && data[k] == '\\')
        continue;
      if (k == at + 7 && data[k] == 'u')
        continue;
      digit = k >= at + 8 ? hex_value (data[k]) : -1;
      if (digit < 0)
        break;
      low = low * 16 + (guint) digit;
      if (k == at + 11 && low >= 0xDC00 && low <= 0xDFFF)
        {
          *i = at + 12;
          return TRUE;
        }
    }
  return fail (self, at, PLENARY_IO_ERROR_ENCODING,
               /* Translators: %.6s is the escape, such as \ud800. */
               _("%.6s is the first half of a surrogate pair, without the second half: "
                 "it is not a character"), (const char *) data + at);
}

/* Moves *@pos past the string whose opening quote is at *@pos; sets
 * @escaped if it has escapes. @is_key says whether it is a key, for the
 * path in a message. */
static gboolean
scan_string (Scanner  *self,
             gsize    *pos,
             gboolean  is_key,
             gboolean *escaped)
{
  const guchar *data = self->data;
  gsize length = self->length;
  gsize start = *pos;
  gsize i = start + 1;

  *escaped = FALSE;
  for (;;)
    {
      guchar c;

      /* Most strings are short: a byte at a time, until one is long. */
      for (guint n = 0; i < length && plain_bytes[data[i]]; n++)
        {
          i++;
          if (n == 16)
            while (i + 8 <= length && are_plain (data + i))
              i += 8;
        }
      if (i >= length)
        return fail_truncated_string (self, start);

      c = data[i];
      if (c == '"')
        {
          if (i - start - 1 > PLENARY_MAX_JSON_STRING)
            {
              g_autofree char *length_text = g_strdup_printf ("%" G_GSIZE_FORMAT, i - start - 1);

              return fail_at_path (self, start, PLENARY_IO_ERROR_TOO_LARGE,
                                   self->frames->len - (is_key ? 1 : 0),
                                   /* Translators: “the text is 2000000 bytes long; Plenary
                                    * reads at most 1048576 bytes (1 MiB) in one string”. */
                                   _("the text is %s bytes long; Plenary reads at most %d "
                                     "bytes (%d MiB) in one string"),
                                   length_text, PLENARY_MAX_JSON_STRING,
                                   PLENARY_MAX_JSON_STRING / (1024 * 1024));
            }
          *pos = i + 1;
          return TRUE;
        }
      else if (c == '\\')
        {
          if (!scan_escape (self, start, &i))
            return FALSE;
          *escaped = TRUE;
        }
      else if (c >= 0x80)
        {
          int n = utf8_length (data + i, length - i);

          if (n < 0)
            return fail_truncated_string (self, start);
          if (n == 0)
            return fail_encoding (self, i);
          i += (gsize) n;
        }
      else if (c == '\n' || c == '\r')
        {
          guint line, column;

          locate (self, start, &line, &column);
          return fail (self, i, PLENARY_IO_ERROR_SYNTAX,
                       /* Translators: LINE:COLUMN of the string's opening quote. */
                       _("a line break is not allowed inside text: end the string that starts "
                         "at %u:%u with a double quote, or write the line break as \\n"),
                       line, column);
        }
      else if (c == 0)
        {
          return fail_encoding (self, i);
        }
      else
        {
          return fail (self, i, PLENARY_IO_ERROR_SYNTAX,
                       /* Translators: U+%04X is the character's code, such as U+0009. */
                       _("the control character U+%04X is not allowed inside text: write it "
                         "as an escape, such as \\t or \\u%04X"), c, c);
        }
    }
}

/* Decodes the escapes of the valid string between @from and @to (its
 * quotes) onto the end of the arena. */
static void
decode_string (Scanner *self,
               gsize    from,
               gsize    to)
{
  const guchar *data = self->data;

  for (gsize i = from + 1; i < to - 1;)
    {
      gsize plain = i;
      gunichar c;
      char utf8[6];

      while (plain < to - 1 && data[plain] != '\\')
        plain++;
      g_byte_array_append (self->arena, data + i, (guint) (plain - i));
      i = plain;
      if (i >= to - 1)
        break;

      switch (data[i + 1])
        {
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'u':
          c = 0;
          for (gsize k = i + 2; k < i + 6; k++)
            c = c * 16 + (gunichar) hex_value (data[k]);
          if (c >= 0xD800 && c <= 0xDBFF)
            {
              gunichar low = 0;

              for (gsize k = i + 8; k < i + 12; k++)
                low = low * 16 + (gunichar) hex_value (data[k]);
              c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              i += 6;
            }
          i += 4;
          break;
        default:
          c = data[i + 1];
          break;
        }
      i += 2;
      g_byte_array_append (self->arena, (const guint8 *) utf8,
                           (guint) g_unichar_to_utf8 (c, utf8));
    }
}

static gboolean
same_key (const Scanner *self,
          const Key     *a,
          const Key     *b)
{
  return a->length == b->length &&
         memcmp (key_bytes (self, a), key_bytes (self, b), a->length) == 0;
}

/* Puts key number @n (counted from the object's first) into the frame's
 * index; returns the number of an equal key already there, or -1. */
static int
index_key (Scanner *self,
           Frame   *frame,
           guint    n)
{
  Key *key = &g_array_index (self->keys, Key, frame->first_key + n);
  guint mask = frame->index_size - 1;

  key->hash = hash_key (self->seed, key_bytes (self, key), key->length);
  for (guint slot = key->hash & mask;; slot = (slot + 1) & mask)
    {
      guint32 other = frame->index[slot];

      if (other == 0)
        {
          frame->index[slot] = n + 1;
          return -1;
        }
      if (g_array_index (self->keys, Key, frame->first_key + other - 1).hash == key->hash &&
          same_key (self, key, &g_array_index (self->keys, Key, frame->first_key + other - 1)))
        return (int) other - 1;
    }
}

/* Rebuilds the index of @frame, large enough for twice its keys. */
static void
grow_index (Scanner *self,
            Frame   *frame,
            guint    n_keys)
{
  guint size = 32;

  while (size < 2 * (n_keys + 1))
    size *= 2;
  g_free (frame->index);
  frame->index = g_new0 (guint32, size);
  frame->index_size = size;
  for (guint n = 0; n < n_keys; n++)
    index_key (self, frame, n);
}

/* Records the key whose string runs from @from to @to in the current
 * object; fails if the object has it already. */
static gboolean
add_key (Scanner  *self,
         gsize     from,
         gsize     to,
         gboolean  escaped)
{
  Frame *frame = top_frame (self);
  guint n_keys = self->keys->len - frame->first_key;
  int earlier = -1;
  Key key = { from + 1, to - from - 2, from, 0, FALSE };

  if (n_keys >= MAX_KEYS)
    return fail_at_path (self, from, PLENARY_IO_ERROR_TOO_LARGE, self->frames->len - 1,
                         _("this object has more than %u keys: Plenary reads no more than "
                           "that in one object"), MAX_KEYS);
  if (n_keys >= LARGE_OBJECT)
    {
      self->large_keys += n_keys == LARGE_OBJECT ? LARGE_OBJECT + 1 : 1;
      if (self->large_keys > MAX_LARGE_KEYS)
        return fail_at_path (self, from, PLENARY_IO_ERROR_TOO_LARGE, self->frames->len - 1,
                             /* Translators: “more than 8192 keys in objects of more than
                              * 64 keys”. */
                             _("the data has more than %u keys in objects of more than %u "
                               "keys: Plenary reads no more than that"),
                             MAX_LARGE_KEYS, LARGE_OBJECT);
    }

  if (escaped)
    {
      key.offset = self->arena->len;
      key.in_arena = TRUE;
      decode_string (self, from, to);
      key.length = self->arena->len - key.offset;
    }
  g_array_append_val (self->keys, key);

  if (n_keys < SMALL_OBJECT)
    {
      for (guint n = 0; n < n_keys && earlier < 0; n++)
        if (same_key (self, &key, &g_array_index (self->keys, Key, frame->first_key + n)))
          earlier = (int) n;
    }
  else
    {
      if (frame->index == NULL || 2 * (n_keys + 1) > frame->index_size)
        grow_index (self, frame, n_keys);
      earlier = index_key (self, frame, n_keys);
    }

  if (earlier >= 0)
    {
      const Key *first = &g_array_index (self->keys, Key, frame->first_key + (guint) earlier);
      g_autofree char *quoted = quote_text (key_bytes (self, first), first->length);
      guint line, column;

      locate (self, first->position, &line, &column);
      return fail_at_path (self, from, PLENARY_IO_ERROR_DUPLICATE_KEY, self->frames->len - 1,
                           /* Translators: the last two numbers are LINE:COLUMN of the
                            * key's first appearance. */
                           _("the key “%s” appears twice in the same object (first at %u:%u)"),
                           quoted, line, column);
    }

  frame->current_key = self->keys->len - 1;
  frame->has_key = TRUE;
  return TRUE;
}

static gboolean
fail_no_value (Scanner *self,
               gsize    offset)
{
  g_autofree char *found = NULL;

  if (!describe_unexpected (self, offset, &found))
    return FALSE;
  return fail (self, offset, PLENARY_IO_ERROR_SYNTAX,
               /* Translators: %s is the character found, such as “#”. */
               _("expected a value, found %s: a value is an object, a list, text in double "
                 "quotes, a number, true, false or null"), found);
}

/* A bare word that starts at @start, such as NaN or True, or a number that
 * runs on into letters: the error it deserves. */
static gboolean
fail_word (Scanner *self,
           gsize    start)
{
  gsize end = start;
  g_autofree char *quoted = NULL;

  while (end < self->length && is_word (self->data[end]))
    end++;
  quoted = quote_text (self->data + start, end - start);

  if (end == start)
    return fail_no_value (self, start);
  if (end - start == 3 && memcmp (self->data + start, "NaN", 3) == 0)
    return fail (self, start, PLENARY_IO_ERROR_SYNTAX,
                 _("NaN is not a number in JSON: write null for a missing number"));
  if ((end - start == 8 && memcmp (self->data + start, "Infinity", 8) == 0) ||
      (end - start == 9 && memcmp (self->data + start, "-Infinity", 9) == 0))
    return fail (self, start, PLENARY_IO_ERROR_SYNTAX,
                 _("Infinity is not a number in JSON"));
  if (is_digit (self->data[start]) || self->data[start] == '-')
    return fail (self, start, PLENARY_IO_ERROR_SYNTAX, _("“%s” is not a number"), quoted);
  return fail (self, start, PLENARY_IO_ERROR_SYNTAX,
               _("“%s” is not a JSON value: text goes in double quotes, and the only words "
                 "are true, false and null, in small letters"), quoted);
}

/* Moves *@pos past the literal true, false or null there. */
static gboolean
scan_literal (Scanner *self,
              gsize   *pos)
{
  static const char * const literals[] = { "true", "false", "null" };
  gsize start = *pos;
  gsize end = start;

  while (end < self->length && is_word (self->data[end]))
    end++;
  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if (end - start == n && memcmp (self->data + start, literals[i], n) == 0)
        {
          *pos = end;
          return TRUE;
        }
      if (end == self->length && end - start < n &&
          memcmp (self->data + start, literals[i], end - start) == 0)
        return fail_truncated (self, (const char *) self->data + start, end - start);
    }
  return fail_word (self, start);
}

/* Whether the number from @start to @end, with @int_digits digits before the
 * point, the first of them at @first, fits in a double: fails if it would
 * become infinite or zero. */
static gboolean
check_double (Scanner *self,
              gsize    start,
              gsize    end,
              gsize    first_digit,
              gsize    int_digits,
              gint64   exponent)
{
  const guchar *data = self->data;
  gint64 order = 0;
  gboolean nonzero = FALSE;
  g_autofree char *copy = NULL;
  double value;

  /* The decimal order of magnitude of the first non-zero digit. */
  for (gsize i = first_digit, place = 0; i < end && data[i] != 'e' && data[i] != 'E'; i++)
    {
      if (data[i] == '.')
        continue;
      if (data[i] != '0')
        {
          order = (gint64) int_digits - 1 - (gint64) place;
          nonzero = TRUE;
          break;
        }
      place++;
    }
  if (!nonzero)
    return TRUE;
  order += exponent;
  if (order >= -300 && order <= 300)
    return TRUE;

  if (order > 310)
    value = HUGE_VAL;
  else if (order < -330)
    value = 0.0;
  else
    {
      copy = g_strndup ((const char *) data + start, end - start);
      value = g_ascii_strtod (copy, NULL);
    }

  if (value == 0.0 || value == HUGE_VAL || value == -HUGE_VAL)
    {
      g_autofree char *quoted = quote_text (data + start, end - start);

      return fail_at_path (self, start, PLENARY_IO_ERROR_OUT_OF_RANGE, self->frames->len,
                           value == 0.0
                           ? _("%s is too close to zero to be stored as a number; "
                               "write 0 if you mean zero")
                           : _("%s is too large to be stored as a number"),
                           quoted);
    }
  return TRUE;
}

/* Moves *@pos past the number there, which starts with “-” or a digit. */
static gboolean
scan_number (Scanner *self,
             gsize   *pos)
{
  const guchar *data = self->data;
  gsize length = self->length;
  gsize start = *pos;
  gsize i = start;
  gsize first_digit, int_digits;
  gboolean negative = FALSE, is_float = FALSE;
  gint64 exponent = 0;

  if (data[i] == '-')
    {
      negative = TRUE;
      i++;
      if (i == length)
        return fail_truncated (self, (const char *) data + start, i - start);
      if (!is_digit (data[i]))
        {
          if (data[i] == 'I')
            return fail_word (self, start);
          return fail (self, start, PLENARY_IO_ERROR_SYNTAX,
                       _("a minus sign must be followed by a digit"));
        }
    }

  first_digit = i;
  if (data[i] == '0')
    {
      i++;
      if (i < length && is_digit (data[i]))
        return fail (self, start, PLENARY_IO_ERROR_SYNTAX,
                     _("a number must not start with 0 followed by other digits: "
                       "write 10, not 010"));
      if (i < length && (data[i] == 'x' || data[i] == 'X'))
        return fail (self, start, PLENARY_IO_ERROR_SYNTAX,
                     _("hexadecimal numbers are not allowed in JSON: write the number "
                       "in decimal"));
    }
  else
    {
      while (i < length && is_digit (data[i]))
        i++;
    }
  int_digits = i - first_digit;

  if (i < length && data[i] == '.')
    {
      is_float = TRUE;
      i++;
      if (i == length)
        return fail_truncated (self, (const char *) data + start, i - start);
      if (!is_digit (data[i]))
        return fail (self, i - 1, PLENARY_IO_ERROR_SYNTAX,
                     _("a decimal point must be followed by a digit: write 1.0, not 1."));
      while (i < length && is_digit (data[i]))
        i++;
    }

  if (i < length && (data[i] == 'e' || data[i] == 'E'))
    {
      gboolean negative_exponent = FALSE;

      is_float = TRUE;
      i++;
      if (i < length && (data[i] == '+' || data[i] == '-'))
        negative_exponent = data[i++] == '-';
      if (i == length)
        return fail_truncated (self, (const char *) data + start, i - start);
      if (!is_digit (data[i]))
        return fail_word (self, start);
      for (; i < length && is_digit (data[i]); i++)
        if (exponent < 1000000000)
          exponent = exponent * 10 + (data[i] - '0');
      if (negative_exponent)
        exponent = -exponent;
    }

  if (i < length && is_word (data[i]))
    return fail_word (self, start);

  if (is_float)
    {
      if (!check_double (self, start, i, first_digit, int_digits, exponent))
        return FALSE;
    }
  else if (int_digits >= 19)
    {
      /* 19 digits fit in a guint64; more never fit in a gint64. */
      guint64 magnitude = 0;
      guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;

      for (gsize k = first_digit; k < i && int_digits == 19; k++)
        magnitude = magnitude * 10 + (guint64) (data[k] - '0');
      if (int_digits > 19 || magnitude > limit)
        {
          g_autofree char *quoted = quote_text (data + start, i - start);
          g_autofree char *bound = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                    negative ? G_MININT64 : G_MAXINT64);

          return fail_at_path (self, start, PLENARY_IO_ERROR_OUT_OF_RANGE, self->frames->len,
                               negative
                               ? _("%s is too small: whole numbers can be no less than %s")
                               : _("%s is too large: whole numbers can be no more than %s"),
                               quoted, bound);
        }
    }

  *pos = i;
  return TRUE;
}

/* Opens an array or an object at *@pos. */
static gboolean
open_container (Scanner  *self,
                gsize     pos,
                gboolean  is_object)
{
  Frame frame = { 0 };

  if (self->frames->len >= self->max_depth)
    return fail (self, pos, PLENARY_IO_ERROR_TOO_DEEP,
                 _("the data is nested more than %u levels deep"), self->max_depth);

  frame.position = pos;
  frame.is_object = is_object;
  frame.first_key = self->keys->len;
  frame.arena_length = self->arena->len;
  g_array_append_val (self->frames, frame);
  return TRUE;
}

static void
close_container (Scanner *self)
{
  Frame *frame = top_frame (self);

  g_free (frame->index);
  g_array_set_size (self->keys, frame->first_key);
  g_byte_array_set_size (self->arena, (guint) frame->arena_length);
  g_array_set_size (self->frames, self->frames->len - 1);
}

/* A closing bracket at @pos, where the innermost container may end. */
static gboolean
close_bracket (Scanner *self,
               gsize    pos)
{
  const Frame *frame = top_frame (self);
  gboolean closes_object = self->data[pos] == '}';

  if (frame->is_object != closes_object)
    {
      guint line, column;

      locate (self, frame->position, &line, &column);
      if (frame->is_object)
        return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                     /* Translators: LINE:COLUMN of the object's “{”. */
                     _("“]” cannot close the object that starts at %u:%u: expected “}”"),
                     line, column);
      return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                   /* Translators: LINE:COLUMN of the list's “[”. */
                   _("“}” cannot close the list that starts at %u:%u: expected “]”"),
                   line, column);
    }
  close_container (self);
  return TRUE;
}

static gboolean
fail_trailing_comma (Scanner *self)
{
  return fail (self, self->comma, PLENARY_IO_ERROR_SYNTAX,
               _("nothing follows this comma: remove it, or add the missing item"));
}

/* The state after a complete value. */
static State
after_value (const Scanner *self)
{
  return self->frames->len == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_CLOSE;
}

static gboolean
scan (Scanner *self)
{
  const guchar *data = self->data;
  gsize length = self->length;
  gsize pos = self->start;
  State state = EXPECT_VALUE;

  for (;;)
    {
      Frame *frame;
      guchar c;

      if (!skip_space (self, &pos))
        return FALSE;

      if (pos == length)
        {
          if (state == EXPECT_NOTHING)
            return TRUE;
          if (self->frames->len > 0)
            return fail_truncated (self, NULL, 0);
          if (length == self->start)
            return fail (self, pos, PLENARY_IO_ERROR_SYNTAX, _("the file is empty"));
          return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                       _("the file is empty: it holds nothing but white space"));
        }

      c = data[pos];
      switch (state)
        {
        case EXPECT_VALUE_OR_CLOSE:
          if (c == ']' || c == '}')
            {
              if (!close_bracket (self, pos))
                return FALSE;
              pos++;
              state = after_value (self);
              continue;
            }
          G_GNUC_FALLTHROUGH;
        case EXPECT_VALUE:
          if (G_UNLIKELY (++self->n_values > PLENARY_MAX_JSON_VALUES))
            return fail (self, pos, PLENARY_IO_ERROR_TOO_LARGE,
                         /* Translators: a value is a number, a text, true, false, null,
                          * a list or an object. */
                         _("the data holds more than %d values: Plenary reads no more "
                           "than that in one JSON document"), PLENARY_MAX_JSON_VALUES);
          switch (c)
            {
            case '{':
            case '[':
              if (!open_container (self, pos, c == '{'))
                return FALSE;
              pos++;
              state = c == '{' ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
              continue;
            case '"':
              {
                gboolean escaped;

                if (!scan_string (self, &pos, FALSE, &escaped))
                  return FALSE;
              }
              break;
            case '-': case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              if (!scan_number (self, &pos))
                return FALSE;
              break;
            case ']':
            case '}':
              frame = top_frame (self);
              if (frame != NULL && !frame->is_object && state == EXPECT_VALUE)
                return fail_trailing_comma (self);
              return fail_no_value (self, pos);
            case '+':
              return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                           _("a number must not start with “+”: remove the plus sign"));
            case '.':
              return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                           _("a number must start with a digit: write 0.5, not .5"));
            default:
              if (g_ascii_isalpha (c) || c == '_')
                {
                  if (!scan_literal (self, &pos))
                    return FALSE;
                  break;
                }
              return fail_no_value (self, pos);
            }
          state = after_value (self);
          continue;

        case EXPECT_KEY_OR_CLOSE:
        case EXPECT_KEY:
          if (c == '"')
            {
              gsize from = pos;
              gboolean escaped;

              if (!scan_string (self, &pos, TRUE, &escaped) ||
                  !add_key (self, from, pos, escaped))
                return FALSE;
              state = EXPECT_COLON;
              continue;
            }
          if (c == '}' || c == ']')
            {
              if (state == EXPECT_KEY && c == '}')
                return fail_trailing_comma (self);
              if (!close_bracket (self, pos))
                return FALSE;
              pos++;
              state = after_value (self);
              continue;
            }
          if (g_ascii_isalnum (c) || c == '_')
            {
              gsize end = pos;
              g_autofree char *quoted = NULL;

              while (end < length && (g_ascii_isalnum (data[end]) || data[end] == '_'))
                end++;
              quoted = quote_text (data + pos, end - pos);
              return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                           /* Translators: %s is the key, to be shown in double quotes. */
                           _("a key must be in double quotes, as in \"%s\""), quoted);
            }
          else
            {
              g_autofree char *found = NULL;

              if (!describe_unexpected (self, pos, &found))
                return FALSE;
              return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                           /* Translators: %s is the character found, such as “#”. */
                           _("expected a key in double quotes, found %s"), found);
            }

        case EXPECT_COLON:
          if (c == ':')
            {
              pos++;
              state = EXPECT_VALUE;
              continue;
            }
          else
            {
              const Key *key = &g_array_index (self->keys, Key, top_frame (self)->current_key);
              g_autofree char *quoted = quote_text (key_bytes (self, key), key->length);
              g_autofree char *found = NULL;

              if (!describe_unexpected (self, pos, &found))
                return FALSE;
              return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                           /* Translators: the first %s is a key, the second the
                            * character found instead of the colon, such as “1”. */
                           _("expected “:” after the key “%s”, found %s"), quoted, found);
            }

        case EXPECT_COMMA_OR_CLOSE:
          frame = top_frame (self);
          if (c == ',')
            {
              self->comma = pos;
              pos++;
              if (frame->is_object)
                {
                  state = EXPECT_KEY;
                }
              else
                {
                  frame->n_items++;
                  state = EXPECT_VALUE;
                }
              continue;
            }
          if (c == ']' || c == '}')
            {
              if (!close_bracket (self, pos))
                return FALSE;
              pos++;
              state = after_value (self);
              continue;
            }
          else
            {
              g_autofree char *found = NULL;

              if (!describe_unexpected (self, pos, &found))
                return FALSE;
              if (frame->is_object)
                return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                             /* Translators: %s is the character found, such as “"”. */
                             _("expected a comma or “}” after the value, found %s: "
                               "is a comma missing?"), found);
              return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                           /* Translators: %s is the character found, such as “"”. */
                           _("expected a comma or “]” after the item, found %s: "
                             "is a comma missing?"), found);
            }

        case EXPECT_NOTHING:
        default:
          if (c == ']' || c == '}')
            return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                         _("“%c” closes nothing: there are more closing brackets than "
                           "opening ones"), c);
          if (strchr ("{[\"-0123456789", c) != NULL || g_ascii_isalpha (c))
            return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                         _("a second value follows the first one"));
          else
            {
              g_autofree char *found = NULL;

              if (!describe_unexpected (self, pos, &found))
                return FALSE;
              return fail (self, pos, PLENARY_IO_ERROR_SYNTAX,
                           /* Translators: %s is the character found, such as “#”. */
                           _("found %s after the value, where the file should end"), found);
            }
        }
    }
}

/**
 * plenary_json_scan:
 * @data: the bytes
 * @length: their length
 * @max_depth: how deeply arrays and objects may nest
 * @display_name: the name that messages give the data, such as a file name
 * @error: return location for a #PLENARY_IO_ERROR
 *
 * Checks that @data is strict RFC 8259 JSON that json-glib reads exactly:
 * one value with only white space around it (and at most a byte-order mark
 * before it), valid UTF-8, no comments, no single quotes, no escape that
 * does not encode a character or encodes U+0000, numbers as the RFC writes
 * them, integers that fit in 64 bits and other numbers in a double, no key
 * twice in an object (after escapes are decoded), nesting at most
 * @max_depth deep, no more keys than json-glib reads in reasonable time
 * (see MAX_KEYS), no string longer than PLENARY_MAX_JSON_STRING bytes and
 * no more than PLENARY_MAX_JSON_VALUES values, so that json-glib's tree
 * cannot outgrow memory. Messages start with “@display_name:LINE:COLUMN: ”.
 *
 * Returns: whether @data passes
 */
gboolean
plenary_json_scan (const char  *data,
                   gsize        length,
                   guint        max_depth,
                   const char  *display_name,
                   GError     **error)
{
  return plenary_json_scan_lines (data, length, max_depth, display_name, 1, error);
}

/**
 * plenary_json_scan_lines:
 * @first_line: the number of @data's first line in its file
 *
 * Does what plenary_json_scan() does to @data, a part of a file, such as one
 * line of a file of JSON lines: every position its messages give, at their
 * start and in their text, is the file's.
 *
 * Returns: whether @data passes
 */
gboolean
plenary_json_scan_lines (const char  *data,
                         gsize        length,
                         guint        max_depth,
                         const char  *display_name,
                         guint        first_line,
                         GError     **error)
{
  Scanner scanner = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  scanner.data = (const guchar *) (data != NULL ? data : "");
  scanner.length = length;
  scanner.max_depth = max_depth;
  scanner.display_name = display_name;
  scanner.first_line = first_line;
  scanner.frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  scanner.keys = g_array_new (FALSE, FALSE, sizeof (Key));
  scanner.arena = g_byte_array_new ();
  scanner.seed = process_seed ();
  scanner.error = error;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    scanner.start = 3;

  ok = scan (&scanner);

  while (scanner.frames->len > 0)
    close_container (&scanner);
  g_array_unref (scanner.frames);
  g_array_unref (scanner.keys);
  g_byte_array_unref (scanner.arena);
  return ok;
}
