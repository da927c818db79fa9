/* plenary-format.h: numbers as the user's locale writes them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-resolution.h"

G_BEGIN_DECLS

char *plenary_format_count   (guint               count);
char *plenary_format_percent (double              fraction);
char *plenary_format_tally   (const PlenaryTally *tally);

gboolean plenary_locale_is_rtl (void);

G_END_DECLS
