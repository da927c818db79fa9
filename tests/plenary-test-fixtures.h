/* plenary-test-fixtures.h: the tests' own votes files
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-loader.h"

/* Loads tests/data/@name; "2025-02-24.json" holds the three votes of
 * 24 February 2025 with the names the UN's seed list confirms. */
static inline PlenaryDataset *
plenary_test_load_fixture (const char  *name,
                           GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return plenary_load_file (file, NULL, error);
}
