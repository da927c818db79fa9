/* plenary-cli.h: the command line that needs no display: --list and --export
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean           plenary_cli_wants_headless (int            argc,
                                               char         **argv);
int                plenary_cli_run            (int            argc,
                                               char         **argv);
const GOptionEntry *plenary_cli_get_help_entries (void);

G_END_DECLS
