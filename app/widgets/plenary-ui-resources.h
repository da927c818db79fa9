/* plenary-ui-resources.h: the templates, styles and icons of the window
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void plenary_ui_resources_ensure (void);

G_END_DECLS
