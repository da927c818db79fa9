/* plenary-undl-reader.h: importing the UN Digital Library's voting data (CSV)
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-dataset-builder.h"

G_BEGIN_DECLS

gboolean        plenary_undl_read_into (PlenaryDatasetBuilder  *builder,
                                        GInputStream           *stream,
                                        const char             *display_name,
                                        GCancellable           *cancellable,
                                        GError                **error);
PlenaryDataset *plenary_undl_import    (GFile                  *file,
                                        GCancellable           *cancellable,
                                        GError                **error);

G_END_DECLS
