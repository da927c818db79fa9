/* plenary-compare-page.h: two votes compared: who kept their vote and who changed it
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-breakdown.h"
#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_COMPARE_PAGE (plenary_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryComparePage, plenary_compare_page, PLENARY, COMPARE_PAGE, GtkWidget)

gboolean           plenary_compare_page_set_resolutions (PlenaryComparePage *self,
                                                         PlenaryResolution  *first,
                                                         PlenaryResolution  *second,
                                                         const char         *source,
                                                         GError            **error);
PlenaryComparison *plenary_compare_page_get_comparison  (PlenaryComparePage *self);
const char        *plenary_compare_page_get_summary     (PlenaryComparePage *self);
void               plenary_compare_page_swap            (PlenaryComparePage *self);
void               plenary_compare_page_set_picked      (PlenaryComparePage *self,
                                                         const int          *members,
                                                         guint               n_members);
GPtrArray         *plenary_compare_page_get_member_lists (PlenaryComparePage *self);
PlenaryPicture    *plenary_compare_page_get_picture     (PlenaryComparePage *self);
GtkWidget         *plenary_compare_page_get_view        (PlenaryComparePage *self);
gboolean           plenary_compare_page_copy            (PlenaryComparePage *self);

G_END_DECLS
