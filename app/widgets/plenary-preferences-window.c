/* plenary-preferences-window.c: the chart colours and the colour scheme
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two choices, each bound to its GSettings key so that the window, the
 * charts and the exports follow them as soon as they change: the colour
 * scheme (the system's, light or dark) and the palette of the charts (the
 * UN voting board, colour-blind safe, or greyscale). A legend under the
 * palette shows its colours and patterns as the charts will draw them, in
 * the style (dark, high contrast) the window has now. Without the schema (running uninstalled
 * with no compiled schemas), the rows stay but cannot be changed.
 */

#define G_LOG_DOMAIN "plenary-preferences"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-legend.h"
#include "plenary-preferences-window.h"
#include "plenary-render-style.h"
#include "plenary-ui-resources.h"

struct _PlenaryPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *colour_scheme_row;
  AdwComboRow          *palette_row;
  GtkDrawingArea       *preview;
};

G_DEFINE_FINAL_TYPE (PlenaryPreferencesWindow, plenary_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* What the preview shows: every category of a vote picture. */
#define PREVIEW_CATEGORIES (PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_YES) | \
                            PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NO) | \
                            PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_ABSTAIN) | \
                            PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NON_VOTING) | \
                            PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_RECORDED) | \
                            PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_IN_BODY) | \
                            PLENARY_CATEGORY_BIT (PLENARY_CATEGORY_NOT_A_MEMBER))

/* The colour-scheme key's values, in the order of the row's items. */
static const char * const colour_scheme_keys[] = { "system", "light", "dark" };

/**
 * plenary_colour_scheme_from_key:
 * @key: a value of the "colour-scheme" setting
 *
 * Returns: the scheme to give AdwStyleManager; the system's for an
 *   unknown key
 */
AdwColorScheme
plenary_colour_scheme_from_key (const char *key)
{
  if (g_strcmp0 (key, "light") == 0)
    return ADW_COLOR_SCHEME_FORCE_LIGHT;
  if (g_strcmp0 (key, "dark") == 0)
    return ADW_COLOR_SCHEME_FORCE_DARK;
  return ADW_COLOR_SCHEME_DEFAULT;
}

static gboolean
colour_scheme_get_mapping (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  const char *key = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (colour_scheme_keys); i++)
    if (g_str_equal (key, colour_scheme_keys[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
colour_scheme_set_mapping (const GValue       *value,
                           const GVariantType *expected_type,
                           gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (colour_scheme_keys))
    return NULL;
  return g_variant_new_string (colour_scheme_keys[selected]);
}

static gboolean
palette_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  PlenaryPaletteKind kind;

  if (!plenary_palette_kind_from_key (g_variant_get_string (variant, NULL), &kind))
    return FALSE;
  g_value_set_uint (value, kind);
  return TRUE;
}

static GVariant *
palette_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= PLENARY_N_PALETTE_KINDS)
    return NULL;
  return g_variant_new_string (plenary_palette_kind_to_key ((PlenaryPaletteKind) selected));
}

/* The legend of a vote picture, in the chosen palette and the window's
 * style now. */
static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PlenaryPreferencesWindow *self = user_data;
  AdwStyleManager *manager = adw_style_manager_get_default ();
  guint selected = adw_combo_row_get_selected (self->palette_row);
  PlenaryRenderStyle style;
  double legend_height;

  if (selected >= PLENARY_N_PALETTE_KINDS)
    selected = PLENARY_PALETTE_UN;
  plenary_render_style_init (&style, adw_style_manager_get_dark (manager));
  style.palette = plenary_palette_get_for_kind ((PlenaryPaletteKind) selected,
                                                adw_style_manager_get_dark (manager),
                                                adw_style_manager_get_high_contrast (manager));
  style.rtl = gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL;
  style.font_size = 14;
  /* On the row's own background, as the charts sit on the window's. */
  style.fill_background = FALSE;

  legend_height = plenary_render_legend (cr, 8, 0, width - 16, &style, PREVIEW_CATEGORIES, FALSE);
  cairo_translate (cr, 0, MAX ((height - legend_height) / 2, 0));
  plenary_render_legend (cr, 8, 0, width - 16, &style, PREVIEW_CATEGORIES, TRUE);
}

static void
redraw_preview (PlenaryPreferencesWindow *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
plenary_preferences_window_dispose (GObject *object)
{
  PlenaryPreferencesWindow *self = PLENARY_PREFERENCES_WINDOW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plenary_preferences_window_parent_class)->dispose (object);
}

static void
plenary_preferences_window_class_init (PlenaryPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_preferences_window_dispose;

  plenary_ui_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryPreferencesWindow, colour_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPreferencesWindow, palette_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryPreferencesWindow, preview);
}

static void
plenary_preferences_window_init (PlenaryPreferencesWindow *self)
{
  g_autoptr(GtkStringList) palettes = gtk_string_list_new (NULL);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (PlenaryPaletteKind kind = 0; kind < PLENARY_N_PALETTE_KINDS; kind++)
    gtk_string_list_append (palettes, plenary_palette_kind_get_label (kind));
  adw_combo_row_set_model (self->palette_row, G_LIST_MODEL (palettes));

  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  g_signal_connect_swapped (self->palette_row, "notify::selected", G_CALLBACK (redraw_preview), self);
  g_signal_connect_swapped (manager, "notify::dark", G_CALLBACK (redraw_preview), self);
  g_signal_connect_swapped (manager, "notify::high-contrast", G_CALLBACK (redraw_preview), self);
}

/* The application's settings, when its schema is installed or compiled
 * where GSETTINGS_SCHEMA_DIR says; NULL otherwise. */
static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "palette") ||
      !g_settings_schema_has_key (schema, "colour-scheme"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * plenary_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: (nullable): the application's settings; %NULL to look them up
 *
 * Returns: (transfer floating): the Preferences window, its rows bound to
 *   @settings
 */
PlenaryPreferencesWindow *
plenary_preferences_window_new (GtkWindow *parent,
                                GSettings *settings)
{
  PlenaryPreferencesWindow *self = g_object_new (PLENARY_TYPE_PREFERENCES_WINDOW,
                                                 "transient-for", parent,
                                                 NULL);

  self->settings = settings != NULL ? g_object_ref (settings) : lookup_settings ();
  if (self->settings == NULL)
    {
      g_debug ("No settings schema %s: the preferences cannot be kept", APPLICATION_ID);
      gtk_widget_set_sensitive (GTK_WIDGET (self->colour_scheme_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->palette_row), FALSE);
      return self;
    }

  g_settings_bind_with_mapping (self->settings, "colour-scheme", self->colour_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, colour_scheme_get_mapping, colour_scheme_set_mapping,
                                NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "palette", self->palette_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, palette_get_mapping, palette_set_mapping,
                                NULL, NULL);
  return self;
}
