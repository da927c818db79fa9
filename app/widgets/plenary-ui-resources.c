/* plenary-ui-resources.c: the templates, styles and icons of the window
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The resource is registered by hand: linked from a static library, the
 * constructor that would register it on its own is dropped.
 */

#define G_LOG_DOMAIN "plenary-ui"

#include "config.h"

#include <gio/gio.h>

#include "plenary-ui-resources.h"
#include "plenary-ui-resources-generated.h"

void
plenary_ui_resources_ensure (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      plenary_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
