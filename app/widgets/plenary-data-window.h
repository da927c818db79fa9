/* plenary-data-window.h: About This Data: where a dataset comes from, what it holds, what was odd
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  PLENARY_DATA_PAGE_SUMMARY,
  PLENARY_DATA_PAGE_WARNINGS,
} PlenaryDataPage;

#define PLENARY_TYPE_DATA_WINDOW (plenary_data_window_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryDataWindow, plenary_data_window, PLENARY, DATA_WINDOW, AdwWindow)

PlenaryDataWindow *plenary_data_window_new          (GtkWindow         *parent);
PlenaryDataset    *plenary_data_window_get_dataset  (PlenaryDataWindow *self);
void               plenary_data_window_set_dataset  (PlenaryDataWindow *self,
                                                     PlenaryDataset    *dataset);
PlenaryDataPage    plenary_data_window_get_page     (PlenaryDataWindow *self);
void               plenary_data_window_set_page     (PlenaryDataWindow *self,
                                                     PlenaryDataPage    page);
GListModel        *plenary_data_window_get_warnings (PlenaryDataWindow *self);

G_END_DECLS
