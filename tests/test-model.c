/* test-model.c: the model's rules: outcomes at their edges, tallies, membership
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "plenary-dataset.h"
#include "plenary-date.h"
#include "plenary-format.h"

/* The first @n members of the dataset (in code order) that are not
 * permanent members of the Council. */
static void
vote_first (PlenaryDataset    *dataset,
            PlenaryResolution *resolution,
            guint             *next,
            guint              n,
            PlenaryVote        vote)
{
  while (n > 0)
    {
      PlenaryMember *member = plenary_dataset_get_member (dataset, (*next)++);

      if (plenary_member_is_permanent (member))
        continue;
      g_assert_true (plenary_resolution_set_vote (resolution,
                                                  (guint) plenary_dataset_lookup_member (dataset, plenary_member_get_code (member)),
                                                  vote));
      n--;
    }
}

static PlenaryResolution *
new_resolution (PlenaryDataset *dataset,
                PlenaryBody     body,
                const char     *date_text)
{
  GDate date;

  g_assert_true (plenary_date_parse_iso (date_text, &date));
  return plenary_resolution_new (plenary_dataset_get_members (dataset), "TEST/1", body, &date);
}

static PlenaryOutcome
general_assembly_outcome (PlenaryMajority majority,
                          guint           yes,
                          guint           no)
{
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  g_autoptr(PlenaryResolution) resolution = new_resolution (dataset, PLENARY_BODY_GENERAL_ASSEMBLY,
                                                            "2025-02-24");
  guint next = 0;

  plenary_resolution_set_majority (resolution, majority);
  vote_first (dataset, resolution, &next, yes, PLENARY_VOTE_YES);
  vote_first (dataset, resolution, &next, no, PLENARY_VOTE_NO);
  vote_first (dataset, resolution, &next, 30, PLENARY_VOTE_ABSTAIN);
  return plenary_resolution_get_outcome (resolution);
}

static void
test_two_thirds_edges (void)
{
  /* Adopted when yes >= 2 × no: abstentions do not count. */
  g_assert_cmpint (general_assembly_outcome (PLENARY_MAJORITY_TWO_THIRDS, 40, 20), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_cmpint (general_assembly_outcome (PLENARY_MAJORITY_TWO_THIRDS, 39, 20), ==, PLENARY_OUTCOME_NOT_ADOPTED);
  g_assert_cmpint (general_assembly_outcome (PLENARY_MAJORITY_TWO_THIRDS, 2, 1), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_cmpint (general_assembly_outcome (PLENARY_MAJORITY_TWO_THIRDS, 1, 1), ==, PLENARY_OUTCOME_NOT_ADOPTED);
}

static void
test_simple_majority_edges (void)
{
  g_assert_cmpint (general_assembly_outcome (PLENARY_MAJORITY_SIMPLE, 21, 20), ==, PLENARY_OUTCOME_ADOPTED);
  g_assert_cmpint (general_assembly_outcome (PLENARY_MAJORITY_SIMPLE, 20, 20), ==, PLENARY_OUTCOME_NOT_ADOPTED);
}

static PlenaryResolution *
council_vote (PlenaryDataset *dataset,
              guint           elected_yes,
              const char     *permanent_code,
              PlenaryVote     permanent_vote)
{
  static const char * const permanent[] = { "CHN", "FRA", "GBR", "RUS", "USA" };
  PlenaryResolution *resolution = new_resolution (dataset, PLENARY_BODY_SECURITY_COUNCIL, "2025-02-24");
  guint next = 0;

  /* The other four permanent members vote yes. */
  for (guint i = 0; i < G_N_ELEMENTS (permanent); i++)
    {
      PlenaryVote vote = g_str_equal (permanent[i], permanent_code) ? permanent_vote : PLENARY_VOTE_YES;

      plenary_resolution_set_vote (resolution,
                                   (guint) plenary_dataset_lookup_member (dataset, permanent[i]),
                                   vote);
    }
  vote_first (dataset, resolution, &next, elected_yes, PLENARY_VOTE_YES);
  vote_first (dataset, resolution, &next, 10 - elected_yes, PLENARY_VOTE_ABSTAIN);
  return resolution;
}

static void
test_security_council_veto (void)
{
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  g_autoptr(PlenaryResolution) vetoed = council_vote (dataset, 5, "RUS", PLENARY_VOTE_NO);
  g_autoptr(PlenaryResolution) abstained = council_vote (dataset, 5, "FRA", PLENARY_VOTE_ABSTAIN);
  g_autoptr(PlenaryResolution) eight = council_vote (dataset, 4, "GBR", PLENARY_VOTE_ABSTAIN);
  g_autoptr(PlenaryResolution) procedural = council_vote (dataset, 5, "USA", PLENARY_VOTE_NO);

  /* 9 yes (4 permanent + 5 elected) and a permanent member's no: vetoed. */
  g_assert_cmpuint (plenary_resolution_get_tally (vetoed)->counts[PLENARY_VOTE_YES], ==, 9);
  g_assert_true (plenary_resolution_get_tally (vetoed)->permanent_no);
  g_assert_cmpint (plenary_resolution_get_outcome (vetoed), ==, PLENARY_OUTCOME_VETOED);

  /* A permanent member's abstention is not a veto. */
  g_assert_cmpuint (plenary_resolution_get_tally (abstained)->counts[PLENARY_VOTE_YES], ==, 9);
  g_assert_cmpint (plenary_resolution_get_outcome (abstained), ==, PLENARY_OUTCOME_ADOPTED);

  /* Eight votes are not enough. */
  g_assert_cmpuint (plenary_resolution_get_tally (eight)->counts[PLENARY_VOTE_YES], ==, 8);
  g_assert_cmpint (plenary_resolution_get_outcome (eight), ==, PLENARY_OUTCOME_NOT_ADOPTED);

  /* No veto on procedural matters. */
  plenary_resolution_set_majority (procedural, PLENARY_MAJORITY_PROCEDURAL);
  g_assert_cmpint (plenary_resolution_get_outcome (procedural), ==, PLENARY_OUTCOME_ADOPTED);

  /* The Council has 15 seats; everyone else is not in this body. */
  g_assert_cmpuint (plenary_resolution_get_tally (abstained)->body_size, ==, 15);
  g_assert_cmpint (plenary_resolution_get_vote (abstained,
                                                (guint) plenary_dataset_lookup_member (dataset, "ZWE")),
                   ==, PLENARY_VOTE_NOT_IN_BODY);
}

static void
test_not_recorded_is_not_non_voting (void)
{
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  g_autoptr(PlenaryResolution) resolution = new_resolution (dataset, PLENARY_BODY_GENERAL_ASSEMBLY,
                                                            "2025-02-24");
  const PlenaryTally *tally;
  guint next = 0;
  int ukr = plenary_dataset_lookup_member (dataset, "UKR");
  int usa = plenary_dataset_lookup_member (dataset, "USA");

  vote_first (dataset, resolution, &next, 100, PLENARY_VOTE_YES);
  vote_first (dataset, resolution, &next, 3, PLENARY_VOTE_NON_VOTING);
  g_assert_true (plenary_resolution_set_vote (resolution, (guint) usa, PLENARY_VOTE_NO));
  g_assert_false (plenary_resolution_set_vote (resolution, (guint) usa, PLENARY_VOTE_YES));

  tally = plenary_resolution_get_tally (resolution);
  /* 193 members of today and 9 states of the past, which are not in a 2025 body. */
  g_assert_cmpuint (plenary_dataset_get_n_members (dataset), ==, 193 + 9);
  g_assert_cmpuint (tally->body_size, ==, 193);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_YES], ==, 100);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NO], ==, 1);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NON_VOTING], ==, 3);
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NOT_RECORDED], ==, 193 - 104);
  g_assert_cmpuint (tally->unattributed, ==, 0);
  g_assert_cmpint (plenary_resolution_get_vote (resolution, (guint) ukr), ==, PLENARY_VOTE_NOT_RECORDED);
  g_assert_cmpint (plenary_resolution_get_vote (resolution, (guint) usa), ==, PLENARY_VOTE_NO);
}

static void
test_official_totals (void)
{
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  g_autoptr(PlenaryResolution) resolution = new_resolution (dataset, PLENARY_BODY_GENERAL_ASSEMBLY,
                                                            "2025-02-24");
  const PlenaryTally *tally;
  g_autofree char *text = NULL;
  guint next = 0;

  vote_first (dataset, resolution, &next, 6, PLENARY_VOTE_YES);
  vote_first (dataset, resolution, &next, 2, PLENARY_VOTE_NO);
  plenary_resolution_set_majority (resolution, PLENARY_MAJORITY_TWO_THIRDS);
  plenary_resolution_set_official_total (resolution, PLENARY_VOTE_YES, 93);
  plenary_resolution_set_official_total (resolution, PLENARY_VOTE_NO, 8);
  plenary_resolution_set_official_total (resolution, PLENARY_VOTE_ABSTAIN, 73);

  tally = plenary_resolution_get_tally (resolution);
  /* Official totals are the figures to show; the unreported category is unknown. */
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_YES], ==, 93);
  g_assert_cmpuint (tally->listed[PLENARY_VOTE_YES], ==, 6);
  g_assert_false (tally->known[PLENARY_VOTE_NON_VOTING]);
  /* Not recorded: the members of the body the file gives no vote for. */
  g_assert_cmpuint (tally->counts[PLENARY_VOTE_NOT_RECORDED], ==, 193 - 6 - 2);
  g_assert_cmpuint (tally->unattributed, ==, (93 - 6) + (8 - 2) + 73);
  /* Two-thirds of the 101 present and voting. */
  g_assert_cmpuint (tally->present_voting, ==, 101);
  g_assert_cmpuint (tally->needed, ==, 68);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_ADOPTED);

  text = plenary_format_tally (tally);
  g_assert_cmpstr (text, ==, "93–8–73");

  plenary_resolution_set_explicit_outcome (resolution, PLENARY_OUTCOME_NOT_ADOPTED);
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_NOT_ADOPTED);
}

static void
test_membership_dates (void)
{
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  g_autoptr(PlenaryResolution) before = NULL;
  g_autoptr(PlenaryResolution) after = NULL;
  int index = plenary_dataset_lookup_member (dataset, "SUN");
  PlenaryMember *soviet;
  g_autofree char *admitted = NULL;
  GDate left;

  /* Every dataset knows the states of the past, with their dates. */
  g_assert_cmpint (index, >=, 193);
  soviet = plenary_dataset_get_member (dataset, (guint) index);
  g_assert_false (plenary_member_get_declared (soviet));
  g_assert_cmpint (plenary_member_get_group (soviet), ==, PLENARY_GROUP_EASTERN_EUROPEAN);
  g_assert_false (plenary_member_get_group_is_set (soviet));
  admitted = plenary_date_to_iso (plenary_member_get_admitted (soviet));
  g_assert_cmpstr (admitted, ==, "1945-10-24");
  g_assert_null (plenary_member_get_data_admitted (soviet));

  /* A file's name and dates go over Plenary's own; only they are saved. */
  g_assert_true (plenary_date_parse_iso ("1991-12-24", &left));
  plenary_member_set_name (soviet, "Union of Soviet Socialist Republics");
  plenary_member_set_left (soviet, &left);
  g_assert_true (g_date_compare (plenary_member_get_data_left (soviet), &left) == 0);
  g_assert_nonnull (plenary_member_get_admitted (soviet));

  before = new_resolution (dataset, PLENARY_BODY_GENERAL_ASSEMBLY, "1990-01-01");
  after = new_resolution (dataset, PLENARY_BODY_GENERAL_ASSEMBLY, "2025-02-24");
  g_assert_cmpint (plenary_resolution_get_vote (before, (guint) index), ==, PLENARY_VOTE_NOT_RECORDED);
  g_assert_cmpint (plenary_resolution_get_vote (after, (guint) index), ==, PLENARY_VOTE_NOT_IN_BODY);
  g_assert_cmpuint (plenary_resolution_get_tally (before)->body_size, ==, 159);
  g_assert_cmpuint (plenary_resolution_get_tally (after)->body_size, ==, 193);
  /* Plenary names the states of the past itself, so that they translate;
   * the file's own name is kept for saving. */
  g_assert_cmpstr (plenary_member_get_name (soviet), ==, "Soviet Union");
  g_assert_cmpstr (plenary_member_get_data_name (soviet), ==, "Union of Soviet Socialist Republics");
  g_assert_true (plenary_member_is_permanent (soviet));
}

/* A file's dates move the first admission and the last departure, and keep
 * the gaps Plenary knows of; a member Plenary knows nothing of always was one. */
static void
test_membership_periods (void)
{
  g_autoptr(PlenaryMember) syria = plenary_member_new ("SYR");
  g_autoptr(PlenaryMember) nowhere = plenary_member_new ("XXA");
  PlenaryMembershipPeriod periods[2];
  const PlenaryMembershipPeriod *got;
  guint n;
  GDate date;

  g_assert_true (plenary_date_parse_iso ("1945-10-24", &periods[0].from));
  g_assert_true (plenary_date_parse_iso ("1958-02-21", &periods[0].to));
  g_assert_true (plenary_date_parse_iso ("1961-10-13", &periods[1].from));
  g_date_clear (&periods[1].to, 1);
  plenary_member_set_bundled (syria, PLENARY_GROUP_ASIA_PACIFIC, periods, 2);

  g_assert_true (plenary_date_parse_iso ("1960-01-01", &date));
  g_assert_false (plenary_member_is_un_member_on (syria, &date));
  g_assert_true (plenary_date_parse_iso ("1958-02-20", &date));
  g_assert_true (plenary_member_is_un_member_on (syria, &date));
  g_assert_true (plenary_date_parse_iso ("1958-02-21", &date));
  g_assert_false (plenary_member_is_un_member_on (syria, &date));
  g_assert_true (plenary_date_parse_iso ("1961-10-13", &date));
  g_assert_true (plenary_member_is_un_member_on (syria, &date));
  g_assert_true (plenary_member_is_un_member_on (syria, NULL));
  g_assert_null (plenary_member_get_left (syria));

  /* A file says Syria joined in 1950 and left in 2000. */
  g_assert_true (plenary_date_parse_iso ("1950-01-01", &date));
  plenary_member_set_admitted (syria, &date);
  g_assert_true (plenary_date_parse_iso ("2000-01-01", &date));
  plenary_member_set_left (syria, &date);
  got = plenary_member_get_periods (syria, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (g_date_get_year (&got[0].from), ==, 1950);
  g_assert_cmpuint (g_date_get_year (&got[0].to), ==, 1958);
  g_assert_cmpuint (g_date_get_year (&got[1].to), ==, 2000);
  g_assert_true (plenary_date_parse_iso ("1949-12-31", &date));
  g_assert_false (plenary_member_is_un_member_on (syria, &date));
  g_assert_true (plenary_date_parse_iso ("1960-01-01", &date));
  g_assert_false (plenary_member_is_un_member_on (syria, &date));
  g_assert_false (plenary_member_is_un_member_on (syria, NULL));

  /* A departure before the second period drops it. */
  g_assert_true (plenary_date_parse_iso ("1955-01-01", &date));
  plenary_member_set_left (syria, &date);
  got = plenary_member_get_periods (syria, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (g_date_compare (plenary_member_get_left (syria), &date) == 0);

  g_assert_true (plenary_date_parse_iso ("1900-01-01", &date));
  g_assert_true (plenary_member_is_un_member_on (nowhere, &date));
  g_assert_null (plenary_member_get_admitted (nowhere));
  got = plenary_member_get_periods (nowhere, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (g_date_valid (&got[0].from));
}

static void
test_dates (void)
{
  GDate date;
  g_autofree char *text = NULL;

  g_assert_true (plenary_date_parse_iso ("2025-02-24", &date));
  text = plenary_date_to_iso (&date);
  g_assert_cmpstr (text, ==, "2025-02-24");
  g_assert_false (plenary_date_parse_iso ("2025-02-30", &date));
  g_assert_false (plenary_date_parse_iso ("24 February 2025", &date));
  g_assert_false (plenary_date_parse_iso ("2025-2-24", &date));
  g_assert_false (plenary_date_parse_iso ("", &date));
}

static void
test_member_names (void)
{
  g_autoptr(PlenaryDataset) dataset = plenary_dataset_new ();
  PlenaryMember *ukraine = plenary_dataset_get_member (dataset,
                                                       (guint) plenary_dataset_lookup_member (dataset, "UKR"));
  PlenaryMember *bolivia = plenary_dataset_get_member (dataset,
                                                       (guint) plenary_dataset_lookup_member (dataset, "BOL"));

  g_assert_cmpstr (plenary_member_get_name (ukraine), ==, "Ukraine");
  g_assert_cmpint (plenary_member_get_group (ukraine), ==, PLENARY_GROUP_EASTERN_EUROPEAN);
  g_assert_cmpstr (plenary_member_get_name (bolivia), ==, "Bolivia");
  /* iso-codes wins over a name in the data for the codes it knows. */
  plenary_member_set_name (ukraine, "Ukr.");
  g_assert_cmpstr (plenary_member_get_name (ukraine), ==, "Ukraine");
  g_assert_cmpstr (plenary_member_get_data_name (ukraine), ==, "Ukr.");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/outcome/two-thirds", test_two_thirds_edges);
  g_test_add_func ("/model/outcome/simple", test_simple_majority_edges);
  g_test_add_func ("/model/outcome/security-council", test_security_council_veto);
  g_test_add_func ("/model/tally/not-recorded", test_not_recorded_is_not_non_voting);
  g_test_add_func ("/model/tally/official-totals", test_official_totals);
  g_test_add_func ("/model/member/dates", test_membership_dates);
  g_test_add_func ("/model/member/periods", test_membership_periods);
  g_test_add_func ("/model/member/names", test_member_names);
  g_test_add_func ("/model/dates", test_dates);

  return g_test_run ();
}
