/* main.c: where Plenary starts
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary"

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "plenary-application.h"
#include "plenary-cli.h"
#include "plenary-window.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlenaryApplication) application = NULL;
  /* A build tree's catalogues, for running Plenary uninstalled. */
  const char *localedir = g_getenv ("PLENARY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Plenary"));

  /* --list and --export need no display: they run before GTK is started. */
  if (plenary_cli_wants_headless (argc, argv))
    return plenary_cli_run (argc, argv);

  /* With no file to open, the window opens the record Plenary ships: start
   * reading it now, while GTK starts. */
  if (argc == 1)
    plenary_window_preload_record ();

  application = plenary_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
