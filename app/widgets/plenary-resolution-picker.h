/* plenary-resolution-picker.h: a popover to pick another resolution, the nearest first
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-dataset.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_RESOLUTION_PICKER (plenary_resolution_picker_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryResolutionPicker, plenary_resolution_picker, PLENARY, RESOLUTION_PICKER, GtkPopover)

GtkWidget  *plenary_resolution_picker_new            (void);
void        plenary_resolution_picker_set_dataset    (PlenaryResolutionPicker *self,
                                                      PlenaryDataset          *dataset);
void        plenary_resolution_picker_set_reference  (PlenaryResolutionPicker *self,
                                                      PlenaryResolution       *reference);
GListModel *plenary_resolution_picker_get_candidates (PlenaryResolutionPicker *self);
void        plenary_resolution_picker_set_search_text (PlenaryResolutionPicker *self,
                                                      const char              *text);
void        plenary_resolution_picker_pick           (PlenaryResolutionPicker *self,
                                                      guint                    position);

G_END_DECLS
