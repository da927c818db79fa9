/* plenary-cli.c: the command line that needs no display: --list, --export and --import
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `plenary --import FILE… --output OUT.json` reads the UN's own files (UN
 * Digital Library CSV, DGACM JSON lines) into one dataset and saves it in
 * Plenary's format. `plenary --list [FILE]` prints the resolutions of a file (or of the
 * UN record Plenary ships) for scripts; `plenary --export=CHART --resolution SYMBOL
 * --output FILE [DATAFILE]` writes a chart as PNG, SVG or PDF, and the
 * analyses export the same way: `--export=agreement --members USA,RUS`,
 * `--export=space --from 1975 --to 1975`, `--export=groups -r SYMBOL`,
 * `--export=alignment --member USA`, `--export=change -r A --compare B`, with
 * `--body`, `--topic` and `--measure` where they apply. A picture of members
 * can emphasise some (`--highlight USA,RUS`) and carry words of one's own
 * (`--title "…" --note "…"`); `--export=members -r SYMBOL --format csv` (or
 * any chart with --format csv or tsv) writes the table behind the picture
 * instead, to --output or to standard output. None opens
 * a window or initialises GTK: they run on a server, in CI, over SSH.
 * Errors go to standard error with a non-zero exit status: 2 for a command
 * line that cannot work, 1 for a file that cannot be read or written.
 */

#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-agreement-chart.h"
#include "plenary-analysis-pictures.h"
#include "plenary-cli.h"
#include "plenary-describer.h"
#include "plenary-export.h"
#include "plenary-format.h"
#include "plenary-groups-chart.h"
#include "plenary-import.h"
#include "plenary-loader.h"
#include "plenary-space-chart.h"
#include "plenary-votes-format.h"
#include "plenary-vote-pictures.h"

#define EXIT_USAGE 2

typedef struct
{
  char      *export_chart;
  char      *resolution;
  char      *compare;
  char      *members;
  char      *member;
  char      *from;
  char      *to;
  char      *body;
  char      *topic;
  char      *measure;
  char      *highlight;
  char      *title;
  char      *note;
  gboolean   tiles;
  char      *format;
  char      *size;
  int        scale;
  gboolean   dark;
  char      *palette;
  gboolean   high_contrast;
  char      *output;
  gboolean   list;
  gboolean   import;
  char     **files;
} Options;

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->export_chart, g_free);
  g_clear_pointer (&options->resolution, g_free);
  g_clear_pointer (&options->compare, g_free);
  g_clear_pointer (&options->members, g_free);
  g_clear_pointer (&options->member, g_free);
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->body, g_free);
  g_clear_pointer (&options->topic, g_free);
  g_clear_pointer (&options->measure, g_free);
  g_clear_pointer (&options->highlight, g_free);
  g_clear_pointer (&options->title, g_free);
  g_clear_pointer (&options->note, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->palette, g_free);
  g_clear_pointer (&options->size, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->files, g_strfreev);
}

/* The option table, filled in for parsing (@options) or for --help only. */
static GOptionEntry *
build_entries (Options *options)
{
  GOptionEntry entries[] = {
    { "import", 0, 0, G_OPTION_ARG_NONE, options ? &options->import : NULL,
      N_("Read the UN's files (UN Digital Library CSV, DGACM JSON lines or folders of them) "
         "into one votes file, written to --output"), NULL },
    { "list", 0, 0, G_OPTION_ARG_NONE, options ? &options->list : NULL,
      N_("Print the resolutions of DATAFILE (or of the UN record Plenary ships) and exit"), NULL },
    { "export", 0, 0, G_OPTION_ARG_STRING, options ? &options->export_chart : NULL,
      N_("Export a chart without opening a window: tally, seats, map, tiles, groups, change, agreement, "
         "space or alignment; or members, the table of a resolution's members and votes"), N_("CHART") },
    { "resolution", 'r', 0, G_OPTION_ARG_STRING, options ? &options->resolution : NULL,
      N_("The resolution to export, by its symbol"), N_("SYMBOL") },
    { "compare", 0, 0, G_OPTION_ARG_STRING, options ? &options->compare : NULL,
      N_("For --export=change: the second resolution, compared with --resolution"), N_("SYMBOL") },
    { "members", 0, 0, G_OPTION_ARG_STRING, options ? &options->members : NULL,
      N_("For --export=agreement: a member and those to compare it with, such as USA,RUS,FRA"), N_("CODES") },
    { "member", 0, 0, G_OPTION_ARG_STRING, options ? &options->member : NULL,
      N_("For --export=alignment: the member the others are compared with, such as USA"), N_("CODE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, options ? &options->from : NULL,
      N_("The first year of the period (default: the first of the data)"), N_("YEAR") },
    { "to", 0, 0, G_OPTION_ARG_STRING, options ? &options->to : NULL,
      N_("The last year of the period (default: the last of the data)"), N_("YEAR") },
    { "body", 0, 0, G_OPTION_ARG_STRING, options ? &options->body : NULL,
      N_("The body whose votes count: GA or SC (default: GA)"), N_("BODY") },
    { "topic", 0, 0, G_OPTION_ARG_STRING, options ? &options->topic : NULL,
      N_("Count only the votes filed under this UN subject term, such as \"HUMAN RIGHTS\""), N_("TERM") },
    { "measure", 0, 0, G_OPTION_ARG_STRING, options ? &options->measure : NULL,
      N_("The measure of agreement: plain, scholarly or coincidence (default: plain)"), N_("MEASURE") },
    { "highlight", 0, 0, G_OPTION_ARG_STRING, options ? &options->highlight : NULL,
      N_("Outline and label these members on the picture, such as USA,RUS"), N_("CODES") },
    { "title", 0, 0, G_OPTION_ARG_STRING, options ? &options->title : NULL,
      N_("A headline of your own, in place of the picture's title"), N_("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, options ? &options->note : NULL,
      N_("A note of your own, under the headline"), N_("TEXT") },
    { "tiles", 0, 0, G_OPTION_ARG_NONE, options ? &options->tiles : NULL,
      N_("Draw the alignment and change maps as equal tiles"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, options ? &options->format : NULL,
      N_("png, svg or pdf; csv or tsv for the table behind the picture (default: from the output's "
         "extension)"), N_("FORMAT") },
    { "size", 0, 0, G_OPTION_ARG_STRING, options ? &options->size : NULL,
      N_("The picture's size (default: 1600x900; A4 landscape for PDF)"), N_("WIDTHxHEIGHT") },
    { "scale", 0, 0, G_OPTION_ARG_INT, options ? &options->scale : NULL,
      N_("Pixels per unit for PNG, such as 2 for high-density screens (default: 1)"), N_("N") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, options ? &options->dark : NULL,
      N_("Use the dark colours"), NULL },
    { "palette", 0, 0, G_OPTION_ARG_STRING, options ? &options->palette : NULL,
      /* Translators: keep the three keys un, colour-blind and greyscale as they are. */
      N_("The colours: un (the UN's voting board), colour-blind (safe for colour-blind readers) "
         "or greyscale (for print) (default: un)"), N_("PALETTE") },
    { "high-contrast", 0, 0, G_OPTION_ARG_NONE, options ? &options->high_contrast : NULL,
      N_("Use the high-contrast variant of the colours"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, options ? &options->output : NULL,
      N_("Where to write the exported picture (a table goes to standard output without it)"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, options ? &options->files : NULL,
      NULL, N_("[DATAFILE]") },
    { NULL }
  };

  return g_memdup2 (entries, sizeof entries);
}

/* The same options, for the application's --help: they are handled before
 * the application starts, but should be listed there too. */
const GOptionEntry *
plenary_cli_get_help_entries (void)
{
  static GOptionEntry *entries;

  if (entries == NULL)
    {
      entries = build_entries (NULL);
      /* GApplication takes no G_OPTION_REMAINING entry. */
      for (guint i = 0; entries[i].long_name != NULL; i++)
        if (g_str_equal (entries[i].long_name, G_OPTION_REMAINING))
          entries[i].long_name = NULL;
    }
  return entries;
}

/* Whether the command line asks for --list or --export, which run here,
 * without a display. */
gboolean
plenary_cli_wants_headless (int    argc,
                            char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--list") || g_str_equal (argv[i], "--import") ||
          g_str_equal (argv[i], "--export") || g_str_has_prefix (argv[i], "--export="))
        return TRUE;
    }
  return FALSE;
}

G_GNUC_PRINTF (1, 2)
static void
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "plenary: %s\n", message);
}

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = (guint) j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }
  return row[lb];
}

typedef struct
{
  const char *symbol;
  guint       distance;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return g_strcmp0 (x->symbol, y->symbol);
}

/* "A/RES/ES-11/7, A/RES/ES-11/8": the symbols closest to @wanted. */
static char *
closest_symbols (PlenaryDataset *dataset,
                 const char     *wanted,
                 guint           n_wanted)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      Candidate candidate;

      candidate.symbol = plenary_resolution_get_symbol (plenary_dataset_get_resolution (dataset, i));
      candidate.distance = edit_distance (wanted, candidate.symbol);
      g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < MIN (n_wanted, candidates->len); i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_array_index (candidates, Candidate, i).symbol);
    }
  return g_string_free (text, FALSE);
}

static PlenaryDataset *
load_dataset (const Options *options)
{
  g_autoptr(GError) error = NULL;
  PlenaryDataset *dataset;

  if (options->files != NULL && options->files[0] != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->files[0]);

      dataset = plenary_load_file (file, NULL, &error);
    }
  else
    dataset = plenary_load_record (NULL, NULL, &error);

  if (dataset == NULL)
    print_error ("%s", error->message);
  return dataset;
}

static int
run_list (const Options *options)
{
  g_autoptr(PlenaryDataset) dataset = load_dataset (options);

  if (dataset == NULL)
    return EXIT_FAILURE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autofree char *line = plenary_describe_list_line (plenary_dataset_get_resolution (dataset, i));

      printf ("%s\n", line);
    }
  return EXIT_SUCCESS;
}

static int
run_import (const Options *options)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *warnings;

  if (options->files == NULL || options->files[0] == NULL)
    {
      print_error (_("--import needs the UN's files to read"));
      return EXIT_USAGE;
    }
  if (options->output == NULL)
    {
      print_error (_("--import needs --output FILE"));
      return EXIT_USAGE;
    }

  for (guint i = 0; options->files[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (options->files[i]));
  dataset = plenary_import_files ((GFile * const *) files->pdata, files->len, NULL, NULL, &error);
  if (dataset == NULL)
    {
      print_error ("%s", error->message);
      return EXIT_FAILURE;
    }

  warnings = plenary_dataset_get_warnings (dataset);
  for (guint i = 0; i < warnings->len; i++)
    fprintf (stderr, "plenary: %s\n", (const char *) g_ptr_array_index (warnings, i));

  output = g_file_new_for_commandline_arg (options->output);
  if (!plenary_votes_save (dataset, output, NULL, &error))
    {
      print_error ("%s", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *normalised = NULL;
  gint64 w, h;

  if (text == NULL)
    return FALSE;

  /* 1600x900, 1600X900 or 1600×900. */
  normalised = g_strdup (text);
  g_strdelimit (normalised, "X", 'x');
  parts = g_regex_split_simple ("x|×", normalised, 0, 0);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, 1, G_MAXINT, &w, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, 1, G_MAXINT, &h, NULL))
    return FALSE;

  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

/* The resolution @symbol, or an error that names the closest. */
static PlenaryResolution *
find_resolution (PlenaryDataset *dataset,
                 const char     *option,
                 const char     *symbol)
{
  PlenaryResolution *resolution = plenary_dataset_find_resolution (dataset, symbol);

  if (resolution != NULL)
    return resolution;
  if (g_list_model_get_n_items (G_LIST_MODEL (dataset)) == 0)
    /* Translators: the first %s is an option, --resolution or --compare. */
    print_error (_("%s: no resolution “%s”: the data file holds no resolutions"), option, symbol);
  else
    {
      g_autofree char *closest = closest_symbols (dataset, symbol, 5);

      /* Translators: the first %s is an option, --resolution or --compare. */
      print_error (_("%s: no resolution “%s”; the closest symbols are: %s"), option, symbol, closest);
    }
  return NULL;
}

static gboolean
parse_year (const char *option,
            const char *text,
            int        *year)
{
  gint64 value;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, 1900, 2999, &value, NULL))
    {
      /* Translators: %s is --from or --to, then what the user gave it. */
      print_error (_("%s “%s” is not a year: write it as four digits, such as 1975"), option, text);
      return FALSE;
    }
  *year = (int) value;
  return TRUE;
}

static gboolean
is_analysis (PlenaryChart chart)
{
  return chart == PLENARY_CHART_AGREEMENT || chart == PLENARY_CHART_SPACE || chart == PLENARY_CHART_ALIGNMENT;
}

/* The options of an analysis, checked before any data is read. */
typedef struct
{
  PlenaryVoteFilter    filter;
  PlenaryAgreementKind kind;
  int                  from;
  int                  to;
  GStrv                members;
} AnalysisOptions;

static void
analysis_options_clear (AnalysisOptions *analysis)
{
  g_clear_pointer (&analysis->members, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AnalysisOptions, analysis_options_clear)

static gboolean
check_analysis_options (const Options   *options,
                        PlenaryChart     chart,
                        AnalysisOptions *analysis)
{
  plenary_vote_filter_init (&analysis->filter);
  analysis->kind = PLENARY_AGREEMENT_PLAIN;
  analysis->from = 0;
  analysis->to = 0;

  if (!is_analysis (chart))
    {
      const char *stray = options->members != NULL ? "--members" : options->member != NULL ? "--member"
                          : options->from != NULL ? "--from" : options->to != NULL ? "--to"
                          : options->body != NULL ? "--body" : options->topic != NULL ? "--topic"
                          : options->measure != NULL ? "--measure" : NULL;

      if (stray != NULL)
        {
          /* Translators: %s is an option such as --members; the charts are names, keep them. */
          print_error (_("%s applies to --export=agreement, space and alignment only"), stray);
          return FALSE;
        }
      if (options->tiles && chart != PLENARY_CHART_CHANGE)
        {
          print_error (_("--tiles applies to --export=alignment and change only; use --export=tiles for a vote"));
          return FALSE;
        }
      return TRUE;
    }

  if (options->resolution != NULL || options->compare != NULL)
    {
      print_error (_("%s applies to the charts of a resolution, not to --export=%s"),
                   options->resolution != NULL ? "--resolution" : "--compare", plenary_chart_get_name (chart));
      return FALSE;
    }
  if (options->tiles && chart != PLENARY_CHART_ALIGNMENT)
    {
      print_error (_("--tiles applies to --export=alignment and change only; use --export=tiles for a vote"));
      return FALSE;
    }
  if (options->body != NULL)
    {
      if (g_ascii_strcasecmp (options->body, "GA") == 0)
        analysis->filter.body = PLENARY_BODY_GENERAL_ASSEMBLY;
      else if (g_ascii_strcasecmp (options->body, "SC") == 0)
        analysis->filter.body = PLENARY_BODY_SECURITY_COUNCIL;
      else
        {
          print_error (_("--body “%s” is not a body: use GA (General Assembly) or SC (Security Council)"),
                       options->body);
          return FALSE;
        }
    }
  if (options->topic != NULL)
    {
      if (g_strstrip (options->topic)[0] == '\0')
        {
          print_error (_("--topic is empty: give a UN subject term, such as \"HUMAN RIGHTS\""));
          return FALSE;
        }
      analysis->filter.topic = options->topic;
    }
  if (options->measure != NULL && !plenary_agreement_kind_from_name (options->measure, &analysis->kind))
    {
      print_error (_("--measure “%s” is not a measure: use plain, scholarly or coincidence"), options->measure);
      return FALSE;
    }
  if (!parse_year ("--from", options->from, &analysis->from) || !parse_year ("--to", options->to, &analysis->to))
    return FALSE;
  if (analysis->from != 0 && analysis->to != 0 && analysis->to < analysis->from)
    {
      print_error (_("--to %d is before --from %d"), analysis->to, analysis->from);
      return FALSE;
    }

  switch (chart)
    {
    case PLENARY_CHART_AGREEMENT:
      if (options->member != NULL)
        {
          print_error (_("--export=agreement takes --members CODES, such as USA,RUS, not --member"));
          return FALSE;
        }
      analysis->members = options->members != NULL ? g_strsplit (options->members, ",", -1) : NULL;
      if (analysis->members == NULL || g_strv_length (analysis->members) < 2)
        {
          print_error (_("--export=agreement needs --members with at least two codes, such as USA,RUS"));
          return FALSE;
        }
      break;
    case PLENARY_CHART_ALIGNMENT:
      if (options->members != NULL)
        {
          print_error (_("--export=alignment takes one --member CODE, such as USA, not --members"));
          return FALSE;
        }
      if (options->member == NULL)
        {
          print_error (_("--export=alignment needs --member CODE, such as USA"));
          return FALSE;
        }
      break;
    case PLENARY_CHART_SPACE:
      if (options->members != NULL || options->member != NULL)
        {
          print_error (_("--export=space places every member; it takes no --member or --members"));
          return FALSE;
        }
      break;
    default:
      break;
    }
  return TRUE;
}

/* The period the options give, within the years @vectors has roll calls in. */
static gboolean
analysis_period (PlenaryVoteVectors *vectors,
                 AnalysisOptions    *analysis,
                 PlenaryPeriod      *period)
{
  g_autoptr(GError) error = NULL;
  guint n = plenary_vote_vectors_get_n_votes (vectors);
  int first_year, last_year;
  guint first, end;

  if (n == 0)
    {
      if (analysis->filter.topic != NULL)
        print_error (_("--topic “%s” matches no vote in this data"), analysis->filter.topic);
      else
        print_error (_("--body %s: the data holds no votes of this body"),
                     plenary_body_to_key (analysis->filter.body));
      return FALSE;
    }
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_julian (&date, plenary_vote_vectors_get_day (vectors, 0));
    first_year = g_date_get_year (&date);
    g_date_set_julian (&date, plenary_vote_vectors_get_day (vectors, n - 1));
    last_year = g_date_get_year (&date);
  }
  if (analysis->from != 0)
    first_year = analysis->from;
  if (analysis->to != 0)
    last_year = analysis->to;
  if (!plenary_period_init_years (period, first_year, last_year, &error))
    {
      print_error ("--from/--to: %s", error->message);
      return FALSE;
    }
  if (!plenary_vote_vectors_find_votes (vectors, period, &first, &end))
    {
      /* Translators: no vote in the years --from and --to give. */
      print_error (_("--from/--to: no vote in %d–%d in this data"), first_year, last_year);
      return FALSE;
    }
  return TRUE;
}

static PlenaryPicture *
make_analysis_picture (PlenaryDataset  *dataset,
                       PlenaryChart     chart,
                       const Options   *options,
                       AnalysisOptions *analysis,
                       const char      *source)
{
  g_autoptr(PlenaryVoteVectors) vectors = plenary_vote_vectors_new (dataset, &analysis->filter);
  g_autoptr(GError) error = NULL;
  PlenaryPeriod period;
  PlenaryPicture *picture = NULL;

  if (!analysis_period (vectors, analysis, &period))
    return NULL;

  switch (chart)
    {
    case PLENARY_CHART_AGREEMENT:
      {
        guint n = g_strv_length (analysis->members);
        g_autofree guint *firsts = g_new (guint, n);
        g_autofree guint *seconds = g_new (guint, n);

        for (guint i = 0; i < n; i++)
          {
            int member = plenary_vote_vectors_lookup_member (vectors, analysis->members[i], &error);

            if (member < 0)
              {
                print_error ("--members: %s", error->message);
                return NULL;
              }
            seconds[i] = (guint) member;
          }
        for (guint i = 0; i < n; i++)
          firsts[i] = seconds[0];
        /* The first member with each of the others. */
        picture = plenary_agreement_picture_new (vectors, &period, firsts, seconds + 1, n - 1, analysis->kind,
                                                 PLENARY_AGREEMENT_FOLLOW_SEATS, source);
        break;
      }
    case PLENARY_CHART_SPACE:
      picture = plenary_space_picture_new (vectors, &period, analysis->kind, source, &error);
      if (picture == NULL)
        print_error ("--from/--to: %s", error->message);
      break;
    case PLENARY_CHART_ALIGNMENT:
      {
        int member = plenary_vote_vectors_lookup_member (vectors, options->member, &error);

        if (member < 0)
          {
            print_error ("--member: %s", error->message);
            return NULL;
          }
        picture = plenary_alignment_picture_new (vectors, &period, (guint) member, analysis->kind, options->tiles,
                                                 source);
        break;
      }
    default:
      g_return_val_if_reached (NULL);
    }
  return picture;
}

/* "USA, UGA, USB": the member codes closest to @wanted. */
static char *
closest_codes (PlenaryDataset *dataset,
               const char     *wanted,
               guint           n_wanted)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < plenary_dataset_get_n_members (dataset); i++)
    {
      Candidate candidate;

      candidate.symbol = plenary_member_get_code (plenary_dataset_get_member (dataset, i));
      candidate.distance = edit_distance (wanted, candidate.symbol);
      g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < MIN (n_wanted, candidates->len); i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_array_index (candidates, Candidate, i).symbol);
    }
  return g_string_free (text, FALSE);
}

/* Emphasises the members --highlight names, by their codes; FALSE, having
 * said which code is unknown, if one is. */
static gboolean
apply_highlight (PlenaryPicture *picture,
                 PlenaryDataset *dataset,
                 const char     *codes)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (int));

  if (codes == NULL)
    return TRUE;

  parts = g_strsplit (codes, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *code = g_ascii_strup (g_strstrip (parts[i]), -1);
      int member;

      if (*code == '\0')
        continue;
      member = plenary_dataset_lookup_member (dataset, code);
      if (member < 0)
        {
          g_autofree char *closest = closest_codes (dataset, code, 3);

          /* Translators: %s is a member code the user gave, such as "USX";
           * then the codes closest to it. */
          print_error (_("--highlight: no member “%s” in this data; the closest codes are: %s"), code, closest);
          return FALSE;
        }
      g_array_append_val (members, member);
    }
  if (members->len == 0)
    {
      print_error (_("--highlight is empty: give member codes, such as USA,RUS"));
      return FALSE;
    }
  plenary_picture_set_emphasis (picture, (const int *) (gpointer) members->data, members->len);
  /* Say so when a member is not in the picture, rather than leave it out
   * without a word. */
  for (guint i = 0; i < members->len; i++)
    if (plenary_picture_get_member (picture, g_array_index (members, int, i)) == NULL)
      /* Translators: a warning; %s is a member's code, such as "DEU". */
      print_error (_("--highlight: %s is not shown in this picture, so it is not labelled"),
                   plenary_member_get_code (plenary_dataset_get_member (dataset,
                                                                        (guint) g_array_index (members, int, i))));
  return TRUE;
}

/* Writes @bytes to standard output, for a table without --output. */
static gboolean
write_to_stdout (GBytes *bytes)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
    {
      print_error (_("could not write the table to standard output"));
      return FALSE;
    }
  return TRUE;
}

static int
run_export (const Options *options)
{
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(PlenaryPicture) picture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output = NULL;
  g_auto(AnalysisOptions) analysis = { { 0 } };
  PlenaryExportOptions export;
  PlenaryExportFormat format;
  PlenaryResolution *resolution = NULL;
  PlenaryChart chart;
  const char *source;
  gboolean members = g_strcmp0 (options->export_chart, "members") == 0;

  if (members)
    chart = PLENARY_CHART_TALLY;
  else if (!plenary_chart_from_name (options->export_chart, &chart))
    {
      print_error (_("unknown chart “%s”: use tally, seats, map, tiles, groups, change, agreement, space or "
                     "alignment, or members for the table of a resolution's members"), options->export_chart);
      return EXIT_USAGE;
    }
  if (!is_analysis (chart) && options->resolution == NULL)
    {
      print_error (_("--export needs --resolution SYMBOL (see --list)"));
      return EXIT_USAGE;
    }
  if (chart == PLENARY_CHART_CHANGE && options->compare == NULL)
    {
      print_error (_("--export=change needs --compare SYMBOL, the resolution to compare --resolution with"));
      return EXIT_USAGE;
    }
  if (chart != PLENARY_CHART_CHANGE && options->compare != NULL && !is_analysis (chart))
    {
      print_error (_("--compare applies to --export=change only"));
      return EXIT_USAGE;
    }
  if (!check_analysis_options (options, chart, &analysis))
    return EXIT_USAGE;
  if (options->format != NULL)
    {
      if (!plenary_export_format_from_name (options->format, &format))
        {
          print_error (_("unknown format “%s”: use png, svg or pdf, or csv or tsv for a table"), options->format);
          return EXIT_USAGE;
        }
    }
  else if (options->output != NULL && plenary_export_format_from_filename (options->output, &format))
    ;
  else if (members)
    format = PLENARY_EXPORT_CSV;
  else if (options->output == NULL)
    {
      print_error (_("--export needs --output FILE"));
      return EXIT_USAGE;
    }
  else
    {
      print_error (_("cannot tell the format from “%s”: name it .png, .svg, .pdf, .csv or .tsv, or give --format"),
                   options->output);
      return EXIT_USAGE;
    }
  if (members && !plenary_export_format_is_table (format))
    {
      print_error (_("--export=members writes a table: use --format csv or tsv"));
      return EXIT_USAGE;
    }
  if (!plenary_export_format_is_table (format) && options->output == NULL)
    {
      print_error (_("--export needs --output FILE"));
      return EXIT_USAGE;
    }
  if (plenary_export_format_is_table (format) && (options->title != NULL || options->note != NULL))
    {
      print_error (_("--title and --note apply to pictures, not to a table"));
      return EXIT_USAGE;
    }

  plenary_export_options_init (&export, format);
  if (options->size != NULL && !parse_size (options->size, &export.width, &export.height))
    {
      print_error (_("“%s” is not a size: write it as WIDTHxHEIGHT, such as 1600x900"), options->size);
      return EXIT_USAGE;
    }
  if (options->scale != 0)
    {
      if (export.format != PLENARY_EXPORT_PNG && options->scale != 1)
        {
          print_error (_("--scale applies to PNG only: SVG and PDF are drawn in vectors"));
          return EXIT_USAGE;
        }
      export.scale = options->scale;
    }
  export.dark = options->dark;
  export.high_contrast = options->high_contrast;
  if (options->palette != NULL && !plenary_palette_kind_from_key (options->palette, &export.palette))
    {
      print_error (_("--palette: “%s” is not a palette: use un, colour-blind or greyscale"), options->palette);
      return EXIT_USAGE;
    }
  export.rtl = plenary_locale_is_rtl ();
  export.headline = options->title;
  export.note = options->note;
  if (!plenary_export_options_validate (&export, &error))
    {
      print_error ("%s", error->message);
      return EXIT_USAGE;
    }

  dataset = load_dataset (options);
  if (dataset == NULL)
    return EXIT_FAILURE;

  source = plenary_dataset_get_source (dataset) != NULL
           ? plenary_dataset_get_source (dataset)
           : plenary_dataset_get_display_name (dataset);

  if (is_analysis (chart))
    {
      picture = make_analysis_picture (dataset, chart, options, &analysis, source);
      if (picture == NULL)
        return EXIT_FAILURE;
    }
  else
    {
      resolution = find_resolution (dataset, "--resolution", options->resolution);
      if (resolution == NULL)
        return EXIT_FAILURE;
      if (chart == PLENARY_CHART_GROUPS)
        picture = plenary_groups_picture_new (resolution, source);
      else if (chart == PLENARY_CHART_CHANGE)
        {
          PlenaryResolution *second = find_resolution (dataset, "--compare", options->compare);
          g_autoptr(PlenaryComparison) comparison = NULL;

          if (second == NULL)
            return EXIT_FAILURE;
          comparison = plenary_comparison_new (resolution, second, &error);
          if (comparison == NULL)
            {
              print_error ("--compare: %s", error->message);
              return EXIT_FAILURE;
            }
          picture = plenary_change_picture_new (comparison, options->tiles, source);
        }
      else
        picture = plenary_vote_picture_new (chart, resolution, source);
    }

  if (!apply_highlight (picture, dataset, options->highlight))
    return EXIT_USAGE;

  if (options->output == NULL)
    {
      g_autoptr(GBytes) bytes = plenary_export_to_bytes (picture, &export, &error);

      if (bytes == NULL)
        {
          print_error ("%s", error->message);
          return EXIT_FAILURE;
        }
      return write_to_stdout (bytes) ? EXIT_SUCCESS : EXIT_FAILURE;
    }

  output = g_file_new_for_commandline_arg (options->output);
  if (!plenary_export_to_file (picture, &export, output, NULL, &error))
    {
      print_error ("%s", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

/* Runs the headless command line and returns the exit status. */
int
plenary_cli_run (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree GOptionEntry *entries = NULL;
  Options options = { 0 };
  int status;

  context = g_option_context_new (NULL);
  entries = build_entries (&options);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      print_error ("%s", error->message);
      options_clear (&options);
      return EXIT_USAGE;
    }

  if (options.import)
    status = (options.list || options.export_chart != NULL)
             ? (print_error (_("use --import alone, without --list or --export")), EXIT_USAGE)
             : run_import (&options);
  else if (options.files != NULL && g_strv_length (options.files) > 1)
    {
      print_error (_("give at most one data file; “%s” is one too many"), options.files[1]);
      status = EXIT_USAGE;
    }
  else if (options.list && options.export_chart != NULL)
    {
      print_error (_("use --list or --export, not both"));
      status = EXIT_USAGE;
    }
  else if (options.list)
    status = run_list (&options);
  else
    status = run_export (&options);

  options_clear (&options);
  return status;
}
