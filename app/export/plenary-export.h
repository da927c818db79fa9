/* plenary-export.h: pictures that leave the app, as PNG, SVG or PDF
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_EXPORT_ERROR (plenary_export_error_quark ())

typedef enum
{
  PLENARY_EXPORT_ERROR_INVALID_OPTIONS, /* a size, scale or format that cannot be */
  PLENARY_EXPORT_ERROR_DRAW,            /* cairo could not make the picture */
  PLENARY_EXPORT_ERROR_WRITE,           /* the file cannot be written */
  PLENARY_EXPORT_ERROR_NO_TABLE,        /* a table asked of a picture that has none */
} PlenaryExportError;

typedef enum
{
  PLENARY_EXPORT_PNG,
  PLENARY_EXPORT_SVG,
  PLENARY_EXPORT_PDF,
  /* The table behind the picture, not the picture. */
  PLENARY_EXPORT_CSV,
  PLENARY_EXPORT_TSV,
} PlenaryExportFormat;

#define PLENARY_EXPORT_MIN_SIDE   100
#define PLENARY_EXPORT_MAX_SIDE 10000
#define PLENARY_EXPORT_MAX_SCALE    4

typedef struct
{
  PlenaryExportFormat format;
  /* Pixels for PNG (before the scale) and SVG, points for PDF. */
  int                 width;
  int                 height;
  /* PNG only: pixels per unit, 2 for high-density screens. */
  int                 scale;
  gboolean            dark;
  /* The palette: the UN's voting board, colour-blind safe or greyscale,
   * each also in high contrast. */
  PlenaryPaletteKind  palette;
  gboolean            high_contrast;
  gboolean            rtl;
  /* Words of one's own, borrowed from the caller: a headline in place of
   * the picture's title and a note under it; NULL for none. */
  const char         *headline;
  const char         *note;
} PlenaryExportOptions;

GQuark            plenary_export_error_quark           (void);

void              plenary_export_options_init          (PlenaryExportOptions        *options,
                                                        PlenaryExportFormat          format);
gboolean          plenary_export_options_validate      (const PlenaryExportOptions  *options,
                                                        GError                     **error);
void              plenary_export_options_get_style     (const PlenaryExportOptions  *options,
                                                        PlenaryRenderStyle          *style);

gboolean          plenary_export_format_is_table       (PlenaryExportFormat          format);
gboolean          plenary_export_format_from_name      (const char                  *name,
                                                        PlenaryExportFormat         *format);
gboolean          plenary_export_format_from_filename  (const char                  *filename,
                                                        PlenaryExportFormat         *format);
const char       *plenary_export_format_get_extension  (PlenaryExportFormat          format);
const char       *plenary_export_format_get_mime_type  (PlenaryExportFormat          format);

char             *plenary_export_suggest_filename      (PlenaryPicture              *picture,
                                                        PlenaryExportFormat          format);

void              plenary_export_draw                  (PlenaryPicture              *picture,
                                                        cairo_t                     *cr,
                                                        const PlenaryExportOptions  *options);
char             *plenary_export_describe              (PlenaryPicture              *picture,
                                                        const PlenaryExportOptions  *options);
char             *plenary_export_dup_tsv               (PlenaryPicture              *picture,
                                                        GError                     **error);
cairo_surface_t  *plenary_export_render_image          (PlenaryPicture              *picture,
                                                        const PlenaryExportOptions  *options);
GBytes           *plenary_export_to_bytes              (PlenaryPicture              *picture,
                                                        const PlenaryExportOptions  *options,
                                                        GError                     **error);
gboolean          plenary_export_to_file               (PlenaryPicture              *picture,
                                                        const PlenaryExportOptions  *options,
                                                        GFile                       *file,
                                                        GCancellable                *cancellable,
                                                        GError                     **error);

G_END_DECLS
