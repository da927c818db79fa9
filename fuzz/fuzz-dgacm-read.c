/* fuzz-dgacm-read.c: libFuzzer target for the DGACM JSON-lines importer
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The DGACM importer, with the scan and json-glib on each line, and the
 * dataset builder must never crash, and must read the input or give a
 * well-formed error (fuzz-import-check.h) that names the line.
 */

#include "config.h"

#include <string.h>

#include "fuzz-import-check.h"
#include "plenary-dgacm-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = plenary_dgacm_read_into (builder, (const char *) data, size, "fuzz.json", &error);
  /* Every error of a line names it: “fuzz.json:LINE:”. */
  if (error != NULL && g_str_has_prefix (error->message, "fuzz.json:") &&
      !g_ascii_isdigit (error->message[strlen ("fuzz.json:")]))
    {
      fprintf (stderr, "an error without a line: %s\n", error->message);
      abort ();
    }
  fuzz_check_import (builder, ok, error, "fuzz.json:");
  return 0;
}
