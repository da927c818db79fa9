/* plenary-atomic-file.h: replacing a file so that it is never half written
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saves and exports build their whole output in memory, then hand it here.
 * A local file is written to a temporary file beside it, flushed to disk and
 * renamed over the old one, which GLib's g_file_set_contents_full() does and
 * which removes the temporary file if anything fails. Whatever happens, the
 * old file is either intact or wholly replaced.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-atomic-file.h"
#include "plenary-io-error.h"

gboolean
plenary_atomic_file_replace (GFile         *file,
                             const void    *data,
                             gsize          length,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    ok = FALSE;
  else if ((path = g_file_get_path (file)) != NULL)
    ok = g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error);
  else
    /* Not a local file: GIO's replace writes a temporary file first too. */
    ok = g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  cancellable, &local_error);

  if (!ok)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);

      name = g_file_get_parse_name (file);
      /* Say what is wrong, not which temporary file could not be made. */
      if (parent != NULL && !g_file_query_exists (parent, NULL))
        {
          g_autofree char *folder = g_file_get_parse_name (parent);

          g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                       _("Could not write “%s”: the folder “%s” does not exist"), name, folder);
        }
      else if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                     _("Could not write “%s”: it is a folder"), name);
      else
        g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                     _("Could not write “%s”: %s"), name, local_error->message);
    }
  return ok;
}
