/* plenary-bare-window.c: an empty libadwaita window, to compare start-up with
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The benchmark starts this and Plenary the same way and waits for the same
 * line, printed at the first painted frame when PLENARY_BENCH_FRAME=first:
 * "frame RSS_KB".
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <adwaita.h>

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  long pages = 0, resident = 0;
  FILE *statm = fopen ("/proc/self/statm", "r");

  if (statm != NULL)
    {
      if (fscanf (statm, "%ld %ld", &pages, &resident) != 2)
        resident = 0;
      fclose (statm);
    }
  printf ("frame %ld\n", resident * sysconf (_SC_PAGESIZE) / 1024);
  fflush (stdout);
  _exit (0);
}

static void
map_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static void
activate_cb (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  if (g_getenv ("PLENARY_BENCH_FRAME") != NULL)
    g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = adw_application_new ("io.github.plenary.BareWindow",
                                                               G_APPLICATION_NON_UNIQUE);

  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
