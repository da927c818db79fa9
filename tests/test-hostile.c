/* test-hostile.c: hostile and broken files, through the real loader and importer
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file in tests/data/bad/json must be refused by the loader with the
 * error its manifest names, and every file in tests/data/bad/csv and
 * tests/data/bad/dgacm by the importer, or read with a warning where the
 * manifest says WARNING; each without hanging (its time is printed).
 * Every cut of a valid file must be refused as cut short. Whatever the pre-scan accepts, json-glib
 * must read too, no deeper than the scan allows: json-glib never sees input
 * it would crash on or misread. And each limit of plenary-limits.h holds,
 * on inputs generated here, too large for the corpus.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "plenary-dgacm-reader.h"
#include "plenary-import.h"
#include "plenary-io-error.h"
#include "plenary-json-scan.h"
#include "plenary-limits.h"
#include "plenary-loader.h"
#include "plenary-undl-reader.h"
#include "plenary-votes-format.h"

#define N_MUTATIONS 4000

static const struct
{
  const char *name;
  int         code;
} error_codes[] = {
  { "READ", PLENARY_IO_ERROR_READ },
  { "ENCODING", PLENARY_IO_ERROR_ENCODING },
  { "TOO_DEEP", PLENARY_IO_ERROR_TOO_DEEP },
  { "SYNTAX", PLENARY_IO_ERROR_SYNTAX },
  { "DUPLICATE_KEY", PLENARY_IO_ERROR_DUPLICATE_KEY },
  { "NOT_PLENARY", PLENARY_IO_ERROR_NOT_PLENARY },
  { "UNSUPPORTED_VERSION", PLENARY_IO_ERROR_UNSUPPORTED_VERSION },
  { "MISSING_FIELD", PLENARY_IO_ERROR_MISSING_FIELD },
  { "WRONG_TYPE", PLENARY_IO_ERROR_WRONG_TYPE },
  { "INVALID_VALUE", PLENARY_IO_ERROR_INVALID_VALUE },
  { "UNKNOWN_FIELD", PLENARY_IO_ERROR_UNKNOWN_FIELD },
  { "UNKNOWN_CODE", PLENARY_IO_ERROR_UNKNOWN_CODE },
  { "DUPLICATE_VOTE", PLENARY_IO_ERROR_DUPLICATE_VOTE },
  { "DUPLICATE_ENTRY", PLENARY_IO_ERROR_DUPLICATE_ENTRY },
  { "INCONSISTENT", PLENARY_IO_ERROR_INCONSISTENT },
  { "WRITE", PLENARY_IO_ERROR_WRITE },
  { "TRUNCATED", PLENARY_IO_ERROR_TRUNCATED },
  { "OUT_OF_RANGE", PLENARY_IO_ERROR_OUT_OF_RANGE },
  { "TOO_LARGE", PLENARY_IO_ERROR_TOO_LARGE },
  { "COMPRESSION", PLENARY_IO_ERROR_COMPRESSION },
  /* Not an error: the file is read, with at least one warning. */
  { "WARNING", -1 },
};

/* The folders of the corpus: the loader reads the first, the importer the
 * others. */
static const char * const corpus_folders[] = { "json", "csv", "dgacm" };

typedef struct
{
  const char *folder;
  char       *file;
  int         code;
  guint       line;   /* the line the error must name, or 0 */
} Case;

/* A valid votes file with every kind of escape, for the cuts. */
static const char escapes_file[] =
  "{\"format\": \"plenary-votes\", \"version\": 1,\n"
  " \"title\": \"Caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \xe5\xa4\xa7 \xf0\x9f\x98\x80\",\n"
  " \"resolutions\": [{\"symbol\": \"A/RES/\\u0031\", \"body\": \"GA\", \"date\": \"2025-01-01\",\n"
  "   \"titles\": {\"fr\": \"\xc3\xa9t\xc3\xa9\", \"zh_CN\": \"\xe5\xa4\xa7\xe4\xbc\x9a\"},\n"
  "   \"votes\": {\"yes\": [\"FRA\", \"USA\"], \"no\": [], \"abstain\": [\"CHN\"]},\n"
  "   \"totals\": {\"yes\": 120, \"no\": 0, \"abstain\": 10, \"non_voting\": null}}]}\n";

static char *
corpus_path (const char *folder,
             const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "bad", folder, name, NULL);
}

/* How long a file of the corpus may take before the test calls it a hang:
 * thirty seconds, times PLENARY_TEST_TIME_SCALE where a slower build
 * (valgrind, the sanitizers) sets it. This is a guard against a reader
 * that never returns, not a speed target (the project keeps those out of
 * its tests): each file's time is printed, and every one is read in well
 * under a second on the development machine. */
static gint64
time_allowed (void)
{
  const char *scale = g_getenv ("PLENARY_TEST_TIME_SCALE");
  guint64 factor = 1;

  if (scale != NULL && !g_ascii_string_to_unsigned (scale, 10, 1, 1000, &factor, NULL))
    g_error ("PLENARY_TEST_TIME_SCALE=%s is not a whole number from 1 to 1000", scale);
  return (gint64) factor * 30 * G_TIME_SPAN_SECOND;
}

/* The depth of @root's tree, counting arrays and objects, without recursion. */
static guint
tree_depth (JsonNode *root)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
  guint deepest = 0;

  g_ptr_array_add (nodes, root);
  g_array_append_val (depths, deepest);
  while (nodes->len > 0)
    {
      JsonNode *node = g_ptr_array_steal_index_fast (nodes, nodes->len - 1);
      guint depth = g_array_index (depths, guint, depths->len - 1);
      GList *children = NULL;

      g_array_set_size (depths, depths->len - 1);
      if (JSON_NODE_HOLDS_ARRAY (node))
        children = json_array_get_elements (json_node_get_array (node));
      else if (JSON_NODE_HOLDS_OBJECT (node))
        children = json_object_get_values (json_node_get_object (node));
      else
        continue;

      depth++;
      deepest = MAX (deepest, depth);
      for (GList *l = children; l != NULL; l = l->next)
        {
          g_ptr_array_add (nodes, l->data);
          g_array_append_val (depths, depth);
        }
      g_list_free (children);
    }
  return deepest;
}

/* The scan's error is well formed; and if the scan accepts @data, json-glib
 * reads it too, no deeper than the scan's limit. Returns whether the scan
 * accepted. @data is a copy of exactly @length bytes, so that a sanitizer
 * sees any read past the end. */
static gboolean
check_scan_subset_of_json_glib (const char *data,
                                gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *copy = g_memdup2 (data, length);

  if (!plenary_json_scan (copy, length, PLENARY_VOTES_MAX_DEPTH, "scan.json", &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == PLENARY_IO_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "scan.json:"));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return FALSE;
    }

  g_assert_no_error (error);
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, copy, (gssize) length, &error))
    g_error ("the scan accepted %zu bytes that json-glib refuses (%s): %.*s",
             length, error->message, (int) MIN (length, 200), data);
  g_assert_nonnull (json_parser_get_root (parser));
  g_assert_cmpuint (tree_depth (json_parser_get_root (parser)), <=, PLENARY_VOTES_MAX_DEPTH);
  return TRUE;
}

/* Checks what the loader or the importer made of a corpus file. */
static void
check_outcome (const Case     *test_case,
               PlenaryDataset *dataset,
               const GError   *error)
{
  g_autofree char *prefix = NULL;

  if (test_case->code < 0)
    {
      GPtrArray *warnings;

      g_assert_no_error (error);
      g_assert_nonnull (dataset);
      warnings = plenary_dataset_get_warnings (dataset);
      g_assert_cmpuint (warnings->len, >, 0);
      for (guint i = 0; i < warnings->len; i++)
        {
          g_test_message ("%s", (const char *) g_ptr_array_index (warnings, i));
          g_assert_true (g_utf8_validate (g_ptr_array_index (warnings, i), -1, NULL));
        }
      return;
    }

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (error->domain == PLENARY_IO_ERROR);
  g_assert_cmpint (error->code, ==, test_case->code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  prefix = test_case->line > 0 ? g_strdup_printf ("%s:%u:", test_case->file, test_case->line)
                               : g_strconcat (test_case->file, ":", NULL);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
}

static void
test_corpus_file (gconstpointer data)
{
  const Case *test_case = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = corpus_path (test_case->folder, test_case->file);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlenaryDataset) dataset = NULL;
  gboolean native = g_str_equal (test_case->folder, "json");
  gint64 start = g_get_monotonic_time ();
  gsize length;

  if (native)
    dataset = plenary_load_file (file, NULL, &error);
  else
    dataset = plenary_import_files (&file, 1, NULL, NULL, &error);
  g_test_message ("read in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, time_allowed ());
  check_outcome (test_case, dataset, error);

  /* The scan and json-glib agree on the file, or on each of its lines. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  if (native)
    check_scan_subset_of_json_glib (contents, length);
  else if (g_str_equal (test_case->folder, "dgacm"))
    for (const char *line = contents, *end; line < contents + length; line = end + 1)
      {
        end = memchr (line, '\n', (gsize) (contents + length - line));
        if (end == NULL)
          end = contents + length;
        check_scan_subset_of_json_glib (line, (gsize) (end - line));
      }
}

/* Every file of the corpus is in its manifest, so none goes untested. */
static void
test_corpus_listed (gconstpointer data)
{
  GHashTable *listed = (GHashTable *) data;

  for (guint f = 0; f < G_N_ELEMENTS (corpus_folders); f++)
    {
      g_autofree char *directory = corpus_path (corpus_folders[f], NULL);
      g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
      const char *name;
      guint n_files = 0, n_listed = 0;
      GHashTableIter iter;
      gpointer key;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *listed_name = g_build_filename (corpus_folders[f], name, NULL);

          if (strcmp (name, "EXPECTED") == 0)
            continue;
          if (!g_hash_table_contains (listed, listed_name))
            g_error ("%s is not in tests/data/bad/%s/EXPECTED", name, corpus_folders[f]);
          n_files++;
        }
      g_hash_table_iter_init (&iter, listed);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        n_listed += g_str_has_prefix (key, corpus_folders[f]) &&
                    ((const char *) key)[strlen (corpus_folders[f])] == G_DIR_SEPARATOR;
      g_assert_cmpuint (n_files, ==, n_listed);
      g_assert_cmpuint (n_files, >, 10);
    }
}

/* Cuts @contents at every byte: each cut inside the value is refused as
 * cut short, a cut before it as empty, a cut after it loads. */
static void
check_cuts (const char *contents,
            gsize       length)
{
  gsize first = 0, end = length;

  while (first < length && g_ascii_isspace (contents[first]))
    first++;
  while (end > first && g_ascii_isspace (contents[end - 1]))
    end--;
  g_assert_cmpuint (end, >, first);

  for (gsize cut = 0; cut <= length; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *copy = g_memdup2 (contents, cut);
      g_autoptr(PlenaryDataset) dataset = plenary_votes_read (copy, cut, "cut.json", &error);

      check_scan_subset_of_json_glib (contents, cut);
      if (cut >= end)
        {
          g_assert_no_error (error);
          g_assert_nonnull (dataset);
          continue;
        }

      g_assert_null (dataset);
      g_assert_nonnull (error);
      if (!g_str_has_prefix (error->message, "cut.json:") ||
          !g_utf8_validate (error->message, -1, NULL) ||
          error->domain != PLENARY_IO_ERROR ||
          error->code != (cut <= first ? PLENARY_IO_ERROR_SYNTAX : PLENARY_IO_ERROR_TRUNCATED))
        g_error ("the cut at %zu gives “%s” (code %d)", cut, error->message, error->code);
    }
}

static void
test_cuts (void)
{
  const char * const files[][2] = {
    { ".", "data/2025-02-24.json" },
    { ".", "data/full.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, files[i][0], files[i][1], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      check_cuts (contents, length);
    }
  check_cuts (escapes_file, strlen (escapes_file));
}

/* Bytes and snippets that a mutation writes in: what breaks JSON, and what
 * json-glib reads otherwise than it should. */
static const char * const snippets[] = {
  "\"", "'", "\\", "/*", "*/", "//", "[", "]", "{", "}", ",", ":", " ", "\n", "\t", "\r",
  "\\u0000", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u00e9", "\\/", "0x1", "010", "-0",
  "1e400", "1e-400", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
  ".5", "1.", "+1", "NaN", "Infinity", "true", "null", "\xef\xbb\xbf", "\xc3\xa9", "\xff",
  "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x80\x9c", "e", "E", "-", "0", "9",
  "\"yes\"", "\"y\\u0065s\"", "\"\": 1,", "[[[[[[[[[[[[[[[[", "]]]]]]]]]]]]]]]]",
};

static char *
mutate (GRand      *rand,
        const char *source,
        gsize       source_length,
        gsize      *length)
{
  GString *text = g_string_new_len (source, (gssize) source_length);
  guint n = (guint) g_rand_int_range (rand, 1, 5);

  for (guint i = 0; i < n; i++)
    {
      gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) text->len + 1);
      gsize span = (gsize) g_rand_int_range (rand, 1, 16);
      const char *snippet = snippets[g_rand_int_range (rand, 0, G_N_ELEMENTS (snippets))];

      span = MIN (span, text->len - at);

      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0: /* insert a snippet */
          g_string_insert (text, (gssize) at, snippet);
          break;
        case 1: /* overwrite with a snippet */
          g_string_erase (text, (gssize) at, (gssize) MIN (span, strlen (snippet)));
          g_string_insert (text, (gssize) at, snippet);
          break;
        case 2: /* delete a span */
          g_string_erase (text, (gssize) at, (gssize) span);
          break;
        case 3: /* a random byte */
          if (at < text->len)
            text->str[at] = (char) g_rand_int_range (rand, 0, 256);
          break;
        default: /* repeat a span elsewhere */
          {
            g_autofree char *copy = g_strndup (text->str + at, span);
            gsize to = (gsize) g_rand_int_range (rand, 0, (gint32) text->len + 1);

            g_string_insert_len (text, (gssize) to, copy, (gssize) span);
          }
          break;
        }
    }
  *length = text->len;
  return g_string_free (text, FALSE);
}

static void
test_mutations (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260224);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "full.json", NULL);
  g_autofree char *contents = NULL;
  const char *sources[2];
  gsize lengths[2];
  guint accepted = 0;

  g_assert_true (g_file_get_contents (path, &contents, &lengths[0], NULL));
  sources[0] = contents;
  sources[1] = escapes_file;
  lengths[1] = strlen (escapes_file);

  for (guint i = 0; i < N_MUTATIONS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlenaryDataset) dataset = NULL;
      gsize length;
      g_autofree char *mutant = mutate (rand, sources[i % 2], lengths[i % 2], &length);

      if (check_scan_subset_of_json_glib (mutant, length))
        accepted++;

      dataset = plenary_votes_read (mutant, length, "mutant.json", &error);
      if (dataset == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (g_str_has_prefix (error->message, "mutant.json:"));
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }
  g_test_message ("%u of %u mutants are still JSON", accepted, N_MUTATIONS);
  /* The mutations break some files, not all. */
  g_assert_cmpuint (accepted, >, N_MUTATIONS / 20);
  g_assert_cmpuint (accepted, <, N_MUTATIONS - N_MUTATIONS / 20);
}

/* What the scan must not refuse, and what json-glib must read as meant. */
static void
test_valid (void)
{
  static const char * const texts[] = {
    "0", "-0", "-0.0", "1E+2", "1e-2", "-1.5e3", "0e0", "1e0001", "4.9e-324",
    "1.7976931348623157e308", "9223372036854775807", "-9223372036854775808",
    "\"\"", "true", "false", "null", "[]", "{}", " [ ] ", "{\"\": 1}",
    "{\"ab\": 1, \"a\\u0062c\": 2, \"a\\/b\": 3, \"a/\": 4}",
    "\xef\xbb\xbf{\"a\": [1, 2.5, \"x\", true, false, null, {}]}",
    "[\"\\ud83d\\ude00\", \"\\uDBFF\\uDFFF\", \"\\uffff\", \"\x7f\", \"\xf4\x8f\xbf\xbf\"]",
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) wide = g_string_new ("{");
  const char *escaped = "[\"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\\"\\\\\", -0, 1E2, 9223372036854775807]";
  JsonArray *array;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!check_scan_subset_of_json_glib (texts[i], strlen (texts[i])))
      g_error ("the scan refuses %s", texts[i]);

  /* json-glib reads escapes and numbers as the RFC means them. */
  g_assert_true (check_scan_subset_of_json_glib (escaped, strlen (escaped)));
  g_assert_true (json_parser_load_from_data (parser, escaped, -1, &error));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpstr (json_array_get_string_element (array, 0), ==,
                   "\xc3\xa9\xf0\x9f\x98\x80/\b\f\n\r\t\"\\");
  g_assert_cmpint (json_array_get_int_element (array, 1), ==, 0);
  g_assert_cmpfloat (json_array_get_double_element (array, 2), ==, 100.0);
  g_assert_cmpint (json_array_get_int_element (array, 3), ==, G_MAXINT64);

  /* As deep as allowed, and one deeper. */
  for (guint i = 0; i < PLENARY_VOTES_MAX_DEPTH; i++)
    g_string_append (deep, "[");
  for (guint i = 0; i < PLENARY_VOTES_MAX_DEPTH; i++)
    g_string_append (deep, "]");
  g_assert_true (check_scan_subset_of_json_glib (deep->str, deep->len));
  g_string_prepend (deep, "[");
  g_string_append (deep, "]");
  g_assert_false (plenary_json_scan (deep->str, deep->len, PLENARY_VOTES_MAX_DEPTH,
                                     "deep.json", &error));
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_DEEP);
  g_clear_error (&error);

  /* Many keys, all different, some only after their escapes. */
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (wide, "%s\"k%u\": %u, \"k\\u0030%u\": 0", i > 0 ? ", " : "", i, i, i);
  g_string_append (wide, "}");
  g_assert_true (check_scan_subset_of_json_glib (wide->str, wide->len));
  /* … and the same key twice among them. */
  g_string_truncate (wide, wide->len - 1);
  g_string_append (wide, ", \"k\\u00301999\": 1}");
  g_assert_false (plenary_json_scan (wide->str, wide->len, 64, "wide.json", &error));
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_DUPLICATE_KEY);
}

/* Every line of the real DGACM files passes, as the importer scans them. */
static void
test_dgacm_lines (void)
{
  const char *shared = g_getenv ("PLENARY_SHARED_DATA");
  g_autofree char *directory = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_lines = 0;

  if (shared == NULL || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("PLENARY_SHARED_DATA is not a folder: no DGACM files to scan");
      return;
    }
  directory = g_build_filename (shared, "dgacm", NULL);
  dir = g_dir_open (directory, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("no dgacm folder in PLENARY_SHARED_DATA");
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] == '\0')
            continue;
          if (!check_scan_subset_of_json_glib (lines[i], strlen (lines[i])))
            g_error ("%s: line %u is refused", name, i + 1);
          n_lines++;
        }
    }
  g_assert_cmpuint (n_lines, >, 0);
}

/* The limits, at and just past each */

/* A votes file of version 1 with @title and one resolution whose yes list
 * names @n_members codes, each declared with a name when @declare. */
static char *
votes_file (const char *title,
            guint       n_members,
            gboolean    declare)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "{\"format\": \"plenary-votes\", \"version\": 1, "
                          "\"title\": \"%s\", \"members\": [", title);
  for (guint i = 0; declare && i < n_members; i++)
    g_string_append_printf (text, "%s{\"code\": \"%c%c%c\", \"name\": \"M%u\"}",
                            i > 0 ? ", " : "", 'A' + i / 676, 'A' + i / 26 % 26, 'A' + i % 26, i);
  g_string_append (text, "], \"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", "
                   "\"date\": \"2020-01-01\", \"votes\": {\"yes\": [");
  for (guint i = 0; i < n_members; i++)
    g_string_append_printf (text, "%s\"%c%c%c\"", i > 0 ? ", " : "",
                            'A' + i / 676, 'A' + i / 26 % 26, 'A' + i % 26);
  g_string_append (text, "]}}]}");
  return g_string_free (text, FALSE);
}

static void
assert_too_large (PlenaryDataset *dataset,
                  const GError   *error,
                  const char     *prefix,
                  const char     *names)
{
  g_assert_null (dataset);
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, names) == NULL)
    g_error ("“%s” does not start with “%s” or does not name “%s”", error->message, prefix, names);
}

static void
test_limit_text (void)
{
  g_autofree char *long_title = g_strnfill (PLENARY_MAX_TEXT_LENGTH + 1, 'T');
  g_autofree char *huge_title = g_strnfill (10 * 1024 * 1024, 'T');
  g_autofree char *title = g_strnfill (PLENARY_MAX_TEXT_LENGTH, 'T');
  g_autofree char *text = NULL;
  g_autofree char *written = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  gsize length;

  /* A title as long as a field may be is read, and written and read again
   * in version 2. */
  text = votes_file (title, 1, TRUE);
  dataset = plenary_votes_read (text, strlen (text), "title.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plenary_dataset_get_title (dataset), ==, title);
  g_clear_object (&dataset);
  g_free (text);
  text = votes_file ("", 1, TRUE);
  dataset = plenary_votes_read (text, strlen (text), "title.json", &error);
  g_assert_no_error (error);
  plenary_resolution_set_title (plenary_dataset_get_resolution (dataset, 0), title);
  written = plenary_votes_write (dataset, &length);
  g_clear_object (&dataset);
  dataset = plenary_votes_read (written, length, "title.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plenary_resolution_get_title (plenary_dataset_get_resolution (dataset, 0)), ==, title);
  g_clear_object (&dataset);

  /* One byte more is refused, in version 1 and 2. */
  g_free (text);
  text = votes_file (long_title, 1, TRUE);
  dataset = plenary_votes_read (text, strlen (text), "title.json", &error);
  assert_too_large (dataset, error, "title.json: title: ", "65536");
  g_clear_error (&error);
  parts = g_strsplit (written, title, -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  g_free (written);
  written = g_strjoinv (long_title, parts);
  dataset = plenary_votes_read (written, strlen (written), "title.json", &error);
  assert_too_large (dataset, error, "title.json: resolutions[0].title: ", "65536");
  g_clear_error (&error);

  /* The 10 MB title that took 12 s to export never reaches json-glib. */
  g_free (text);
  text = votes_file (huge_title, 1, TRUE);
  dataset = plenary_votes_read (text, strlen (text), "huge.json", &error);
  assert_too_large (dataset, error, "huge.json:1:", "1048576");
  g_assert_nonnull (strstr (error->message, "title"));
}

static void
test_limit_members (void)
{
  g_autofree char *at_limit = votes_file ("", PLENARY_MAX_MEMBERS, TRUE);
  g_autofree char *past_limit = votes_file ("", PLENARY_MAX_MEMBERS + 1, TRUE);
  g_autofree char *undeclared = votes_file ("", 10000, FALSE);
  g_autofree char *issue = votes_file ("", 10000, TRUE);
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = plenary_votes_read (at_limit, strlen (at_limit), "members.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plenary_resolution_get_tally (plenary_dataset_get_resolution (dataset, 0))->listed[PLENARY_VOTE_YES],
                    ==, PLENARY_MAX_MEMBERS);
  g_clear_object (&dataset);

  dataset = plenary_votes_read (past_limit, strlen (past_limit), "members.json", &error);
  assert_too_large (dataset, error, "members.json: members: ", "1000");
  g_clear_error (&error);

  /* The file of the issue: 10,000 members in one vote, which froze the window. */
  g_test_message ("the file of 10,000 members is %zu bytes", strlen (issue));
  dataset = plenary_votes_read (issue, strlen (issue), "members.json", &error);
  assert_too_large (dataset, error, "members.json: members: ", "10000");
  g_clear_error (&error);
  dataset = plenary_votes_read (undeclared, strlen (undeclared), "vote.json", &error);
  assert_too_large (dataset, error, "vote.json: resolutions[0].votes.yes: ", "1000");
}

/* 45,000 warnings keep the first PLENARY_MAX_WARNINGS and count the rest. */
static void
test_limit_warnings (void)
{
  GString *text = g_string_new ("{\"format\": \"plenary-votes\", \"version\": 1, \"resolutions\": [");
  g_autofree char *contents = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;
  g_autofree char *count = g_strdup_printf ("%u more warnings", 45000 - PLENARY_MAX_WARNINGS);

  /* Nine states of the past, voting in 2020: nine warnings a resolution. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "%s{\"symbol\": \"A/RES/%u\", \"body\": \"GA\", \"date\": "
                            "\"2020-01-01\", \"votes\": {\"yes\": [\"SUN\", \"YUG\", \"CSK\", "
                            "\"DDR\", \"GER\", \"YMD\", \"EAT\", \"EAZ\", \"SCG\"]}}",
                            i > 0 ? ", " : "", i);
  g_string_append (text, "]}");
  contents = g_string_free (text, FALSE);

  dataset = plenary_votes_read (contents, strlen (contents), "warnings.json", &error);
  g_assert_no_error (error);
  warnings = plenary_dataset_get_warnings (dataset);
  g_assert_cmpuint (warnings->len, ==, PLENARY_MAX_WARNINGS + 1);
  g_test_message ("%s", (const char *) g_ptr_array_index (warnings, warnings->len - 1));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, warnings->len - 1), count));
}

/* So many values that json-glib's tree would not fit in memory. */
static void
test_limit_values (void)
{
  GString *text = g_string_new ("[0");
  g_autoptr(GError) error = NULL;
  g_autofree char *string = NULL;

  /* The array and its values. */
  for (guint i = 2; i < PLENARY_MAX_JSON_VALUES; i++)
    g_string_append (text, ",0");
  g_string_append_c (text, ']');
  g_assert_true (plenary_json_scan (text->str, text->len, 64, "values.json", &error));
  g_assert_no_error (error);
  g_string_insert (text, 1, "0,");
  g_assert_false (plenary_json_scan (text->str, text->len, 64, "values.json", &error));
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "4000000"));
  g_clear_error (&error);
  g_string_free (text, TRUE);

  /* The longest string, and one byte more. */
  string = g_strnfill (PLENARY_MAX_JSON_STRING + 3, 'x');
  string[0] = string[PLENARY_MAX_JSON_STRING + 1] = '"';
  string[PLENARY_MAX_JSON_STRING + 2] = '\0';
  g_assert_true (plenary_json_scan (string, strlen (string), 64, "string.json", &error));
  g_assert_no_error (error);
  g_free (string);
  string = g_strnfill (PLENARY_MAX_JSON_STRING + 4, 'x');
  string[0] = string[PLENARY_MAX_JSON_STRING + 2] = '"';
  string[PLENARY_MAX_JSON_STRING + 3] = '\0';
  g_assert_false (plenary_json_scan (string, strlen (string), 64, "string.json", &error));
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_LARGE);
}

#define CSV_HEADER "undl_id,ms_code,ms_vote,date,resolution,title\n"

static PlenaryDataset *
import_csv (const char  *text,
            gsize        length,
            GError     **error)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, (gssize) length, NULL);

  if (!plenary_undl_read_into (builder, stream, "limits.csv", NULL, error))
    return NULL;
  return plenary_dataset_builder_finish (builder);
}

static void
test_limit_csv (void)
{
  g_autoptr(GString) text = g_string_new (CSV_HEADER);
  g_autofree char *field = g_strnfill (PLENARY_MAX_TEXT_LENGTH, 'T');
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  GPtrArray *warnings;

  /* A field as long as may be, and one byte longer. */
  g_string_append_printf (text, "1,USA,Y,2020-01-01,A/RES/1,%s\n", field);
  dataset = import_csv (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plenary_resolution_get_title (plenary_dataset_get_resolution (dataset, 0)), ==, field);
  g_clear_object (&dataset);
  g_string_insert_c (text, (gssize) text->len - 1, 'T');
  dataset = import_csv (text->str, text->len, &error);
  assert_too_large (dataset, error, "limits.csv:2: ", "65536");
  g_clear_error (&error);

  /* Thousands of warnings of one kind keep a hundred, and count the rest. */
  g_string_assign (text, CSV_HEADER);
  for (guint i = 0; i < 3000; i++)
    g_string_append (text, "1,USA,Q,2020-01-01,A/RES/1,T\n");
  dataset = import_csv (text->str, text->len, &error);
  g_assert_no_error (error);
  warnings = plenary_dataset_get_warnings (dataset);
  /* … and one that nobody voted for, against or abstained. */
  g_assert_cmpuint (warnings->len, ==, PLENARY_DATASET_BUILDER_MAX_WARNINGS + 2);
  count = g_strdup_printf ("%u more warnings", 3000 - PLENARY_DATASET_BUILDER_MAX_WARNINGS);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, warnings->len - 1), count));
  g_clear_object (&dataset);

  /* What is kept of a streamed file has the limit of a file read whole: a
   * small gzip file can hold gigabytes of text. */
  g_string_assign (text, CSV_HEADER);
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (text, "%u,USA,Y,2020-01-01,A/RES/%u,A title of some length\n", i, i);
  g_setenv ("PLENARY_MAX_FILE_SIZE", "2000", TRUE);
  dataset = import_csv (text->str, text->len, &error);
  g_unsetenv ("PLENARY_MAX_FILE_SIZE");
  assert_too_large (dataset, error, "limits.csv:", "PLENARY_MAX_FILE_SIZE");
  g_clear_error (&error);
  dataset = import_csv (text->str, text->len, &error);
  g_assert_no_error (error);
  g_clear_object (&dataset);

  /* More resolutions than an import reads. */
  g_string_assign (text, CSV_HEADER);
  for (guint i = 0; i <= PLENARY_MAX_RESOLUTIONS; i++)
    g_string_append_printf (text, "%u,USA,Y,2020-01-01,A/RES/%u,T\n", i, i);
  dataset = import_csv (text->str, text->len, &error);
  assert_too_large (dataset, error, "limits.csv:100002: ", "100000");
}

static void
test_limit_dgacm (void)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autofree char *long_string = g_strnfill (2 * 1024 * 1024, 'T');
  g_autofree char *text = g_strdup_printf ("\n{\"symbol\": \"A/RES/1\", \"title\": \"%s\"}\n",
                                           long_string);
  g_autofree char *path = corpus_path ("dgacm", "unknown-member-spelling.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;

  g_assert_false (plenary_dgacm_read_into (builder, text, strlen (text), "long.json", &error));
  assert_too_large (NULL, error, "long.json:2:", "1048576");
  g_clear_error (&error);

  /* A session file is read whole: the file size limit holds for it. */
  g_setenv ("PLENARY_MAX_FILE_SIZE", "100", TRUE);
  dataset = plenary_import_files (&file, 1, NULL, NULL, &error);
  g_unsetenv ("PLENARY_MAX_FILE_SIZE");
  assert_too_large (dataset, error, "unknown-member-spelling.json: ", "PLENARY_MAX_FILE_SIZE");
}

/* Reads the manifest of a folder of the corpus into @cases; @listed gets
 * FOLDER/FILE of each. */
static void
read_manifest (const char *folder,
               GPtrArray  *cases,
               GHashTable *listed)
{
  g_autofree char *path = corpus_path (folder, "EXPECTED");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_error ("cannot read %s", path);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Case *test_case;
      gboolean known = FALSE;
      guint n_fields;
      char *listed_name;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      n_fields = g_strv_length (fields);
      if (n_fields != 2 && n_fields != 3)
        g_error ("%s/EXPECTED:%u: expected FILE<TAB>CODE or FILE<TAB>CODE<TAB>LINE", folder, i + 1);

      test_case = g_new0 (Case, 1);
      test_case->folder = folder;
      test_case->file = g_strdup (fields[0]);
      for (guint k = 0; k < G_N_ELEMENTS (error_codes); k++)
        if (strcmp (fields[1], error_codes[k].name) == 0)
          {
            test_case->code = error_codes[k].code;
            known = TRUE;
          }
      if (!known)
        g_error ("%s/EXPECTED:%u: no error is called %s", folder, i + 1, fields[1]);
      if (n_fields == 3)
        {
          guint64 line;

          if (!g_ascii_string_to_unsigned (fields[2], 10, 1, G_MAXUINT, &line, NULL))
            g_error ("%s/EXPECTED:%u: %s is not a line number", folder, i + 1, fields[2]);
          test_case->line = (guint) line;
        }
      listed_name = g_build_filename (folder, test_case->file, NULL);
      if (g_hash_table_contains (listed, listed_name))
        g_error ("%s/EXPECTED:%u: %s is listed twice", folder, i + 1, test_case->file);
      g_hash_table_add (listed, listed_name);
      g_ptr_array_add (cases, test_case);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) cases = g_ptr_array_new ();
  int status;

  g_test_init (&argc, &argv, NULL);

  for (guint f = 0; f < G_N_ELEMENTS (corpus_folders); f++)
    read_manifest (corpus_folders[f], cases, listed);
  for (guint i = 0; i < cases->len; i++)
    {
      const Case *test_case = g_ptr_array_index (cases, i);
      /* The native files keep their test paths of old. */
      g_autofree char *test_path =
        g_str_equal (test_case->folder, "json")
        ? g_strdup_printf ("/hostile/corpus/%s", test_case->file)
        : g_strdup_printf ("/hostile/corpus/%s/%s", test_case->folder, test_case->file);

      g_test_add_data_func (test_path, test_case, test_corpus_file);
    }
  g_test_add_data_func ("/hostile/corpus-listed", listed, test_corpus_listed);
  g_test_add_func ("/hostile/cuts", test_cuts);
  g_test_add_func ("/hostile/mutations", test_mutations);
  g_test_add_func ("/hostile/valid", test_valid);
  g_test_add_func ("/hostile/dgacm-lines", test_dgacm_lines);
  g_test_add_func ("/hostile/limit/text", test_limit_text);
  g_test_add_func ("/hostile/limit/members", test_limit_members);
  g_test_add_func ("/hostile/limit/warnings", test_limit_warnings);
  g_test_add_func ("/hostile/limit/values", test_limit_values);
  g_test_add_func ("/hostile/limit/csv", test_limit_csv);
  g_test_add_func ("/hostile/limit/dgacm", test_limit_dgacm);

  status = g_test_run ();

  for (guint i = 0; i < cases->len; i++)
    {
      Case *test_case = g_ptr_array_index (cases, i);

      g_free (test_case->file);
      g_free (test_case);
    }
  return status;
}
