/* plenary-cli.c: the command line that needs no display: --list, --export and --import
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `plenary --import FILE… --output OUT.json` reads the UN's own files (UN
 * Digital Library CSV, DGACM JSON lines) into one dataset and saves it in
 * Plenary's format. `plenary --list [FILE]` prints the resolutions of a file (or of the
 * UN record Plenary ships) for scripts; `plenary --export=CHART --resolution SYMBOL
 * --output FILE [DATAFILE]` writes a chart as PNG, SVG or PDF. Neither opens
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

#include "plenary-cli.h"
#include "plenary-describer.h"
#include "plenary-export.h"
#include "plenary-format.h"
#include "plenary-import.h"
#include "plenary-loader.h"
#include "plenary-votes-format.h"
#include "plenary-vote-pictures.h"

#define EXIT_USAGE 2

typedef struct
{
  char      *export_chart;
  char      *resolution;
  char      *format;
  char      *size;
  int        scale;
  gboolean   dark;
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
  g_clear_pointer (&options->format, g_free);
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
      N_("Export a chart without opening a window: tally, seats, map or tiles"), N_("CHART") },
    { "resolution", 'r', 0, G_OPTION_ARG_STRING, options ? &options->resolution : NULL,
      N_("The resolution to export, by its symbol"), N_("SYMBOL") },
    { "format", 0, 0, G_OPTION_ARG_STRING, options ? &options->format : NULL,
      N_("png, svg or pdf (default: from the output's extension)"), N_("FORMAT") },
    { "size", 0, 0, G_OPTION_ARG_STRING, options ? &options->size : NULL,
      N_("The picture's size (default: 1600x900; A4 landscape for PDF)"), N_("WIDTHxHEIGHT") },
    { "scale", 0, 0, G_OPTION_ARG_INT, options ? &options->scale : NULL,
      N_("Pixels per unit for PNG, such as 2 for high-density screens (default: 1)"), N_("N") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, options ? &options->dark : NULL,
      N_("Use the dark colours"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, options ? &options->output : NULL,
      N_("Where to write the exported picture"), N_("FILE") },
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

static int
run_export (const Options *options)
{
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(PlenaryPicture) picture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output = NULL;
  PlenaryExportOptions export;
  PlenaryExportFormat format;
  PlenaryResolution *resolution;
  PlenaryChart chart;
  const char *source;

  if (!plenary_chart_from_name (options->export_chart, &chart))
    {
      print_error (_("unknown chart “%s”: use tally, seats, map or tiles"), options->export_chart);
      return EXIT_USAGE;
    }
  if (options->resolution == NULL)
    {
      print_error (_("--export needs --resolution SYMBOL (see --list)"));
      return EXIT_USAGE;
    }
  if (options->output == NULL)
    {
      print_error (_("--export needs --output FILE"));
      return EXIT_USAGE;
    }
  if (options->format != NULL)
    {
      if (!plenary_export_format_from_name (options->format, &format))
        {
          print_error (_("unknown format “%s”: use png, svg or pdf"), options->format);
          return EXIT_USAGE;
        }
    }
  else if (!plenary_export_format_from_filename (options->output, &format))
    {
      print_error (_("cannot tell the format from “%s”: name it .png, .svg or .pdf, or give --format"),
                   options->output);
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
  export.rtl = plenary_locale_is_rtl ();
  if (!plenary_export_options_validate (&export, &error))
    {
      print_error ("%s", error->message);
      return EXIT_USAGE;
    }

  dataset = load_dataset (options);
  if (dataset == NULL)
    return EXIT_FAILURE;

  resolution = plenary_dataset_find_resolution (dataset, options->resolution);
  if (resolution == NULL)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (dataset)) == 0)
        print_error (_("no resolution “%s”: the data file holds no resolutions"),
                     options->resolution);
      else
        {
          g_autofree char *closest = closest_symbols (dataset, options->resolution, 5);

          print_error (_("no resolution “%s”; the closest symbols are: %s"),
                       options->resolution, closest);
        }
      return EXIT_FAILURE;
    }

  source = plenary_dataset_get_source (dataset) != NULL
           ? plenary_dataset_get_source (dataset)
           : plenary_dataset_get_display_name (dataset);
  picture = plenary_vote_picture_new (chart, resolution, source);
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
