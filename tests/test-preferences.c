/* test-preferences.c: the Preferences window edits the settings, and follows them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "plenary-preferences-window.h"

/* The schema this build compiled, in memory: no test touches the user's
 * settings. */
static GSettings *
settings_new (void)
{
  const char *directory = g_getenv ("PLENARY_SCHEMA_DIR");
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (directory);
  source = g_settings_schema_source_new_from_directory (directory, NULL, TRUE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, FALSE);
  g_assert_nonnull (schema);
  return g_settings_new_full (schema, backend, NULL);
}

static AdwComboRow *
row (PlenaryPreferencesWindow *window,
     const char               *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), PLENARY_TYPE_PREFERENCES_WINDOW, name);

  g_assert_true (ADW_IS_COMBO_ROW (object));
  return ADW_COMBO_ROW (object);
}

static void
test_defaults (void)
{
  g_autoptr(GSettings) settings = settings_new ();
  PlenaryPreferencesWindow *window = plenary_preferences_window_new (NULL, settings);
  GListModel *palettes = adw_combo_row_get_model (row (window, "palette_row"));
  g_autoptr(GtkStringObject) first = NULL;

  g_assert_cmpstr (g_settings_get_string (settings, "palette"), ==, "un");
  g_assert_cmpstr (g_settings_get_string (settings, "colour-scheme"), ==, "system");
  g_assert_cmpuint (adw_combo_row_get_selected (row (window, "palette_row")), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (row (window, "colour_scheme_row")), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (palettes), ==, 3);
  first = g_list_model_get_item (palettes, 0);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "UN voting board");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Choosing in a row writes the key; writing the key moves the row. */
static void
test_bound_both_ways (void)
{
  g_autoptr(GSettings) settings = settings_new ();
  PlenaryPreferencesWindow *window = plenary_preferences_window_new (NULL, settings);

  adw_combo_row_set_selected (row (window, "palette_row"), 1);
  g_assert_cmpstr (g_settings_get_string (settings, "palette"), ==, "colour-blind");
  adw_combo_row_set_selected (row (window, "palette_row"), 2);
  g_assert_cmpstr (g_settings_get_string (settings, "palette"), ==, "greyscale");
  adw_combo_row_set_selected (row (window, "colour_scheme_row"), 2);
  g_assert_cmpstr (g_settings_get_string (settings, "colour-scheme"), ==, "dark");

  g_settings_set_string (settings, "palette", "un");
  g_assert_cmpuint (adw_combo_row_get_selected (row (window, "palette_row")), ==, 0);
  g_settings_set_string (settings, "colour-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (row (window, "colour_scheme_row")), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_cmpint (plenary_colour_scheme_from_key ("dark"), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpint (plenary_colour_scheme_from_key ("light"), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpint (plenary_colour_scheme_from_key ("system"), ==, ADW_COLOR_SCHEME_DEFAULT);
}

/* The schema's other new keys, with their defaults. */
static void
test_schema (void)
{
  g_autoptr(GSettings) settings = settings_new ();
  g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-files");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) palette = NULL;
  g_autoptr(GVariant) purple = g_variant_ref_sink (g_variant_new_string ("purple"));
  g_autoptr(GVariant) colour_blind = g_variant_ref_sink (g_variant_new_string ("colour-blind"));

  g_assert_cmpuint (g_strv_length (recent), ==, 0);
  g_assert_cmpint (g_settings_get_int (settings, "sidebar-width"), ==, 360);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_object_get (settings, "settings-schema", &schema, NULL);
  palette = g_settings_schema_get_key (schema, "palette");
  /* Only the palette keys the command line knows are allowed. */
  g_assert_false (g_settings_schema_key_range_check (palette, purple));
  g_assert_true (g_settings_schema_key_range_check (palette, colour_blind));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/preferences/defaults", test_defaults);
  g_test_add_func ("/preferences/bound-both-ways", test_bound_both_ways);
  g_test_add_func ("/preferences/schema", test_schema);

  return g_test_run ();
}
