/* test-ui-charts.c: the charts from the keyboard, to a screen reader, as tables, in every theme
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each chart view is put in a window of its own, on a vote of the
 * fixture, under a real (virtual) display; the settings are the schema
 * this build compiles, in memory.
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "plenary-chart-theme.h"
#include "plenary-chart-view.h"
#include "plenary-describer.h"
#include "plenary-export-dialog.h"
#include "plenary-format.h"
#include "plenary-groups-chart.h"
#include "plenary-table-view.h"
#include "plenary-test-fixtures.h"
#include "plenary-vote-pictures.h"

#define SYMBOL "A/RES/ES-11/7"

static void
wait_for_frames (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_MILLISECOND;

      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
    }
}

static PlenaryDataset *
load_fixture (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryDataset *dataset = plenary_test_load_fixture ("2025-02-24.json", &error);

  g_assert_no_error (error);
  return dataset;
}

static PlenaryResolution *
find_vote (PlenaryDataset *dataset)
{
  PlenaryResolution *resolution = plenary_dataset_find_resolution (dataset, SYMBOL);

  g_assert_nonnull (resolution);
  return resolution;
}

/* A window of @width × @height holding one view of @picture. */
static PlenaryChartView *
show_picture (PlenaryPicture *picture,
              int             width,
              int             height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = plenary_chart_view_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), view);
  plenary_chart_view_set_picture (PLENARY_CHART_VIEW (view), picture);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);
  g_assert_true (gtk_widget_get_mapped (view));
  return PLENARY_CHART_VIEW (view);
}

static void
close_view (PlenaryChartView *view)
{
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))));
  wait_for_frames (2);
}

/* The key controller of @widget, as the window gives it its keys. */
static GtkEventController *
key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }
  g_assert_not_reached ();
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  GtkEventController *controller = key_controller (widget);
  gboolean handled = FALSE;

  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

static void
member_activated_cb (PlenaryChartView *view,
                     int               member,
                     int              *activated)
{
  *activated = member;
}

static int
focused_member (PlenaryChartView *view,
                PlenaryAnchor    *anchor)
{
  g_assert_true (plenary_chart_view_get_focus (view, anchor));
  return anchor->hit.member;
}

static PlenaryMember *
member (PlenaryDataset *dataset,
        int             index)
{
  return g_ptr_array_index (plenary_dataset_get_members (dataset), index);
}

/* Arrows move the map's focus from a member to a neighbour that lies that
 * way; Enter opens it; Home and End go to the first and last by name. */
static void
test_map_arrows (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (PLENARY_CHART_MAP, resolution, NULL);
  PlenaryChartView *view = show_picture (picture, 1000, 600);
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int fra = plenary_dataset_lookup_member (dataset, "FRA");
  int activated = -1;
  g_autofree char *sentence = NULL;
  g_autofree char *expected_label = NULL;
  g_autofree char *error = NULL;
  PlenaryAnchor from, to, back;
  int east;

  g_assert_cmpint (fra, >=, 0);
  g_assert_false (plenary_chart_view_get_focus (view, NULL));

  /* The API, as the arrow keys call it. */
  g_assert_true (plenary_chart_view_focus_member (view, fra));
  g_assert_cmpint (focused_member (view, &from), ==, fra);
  g_assert_true (plenary_chart_view_move_focus (view, GTK_DIR_RIGHT));
  east = focused_member (view, &to);
  g_assert_cmpint (east, >=, 0);
  g_assert_cmpint (east, !=, fra);
  /* To the right, within 45° of it, and a neighbour: nearer than a tenth
   * of the map's width. */
  g_assert_cmpfloat (to.x - from.x, >, 0);
  g_assert_cmpfloat (fabs (to.y - from.y), <=, to.x - from.x);
  g_assert_cmpfloat (hypot (to.x - from.x, to.y - from.y), <, width / 10.0);
  g_test_message ("Right of France: %s", plenary_member_get_code (member (dataset, east)));

  /* The same through the key controller: Left goes back west. */
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Left));
  focused_member (view, &back);
  g_assert_cmpfloat (back.x, <, to.x);
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Right));
  g_assert_cmpint (focused_member (view, &to), !=, -1);

  /* The focused member is announced: the view's name says it. */
  sentence = plenary_picture_describe_hit (picture, &to.hit);
  g_assert_nonnull (strstr (plenary_chart_view_get_accessible_label (view), sentence));
  expected_label = g_strdup (plenary_chart_view_get_accessible_label (view));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              expected_label);
  g_assert_null (error);

  /* Enter opens the member, as a click does. */
  g_signal_connect (view, "member-activated", G_CALLBACK (member_activated_cb), &activated);
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Return));
  g_assert_cmpint (activated, ==, to.hit.member);
  activated = -1;
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_space));
  g_assert_cmpint (activated, ==, to.hit.member);

  /* Home and End: the first and the last by name. */
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Home));
  g_assert_cmpstr (plenary_member_get_code (member (dataset, focused_member (view, &to))), ==, "AFG");
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_End));
  g_assert_cmpstr (plenary_member_get_code (member (dataset, focused_member (view, &to))), ==, "ZWE");

  /* Escape takes focus off the members. */
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Escape));
  g_assert_false (plenary_chart_view_get_focus (view, NULL));

  close_view (view);
}

/* The tiles and the seats: one anchor for each of the 193 members, Tab
 * order through them all, and arrows that go to the tile or seat next
 * door. */
static void
test_tiles_and_seats_arrows (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  const PlenaryChart kinds[] = { PLENARY_CHART_TILES, PLENARY_CHART_SEATS };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (kinds[k], resolution, NULL);
      PlenaryChartView *view = show_picture (picture, 900, 600);
      PlenaryRenderStyle style;
      g_autoptr(GArray) anchors = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      PlenaryAnchor anchor, next;

      plenary_chart_view_get_style (view, &style);
      anchors = plenary_picture_dup_anchors (picture, gtk_widget_get_width (GTK_WIDGET (view)),
                                             gtk_widget_get_height (GTK_WIDGET (view)), &style);
      g_assert_cmpuint (anchors->len, ==, 193);

      /* The order goes through every one. */
      g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Home));
      for (guint step = 0; step < 4000; step++)
        {
          g_assert_true (plenary_chart_view_get_focus (view, &anchor));
          g_hash_table_add (seen, GINT_TO_POINTER (anchor.hit.index * 1000 + anchor.hit.member + 1));
          if (!plenary_chart_view_move_focus (view, GTK_DIR_TAB_FORWARD))
            break;
        }
      g_assert_cmpuint (g_hash_table_size (seen), ==, anchors->len);

      if (kinds[k] == PLENARY_CHART_TILES)
        {
          /* Canada's tile is above the United States'. */
          g_assert_true (plenary_chart_view_focus_member (view, plenary_dataset_lookup_member (dataset, "CAN")));
          g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Down));
          g_assert_cmpstr (plenary_member_get_code (member (dataset, focused_member (view, &next))), ==, "USA");
          g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Up));
          g_assert_cmpstr (plenary_member_get_code (member (dataset, focused_member (view, &next))), ==, "CAN");
        }
      else
        {
          /* From the first seat, on the left edge, Right goes to a seat
           * beside it along the hemicycle, not across its middle. */
          g_assert_true (plenary_chart_view_focus_edge (view, FALSE));
          g_assert_true (plenary_chart_view_get_focus (view, &anchor));
          g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Right));
          g_assert_true (plenary_chart_view_get_focus (view, &next));
          g_assert_cmpfloat (next.x, >, anchor.x);
          g_assert_cmpfloat (hypot (next.x - anchor.x, next.y - anchor.y), <, anchor.width * 3);
        }
      close_view (view);
    }
}

/* Each picture's description is its summary, the tally in the
 * describer's words; the three vote charts have names of their own. */
static void
test_accessible_description (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  g_autofree char *summary = plenary_describe_summary (resolution);
  g_autofree char *yes = plenary_format_count (plenary_resolution_get_tally (resolution)->counts[PLENARY_VOTE_YES]);
  const PlenaryChart kinds[] = { PLENARY_CHART_TALLY, PLENARY_CHART_SEATS, PLENARY_CHART_MAP };
  char *labels[G_N_ELEMENTS (kinds)];

  /* The describer's summary holds the tally: 93 in favour. */
  g_assert_cmpstr (yes, ==, "93");
  g_assert_nonnull (strstr (summary, yes));

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (kinds[k], resolution, NULL);
      PlenaryChartView *view = show_picture (picture, 700, 400);
      g_autofree char *error = NULL;

      g_assert_nonnull (strstr (plenary_chart_view_get_accessible_description (view), summary));
      error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                  plenary_chart_view_get_accessible_description (view));
      g_assert_null (error);
      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG));

      /* The name: the kind of picture, and the vote's title. */
      labels[k] = g_strdup (plenary_chart_view_get_accessible_label (view));
      g_assert_nonnull (strstr (labels[k], plenary_chart_get_label (kinds[k])));
      g_assert_nonnull (strstr (labels[k], plenary_resolution_get_localized_title (resolution)));
      close_view (view);
    }
  g_assert_cmpstr (labels[0], !=, labels[1]);
  g_assert_cmpstr (labels[1], !=, labels[2]);
  g_assert_cmpstr (labels[0], !=, labels[2]);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_free (labels[k]);
}

/* A picture that changes updates the description. */
static void
test_accessible_follows_picture (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *first = find_vote (dataset);
  PlenaryResolution *second = plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)");
  g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (PLENARY_CHART_SEATS, first, NULL);
  g_autoptr(PlenaryPicture) other = NULL;
  g_autofree char *summary = NULL;
  PlenaryChartView *view = show_picture (picture, 700, 400);

  g_assert_nonnull (second);
  other = plenary_vote_picture_new (PLENARY_CHART_SEATS, second, NULL);
  summary = plenary_describe_summary (second);
  plenary_chart_view_set_picture (view, other);
  g_assert_cmpstr (plenary_chart_view_get_accessible_description (view), ==, summary);
  g_assert_nonnull (strstr (plenary_chart_view_get_accessible_label (view),
                            plenary_resolution_get_localized_title (second)));
  close_view (view);
}

/* Show as Table: the members of an Assembly vote, 193 rows, sortable. */
static void
test_show_as_table (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (PLENARY_CHART_MAP, resolution, NULL);
  PlenaryChartView *view = show_picture (picture, 900, 600);
  PlenaryTableView *table;
  GtkColumnView *columns;
  guint n, last;

  g_assert_false (plenary_chart_view_get_show_table (view));
  /* The context menu's check item is the action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "chart.show-table", NULL));
  wait_for_frames (5);
  g_assert_true (plenary_chart_view_get_show_table (view));
  table = PLENARY_TABLE_VIEW (plenary_chart_view_get_table_view (view));
  g_assert_nonnull (table);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table)));
  n = plenary_table_view_get_n_rows (table);
  g_assert_cmpuint (n, ==, 193);
  columns = plenary_table_view_get_column_view (table);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (columns))), ==, 193);
  g_assert_cmpuint (plenary_table_view_get_n_columns (table), ==, 4);
  g_assert_cmpstr (plenary_table_view_get_cell (table, 0, 1), ==, "Afghanistan");
  /* The view gives Tab to the table. */
  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (view)));

  /* Sorted by vote, as a click on the heading does: Abstain first, Yes
   * last; reversed, Yes first. */
  last = n - 1;
  plenary_table_view_sort_by (table, 3, GTK_SORT_ASCENDING);
  g_assert_cmpstr (plenary_table_view_get_cell (table, 0, 3), ==, "Abstain");
  g_assert_cmpstr (plenary_table_view_get_cell (table, last, 3), ==, "Yes");
  plenary_table_view_sort_by (table, 1, GTK_SORT_DESCENDING);
  g_assert_cmpstr (plenary_table_view_get_cell (table, 0, 1), ==, "Zimbabwe");
  g_assert_cmpuint (plenary_table_view_get_n_rows (table), ==, 193);

  /* Another picture of the same vote keeps the table, on its rows. */
  {
    g_autoptr(PlenaryPicture) seats = plenary_vote_picture_new (PLENARY_CHART_SEATS, resolution, NULL);

    plenary_chart_view_set_picture (view, seats);
    g_assert_true (plenary_chart_view_get_show_table (view));
    g_assert_cmpuint (plenary_table_view_get_n_rows (table), ==, 193);
  }

  /* And back to the picture. */
  plenary_chart_view_set_show_table (view, FALSE);
  wait_for_frames (3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (table)));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  close_view (view);
}

/* A picture without a table (the groups' bars have one: every group and
 * vote) and the toggle button follow the view. */
static void
test_table_button (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  g_autoptr(PlenaryPicture) picture = plenary_groups_picture_new (resolution, NULL);
  PlenaryChartView *view = show_picture (picture, 900, 500);
  g_autoptr(GtkWidget) button = g_object_ref_sink (plenary_chart_view_new_table_button (view));
  PlenaryTableView *table;

  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_true (plenary_chart_view_get_show_table (view));
  table = PLENARY_TABLE_VIEW (plenary_chart_view_get_table_view (view));
  /* The five regional groups, and the members in none: all 193. */
  g_assert_cmpuint (plenary_table_view_get_n_rows (table), >=, 5);
  {
    guint n_columns = plenary_table_view_get_n_columns (table);
    guint sum = 0;

    for (guint r = 0; r < plenary_table_view_get_n_rows (table); r++)
      sum += (guint) g_ascii_strtoull (plenary_table_view_get_cell (table, r, n_columns - 1), NULL, 10);
    g_assert_cmpuint (sum, ==, 193);
  }
  /* The yes column sorts as numbers. */
  plenary_table_view_sort_by (table, 1, GTK_SORT_DESCENDING);
  g_assert_cmpfloat (g_ascii_strtod (plenary_table_view_get_cell (table, 0, 1), NULL), >=,
                     g_ascii_strtod (plenary_table_view_get_cell (table, 1, 1), NULL));
  plenary_chart_view_set_show_table (view, FALSE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  close_view (view);
}

/* The pixels of @widget as it draws now. */
static guchar *
render_pixels (GtkWidget *widget,
               int       *width,
               int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  guchar *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  return pixels;
}

/* How many pixels of the view are @color. */
static guint
count_color (PlenaryChartView   *view,
             const PlenaryColor *color)
{
  int width, height;
  g_autofree guchar *pixels = render_pixels (GTK_WIDGET (view), &width, &height);
  guint n = 0;

  for (int i = 0; i < width * height; i++)
    {
      guchar *p = pixels + (gsize) i * 4;

      /* Cairo's ARGB32, little-endian: B G R A. */
      if (p[3] == 255 && ABS (p[2] - color->red * 255) < 3 && ABS (p[1] - color->green * 255) < 3 &&
          ABS (p[0] - color->blue * 255) < 3)
        n++;
    }
  return n;
}

/* The palette setting redraws the charts with its colours. */
static void
test_palette_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (PLENARY_CHART_TALLY, resolution, NULL);
  PlenaryChartView *view;
  const PlenaryColor *un_yes = &plenary_palette_get_for_kind (PLENARY_PALETTE_UN, FALSE, FALSE)->fill[PLENARY_CATEGORY_YES];
  const PlenaryColor *safe_yes = &plenary_palette_get_for_kind (PLENARY_PALETTE_COLOUR_BLIND, FALSE, FALSE)->fill[PLENARY_CATEGORY_YES];
  PlenaryRenderStyle style;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_set_string (settings, "palette", "un");
  view = show_picture (picture, 700, 400);
  g_assert_cmpint (plenary_chart_theme_get_palette_kind (plenary_chart_theme_get_default ()), ==, PLENARY_PALETTE_UN);
  g_assert_cmpuint (count_color (view, un_yes), >, 500);
  g_assert_cmpuint (count_color (view, safe_yes), ==, 0);

  g_settings_set_string (settings, "palette", "colour-blind");
  wait_for_frames (5);
  plenary_chart_view_get_style (view, &style);
  g_assert_cmpint (style.palette->kind, ==, PLENARY_PALETTE_COLOUR_BLIND);
  g_assert_cmpuint (count_color (view, safe_yes), >, 500);
  g_assert_cmpuint (count_color (view, un_yes), ==, 0);

  g_settings_set_string (settings, "palette", "un");
  wait_for_frames (2);
  close_view (view);
}

static double
pixel_luminance (const guchar *p)
{
  return (0.2126 * p[2] + 0.7152 * p[1] + 0.0722 * p[0]) / 255.0;
}

/* The dark style darkens what is behind the chart and lightens its text;
 * the chart's text is the style's own colour. */
static void
test_dark_style (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (PLENARY_CHART_SEATS, resolution, NULL);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  PlenaryChartView *view;
  GtkWidget *window;
  g_autofree guchar *light = NULL;
  g_autofree guchar *dark = NULL;
  PlenaryRenderStyle style;
  int width, height;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  view = show_picture (picture, 700, 400);
  window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view)));
  plenary_chart_view_get_style (view, &style);
  g_assert_false (style.palette->dark);
  g_assert_cmpfloat (0.2126 * style.palette->foreground.red + 0.7152 * style.palette->foreground.green +
                     0.0722 * style.palette->foreground.blue, <, 0.4);
  light = render_pixels (window, &width, &height);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_frames (10);
  plenary_chart_view_get_style (view, &style);
  g_assert_true (style.palette->dark);
  g_assert_cmpfloat (0.2126 * style.palette->foreground.red + 0.7152 * style.palette->foreground.green +
                     0.0722 * style.palette->foreground.blue, >, 0.6);
  dark = render_pixels (window, &width, &height);

  /* A corner of the window, behind the chart: light, then dark. */
  g_assert_cmpfloat (pixel_luminance (light + ((gsize) 5 * width + 5) * 4), >, 0.8);
  g_assert_cmpfloat (pixel_luminance (dark + ((gsize) 5 * width + 5) * 4), <, 0.3);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_for_frames (2);
  close_view (view);
}

static PlenaryExportDialog *
export_dialog (PlenaryPicture **pictures,
               guint            n,
               PlenaryChart     chart)
{
  PlenaryExportDialog *dialog = plenary_export_dialog_new (NULL, pictures, n, chart);

  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_frames (3);
  return dialog;
}

static AdwComboRow *
dialog_row (PlenaryExportDialog *dialog,
            const char          *name)
{
  GObject *row = gtk_widget_get_template_child (GTK_WIDGET (dialog), PLENARY_TYPE_EXPORT_DIALOG, name);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  return ADW_COMBO_ROW (row);
}

static const char *
selected_label (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  g_assert_true (GTK_IS_STRING_OBJECT (item));
  return gtk_string_object_get_string (item);
}

/* The export dialog: it remembers its format and size, gives a PDF an A4
 * page, names the picture it was given, and starts from the screen's
 * palette. */
static void
test_export_dialog (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ();
  PlenaryResolution *resolution = find_vote (dataset);
  g_autoptr(PlenaryPicture) tally = plenary_vote_picture_new (PLENARY_CHART_TALLY, resolution, NULL);
  g_autoptr(PlenaryPicture) seats = plenary_vote_picture_new (PLENARY_CHART_SEATS, resolution, NULL);
  g_autoptr(PlenaryPicture) groups = plenary_groups_picture_new (resolution, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  PlenaryPicture *vote_pictures[] = { seats, tally };
  PlenaryPicture *analysis[] = { groups };
  PlenaryExportDialog *dialog;
  PlenaryExportOptions options, pdf;

  g_settings_set_string (settings, "palette", "greyscale");

  /* A PDF is an A4 page, as on the command line. */
  dialog = export_dialog (vote_pictures, G_N_ELEMENTS (vote_pictures), PLENARY_CHART_SEATS);
  g_assert_cmpint (plenary_picture_get_kind (plenary_export_dialog_get_picture (dialog)), ==, PLENARY_CHART_SEATS);
  g_assert_cmpstr (selected_label (dialog_row (dialog, "chart_row")), ==, plenary_chart_get_label (PLENARY_CHART_SEATS));
  plenary_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.palette, ==, PLENARY_PALETTE_GREYSCALE);
  plenary_export_options_init (&pdf, PLENARY_EXPORT_PDF);
  adw_combo_row_set_selected (dialog_row (dialog, "format_row"), 2);
  plenary_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, PLENARY_EXPORT_PDF);
  g_assert_cmpint (options.width, ==, pdf.width);
  g_assert_cmpint (options.height, ==, pdf.height);

  /* SVG, square: kept for the next dialog. */
  adw_combo_row_set_selected (dialog_row (dialog, "format_row"), 1);
  adw_combo_row_set_selected (dialog_row (dialog, "size_row"), 2);
  plenary_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, PLENARY_EXPORT_SVG);
  g_assert_cmpint (options.width, ==, 1080);
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_frames (2);

  dialog = export_dialog (vote_pictures, G_N_ELEMENTS (vote_pictures), PLENARY_CHART_TALLY);
  plenary_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, PLENARY_EXPORT_SVG);
  g_assert_cmpint (options.width, ==, 1080);
  g_assert_cmpint (options.height, ==, 1080);
  g_assert_cmpint (plenary_picture_get_kind (plenary_export_dialog_get_picture (dialog)), ==, PLENARY_CHART_TALLY);
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_frames (2);

  /* An analysis picture is named, not taken for a tally. */
  dialog = export_dialog (analysis, G_N_ELEMENTS (analysis), PLENARY_CHART_GROUPS);
  g_assert_true (plenary_export_dialog_get_picture (dialog) == groups);
  g_assert_cmpstr (selected_label (dialog_row (dialog, "chart_row")), ==, plenary_chart_get_label (PLENARY_CHART_GROUPS));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (dialog_row (dialog, "chart_row"))), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_frames (2);

  g_settings_reset (settings, "palette");
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-size");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui-charts/keyboard/map-arrows", test_map_arrows);
  g_test_add_func ("/ui-charts/keyboard/tiles-and-seats", test_tiles_and_seats_arrows);
  g_test_add_func ("/ui-charts/accessible/description", test_accessible_description);
  g_test_add_func ("/ui-charts/accessible/follows-picture", test_accessible_follows_picture);
  g_test_add_func ("/ui-charts/table/show-as-table", test_show_as_table);
  g_test_add_func ("/ui-charts/table/button", test_table_button);
  g_test_add_func ("/ui-charts/theme/palette-setting", test_palette_setting);
  g_test_add_func ("/ui-charts/theme/dark", test_dark_style);
  g_test_add_func ("/ui-charts/export/dialog", test_export_dialog);

  return g_test_run ();
}
