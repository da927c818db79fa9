/* plenary-application.h: the application: start-up, actions, files to open
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLENARY_TYPE_APPLICATION (plenary_application_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryApplication, plenary_application, PLENARY, APPLICATION, AdwApplication)

PlenaryApplication *plenary_application_new (void);

G_END_DECLS
