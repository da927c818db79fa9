/* test-io.c: reading and writing plenary-votes files, good and bad
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "plenary-date.h"
#include "plenary-atomic-file.h"
#include "plenary-io-error.h"
#include "plenary-loader.h"
#include "plenary-test-fixtures.h"
#include "plenary-votes-format.h"

static PlenaryDataset *
load_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlenaryDataset *dataset = plenary_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static PlenaryVote
vote_of (PlenaryResolution *resolution,
         PlenaryDataset    *dataset,
         const char        *code)
{
  int index = plenary_dataset_lookup_member (dataset, code);

  g_assert_cmpint (index, >=, 0);
  return plenary_resolution_get_vote (resolution, (guint) index);
}

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_test_load_fixture ("2025-02-24.json", &error);
  PlenaryResolution *ukraine, *path, *council;
  const PlenaryTally *tally;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 3);
  g_assert_cmpuint (plenary_dataset_get_warnings (dataset)->len, ==, 0);

  ukraine = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7");
  g_assert_nonnull (ukraine);
  tally = plenary_resolution_get_tally (ukraine);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_YES], ==, 93);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NO], ==, 18);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_ABSTAIN], ==, 65);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NON_VOTING], ==, 17);
  g_assert_cmpuint (tally->listed[PLENARY_VOTE_YES], ==, 93);
  g_assert_cmpuint (tally->listed[PLENARY_VOTE_NO], ==, 18);
  g_assert_cmpuint (tally->listed[PLENARY_VOTE_ABSTAIN], ==, 18);
  g_assert_cmpuint (tally->unattributed, ==, 64);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NOT_RECORDED], ==, 64);
  g_assert_cmpuint (tally->needed, ==, 74);
  g_assert_cmpint (plenary_resolution_get_outcome (ukraine), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_cmpint (vote_of (ukraine, dataset, "USA"), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (vote_of (ukraine, dataset, "RUS"), ==, PLENARY_VOTE_NO);
  g_assert_cmpint (vote_of (ukraine, dataset, "UKR"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (ukraine, dataset, "CHN"), ==, PLENARY_VOTE_ABSTAIN);
  g_assert_cmpint (vote_of (ukraine, dataset, "KEN"), ==, PLENARY_VOTE_NOT_RECORDED);

  path = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/8");
  tally = plenary_resolution_get_tally (path);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_ABSTAIN], ==, 73);
  g_assert_false (tally->known[PLENARY_VOTE_NON_VOTING]);
  /* The sample names 17 of the 193: the other 176 are not recorded, and
   * the totals count 157 votes it does not attribute (non-voting unreported). */
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NOT_RECORDED], ==, 176);
  g_assert_cmpuint (tally->unattributed, ==, 93 + 8 + 73 - 17);
  g_assert_cmpint (vote_of (path, dataset, "USA"), ==, PLENARY_VOTE_ABSTAIN);

  council = plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)");
  tally = plenary_resolution_get_tally (council);
  g_assert_cmpuint (tally->body_size, ==, 15);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_YES], ==, 10);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_ABSTAIN], ==, 5);
  g_assert_cmpuint (tally->unattributed, ==, 0);
  g_assert_cmpint (plenary_resolution_get_outcome (council), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_cmpint (vote_of (council, dataset, "FRA"), ==, PLENARY_VOTE_ABSTAIN);
  g_assert_cmpint (vote_of (council, dataset, "UKR"), ==, PLENARY_VOTE_NOT_IN_BODY);
}

typedef struct
{
  const char *name;
  const char *text;
  int         code;
  const char *expected;   /* a part of the message */
} BadInput;

#define HEADER "{\"format\": \"plenary-votes\", \"version\": 1, "
#define ONE_RESOLUTION(votes) \
  HEADER "\"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", \"date\": \"2025-01-01\", " \
  "\"votes\": " votes "}]}"

static const BadInput bad_inputs[] = {
  { "not-json", "hello", PLENARY_IO_ERROR_SYNTAX, "bad.json:1:" },
  { "empty", "", PLENARY_IO_ERROR_SYNTAX, "bad.json:1:1: the file is empty" },
  { "wrong-format", "{\"format\": \"geojson\", \"version\": 1, \"resolutions\": []}",
    PLENARY_IO_ERROR_NOT_PLENARY, "format: this is not a Plenary votes file" },
  { "no-format", "{\"version\": 1}", PLENARY_IO_ERROR_NOT_PLENARY, "not a Plenary votes file" },
  { "root-array", "[1, 2, 3]", PLENARY_IO_ERROR_NOT_PLENARY, "an array" },
  { "newer-version", "{\"format\": \"plenary-votes\", \"version\": 3, \"resolutions\": []}",
    PLENARY_IO_ERROR_UNSUPPORTED_VERSION, "bad.json: version: the file is in version 3" },
  { "version-string", "{\"format\": \"plenary-votes\", \"version\": \"1\", \"resolutions\": []}",
    PLENARY_IO_ERROR_WRONG_TYPE, "version: expected a whole number, found a string" },
  { "no-resolutions", HEADER "\"title\": \"x\"}", PLENARY_IO_ERROR_MISSING_FIELD, "“resolutions”" },
  { "missing-symbol",
    HEADER "\"resolutions\": [{\"body\": \"GA\", \"date\": \"2025-01-01\", \"votes\": {}}]}",
    PLENARY_IO_ERROR_MISSING_FIELD, "bad.json: resolutions[0]: the required field “symbol” is missing" },
  { "votes-not-object", ONE_RESOLUTION ("[\"USA\"]"),
    PLENARY_IO_ERROR_WRONG_TYPE, "resolutions[0].votes: expected an object" },
  { "unknown-code", ONE_RESOLUTION ("{\"yes\": [\"USA\", \"XYZ\"]}"),
    PLENARY_IO_ERROR_UNKNOWN_CODE, "resolutions[0].votes.yes[1]: unknown member code “XYZ”" },
  { "listed-twice", ONE_RESOLUTION ("{\"yes\": [\"USA\"], \"no\": [\"RUS\", \"USA\"]}"),
    PLENARY_IO_ERROR_DUPLICATE_VOTE, "resolutions[0].votes.no[1]: “USA” is listed twice" },
  { "code-not-string", ONE_RESOLUTION ("{\"yes\": [\"USA\", 42]}"),
    PLENARY_IO_ERROR_WRONG_TYPE, "resolutions[0].votes.yes[1]: expected a member code, found a number" },
  { "total-not-number",
    HEADER "\"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", \"date\": \"2025-01-01\", "
    "\"votes\": {}, \"totals\": {\"yes\": \"93\"}}]}",
    PLENARY_IO_ERROR_WRONG_TYPE, "resolutions[0].totals.yes: expected a whole number" },
  { "more-listed-than-total",
    HEADER "\"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", \"date\": \"2025-01-01\", "
    "\"votes\": {\"no\": [\"USA\", \"RUS\"]}, \"totals\": {\"no\": 1}}]}",
    PLENARY_IO_ERROR_INCONSISTENT, "resolutions[0]: the file lists 2 members under “no”" },
  { "bad-date",
    HEADER "\"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", \"date\": \"24/02/2025\", \"votes\": {}}]}",
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].date: “24/02/2025” is not a date" },
  { "bad-body",
    HEADER "\"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"HRC\", \"date\": \"2025-01-01\", \"votes\": {}}]}",
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].body: “HRC” is not a body" },
  { "unknown-field",
    HEADER "\"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", \"date\": \"2025-01-01\", "
    "\"votes\": {}, \"colour\": \"red\"}]}",
    PLENARY_IO_ERROR_UNKNOWN_FIELD, "resolutions[0].colour: unknown field" },
  { "duplicate-symbol",
    HEADER "\"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", \"date\": \"2025-01-01\", \"votes\": {}},"
    "{\"symbol\": \"A/RES/1\", \"body\": \"GA\", \"date\": \"2025-01-02\", \"votes\": {}}]}",
    PLENARY_IO_ERROR_DUPLICATE_ENTRY, "resolutions[1].symbol" },
  { "duplicate-key", ONE_RESOLUTION ("{\"yes\": [\"USA\"], \"yes\": [\"RUS\"]}"),
    PLENARY_IO_ERROR_DUPLICATE_KEY, "bad.json:1:" },
  { "council-overfull",
    HEADER "\"resolutions\": [{\"symbol\": \"S/RES/1\", \"body\": \"SC\", \"date\": \"2025-01-01\", "
    "\"votes\": {\"yes\": [\"USA\"]}, \"totals\": {\"yes\": 16}}]}",
    PLENARY_IO_ERROR_INCONSISTENT, "16 votes for a Security Council of 15 members" },
  { "wrong-majority",
    HEADER "\"resolutions\": [{\"symbol\": \"S/RES/1\", \"body\": \"SC\", \"date\": \"2025-01-01\", "
    "\"majority\": \"two-thirds\", \"votes\": {}}]}",
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].majority" },
  { "undeclared-historical",
    HEADER "\"members\": [{\"code\": \"XXA\"}], \"resolutions\": []}",
    PLENARY_IO_ERROR_MISSING_FIELD, "members[0]: the member “XXA” needs a “name”" },
  { "bad-member-code",
    HEADER "\"members\": [{\"code\": \"ukr\"}], \"resolutions\": []}",
    PLENARY_IO_ERROR_INVALID_VALUE, "members[0].code" },
  { "invalid-utf8", "{\"format\": \"plenary-votes\", \"title\": \"\xff\xfe\"}",
    PLENARY_IO_ERROR_ENCODING, "bad.json:1:" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;

  dataset = plenary_votes_read (bad->text, strlen (bad->text), "bad.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, PLENARY_IO_ERROR, bad->code);
  if (strstr (error->message, bad->expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, bad->expected);
}

static void
test_truncated (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "full.json", NULL);
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize cut = 0; cut < length - 2; cut += 97)
    {
      g_autoptr(PlenaryDataset) dataset = plenary_votes_read (contents, cut, "cut.json", &error);

      g_assert_null (dataset);
      g_assert_nonnull (error);
      g_assert_true (error->domain == PLENARY_IO_ERROR);
      /* Only the cut at 0 leaves no value to be cut short. */
      g_assert_cmpint (error->code, ==, cut == 0 ? PLENARY_IO_ERROR_SYNTAX : PLENARY_IO_ERROR_TRUNCATED);
      g_assert_true (g_str_has_prefix (error->message, "cut.json"));
      g_clear_error (&error);
    }
}

static void
test_deep_nesting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;
  gsize depth = 100000;
  g_autofree char *text = g_malloc (depth + 1);

  /* json-glib would overflow the stack on this; the scan stops it first. */
  memset (text, '[', depth);
  text[depth] = '\0';
  dataset = plenary_votes_read (text, depth, "deep.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "deep.json:1:65:"));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/plenary/votes.json");
  g_autoptr(PlenaryDataset) dataset = plenary_load_file (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "votes.json: "));
}

static void
assert_same_resolution (PlenaryResolution *a,
                        PlenaryResolution *b)
{
  g_autoptr(GList) languages = plenary_resolution_get_title_languages (a);
  g_autoptr(GList) other_languages = plenary_resolution_get_title_languages (b);

  g_assert_cmpstr (plenary_resolution_get_symbol (a), ==, plenary_resolution_get_symbol (b));
  g_assert_cmpint (plenary_resolution_get_body (a), ==, plenary_resolution_get_body (b));
  g_assert_cmpint (g_date_compare (plenary_resolution_get_date (a), plenary_resolution_get_date (b)), ==, 0);
  g_assert_cmpstr (plenary_resolution_get_title (a), ==, plenary_resolution_get_title (b));
  g_assert_cmpstr (plenary_resolution_get_session (a), ==, plenary_resolution_get_session (b));
  g_assert_cmpstr (plenary_resolution_get_draft (a), ==, plenary_resolution_get_draft (b));
  g_assert_cmpstr (plenary_resolution_get_meeting (a), ==, plenary_resolution_get_meeting (b));
  g_assert_cmpstr (plenary_resolution_get_source (a), ==, plenary_resolution_get_source (b));
  g_assert_cmpstr (plenary_resolution_get_record (a), ==, plenary_resolution_get_record (b));
  g_assert_cmpstr (plenary_resolution_get_agenda (a), ==, plenary_resolution_get_agenda (b));
  g_assert_cmpstr (plenary_resolution_get_subjects (a), ==, plenary_resolution_get_subjects (b));
  g_assert_cmpint (plenary_resolution_get_without_vote (a), ==, plenary_resolution_get_without_vote (b));
  g_assert_cmpint (plenary_resolution_get_majority (a), ==, plenary_resolution_get_majority (b));
  g_assert_cmpint (plenary_resolution_get_outcome_is_explicit (a), ==,
                   plenary_resolution_get_outcome_is_explicit (b));
  g_assert_cmpint (plenary_resolution_get_outcome (a), ==, plenary_resolution_get_outcome (b));
  for (PlenaryVote vote = PLENARY_VOTE_YES; vote <= PLENARY_VOTE_NON_VOTING; vote++)
    g_assert_cmpint (plenary_resolution_get_official_total (a, vote), ==,
                     plenary_resolution_get_official_total (b, vote));
  g_assert_cmpuint (plenary_resolution_get_n_members (a), ==, plenary_resolution_get_n_members (b));
  for (guint i = 0; i < plenary_resolution_get_n_members (a); i++)
    g_assert_cmpint (plenary_resolution_get_recorded_vote (a, i), ==,
                     plenary_resolution_get_recorded_vote (b, i));
  for (GList *l = languages; l != NULL; l = l->next)
    g_assert_cmpstr (plenary_resolution_get_title_for_language (a, l->data), ==,
                     plenary_resolution_get_title_for_language (b, l->data));
  g_assert_cmpuint (g_list_length (languages), ==, g_list_length (other_languages));
}

static void
assert_same_dataset (PlenaryDataset *a,
                     PlenaryDataset *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpstr (plenary_dataset_get_title (a), ==, plenary_dataset_get_title (b));
  g_assert_cmpstr (plenary_dataset_get_source (a), ==, plenary_dataset_get_source (b));
  g_assert_cmpuint (plenary_dataset_get_n_members (a), ==, plenary_dataset_get_n_members (b));
  for (guint i = 0; i < plenary_dataset_get_n_members (a); i++)
    {
      PlenaryMember *ma = plenary_dataset_get_member (a, i);
      PlenaryMember *mb = plenary_dataset_get_member (b, i);

      g_assert_cmpstr (plenary_member_get_code (ma), ==, plenary_member_get_code (mb));
      g_assert_cmpstr (plenary_member_get_data_name (ma), ==, plenary_member_get_data_name (mb));
      g_assert_cmpint (plenary_member_get_group (ma), ==, plenary_member_get_group (mb));
      g_assert_cmpint (plenary_member_get_declared (ma), ==, plenary_member_get_declared (mb));
      g_assert_cmpint (plenary_member_get_left (ma) != NULL, ==, plenary_member_get_left (mb) != NULL);
      g_assert_cmpint (plenary_member_get_admitted (ma) != NULL, ==, plenary_member_get_admitted (mb) != NULL);
    }
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (b)));
  for (guint i = 0; i < n; i++)
    assert_same_resolution (plenary_dataset_get_resolution (a, i), plenary_dataset_get_resolution (b, i));
}

static void
test_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) first = NULL;
  g_autoptr(PlenaryDataset) second = NULL;
  g_autoptr(PlenaryDataset) third = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  gsize length;

  first = g_str_equal (name, "sample") ? plenary_test_load_fixture ("2025-02-24.json", &error) : load_fixture (name);
  g_assert_no_error (error);

  text = plenary_votes_write (first, &length);
  second = plenary_votes_read (text, length, "saved.json", &error);
  g_assert_no_error (error);
  assert_same_dataset (first, second);

  /* Writing is stable: the second save is byte for byte the first. */
  again = plenary_votes_write (second, &length);
  g_assert_cmpstr (text, ==, again);
  third = plenary_votes_read (again, length, "again.json", &error);
  g_assert_no_error (error);
  assert_same_dataset (first, third);
}

static void
test_fixture_fields (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ("full.json");
  PlenaryResolution *old = plenary_dataset_find_resolution (dataset, "A/RES/TEST/1");
  PlenaryResolution *council = plenary_dataset_find_resolution (dataset, "S/TEST/2");
  int soviet = plenary_dataset_lookup_member (dataset, "SUN");

  g_assert_cmpint (soviet, >=, 193);
  g_assert_cmpstr (plenary_member_get_name (plenary_dataset_get_member (dataset, soviet)), ==,
                   "Soviet Union");
  g_assert_cmpstr (plenary_member_get_data_name (plenary_dataset_get_member (dataset, soviet)), ==,
                   "Union of Soviet Socialist Republics");
  g_assert_cmpint (vote_of (old, dataset, "SUN"), ==, PLENARY_VOTE_YES);
  g_assert_cmpint (vote_of (old, dataset, "CHN"), ==, PLENARY_VOTE_NON_VOTING);
  g_assert_cmpstr (plenary_resolution_get_title_for_language (old, "fr"), ==,
                   "Un essai de l’Assemblée générale");
  /* Procedural: Russia's no is no veto, but the file says the draft failed. */
  g_assert_true (plenary_resolution_get_outcome_is_explicit (council));
  g_assert_cmpint (plenary_resolution_get_outcome (council), ==, PLENARY_OUTCOME_NOT_ADOPTED);
  g_assert_cmpint (plenary_resolution_get_majority (council), ==, PLENARY_MAJORITY_PROCEDURAL);
}

/* The states of the past are in every dataset: a file that declares one says
 * more about it, and a save writes back exactly what the file declared. */
static void
test_declared_members (void)
{
  static const char members[] =
    "[{\"code\": \"SUN\", \"name\": \"Union of Soviet Socialist Republics\", \"left\": \"1991-12-24\"}, "
    "{\"code\": \"DDR\", \"name\": \"German Democratic Republic\"}, "
    "{\"code\": \"UKR\"}]";
  g_autofree char *text = g_strconcat (HEADER "\"members\": ", members, ", \"resolutions\": []}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(JsonNode) declared = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *saved = NULL;
  g_autofree char *admitted = NULL;
  PlenaryMember *east;
  JsonArray *written;
  gsize length;

  dataset = plenary_votes_read (text, strlen (text), "members.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plenary_dataset_get_n_members (dataset), ==, 193 + 9);
  east = plenary_dataset_get_member (dataset, (guint) plenary_dataset_lookup_member (dataset, "DDR"));
  g_assert_true (plenary_member_get_declared (east));
  /* The file gives no dates: Plenary's own stand. */
  admitted = plenary_date_to_iso (plenary_member_get_admitted (east));
  g_assert_cmpstr (admitted, ==, "1973-09-18");

  /* The save lists them in the table's order, each exactly as declared. */
  saved = plenary_votes_write (dataset, &length);
  g_assert_true (json_parser_load_from_data (parser, saved, (gssize) length, &error));
  g_assert_no_error (error);
  written = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "members");
  declared = json_from_string (members, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (written), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonNode *expected = json_array_get_element (json_node_get_array (declared), i);
      const char *code = json_object_get_string_member (json_node_get_object (expected), "code");
      gboolean found = FALSE;

      for (guint j = 0; j < 3; j++)
        {
          JsonNode *member = json_array_get_element (written, j);

          if (g_str_equal (json_object_get_string_member (json_node_get_object (member), "code"), code))
            {
              g_assert_true (json_node_equal (expected, member));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

static void
test_save_atomic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_test_load_fixture ("2025-02-24.json", &error);
  g_autofree char *dir = g_dir_make_tmp ("plenary-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "votes.json", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "missing", "votes.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) unwritable = g_file_new_for_path (missing_dir);
  g_autoptr(PlenaryDataset) reloaded = NULL;
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "an older file that is much longer than nothing", -1, NULL));

  g_assert_true (plenary_votes_save (dataset, file, NULL, &error));
  g_assert_no_error (error);
  reloaded = plenary_load_file (file, NULL, &error);
  g_assert_no_error (error);
  assert_same_dataset (dataset, reloaded);

  g_assert_false (plenary_votes_save (dataset, unwritable, NULL, &error));
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "missing"));

  /* Nothing but the saved file is left behind. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\" : \"plenary-votes\""));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Version 2 keeps every field, whatever its characters. */
static void
test_version_2_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) first = plenary_test_load_fixture ("2025-02-24.json", &error);
  g_autoptr(PlenaryDataset) second = NULL;
  PlenaryResolution *resolution = plenary_dataset_find_resolution (first, "A/RES/ES-11/8");
  g_autofree char *text = NULL;
  gsize length;

  g_assert_no_error (error);
  plenary_resolution_set_title (resolution, "Tabs\tnew\nlines\r, back\\slashes | pipes = equals");
  plenary_resolution_set_title_for_language (resolution, "fr", "La voie | de la paix = \\ \t");
  plenary_resolution_set_title_for_language (resolution, "zh_CN", "和平之路");
  plenary_resolution_set_record (resolution, "4076673");
  plenary_resolution_set_agenda (resolution, "Letter dated 28 February 2014");
  plenary_resolution_set_subjects (resolution, "UKRAINE--SITUATION|PEACE");
  plenary_resolution_set_without_vote (resolution, TRUE);
  plenary_resolution_set_explicit_outcome (resolution, PLENARY_OUTCOME_ADOPTED);

  text = plenary_votes_write (first, &length);
  g_assert_nonnull (strstr (text, "\"version\" : 2"));
  second = plenary_votes_read (text, length, "saved.json", &error);
  g_assert_no_error (error);
  assert_same_dataset (first, second);
  g_assert_cmpstr (plenary_resolution_get_title_for_language (plenary_dataset_find_resolution (second, "A/RES/ES-11/8"),
                                                              "fr"),
                   ==, "La voie | de la paix = \\ \t");
}

#define V2_HEADER "{\"format\": \"plenary-votes\", \"version\": 2, \"codes\": [\"FRA\", \"USA\"], "
#define V2_COLUMNS "\"columns\": [\"symbol\", \"body\", \"date\", \"totals\", \"votes\"], "
#define V2_LINE(line) V2_HEADER V2_COLUMNS "\"resolutions\": [\"" line "\"]}"

static const BadInput bad_v2_inputs[] = {
  { "v2-fields", V2_LINE ("A/RES/1\\tGA\\t2025-01-01\\tYN"),
    PLENARY_IO_ERROR_INVALID_VALUE, "bad.json: resolutions[0]: the line has 4 fields, but “columns” names 5" },
  { "v2-escape", V2_LINE ("A/RES/1\\\\q\\tGA\\t2025-01-01\\t\\tYN"),
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].symbol: a backslash that does not start" },
  { "v2-short-votes", V2_LINE ("A/RES/1\\tGA\\t2025-01-01\\t\\tY"),
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].votes: 1 votes for 2 codes" },
  { "v2-long-run", V2_LINE ("A/RES/1\\tGA\\t2025-01-01\\t\\tY3"),
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].votes: more votes than the 2 codes" },
  { "v2-zero-run", V2_LINE ("A/RES/1\\tGA\\t2025-01-01\\t\\tY02"),
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].votes: a run of votes cannot start with 0" },
  { "v2-vote-letter", V2_LINE ("A/RES/1\\tGA\\t2025-01-01\\t\\tYQ"),
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].votes: the vote of member 2 is “Q”" },
  { "v2-totals", V2_LINE ("A/RES/1\\tGA\\t2025-01-01\\t1 2 3\\tYN"),
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].totals: “1 2 3” is not four totals" },
  { "v2-total-range", V2_LINE ("A/RES/1\\tGA\\t2025-01-01\\t1 2 3 99999999999\\tYN"),
    PLENARY_IO_ERROR_OUT_OF_RANGE, "resolutions[0].totals: “99999999999” is not a count" },
  { "v2-body", V2_LINE ("A/RES/1\\tHRC\\t2025-01-01\\t\\tYN"),
    PLENARY_IO_ERROR_INVALID_VALUE, "resolutions[0].body: “HRC” is not a body" },
  { "v2-unknown-column",
    V2_HEADER "\"columns\": [\"symbol\", \"colour\"], \"resolutions\": []}",
    PLENARY_IO_ERROR_UNKNOWN_FIELD, "bad.json: columns[1]: “colour” is not a column" },
  { "v2-missing-column",
    V2_HEADER "\"columns\": [\"symbol\", \"body\", \"date\"], \"resolutions\": []}",
    PLENARY_IO_ERROR_MISSING_FIELD, "bad.json: columns: the required column “votes” is missing" },
  { "v2-unknown-code",
    "{\"format\": \"plenary-votes\", \"version\": 2, \"codes\": [\"FRA\", \"XYZ\"], " V2_COLUMNS
    "\"resolutions\": []}",
    PLENARY_IO_ERROR_UNKNOWN_CODE, "bad.json: codes[1]: unknown member code “XYZ”" },
  { "v2-code-twice",
    "{\"format\": \"plenary-votes\", \"version\": 2, \"codes\": [\"FRA\", \"FRA\"], " V2_COLUMNS
    "\"resolutions\": []}",
    PLENARY_IO_ERROR_DUPLICATE_ENTRY, "bad.json: codes[1]: the code “FRA” is listed twice" },
  { "v2-line-not-string",
    V2_HEADER V2_COLUMNS "\"resolutions\": [{\"symbol\": \"A/RES/1\"}]}",
    PLENARY_IO_ERROR_WRONG_TYPE, "bad.json: resolutions[0]: expected a line of text" },
  { "v2-no-codes", "{\"format\": \"plenary-votes\", \"version\": 2, " V2_COLUMNS "\"resolutions\": []}",
    PLENARY_IO_ERROR_MISSING_FIELD, "bad.json: the required field “codes” is missing" },
};

/* Writes that must not harm what they would replace. */

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("plenary-write-XXXXXX", &error);

  g_assert_no_error (error);
  return folder;
}

static guint
count_entries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static gboolean
replace (const char  *path,
         const char  *text,
         GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return plenary_atomic_file_replace (file, text, strlen (text), NULL, error);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
test_write_refuses_special_files (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *fifo = g_build_filename (folder, "pipe.png", NULL);
  g_autofree char *link = g_build_filename (folder, "link.png", NULL);
  g_autofree char *subfolder = g_build_filename (folder, "folder.png", NULL);
  g_autoptr(GError) error = NULL;
  struct stat info;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_false (replace (fifo, "a picture", &error));
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "pipe.png"));
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_assert_cmpint (lstat (fifo, &info), ==, 0);
  g_assert_true (S_ISFIFO (info.st_mode));
  g_clear_error (&error);

  /* A link to a pipe is refused too, and stays a link. */
  g_assert_cmpint (symlink ("pipe.png", link), ==, 0);
  g_assert_false (replace (link, "a picture", &error));
  g_assert_nonnull (strstr (error->message, "link.png"));
  g_assert_cmpint (lstat (link, &info), ==, 0);
  g_assert_true (S_ISLNK (info.st_mode));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (subfolder, 0755), ==, 0);
  g_assert_false (replace (subfolder, "a picture", &error));
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_assert_true (g_file_test (subfolder, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  g_assert_cmpuint (count_entries (folder), ==, 3);
  g_assert_cmpint (g_rmdir (subfolder), ==, 0);
  remove_folder (folder);
}

static void
test_write_follows_links_and_keeps_modes (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *real = g_build_filename (folder, "real.json", NULL);
  g_autofree char *link = g_build_filename (folder, "link.json", NULL);
  g_autofree char *locked = g_build_filename (folder, "locked.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct stat info;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0640), ==, 0);
  g_assert_cmpint (symlink ("real.json", link), ==, 0);

  /* Through the link: the file it points to is replaced, the link stays. */
  g_assert_true (replace (link, "new", &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (link, &info), ==, 0);
  g_assert_true (S_ISLNK (info.st_mode));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  /* And its mode is kept. */
  g_assert_cmpint (stat (real, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0640);

  /* A read-only file is not replaced, even by root. */
  g_assert_true (g_file_set_contents (locked, "keep me", -1, NULL));
  g_assert_cmpint (g_chmod (locked, 0444), ==, 0);
  g_assert_false (replace (locked, "new", &error));
  g_assert_nonnull (strstr (error->message, "locked.json"));
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (locked, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");

  g_assert_cmpuint (count_entries (folder), ==, 3);
  remove_folder (folder);
}

/* A write that fails after new bytes went to disk: the file-size limit
 * stops it half way (even as root). The old file is whole, and no
 * temporary file is left. */
static void
test_write_failing_midway (void)
{
  g_autofree char *folder = make_folder ();
  g_autofree char *path = g_build_filename (folder, "votes.json", NULL);
  g_autofree char *contents = NULL;
  const char *old = "the old file, which must survive";

  g_assert_true (g_file_set_contents (path, old, -1, NULL));

  if (g_test_subprocess ())
    {
      g_autofree char *big = g_strnfill (64 * 1024, 'x');
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 4096, 4096 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (replace (g_getenv ("PLENARY_TEST_PATH"), big, &error));
      g_assert_nonnull (strstr (error->message, "votes.json"));
      g_assert_null (strstr (error->message, ".votes.json."));
      return;
    }

  g_setenv ("PLENARY_TEST_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old);
  g_assert_cmpuint (count_entries (folder), ==, 1);
  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/sample", test_sample);
  g_test_add_func ("/io/fixture", test_fixture_fields);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/bad/%s", bad_inputs[i].name);

      g_test_add_data_func (path, &bad_inputs[i], test_bad_input);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_v2_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/bad/%s", bad_v2_inputs[i].name);

      g_test_add_data_func (path, &bad_v2_inputs[i], test_bad_input);
    }
  g_test_add_func ("/io/round-trip/version-2", test_version_2_round_trip);
  g_test_add_func ("/io/bad/truncated", test_truncated);
  g_test_add_func ("/io/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/io/bad/missing-file", test_missing_file);
  g_test_add_data_func ("/io/round-trip/sample", "sample", test_round_trip);
  g_test_add_data_func ("/io/round-trip/full", "full.json", test_round_trip);
  g_test_add_func ("/io/save/atomic", test_save_atomic);
  g_test_add_func ("/io/write/special-files", test_write_refuses_special_files);
  g_test_add_func ("/io/write/links-and-modes", test_write_follows_links_and_keeps_modes);
  g_test_add_func ("/io/write/failing-midway", test_write_failing_midway);
  g_test_add_func ("/io/save/declared-members", test_declared_members);

  return g_test_run ();
}
