/* plenary-votes-format.h: the native `plenary-votes` JSON format, read and written
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-dataset.h"

G_BEGIN_DECLS

#define PLENARY_VOTES_FORMAT_NAME "plenary-votes"
#define PLENARY_VOTES_FORMAT_VERSION 2
/* The largest official total a file may give: more than any body has had. */
#define PLENARY_VOTES_MAX_TOTAL 10000
/* The format needs four levels; anything much deeper is not a votes file. */
#define PLENARY_VOTES_MAX_DEPTH 64

PlenaryDataset *plenary_votes_read        (const char      *data,
                                           gsize            length,
                                           const char      *display_name,
                                           GError         **error);
char           *plenary_votes_write       (PlenaryDataset  *dataset,
                                           gsize           *length);
gboolean        plenary_votes_save        (PlenaryDataset  *dataset,
                                           GFile           *file,
                                           GCancellable    *cancellable,
                                           GError         **error);

G_END_DECLS
