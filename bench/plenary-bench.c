/* plenary-bench.c: the figures behind the README's performance table
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints how long things take on this machine, each beside what it is
 * compared with, measured in the same run: Python's json.load on the same
 * file, pandas.read_csv on the same CSV, a bare libadwaita window. It passes
 * or fails nothing: a slow machine is not a bug. Times are medians.
 *
 *   build/bench/plenary-bench [--record FOLDER] [--quick] [--only analysis]
 *
 * FOLDER holds the UN Digital Library's CSV files (ga-voting.csv.gz); the
 * rows that need them are skipped, saying so, without it. The start-up rows
 * need a display (DISPLAY) and build/bench/plenary-bare-window.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "plenary-agreement.h"
#include "plenary-export.h"
#include "plenary-import.h"
#include "plenary-loader.h"
#include "plenary-text.h"
#include "plenary-vote-pictures.h"
#include "plenary-votes-format.h"
#include "plenary-voting-space.h"

typedef void (*BenchFunc) (gpointer data);

static guint runs_factor = 1;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Runs @func @runs times after one warm-up, and returns the median time in ms. */
static double
median_ms (BenchFunc func,
           gpointer  data,
           guint     runs)
{
  g_autofree double *times = NULL;

  runs = MAX (runs / runs_factor, 3);
  times = g_new (double, runs);
  func (data);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  return median (times, runs);
}

typedef struct
{
  double wall_ms;
  double peak_kb;
  gboolean ok;
} Command;

/* Runs @argv to its end @runs times, with its output thrown away; the
 * median wall time and the median peak resident memory. The memory is what
 * GNU time reports: a child forked from this process would otherwise count
 * this process's pages too, before its exec. */
static Command
run_command (const char * const *argv,
             guint               runs)
{
  g_autofree double *times = g_new (double, runs);
  g_autofree double *peaks = g_new (double, runs);
  g_autofree char *report = g_build_filename (g_get_tmp_dir (), "plenary-bench-time", NULL);
  gboolean have_time = g_file_test ("/usr/bin/time", G_FILE_TEST_IS_EXECUTABLE);
  g_autoptr(GPtrArray) command = g_ptr_array_new ();
  Command result = { 0, 0, TRUE };

  if (have_time)
    {
      g_ptr_array_add (command, "/usr/bin/time");
      g_ptr_array_add (command, "-f");
      g_ptr_array_add (command, "%M");
      g_ptr_array_add (command, "-o");
      g_ptr_array_add (command, report);
    }
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (command, (gpointer) argv[i]);
  g_ptr_array_add (command, NULL);

  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *peak = NULL;
      gint64 start = g_get_monotonic_time ();
      int status;

      if (!g_spawn_sync (NULL, (char **) command->pdata, NULL,
                         G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, NULL) ||
          !g_spawn_check_wait_status (status, NULL))
        {
          result.ok = FALSE;
          return result;
        }
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      peaks[i] = have_time && g_file_get_contents (report, &peak, NULL, NULL) ? g_ascii_strtod (peak, NULL) : 0;
    }
  g_remove (report);
  result.wall_ms = median (times, runs);
  result.peak_kb = median (peaks, runs);
  return result;
}

static void
heading (const char *text)
{
  printf ("\n%s\n", text);
}

/* One row: what, Plenary's figure, the comparison's, the ratio and the target. */
static void
row (const char *what,
     double      ours,
     const char *unit,
     const char *other_name,
     double      other,
     const char *target)
{
  if (other_name != NULL && other > 0)
    printf ("  %-52s %9.1f %-3s  %-28s %9.1f %-3s  ratio %5.2f  (target: %s)\n",
            what, ours, unit, other_name, other, unit, ours / other, target);
  else
    printf ("  %-52s %9.1f %-3s  (target: %s)\n", what, ours, unit, target);
}

static void
note (const char *text)
{
  printf ("  %s\n", text);
}

/* The record, as a file */

typedef struct
{
  GFile *file;
} LoadJob;

static void
load_file (gpointer data)
{
  LoadJob *job = data;
  g_autoptr(PlenaryDataset) dataset = plenary_load_file (job->file, NULL, NULL);

  g_assert (dataset != NULL);
}

static double
python_json_in_process (const char *python,
                        const char *path)
{
  g_autofree char *script = g_strdup_printf ("import json, time\n"
                                             "times = []\n"
                                             "for i in range(7):\n"
                                             "    t = time.perf_counter(); json.load(open(%s)); "
                                             "times.append(time.perf_counter() - t)\n"
                                             "times.sort(); print(times[3] * 1000)\n", "__import__('sys').argv[1]");
  const char *argv[] = { python, "-c", script, path, NULL };
  g_autofree char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                     &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    return -1;
  return g_ascii_strtod (out, NULL);
}

static void
bench_record_file (const char *python)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) record = plenary_load_record (NULL, NULL, &error);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "plenary-bench-record.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *plenary = g_getenv ("PLENARY_EXE") != NULL ? g_getenv ("PLENARY_EXE") : "build/app/plenary";
  const char *python_argv[] = { python, "-c", "import json, sys; json.load(open(sys.argv[1]))", path, NULL };
  const char *list_argv[] = { plenary, "--list", path, NULL };
  Command python_load, plenary_list, python_peak;
  LoadJob job = { file };
  double open_ms, python_ms;
  gsize length;
  g_autofree char *text = NULL;

  heading ("The whole record in Plenary's format");
  if (record == NULL)
    {
      note ("skipped: the bundled record does not load");
      return;
    }
  text = plenary_votes_write (record, &length);
  g_assert (g_file_set_contents (path, text, (gssize) length, NULL));
  printf ("  %u resolutions, %.1f MB (%s)\n", g_list_model_get_n_items (G_LIST_MODEL (record)),
          length / 1e6, path);

  open_ms = median_ms (load_file, &job, 21);
  python_load = run_command (python_argv, 11);
  python_ms = python_json_in_process (python, path);
  row ("open to a usable list (in the app)", open_ms, "ms",
       "python3 json.load (command)", python_load.ok ? python_load.wall_ms : -1, "at most 0.5");
  if (python_ms > 0)
    row ("  the same", open_ms, "ms", "json.load alone (in Python)", python_ms, "for context");
  row ("reopening the same, unchanged file", median_ms (load_file, &job, 21), "ms", NULL, 0,
       "at most 50 ms");

  plenary_list = run_command (list_argv, 5);
  python_peak = run_command (python_argv, 5);
  if (plenary_list.ok && python_peak.ok)
    row ("peak resident memory of plenary --list", plenary_list.peak_kb / 1024, "MiB",
         "python3 json.load", python_peak.peak_kb / 1024, "at most 0.5");
  else
    note ("peak resident memory: skipped, plenary --list or python3 did not run");
  g_remove (path);
}

/* Refiltering: what one keystroke in the search costs over the record. */

typedef struct
{
  PlenaryDataset *dataset;
  char          **words;
  guint           matches;
} FilterJob;

static void
filter_folded (gpointer data)
{
  FilterJob *job = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (job->dataset));

  job->matches = 0;
  for (guint i = 0; i < n; i++)
    job->matches += plenary_resolution_matches (plenary_dataset_get_resolution (job->dataset, i),
                                                (const char * const *) job->words);
}

/* What the window did before: case-fold four fields of every resolution on
 * every keystroke. */
static void
filter_unfolded (gpointer data)
{
  FilterJob *job = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (job->dataset));

  job->matches = 0;
  for (guint i = 0; i < n; i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (job->dataset, i);
      const char *fields[] = {
        plenary_resolution_get_symbol (resolution), plenary_resolution_get_title (resolution),
        plenary_resolution_get_localized_title (resolution), plenary_resolution_get_draft (resolution),
      };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          g_autofree char *folded = fields[f] != NULL ? g_utf8_casefold (fields[f], -1) : NULL;

          if (folded != NULL && strstr (folded, job->words[0]) != NULL)
            {
              job->matches++;
              break;
            }
        }
    }
}

static void
bench_refilter (void)
{
  g_autoptr(PlenaryDataset) record = plenary_load_record (NULL, NULL, NULL);
  FilterJob job = { record, plenary_text_fold_words ("ukraine"), 0 };

  heading ("Refiltering the list on a keystroke");
  filter_folded (&job);
  row ("match \"ukraine\" over every resolution", median_ms (filter_folded, &job, 51), "ms",
       "case-folding on each keystroke", median_ms (filter_unfolded, &job, 11), "at most 5 ms");
  g_strfreev (job.words);
}

/* Importing the UN's CSV */

typedef struct
{
  GFile *file;
} ImportJob;

static void
import_csv (gpointer data)
{
  ImportJob *job = data;
  g_autoptr(PlenaryDataset) dataset = plenary_import_files (&job->file, 1, NULL, NULL, NULL);

  g_assert (dataset != NULL);
}

static void
bench_import (const char *python,
              const char *folder)
{
  g_autofree char *path = folder != NULL ? g_build_filename (folder, "ga-voting.csv.gz", NULL) : NULL;
  g_autoptr(GFile) file = NULL;
  const char *pandas_argv[] = { python, "-c", "import pandas, sys; pandas.read_csv(sys.argv[1])", path, NULL };
  const char *check_argv[] = { python, "-c", "import pandas", NULL };
  ImportJob job;
  Command pandas;
  double ours;

  heading ("Importing the UN Digital Library's ga-voting.csv.gz");
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      note ("skipped: give --record FOLDER, the folder of ga-voting.csv.gz");
      return;
    }
  job.file = file = g_file_new_for_path (path);
  ours = median_ms (import_csv, &job, 5);
  if (!run_command (check_argv, 1).ok)
    {
      row ("import ga-voting.csv.gz (916,653 rows)", ours, "ms", NULL, 0,
           "at least 4 times faster than pandas.read_csv (pandas is not installed here)");
      return;
    }
  pandas = run_command (pandas_argv, 3);
  row ("import ga-voting.csv.gz (916,653 rows)", ours, "ms", "pandas.read_csv (command)", pandas.wall_ms,
       "at most 0.25");
}

/* Start-up, measured the same way for Plenary and for a bare libadwaita
 * window: from spawning the program to the line it prints at its first
 * painted frame (PLENARY_BENCH_FRAME=first) or at the first frame that
 * shows at least N resolutions (PLENARY_BENCH_FRAME=listed:N). */

typedef struct
{
  double ms;
  double rss_kb;
  gboolean ok;
} Frame;

static Frame
time_to_frame (const char *program,
               const char *mode)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "PLENARY_BENCH_FRAME", mode, TRUE);
  const char *argv[] = { program, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  Frame frame = { 0, 0, FALSE };
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  GPid pid;
  int out;

  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", FALSE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                 NULL, &out, NULL, &error))
    return frame;
  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  if (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL &&
      g_str_has_prefix (line, "frame "))
    {
      frame.ms = (g_get_monotonic_time () - start) / 1000.0;
      frame.rss_kb = g_ascii_strtod (line + strlen ("frame "), NULL);
      frame.ok = TRUE;
    }
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  return frame;
}

static Frame
median_frame (const char *program,
              const char *mode,
              guint       runs)
{
  g_autofree double *times = g_new (double, runs);
  g_autofree double *rss = g_new (double, runs);
  Frame result = { 0, 0, TRUE };

  for (guint i = 0; i < runs; i++)
    {
      Frame frame = time_to_frame (program, mode);

      if (!frame.ok)
        {
          result.ok = FALSE;
          return result;
        }
      times[i] = frame.ms;
      rss[i] = frame.rss_kb;
    }
  result.ms = median (times, runs);
  result.rss_kb = median (rss, runs);
  return result;
}

static void
bench_start_up (void)
{
  const char *plenary = g_getenv ("PLENARY_EXE") != NULL ? g_getenv ("PLENARY_EXE") : "build/app/plenary";
  const char *bare = g_getenv ("PLENARY_BARE_WINDOW") != NULL ? g_getenv ("PLENARY_BARE_WINDOW")
                                                               : "build/bench/plenary-bare-window";
  Frame bare_first, ours_first, ours_listed;

  heading ("Start-up, against a bare libadwaita window (GSK cairo renderer)");
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      note ("skipped: no display (run it under xvfb-run)");
      return;
    }

  /* Alternate, so that neither profits from a warmer cache. */
  time_to_frame (bare, "first");
  time_to_frame (plenary, "first");
  bare_first = median_frame (bare, "first", 7);
  ours_first = median_frame (plenary, "first", 7);
  ours_listed = median_frame (plenary, "listed:8000", 7);
  if (!bare_first.ok || !ours_first.ok || !ours_listed.ok)
    {
      note ("skipped: a window did not report its first frame");
      return;
    }
  row ("to the first frame, with the bundled record", ours_first.ms, "ms",
       "a bare window's first frame", bare_first.ms, "at most 1.3");
  row ("to the whole record listed on screen", ours_listed.ms, "ms",
       "a bare window's first frame", bare_first.ms, "at most 2");
  row ("resident memory with the whole record shown", ours_listed.rss_kb / 1024, "MiB",
       "a bare window", bare_first.rss_kb / 1024, "at most the bare window's + 40 MiB");
}

/* Pictures */

typedef struct
{
  PlenaryChart       chart;
  PlenaryResolution *resolution;
  int                width;
  int                height;
  PlenaryPicture    *picture;
} ChartJob;

static void
render_chart (gpointer data)
{
  ChartJob *job = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->width, job->height);
  cairo_t *cr = cairo_create (surface);
  PlenaryRenderStyle style;

  if (job->picture == NULL)
    job->picture = plenary_vote_picture_new (job->chart, job->resolution, "bench");
  plenary_render_style_init (&style, FALSE);
  plenary_picture_draw (job->picture, cr, job->width, job->height, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Each call a pixel wider, so that every frame is the first at its size. */
static void
render_chart_resizing (gpointer data)
{
  ChartJob *job = data;

  job->width++;
  render_chart (job);
}

typedef struct
{
  PlenaryExportOptions options;
  PlenaryPicture      *picture;
} ExportJob;

static void
export_to_bytes (gpointer data)
{
  ExportJob *job = data;
  g_autoptr(GBytes) bytes = plenary_export_to_bytes (job->picture, &job->options, NULL);

  g_assert (bytes != NULL);
}

static void
bench_pictures (void)
{
  g_autoptr(PlenaryDataset) record = plenary_load_record (NULL, NULL, NULL);
  PlenaryResolution *ukraine = plenary_dataset_find_resolution (record, "A/RES/ES-11/7");
  PlenaryResolution *council = plenary_dataset_find_resolution (record, "S/RES/2774 (2025)");
  ChartJob tally = { PLENARY_CHART_TALLY, ukraine, 800, 320, NULL };
  ChartJob seats = { PLENARY_CHART_SEATS, ukraine, 800, 450, NULL };
  ChartJob map = { PLENARY_CHART_MAP, ukraine, 1600, 900, NULL };
  ChartJob council_map = { PLENARY_CHART_MAP, council, 1600, 900, NULL };
  ChartJob tiles = { PLENARY_CHART_TILES, ukraine, 1600, 900, NULL };
  ChartJob resizing_map = { PLENARY_CHART_MAP, ukraine, 1500, 900, NULL };

  heading ("Pictures of A/RES/ES-11/7 (one frame each)");
  row ("tally, 800×320", median_ms (render_chart, &tally, 200), "ms", NULL, 0, "a frame at 60 Hz: 16 ms");
  row ("seat chart, 800×450", median_ms (render_chart, &seats, 200), "ms", NULL, 0, "16 ms");
  row ("world map, 1600×900", median_ms (render_chart, &map, 200), "ms", NULL, 0, "at most 4 ms");
  row ("world map of S/RES/2774 (2025), 1600×900", median_ms (render_chart, &council_map, 200), "ms", NULL, 0,
       "at most 4 ms");
  row ("world map, first frame at a new size", median_ms (render_chart_resizing, &resizing_map, 50), "ms",
       NULL, 0, "16 ms");
  row ("tile map, 1600×900", median_ms (render_chart, &tiles, 200), "ms", NULL, 0, "16 ms");

  for (PlenaryExportFormat format = PLENARY_EXPORT_PNG; format <= PLENARY_EXPORT_PDF; format++)
    {
      ExportJob job;
      g_autofree char *what = NULL;

      plenary_export_options_init (&job.options, format);
      job.options.width = 1600;
      job.options.height = 900;
      job.picture = map.picture;
      what = g_strdup_printf ("export the world map as %s, 1600×900",
                              plenary_export_format_get_extension (format));
      row (what, median_ms (export_to_bytes, &job, 20), "ms", NULL, 0, "under a second");
    }

  g_clear_object (&tally.picture);
  g_clear_object (&seats.picture);
  g_clear_object (&map.picture);
  g_clear_object (&council_map.picture);
  g_clear_object (&tiles.picture);
  g_clear_object (&resizing_map.picture);
}

/* Analysis: agreement over the whole record, closest members, the voting space */

typedef struct
{
  PlenaryDataset     *dataset;
  PlenaryVoteVectors *vectors;
  PlenaryPeriod       period;
  guint               member;
} AnalysisJob;

static void
build_vectors (gpointer data)
{
  AnalysisJob *job = data;
  g_autoptr(PlenaryVoteVectors) vectors = plenary_vote_vectors_new (job->dataset, NULL);

  g_assert (plenary_vote_vectors_get_n_votes (vectors) > 0);
}

static void
agreement_matrix (gpointer data)
{
  AnalysisJob *job = data;
  g_autoptr(PlenaryAgreementMatrix) matrix = plenary_agreement_matrix_new (job->vectors, &job->period);

  g_assert (matrix != NULL);
}

static void
closest_members (gpointer data)
{
  AnalysisJob *job = data;
  g_autoptr(GArray) ranks = plenary_agreement_rank (job->vectors, &job->period, job->member,
                                                    PLENARY_AGREEMENT_PLAIN, 10);

  g_assert (ranks->len > 0);
}

static void
voting_space (gpointer data)
{
  AnalysisJob *job = data;
  g_autoptr(PlenaryVotingSpace) space = plenary_voting_space_new (job->vectors, &job->period,
                                                                  PLENARY_AGREEMENT_SCHOLARLY, 10, NULL);

  g_assert (space != NULL);
}

static void
bench_analysis (void)
{
  g_autoptr(PlenaryDataset) record = plenary_load_record (NULL, NULL, NULL);
  g_autoptr(PlenaryVoteVectors) vectors = NULL;
  g_autoptr(PlenaryAgreementMatrix) matrix = NULL;
  AnalysisJob job = { record, NULL, { 0, 0 }, 0 };
  g_autofree char *what = NULL;
  guint active = 0;

  heading ("Analysis over the General Assembly's roll calls");
  if (record == NULL)
    {
      note ("skipped: the bundled record does not load");
      return;
    }
  row ("bit-planes of every member's votes, built once", median_ms (build_vectors, &job, 11), "ms", NULL, 0,
       "for context");
  job.vectors = vectors = plenary_vote_vectors_new (record, NULL);
  plenary_period_init_all (&job.period);
  matrix = plenary_agreement_matrix_new (vectors, &job.period);
  for (guint m = 0; m < plenary_vote_vectors_get_n_members (vectors); m++)
    active += plenary_agreement_matrix_is_active (matrix, m);
  what = g_strdup_printf ("agreement matrix, %u members, %u roll calls", active,
                          plenary_vote_vectors_get_n_votes (vectors));
  row (what, median_ms (agreement_matrix, &job, 21), "ms", NULL, 0, "at most 30 ms");
  job.member = (guint) plenary_dataset_lookup_member (record, "USA");
  row ("the United States' closest and furthest members", median_ms (closest_members, &job, 101), "ms", NULL, 0,
       "at most 2 ms");
  g_assert (plenary_period_init_years (&job.period, 2025, 2025, NULL));
  row ("voting space of 2025 (classical scaling)", median_ms (voting_space, &job, 21), "ms", NULL, 0,
       "at most 50 ms");
  g_assert (plenary_period_init_years (&job.period, 1975, 1975, NULL));
  row ("voting space of 1975", median_ms (voting_space, &job, 21), "ms", NULL, 0, "at most 50 ms");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autofree char *only = NULL;
  gboolean quick = FALSE;
  const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
  GOptionEntry entries[] = {
    { "record", 0, 0, G_OPTION_ARG_FILENAME, &folder, "The folder of the UN's CSV files", "FOLDER" },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Fewer runs", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Only one section: analysis", "SECTION" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, NULL))
    return 2;
  if (quick)
    runs_factor = 4;

  printf ("Plenary's benchmark, %u processors; times are medians.\n", g_get_num_processors ());
  if (g_strcmp0 (only, "analysis") == 0)
    {
      bench_analysis ();
      return 0;
    }
  bench_record_file (python);
  bench_refilter ();
  bench_import (python, folder);
  bench_start_up ();
  bench_pictures ();
  bench_analysis ();
  return 0;
}
