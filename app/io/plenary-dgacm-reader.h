/* plenary-dgacm-reader.h: importing DGACM's machine-readable GA resolutions (JSON lines)
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-dataset-builder.h"

G_BEGIN_DECLS

gboolean        plenary_dgacm_read_into      (PlenaryDatasetBuilder  *builder,
                                              const char             *data,
                                              gsize                   length,
                                              const char             *display_name,
                                              GError                **error);
gboolean        plenary_dgacm_read_file_into (PlenaryDatasetBuilder  *builder,
                                              GFile                  *file,
                                              GCancellable           *cancellable,
                                              GError                **error);
PlenaryDataset *plenary_dgacm_import         (GFile * const          *files,
                                              guint                   n_files,
                                              GCancellable           *cancellable,
                                              GError                **error);

G_END_DECLS
