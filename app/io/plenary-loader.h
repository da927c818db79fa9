/* plenary-loader.h: opening data files, in a worker thread when asked
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-dataset.h"
#include "plenary-progress.h"

G_BEGIN_DECLS

PlenaryDataset *plenary_load_file        (GFile                *file,
                                          GCancellable         *cancellable,
                                          GError              **error);
void            plenary_load_file_async  (GFile                *file,
                                          GCancellable         *cancellable,
                                          PlenaryProgressFunc   progress,
                                          gpointer              progress_data,
                                          GDestroyNotify        progress_destroy,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
PlenaryDataset *plenary_load_file_with_progress (GFile           *file,
                                                 GCancellable    *cancellable,
                                                 PlenaryProgress *progress,
                                                 GError         **error);
PlenaryDataset *plenary_load_file_finish (GAsyncResult         *result,
                                          GError              **error);
PlenaryDataset *plenary_load_record      (GCancellable         *cancellable,
                                          PlenaryProgress      *progress,
                                          GError              **error);
void            plenary_load_record_async (GCancellable        *cancellable,
                                          PlenaryProgressFunc   progress,
                                          gpointer              progress_data,
                                          GDestroyNotify        progress_destroy,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);

G_END_DECLS
