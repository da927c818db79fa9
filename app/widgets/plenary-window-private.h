/* plenary-window-private.h: what the window's files share
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is one class in six files, as gnome-text-editor splits its
 * own: plenary-window.c (the dataset, the content and the window's state),
 * plenary-window-list.c (the list, its order and its filters),
 * plenary-window-suggestions.c (countries named in the search),
 * plenary-window-navigation.c (the vote, country, voting space and
 * comparison pages, Back, and the members picked),
 * plenary-window-files.c (opening and saving files, drops, progress and
 * errors) and plenary-window-actions.c (pictures out of the app, the data
 * window).
 */

#pragma once

#include "plenary-compare-page.h"
#include "plenary-country-page.h"
#include "plenary-space-page.h"
#include "plenary-window.h"

G_BEGIN_DECLS

/* What the content shows, once a dataset is open. */
typedef enum
{
  PLENARY_VIEW_VOTE,
  PLENARY_VIEW_COUNTRY,
  PLENARY_VIEW_SPACE,
  PLENARY_VIEW_COMPARE,
} PlenaryView;

/* No bound on that side of the year range. */
#define PLENARY_YEAR_OPEN_FROM 0
#define PLENARY_YEAR_OPEN_TO   G_MAXINT

struct _PlenaryWindow
{
  AdwApplicationWindow   parent_instance;

  PlenaryDataset        *dataset;
  GtkSortListModel      *sort_model;
  GtkFilterListModel    *filter_model;
  GtkCustomFilter       *filter;
  GtkSingleSelection    *selection;
  GSettings             *settings;
  /* The sidebar's natural width, which the reader drags, and the width it
   * had when the drag began. */
  int                    sidebar_width;
  int                    drag_start_width;
  gboolean               resizing_sidebar;
  /* The page follows the selection from an idle. */
  guint                  show_source;
  GFile                 *export_folder;
  GtkWindow             *data_window;

  /* The filters: words, body (-1: all), outcome (-1: any), years, votes
   * adopted without one, and a member's "no" votes (-1: none). */
  char                 **search_words;
  int                    body_filter;
  int                    outcome_filter;
  int                    year_from;
  int                    year_to;
  gboolean               show_without_vote;
  int                    member_filter;
  char                  *topic_filter;
  /* The dataset's years, for the range's spin buttons. */
  int                    first_year;
  int                    last_year;
  /* Set while the popover's widgets are set from code. */
  gboolean               syncing_filters;
  /* Members' names folded for the country suggestions, per member index. */
  GPtrArray             *folded_names;
  GListStore            *suggestions;

  /* Navigation: the view shown and its member, where Back returns (of
   * PlenaryPlace), and the members picked (indices into the dataset). A
   * change of the list's selection reveals the vote unless a refilter made
   * it. */
  PlenaryView            view;
  int                    view_member;
  GPtrArray             *history;
  GArray                *picked;
  gboolean               refiltering;
  gboolean               reveal_vote;

  /* Loading: the one load that counts, and every task still running. */
  GCancellable          *load_cancellable;
  guint                  load_serial;
  gboolean               loading;
  gboolean               load_has_progress;
  guint                  pulse_source;
  guint                  n_running;

  GtkToggleButton       *all_bodies_button;
  GtkWidget             *active_filters_box;
  GtkFlowBox            *chips_box;
  PlenaryComparePage    *compare_page;
  GtkWidget             *content;
  GtkMenuButton         *content_menu_button;
  GtkStack              *content_stack;
  GtkWidget             *copy_button;
  GtkLabel              *count_label;
  PlenaryCountryPage    *country_page;
  GtkLabel              *dataset_subtitle_label;
  GtkLabel              *dataset_title_label;
  GtkWidget             *empty_clear_button;
  GtkWidget             *empty_open_button;
  AdwStatusPage         *empty_page;
  GtkWidget             *empty_record_button;
  GtkWidget             *export_button;
  GtkMenuButton         *filter_button;
  GtkToggleButton       *general_assembly_button;
  AdwLeaflet            *leaflet;
  GtkWidget             *list_back_button;
  GtkMenuButton         *list_menu_button;
  GtkLabel              *load_label;
  GtkProgressBar        *load_progress;
  GtkRevealer           *load_revealer;
  GtkProgressBar        *loading_progress;
  AdwStatusPage         *loading_status;
  GtkScrolledWindow     *list_scroller;
  GtkStack              *list_stack;
  GtkListView           *list_view;
  GtkWidget             *nav_back_button;
  GtkToggleButton       *outcome_adopted_button;
  GtkToggleButton       *outcome_any_button;
  GtkToggleButton       *outcome_not_adopted_button;
  GtkToggleButton       *outcome_vetoed_button;
  GMenu                 *recent_menu;
  PlenaryResolutionPage *resolution_page;
  AdwWindowTitle        *resolution_title;
  GtkSearchEntry        *search_entry;
  GtkToggleButton       *security_council_button;
  GtkWidget             *sidebar;
  PlenarySpacePage      *space_page;
  GtkBox                *suggestions_box;
  AdwToastOverlay       *toast_overlay;
  GtkDropDown           *topic_drop_down;
  GtkSwitch             *without_vote_switch;
  GtkSpinButton         *year_from_spin;
  GtkSpinButton         *year_to_spin;
};

/* plenary-window.c */
void        _plenary_window_show_resolution    (PlenaryWindow      *self);
void        _plenary_window_show_toast         (PlenaryWindow      *self,
                                                const char         *title);
void        _plenary_window_update_content     (PlenaryWindow      *self);
void        _plenary_window_dataset_saved      (PlenaryWindow      *self,
                                                GFile              *file);

/* plenary-window-list.c */
void        _plenary_window_list_class_init    (GtkWidgetClass     *widget_class);
void        _plenary_window_list_init          (PlenaryWindow      *self);
void        _plenary_window_list_dispose       (PlenaryWindow      *self);
void        _plenary_window_list_set_dataset   (PlenaryWindow      *self);

/* plenary-window-navigation.c */
void        _plenary_window_navigation_class_init (GtkWidgetClass *widget_class);
void        _plenary_window_navigation_init    (PlenaryWindow      *self);
void        _plenary_window_navigation_dispose (PlenaryWindow      *self);
void        _plenary_window_navigation_set_dataset (PlenaryWindow  *self);
const char *_plenary_window_get_view_page      (PlenaryWindow      *self);
void        _plenary_window_update_title       (PlenaryWindow      *self);
void        _plenary_window_reveal_vote        (PlenaryWindow      *self);

/* plenary-window-suggestions.c */
void        _plenary_window_fold_member_names  (PlenaryWindow      *self);
void        _plenary_window_update_suggestions (PlenaryWindow      *self);

/* plenary-window-files.c */
void        _plenary_window_files_init         (PlenaryWindow      *self);
void        _plenary_window_files_class_init   (GtkWidgetClass     *widget_class);
void        _plenary_window_files_dispose      (PlenaryWindow      *self);
void        _plenary_window_update_recent_menu (PlenaryWindow      *self);
void        _plenary_window_show_error         (PlenaryWindow      *self,
                                                const char         *heading,
                                                const char         *body);

/* plenary-window-actions.c */
void        _plenary_window_actions_class_init (GtkWidgetClass     *widget_class);
void        _plenary_window_update_actions     (PlenaryWindow      *self);
void        _plenary_window_update_data_window (PlenaryWindow      *self);
const char *_plenary_window_get_source         (PlenaryWindow      *self);
void        _plenary_window_picture_copied_cb  (PlenaryWindow      *self,
                                                PlenaryPicture     *picture);

/* plenary-window-state.c */
void _plenary_window_sidebar_init (PlenaryWindow *self);
void _plenary_window_state_load   (PlenaryWindow *self);
void _plenary_window_state_save   (PlenaryWindow *self);

G_END_DECLS
