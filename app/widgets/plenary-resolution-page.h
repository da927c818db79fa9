/* plenary-resolution-page.h: one resolution in full: its words, its pictures, its members
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-dataset.h"
#include "plenary-picture.h"
#include "plenary-resolution.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_RESOLUTION_PAGE (plenary_resolution_page_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryResolutionPage, plenary_resolution_page, PLENARY, RESOLUTION_PAGE, GtkWidget)

PlenaryResolution *plenary_resolution_page_get_resolution     (PlenaryResolutionPage *self);
void               plenary_resolution_page_set_resolution     (PlenaryResolutionPage *self,
                                                               PlenaryResolution     *resolution,
                                                               const char            *source);
void               plenary_resolution_page_set_dataset        (PlenaryResolutionPage *self,
                                                               PlenaryDataset        *dataset);
int                plenary_resolution_page_get_highlight      (PlenaryResolutionPage *self);
void               plenary_resolution_page_set_highlight      (PlenaryResolutionPage *self,
                                                               int                    member);
void               plenary_resolution_page_set_picked         (PlenaryResolutionPage *self,
                                                               const int             *members,
                                                               guint                  n_members);
GPtrArray         *plenary_resolution_page_get_member_lists   (PlenaryResolutionPage *self);
gboolean           plenary_resolution_page_get_map_tiles      (PlenaryResolutionPage *self);
void               plenary_resolution_page_set_map_tiles      (PlenaryResolutionPage *self,
                                                               gboolean               tiles);
PlenaryPicture    *plenary_resolution_page_get_picture        (PlenaryResolutionPage *self,
                                                               PlenaryChart           kind);
PlenaryPicture    *plenary_resolution_page_get_active_picture (PlenaryResolutionPage *self);
GtkWidget         *plenary_resolution_page_get_view           (PlenaryResolutionPage *self,
                                                               PlenaryChart           kind);
gboolean           plenary_resolution_page_copy_active        (PlenaryResolutionPage *self);
GtkWidget         *plenary_resolution_page_get_compare_picker (PlenaryResolutionPage *self);

G_END_DECLS
