/* plenary-dataset.h: a set of resolutions with their members, a GListModel
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-member.h"
#include "plenary-resolution.h"
#include "plenary-types.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_DATASET (plenary_dataset_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryDataset, plenary_dataset, PLENARY, DATASET, GObject)

PlenaryDataset    *plenary_dataset_new               (void);

guint              plenary_dataset_get_n_members     (PlenaryDataset    *self);
PlenaryMember     *plenary_dataset_get_member        (PlenaryDataset    *self,
                                                      guint              index);
int                plenary_dataset_lookup_member     (PlenaryDataset    *self,
                                                      const char        *code);
GPtrArray         *plenary_dataset_get_members       (PlenaryDataset    *self);
guint              plenary_dataset_add_member        (PlenaryDataset    *self,
                                                      PlenaryMember     *member);
gboolean           plenary_dataset_get_members_frozen (PlenaryDataset   *self);

void               plenary_dataset_append_resolution (PlenaryDataset    *self,
                                                      PlenaryResolution *resolution);
void               plenary_dataset_append_resolutions (PlenaryDataset   *self,
                                                      PlenaryResolution **resolutions,
                                                      guint              n_resolutions);
PlenaryResolution *plenary_dataset_get_resolution    (PlenaryDataset    *self,
                                                      guint              position);
PlenaryResolution *plenary_dataset_find_resolution   (PlenaryDataset    *self,
                                                      const char        *symbol);

const char        *plenary_dataset_get_title         (PlenaryDataset    *self);
void               plenary_dataset_set_title         (PlenaryDataset    *self,
                                                      const char        *title);
const char        *plenary_dataset_get_source        (PlenaryDataset    *self);
void               plenary_dataset_set_source        (PlenaryDataset    *self,
                                                      const char        *source);
GFile             *plenary_dataset_get_file          (PlenaryDataset    *self);
void               plenary_dataset_set_file          (PlenaryDataset    *self,
                                                      GFile             *file);
const char        *plenary_dataset_get_display_name  (PlenaryDataset    *self);
void               plenary_dataset_set_display_name  (PlenaryDataset    *self,
                                                      const char        *display_name);

void               plenary_dataset_add_warning       (PlenaryDataset    *self,
                                                      const char        *warning);
GPtrArray         *plenary_dataset_get_warnings      (PlenaryDataset    *self);

G_END_DECLS
