/* fuzz-votes-read.c: libFuzzer target for the whole plenary-votes reader
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader, scan, json-glib and model together must never crash, and must
 * either return a dataset or set a well-formed error, never both or neither.
 */

#include "config.h"

#include <stdlib.h>

#include "plenary-io-error.h"
#include "plenary-votes-format.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;

  dataset = plenary_votes_read ((const char *) data, size, "fuzz.json", &error);
  if ((dataset == NULL) == (error == NULL))
    abort ();
  if (error != NULL &&
      (error->domain != PLENARY_IO_ERROR ||
       !g_str_has_prefix (error->message, "fuzz.json") ||
       !g_utf8_validate (error->message, -1, NULL)))
    abort ();
  return 0;
}
