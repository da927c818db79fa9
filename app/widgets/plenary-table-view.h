/* plenary-table-view.h: the data behind a picture, as a table to sort
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_TABLE_VIEW (plenary_table_view_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryTableView, plenary_table_view, PLENARY, TABLE_VIEW, GtkWidget)

GtkWidget     *plenary_table_view_new             (void);
void           plenary_table_view_set_table       (PlenaryTableView *self,
                                                   PlenaryTable     *table);
guint          plenary_table_view_get_n_rows      (PlenaryTableView *self);
guint          plenary_table_view_get_n_columns   (PlenaryTableView *self);
const char    *plenary_table_view_get_cell        (PlenaryTableView *self,
                                                   guint             row,
                                                   guint             column);
void           plenary_table_view_sort_by         (PlenaryTableView *self,
                                                   guint             column,
                                                   GtkSortType       order);
GtkColumnView *plenary_table_view_get_column_view (PlenaryTableView *self);

G_END_DECLS
