/* test-membership.c: United Nations membership on a date, against the UN's own record
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A General Assembly vote's body is the membership on its date, so the dates
 * in data/un-members.json must be right. The counts below are the UN's own
 * (its "Growth in United Nations membership" and the days of each change);
 * the second test holds the model to the UN Digital Library's voting record,
 * whose `total_ms` is the membership on the day of every recorded vote, except
 * for the votes data/members/record-exceptions.tsv lists and data/README.md
 * explains.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "plenary-dataset.h"
#include "plenary-date.h"
#include "plenary-un-members.h"

/* How many states the dataset's members say were UN members on @iso_date. */
static guint
membership_on (PlenaryDataset *dataset,
               const char     *iso_date)
{
  GDate date;
  guint n = 0;

  g_assert_true (plenary_date_parse_iso (iso_date, &date));
  for (guint i = 0; i < plenary_dataset_get_n_members (dataset); i++)
    if (plenary_member_is_un_member_on (plenary_dataset_get_member (dataset, i), &date))
      n++;
  return n;
}

static gboolean
is_member_on (PlenaryDataset *dataset,
              const char     *code,
              const char     *iso_date)
{
  int index = plenary_dataset_lookup_member (dataset, code);
  GDate date;

  g_assert_cmpint (index, >=, 0);
  g_assert_true (plenary_date_parse_iso (iso_date, &date));
  return plenary_member_is_un_member_on (plenary_dataset_get_member (dataset, (guint) index), &date);
}

static void
test_counts (void)
{
  static const struct
  {
    const char *date;
    guint       members;
  } counts[] = {
    { "1945-10-23", 0 },
    { "1945-10-24", 51 },    /* the Charter enters into force */
    { "1946-02-09", 51 },    /* the first recorded votes */
    { "1946-11-18", 51 },
    { "1946-11-19", 54 },    /* Afghanistan, Iceland, Sweden */
    { "1950-09-28", 60 },    /* Indonesia */
    { "1955-12-13", 60 },
    { "1955-12-14", 76 },    /* sixteen at once */
    { "1958-02-20", 82 },
    { "1958-02-21", 81 },    /* Egypt and Syria: one seat as the United Arab Republic */
    { "1960-09-19", 82 },
    { "1960-09-20", 96 },
    { "1961-10-13", 101 },   /* Syria resumes its seat */
    { "1963-12-16", 113 },   /* Kenya and Zanzibar */
    { "1964-04-25", 113 },
    { "1964-04-26", 112 },   /* Tanganyika and Zanzibar unite */
    { "1965-01-19", 115 },
    { "1965-01-20", 114 },   /* Indonesia withdraws… */
    { "1966-09-27", 118 },
    { "1966-09-28", 119 },   /* …and comes back */
    { "1973-09-17", 132 },
    { "1973-09-18", 135 },   /* both Germanys and the Bahamas */
    { "1985-12-13", 159 },
    { "1990-05-21", 160 },
    { "1990-05-22", 159 },   /* Yemen unites */
    { "1990-10-02", 160 },
    { "1990-10-03", 159 },   /* Germany unites */
    { "1991-12-23", 166 },
    { "1991-12-24", 166 },   /* the Russian Federation takes the Soviet seat */
    { "1992-12-31", 179 },
    { "1993-01-01", 178 },   /* Czechoslovakia dissolves… */
    { "1993-01-19", 180 },   /* …and Czechia and Slovakia are admitted */
    { "2003-02-04", 191 },   /* Yugoslavia becomes Serbia and Montenegro */
    { "2006-06-03", 191 },   /* Serbia continues that seat */
    { "2006-06-28", 192 },   /* Montenegro */
    { "2011-07-13", 192 },
    { "2011-07-14", 193 },   /* South Sudan */
    { "2025-02-24", 193 },
  };
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  g_autoptr(PlenaryResolution) resolution = NULL;
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_test_message ("%s", counts[i].date);
      g_assert_cmpuint (membership_on (dataset, counts[i].date), ==, counts[i].members);
    }

  /* Who holds the seat on each side of a change. */
  g_assert_true (is_member_on (dataset, "SUN", "1991-12-23"));
  g_assert_false (is_member_on (dataset, "RUS", "1991-12-23"));
  g_assert_false (is_member_on (dataset, "SUN", "1991-12-24"));
  g_assert_true (is_member_on (dataset, "RUS", "1991-12-24"));
  g_assert_true (is_member_on (dataset, "GER", "1990-10-02"));
  g_assert_true (is_member_on (dataset, "DEU", "1990-10-03"));
  g_assert_false (is_member_on (dataset, "DDR", "1990-10-03"));
  g_assert_true (is_member_on (dataset, "YUG", "1995-01-01"));
  g_assert_true (is_member_on (dataset, "SCG", "2003-02-04"));
  g_assert_false (is_member_on (dataset, "YUG", "2003-02-04"));
  g_assert_true (is_member_on (dataset, "SRB", "2006-06-03"));
  g_assert_false (is_member_on (dataset, "SYR", "1960-01-01"));
  g_assert_true (is_member_on (dataset, "EGY", "1960-01-01"));
  g_assert_false (is_member_on (dataset, "IDN", "1965-12-01"));
  g_assert_true (is_member_on (dataset, "TZA", "1964-04-26"));
  g_assert_false (is_member_on (dataset, "EAT", "1964-04-26"));

  /* The body of a General Assembly vote is that membership. */
  g_assert_true (plenary_date_parse_iso ("1985-12-13", &date));
  resolution = plenary_resolution_new (plenary_dataset_get_members (dataset), "A/RES/TEST/1",
                                       PLENARY_BODY_GENERAL_ASSEMBLY, &date);
  g_assert_cmpuint (plenary_resolution_get_tally (resolution)->body_size, ==, 159);
}

/* The bundled table says how the map draws a state of the past. */
static void
test_former_states (void)
{
  const PlenaryUnMember *soviet = plenary_un_members_lookup ("SUN");
  const PlenaryUnMember *east = plenary_un_members_lookup ("DDR");
  const PlenaryUnMember *russia = plenary_un_members_lookup ("RUS");
  const PlenaryUnMember *syria = plenary_un_members_lookup ("SYR");
  guint n_current, n_former;

  plenary_un_members_get (&n_current);
  plenary_un_members_get_former (&n_former);
  g_assert_cmpuint (n_current, ==, 193);
  g_assert_cmpuint (n_former, ==, 9);

  g_assert_nonnull (soviet);
  g_assert_true (g_strv_contains (soviet->shapes, "RUS"));
  g_assert_true (g_strv_contains (soviet->shapes, "KAZ"));
  g_assert_false (g_strv_contains (soviet->shapes, "UKR"));   /* its own seat */
  g_assert_false (g_strv_contains (soviet->shapes, "BLR"));
  g_assert_false (soviet->has_dot);
  g_assert_cmpint (soviet->group, ==, PLENARY_GROUP_EASTERN_EUROPEAN);

  g_assert_nonnull (east);
  g_assert_null (east->shapes);
  g_assert_true (east->has_dot);
  g_assert_cmpfloat_with_epsilon (east->dot_lon, 13.4, 0.01);   /* Berlin */

  g_assert_cmpstr (russia->continues, ==, "SUN");
  g_assert_cmpuint (syria->n_periods, ==, 2);
  g_assert_null (plenary_un_members_lookup ("XXA"));
}

/* The UN's spellings map to codes the table knows, and every state in the
 * table has at least one spelling. */
static void
test_names (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "un-member-names.tsv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_current, n_former;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  g_assert_true (lines[0][0] == '#');
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      const PlenaryUnMember *member;

      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      g_assert_cmpstr (lines[i - 1], <, lines[i]);
      member = plenary_un_members_lookup (fields[1]);
      g_assert_nonnull (member);
      g_hash_table_add (named, (gpointer) member->code);
    }
  plenary_un_members_get (&n_current);
  plenary_un_members_get_former (&n_former);
  g_assert_cmpuint (g_hash_table_size (named), ==, n_current + n_former);
}

/* Reading the UN's CSV: RFC 4180, one record per call. A quoted field may hold
 * commas, doubled quotes and line breaks, which the titles do. */
static gboolean
read_line (gzFile   in,
           GString *line)
{
  char buffer[8192];
  gsize start = line->len;

  while (gzgets (in, buffer, sizeof buffer) != NULL)
    {
      g_string_append (line, buffer);
      if (line->str[line->len - 1] == '\n')
        return TRUE;
    }
  return line->len > start;
}

static gboolean
read_record (gzFile     in,
             GString   *line,
             GPtrArray *fields)
{
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gsize i = 0;

  g_string_truncate (line, 0);
  g_ptr_array_set_size (fields, 0);
  if (!read_line (in, line))
    {
      g_string_free (field, TRUE);
      return FALSE;
    }

  for (;;)
    {
      char c;

      if (i == line->len)
        {
          /* Only a quoted field goes on to the next line. */
          if (!quoted || !read_line (in, line))
            break;
          continue;
        }
      c = line->str[i++];
      if (quoted && c == '"' && line->str[i] == '"')
        {
          g_string_append_c (field, '"');
          i++;
        }
      else if (c == '"')
        quoted = !quoted;
      else if (quoted)
        g_string_append_c (field, c);
      else if (c == ',')
        {
          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_string_truncate (field, 0);
        }
      else if (c != '\n' && c != '\r')
        g_string_append_c (field, c);
    }
  g_assert_false (quoted);
  g_ptr_array_add (fields, g_string_free (field, FALSE));
  return TRUE;
}

static guint
column (GPtrArray  *header,
        const char *name)
{
  for (guint i = 0; i < header->len; i++)
    if (g_str_equal (g_ptr_array_index (header, i), name))
      return i;
  g_error ("The voting record has no column “%s”", name);
}

/* "resolution<TAB>date" → "total_ms<TAB>computed", from the exceptions file. */
static GHashTable *
read_exceptions (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "members",
                                                 "record-exceptions.tsv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *exceptions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      g_hash_table_insert (exceptions,
                           g_strdup_printf ("%s\t%s", fields[0], fields[1]),
                           g_strdup_printf ("%s\t%s", fields[2], fields[3]));
    }
  return exceptions;
}

static void
test_record (void)
{
  const char *shared = g_getenv ("PLENARY_SHARED_DATA");
  g_autofree char *path = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  g_autoptr(GHashTable) exceptions = read_exceptions ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_date = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);
  guint id_column, resolution_column, date_column, total_column;
  guint n_votes = 0, n_excepted = 0;
  gzFile in;

  if (shared != NULL)
    path = g_build_filename (shared, "undl", "ga-voting.csv.gz", NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the UN voting record is not here (PLENARY_SHARED_DATA/undl/ga-voting.csv.gz)");
      return;
    }

  in = gzopen (path, "rb");
  g_assert_nonnull (in);
  gzbuffer (in, 1 << 17);

  g_assert_true (read_record (in, line, fields));
  id_column = column (fields, "undl_id");
  resolution_column = column (fields, "resolution");
  date_column = column (fields, "date");
  total_column = column (fields, "total_ms");

  /* One row per member per vote: look at each vote once. */
  while (read_record (in, line, fields))
    {
      const char *id, *resolution, *date;
      g_autofree char *key = NULL;
      g_autofree char *figures = NULL;
      const char *exception;
      gpointer cached;
      guint total_ms, computed;

      g_assert_cmpuint (fields->len, >, total_column);
      id = g_ptr_array_index (fields, id_column);
      if (g_hash_table_contains (seen, id))
        continue;
      g_hash_table_add (seen, g_strdup (id));
      n_votes++;

      resolution = g_ptr_array_index (fields, resolution_column);
      date = g_ptr_array_index (fields, date_column);
      total_ms = (guint) g_ascii_strtod (g_ptr_array_index (fields, total_column), NULL);
      if (!g_hash_table_lookup_extended (by_date, date, NULL, &cached))
        {
          cached = GUINT_TO_POINTER (membership_on (dataset, date));
          g_hash_table_insert (by_date, g_strdup (date), cached);
        }
      computed = GPOINTER_TO_UINT (cached);

      key = g_strdup_printf ("%s\t%s", resolution, date);
      exception = g_hash_table_lookup (exceptions, key);
      if (exception != NULL)
        {
          /* A listed exception must still differ exactly as listed. */
          figures = g_strdup_printf ("%u\t%u", total_ms, computed);
          g_assert_cmpstr (figures, ==, exception);
          g_hash_table_remove (exceptions, key);
          n_excepted++;
          continue;
        }
      if (computed != total_ms)
        g_test_message ("%s of %s: total_ms %u, the model %u", resolution, date, total_ms, computed);
      g_assert_cmpuint (computed, ==, total_ms);
    }
  gzclose (in);

  g_test_message ("%u votes on %u dates; %u listed exceptions", n_votes,
                  g_hash_table_size (by_date), n_excepted);
  g_assert_cmpuint (n_votes, >=, 5528);
  /* Every listed exception was met. */
  g_assert_cmpuint (g_hash_table_size (exceptions), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/membership/counts", test_counts);
  g_test_add_func ("/membership/former-states", test_former_states);
  g_test_add_func ("/membership/names", test_names);
  g_test_add_func ("/membership/record", test_record);

  return g_test_run ();
}
