/* plenary-describer.c: every sentence Plenary says about a vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's header, the charts' labels and tooltips, the captions of
 * exported pictures, their SVG and PDF descriptions, the accessible
 * descriptions and the command line all say the same things about a vote.
 * They say them here, once, so that the rules (what the majority needs,
 * what a share is of, what "not recorded" means) are written in one place.
 *
 * Each translatable message is a whole sentence or phrase with
 * placeholders; the only joined text is the meta line, which is a list of
 * facts (body · session · date · draft · meeting), not a sentence.
 */

#define G_LOG_DOMAIN "plenary-describer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-date.h"
#include "plenary-describer.h"
#include "plenary-format.h"

static void
append_fact (GString    *text,
             const char *fact)
{
  if (text->len > 0)
    /* Translators: the separator between the facts of a resolution's meta
     * line, "General Assembly · Session ES-11 · 24 February 2025". */
    g_string_append (text, _(" · "));
  g_string_append (text, fact);
}

/* "General Assembly · Session ES-11 · 24 February 2025 · Draft A/ES-11/L.10 · Meeting A/ES-11/PV.20" */
char *
plenary_describe_meta (PlenaryResolution *resolution)
{
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  GString *text = g_string_new (NULL);

  append_fact (text, plenary_body_get_label (plenary_resolution_get_body (resolution)));
  if (plenary_resolution_get_session (resolution) != NULL)
    {
      /* Translators: the session of the General Assembly, such as "ES-11" or "79". */
      g_autofree char *fact = g_strdup_printf (_("Session %s"), plenary_resolution_get_session (resolution));
      append_fact (text, fact);
    }
  append_fact (text, date);
  if (plenary_resolution_get_draft (resolution) != NULL)
    {
      /* Translators: the document symbol of the draft, such as "A/ES-11/L.10". */
      g_autofree char *fact = g_strdup_printf (_("Draft %s"), plenary_resolution_get_draft (resolution));
      append_fact (text, fact);
    }
  if (plenary_resolution_get_meeting (resolution) != NULL)
    {
      /* Translators: the record of the meeting, such as "S/PV.9866". */
      g_autofree char *fact = g_strdup_printf (_("Meeting %s"), plenary_resolution_get_meeting (resolution));
      append_fact (text, fact);
    }
  return g_string_free (text, FALSE);
}

/* The rule and what it asks of this vote, as the UN states it:
 * "Two-thirds of the 111 present and voting: 74 needed". */
char *
plenary_describe_majority (PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *needed = plenary_format_count (tally->needed);
  g_autofree char *present = plenary_format_count (tally->present_voting);

  switch (plenary_resolution_get_majority (resolution))
    {
    case PLENARY_MAJORITY_TWO_THIRDS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the General Assembly's two-thirds rule
                                            * for this vote. The first %s is the number of members
                                            * present and voting (yes + no), the second the yes
                                            * votes needed: "Two-thirds of the 111 present and
                                            * voting: 74 needed". */
                                           "Two-thirds of the %s present and voting: %s needed",
                                           "Two-thirds of the %s present and voting: %s needed",
                                           tally->present_voting),
                              present, needed);
    case PLENARY_MAJORITY_SUBSTANTIVE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the Security Council's rule on a
                                            * substantive question; %s is 9 (7 before 1966). */
                                           "%s vote and no veto by a permanent member",
                                           "%s votes and no veto by a permanent member",
                                           tally->needed),
                              needed);
    case PLENARY_MAJORITY_PROCEDURAL:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the Security Council's rule on a
                                            * procedural question, where no veto applies; %s is 9
                                            * (7 before 1966). */
                                           "%s vote, on a procedural question where no veto applies",
                                           "%s votes, on a procedural question where no veto applies",
                                           tally->needed),
                              needed);
    case PLENARY_MAJORITY_SIMPLE:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the General Assembly's simple-majority
                                            * rule for this vote. The first %s is the number of
                                            * members present and voting (yes + no), the second
                                            * the yes votes needed: "A majority of the 111 present
                                            * and voting: 56 needed". */
                                           "A majority of the %s present and voting: %s needed",
                                           "A majority of the %s present and voting: %s needed",
                                           tally->present_voting),
                              present, needed);
    }
}

/* The label of the majority mark on the charts: "74 needed". */
char *
plenary_describe_needed (PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *count = plenary_format_count (tally->needed);

  /* Translators: the label of the line that marks the yes votes a majority
   * needs, on the tally and the seat chart: "74 needed". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s needed", "%s needed", tally->needed), count);
}

/* What the shares of yes and no are of: "Shares of the 111 present and voting". */
char *
plenary_describe_share_basis (PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *present = plenary_format_count (tally->present_voting);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a note under the tally; %s is the number
                                        * of members that voted yes or no. */
                                       "Shares are of the %s present and voting (yes and no)",
                                       "Shares are of the %s present and voting (yes and no)",
                                       tally->present_voting),
                          present);
}

static gboolean
is_unreported (const PlenaryTally *tally,
               PlenaryVote         vote)
{
  return !tally->known[vote] && tally->counts[vote] == 0;
}

static double
share_of_present (const PlenaryTally *tally,
                  PlenaryVote         vote)
{
  return tally->present_voting > 0 ? (double) tally->counts[vote] / tally->present_voting : 0.0;
}

/* The figure beside a tally bar: "93 · 83.8%" for yes and no (a share of
 * those present and voting), the count alone for the others. */
char *
plenary_describe_count (PlenaryResolution *resolution,
                        PlenaryVote        vote)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *count = NULL;
  g_autofree char *percent = NULL;

  g_return_val_if_fail (vote < PLENARY_N_TALLY_VOTES, NULL);

  if (is_unreported (tally, vote))
    /* Translators: shown instead of a count that the source did not report. */
    return g_strdup (_("not reported"));

  count = plenary_format_count (tally->counts[vote]);
  if (vote != PLENARY_VOTE_YES && vote != PLENARY_VOTE_NO)
    return g_steal_pointer (&count);

  percent = plenary_format_percent (share_of_present (tally, vote));
  /* Translators: a count and its share of those present and voting, e.g. "93 · 83.8%". */
  return g_strdup_printf (_("%s · %s"), count, percent);
}

/* A tally row in words, for its tooltip and for screen readers. */
char *
plenary_describe_vote_row (PlenaryResolution *resolution,
                           PlenaryVote        vote)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  const char *label = plenary_vote_get_label (vote);
  g_autofree char *count = NULL;

  g_return_val_if_fail (vote < PLENARY_N_TALLY_VOTES, NULL);

  if (is_unreported (tally, vote))
    /* Translators: a tooltip over a vote category the source did not count, "Non-voting: not reported". */
    return g_strdup_printf (_("%s: not reported"), label);

  count = plenary_format_count (tally->counts[vote]);
  if (vote == PLENARY_VOTE_YES || vote == PLENARY_VOTE_NO)
    {
      g_autofree char *percent = plenary_format_percent (share_of_present (tally, vote));
      g_autofree char *present = plenary_format_count (tally->present_voting);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: a tooltip over the yes or no bar: vote,
                                            * count, share, and those present and voting:
                                            * "Yes: 93, 83.8% of the 111 present and voting". */
                                           "%s: %s, %s of the %s present and voting",
                                           "%s: %s, %s of the %s present and voting",
                                           tally->present_voting),
                              label, count, percent, present);
    }
  if (vote == PLENARY_VOTE_NOT_RECORDED)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a tooltip over the not-recorded bar:
                                          * "Not recorded: 64 members of the body whose vote this
                                          * file does not give". */
                                         "%s: %s member of the body whose vote this file does not give",
                                         "%s: %s members of the body whose vote this file does not give",
                                         tally->counts[vote]),
                            label, count);
  /* Translators: a tooltip over a tally bar: "Abstain: 65". */
  return g_strdup_printf (_("%s: %s"), label, count);
}

/* "64 members of the body are not recorded in this file", or NULL. */
char *
plenary_describe_not_recorded (PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  guint n = tally->counts[PLENARY_VOTE_NOT_RECORDED];
  g_autofree char *count = NULL;

  if (n == 0)
    return NULL;
  count = plenary_format_count (n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is a number of members of the body that
                                        * voted whose vote the data file does not give. */
                                       "%s member of the body is not recorded in this file.",
                                       "%s members of the body are not recorded in this file.",
                                       n),
                          count);
}

/* The note about official totals that count more votes than the file
 * names, or NULL. It has its own words: these are votes, not members. */
char *
plenary_describe_unattributed (PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);

  if (tally->unattributed == 0)
    return NULL;
  return plenary_describe_unattributed_votes (tally->unattributed);
}

/* The same note for @n votes. */
char *
plenary_describe_unattributed_votes (guint n)
{
  g_autofree char *count = plenary_format_count (n);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a note under a resolution whose data file
                                        * gives official totals but not every name. */
                                       "The official totals count %s vote that this file does not "
                                       "attribute to any member. Plenary shows the totals and does "
                                       "not guess whose it is.",
                                       "The official totals count %s votes that this file does not "
                                       "attribute to any member. Plenary shows the totals and does "
                                       "not guess whose they are.",
                                       n),
                          count);
}

/* "24 February 2025 · General Assembly · 93–18–65 · Adopted" */
char *
plenary_describe_caption (PlenaryResolution *resolution)
{
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  g_autofree char *tally = plenary_format_tally (plenary_resolution_get_tally (resolution));

  /* Translators: a picture's caption after the symbol: date · body · tally · outcome. */
  return g_strdup_printf (_("%s · %s · %s · %s"),
                          date,
                          plenary_body_get_label (plenary_resolution_get_body (resolution)),
                          tally,
                          plenary_outcome_get_label (plenary_resolution_get_outcome (resolution)));
}

/* The line under an exported picture's title: symbol, caption and rule. */
char *
plenary_describe_headline (PlenaryResolution *resolution)
{
  g_autofree char *caption = plenary_describe_caption (resolution);
  g_autofree char *majority = plenary_describe_majority (resolution);

  /* Translators: the line under an exported picture's title: the symbol, then
   * "date · body · tally · outcome", then the majority rule. */
  return g_strdup_printf (_("%s · %s · %s"), plenary_resolution_get_symbol (resolution), caption, majority);
}

/* The whole vote in a few sentences, for screen readers and the
 * description of exported files. */
char *
plenary_describe_summary (PlenaryResolution *resolution)
{
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  g_autofree char *yes = plenary_format_count (tally->counts[PLENARY_VOTE_YES]);
  g_autofree char *no = plenary_format_count (tally->counts[PLENARY_VOTE_NO]);
  g_autofree char *abstain = plenary_format_count (tally->counts[PLENARY_VOTE_ABSTAIN]);
  g_autofree char *non_voting = plenary_format_count (tally->counts[PLENARY_VOTE_NON_VOTING]);
  g_autofree char *majority = plenary_describe_majority (resolution);
  g_autofree char *not_recorded = plenary_describe_not_recorded (resolution);
  g_autofree char *summary = NULL;

  /* Translators: a vote in words, for screen readers: symbol, date, body,
   * yes, no, abstaining, not voting, outcome, majority rule. Keep the %n$s
   * numbers; reorder them as your language needs. */
  summary = g_strdup_printf (_("%1$s, %2$s, %3$s: %4$s in favour, %5$s against, %6$s abstaining, "
                               "%7$s not voting. %8$s. %9$s."),
                             plenary_resolution_get_symbol (resolution), date,
                             plenary_body_get_label (plenary_resolution_get_body (resolution)),
                             yes, no, abstain, non_voting,
                             plenary_outcome_get_label (plenary_resolution_get_outcome (resolution)),
                             majority);
  if (not_recorded == NULL)
    return g_steal_pointer (&summary);
  return g_strconcat (summary, " ", not_recorded, NULL);
}

/* A tooltip over a member: "France: Yes". */
char *
plenary_describe_member_vote (PlenaryMember *member,
                              PlenaryVote    vote)
{
  /* Translators: a tooltip: a country's name and its vote, "France: Yes". */
  return g_strdup_printf (_("%s: %s"), plenary_member_get_localized_name (member),
                          plenary_vote_get_label (vote));
}

/* A seat that the official totals count but the file does not name. */
char *
plenary_describe_unnamed_seat (PlenaryVote vote)
{
  /* Translators: a tooltip over a seat whose vote the totals count but
   * whose member the file does not name: "Abstain: not named in this file". */
  return g_strdup_printf (_("%s: not named in this file"), plenary_vote_get_label (vote));
}

/* An exported file's title: "World map of A/RES/ES-11/7, 24 February 2025 · …". */
char *
plenary_describe_picture_title (PlenaryResolution *resolution,
                                const char        *picture_label)
{
  g_autofree char *caption = plenary_describe_caption (resolution);

  /* Translators: an exported picture's title: picture, symbol, then date · body · tally · outcome. */
  return g_strdup_printf (_("%s of %s, %s"), picture_label, plenary_resolution_get_symbol (resolution),
                          caption);
}

/* "Source: …", the last line of every picture that leaves the app. */
char *
plenary_describe_source_line (const char *source)
{
  /* Translators: the last line of an exported picture; %s names the data's source. */
  return g_strdup_printf (_("Source: %s"), source != NULL && *source != '\0'
                                           ? source
                                           /* Translators: the source when a file names none. */
                                           : _("not stated in the data file"));
}

/* One line of `plenary --list`: symbol, date, body, tally and outcome, by tabs. */
char *
plenary_describe_list_line (PlenaryResolution *resolution)
{
  g_autofree char *date = plenary_date_to_iso (plenary_resolution_get_date (resolution));
  g_autofree char *tally = plenary_format_tally (plenary_resolution_get_tally (resolution));

  return g_strdup_printf ("%s\t%s\t%s\t%s\t%s",
                          plenary_resolution_get_symbol (resolution),
                          date,
                          plenary_body_to_key (plenary_resolution_get_body (resolution)),
                          tally,
                          plenary_outcome_get_label (plenary_resolution_get_outcome (resolution)));
}

/* The source of this resolution's record: the UN Digital Library record it
 * comes from, its own source, or else @fallback (the dataset's). */
char *
plenary_describe_source (PlenaryResolution *resolution,
                         const char        *fallback)
{
  const char *own = plenary_resolution_get_source (resolution);
  const char *record = plenary_resolution_get_record (resolution);

  if (record != NULL)
    /* Translators: the source of a vote, in a picture's source line; %s is
     * the number of the record in the UN Digital Library. Keep the
     * library's name as the UN writes it in your language. */
    return g_strdup_printf (_("United Nations Digital Library, voting record %s"), record);
  return g_strdup (own != NULL ? own : fallback);
}

/* Analyses: agreement, the voting space, regional groups, two votes
 * compared. These take plain figures, as the model knows nothing of the
 * analysis layer that computes them. */

/* "1946–2025", or "1975" for one year. */
char *
plenary_describe_period (int first_year,
                         int last_year)
{
  if (first_year == last_year)
    return g_strdup_printf ("%d", first_year);
  /* Translators: a span of years, "1946–2025". */
  return g_strdup_printf (_("%d–%d"), first_year, last_year);
}

/* "United States and Russian Federation". */
char *
plenary_describe_pair (PlenaryMember *a,
                       PlenaryMember *b)
{
  /* Translators: two members compared, "United States and France". */
  return g_strdup_printf (_("%s and %s"), plenary_member_get_localized_name (a),
                          plenary_member_get_localized_name (b));
}

/* A line of the agreement chart that carries a seat on: "United States and
 * Russian Federation (the Soviet Union's seat before 1992)". */
char *
plenary_describe_pair_with_seat (PlenaryMember *a,
                                 PlenaryMember *b,
                                 PlenaryMember *predecessor,
                                 int            until_year)
{
  g_autofree char *pair = plenary_describe_pair (a, b);

  /* Translators: a line of the agreement chart: the pair, then the state of
   * the past whose seat the second carries on, and the year it ends:
   * "United States and Russian Federation (Soviet Union's seat until 1991)". */
  return g_strdup_printf (_("%s (%s’s seat until %d)"), pair, plenary_member_get_localized_name (predecessor),
                          until_year);
}

/* "Agreement in the General Assembly, 1946–2025". */
char *
plenary_describe_agreement_title (PlenaryBody  body,
                                  const char  *period)
{
  /* Translators: the title of the agreement-over-time chart: body and years. */
  return g_strdup_printf (_("Agreement in the %s, %s"), plenary_body_get_label (body), period);
}

/* The line under the title: the measure, how it is counted, the topic. */
char *
plenary_describe_agreement_headline (const char *measure,
                                     const char *measure_description,
                                     const char *topic)
{
  if (topic != NULL)
    /* Translators: under the agreement chart's title: the measure's name,
     * how it is counted, and the UN subject term the votes are limited to. */
    return g_strdup_printf (_("%s, per year: %s Votes on the topic %s only."), measure, measure_description, topic);
  /* Translators: under the agreement chart's title: the measure's name and how it is counted. */
  return g_strdup_printf (_("%s, per year: %s"), measure, measure_description);
}

/* A point of the agreement chart, for its tooltip: "United States and
 * Russian Federation, 1975: 34.7% over 72 votes". */
char *
plenary_describe_agreement_point (const char *pair,
                                  const char *when,
                                  double      share,
                                  guint       n_votes)
{
  g_autofree char *percent = plenary_format_percent (share);
  g_autofree char *count = plenary_format_count (n_votes);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a point of the agreement chart: the pair,
                                        * the year (or session), the agreement, and the number
                                        * of votes it is counted over. */
                                       "%s, %s: %s over %s vote",
                                       "%s, %s: %s over %s votes",
                                       n_votes),
                          pair, when, percent, count);
}

/* "session ES-11 (2025)". */
char *
plenary_describe_session_year (const char *session,
                               int         year)
{
  /* Translators: a point of the agreement chart by session: "session 79 (2024)". */
  return g_strdup_printf (_("session %s (%d)"), session, year);
}

/* "Voting space of the General Assembly, 1975". */
char *
plenary_describe_space_title (PlenaryBody  body,
                              const char  *period)
{
  /* Translators: the title of the voting-space scatter: body and years. */
  return g_strdup_printf (_("Voting space of the %s, %s"), plenary_body_get_label (body), period);
}

/* What the voting space shows. */
char *
plenary_describe_space_headline (guint       n_members,
                                 guint       n_votes,
                                 const char *measure,
                                 double      first_share,
                                 double      second_share)
{
  g_autofree char *members = plenary_format_count (n_members);
  g_autofree char *votes = plenary_format_count (n_votes);
  g_autofree char *first = plenary_format_percent (first_share);
  g_autofree char *second = plenary_format_percent (second_share);

  /* Translators: under the voting space's title. %1$s members, %2$s votes,
   * %3$s the measure of agreement, %4$s and %5$s the shares of the
   * differences the two axes show. Keep the %n$s numbers. */
  return g_strdup_printf (_("%1$s members placed by how alike they voted on %2$s votes (%3$s): those "
                            "close together voted alike. The axes show %4$s and %5$s of the differences."),
                          members, votes, measure, first, second);
}

/* A member of the voting space, for its tooltip. */
char *
plenary_describe_space_member (PlenaryMember *member,
                               guint          voted,
                               guint          n_votes)
{
  g_autofree char *voted_text = plenary_format_count (voted);
  g_autofree char *votes_text = plenary_format_count (n_votes);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a member in the voting space: name,
                                        * regional group, and the votes it took part in:
                                        * "France (Western European and Other States): voted on
                                        * 140 of 143 votes". */
                                       "%s (%s): voted on %s of %s vote",
                                       "%s (%s): voted on %s of %s votes",
                                       n_votes),
                          plenary_member_get_localized_name (member),
                          plenary_group_get_label (plenary_member_get_group (member)), voted_text, votes_text);
}

/* A bar segment of the regional groups: "African States, Yes: 3 (Algeria,
 * Sierra Leone, Somalia)". */
char *
plenary_describe_group_votes (PlenaryGroup  group,
                              PlenaryVote   vote,
                              guint         count,
                              const char   *names)
{
  g_autofree char *number = plenary_format_count (count);

  /* Translators: a part of a regional group's bar: group, vote, count and
   * the members' names. */
  return g_strdup_printf (_("%s, %s: %s (%s)"), plenary_group_get_label (group), plenary_vote_get_label (vote),
                          number, names);
}

/* "Agreement with the United States, 2000–2025". */
char *
plenary_describe_alignment_title (PlenaryMember *reference,
                                  const char    *period)
{
  /* Translators: the title of the map of agreement with one member: the
   * member and the years. */
  return g_strdup_printf (_("Agreement with %s, %s"), plenary_member_get_localized_name (reference), period);
}

/* What the alignment map shows. */
char *
plenary_describe_alignment_headline (PlenaryBody  body,
                                     const char  *measure,
                                     guint        n_votes,
                                     const char  *topic)
{
  g_autofree char *votes = plenary_format_count (n_votes);

  if (topic != NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: under the alignment map's title: body,
                                          * the measure of agreement, the number of votes, the UN
                                          * subject term. */
                                         "%s · %s · %s vote on the topic %s · Members with fewer than 10 "
                                         "votes shared are greyed",
                                         "%s · %s · %s votes on the topic %s · Members with fewer than 10 "
                                         "votes shared are greyed",
                                         n_votes),
                            plenary_body_get_label (body), measure, votes, topic);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: under the alignment map's title: body, the
                                        * measure of agreement, the number of votes. */
                                       "%s · %s · %s vote · Members with fewer than 10 votes shared are greyed",
                                       "%s · %s · %s votes · Members with fewer than 10 votes shared are greyed",
                                       n_votes),
                          plenary_body_get_label (body), measure, votes);
}

/* The alignment map's scale: "Agreement with the United States". */
char *
plenary_describe_alignment_scale (PlenaryMember *reference)
{
  /* Translators: the title of the colour scale of the alignment map. */
  return g_strdup_printf (_("Agreement with %s"), plenary_member_get_localized_name (reference));
}

/* A member of the alignment map: "France: 62.1% agreement with the United
 * States over 1,234 votes". */
char *
plenary_describe_alignment_member (PlenaryMember *member,
                                   PlenaryMember *reference,
                                   double         share,
                                   guint          n_votes)
{
  g_autofree char *percent = plenary_format_percent (share);
  g_autofree char *count = plenary_format_count (n_votes);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a tooltip on the alignment map: member,
                                        * agreement, the member compared with, and the votes. */
                                       "%s: %s agreement with %s over %s vote",
                                       "%s: %s agreement with %s over %s votes",
                                       n_votes),
                          plenary_member_get_localized_name (member), percent,
                          plenary_member_get_localized_name (reference), count);
}

/* A greyed member of the alignment map. */
char *
plenary_describe_alignment_too_few (PlenaryMember *member,
                                    PlenaryMember *reference,
                                    guint          n_votes)
{
  g_autofree char *count = plenary_format_count (n_votes);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a tooltip on a greyed member of the
                                        * alignment map: "Fiji: 4 votes shared with the United
                                        * States, too few to show". */
                                       "%s: %s vote shared with %s, too few to show",
                                       "%s: %s votes shared with %s, too few to show",
                                       n_votes),
                          plenary_member_get_localized_name (member), count,
                          plenary_member_get_localized_name (reference));
}

/* The reference member on the alignment map. */
char *
plenary_describe_alignment_reference (PlenaryMember *member)
{
  /* Translators: a tooltip on the member the alignment map compares with. */
  return g_strdup_printf (_("%s: the member compared with"), plenary_member_get_localized_name (member));
}

/* "From A/RES/ES-11/7 to A/RES/ES-11/8". */
char *
plenary_describe_change_title (PlenaryResolution *first,
                               PlenaryResolution *second)
{
  /* Translators: the title of the map that compares two votes. */
  return g_strdup_printf (_("Who changed their vote from %s to %s"), plenary_resolution_get_symbol (first),
                          plenary_resolution_get_symbol (second));
}

/* The line under it: both dates and tallies, and how many changed. */
char *
plenary_describe_change_headline (PlenaryResolution *first,
                                  PlenaryResolution *second,
                                  guint              changed)
{
  g_autofree char *first_caption = plenary_describe_caption (first);
  g_autofree char *second_caption = plenary_describe_caption (second);
  g_autofree char *count = plenary_format_count (changed);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: under the change map's title: the first
                                        * symbol and its caption, the second and its caption, and
                                        * how many members voted otherwise on the second. */
                                       "%s: %s. %s: %s. %s member voted otherwise on the second.",
                                       "%s: %s. %s: %s. %s members voted otherwise on the second.",
                                       changed),
                          plenary_resolution_get_symbol (first), first_caption,
                          plenary_resolution_get_symbol (second), second_caption, count);
}

/* A member of the change map: "Armenia: Abstain, then Yes". */
char *
plenary_describe_member_change (PlenaryMember *member,
                                PlenaryVote    from,
                                PlenaryVote    to)
{
  /* Translators: a tooltip on the change map: member, its first vote, its second. */
  return g_strdup_printf (_("%s: %s, then %s"), plenary_member_get_localized_name (member),
                          plenary_vote_get_label (from), plenary_vote_get_label (to));
}

/* "Topic: HUMAN RIGHTS", for the titles of filtered pictures. */
char *
plenary_describe_topic (const char *topic)
{
  /* Translators: a UN subject term that the votes are limited to. */
  return g_strdup_printf (_("Topic: %s"), topic);
}
