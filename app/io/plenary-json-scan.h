/* plenary-json-scan.h: a strict JSON validator that runs before json-glib
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean plenary_json_scan (const char  *data,
                            gsize        length,
                            guint        max_depth,
                            const char  *display_name,
                            GError     **error);
gboolean plenary_json_scan_lines (const char  *data,
                                  gsize        length,
                                  guint        max_depth,
                                  const char  *display_name,
                                  guint        first_line,
                                  GError     **error);

G_END_DECLS
