/* plenary-symbol.h: UN document symbols, spelled one way
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plenary-types.h"

G_BEGIN_DECLS

char     *plenary_symbol_normalize   (const char  *symbol);
char     *plenary_symbol_get_session (const char  *symbol);
gboolean  plenary_symbol_get_body    (const char  *symbol,
                                      PlenaryBody *body);

G_END_DECLS
