/* plenary-progress.h: how far a long read has got, told to the window from a worker
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Called in the main context of whoever started the work, with a fraction
 * from 0 to 1. */
typedef void (*PlenaryProgressFunc) (double   fraction,
                                     gpointer user_data);

typedef struct _PlenaryProgress PlenaryProgress;

PlenaryProgress *plenary_progress_new    (PlenaryProgressFunc  func,
                                          gpointer             user_data,
                                          GDestroyNotify       destroy);
void             plenary_progress_free   (PlenaryProgress     *progress);
void             plenary_progress_update (PlenaryProgress     *progress,
                                          double               fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryProgress, plenary_progress_free)

G_END_DECLS
