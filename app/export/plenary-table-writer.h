/* plenary-table-writer.h: the table behind a picture, as CSV or tab-separated text
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plenary-picture.h"

G_BEGIN_DECLS

char *plenary_table_to_csv (const PlenaryTable *table);
char *plenary_table_to_tsv (const PlenaryTable *table);

G_END_DECLS
