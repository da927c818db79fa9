/* fuzz-import-check.h: what the importers' fuzz targets hold them to
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An importer either reads the input or sets a well-formed error: the
 * domain, the file's name first, valid UTF-8. Either way the builder then
 * finishes into a dataset whose warnings the window can show: valid UTF-8,
 * and no more than the limit keeps. Aborts otherwise.
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>

#include "plenary-dataset-builder.h"
#include "plenary-io-error.h"
#include "plenary-limits.h"

static inline void
fuzz_check_import (PlenaryDatasetBuilder *builder,
                   gboolean               ok,
                   GError                *error,
                   const char            *prefix)
{
  g_autoptr(PlenaryDataset) dataset = NULL;
  GPtrArray *warnings;

  if (ok != (error == NULL))
    {
      fprintf (stderr, "the importer returned %d with%s an error\n", ok, error ? "" : "out");
      abort ();
    }
  if (error != NULL &&
      (error->domain != PLENARY_IO_ERROR || !g_str_has_prefix (error->message, prefix) ||
       !g_utf8_validate (error->message, -1, NULL)))
    {
      fprintf (stderr, "a malformed error: %s\n", error->message);
      abort ();
    }

  /* What was read before an error must still make a dataset. */
  dataset = plenary_dataset_builder_finish (builder);
  warnings = plenary_dataset_get_warnings (dataset);
  if (warnings->len > PLENARY_MAX_WARNINGS + PLENARY_IMPORT_N_WARNING_KINDS + 1)
    {
      fprintf (stderr, "%u warnings kept\n", warnings->len);
      abort ();
    }
  for (guint i = 0; i < warnings->len; i++)
    if (!g_utf8_validate (g_ptr_array_index (warnings, i), -1, NULL))
      {
        fprintf (stderr, "a warning that is not valid UTF-8\n");
        abort ();
      }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);

      if (!g_utf8_validate (plenary_resolution_get_symbol (resolution), -1, NULL) ||
          (plenary_resolution_get_title (resolution) != NULL &&
           !g_utf8_validate (plenary_resolution_get_title (resolution), -1, NULL)))
        {
          fprintf (stderr, "a symbol or title that is not valid UTF-8\n");
          abort ();
        }
    }
}
