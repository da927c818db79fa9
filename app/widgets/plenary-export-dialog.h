/* plenary-export-dialog.h: choosing how to export a picture
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-export.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_EXPORT_DIALOG (plenary_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryExportDialog, plenary_export_dialog, PLENARY, EXPORT_DIALOG, AdwWindow)

PlenaryExportDialog *plenary_export_dialog_new         (GtkWindow                  *parent,
                                                        PlenaryPicture * const     *pictures,
                                                        guint                       n_pictures,
                                                        PlenaryChart                chart);
PlenaryPicture      *plenary_export_dialog_get_picture (PlenaryExportDialog        *self);
void                 plenary_export_dialog_set_chart   (PlenaryExportDialog        *self,
                                                        PlenaryChart                chart);
void                 plenary_export_dialog_get_options (PlenaryExportDialog        *self,
                                                        PlenaryExportOptions       *options);
void                 plenary_export_dialog_set_options (PlenaryExportDialog        *self,
                                                        const PlenaryExportOptions *options);
gboolean             plenary_export_dialog_save_to     (PlenaryExportDialog        *self,
                                                        GFile                      *file);
void                 plenary_export_dialog_set_folder  (PlenaryExportDialog        *self,
                                                        GFile                      *folder);
void                 plenary_export_dialog_set_words   (PlenaryExportDialog        *self,
                                                        const char                 *headline,
                                                        const char                 *note);
gboolean             plenary_export_dialog_copy_table  (PlenaryExportDialog        *self);
gboolean             plenary_export_dialog_copy_citation (PlenaryExportDialog      *self);

G_END_DECLS
