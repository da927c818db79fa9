/* test-ui-hostile.c: the window on every hostile file, opened as File → Open does
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window must survive any file the command line survives. For each file
 * of tests/data/bad that the loader refuses, a window that shows a small
 * fixture opens it with plenary_window_open_file(), in a worker as File →
 * Open does; once the worker is done, an error dialog names the file in a
 * message of reasonable length, and the fixture is still what the window
 * shows. The files that are read with a warning are not opened here: they
 * replace the dataset, as they should.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sys/stat.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "plenary-test-fixtures.h"
#include "plenary-window.h"

/* A dialog's text is a sentence or two, with quotes of at most 40
 * characters from the file: far less than this. */
#define MAX_MESSAGE_LENGTH 2000

typedef struct
{
  char *folder;
  char *file;
} Case;

static PlenaryWindow *window;
static PlenaryDataset *fixture;

static void
wait_until_idle (void)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  /* A guard against a hang, not a timing. */
  while (plenary_window_is_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (plenary_window_is_busy (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The error dialogs shown, most recent first. */
static GPtrArray *
find_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *dialogs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        g_ptr_array_add (dialogs, g_steal_pointer (&toplevel));
    }
  return dialogs;
}

/* Opens @file as File → Open does, and checks that an error names @name
 * and the fixture stays. */
static void
check_refused (GFile      *file,
               const char *name)
{
  g_autoptr(GPtrArray) dialogs = NULL;
  const char *body;

  g_assert_true (plenary_window_get_dataset (window) == fixture);
  plenary_window_open_file (window, file);
  wait_until_idle ();

  /* One dialog, which names the file. */
  dialogs = find_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 1);
  body = adw_message_dialog_get_body (g_ptr_array_index (dialogs, 0));
  g_test_message ("%s", body);
  g_assert_true (g_utf8_validate (body, -1, NULL));
  if (strstr (body, name) == NULL)
    g_error ("the dialog says “%s”, without the file's name", body);
  g_assert_cmpuint (g_utf8_strlen (body, -1), <, MAX_MESSAGE_LENGTH);
  gtk_window_destroy (g_ptr_array_index (dialogs, 0));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* The fixture is still shown, and whole. */
  g_assert_false (plenary_window_get_loading (window));
  g_assert_true (plenary_window_get_dataset (window) == fixture);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_window_get_visible_resolutions (window)), ==, 3);
  g_assert_nonnull (plenary_window_get_resolution (window));
}

static void
test_open_hostile_file (gconstpointer data)
{
  const Case *test_case = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", test_case->folder,
                                                 test_case->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  check_refused (file, test_case->file);
}

/* What no corpus can hold: a FIFO, which blocked the window for good, and a
 * folder with no session files in it. */
static void
test_open_special_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("plenary-hostile-XXXXXX", &error);
  g_autofree char *fifo_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autoptr(GFile) fifo = NULL;
  g_autoptr(GFile) empty = NULL;

  g_assert_no_error (error);
  fifo_path = g_build_filename (directory, "votes.json", NULL);
  empty_path = g_build_filename (directory, "sessions", NULL);
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (empty_path, 0700), ==, 0);
  fifo = g_file_new_for_path (fifo_path);
  empty = g_file_new_for_path (empty_path);

  check_refused (fifo, "votes.json");
  check_refused (empty, "sessions");

  g_assert_cmpint (g_remove (fifo_path), ==, 0);
  g_assert_cmpint (g_rmdir (empty_path), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* The files of tests/data/bad/@folder that the manifest says are refused. */
static void
add_cases (const char *folder,
           GPtrArray  *cases)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", folder, "EXPECTED", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_error ("cannot read %s", path);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      Case *test_case;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      g_assert_cmpuint (g_strv_length (fields), >=, 2);
      if (g_str_equal (fields[1], "WARNING"))
        continue;

      test_case = g_new0 (Case, 1);
      test_case->folder = g_strdup (folder);
      test_case->file = g_strdup (fields[0]);
      g_ptr_array_add (cases, test_case);
    }
}

static void
case_free (gpointer data)
{
  Case *test_case = data;

  g_free (test_case->folder);
  g_free (test_case->file);
  g_free (test_case);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const folders[] = { "json", "csv", "dgacm" };
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    add_cases (folders[f], cases);
  for (guint i = 0; i < cases->len; i++)
    {
      const Case *test_case = g_ptr_array_index (cases, i);
      g_autofree char *test_path = g_strdup_printf ("/ui-hostile/%s/%s", test_case->folder,
                                                    test_case->file);

      g_test_add_data_func (test_path, test_case, test_open_hostile_file);
    }
  g_test_add_func ("/ui-hostile/special-files", test_open_special_files);

  /* One window for all: the fixture it shows must outlive every file. */
  fixture = plenary_test_load_fixture ("2025-02-24.json", &error);
  g_assert_no_error (error);
  window = plenary_window_new (NULL);
  plenary_window_set_dataset (window, fixture);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_idle ();

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&fixture);
  return status;
}
