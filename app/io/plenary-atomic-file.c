/* plenary-atomic-file.c: replacing a file so that it is never half written
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saves and exports build their whole output in memory, then hand it here.
 * A local file is written to a hidden temporary file beside it, given the
 * mode of the file it replaces, flushed to disk and renamed over it; if
 * anything fails the temporary file is removed, so the old file is either
 * intact or wholly replaced.
 *
 * Only a regular file is replaced. A device, a pipe, a socket or a folder
 * at the path is refused: renaming over /dev/null would replace the device
 * with a picture. A symbolic link is followed: the file it points to is
 * replaced and the link stays, as an editor does. A file without write
 * permission is refused rather than silently replaced. Every message names
 * the path the user gave, never the temporary file.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "plenary-atomic-file.h"
#include "plenary-io-error.h"

static gboolean
fail_errno (GError     **error,
            const char  *name,
            int          saved_errno)
{
  if (saved_errno == ENOSPC)
    g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                 _("Could not write “%s”: the disk is full"), name);
  else
    g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                 _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Where @path leads: itself, or the file its symbolic links point to. */
static char *
resolve (const char  *path,
         const char  *name,
         gboolean    *exists,
         struct stat *info,
         GError     **error)
{
  g_autofree char *target = NULL;
  struct stat link_info;

  *exists = FALSE;
  if (lstat (path, &link_info) != 0)
    {
      if (errno == ENOENT)
        return g_strdup (path);
      fail_errno (error, name, errno);
      return NULL;
    }
  if (!S_ISLNK (link_info.st_mode))
    {
      *exists = TRUE;
      *info = link_info;
      return g_strdup (path);
    }

  /* A link: the user means the file it points to, which may not exist yet. */
  target = realpath (path, NULL);
  if (target == NULL)
    {
      g_autofree char *dangling = g_file_read_link (path, NULL);
      g_autofree char *folder = g_path_get_dirname (path);

      if (dangling == NULL)
        {
          fail_errno (error, name, errno);
          return NULL;
        }
      return g_path_is_absolute (dangling) ? g_steal_pointer (&dangling)
                                            : g_build_filename (folder, dangling, NULL);
    }
  if (stat (target, info) == 0)
    *exists = TRUE;
  return g_steal_pointer (&target);
}

static gboolean
replace_local (const char    *path,
               const char    *name,
               const void    *data,
               gsize          length,
               GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *temporary = NULL;
  struct stat info;
  gboolean exists;
  mode_t mode = 0666;
  int fd, saved_errno;

  target = resolve (path, name, &exists, &info, error);
  if (target == NULL)
    return FALSE;

  if (exists)
    {
      if (S_ISDIR (info.st_mode))
        {
          g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                       _("Could not write “%s”: it is a folder"), name);
          return FALSE;
        }
      if (!S_ISREG (info.st_mode))
        {
          g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                       _("Could not write “%s”: it is not a regular file (a device, a pipe or a "
                         "socket), so Plenary does not replace it"), name);
          return FALSE;
        }
      if ((info.st_mode & 0222) == 0 || access (target, W_OK) != 0)
        {
          g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                       _("Could not write “%s”: the file is read-only"), name);
          return FALSE;
        }
      mode = info.st_mode & 07777;
    }
  else
    {
      mode_t mask = umask (0);

      umask (mask);
      mode = 0666 & ~mask;
    }

  folder = g_path_get_dirname (target);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *folder_name = g_filename_display_name (folder);

      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                   _("Could not write “%s”: the folder “%s” does not exist"), name, folder_name);
      return FALSE;
    }

  basename = g_path_get_basename (target);
  temporary = g_strdup_printf ("%s/.%s.XXXXXX", folder, basename);
  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return fail_errno (error, name, errno);

  if (!write_all (fd, data, length) || fchmod (fd, mode) != 0 || fsync (fd) != 0)
    goto failed;
  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;
  if (rename (temporary, target) != 0)
    goto failed;

  /* The rename itself reaches the disk with the folder. */
  fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temporary);
  return fail_errno (error, name, saved_errno);
}

/**
 * plenary_atomic_file_replace:
 *
 * Writes @data to @file, replacing it only once the whole of it is on disk.
 * Refuses to replace anything but a regular file; follows symbolic links.
 */
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

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path != NULL)
    return replace_local (path, name, data, length, error);

  /* Not a local file: GIO's replace writes a temporary file first too. */
  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                cancellable, &local_error))
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
                   _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
