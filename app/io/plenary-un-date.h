/* plenary-un-date.h: dates as the UN's files write them
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean plenary_un_date_parse (const char *text,
                                GDate      *date);

G_END_DECLS
