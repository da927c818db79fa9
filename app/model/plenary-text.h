/* plenary-text.h: text folded for searching, whatever its case and accents
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *plenary_text_fold       (const char *text);
char **plenary_text_fold_words (const char *text);

G_END_DECLS
