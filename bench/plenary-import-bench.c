/* plenary-import-bench.c: how long importing the UN's own files takes
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imports a UN Digital Library CSV file (or a folder or file of DGACM JSON
 * lines) several times and prints the median wall-clock and CPU time, what
 * was imported, and the peak resident memory. It passes or fails nothing.
 *
 *   build/bench/plenary-import-bench [--runs N] [--warnings] FILE.csv[.gz]
 *   build/bench/plenary-import-bench --dgacm [--warnings] FOLDER
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#include "plenary-dgacm-reader.h"
#include "plenary-undl-reader.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static guint64
count_votes (PlenaryDataset *dataset)
{
  guint64 votes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      const PlenaryTally *tally = plenary_resolution_get_tally (plenary_dataset_get_resolution (dataset, i));

      for (guint v = 0; v < PLENARY_N_OFFICIAL_VOTES; v++)
        votes += tally->listed[v];
    }
  return votes;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autofree double *wall = NULL;
  g_autofree double *cpu = NULL;
  gboolean dgacm = FALSE;
  gboolean show_warnings = FALSE;
  int runs = 3;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "How many imports to time (3)", "N" },
    { "dgacm", 0, 0, G_OPTION_ARG_NONE, &dgacm, "The file is DGACM JSON lines, or a folder of them", NULL },
    { "warnings", 'w', 0, G_OPTION_ARG_NONE, &show_warnings, "Print the import's warnings", NULL },
    { NULL }
  };
  struct rusage usage;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      fprintf (stderr, "usage: %s [--runs N] [--dgacm] [--warnings] FILE\n", argv[0]);
      return 2;
    }

  wall = g_new (double, runs);
  cpu = g_new (double, runs);
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
      g_autoptr(PlenaryDataset) dataset = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();

      dataset = dgacm ? plenary_dgacm_import (&file, 1, NULL, &error)
                      : plenary_undl_import (file, NULL, &error);
      wall[i] = (g_get_monotonic_time () - start) / 1e6;
      cpu[i] = cpu_seconds () - cpu_start;
      if (dataset == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      if (i == 0)
        printf ("%u resolutions, %" G_GUINT64_FORMAT " votes, %u members, %u warnings\n",
                g_list_model_get_n_items (G_LIST_MODEL (dataset)), count_votes (dataset),
                plenary_dataset_get_n_members (dataset),
                plenary_dataset_get_warnings (dataset)->len);
      for (guint w = 0; show_warnings && i == 0 && w < plenary_dataset_get_warnings (dataset)->len; w++)
        printf ("  %s\n", (const char *) g_ptr_array_index (plenary_dataset_get_warnings (dataset), w));
      printf ("run %d: %.3f s wall, %.3f s CPU\n", i + 1, wall[i], cpu[i]);
    }

  qsort (wall, runs, sizeof (double), compare_doubles);
  qsort (cpu, runs, sizeof (double), compare_doubles);
  getrusage (RUSAGE_SELF, &usage);
  printf ("median of %d: %.3f s wall, %.3f s CPU; peak RSS %.1f MB\n",
          runs, wall[runs / 2], cpu[runs / 2], usage.ru_maxrss / 1024.0);
  return 0;
}
