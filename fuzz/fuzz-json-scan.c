/* fuzz-json-scan.c: libFuzzer target for the JSON pre-scan alone
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scan must never crash, read out of bounds or recurse, and every error
 * it gives must be well formed: domain, file name first, valid UTF-8.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plenary-io-error.h"
#include "plenary-json-scan.h"
#include "plenary-votes-format.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;

  if (plenary_json_scan ((const char *) data, size, PLENARY_VOTES_MAX_DEPTH, "fuzz.json",
                         &error))
    {
      if (error != NULL)
        abort ();
      return 0;
    }

  if (error == NULL || error->domain != PLENARY_IO_ERROR ||
      !g_str_has_prefix (error->message, "fuzz.json:") ||
      !g_utf8_validate (error->message, -1, NULL))
    abort ();
  return 0;
}
