/* plenary-window-private.h: what the window's files share
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is one class in three files, as gnome-text-editor splits its
 * own: plenary-window.c (the list, its filters and the window's state),
 * plenary-window-files.c (opening files, drops and their errors) and
 * plenary-window-actions.c (pictures out of the app, warnings).
 */

#pragma once

#include "plenary-window.h"

G_BEGIN_DECLS

struct _PlenaryWindow
{
  AdwApplicationWindow   parent_instance;

  PlenaryDataset        *dataset;
  GtkFilterListModel    *filter_model;
  GtkCustomFilter       *filter;
  GtkSingleSelection    *selection;
  GSettings             *settings;
  GCancellable          *load_cancellable;
  char                 **search_words;
  int                    body_filter;
  int                    highlight;
  GFile                 *export_folder;

  GtkToggleButton       *all_bodies_button;
  GtkWidget             *content;
  GtkStack              *content_stack;
  GtkLabel              *dataset_subtitle_label;
  GtkLabel              *dataset_title_label;
  GtkToggleButton       *general_assembly_button;
  AdwLeaflet            *leaflet;
  GtkStack              *list_stack;
  GtkListView           *list_view;
  PlenaryResolutionPage *resolution_page;
  AdwWindowTitle        *resolution_title;
  GtkSearchEntry        *search_entry;
  GtkToggleButton       *security_council_button;
  AdwToastOverlay       *toast_overlay;
};

/* plenary-window-files.c */
void        _plenary_window_files_init         (PlenaryWindow      *self);
void        _plenary_window_files_class_init   (GtkWidgetClass     *widget_class);
void        _plenary_window_show_error         (PlenaryWindow      *self,
                                                const char         *heading,
                                                const char         *body);

/* plenary-window-actions.c */
void        _plenary_window_actions_class_init (GtkWidgetClass     *widget_class);
void        _plenary_window_update_actions     (PlenaryWindow      *self);
const char *_plenary_window_get_source         (PlenaryWindow      *self);
void        _plenary_window_picture_copied_cb  (PlenaryWindow      *self,
                                                PlenaryPicture     *picture);

G_END_DECLS
