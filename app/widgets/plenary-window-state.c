/* plenary-window-state.c: the window's size, its sidebar's width and the
 * settings it follows
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window remembers between runs (its size, whether it was
 * maximized, the list's width, the map's layout) and the settings it
 * follows while it runs (the colour scheme, the recent files), and the
 * edge between the list and the page that the reader drags.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include "plenary-preferences-window.h"
#include "plenary-window-private.h"

/* The sidebar's width
 *
 * The reader drags the edge between the list and the page to widen the
 * list. The width chosen is the sidebar's natural width, not its minimum:
 * the leaflet then folds at the same narrow width whatever the reader
 * chose, and a narrow window shrinks the list before it folds. */

#define SIDEBAR_MIN_WIDTH 200
#define SIDEBAR_MAX_WIDTH 800
/* How far from the edge, either side, a press starts a drag. */
#define SIDEBAR_HANDLE_SLOP 4

static void
sidebar_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  PlenaryWindow *self = g_object_get_data (G_OBJECT (widget), "plenary-window");

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_get_visible (child))
    return;
  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self != NULL && self->sidebar_width > 0)
    *natural = MAX (*minimum, self->sidebar_width);
}

static void
sidebar_allocate (GtkWidget *widget,
                  int        width,
                  int        height,
                  int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
set_sidebar_width (PlenaryWindow *self,
                   int            width)
{
  width = CLAMP (width, SIDEBAR_MIN_WIDTH, SIDEBAR_MAX_WIDTH);
  if (width == self->sidebar_width)
    return;
  self->sidebar_width = width;
  gtk_widget_queue_resize (self->sidebar);
}

/* Where the sidebar ends, in the leaflet's coordinates; -1 when folded. */
static double
sidebar_edge (PlenaryWindow *self)
{
  int width = gtk_widget_get_width (self->sidebar);

  if (adw_leaflet_get_folded (self->leaflet))
    return -1;
  if (gtk_widget_get_direction (GTK_WIDGET (self->leaflet)) == GTK_TEXT_DIR_RTL)
    return gtk_widget_get_width (GTK_WIDGET (self->leaflet)) - width;
  return width;
}

static gboolean
on_sidebar_edge (PlenaryWindow *self,
                 double         x)
{
  double edge = sidebar_edge (self);

  return edge >= 0 && ABS (x - edge) <= SIDEBAR_HANDLE_SLOP;
}

static void
edge_motion_cb (PlenaryWindow            *self,
                double                    x,
                double                    y,
                GtkEventControllerMotion *motion)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->leaflet),
                                   self->resizing_sidebar || on_sidebar_edge (self, x) ? "col-resize" : NULL);
}

static void
edge_drag_begin_cb (PlenaryWindow  *self,
                    double          x,
                    double          y,
                    GtkGestureDrag *drag)
{
  if (!on_sidebar_edge (self, x))
    {
      gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (drag), GTK_EVENT_SEQUENCE_CLAIMED);
  self->resizing_sidebar = TRUE;
  self->drag_start_width = gtk_widget_get_width (self->sidebar);
}

static void
edge_drag_update_cb (PlenaryWindow  *self,
                     double          offset_x,
                     double          offset_y,
                     GtkGestureDrag *drag)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self->leaflet)) == GTK_TEXT_DIR_RTL;

  if (self->resizing_sidebar)
    set_sidebar_width (self, self->drag_start_width + (int) (rtl ? -offset_x : offset_x));
}

static void
edge_drag_end_cb (PlenaryWindow  *self,
                  double          offset_x,
                  double          offset_y,
                  GtkGestureDrag *drag)
{
  if (!self->resizing_sidebar)
    return;
  self->resizing_sidebar = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->leaflet), NULL);
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "sidebar-width", self->sidebar_width);
}

void
_plenary_window_sidebar_init (PlenaryWindow *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_object_set_data (G_OBJECT (self->sidebar), "plenary-window", self);
  gtk_widget_set_layout_manager (self->sidebar, gtk_custom_layout_new (NULL, sidebar_measure, sidebar_allocate));

  /* Before the list or the page sees the press. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (edge_drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (edge_drag_update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (edge_drag_end_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->leaflet), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_object (motion, "motion", G_CALLBACK (edge_motion_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->leaflet), motion);
}

/* Window state */

static void
map_tiles_changed_cb (PlenaryWindow *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "map-layout",
                           plenary_resolution_page_get_map_tiles (self->resolution_page) ? "tiles" : "world");
}

/* Light, dark or the system's, for every window: the style manager is the
 * application's. */
static void
colour_scheme_changed_cb (PlenaryWindow *self)
{
  g_autofree char *key = g_settings_get_string (self->settings, "colour-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), plenary_colour_scheme_from_key (key));
}

void
_plenary_window_state_load (PlenaryWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *layout = NULL;
  static const char * const keys[] = {
    "map-layout", "sidebar-width", "colour-scheme", "recent-files", "window-maximized",
  };

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  for (guint i = 0; schema != NULL && i < G_N_ELEMENTS (keys); i++)
    if (!g_settings_schema_has_key (schema, keys[i]))
      g_clear_pointer (&schema, g_settings_schema_unref);
  /* Without the schema (or with an outdated one) the window still works; it
   * just does not remember its state. */
  if (schema == NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), 1280, 860);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  set_sidebar_width (self, g_settings_get_int (self->settings, "sidebar-width"));
  layout = g_settings_get_string (self->settings, "map-layout");
  plenary_resolution_page_set_map_tiles (self->resolution_page, g_str_equal (layout, "tiles"));
  g_signal_connect_object (self->resolution_page, "notify::map-tiles",
                           G_CALLBACK (map_tiles_changed_cb), self, G_CONNECT_SWAPPED);
  colour_scheme_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::colour-scheme",
                           G_CALLBACK (colour_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (_plenary_window_update_recent_menu), self, G_CONNECT_SWAPPED);
}

/* The size kept is the unmaximized one, so that a window closed maximized
 * comes back maximized, and unmaximizes to the size it had. */
void
_plenary_window_state_save (PlenaryWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "sidebar-width", self->sidebar_width);
  g_settings_apply (self->settings);
}

