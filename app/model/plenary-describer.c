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
 *
 * In a language written right to left, every value put into a sentence (a
 * date, a symbol, a figure, a name) is wrapped in Unicode's first-strong
 * isolates (U+2068 … U+2069), so that the bidirectional algorithm lays it
 * out as one unit: without them, "A/RES/ES-11/7 · 24 February 2025" in an
 * Arabic sentence splits the date around the symbol. Left-to-right
 * languages get the values as they are, so that copied text stays clean.
 */

#define G_LOG_DOMAIN "plenary-describer"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-date.h"
#include "plenary-describer.h"
#include "plenary-format.h"

#define FIRST_STRONG_ISOLATE "\u2068"
#define POP_DIRECTIONAL_ISOLATE "\u2069"

/* The values of one sentence, isolated when the language is written right
 * to left; they live as long as the Isolates. */
typedef struct
{
  GPtrArray *values;
  int        rtl;     /* -1 until asked */
} Isolates;

#define ISOLATES_INIT { NULL, -1 }

static void
isolates_clear (Isolates *isolates)
{
  g_clear_pointer (&isolates->values, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Isolates, isolates_clear)

/* @value as it goes into a sentence: in a right-to-left language, between
 * a first-strong isolate and its pop, so that it is laid out as one unit. */
static const char *
isolate (Isolates   *isolates,
         const char *value)
{
  char *isolated;

  if (isolates->rtl < 0)
    isolates->rtl = plenary_locale_is_rtl ();
  if (!isolates->rtl || value == NULL)
    return value;
  if (isolates->values == NULL)
    isolates->values = g_ptr_array_new_with_free_func (g_free);
  isolated = g_strconcat (FIRST_STRONG_ISOLATE, value, POP_DIRECTIONAL_ISOLATE, NULL);
  g_ptr_array_add (isolates->values, isolated);
  return isolated;
}

static void
append_fact (GString    *text,
             const char *fact)
{
  g_auto(Isolates) iso = ISOLATES_INIT;

  if (text->len > 0)
    /* Translators: the separator between the facts of a resolution's meta
     * line, "General Assembly · Session ES-11 · 24 February 2025". */
    g_string_append (text, _(" · "));
  g_string_append (text, isolate (&iso, fact));
}

/* "General Assembly · Session ES-11 · 24 February 2025 · Draft A/ES-11/L.10 · Meeting A/ES-11/PV.20" */
char *
plenary_describe_meta (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  GString *text = g_string_new (NULL);

  append_fact (text, plenary_body_get_label (plenary_resolution_get_body (resolution)));
  if (plenary_resolution_get_session (resolution) != NULL)
    {
      /* Translators: the session of the General Assembly, such as "ES-11" or "79". */
      g_autofree char *fact = g_strdup_printf (_("Session %s"),
                                               isolate (&iso, plenary_resolution_get_session (resolution)));
      append_fact (text, fact);
    }
  append_fact (text, date);
  if (plenary_resolution_get_draft (resolution) != NULL)
    {
      /* Translators: the document symbol of the draft, such as "A/ES-11/L.10". */
      g_autofree char *fact = g_strdup_printf (_("Draft %s"),
                                               isolate (&iso, plenary_resolution_get_draft (resolution)));
      append_fact (text, fact);
    }
  if (plenary_resolution_get_meeting (resolution) != NULL)
    {
      /* Translators: the record of the meeting, such as "S/PV.9866". */
      g_autofree char *fact = g_strdup_printf (_("Meeting %s"),
                                               isolate (&iso, plenary_resolution_get_meeting (resolution)));
      append_fact (text, fact);
    }
  return g_string_free (text, FALSE);
}

/* The rule and what it asks of this vote, as the UN states it:
 * "Two-thirds of the 111 present and voting: 74 needed". */
char *
plenary_describe_majority (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
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
                              isolate (&iso, present), isolate (&iso, needed));
    case PLENARY_MAJORITY_SUBSTANTIVE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the Security Council's rule on a
                                            * substantive question; %s is 9 (7 before 1966). */
                                           "%s vote and no veto by a permanent member",
                                           "%s votes and no veto by a permanent member",
                                           tally->needed),
                              isolate (&iso, needed));
    case PLENARY_MAJORITY_PROCEDURAL:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: the Security Council's rule on a
                                            * procedural question, where no veto applies; %s is 9
                                            * (7 before 1966). */
                                           "%s vote, on a procedural question where no veto applies",
                                           "%s votes, on a procedural question where no veto applies",
                                           tally->needed),
                              isolate (&iso, needed));
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
                              isolate (&iso, present), isolate (&iso, needed));
    }
}

/* The label of the majority mark on the charts: "74 needed". */
char *
plenary_describe_needed (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *count = plenary_format_count (tally->needed);

  /* Translators: the label of the line that marks the yes votes a majority
   * needs, on the tally and the seat chart: "74 needed". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s needed", "%s needed", tally->needed),
                          isolate (&iso, count));
}

/* What the shares of yes and no are of: "Shares of the 111 present and voting". */
char *
plenary_describe_share_basis (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  g_autofree char *present = plenary_format_count (tally->present_voting);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a note under the tally; %s is the number
                                        * of members that voted yes or no. */
                                       "Shares are of the %s present and voting (yes and no)",
                                       "Shares are of the %s present and voting (yes and no)",
                                       tally->present_voting),
                          isolate (&iso, present));
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
  g_auto(Isolates) iso = ISOLATES_INIT;
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
  return g_strdup_printf (_("%s · %s"), isolate (&iso, count), isolate (&iso, percent));
}

/* A tally row in words, for its tooltip and for screen readers. */
char *
plenary_describe_vote_row (PlenaryResolution *resolution,
                           PlenaryVote        vote)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  const PlenaryTally *tally = plenary_resolution_get_tally (resolution);
  const char *label = plenary_vote_get_label (vote);
  g_autofree char *count = NULL;

  g_return_val_if_fail (vote < PLENARY_N_TALLY_VOTES, NULL);

  if (is_unreported (tally, vote))
    /* Translators: a tooltip over a vote category the source did not count, "Non-voting: not reported". */
    return g_strdup_printf (_("%s: not reported"), isolate (&iso, label));

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
                              isolate (&iso, label), isolate (&iso, count), isolate (&iso, percent),
                              isolate (&iso, present));
    }
  if (vote == PLENARY_VOTE_NOT_RECORDED)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a tooltip over the not-recorded bar:
                                          * "Not recorded: 64 members of the body whose vote this
                                          * file does not give". */
                                         "%s: %s member of the body whose vote this file does not give",
                                         "%s: %s members of the body whose vote this file does not give",
                                         tally->counts[vote]),
                            isolate (&iso, label), isolate (&iso, count));
  /* Translators: a tooltip over a tally bar: "Abstain: 65". */
  return g_strdup_printf (_("%s: %s"), isolate (&iso, label), isolate (&iso, count));
}

/* "64 members of the body are not recorded in this file", or NULL. */
char *
plenary_describe_not_recorded (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
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
                          isolate (&iso, count));
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
  g_auto(Isolates) iso = ISOLATES_INIT;
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
                          isolate (&iso, count));
}

/* "24 February 2025 · General Assembly · 93–18–65 · Adopted" */
char *
plenary_describe_caption (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  g_autofree char *tally = plenary_format_tally (plenary_resolution_get_tally (resolution));

  /* Translators: a picture's caption after the symbol: date · body · tally · outcome. */
  return g_strdup_printf (_("%s · %s · %s · %s"),
                          isolate (&iso, date),
                          isolate (&iso, plenary_body_get_label (plenary_resolution_get_body (resolution))),
                          isolate (&iso, tally),
                          isolate (&iso, plenary_outcome_get_label (plenary_resolution_get_outcome (resolution))));
}

/* The line under an exported picture's title: symbol, caption and rule. */
char *
plenary_describe_headline (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *caption = plenary_describe_caption (resolution);
  g_autofree char *majority = plenary_describe_majority (resolution);

  /* Translators: the line under an exported picture's title: the symbol, then
   * "date · body · tally · outcome", then the majority rule. */
  return g_strdup_printf (_("%s · %s · %s"), isolate (&iso, plenary_resolution_get_symbol (resolution)),
                          isolate (&iso, caption), isolate (&iso, majority));
}

/* The whole vote in a few sentences, for screen readers and the
 * description of exported files. */
char *
plenary_describe_summary (PlenaryResolution *resolution)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
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
                             isolate (&iso, plenary_resolution_get_symbol (resolution)), isolate (&iso, date),
                             isolate (&iso, plenary_body_get_label (plenary_resolution_get_body (resolution))),
                             
                             isolate (&iso, yes), isolate (&iso, no), isolate (&iso, abstain),
                             isolate (&iso, non_voting), 
                             isolate (&iso, plenary_outcome_get_label (plenary_resolution_get_outcome (resolution))),
                             
                             isolate (&iso, majority));
  if (not_recorded == NULL)
    return g_steal_pointer (&summary);
  return g_strconcat (summary, " ", not_recorded, NULL);
}

/* A tooltip over a member: "France: Yes". */
char *
plenary_describe_member_vote (PlenaryMember *member,
                              PlenaryVote    vote)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: a tooltip: a country's name and its vote, "France: Yes". */
  return g_strdup_printf (_("%s: %s"), isolate (&iso, plenary_member_get_localized_name (member)),
                          isolate (&iso, plenary_vote_get_label (vote)));
}

/* A seat that the official totals count but the file does not name. */
char *
plenary_describe_unnamed_seat (PlenaryVote vote)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: a tooltip over a seat whose vote the totals count but
   * whose member the file does not name: "Abstain: not named in this file". */
  return g_strdup_printf (_("%s: not named in this file"), isolate (&iso, plenary_vote_get_label (vote)));
}

/* An exported file's title: "World map of A/RES/ES-11/7, 24 February 2025 · …". */
char *
plenary_describe_picture_title (PlenaryResolution *resolution,
                                const char        *picture_label)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *caption = plenary_describe_caption (resolution);

  /* Translators: an exported picture's title: picture, symbol, then date · body · tally · outcome. */
  return g_strdup_printf (_("%s of %s, %s"), isolate (&iso, picture_label),
                          isolate (&iso, plenary_resolution_get_symbol (resolution)), 
                          isolate (&iso, caption));
}

/* "Source: …", the last line of every picture that leaves the app. */
char *
plenary_describe_source_line (const char *source)
{
  g_autofree char *credit = plenary_describe_credit (source);

  /* Translators: the last line of an exported picture; %s names the data's source. */
  return g_strdup_printf (_("Source: %s"), credit != NULL && *credit != '\0'
                                           ? credit
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

/**
 * plenary_describe_credit:
 *
 * Returns: (transfer full): @source, in the user's language where it is one
 *   of the credits the UN asks for, which files store in English
 */
char *
plenary_describe_credit (const char *source)
{
  g_auto(GStrv) parts = NULL;

  if (source == NULL)
    return NULL;

  /* An import of several kinds of file names each, "A; B". */
  parts = g_strsplit (source, "; ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *said = NULL;

      if (strcmp (parts[i], "United Nations Digital Library, voting data") == 0)
        /* Translators: the credit the UN asks for its voting data. */
        said = _("United Nations Digital Library, voting data");
      else if (strcmp (parts[i], "United Nations (DGACM)") == 0)
        /* Translators: the credit the UN asks for its DGACM resolution files. */
        said = _("United Nations (DGACM)");
      if (said != NULL)
        {
          g_free (parts[i]);
          parts[i] = g_strdup (said);
        }
    }
  return g_strjoinv ("; ", parts);
}

/* The source of this resolution's record: the UN Digital Library record it
 * comes from, its own source, or else @fallback (the dataset's). */
char *
plenary_describe_source (PlenaryResolution *resolution,
                         const char        *fallback)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  const char *own = plenary_resolution_get_source (resolution);
  const char *record = plenary_resolution_get_record (resolution);

  if (record != NULL)
    /* Translators: the source of a vote, in a picture's source line; %s is
     * the number of the record in the UN Digital Library. Keep the
     * library's name as the UN writes it in your language. */
    return g_strdup_printf (_("United Nations Digital Library, voting record %s"), isolate (&iso, record));
  return plenary_describe_credit (own != NULL ? own : fallback);
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
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: two members compared, "United States and France". */
  return g_strdup_printf (C_("pair", "%s and %s"), isolate (&iso, plenary_member_get_localized_name (a)),
                          isolate (&iso, plenary_member_get_localized_name (b)));
}

/* A line of the agreement chart that carries a seat on: "United States and
 * Russian Federation (the Soviet Union's seat before 1992)". */
char *
plenary_describe_pair_with_seat (PlenaryMember *a,
                                 PlenaryMember *b,
                                 PlenaryMember *predecessor,
                                 int            until_year)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *pair = plenary_describe_pair (a, b);

  /* Translators: a line of the agreement chart: the pair, then the state of
   * the past whose seat the second carries on, and the year it ends:
   * "United States and Russian Federation (Soviet Union's seat until 1991)". */
  return g_strdup_printf (_("%s (%s’s seat until %d)"), isolate (&iso, pair),
                          isolate (&iso, plenary_member_get_localized_name (predecessor)), 
                          until_year);
}

/* "Agreement in the General Assembly, 1946–2025". */
char *
plenary_describe_agreement_title (PlenaryBody  body,
                                  const char  *period)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: the title of the agreement-over-time chart: body and years. */
  return g_strdup_printf (_("Agreement in the %s, %s"), isolate (&iso, plenary_body_get_label (body)),
                          isolate (&iso, period));
}

/* The line under the title: the measure, how it is counted, the topic. */
char *
plenary_describe_agreement_headline (const char *measure,
                                     const char *measure_description,
                                     const char *topic)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  if (topic != NULL)
    /* Translators: under the agreement chart's title: the measure's name,
     * how it is counted, and the UN subject term the votes are limited to. */
    return g_strdup_printf (_("%s, per year: %s Votes on the topic %s only."), isolate (&iso, measure),
                            isolate (&iso, measure_description), isolate (&iso, topic));
  /* Translators: under the agreement chart's title: the measure's name and how it is counted. */
  return g_strdup_printf (_("%s, per year: %s"), isolate (&iso, measure),
                          isolate (&iso, measure_description));
}

/* A point of the agreement chart, for its tooltip: "United States and
 * Russian Federation, 1975: 34.7% over 72 votes". */
char *
plenary_describe_agreement_point (const char *pair,
                                  const char *when,
                                  double      share,
                                  guint       n_votes)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *percent = plenary_format_percent (share);
  g_autofree char *count = plenary_format_count (n_votes);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a point of the agreement chart: the pair,
                                        * the year (or session), the agreement, and the number
                                        * of votes it is counted over. */
                                       "%s, %s: %s over %s vote",
                                       "%s, %s: %s over %s votes",
                                       n_votes),
                          isolate (&iso, pair), isolate (&iso, when), isolate (&iso, percent),
                          isolate (&iso, count));
}

/* "session ES-11 (2025)". */
char *
plenary_describe_session_year (const char *session,
                               int         year)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: a point of the agreement chart by session: "session 79 (2024)". */
  return g_strdup_printf (_("session %s (%d)"), isolate (&iso, session), year);
}

/* "Voting space of the General Assembly, 1975". */
char *
plenary_describe_space_title (PlenaryBody  body,
                              const char  *period)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: the title of the voting-space scatter: body and years. */
  return g_strdup_printf (_("Voting space of the %s, %s"), isolate (&iso, plenary_body_get_label (body)),
                          isolate (&iso, period));
}

/* What the voting space shows. */
char *
plenary_describe_space_headline (guint       n_members,
                                 guint       n_votes,
                                 const char *measure,
                                 double      first_share,
                                 double      second_share)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *members = plenary_format_count (n_members);
  g_autofree char *votes = plenary_format_count (n_votes);
  g_autofree char *first = plenary_format_percent (first_share);
  g_autofree char *second = plenary_format_percent (second_share);

  /* Translators: under the voting space's title. %1$s members, %2$s votes,
   * %3$s the measure of agreement, %4$s and %5$s the shares of the
   * differences the two axes show. Keep the %n$s numbers. */
  return g_strdup_printf (_("%1$s members placed by how alike they voted on %2$s votes (%3$s): those "
                            "close together voted alike. The axes show %4$s and %5$s of the differences."),
                          isolate (&iso, members), isolate (&iso, votes), isolate (&iso, measure),
                          isolate (&iso, first), isolate (&iso, second));
}

/* A member of the voting space, for its tooltip. */
char *
plenary_describe_space_member (PlenaryMember *member,
                               guint          voted,
                               guint          n_votes)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
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
                          isolate (&iso, plenary_member_get_localized_name (member)),
                          isolate (&iso, plenary_group_get_label (plenary_member_get_group (member))),
                          isolate (&iso, voted_text), isolate (&iso, votes_text));
}

/* A bar segment of the regional groups: "African States, Yes: 3 (Algeria,
 * Sierra Leone, Somalia)". */
char *
plenary_describe_group_votes (PlenaryGroup  group,
                              PlenaryVote   vote,
                              guint         count,
                              const char   *names)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *number = plenary_format_count (count);

  /* Translators: a part of a regional group's bar: group, vote, count and
   * the members' names. */
  return g_strdup_printf (_("%s, %s: %s (%s)"), isolate (&iso, plenary_group_get_label (group)),
                          isolate (&iso, plenary_vote_get_label (vote)), 
                          isolate (&iso, number), isolate (&iso, names));
}

/* "Agreement with the United States, 2000–2025". */
char *
plenary_describe_alignment_title (PlenaryMember *reference,
                                  const char    *period)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: the title of the map of agreement with one member: the
   * member and the years. */
  return g_strdup_printf (_("Agreement with %s, %s"),
                          isolate (&iso, plenary_member_get_localized_name (reference)),
                          isolate (&iso, period));
}

/* What the alignment map shows. */
char *
plenary_describe_alignment_headline (PlenaryBody  body,
                                     const char  *measure,
                                     guint        n_votes,
                                     const char  *topic)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
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
                            isolate (&iso, plenary_body_get_label (body)), isolate (&iso, measure),
                            isolate (&iso, votes), isolate (&iso, topic));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: under the alignment map's title: body, the
                                        * measure of agreement, the number of votes. */
                                       "%s · %s · %s vote · Members with fewer than 10 votes shared are greyed",
                                       "%s · %s · %s votes · Members with fewer than 10 votes shared are greyed",
                                       n_votes),
                          isolate (&iso, plenary_body_get_label (body)), isolate (&iso, measure),
                          isolate (&iso, votes));
}

/* The alignment map's scale: "Agreement with the United States". */
char *
plenary_describe_alignment_scale (PlenaryMember *reference)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: the title of the colour scale of the alignment map. */
  return g_strdup_printf (_("Agreement with %s"),
                          isolate (&iso, plenary_member_get_localized_name (reference)));
}

/* A member of the alignment map: "France: 62.1% agreement with the United
 * States over 1,234 votes". */
char *
plenary_describe_alignment_member (PlenaryMember *member,
                                   PlenaryMember *reference,
                                   double         share,
                                   guint          n_votes)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *percent = plenary_format_percent (share);
  g_autofree char *count = plenary_format_count (n_votes);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a tooltip on the alignment map: member,
                                        * agreement, the member compared with, and the votes. */
                                       "%s: %s agreement with %s over %s vote",
                                       "%s: %s agreement with %s over %s votes",
                                       n_votes),
                          isolate (&iso, plenary_member_get_localized_name (member)), isolate (&iso, percent),
                          isolate (&iso, plenary_member_get_localized_name (reference)),
                          isolate (&iso, count));
}

/* A greyed member of the alignment map. */
char *
plenary_describe_alignment_too_few (PlenaryMember *member,
                                    PlenaryMember *reference,
                                    guint          n_votes)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *count = plenary_format_count (n_votes);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a tooltip on a greyed member of the
                                        * alignment map: "Fiji: 4 votes shared with the United
                                        * States, too few to show". */
                                       "%s: %s vote shared with %s, too few to show",
                                       "%s: %s votes shared with %s, too few to show",
                                       n_votes),
                          isolate (&iso, plenary_member_get_localized_name (member)), isolate (&iso, count),
                          isolate (&iso, plenary_member_get_localized_name (reference)));
}

/* The reference member on the alignment map. */
char *
plenary_describe_alignment_reference (PlenaryMember *member)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: a tooltip on the member the alignment map compares with. */
  return g_strdup_printf (_("%s: the member compared with"),
                          isolate (&iso, plenary_member_get_localized_name (member)));
}

/* "From A/RES/ES-11/7 to A/RES/ES-11/8". */
char *
plenary_describe_change_title (PlenaryResolution *first,
                               PlenaryResolution *second)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: the title of the map that compares two votes. */
  return g_strdup_printf (_("Who changed their vote from %s to %s"),
                          isolate (&iso, plenary_resolution_get_symbol (first)), 
                          isolate (&iso, plenary_resolution_get_symbol (second)));
}

/* The line under it: both dates and tallies, and how many changed. */
char *
plenary_describe_change_headline (PlenaryResolution *first,
                                  PlenaryResolution *second,
                                  guint              changed)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
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
                          isolate (&iso, plenary_resolution_get_symbol (first)),
                          isolate (&iso, first_caption), 
                          isolate (&iso, plenary_resolution_get_symbol (second)),
                          isolate (&iso, second_caption), isolate (&iso, count));
}

/* A member of the change map: "Armenia: Abstain, then Yes". */
char *
plenary_describe_member_change (PlenaryMember *member,
                                PlenaryVote    from,
                                PlenaryVote    to)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: a tooltip on the change map: member, its first vote, its second. */
  return g_strdup_printf (_("%s: %s, then %s"), isolate (&iso, plenary_member_get_localized_name (member)),
                          isolate (&iso, plenary_vote_get_label (from)),
                          isolate (&iso, plenary_vote_get_label (to)));
}

/* "Topic: HUMAN RIGHTS", for the titles of filtered pictures. */
char *
plenary_describe_topic (const char *topic)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  /* Translators: a UN subject term that the votes are limited to. */
  return g_strdup_printf (_("Topic: %s"), isolate (&iso, topic));
}

/* Pictures that leave the app: the members they label, their citation. */

/* "France", "France and Chad", "France, Chad and Peru": @items as a list. */
char *
plenary_describe_list (const char * const *items)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  guint n = items != NULL ? g_strv_length ((char **) items) : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    return g_strdup ("");
  text = g_strdup (isolate (&iso, items[0]));
  for (guint i = 1; i < n; i++)
    {
      char *longer;

      if (i + 1 < n)
        /* Translators: a list of three or more, "France, Chad and Peru": the
         * items so far, then the next, before the last two. */
        longer = g_strdup_printf (C_("list", "%s, %s"), text, isolate (&iso, items[i]));
      else
        /* Translators: the last two items of a list, "France and Chad". */
        longer = g_strdup_printf (C_("list", "%s and %s"), text, isolate (&iso, items[i]));
      g_free (text);
      text = longer;
    }
  return g_steal_pointer (&text);
}

/* The sentence that says which members a picture labels, for its file's
 * description, or NULL for none. */
char *
plenary_describe_emphasis (const char * const *names)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  guint n = names != NULL ? g_strv_length ((char **) names) : 0;
  g_autofree char *list = NULL;

  if (n == 0)
    return NULL;
  list = plenary_describe_list (names);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: in an exported picture's description: the
                                        * members outlined and labelled with their names on it,
                                        * "Outlined and labelled: United States and Russian
                                        * Federation." */
                                       "Outlined and labelled: %s.",
                                       "Outlined and labelled: %s.",
                                       n),
                          isolate (&iso, list));
}

/* The UN body, with the organisation's name, for a citation. */
static const char *
body_full_name (PlenaryBody body)
{
  if (body == PLENARY_BODY_SECURITY_COUNCIL)
    /* Translators: the body in a citation, as the UN names it in your language. */
    return _("United Nations Security Council");
  /* Translators: the body in a citation, as the UN names it in your language. */
  return _("United Nations General Assembly");
}

/* A resolution as one cites it, in text: "United Nations General Assembly,
 * A/RES/ES-11/7, 24 February 2025, recorded vote 93–18–65. Source: United
 * Nations Digital Library, https://digitallibrary.un.org/record/4076672." */
char *
plenary_describe_citation (PlenaryResolution *resolution,
                           const char        *fallback)
{
  g_auto(Isolates) iso = ISOLATES_INIT;
  g_autofree char *date = plenary_date_format_long (plenary_resolution_get_date (resolution));
  g_autofree char *tally = plenary_format_tally (plenary_resolution_get_tally (resolution));
  g_autofree char *record_link = plenary_resolution_dup_record_link (resolution);
  g_autofree char *document_link = plenary_resolution_dup_document_link (resolution);
  g_autofree char *vote = NULL;
  g_autofree char *source = NULL;
  const char *own = plenary_resolution_get_source (resolution);

  if (own == NULL)
    own = fallback;

  if (plenary_resolution_get_without_vote (resolution))
    /* Translators: in a citation, how a resolution was adopted. */
    vote = g_strdup (_("adopted without a vote"));
  else
    /* Translators: in a citation: the recorded vote, yes–no–abstentions, "recorded vote 93–18–65". */
    vote = g_strdup_printf (_("recorded vote %s"), isolate (&iso, tally));

  if (record_link != NULL)
    /* Translators: the source in a citation: the UN Digital Library (keep
     * its name as the UN writes it in your language) and the address of
     * the voting record. */
    source = g_strdup_printf (_("United Nations Digital Library, %s"), isolate (&iso, record_link));
  else if (own != NULL && *own != '\0')
    /* Translators: the source in a citation: where the data comes from, and
     * the address of the resolution's document. */
    source = g_strdup_printf (C_("citation", "%s, %s"), isolate (&iso, own), isolate (&iso, document_link));
  else
    source = g_strdup (document_link);

  /* Translators: a resolution cited in text: the body, the symbol, the date,
   * how it was adopted, and the source. Keep the %n$s numbers; reorder them
   * as your language needs. */
  return g_strdup_printf (_("%1$s, %2$s, %3$s, %4$s. Source: %5$s."),
                          isolate (&iso, body_full_name (plenary_resolution_get_body (resolution))),
                          isolate (&iso, plenary_resolution_get_symbol (resolution)), isolate (&iso, date),
                          isolate (&iso, vote), isolate (&iso, source));
}

/* The words for members that did not sit in a body, in a legend: "Not on
 * the Security Council" for the Council's fifteen. */
const char *
plenary_describe_not_in_body (PlenaryBody body)
{
  if (body == PLENARY_BODY_SECURITY_COUNCIL)
    /* Translators: in a legend: UN members that do not sit on the Security Council. */
    return _("Not on the Security Council");
  return plenary_vote_get_label (PLENARY_VOTE_NOT_IN_BODY);
}
