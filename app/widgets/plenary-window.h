/* plenary-window.h: the main window
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plenary-compare-page.h"
#include "plenary-country-page.h"
#include "plenary-dataset.h"
#include "plenary-resolution-page.h"
#include "plenary-space-page.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_WINDOW (plenary_window_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryWindow, plenary_window, PLENARY, WINDOW, AdwApplicationWindow)

PlenaryWindow     *plenary_window_new                (AdwApplication *application);
PlenaryDataset    *plenary_window_get_dataset        (PlenaryWindow  *self);
void               plenary_window_set_dataset        (PlenaryWindow  *self,
                                                      PlenaryDataset *dataset);
void               plenary_window_open_file          (PlenaryWindow  *self,
                                                      GFile          *file);
void               plenary_window_open_record        (PlenaryWindow  *self);
void               plenary_window_preload_record     (void);
GListModel        *plenary_window_get_visible_resolutions (PlenaryWindow *self);
PlenaryResolution *plenary_window_get_resolution     (PlenaryWindow  *self);
void               plenary_window_select_resolution  (PlenaryWindow  *self,
                                                      guint           position);
void               plenary_window_set_search_text    (PlenaryWindow  *self,
                                                      const char     *text);
void               plenary_window_set_body_filter    (PlenaryWindow  *self,
                                                      int             body);
void               plenary_window_set_outcome_filter (PlenaryWindow  *self,
                                                      int             outcome);
void               plenary_window_set_year_range     (PlenaryWindow  *self,
                                                      int             from,
                                                      int             to);
void               plenary_window_set_show_without_vote (PlenaryWindow *self,
                                                      gboolean        show);
void               plenary_window_set_member_filter  (PlenaryWindow  *self,
                                                      const char     *code);
void               plenary_window_set_topic_filter   (PlenaryWindow  *self,
                                                      const char     *topic);
const char        *plenary_window_get_topic_filter   (PlenaryWindow  *self);
void               plenary_window_clear_filters      (PlenaryWindow  *self);
GListModel        *plenary_window_get_suggestions    (PlenaryWindow  *self);
void               plenary_window_save_to            (PlenaryWindow  *self,
                                                      GFile          *file);
void               plenary_window_cancel_load        (PlenaryWindow  *self);
gboolean           plenary_window_get_loading        (PlenaryWindow  *self);
gboolean           plenary_window_is_busy            (PlenaryWindow  *self);
void               plenary_window_show_data_window   (PlenaryWindow  *self,
                                                      gboolean        warnings);
void               plenary_window_highlight_member   (PlenaryWindow  *self,
                                                      const char     *code);
int                plenary_window_get_highlight      (PlenaryWindow  *self);
void               plenary_window_toggle_member      (PlenaryWindow  *self,
                                                      const char     *code);
const int         *plenary_window_get_picked         (PlenaryWindow  *self,
                                                      guint          *n_members);
void               plenary_window_show_country       (PlenaryWindow  *self,
                                                      const char     *code);
void               plenary_window_show_space         (PlenaryWindow  *self);
gboolean           plenary_window_compare            (PlenaryWindow  *self,
                                                      PlenaryResolution *first,
                                                      PlenaryResolution *second);
gboolean           plenary_window_go_back            (PlenaryWindow  *self);
const char        *plenary_window_get_page_name      (PlenaryWindow  *self);
PlenaryResolutionPage *plenary_window_get_resolution_page (PlenaryWindow *self);
PlenaryCountryPage *plenary_window_get_country_page  (PlenaryWindow  *self);
PlenarySpacePage  *plenary_window_get_space_page     (PlenaryWindow  *self);
PlenaryComparePage *plenary_window_get_compare_page  (PlenaryWindow  *self);

G_END_DECLS
