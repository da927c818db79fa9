/* plenary-un-member-names.h: member-state names as the UN spells them, to codes
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *plenary_un_member_names_lookup (const char *spelling);

G_END_DECLS
