/* plenary-widget-util.h: small things the pages share
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkLayoutManager *plenary_wrap_layout_new           (void);
void              plenary_label_keep_out_of_tab_chain (GtkLabel *label);

G_END_DECLS
