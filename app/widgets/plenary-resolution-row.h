/* plenary-resolution-row.h: one resolution in the sidebar list
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-resolution.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_RESOLUTION_ROW (plenary_resolution_row_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryResolutionRow, plenary_resolution_row, PLENARY, RESOLUTION_ROW, GtkWidget)

GtkWidget         *plenary_resolution_row_new            (void);
PlenaryResolution *plenary_resolution_row_get_resolution (PlenaryResolutionRow *self);
void               plenary_resolution_row_set_resolution (PlenaryResolutionRow *self,
                                                          PlenaryResolution    *resolution);

PlenaryOutcome     plenary_shown_outcome                 (PlenaryResolution    *resolution);

G_END_DECLS
