/* plenary-io-error.h: the errors of reading and writing data files
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PLENARY_IO_ERROR (plenary_io_error_quark ())

typedef enum
{
  PLENARY_IO_ERROR_READ,                /* the file cannot be read */
  PLENARY_IO_ERROR_ENCODING,            /* not UTF-8 */
  PLENARY_IO_ERROR_TOO_DEEP,            /* nested deeper than any valid file */
  PLENARY_IO_ERROR_SYNTAX,              /* not JSON */
  PLENARY_IO_ERROR_DUPLICATE_KEY,       /* the same key twice in one object */
  PLENARY_IO_ERROR_NOT_PLENARY,         /* not a plenary-votes file */
  PLENARY_IO_ERROR_UNSUPPORTED_VERSION, /* a version this program does not know */
  PLENARY_IO_ERROR_MISSING_FIELD,       /* a required field is absent */
  PLENARY_IO_ERROR_WRONG_TYPE,          /* a field of the wrong JSON type */
  PLENARY_IO_ERROR_INVALID_VALUE,       /* a value the format does not allow */
  PLENARY_IO_ERROR_UNKNOWN_FIELD,       /* a field the format does not define */
  PLENARY_IO_ERROR_UNKNOWN_CODE,        /* a member code nobody defines */
  PLENARY_IO_ERROR_DUPLICATE_VOTE,      /* a member listed twice in one resolution */
  PLENARY_IO_ERROR_DUPLICATE_ENTRY,     /* a member or a symbol defined twice */
  PLENARY_IO_ERROR_INCONSISTENT,        /* lists that contradict the official totals */
  PLENARY_IO_ERROR_WRITE,               /* the file cannot be written */
  PLENARY_IO_ERROR_COMPRESSION,         /* compressed data that cannot be inflated */
  PLENARY_IO_ERROR_TOO_LARGE,           /* beyond a limit Plenary sets: a file, or too much in one place */
  PLENARY_IO_ERROR_TRUNCATED,           /* the data ends inside a value */
  PLENARY_IO_ERROR_OUT_OF_RANGE,        /* a number too large or too small for where it is */
} PlenaryIoError;

GQuark plenary_io_error_quark (void);

G_END_DECLS
