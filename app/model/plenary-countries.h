/* plenary-countries.h: country names, short and official, in English and localised
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    plenary_countries_is_known            (const char *code);
const char *plenary_countries_get_name            (const char *code);
const char *plenary_countries_get_localized_name  (const char *code);
const char *plenary_countries_get_official_name   (const char *code);
const char *plenary_countries_get_localized_official_name (const char *code);

G_END_DECLS
