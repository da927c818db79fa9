/* plenary-import.h: the UN's own files, read into one dataset
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-dataset.h"
#include "plenary-progress.h"

G_BEGIN_DECLS

typedef enum
{
  PLENARY_FILE_FORMAT_NATIVE,
  PLENARY_FILE_FORMAT_DGACM,
  PLENARY_FILE_FORMAT_CSV,
} PlenaryFileFormat;

PlenaryFileFormat  plenary_file_format_sniff (const guint8      *head,
                                              gsize              length);
char              *plenary_file_display_name (GFile             *file);
PlenaryDataset    *plenary_import_files      (GFile * const     *files,
                                              guint              n_files,
                                              GCancellable      *cancellable,
                                              PlenaryProgress   *progress,
                                              GError           **error);

G_END_DECLS
