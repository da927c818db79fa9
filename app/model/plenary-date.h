/* plenary-date.h: calendar dates as the file format writes them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  plenary_date_parse_iso    (const char  *text,
                                     GDate       *date);
char     *plenary_date_to_iso       (const GDate *date);
char     *plenary_date_format_long  (const GDate *date);
char     *plenary_date_format_short (const GDate *date);

G_END_DECLS
