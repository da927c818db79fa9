/* plenary-chart-theme.c: the colours the charts on screen take, and when they change
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object for the whole program says which palette the charts on
 * screen draw with: the kind the person chose in the Preferences (the
 * "palette" setting, when the schema is installed), in the light or dark
 * style and with or without high contrast, as AdwStyleManager says. It
 * emits ::changed whenever any of the three changes, so that every chart
 * redraws at once, and the export dialog starts from the same choice.
 */

#define G_LOG_DOMAIN "plenary-chart-theme"

#include "config.h"

#include <adwaita.h>

#include "plenary-chart-theme.h"

struct _PlenaryChartTheme
{
  GObject             parent_instance;

  GSettings          *settings;
  PlenaryPaletteKind  kind;
};

G_DEFINE_FINAL_TYPE (PlenaryChartTheme, plenary_chart_theme, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
plenary_chart_theme_dispose (GObject *object)
{
  PlenaryChartTheme *self = PLENARY_CHART_THEME (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (plenary_chart_theme_parent_class)->dispose (object);
}

static void
plenary_chart_theme_class_init (PlenaryChartThemeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = plenary_chart_theme_dispose;

  /**
   * PlenaryChartTheme::changed:
   *
   * The palette, the dark style or high contrast changed: the charts must
   * be drawn again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
read_palette (PlenaryChartTheme *self)
{
  g_autofree char *key = g_settings_get_string (self->settings, "palette");

  if (!plenary_palette_kind_from_key (key, &self->kind))
    self->kind = PLENARY_PALETTE_UN;
}

static void
palette_changed_cb (PlenaryChartTheme *self)
{
  PlenaryPaletteKind old = self->kind;

  read_palette (self);
  if (self->kind != old)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
style_changed_cb (PlenaryChartTheme *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The application's settings, when its schema is installed or compiled
 * where GSETTINGS_SCHEMA_DIR says and has the palette; NULL otherwise. */
static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "palette"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
plenary_chart_theme_init (PlenaryChartTheme *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->kind = PLENARY_PALETTE_UN;
  self->settings = lookup_settings ();
  if (self->settings != NULL)
    {
      read_palette (self);
      g_signal_connect_swapped (self->settings, "changed::palette", G_CALLBACK (palette_changed_cb), self);
    }
  else
    g_debug ("No settings schema %s: the charts keep the UN palette", APPLICATION_ID);

  g_signal_connect_swapped (manager, "notify::dark", G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self);
}

/**
 * plenary_chart_theme_get_default:
 *
 * Returns: (transfer none): the theme of every chart on screen
 */
PlenaryChartTheme *
plenary_chart_theme_get_default (void)
{
  static PlenaryChartTheme *theme;

  if (theme == NULL)
    theme = g_object_new (PLENARY_TYPE_CHART_THEME, NULL);
  return theme;
}

PlenaryPaletteKind
plenary_chart_theme_get_palette_kind (PlenaryChartTheme *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_THEME (self), PLENARY_PALETTE_UN);

  return self->kind;
}

/* Chooses the palette: in the settings, when there are settings. */
void
plenary_chart_theme_set_palette_kind (PlenaryChartTheme  *self,
                                      PlenaryPaletteKind  kind)
{
  g_return_if_fail (PLENARY_IS_CHART_THEME (self));
  g_return_if_fail (kind < PLENARY_N_PALETTE_KINDS);

  if (self->settings != NULL)
    {
      /* The settings tell back through changed::palette. */
      g_settings_set_string (self->settings, "palette", plenary_palette_kind_to_key (kind));
      return;
    }
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
plenary_chart_theme_get_dark (PlenaryChartTheme *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_THEME (self), FALSE);

  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

gboolean
plenary_chart_theme_get_high_contrast (PlenaryChartTheme *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_THEME (self), FALSE);

  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

/* The palette of the charts now: its kind, for the style of the moment. */
const PlenaryPalette *
plenary_chart_theme_get_palette (PlenaryChartTheme *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_THEME (self), NULL);

  return plenary_palette_get_for_kind (self->kind, plenary_chart_theme_get_dark (self),
                                       plenary_chart_theme_get_high_contrast (self));
}

/**
 * plenary_chart_theme_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, or
 *   %NULL without its schema
 */
GSettings *
plenary_chart_theme_get_settings (PlenaryChartTheme *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_THEME (self), NULL);

  return self->settings;
}
