/* plenary-preferences-window.h: the chart colours and the colour scheme
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLENARY_TYPE_PREFERENCES_WINDOW (plenary_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryPreferencesWindow, plenary_preferences_window, PLENARY, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

PlenaryPreferencesWindow *plenary_preferences_window_new (GtkWindow  *parent,
                                                          GSettings  *settings);

AdwColorScheme            plenary_colour_scheme_from_key (const char *key);

G_END_DECLS
