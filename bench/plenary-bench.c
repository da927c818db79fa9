/* plenary-bench.c: the figures behind the README's performance table
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints how long things take on this machine. It passes or fails nothing:
 * a slow machine is not a bug. Each figure is the median of many runs.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "plenary-export.h"
#include "plenary-loader.h"
#include "plenary-vote-pictures.h"
#include "plenary-votes-format.h"

typedef void (*BenchFunc) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Runs @func @runs times and returns the median time in milliseconds. */
static double
median_ms (BenchFunc func,
           gpointer  data,
           guint     runs)
{
  g_autofree double *times = g_new (double, runs);
  double median;

  func (data); /* warm up caches and lazy tables */
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  median = times[runs / 2];
  return median;
}

static void
report (const char *what,
        double      ms)
{
  printf ("%-48s %10.3f ms\n", what, ms);
}

static void
load_sample (gpointer data)
{
  g_autoptr(PlenaryDataset) dataset = plenary_load_sample (NULL);

  g_assert (dataset != NULL);
}

static void
write_sample (gpointer data)
{
  g_autofree char *text = plenary_votes_write (data, NULL);
}

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

/* Each call a pixel wider, so that every frame is the first at its size. */
static void
render_chart_resizing (gpointer data)
{
  ChartJob *job = data;

  job->width++;
  render_chart (job);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlenaryDataset) sample = NULL;
  ChartJob tally = { PLENARY_CHART_TALLY, NULL, 800, 320, NULL };
  ChartJob map = { PLENARY_CHART_MAP, NULL, 1600, 900, NULL };
  ChartJob council_map = { PLENARY_CHART_MAP, NULL, 1600, 900, NULL };
  ChartJob tiles = { PLENARY_CHART_TILES, NULL, 1600, 900, NULL };
  ChartJob resizing_map = { PLENARY_CHART_MAP, NULL, 1500, 900, NULL };

  setlocale (LC_ALL, "");

  sample = plenary_load_sample (NULL);
  tally.resolution = plenary_dataset_find_resolution (sample, "A/RES/ES-11/7");
  map.resolution = tiles.resolution = resizing_map.resolution = tally.resolution;
  council_map.resolution = plenary_dataset_find_resolution (sample, "S/RES/2774 (2025)");

  report ("load the bundled sample (3 resolutions)", median_ms (load_sample, NULL, 200));
  report ("write the sample as plenary-votes JSON", median_ms (write_sample, sample, 200));
  report ("tally chart frame, 800×320", median_ms (render_chart, &tally, 200));
  report ("world map frame, 1600×900, A/RES/ES-11/7", median_ms (render_chart, &map, 200));
  report ("world map frame, 1600×900, S/RES/2774 (2025)", median_ms (render_chart, &council_map, 200));
  report ("world map, first frame at a new size (~1600×900)", median_ms (render_chart_resizing, &resizing_map, 50));
  report ("tile map frame, 1600×900", median_ms (render_chart, &tiles, 200));

  for (PlenaryExportFormat format = PLENARY_EXPORT_PNG; format <= PLENARY_EXPORT_PDF; format++)
    {
      ExportJob job;
      g_autofree char *what = NULL;

      plenary_export_options_init (&job.options, format);
      job.options.width = 1600;
      job.options.height = 900;
      job.picture = map.picture;
      what = g_strdup_printf ("export the world map as %s, 1600×900", plenary_export_format_get_extension (format));
      report (what, median_ms (export_to_bytes, &job, 20));
    }

  g_clear_object (&tally.picture);
  g_clear_object (&map.picture);
  g_clear_object (&council_map.picture);
  g_clear_object (&tiles.picture);
  g_clear_object (&resizing_map.picture);
  return 0;
}
