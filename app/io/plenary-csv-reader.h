/* plenary-csv-reader.h: RFC 4180 rows from a plain or gzip-compressed stream
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PlenaryCsvReader PlenaryCsvReader;

PlenaryCsvReader *plenary_csv_reader_new              (GInputStream     *stream,
                                                       const char       *display_name);
void              plenary_csv_reader_free             (PlenaryCsvReader *self);

gboolean          plenary_csv_reader_next_row         (PlenaryCsvReader *self,
                                                       GCancellable     *cancellable,
                                                       GError          **error);
guint             plenary_csv_reader_get_n_fields     (PlenaryCsvReader *self);
const char       *plenary_csv_reader_get_field        (PlenaryCsvReader *self,
                                                       guint             index,
                                                       gsize            *length);
guint             plenary_csv_reader_get_line         (PlenaryCsvReader *self);
gboolean          plenary_csv_reader_get_compressed   (PlenaryCsvReader *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlenaryCsvReader, plenary_csv_reader_free)

G_END_DECLS
