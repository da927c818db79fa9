/* plenary-io-error.c: the errors of reading and writing data files
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include "plenary-io-error.h"

G_DEFINE_QUARK (plenary-io-error-quark, plenary_io_error)
