/* plenary-space-page.h: the voting space of one year, and a slider through the years
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-agreement.h"
#include "plenary-dataset.h"
#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_SPACE_PAGE (plenary_space_page_get_type ())

G_DECLARE_FINAL_TYPE (PlenarySpacePage, plenary_space_page, PLENARY, SPACE_PAGE, GtkWidget)

void            plenary_space_page_set_dataset (PlenarySpacePage     *self,
                                                PlenaryDataset       *dataset,
                                                const char           *source);
int             plenary_space_page_get_year    (PlenarySpacePage     *self);
void            plenary_space_page_set_year    (PlenarySpacePage     *self,
                                                int                   year);
gboolean        plenary_space_page_set_topic   (PlenarySpacePage     *self,
                                                const char           *topic);
void            plenary_space_page_set_kind    (PlenarySpacePage     *self,
                                                PlenaryAgreementKind  kind);
void            plenary_space_page_set_picked  (PlenarySpacePage     *self,
                                                const int            *members,
                                                guint                 n_members);
PlenaryPicture *plenary_space_page_get_picture (PlenarySpacePage     *self);
GtkWidget      *plenary_space_page_get_view    (PlenarySpacePage     *self);
gboolean        plenary_space_page_copy        (PlenarySpacePage     *self);

G_END_DECLS
