/* fuzz-undl-read.c: libFuzzer target for the UN Digital Library CSV importer
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV reader (plain or gzip-compressed, told by the first bytes), the
 * UNDL importer and the dataset builder together must never crash, and
 * must read the input or give a well-formed error (fuzz-import-check.h).
 */

#include "config.h"

#include <gio/gio.h>

#include "fuzz-import-check.h"
#include "plenary-undl-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(PlenaryDatasetBuilder) builder = plenary_dataset_builder_new ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = plenary_undl_read_into (builder, stream, "fuzz.csv", NULL, &error);
  fuzz_check_import (builder, ok, error, "fuzz.csv:");
  return 0;
}
