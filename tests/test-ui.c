/* test-ui.c: the window on the sample, under a real (virtual) display
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "plenary-agreement-chart.h"
#include "plenary-analysis-choices.h"
#include "plenary-chart-view.h"
#include "plenary-data-window.h"
#include "plenary-export-dialog.h"
#include "plenary-format.h"
#include "plenary-limits.h"
#include "plenary-loader.h"
#include "plenary-test-fixtures.h"
#include "plenary-map-picture.h"
#include "plenary-member-list.h"
#include "plenary-preferences-window.h"
#include "plenary-resolution-picker.h"
#include "plenary-space-chart.h"
#include "plenary-tally-chart.h"
#include "plenary-resolution-row.h"
#include "plenary-vote-vectors.h"
#include "plenary-window.h"

/* A widget of the window's resolution page, by its id in the template. */
static gpointer
page_child (PlenaryWindow *window,
            const char    *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (plenary_window_get_resolution_page (window)),
                                        PLENARY_TYPE_RESOLUTION_PAGE, name);
}

/* Shows tests/data/@name in @window, read synchronously. */
static void
open_fixture (PlenaryWindow *window,
              const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_test_load_fixture (name, &error);

  g_assert_no_error (error);
  plenary_window_set_dataset (window, dataset);
}

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

/* Runs the main loop until the window shows the page @name, or a second
 * has passed: the page follows the list once it has been redrawn. */
static void
wait_for_page (PlenaryWindow *window,
               const char    *name)
{
  gint64 start = g_get_monotonic_time ();

  while (g_strcmp0 (plenary_window_get_page_name (window), name) != 0 &&
         g_get_monotonic_time () - start < G_TIME_SPAN_SECOND)
    g_main_context_iteration (NULL, FALSE);
}

static guint
count_rows (GtkWidget *widget)
{
  guint n = PLENARY_IS_RESOLUTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
            plenary_resolution_row_get_resolution (PLENARY_RESOLUTION_ROW (widget)) != NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

/* The width, in pixels, of the yes colour along the chart's yes row. */
static int
yes_pixels (PlenaryChartView *view)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (view));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  PlenaryRenderStyle style;
  const PlenaryColor *yes;
  int best = 0;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (view)));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  plenary_chart_view_get_style (view, &style);
  yes = &style.palette->fill[PLENARY_CATEGORY_YES];
  for (int y = 0; y < height; y++)
    {
      int run = 0;

      for (int x = 0; x < width; x++)
        {
          guchar *p = pixels + (gsize) y * width * 4 + x * 4;

          /* Cairo's ARGB32, little-endian: B G R A. */
          if (ABS (p[2] - yes->red * 255) < 4 && ABS (p[1] - yes->green * 255) < 4 &&
              ABS (p[0] - yes->blue * 255) < 4)
            run++;
        }
      best = MAX (best, run);
    }
  return best;
}

/* The width the renderer gives the yes bar at the view's size. */
static double
expected_yes_width (PlenaryChartView *view)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PlenaryRenderStyle style;
  double x, y, w, h;

  plenary_chart_view_get_style (view, &style);
  plenary_tally_picture_bar_extents (PLENARY_TALLY_PICTURE (plenary_chart_view_get_picture (view)),
                                     gtk_widget_get_width (GTK_WIDGET (view)),
                                     gtk_widget_get_height (GTK_WIDGET (view)), &style,
                                     PLENARY_VOTE_YES, &x, &y, &w, &h);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return w;
}

static void
test_window_on_fixture (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  GtkLabel *title;
  PlenaryChartView *chart;
  PlenaryResolution *shown;
  int ukraine_yes, council_yes;

  open_fixture (window, "2025-02-24.json");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (20);

  title = GTK_LABEL (page_child (window, "title_label"));
  chart = PLENARY_CHART_VIEW (page_child (window, "tally_view"));

  g_assert_cmpuint (g_list_model_get_n_items (plenary_window_get_visible_resolutions (window)), ==, 3);
  g_assert_cmpuint (count_rows (GTK_WIDGET (window)), ==, 3);

  shown = plenary_window_get_resolution (window);
  g_assert_cmpstr (plenary_resolution_get_symbol (shown), ==, "A/RES/ES-11/7");
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Advancing a comprehensive, just and lasting peace in Ukraine");
  g_assert_cmpstr (plenary_picture_get_name (plenary_chart_view_get_picture (chart)), ==, "A-RES-ES-11-7-tally");
  ukraine_yes = yes_pixels (chart);
  g_assert_cmpint (ukraine_yes, >, 0);
  g_assert_cmpfloat (ABS (ukraine_yes - expected_yes_width (chart)), <=, 2);

  plenary_window_select_resolution (window, 2);
  wait_for_frames (5);
  shown = plenary_window_get_resolution (window);
  g_assert_cmpstr (plenary_resolution_get_symbol (shown), ==, "S/RES/2774 (2025)");
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Maintenance of peace and security of Ukraine");
  g_assert_cmpstr (plenary_picture_get_name (plenary_chart_view_get_picture (chart)), ==, "S-RES-2774-2025-tally");

  /* The chart drew the new vote: 10 of 15 seats is a longer yes bar than 93 of 193. */
  council_yes = yes_pixels (chart);
  g_assert_cmpint (council_yes, >, ukraine_yes);
  g_assert_cmpfloat (ABS (council_yes - expected_yes_width (chart)), <=, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The child of the members-by-vote lists that names @code, or NULL. */
static GtkWidget *
member_child (PlenaryWindow *window,
              const char    *code)
{
  PlenaryResolutionPage *page = plenary_window_get_resolution_page (window);
  GPtrArray *lists = plenary_resolution_page_get_member_lists (page);
  int member = plenary_dataset_lookup_member (plenary_window_get_dataset (window), code);

  for (guint i = 0; i < lists->len; i++)
    {
      PlenaryMemberList *list = g_ptr_array_index (lists, i);

      for (guint j = 0; j < plenary_member_list_get_n_members (list); j++)
        {
          GtkWidget *child = plenary_member_list_get_child (list, j);

          if (plenary_member_list_get_member (list, child) == member)
            return child;
        }
    }
  return NULL;
}

/* The member under the map's point at (@lon, @lat), as a click finds it. */
static int
member_at (PlenaryChartView *map,
           double            lon,
           double            lat)
{
  PlenaryPicture *picture = plenary_chart_view_get_picture (map);
  int width = gtk_widget_get_width (GTK_WIDGET (map));
  int height = gtk_widget_get_height (GTK_WIDGET (map));
  PlenaryRenderStyle style;
  PlenaryHit hit;
  double x, y;

  plenary_chart_view_get_style (map, &style);
  g_assert_true (plenary_map_picture_locate (PLENARY_MAP_PICTURE (picture), width, height, &style, lon, lat, &x, &y));
  g_assert_true (plenary_picture_hit_test (picture, width, height, &style, x, y, &hit));
  return hit.member;
}

static void
test_map_hover_and_click (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  PlenaryChartView *map;
  PlenaryRenderStyle style;
  g_autofree char *paris = NULL;
  g_autofree char *ocean = NULL;
  const int *picked;
  guint n_picked;
  double x, y;
  int usa, fra;

  open_fixture (window, "2025-02-24.json");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (20);

  map = PLENARY_CHART_VIEW (page_child (window, "map_view"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (map)));
  g_assert_cmpint (plenary_picture_get_kind (plenary_chart_view_get_picture (map)), ==, PLENARY_CHART_MAP);

  /* Hovering Paris names France and its vote, as the tooltip shows it. */
  plenary_chart_view_get_style (map, &style);
  g_assert_true (plenary_map_picture_locate (PLENARY_MAP_PICTURE (plenary_chart_view_get_picture (map)),
                                             gtk_widget_get_width (GTK_WIDGET (map)),
                                             gtk_widget_get_height (GTK_WIDGET (map)),
                                             &style, 2.35, 48.86, &x, &y));
  paris = plenary_chart_view_describe_point (map, x, y);
  g_assert_cmpstr (paris, ==, "France: Yes");
  g_assert_true (plenary_map_picture_locate (PLENARY_MAP_PICTURE (plenary_chart_view_get_picture (map)),
                                             gtk_widget_get_width (GTK_WIDGET (map)),
                                             gtk_widget_get_height (GTK_WIDGET (map)),
                                             &style, -150.0, 0.0, &x, &y));
  ocean = plenary_chart_view_describe_point (map, x, y);
  g_assert_null (ocean);

  /* Clicking the United States on the map opens its country page, and
   * makes it the member picked, in every picture and list of the vote. */
  usa = plenary_dataset_lookup_member (plenary_window_get_dataset (window), "USA");
  fra = plenary_dataset_lookup_member (plenary_window_get_dataset (window), "FRA");
  g_assert_cmpint (member_at (map, -98.0, 39.0), ==, usa);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");
  g_assert_false (gtk_widget_has_css_class (member_child (window, "USA"), "picked"));
  g_signal_emit_by_name (map, "member-activated", member_at (map, -98.0, 39.0));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "country");
  g_assert_cmpint (plenary_country_page_get_member (plenary_window_get_country_page (window)), ==, usa);
  g_assert_cmpint (plenary_window_get_highlight (window), ==, usa);
  g_assert_true (plenary_picture_is_emphasised (plenary_chart_view_get_picture (map), usa));
  for (guint kind = 0; kind <= PLENARY_CHART_GROUPS; kind++)
    {
      PlenaryPicture *picture = plenary_resolution_page_get_picture (plenary_window_get_resolution_page (window),
                                                                     (PlenaryChart) kind);

      if (picture != NULL)
        g_assert_true (plenary_picture_is_emphasised (picture, usa));
    }
  g_assert_true (gtk_widget_has_css_class (member_child (window, "USA"), "picked"));

  /* Back returns to the vote. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");
  g_assert_false (plenary_window_go_back (window));

  /* Ctrl+click adds a member to the picked ones without leaving the vote,
   * and takes it out again. */
  g_signal_emit_by_name (plenary_window_get_resolution_page (window), "member-toggled", "FRA");
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");
  picked = plenary_window_get_picked (window, &n_picked);
  g_assert_cmpuint (n_picked, ==, 2);
  g_assert_cmpint (picked[0], ==, usa);
  g_assert_cmpint (picked[1], ==, fra);
  g_assert_true (plenary_picture_is_emphasised (plenary_chart_view_get_picture (map), fra));
  g_assert_true (plenary_picture_is_emphasised (plenary_chart_view_get_picture (map), usa));
  g_assert_true (gtk_widget_has_css_class (member_child (window, "FRA"), "picked"));
  plenary_window_toggle_member (window, "USA");
  picked = plenary_window_get_picked (window, &n_picked);
  g_assert_cmpuint (n_picked, ==, 1);
  g_assert_cmpint (picked[0], ==, fra);
  g_assert_false (plenary_picture_is_emphasised (plenary_chart_view_get_picture (map), usa));
  g_assert_false (gtk_widget_has_css_class (member_child (window, "USA"), "picked"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_dialog_and_copy (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  PlenaryExportDialog *dialog = NULL;
  PlenaryChartView *seats;
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("plenary-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (directory, "seats.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  PlenaryExportOptions options;
  GdkContentFormats *formats;

  open_fixture (window, "2025-02-24.json");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);

  /* Copy puts an image on the clipboard. */
  seats = PLENARY_CHART_VIEW (page_child (window, "seats_view"));
  g_assert_true (plenary_chart_view_copy (seats));
  formats = gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (seats)));
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));

  /* Ctrl+E's action opens the dialog; it exports what it is set to. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  wait_for_frames (5);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PLENARY_IS_EXPORT_DIALOG (toplevel))
        dialog = PLENARY_EXPORT_DIALOG (toplevel);
    }
  g_assert_nonnull (dialog);

  plenary_export_dialog_set_chart (dialog, PLENARY_CHART_SEATS);
  g_assert_cmpint (plenary_picture_get_kind (plenary_export_dialog_get_picture (dialog)), ==, PLENARY_CHART_SEATS);
  plenary_export_dialog_get_options (dialog, &options);
  options.format = PLENARY_EXPORT_SVG;
  options.width = 1080;
  options.height = 1080;
  plenary_export_dialog_set_options (dialog, &options);
  plenary_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.width, ==, 1080);
  g_assert_true (plenary_export_dialog_save_to (dialog, file));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "Seat chart of A/RES/ES-11/7"));

  g_remove (path);
  g_rmdir (directory);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Under LANGUAGE=ar the window mirrors, and so do the charts that read in
 * a direction. The suite runs this once in English and once in Arabic. */
static void
test_direction (void)
{
  const char *expected = g_getenv ("PLENARY_EXPECT_DIRECTION");
  gboolean rtl = g_strcmp0 (expected, "rtl") == 0;
  PlenaryWindow *window = plenary_window_new (NULL);
  PlenaryChartView *tally;
  PlenaryRenderStyle style;

  open_fixture (window, "2025-02-24.json");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (5);

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, (rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, (rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR));

  tally = PLENARY_CHART_VIEW (page_child (window, "tally_view"));
  plenary_chart_view_get_style (tally, &style);
  g_assert_cmpint (style.rtl, ==, rtl);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_filters (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  GListModel *visible;

  open_fixture (window, "2025-02-24.json");
  visible = plenary_window_get_visible_resolutions (window);

  plenary_window_set_body_filter (window, PLENARY_BODY_SECURITY_COUNCIL);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  plenary_window_set_body_filter (window, PLENARY_BODY_GENERAL_ASSEMBLY);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  plenary_window_set_search_text (window, "PATH TO");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  plenary_window_set_body_filter (window, -1);
  plenary_window_set_search_text (window, "es-11/");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  plenary_window_set_search_text (window, "no such thing");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  plenary_window_set_search_text (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
bad_file_done_cb (GObject      *object,
                  GParamSpec   *pspec,
                  gpointer      user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
test_bad_file_keeps_dataset (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("plenary-bad-XXXXXX.json", &stream, &error);
  PlenaryDataset *before;
  gboolean dialog_shown = FALSE;
  gint64 deadline;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_toplevels;

  g_assert_no_error (error);
  const char *text = "{\"format\": \"plenary-votes\", \"version\": 9}";

  g_assert_true (g_file_replace_contents (file, text, strlen (text),
                                          NULL, FALSE, 0, NULL, NULL, &error));
  open_fixture (window, "2025-02-24.json");
  gtk_window_present (GTK_WINDOW (window));
  before = plenary_window_get_dataset (window);
  n_toplevels = g_list_model_get_n_items (toplevels);

  g_signal_connect (toplevels, "notify::n-items", G_CALLBACK (bad_file_done_cb), &dialog_shown);
  plenary_window_open_file (window, file);
  deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  while (!dialog_shown && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  /* An error dialog appeared and the sample is still there. */
  g_assert_true (dialog_shown);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_toplevels + 1);
  g_assert_true (plenary_window_get_dataset (window) == before);
  g_assert_cmpuint (g_list_model_get_n_items (plenary_window_get_visible_resolutions (window)), ==, 3);

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        {
          const char *body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel));

          if (strstr (body, "version 9") == NULL)
            g_error ("The dialog says “%s”", body);
          gtk_window_destroy (toplevel);
        }
    }
  g_signal_handlers_disconnect_by_func (toplevels, bad_file_done_cb, &dialog_shown);
  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list at the scale of the whole record, on small fixtures */

static PlenaryDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlenaryDataset *dataset = plenary_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* The fixture of ten votes, with A/RES/79/11 adopted without a vote (the
 * reader has no field for that yet). */
static PlenaryWindow *
window_on_list_fixture (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ("list.json");
  PlenaryWindow *window = plenary_window_new (NULL);

  plenary_resolution_set_without_vote (plenary_dataset_find_resolution (dataset, "A/RES/79/11"), TRUE);
  plenary_window_set_dataset (window, dataset);
  return window;
}

/* A template child of the window, by its id. */
static gpointer
window_child (PlenaryWindow *window,
              const char    *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), PLENARY_TYPE_WINDOW, name);
}

/* Whether the window's action @name is enabled, as the buttons that carry
 * it show (GTK 4.8 has no getter). */
static int
action_enabled (GtkWidget  *widget,
                const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), name) == 0)
        return gtk_widget_get_sensitive (child);
      if (gtk_widget_get_first_child (child) != NULL)
        {
          int found = action_enabled (child, name);

          if (found >= 0)
            return found;
        }
    }
  return -1;
}

static const char *
visible_symbol (PlenaryWindow *window,
                guint          position)
{
  g_autoptr(PlenaryResolution) resolution = g_list_model_get_item (plenary_window_get_visible_resolutions (window),
                                                                   position);

  g_assert_nonnull (resolution);
  return plenary_resolution_get_symbol (resolution);
}

static guint
n_visible (PlenaryWindow *window)
{
  return g_list_model_get_n_items (plenary_window_get_visible_resolutions (window));
}

static void
test_list_newest_first (void)
{
  static const char * const expected[] = {
    "A/RES/79/9", "A/RES/79/10", "A/RES/79/11", "S/2010/283", "A/RES/55/4",
    "A/RES/45/3", "S/21326", "S/RES/300 (1971)", "A/RES/25/2", "A/RES/5/1",
  };
  PlenaryWindow *window = window_on_list_fixture ();

  g_assert_cmpuint (n_visible (window), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (visible_symbol (window, i), ==, expected[i]);
  /* The newest is what the window opens on. */
  g_assert_cmpstr (plenary_resolution_get_symbol (plenary_window_get_resolution (window)), ==, "A/RES/79/9");
  /* The dataset keeps the file's order. */
  g_assert_cmpstr (plenary_resolution_get_symbol (plenary_dataset_get_resolution (plenary_window_get_dataset (window), 0)),
                   ==, "A/RES/5/1");

  /* Filtering keeps the order. */
  plenary_window_set_body_filter (window, PLENARY_BODY_SECURITY_COUNCIL);
  g_assert_cmpuint (n_visible (window), ==, 3);
  g_assert_cmpstr (visible_symbol (window, 0), ==, "S/2010/283");
  g_assert_cmpstr (visible_symbol (window, 2), ==, "S/RES/300 (1971)");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_list_outcome_and_years (void)
{
  PlenaryWindow *window = window_on_list_fixture ();
  GtkWidget *chips = window_child (window, "chips_box");

  g_assert_false (gtk_widget_get_visible (chips));

  plenary_window_set_outcome_filter (window, PLENARY_OUTCOME_ADOPTED);
  /* A/RES/79/11, adopted without a vote, counts as adopted. */
  g_assert_cmpuint (n_visible (window), ==, 7);
  g_assert_true (gtk_widget_get_visible (chips));
  plenary_window_set_outcome_filter (window, PLENARY_OUTCOME_NOT_ADOPTED);
  g_assert_cmpuint (n_visible (window), ==, 1);
  g_assert_cmpstr (visible_symbol (window, 0), ==, "A/RES/25/2");
  plenary_window_set_outcome_filter (window, PLENARY_OUTCOME_VETOED);
  g_assert_cmpuint (n_visible (window), ==, 2);
  g_assert_cmpstr (visible_symbol (window, 0), ==, "S/2010/283");
  g_assert_cmpstr (visible_symbol (window, 1), ==, "S/21326");
  /* The popover's toggle follows. */
  g_assert_true (gtk_toggle_button_get_active (window_child (window, "outcome_vetoed_button")));

  plenary_window_set_body_filter (window, PLENARY_BODY_GENERAL_ASSEMBLY);
  g_assert_cmpuint (n_visible (window), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (window, "list_stack")), ==, "no-match");
  plenary_window_set_body_filter (window, -1);
  plenary_window_set_outcome_filter (window, -1);
  g_assert_cmpuint (n_visible (window), ==, 10);

  /* Years, both ends included. */
  plenary_window_set_year_range (window, 1990, 2000);
  g_assert_cmpuint (n_visible (window), ==, 3);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (window_child (window, "year_from_spin")), ==, 1990);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (window_child (window, "year_to_spin")), ==, 2000);
  plenary_window_set_year_range (window, 1990, 1990);
  g_assert_cmpuint (n_visible (window), ==, 2);
  plenary_window_set_year_range (window, 2010, 0 + G_MAXINT);
  g_assert_cmpuint (n_visible (window), ==, 4);
  plenary_window_set_year_range (window, 0, 1970);
  g_assert_cmpuint (n_visible (window), ==, 2);

  /* Filters add up. */
  plenary_window_set_year_range (window, 2000, G_MAXINT);
  plenary_window_set_outcome_filter (window, PLENARY_OUTCOME_ADOPTED);
  g_assert_cmpuint (n_visible (window), ==, 4);
  plenary_window_set_show_without_vote (window, FALSE);
  g_assert_cmpuint (n_visible (window), ==, 3);
  g_assert_false (gtk_switch_get_active (window_child (window, "without_vote_switch")));
  plenary_window_set_search_text (window, "ninth");
  g_assert_cmpuint (n_visible (window), ==, 1);
  g_assert_cmpstr (visible_symbol (window, 0), ==, "A/RES/79/9");

  /* The spin buttons set the range as the setter does. */
  plenary_window_clear_filters (window);
  g_assert_cmpuint (n_visible (window), ==, 10);
  g_assert_false (gtk_widget_get_visible (chips));
  gtk_spin_button_set_value (window_child (window, "year_to_spin"), 1971);
  g_assert_cmpuint (n_visible (window), ==, 3);
  gtk_spin_button_set_value (window_child (window, "year_from_spin"), 1971);
  g_assert_cmpuint (n_visible (window), ==, 1);
  /* A chip's button takes its filter away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-filter", "s", "years"));
  g_assert_cmpuint (n_visible (window), ==, 10);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Typing narrows the list one letter at a time, and the list is right at
 * every step, whichever way the words change. */
static void
test_list_typing (void)
{
  static const struct { const char *text; guint count; } steps[] = {
    { "v", 5 }, { "ve", 3 }, { "vet", 2 }, { "veto", 2 }, { "vetoed", 2 }, { "vetoed dr", 2 },
    { "vetoed draft", 2 }, { "vetoed", 2 }, { "ve", 3 }, { "", 10 }, { "A/RES/79", 3 },
    { "a/res/79/1", 2 }, { "RÉS 79", 3 }, { "zzz", 0 }, { "new century", 1 },
  };
  PlenaryWindow *window = window_on_list_fixture ();

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      plenary_window_set_search_text (window, steps[i].text);
      if (n_visible (window) != steps[i].count)
        g_error ("“%s” shows %u resolutions, not %u", steps[i].text, n_visible (window), steps[i].count);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* Makes gettext forget the translations it has looked up. */
  setlocale (LC_ALL, "");
}

static void
check_russia_suggested (const char *typed)
{
  PlenaryWindow *window = window_on_list_fixture ();
  GListModel *suggestions = plenary_window_get_suggestions (window);
  g_autoptr(PlenaryMember) first = NULL;

  plenary_window_set_search_text (window, typed);
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), >=, 1);
  g_assert_true (gtk_widget_get_visible (window_child (window, "suggestions_box")));
  first = g_list_model_get_item (suggestions, 0);
  g_assert_cmpstr (plenary_member_get_code (first), ==, "RUS");

  /* Choosing it opens its country page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-country", "s", "RUS"));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "country");
  g_assert_cmpint (plenary_country_page_get_member (plenary_window_get_country_page (window)), ==,
                   plenary_dataset_lookup_member (plenary_window_get_dataset (window), "RUS"));
  g_assert_true (plenary_window_go_back (window));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");
  plenary_window_set_search_text (window, typed);

  /* Its other button lists the votes where it voted no, as a filter. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-votes-against", "s", "RUS"));
  g_assert_cmpstr (gtk_editable_get_text (window_child (window, "search_entry")), ==, "");
  g_assert_cmpuint (n_visible (window), ==, 3);
  g_assert_cmpstr (visible_symbol (window, 0), ==, "A/RES/79/9");
  g_assert_cmpstr (visible_symbol (window, 1), ==, "S/2010/283");
  g_assert_cmpstr (visible_symbol (window, 2), ==, "A/RES/55/4");
  g_assert_true (gtk_widget_get_visible (window_child (window, "chips_box")));
  g_assert_false (gtk_widget_get_visible (window_child (window, "suggestions_box")));

  /* With other filters, still exact. */
  plenary_window_set_outcome_filter (window, PLENARY_OUTCOME_VETOED);
  g_assert_cmpuint (n_visible (window), ==, 1);
  plenary_window_set_outcome_filter (window, -1);

  /* And the chip clears it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-filter", "s", "member"));
  g_assert_cmpuint (n_visible (window), ==, 10);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_list_country_suggestion (void)
{
  PlenaryWindow *window;
  GListModel *suggestions;

  check_russia_suggested ("russia");
  check_russia_suggested ("  RUSSIAN fed ");

  /* The Soviet Union is another member, with its own "no". */
  window = window_on_list_fixture ();
  suggestions = plenary_window_get_suggestions (window);
  plenary_window_set_search_text (window, "soviet");
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-votes-against", "s", "SUN"));
  g_assert_cmpuint (n_visible (window), ==, 1);
  g_assert_cmpstr (visible_symbol (window, 0), ==, "A/RES/5/1");
  plenary_window_set_member_filter (window, NULL);

  /* Two letters, or words that name no country, suggest nothing. */
  plenary_window_set_search_text (window, "ru");
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), ==, 0);
  plenary_window_set_search_text (window, "vetoed draft");
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), ==, 0);
  g_assert_false (gtk_widget_get_visible (window_child (window, "suggestions_box")));
  gtk_window_destroy (GTK_WINDOW (window));

  /* In Russian, the country's own name finds it: "Россия" for
   * "Российская Федерация". */
  use_language ("ru");
  check_russia_suggested ("Россия");
  check_russia_suggested ("russia");
  use_language ("");
}

/* Every row has one height, whatever its title, so that the list knows its
 * length before it has seen every row. */
static void
test_list_rows_one_height (void)
{
  PlenaryWindow *window = window_on_list_fixture ();
  int height = -1;
  guint n_rows = 0;
  GtkWidget *view;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 1400);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);

  view = window_child (window, "list_view");
  for (GtkWidget *row = gtk_widget_get_first_child (view); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (!PLENARY_IS_RESOLUTION_ROW (child) || !gtk_widget_get_mapped (row))
        continue;
      if (height < 0)
        height = gtk_widget_get_height (row);
      if (gtk_widget_get_height (row) != height)
        g_error ("The row of %s is %d pixels high, not %d",
                 plenary_resolution_get_symbol (plenary_resolution_row_get_resolution (PLENARY_RESOLUTION_ROW (child))),
                 gtk_widget_get_height (row), height);
      n_rows++;
    }
  /* The long title, the one without a title and the short ones. */
  g_assert_cmpuint (n_rows, ==, 10);
  g_assert_cmpint (height, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_links_and_without_vote (void)
{
  PlenaryWindow *window = window_on_list_fixture ();
  PlenaryResolution *resolution;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (5);

  resolution = plenary_window_get_resolution (window);
  g_assert_cmpstr (plenary_resolution_get_symbol (resolution), ==, "A/RES/79/9");
  g_assert_true (gtk_widget_get_visible (page_child (window, "document_button")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (page_child (window, "document_button")), ==,
                   "https://undocs.org/A/RES/79/9");
  /* No record number in this file: no Digital Library link. */
  g_assert_false (gtk_widget_get_visible (page_child (window, "record_button")));
  g_assert_true (gtk_widget_get_visible (page_child (window, "charts_box")));
  g_assert_cmpint (action_enabled (GTK_WIDGET (window), "win.export"), ==, TRUE);

  plenary_resolution_set_record (resolution, "4076672");
  plenary_window_select_resolution (window, 1);
  plenary_window_select_resolution (window, 0);
  g_assert_true (gtk_widget_get_visible (page_child (window, "record_button")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (page_child (window, "record_button")), ==,
                   "https://digitallibrary.un.org/record/4076672");

  /* Adopted without a vote: said in words, with no tally that would look
   * unanimous, and no picture to export. */
  plenary_window_select_resolution (window, 2);
  resolution = plenary_window_get_resolution (window);
  g_assert_cmpstr (plenary_resolution_get_symbol (resolution), ==, "A/RES/79/11");
  g_assert_cmpstr (gtk_label_get_text (page_child (window, "outcome_label")), ==, "Adopted");
  g_assert_nonnull (strstr (gtk_label_get_text (page_child (window, "majority_label")), "without a vote"));
  g_assert_false (gtk_widget_get_visible (page_child (window, "charts_box")));
  g_assert_false (gtk_widget_get_visible (page_child (window, "map_card")));
  g_assert_false (gtk_widget_get_visible (page_child (window, "members_grid")));
  g_assert_cmpint (action_enabled (GTK_WIDGET (window), "win.export"), ==, FALSE);
  g_assert_cmpint (action_enabled (GTK_WIDGET (window), "win.copy-picture"), ==, FALSE);

  plenary_window_select_resolution (window, 0);
  g_assert_true (gtk_widget_get_visible (page_child (window, "charts_box")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Loading and saving */

/* Runs the main loop until the window's workers are done (a guard against
 * a hang, not a timing). */
static void
wait_until_idle (PlenaryWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (plenary_window_is_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (plenary_window_is_busy (window));
  /* What the finished tasks queued. */
  wait_for_frames (2);
}

static void
test_load_cancel_keeps_dataset (void)
{
  PlenaryWindow *window = window_on_list_fixture ();
  PlenaryDataset *before = plenary_window_get_dataset (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "full.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_toplevels;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (2);
  n_toplevels = g_list_model_get_n_items (toplevels);

  plenary_window_set_search_text (window, "veto");
  plenary_window_open_file (window, file);
  g_assert_true (plenary_window_get_loading (window));
  g_assert_true (gtk_revealer_get_reveal_child (window_child (window, "load_revealer")));
  /* The dataset shown stays usable while the other loads. */
  g_assert_cmpuint (n_visible (window), ==, 2);
  g_assert_cmpint (action_enabled (GTK_WIDGET (window), "win.cancel-load"), ==, TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  g_assert_false (plenary_window_get_loading (window));
  g_assert_false (gtk_revealer_get_reveal_child (window_child (window, "load_revealer")));
  wait_until_idle (window);

  /* The worker finished, and nothing changed: no dataset, no dialog. */
  g_assert_true (plenary_window_get_dataset (window) == before);
  g_assert_cmpuint (n_visible (window), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_toplevels);

  /* Without cancelling, the file replaces it. */
  plenary_window_open_file (window, file);
  wait_until_idle (window);
  g_assert_false (plenary_window_get_loading (window));
  g_assert_true (plenary_window_get_dataset (window) != before);
  g_assert_cmpstr (plenary_dataset_get_title (plenary_window_get_dataset (window)), ==, "Every field of the format");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window that starts with a file says it is opening it, not that no file
 * is open. */
static void
test_load_opening_state (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "list.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkStack *content = window_child (window, "content_stack");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "no-dataset");
  plenary_window_open_file (window, file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "loading");
  g_assert_nonnull (strstr (adw_status_page_get_title (window_child (window, "loading_status")), "list.json"));
  /* With nothing to keep usable, the content shows the progress. */
  g_assert_false (gtk_revealer_get_reveal_child (window_child (window, "load_revealer")));
  plenary_window_cancel_load (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "no-dataset");
  wait_until_idle (window);
  g_assert_null (plenary_window_get_dataset (window));

  plenary_window_open_file (window, file);
  wait_until_idle (window);
  g_assert_nonnull (plenary_window_get_dataset (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "resolution");
  g_assert_cmpuint (n_visible (window), ==, 10);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_as_round_trip (void)
{
  PlenaryWindow *window = window_on_list_fixture ();
  PlenaryDataset *dataset = plenary_window_get_dataset (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("plenary-save-XXXXXX", &error);
  g_autofree char *path = g_build_filename (directory, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlenaryDataset) reread = NULL;
  guint n_items;

  g_assert_no_error (error);
  plenary_window_save_to (window, file);
  g_assert_true (plenary_window_is_busy (window));
  wait_until_idle (window);

  reread = plenary_load_file (file, NULL, &error);
  g_assert_no_error (error);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (dataset));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reread)), ==, n_items);
  g_assert_cmpstr (plenary_dataset_get_title (reread), ==, plenary_dataset_get_title (dataset));
  for (guint i = 0; i < n_items; i++)
    {
      PlenaryResolution *original = plenary_dataset_get_resolution (dataset, i);
      PlenaryResolution *copy = plenary_dataset_find_resolution (reread, plenary_resolution_get_symbol (original));
      const PlenaryTally *a, *b;

      g_assert_nonnull (copy);
      a = plenary_resolution_get_tally (original);
      b = plenary_resolution_get_tally (copy);
      for (guint vote = 0; vote < PLENARY_N_TALLY_VOTES; vote++)
        g_assert_cmpuint (a->counts[vote], ==, b->counts[vote]);
      g_assert_cmpint (plenary_resolution_get_outcome (original), ==, plenary_resolution_get_outcome (copy));
    }

  /* The window now names the saved file. */
  g_assert_true (g_file_equal (plenary_dataset_get_file (dataset), file));
  g_assert_cmpstr (gtk_label_get_text (window_child (window, "dataset_subtitle_label")), ==, "saved.json");

  /* A folder that does not exist: an error dialog, the dataset as it was. */
  {
    g_autofree char *bad_path = g_build_filename (directory, "no", "such", "folder", "x.json", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint n_toplevels = g_list_model_get_n_items (toplevels);

    plenary_window_save_to (window, bad);
    wait_until_idle (window);
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_toplevels + 1);
    for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i - 1);

        if (ADW_IS_MESSAGE_DIALOG (toplevel))
          gtk_window_destroy (toplevel);
      }
  }

  g_remove (path);
  g_rmdir (directory);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gpointer
data_child (PlenaryDataWindow *window,
            const char        *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), PLENARY_TYPE_DATA_WINDOW, name);
}

/* About This Data lists every warning in a list view that makes rows only
 * for what shows: 45,000 warnings cost 45,000 pointers, not widgets. */
static void
test_data_window (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ("list.json");
  PlenaryWindow *window = plenary_window_new (NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  PlenaryDataWindow *data_window = NULL;
  GListModel *warnings;
  GtkWidget *view;
  guint n_rows = 0;

  for (guint i = 0; i < 45000; i++)
    {
      g_autofree char *warning = g_strdup_printf ("resolutions[%u]: a made-up warning", i);

      plenary_dataset_add_warning (dataset, warning);
    }
  plenary_dataset_set_source (dataset, "Voting data: United Nations Digital Library");
  plenary_window_set_dataset (window, dataset);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PLENARY_IS_DATA_WINDOW (toplevel))
        data_window = PLENARY_DATA_WINDOW (toplevel);
    }
  g_assert_nonnull (data_window);
  wait_for_frames (5);

  g_assert_cmpint (plenary_data_window_get_page (data_window), ==, PLENARY_DATA_PAGE_WARNINGS);
  warnings = plenary_data_window_get_warnings (data_window);
  g_assert_cmpuint (g_list_model_get_n_items (warnings), ==, 45000);
  {
    g_autoptr(GtkStringObject) last = g_list_model_get_item (warnings, 44999);

    g_assert_cmpstr (gtk_string_object_get_string (last), ==, "resolutions[44999]: a made-up warning");
  }
  view = GTK_WIDGET (data_child (data_window, "warnings_view"));
  for (GtkWidget *row = gtk_widget_get_first_child (view); row != NULL; row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <, 500);

  /* The summary: source, dates and counts per body. */
  plenary_data_window_set_page (data_window, PLENARY_DATA_PAGE_SUMMARY);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (data_child (data_window, "source_row"))),
                   ==, "Voting data: United Nations Digital Library");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (data_child (data_window, "dates_row"))),
                   ==, "7 October 1950 – 4 December 2024");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (data_child (data_window, "ga_count_label"))),
                   ==, "7");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (data_child (data_window, "sc_count_label"))),
                   ==, "3");

  /* One data window per window; it closes with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.about-data", NULL));
  g_assert_cmpint (plenary_data_window_get_page (data_window), ==, PLENARY_DATA_PAGE_SUMMARY);
  g_object_add_weak_pointer (G_OBJECT (data_window), (gpointer *) &data_window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (data_window);
}

/* With PLENARY_FULL_RECORD naming the whole record: the figures the
 * window's design rests on, printed, and the order and row heights checked.
 * Nothing here fails on a time. */
static double refilter_ms;
static gboolean capturing;
static gboolean writer_set;

static GLogWriterOutput
capture_refilter (GLogLevelFlags   log_level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE"))
      {
        const char *message = fields[i].value;
        const char *in = strstr (message, " in ");

        if (g_str_has_prefix (message, "Refiltered") && in != NULL)
          refilter_ms = g_ascii_strtod (in + 4, NULL);
      }
  if (capturing && (log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)))
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
first_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 *painted = user_data;

  if (*painted == 0)
    *painted = g_get_monotonic_time ();
}

static void
test_full_record (void)
{
  const char *path = g_getenv ("PLENARY_FULL_RECORD");
  static const char *typed = "security council";
  g_autoptr(GFile) file = NULL;
  g_autoptr(PlenaryDataset) dataset = NULL;
  PlenaryWindow *window;
  GListModel *visible;
  GtkAdjustment *adjustment;
  GdkFrameClock *clock;
  gint64 start, painted = 0, longest = 0;
  double upper, most = 0, total = 0;
  gulong handler;
  guint n_items;

  /* The bundled record, or a file of the same scale. */
  if (path != NULL)
    file = g_file_new_for_path (path);
  window = plenary_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  open_fixture (window, "2025-02-24.json");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);

  /* Open it as the window does, and find the longest the main loop was
   * busy at a stretch: the stall, while the worker reads and when the
   * dataset arrives, until it is painted. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  start = g_get_monotonic_time ();
  if (file != NULL)
    plenary_window_open_file (window, file);
  else
    plenary_window_open_record (window);
  while (plenary_window_is_busy (window) && g_get_monotonic_time () - start < 60 * G_TIME_SPAN_SECOND)
    {
      gint64 before = g_get_monotonic_time ();

      g_main_context_iteration (NULL, TRUE);
      longest = MAX (longest, g_get_monotonic_time () - before);
    }
  g_test_message ("opened in %.0f ms; the longest main loop iteration meanwhile: %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0, longest / 1000.0);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (first_paint_cb), &painted);
  start = g_get_monotonic_time ();
  while (painted == 0 && g_get_monotonic_time () - start < 10 * G_TIME_SPAN_SECOND)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_test_message ("… then until the new dataset is painted: %.1f ms", (painted - start) / 1000.0);
  dataset = g_object_ref (plenary_window_get_dataset (window));
  n_items = g_list_model_get_n_items (G_LIST_MODEL (dataset));
  g_assert_cmpuint (n_items, >, 8000);

  visible = plenary_window_get_visible_resolutions (window);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, n_items);
  if (file == NULL)
    {
      g_autoptr(PlenaryResolution) first = g_list_model_get_item (visible, 0);
      PlenaryResolution *shown = plenary_window_get_resolution (window);

      /* The record as it ships, on its newest vote. */
      g_assert_cmpuint (n_items, ==, 8336);
      g_assert_true (shown == first);
      g_assert_cmpint (g_date_get_year (plenary_resolution_get_date (shown)), ==, 2025);
      g_assert_nonnull (plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7"));
    }
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(PlenaryResolution) newer = g_list_model_get_item (visible, i - 1);
      g_autoptr(PlenaryResolution) older = g_list_model_get_item (visible, i);

      g_assert_cmpint (g_date_compare (plenary_resolution_get_date (newer), plenary_resolution_get_date (older)), >=, 0);
    }

  /* Typing, one letter at a time; the first search folds every title. */
  /* GLib takes one writer per process. */
  if (!writer_set)
    g_log_set_writer_func (capture_refilter, NULL, NULL);
  writer_set = capturing = TRUE;
  for (guint i = 1; i <= strlen (typed); i++)
    {
      g_autofree char *text = g_strndup (typed, i);

      refilter_ms = -1;
      start = g_get_monotonic_time ();
      plenary_window_set_search_text (window, text);
      g_test_message ("typed “%s”: %u shown, refilter %.2f ms, keystroke %.2f ms", text,
                      g_list_model_get_n_items (visible), refilter_ms,
                      (g_get_monotonic_time () - start) / 1000.0);
      if (i > 1 && refilter_ms >= 0)
        {
          most = MAX (most, refilter_ms);
          total += refilter_ms;
        }
    }
  g_test_message ("refilter per keystroke after the first: at most %.2f ms, mean %.2f ms",
                  most, total / (strlen (typed) - 1));
  start = g_get_monotonic_time ();
  plenary_window_set_search_text (window, "");
  g_test_message ("clearing the search: refilter %.2f ms, keystroke %.2f ms", refilter_ms,
                  (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  plenary_window_set_outcome_filter (window, PLENARY_OUTCOME_VETOED);
  g_test_message ("outcome vetoed: %u shown, refilter %.2f ms", g_list_model_get_n_items (visible), refilter_ms);
  plenary_window_set_outcome_filter (window, -1);
  plenary_window_set_search_text (window, "russia");
  g_assert_cmpuint (g_list_model_get_n_items (plenary_window_get_suggestions (window)), >=, 1);
  plenary_window_set_member_filter (window, "RUS");
  plenary_window_set_search_text (window, "");
  g_test_message ("the Russian Federation voted no: %u shown, refilter %.2f ms",
                  g_list_model_get_n_items (visible), refilter_ms);
  plenary_window_set_member_filter (window, NULL);
  capturing = FALSE;

  /* Fast scrolling: big jumps down the list; its length never changes, as
   * every row has one height, and the list stays where it was sent (within
   * the few pixels the view rounds to). */
  wait_for_frames (5);
  adjustment = gtk_scrolled_window_get_vadjustment (window_child (window, "list_scroller"));
  upper = gtk_adjustment_get_upper (adjustment);
  g_test_message ("list: %.0f pixels for %u rows", upper, n_items);
  for (guint step = 1; step <= 40; step++)
    {
      double target = (upper - gtk_adjustment_get_page_size (adjustment)) * step / 40.0;

      gtk_adjustment_set_value (adjustment, target);
      wait_for_frames (1);
      if (ABS (gtk_adjustment_get_upper (adjustment) - upper) > 1 ||
          ABS (gtk_adjustment_get_value (adjustment) - target) > 4)
        g_error ("Scrolled to %.0f: the list is %.0f pixels, was %.0f; at %.0f",
                 target, gtk_adjustment_get_upper (adjustment), upper, gtk_adjustment_get_value (adjustment));
    }
  g_assert_cmpuint (count_rows (window_child (window, "list_view")), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The record read before the window exists, as main() does, is shown
 * after the window's first frame. */
static void
test_preloaded_record (void)
{
  PlenaryWindow *window;
  gint64 start;

  plenary_window_preload_record ();
  window = plenary_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  plenary_window_open_record (window);
  g_assert_true (plenary_window_get_loading (window));
  gtk_window_present (GTK_WINDOW (window));

  start = g_get_monotonic_time ();
  while (plenary_window_is_busy (window) && g_get_monotonic_time () - start < 60 * G_TIME_SPAN_SECOND)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (plenary_window_is_busy (window));
  g_assert_false (plenary_window_get_loading (window));
  g_assert_cmpuint (g_list_model_get_n_items (plenary_window_get_visible_resolutions (window)), ==, 8336);

  /* Opening it again takes the same dataset, at once. */
  {
    PlenaryDataset *first = plenary_window_get_dataset (window);

    plenary_window_open_record (window);
    g_assert_false (plenary_window_is_busy (window));
    g_assert_true (plenary_window_get_dataset (window) == first);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 10: countries, the voting space, topics, two votes compared */

static PlenaryDataset *
load_record (void)
{
  g_autoptr(GError) error = NULL;
  PlenaryDataset *dataset = plenary_load_record (NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static PlenaryWindow *
window_on_dataset (PlenaryDataset *dataset)
{
  PlenaryWindow *window = plenary_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  plenary_window_set_dataset (window, dataset);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (5);
  return window;
}

/* The votes of the member at @member, counted from the model: every roll
 * call of each body (not the adoptions without a vote) from @from to @to,
 * on @topic if not NULL. */
static void
count_votes (PlenaryDataset *dataset,
             int             member,
             int             from,
             int             to,
             const char     *topic,
             guint           counts[2][PLENARY_N_TALLY_VOTES],
             guint           roll_calls[2])
{
  memset (counts, 0, sizeof (guint) * 2 * PLENARY_N_TALLY_VOTES);
  roll_calls[0] = roll_calls[1] = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);
      int year = g_date_get_year (plenary_resolution_get_date (resolution));
      PlenaryBody body = plenary_resolution_get_body (resolution);
      PlenaryVote vote;

      if (plenary_resolution_get_without_vote (resolution) || year < from || year > to)
        continue;
      if (topic != NULL && !plenary_subjects_have_term (plenary_resolution_get_subjects (resolution), topic))
        continue;
      vote = plenary_resolution_get_vote (resolution, (guint) member);
      if (vote == PLENARY_VOTE_NOT_IN_BODY)
        continue;
      counts[body][vote]++;
      roll_calls[body]++;
    }
}

static void
assert_record (PlenaryCountryPage *page,
               guint               counts[2][PLENARY_N_TALLY_VOTES],
               guint               roll_calls[2])
{
  for (guint body = 0; body < 2; body++)
    {
      g_assert_cmpuint (plenary_country_page_get_roll_calls (page, body), ==, roll_calls[body]);
      for (guint vote = 0; vote < PLENARY_N_TALLY_VOTES; vote++)
        {
          g_autofree char *count = plenary_format_count (counts[body][vote]);
          const char *cell = plenary_country_page_get_cell_text (page, body, vote);

          g_assert_cmpuint (plenary_country_page_get_count (page, body, vote), ==, counts[body][vote]);
          if (roll_calls[body] > 0 && !g_str_has_prefix (cell, count))
            g_error ("The record shows “%s” for %u votes", cell, counts[body][vote]);
        }
    }
}

/* The country page of the United States on the bundled record: its votes
 * by body and by years, as a count of the model finds them; its votes one
 * by one; the closest and furthest members; its agreement with the Russian
 * Federation; the map; a topic. */
static void
test_country_page_record (void)
{
  g_autoptr(PlenaryDataset) dataset = load_record ();
  PlenaryWindow *window = window_on_dataset (dataset);
  PlenaryCountryPage *page = plenary_window_get_country_page (window);
  guint counts[2][PLENARY_N_TALLY_VOTES];
  guint roll_calls[2];
  GtkColumnView *view;
  GListModel *votes;
  GArray *ranking;
  int usa = plenary_dataset_lookup_member (dataset, "USA");
  int from, to;
  guint32 newest = 0;

  plenary_window_show_country (window, "USA");
  wait_for_frames (3);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "country");
  g_assert_cmpint (plenary_country_page_get_member (page), ==, usa);

  plenary_country_page_get_years (page, &from, &to);
  g_assert_cmpint (from, ==, 1946);
  g_assert_cmpint (to, >=, 2025);
  count_votes (dataset, usa, from, to, NULL, counts, roll_calls);
  g_assert_cmpuint (roll_calls[PLENARY_BODY_GENERAL_ASSEMBLY], >, 5000);
  g_assert_cmpuint (counts[PLENARY_BODY_SECURITY_COUNCIL][PLENARY_VOTE_YES], >, 2000);
  assert_record (page, counts, roll_calls);

  /* Its votes of the Assembly, one row each, newest first, then by vote. */
  votes = plenary_country_page_get_votes (page);
  g_assert_cmpuint (g_list_model_get_n_items (votes), ==, roll_calls[PLENARY_BODY_GENERAL_ASSEMBLY]);
  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(PlenaryCountryVote) item = g_list_model_get_item (votes, i);

      newest = MAX (newest, g_date_get_julian (plenary_resolution_get_date (plenary_country_vote_get_resolution (item))));
    }
  {
    g_autoptr(PlenaryCountryVote) first = g_list_model_get_item (votes, 0);

    g_assert_cmpuint (g_date_get_julian (plenary_resolution_get_date (plenary_country_vote_get_resolution (first))),
                      ==, newest);
  }
  view = plenary_country_page_get_votes_view (page);
  {
    g_autoptr(GtkColumnViewColumn) vote_column = g_list_model_get_item (gtk_column_view_get_columns (view), 3);
    PlenaryVote previous = PLENARY_VOTE_YES;

    gtk_column_view_sort_by_column (view, vote_column, GTK_SORT_ASCENDING);
    for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
      {
        g_autoptr(PlenaryCountryVote) item = g_list_model_get_item (votes, i);

        g_assert_cmpint (plenary_country_vote_get_vote (item), >=, previous);
        previous = plenary_country_vote_get_vote (item);
      }
    g_assert_cmpint (previous, ==, PLENARY_VOTE_NON_VOTING);
  }

  /* The closest and the furthest, each with the roll calls behind it. */
  ranking = plenary_country_page_get_ranking (page);
  g_assert_cmpuint (ranking->len, >, 150);
  for (guint i = 0; i < ranking->len; i++)
    {
      const PlenaryAgreementRank *rank = &g_array_index (ranking, PlenaryAgreementRank, i);

      g_assert_cmpuint (rank->n_votes, >=, 10);
      g_assert_cmpint (rank->member, !=, usa);
      if (i > 0)
        g_assert_cmpfloat (rank->share, <=, g_array_index (ranking, PlenaryAgreementRank, i - 1).share);
    }

  /* Agreement over time, with the Russian Federation first; the map. */
  g_assert_cmpint (plenary_country_page_get_other (page), ==, plenary_dataset_lookup_member (dataset, "RUS"));
  g_assert_cmpint (plenary_picture_get_kind (plenary_country_page_get_picture (page, PLENARY_CHART_AGREEMENT)), ==,
                   PLENARY_CHART_AGREEMENT);
  g_assert_cmpuint (plenary_agreement_picture_get_n_lines (PLENARY_AGREEMENT_PICTURE (plenary_country_page_get_picture (page, PLENARY_CHART_AGREEMENT))), ==, 1);
  g_assert_cmpint (plenary_picture_get_kind (plenary_country_page_get_picture (page, PLENARY_CHART_ALIGNMENT)), ==,
                   PLENARY_CHART_ALIGNMENT);
  /* Export and copy take the page's pictures: the map first. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    PlenaryExportDialog *dialog = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (PLENARY_IS_EXPORT_DIALOG (toplevel))
          dialog = PLENARY_EXPORT_DIALOG (toplevel);
      }
    g_assert_nonnull (dialog);
    g_assert_true (plenary_export_dialog_get_picture (dialog) ==
                   plenary_country_page_get_picture (page, PLENARY_CHART_ALIGNMENT));
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (plenary_country_page_copy_active (page));
  }
  plenary_country_page_set_other (page, plenary_dataset_lookup_member (dataset, "FRA"));
  g_assert_true (strstr (plenary_picture_get_name (plenary_country_page_get_picture (page, PLENARY_CHART_AGREEMENT)),
                         "FRA") != NULL);

  /* The years narrow every figure. */
  plenary_country_page_set_years (page, 1990, 1999);
  count_votes (dataset, usa, 1990, 1999, NULL, counts, roll_calls);
  assert_record (page, counts, roll_calls);
  g_assert_cmpuint (g_list_model_get_n_items (votes), ==, roll_calls[PLENARY_BODY_GENERAL_ASSEMBLY]);

  /* So does a topic. */
  g_assert_true (plenary_country_page_set_topic (page, "HUMAN RIGHTS"));
  count_votes (dataset, usa, 1990, 1999, "HUMAN RIGHTS", counts, roll_calls);
  g_assert_cmpuint (roll_calls[PLENARY_BODY_GENERAL_ASSEMBLY], >, 0);
  g_assert_cmpuint (roll_calls[PLENARY_BODY_GENERAL_ASSEMBLY], <, 200);
  assert_record (page, counts, roll_calls);
  g_assert_false (plenary_country_page_set_topic (page, "NO SUCH TERM"));

  /* A vote of its list opens the vote; Back returns to the country. */
  {
    g_autoptr(PlenaryCountryVote) item = g_list_model_get_item (votes, 0);

    g_signal_emit_by_name (view, "activate", 0);
    g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");
    g_assert_true (plenary_window_get_resolution (window) == plenary_country_vote_get_resolution (item));
    g_assert_true (plenary_window_go_back (window));
    g_assert_cmpstr (plenary_window_get_page_name (window), ==, "country");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Picking a topic in the filter popover filters the list. */
static void
test_list_topic (void)
{
  g_autoptr(PlenaryDataset) dataset = load_fixture ("agreement.json");
  PlenaryWindow *window = plenary_window_new (NULL);
  GtkDropDown *topics = window_child (window, "topic_drop_down");
  guint expected = 0;

  plenary_window_set_dataset (window, dataset);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    expected += plenary_subjects_have_term (plenary_resolution_get_subjects (plenary_dataset_get_resolution (dataset, i)),
                                            "HUMAN RIGHTS");
  g_assert_cmpuint (expected, ==, 4);

  g_assert_cmpuint (n_visible (window), ==, 10);
  g_assert_true (plenary_topic_drop_down_set_topic (topics, "HUMAN RIGHTS"));
  g_assert_cmpstr (plenary_window_get_topic_filter (window), ==, "HUMAN RIGHTS");
  g_assert_cmpuint (n_visible (window), ==, expected);
  for (guint i = 0; i < n_visible (window); i++)
    {
      g_autoptr(PlenaryResolution) resolution = g_list_model_get_item (plenary_window_get_visible_resolutions (window), i);

      g_assert_true (plenary_subjects_have_term (plenary_resolution_get_subjects (resolution), "HUMAN RIGHTS"));
    }
  g_assert_true (gtk_widget_get_visible (window_child (window, "chips_box")));

  /* With the other filters, and cleared by its chip. */
  plenary_window_set_show_without_vote (window, FALSE);
  g_assert_cmpuint (n_visible (window), ==, expected - 1);
  g_assert_true (plenary_topic_drop_down_set_topic (topics, "DISARMAMENT"));
  g_assert_cmpuint (n_visible (window), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-filter", "s", "topic"));
  g_assert_null (plenary_window_get_topic_filter (window));
  g_assert_cmpuint (gtk_drop_down_get_selected (topics), ==, 0);
  g_assert_cmpuint (n_visible (window), ==, 9);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Compare With…" on A/RES/ES-11/7 offers A/RES/ES-11/8 first; 43 members
 * voted otherwise on it. */
static void
test_compare_record (void)
{
  g_autoptr(PlenaryDataset) dataset = load_record ();
  PlenaryWindow *window = window_on_dataset (dataset);
  PlenaryResolutionPicker *picker;
  PlenaryComparePage *page = plenary_window_get_compare_page (window);
  GListModel *candidates;
  GPtrArray *lists;
  guint named = 0;

  plenary_window_set_search_text (window, "A/RES/ES-11/7");
  g_assert_cmpuint (n_visible (window), ==, 1);
  plenary_window_select_resolution (window, 0);
  g_assert_cmpstr (plenary_resolution_get_symbol (plenary_window_get_resolution (window)), ==, "A/RES/ES-11/7");

  picker = PLENARY_RESOLUTION_PICKER (plenary_resolution_page_get_compare_picker (plenary_window_get_resolution_page (window)));
  candidates = plenary_resolution_picker_get_candidates (picker);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), >, 8000);
  {
    g_autoptr(PlenaryResolution) first = g_list_model_get_item (candidates, 0);

    g_assert_cmpstr (plenary_resolution_get_symbol (first), ==, "A/RES/ES-11/8");
  }
  plenary_resolution_picker_pick (picker, 0);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "compare");
  g_assert_cmpstr (plenary_resolution_get_symbol (plenary_comparison_get_first (plenary_compare_page_get_comparison (page))),
                   ==, "A/RES/ES-11/7");
  g_assert_cmpstr (plenary_resolution_get_symbol (plenary_comparison_get_second (plenary_compare_page_get_comparison (page))),
                   ==, "A/RES/ES-11/8");
  g_assert_cmpuint (plenary_comparison_get_changed (plenary_compare_page_get_comparison (page)), ==, 43);
  g_assert_nonnull (strstr (plenary_compare_page_get_summary (page), "43 of 193 members"));
  g_assert_cmpint (plenary_picture_get_kind (plenary_compare_page_get_picture (page)), ==, PLENARY_CHART_CHANGE);
  lists = plenary_compare_page_get_member_lists (page);
  for (guint i = 0; i < lists->len; i++)
    named += plenary_member_list_get_n_members (g_ptr_array_index (lists, i));
  g_assert_cmpuint (named, ==, 193);
  /* The changes come first, the most common first: abstain, then yes (12). */
  g_assert_cmpuint (plenary_member_list_get_n_members (g_ptr_array_index (lists, 0)), ==, 12);

  /* A member of a transition opens its country. */
  g_signal_emit_by_name (g_ptr_array_index (lists, 0), "member-activated",
                         plenary_member_list_get_member (g_ptr_array_index (lists, 0),
                                                         plenary_member_list_get_child (g_ptr_array_index (lists, 0), 0)));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "country");
  g_assert_true (plenary_window_go_back (window));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "compare");

  /* The search finds other votes to compare with. */
  plenary_resolution_picker_set_search_text (picker, "S/RES/2774");
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 1);

  g_assert_true (plenary_window_go_back (window));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

/* The members of an Assembly vote: one child per member named, each
 * activating its country; the focus comes back to it; Ctrl+C copies its
 * name; the regional groups have their card. */
static void
test_members_list (void)
{
  static const PlenaryVote votes[] = {
    PLENARY_VOTE_YES, PLENARY_VOTE_NO, PLENARY_VOTE_ABSTAIN, PLENARY_VOTE_NON_VOTING, PLENARY_VOTE_NOT_RECORDED,
  };
  PlenaryWindow *window = plenary_window_new (NULL);
  PlenaryResolution *resolution;
  GPtrArray *lists;
  GtkWidget *france;
  g_autofree char *copied = NULL;
  guint list = 0, named = 0;

  open_fixture (window, "2025-02-24.json");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);
  resolution = plenary_window_get_resolution (window);
  g_assert_cmpstr (plenary_resolution_get_symbol (resolution), ==, "A/RES/ES-11/7");

  lists = plenary_resolution_page_get_member_lists (plenary_window_get_resolution_page (window));
  for (guint v = 0; v < G_N_ELEMENTS (votes); v++)
    {
      g_autoptr(GArray) members = plenary_resolution_list_members (resolution, votes[v]);
      PlenaryMemberList *member_list;
      guint n_children = 0;

      if (members->len == 0)
        continue;
      g_assert_cmpuint (list, <, lists->len);
      member_list = g_ptr_array_index (lists, list++);
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (member_list)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          g_assert_true (gtk_widget_get_focusable (child));
          g_assert_cmpuint (gtk_widget_class_get_activate_signal (GTK_WIDGET_GET_CLASS (child)), !=, 0);
          g_assert_cmpint (plenary_member_list_get_member (member_list, child), ==,
                           (int) g_array_index (members, guint, n_children));
          n_children++;
        }
      g_assert_cmpuint (n_children, ==, members->len);
      named += n_children;
    }
  g_assert_cmpuint (list, ==, lists->len);
  g_assert_cmpuint (named, ==, 193);

  /* Enter on a name opens its country; Back brings the focus back to it. */
  france = member_child (window, "FRA");
  gtk_widget_grab_focus (france);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == france);
  /* A button says it was clicked a moment after Enter, once it showed it
   * pressed. */
  gtk_widget_activate (france);
  for (gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
       g_str_equal (plenary_window_get_page_name (window), "resolution") && g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "country");
  g_assert_cmpint (plenary_country_page_get_member (plenary_window_get_country_page (window)), ==,
                   plenary_dataset_lookup_member (plenary_window_get_dataset (window), "FRA"));
  g_assert_true (plenary_window_go_back (window));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == france);

  /* Ctrl+C on it copies the member's name. */
  g_assert_true (gtk_widget_activate_action (france, "members.copy", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (france), NULL, read_text_cb, &copied);
  while (copied == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (copied, ==, "France");

  /* The regional groups of the vote. */
  g_assert_cmpint (plenary_picture_get_kind (plenary_chart_view_get_picture (page_child (window, "groups_view"))), ==,
                   PLENARY_CHART_GROUPS);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file whose one vote names as many members as a file may declare
 * (PLENARY_MAX_MEMBERS, 1,000; a hostile file once named 10,000, which the
 * reader now refuses): the list of names is made and laid out in linear
 * time (the figure is a message, not a bound). */
static void
test_members_list_large (void)
{
  GString *json = g_string_new ("{\"format\": \"plenary-votes\", \"version\": 1, \"title\": \"Many\", \"members\": [");
  GString *codes = g_string_new (NULL);
  g_autoptr(PlenaryDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("plenary-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (directory, "many.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlenaryWindow *window;
  GPtrArray *lists;
  gint64 start;
  guint n = 0;

  g_assert_no_error (error);
  /* Codes are three capital letters: all of them, from AAA on. */
  for (char a = 'A'; a <= 'Z' && n < PLENARY_MAX_MEMBERS; a++)
    for (char b = 'A'; b <= 'Z' && n < PLENARY_MAX_MEMBERS; b++)
      for (char c = 'A'; c <= 'Z' && n < PLENARY_MAX_MEMBERS; c++, n++)
        {
          g_string_append_printf (json, "%s{\"code\": \"%c%c%c\", \"name\": \"Member %c%c%c\", "
                                  "\"admitted\": \"1945-10-24\"}", n > 0 ? ", " : "", a, b, c, a, b, c);
          g_string_append_printf (codes, "%s\"%c%c%c\"", n > 0 ? ", " : "", a, b, c);
        }
  g_string_append_printf (json, "], \"resolutions\": [{\"symbol\": \"A/RES/1\", \"body\": \"GA\", "
                                "\"date\": \"2000-01-01\", \"title\": \"Many names\", "
                                "\"votes\": {\"yes\": [%s]}}]}", codes->str);
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);
  g_string_free (codes, TRUE);
  dataset = plenary_load_file (file, NULL, &error);
  g_assert_no_error (error);

  window = plenary_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (3);
  start = g_get_monotonic_time ();
  plenary_window_set_dataset (window, dataset);
  g_test_message ("showed a vote of %u named members in %.0f ms", n,
                  (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  wait_for_frames (2);
  g_test_message ("… and laid it out and drew it within %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);

  lists = plenary_resolution_page_get_member_lists (plenary_window_get_resolution_page (window));
  g_assert_cmpuint (lists->len, >=, 1);
  g_assert_cmpuint (plenary_member_list_get_n_members (g_ptr_array_index (lists, 0)), ==, PLENARY_MAX_MEMBERS);

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (directory);
}

/* The voting space moves through the years; its dots are named on hover. */
static void
test_space_page (void)
{
  g_autoptr(PlenaryDataset) dataset = load_record ();
  PlenaryWindow *window = window_on_dataset (dataset);
  PlenarySpacePage *page = plenary_window_get_space_page (window);
  PlenaryChartView *view = PLENARY_CHART_VIEW (plenary_space_page_get_view (page));
  PlenaryPicture *picture_1975;
  PlenaryRenderStyle style;
  g_autofree char *label = NULL;
  double x, y;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-space", NULL));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "space");
  g_assert_cmpint (plenary_space_page_get_year (page), ==, 2025);
  g_assert_nonnull (plenary_space_page_get_picture (page));

  plenary_space_page_set_year (page, 1975);
  wait_for_frames (3);
  picture_1975 = plenary_space_page_get_picture (page);
  g_assert_cmpint (plenary_picture_get_kind (picture_1975), ==, PLENARY_CHART_SPACE);
  g_assert_nonnull (strstr (plenary_picture_get_title (picture_1975), "1975"));
  plenary_chart_view_get_style (view, &style);
  g_assert_true (plenary_space_picture_locate_member (PLENARY_SPACE_PICTURE (picture_1975),
                                                      gtk_widget_get_width (GTK_WIDGET (view)),
                                                      gtk_widget_get_height (GTK_WIDGET (view)), &style,
                                                      (guint) plenary_dataset_lookup_member (dataset, "USA"), &x, &y));
  label = plenary_chart_view_describe_point (view, x, y);
  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (label, "United States"));

  plenary_space_page_set_year (page, 2025);
  g_assert_true (plenary_space_page_get_picture (page) != picture_1975);
  g_assert_nonnull (strstr (plenary_picture_get_title (plenary_space_page_get_picture (page)), "2025"));

  /* Its dots open their country. */
  g_signal_emit_by_name (view, "member-activated", plenary_dataset_lookup_member (dataset, "CHN"));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "country");
  g_assert_true (plenary_window_go_back (window));
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "space");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window as a phone shows it, and as the desktop keeps it */

/* The window's settings, as the window reads them: the build's schema, in
 * memory (GSETTINGS_SCHEMA_DIR and GSETTINGS_BACKEND in tests/meson.build). */
static GSettings *
window_settings (void)
{
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                                        APPLICATION_ID, TRUE);

  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/* Puts back every key a test changed, for the tests after it. */
static void
reset_settings (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* The capture-phase click gesture the window puts on the list. */
static GtkGesture *
list_click_gesture (GtkWidget *list_view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list_view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        return GTK_GESTURE (controller);
    }
  return NULL;
}

/* The list's row showing @resolution, or NULL. */
static GtkWidget *
find_row (GtkWidget         *widget,
          PlenaryResolution *resolution)
{
  if (PLENARY_IS_RESOLUTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
      plenary_resolution_row_get_resolution (PLENARY_RESOLUTION_ROW (widget)) == resolution)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, resolution);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* At 360 pixels the leaflet folds, and a click on a row (selected when
 * pressed, as the row does, and released) opens its page; Back returns to
 * the list. Enter, the list view's activation, opens a row too. */
static void
test_folded_click (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  AdwLeaflet *leaflet = window_child (window, "leaflet");
  GtkWidget *list_view = window_child (window, "list_view");
  GtkWidget *content = window_child (window, "content");
  GtkWidget *sidebar = window_child (window, "sidebar");
  GtkGesture *click = list_click_gesture (list_view);
  g_autoptr(PlenaryResolution) second = NULL;
  GtkWidget *row;
  graphene_point_t point;

  open_fixture (window, "2025-02-24.json");
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 370);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  adw_leaflet_set_visible_child (leaflet, sidebar);
  wait_for_frames (10);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
  /* The list has the main menu while it is alone. */
  g_assert_true (gtk_widget_get_visible (window_child (window, "list_menu_button")));
  g_assert_true (gtk_menu_button_get_primary (window_child (window, "list_menu_button")));

  second = g_list_model_get_item (plenary_window_get_visible_resolutions (window), 1);
  row = find_row (list_view, second);
  g_assert_nonnull (row);
  g_assert_nonnull (click);
  g_assert_true (gtk_widget_compute_point (row, list_view, &GRAPHENE_POINT_INIT (20, 10), &point));
  g_assert_true (gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", 1, FALSE, FALSE));
  g_signal_emit_by_name (click, "pressed", 1, (double) point.x, (double) point.y);
  g_signal_emit_by_name (click, "released", 1, (double) point.x, (double) point.y);
  wait_for_frames (10);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_true (plenary_window_get_resolution (window) == second);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "A/RES/ES-11/8 – Plenary");
  /* The content's menu takes F10 now; Export and Copy are in it. */
  g_assert_true (gtk_menu_button_get_primary (window_child (window, "content_menu_button")));
  g_assert_false (gtk_menu_button_get_primary (window_child (window, "list_menu_button")));
  g_assert_false (gtk_widget_get_visible (window_child (window, "export_button")));

  /* Back, with no page before, is the way to the list. */
  g_assert_true (plenary_window_go_back (window));
  wait_for_frames (10);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
  g_assert_false (plenary_window_go_back (window));

  /* Enter on a row. */
  g_signal_emit_by_name (list_view, "activate", 2);
  wait_for_frames (10);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_cmpstr (plenary_resolution_get_symbol (plenary_window_get_resolution (window)), ==, "S/RES/2774 (2025)");

  gtk_window_destroy (GTK_WINDOW (window));
}

static int
min_width (GtkWidget *widget)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return minimum;
}

/* The window goes down to 360 pixels on every page, with the whole record:
 * its longest names, its widest tables. */
static void
test_minimum_width (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) record = plenary_load_record (NULL, NULL, &error);
  PlenaryResolution *first, *second;
  const char *pages[] = { "resolution", "country", "space", "compare", "empty", "no-dataset" };
  GListModel *visible;

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (5);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, pages[5]);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);

  plenary_window_set_dataset (window, record);
  visible = plenary_window_get_visible_resolutions (window);
  /* A General Assembly vote that names every member. */
  plenary_window_set_search_text (window, "A/RES/79/1");
  plenary_window_set_body_filter (window, PLENARY_BODY_GENERAL_ASSEMBLY);
  g_assert_cmpuint (g_list_model_get_n_items (visible), >, 0);
  plenary_window_select_resolution (window, 0);
  wait_for_frames (5);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, pages[0]);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);
  first = g_object_ref (plenary_window_get_resolution (window));
  plenary_window_clear_filters (window);
  second = g_list_model_get_item (visible, 1);

  /* The country with the longest name. */
  plenary_window_show_country (window, "GBR");
  wait_for_frames (5);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, pages[1]);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);
  plenary_window_show_country (window, "VCT");
  wait_for_frames (5);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);

  plenary_window_show_space (window);
  wait_for_frames (5);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, pages[2]);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);

  g_assert_true (plenary_window_compare (window, first, second));
  wait_for_frames (5);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, pages[3]);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);

  /* A search that finds nothing. */
  plenary_window_go_back (window);
  plenary_window_go_back (window);
  plenary_window_go_back (window);
  plenary_window_go_back (window);
  plenary_window_set_search_text (window, "zzqqxx nothing");
  wait_for_frames (5);
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, pages[4]);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);

  g_object_unref (first);
  g_object_unref (second);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The accelerators of the shortcuts window, parsed. */
static GArray *
listed_accelerators (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/help-overlay.ui");
  GSList *objects = gtk_builder_get_objects (builder);
  GArray *listed = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) each = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      g_assert_nonnull (accelerator);
      each = g_strsplit (accelerator, " ", -1);
      for (guint i = 0; each[i] != NULL; i++)
        {
          guint key[2];
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (each[i], &key[0], &mods));
          key[1] = mods;
          g_array_append_vals (listed, key, 1);
        }
    }
  g_slist_free (objects);
  return listed;
}

static gboolean
is_listed (GArray          *listed,
           guint            keyval,
           GdkModifierType  mods)
{
  for (guint i = 0; i < listed->len; i++)
    {
      const guint *key = (const guint *) (listed->data + i * sizeof (guint) * 2);

      if (gdk_keyval_to_lower (key[0]) == gdk_keyval_to_lower (keyval) && key[1] == mods)
        return TRUE;
    }
  return FALSE;
}

/* The shortcuts window lists Export, Copy and the menu, and every shortcut
 * the window's own class binds. */
static void
test_shortcuts_listed (void)
{
  g_autoptr(GArray) listed = listed_accelerators ();
  PlenaryWindow *window = plenary_window_new (NULL);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  guint n_bound = 0;

  g_assert_true (is_listed (listed, GDK_KEY_e, GDK_CONTROL_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_c, GDK_CONTROL_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_F10, 0));
  g_assert_true (is_listed (listed, GDK_KEY_F10, GDK_SHIFT_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_comma, GDK_CONTROL_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_question, GDK_CONTROL_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_q, GDK_CONTROL_MASK));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *text = gtk_shortcut_trigger_to_string (trigger);

          /* The window's class shortcuts are its actions' (GtkWindow's own,
           * such as Ctrl+Shift+I for the inspector, are not Plenary's). */
          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action) ||
              !g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win."))
            continue;
          if (!is_listed (listed, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))))
            g_error ("The shortcut %s (%s) is not in the shortcuts window", text,
                     gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
          n_bound++;
        }
    }
  g_assert_cmpuint (n_bound, >=, 15);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's size and the sidebar's width are saved when it closes, and
 * the next window opens with them. */
static void
test_window_state_saved (void)
{
  g_autoptr(GSettings) settings = window_settings ();
  PlenaryWindow *window;
  int width, height;

  g_assert_nonnull (settings);
  reset_settings (settings);
  window = plenary_window_new (NULL);
  open_fixture (window, "2025-02-24.json");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);
  g_assert_cmpint (gtk_widget_get_width (window_child (window, "sidebar")), ==, 360);
  gtk_window_close (GTK_WINDOW (window));
  wait_for_frames (2);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_set_int (settings, "window-width", 1100);
  g_settings_set_int (settings, "window-height", 750);
  g_settings_set_int (settings, "sidebar-width", 420);
  window = plenary_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 750);
  open_fixture (window, "2025-02-24.json");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);
  g_assert_cmpint (gtk_widget_get_width (window_child (window, "sidebar")), ==, 420);
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings (settings);
}

/* The colour-scheme setting is the style manager's. */
static void
test_colour_scheme_setting (void)
{
  g_autoptr(GSettings) settings = window_settings ();
  AdwStyleManager *manager = adw_style_manager_get_default ();
  PlenaryWindow *window;

  g_assert_nonnull (settings);
  reset_settings (settings);
  window = plenary_window_new (NULL);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_settings_set_string (settings, "colour-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  g_settings_set_string (settings, "colour-scheme", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (manager));
  g_settings_set_string (settings, "colour-scheme", "system");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* Preferences opens on them, from the menu's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  wait_for_frames (2);
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        {
          g_assert_true (PLENARY_IS_PREFERENCES_WINDOW (toplevel));
          gtk_window_destroy (toplevel);
          break;
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings (settings);
}

/* A file with no resolutions says so and offers to open another; a search
 * that leaves none offers to clear it. */
static void
test_empty_pages (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  g_autoptr(PlenaryDataset) empty = plenary_dataset_new ();
  AdwStatusPage *page = window_child (window, "empty_page");
  GtkWidget *open = window_child (window, "empty_open_button");
  GtkWidget *clear = window_child (window, "empty_clear_button");

  plenary_window_set_dataset (window, empty);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_page (window, "empty");
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Resolutions in This File");
  g_assert_null (strstr (adw_status_page_get_description (page), "Pick a resolution"));
  g_assert_true (gtk_widget_get_visible (open));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==, "win.open");
  g_assert_false (gtk_widget_get_visible (clear));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Plenary");

  open_fixture (window, "2025-02-24.json");
  plenary_window_set_search_text (window, "no such words anywhere");
  wait_for_page (window, "empty");
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Matching Resolutions");
  g_assert_true (gtk_widget_get_visible (clear));
  g_assert_false (gtk_widget_get_visible (open));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  wait_for_page (window, "resolution");
  g_assert_cmpstr (plenary_window_get_page_name (window), ==, "resolution");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file opened goes first in the recent files and in Open Recent. */
static void
test_recent_files (void)
{
  g_autoptr(GSettings) settings = window_settings ();
  PlenaryWindow *window;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "list.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  GMenuModel *recent;
  g_auto(GStrv) uris = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (settings);
  /* The tests before opened files too. */
  reset_settings (settings);
  window = plenary_window_new (NULL);
  recent = window_child (window, "recent_menu");
  g_assert_cmpint (g_menu_model_get_n_items (recent), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (recent, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "No Recent Files");
  g_clear_pointer (&label, g_free);

  plenary_window_open_file (window, file);
  wait_until_idle (window);
  uris = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstr (uris[0], ==, uri);
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  g_assert_cmpint (g_menu_model_get_n_items (recent), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (recent, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "list.json");
  target = g_menu_model_get_item_attribute_value (recent, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);

  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings (settings);
}

/* Tab leaves the list at once, forwards to the page's header and
 * backwards to the filters; selectable labels are not on the way. */
static void
test_list_one_tab_stop (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  GtkWidget *list_view = window_child (window, "list_view");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list_view);
  GtkEventController *keys = NULL;
  GtkWidget *focus;
  gboolean handled = FALSE;

  open_fixture (window, "2025-02-24.json");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        keys = controller;
    }
  g_assert_nonnull (keys);

  g_assert_true (gtk_widget_grab_focus (list_view));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, list_view));
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
  g_assert_true (handled);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_is_ancestor (focus, list_view));
  g_assert_true (gtk_widget_is_ancestor (focus, window_child (window, "content")));

  g_assert_true (gtk_widget_grab_focus (list_view));
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_ISO_Left_Tab, 0, GDK_SHIFT_MASK, &handled);
  g_assert_true (handled);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus == window_child (window, "security_council_button"));

  /* Selectable, but not a Tab stop. */
  g_assert_true (gtk_label_get_selectable (page_child (window, "title_label")));
  g_assert_false (gtk_widget_get_focusable (page_child (window, "title_label")));
  g_assert_false (gtk_widget_get_focusable (page_child (window, "meta_label")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Another resolution shows from its top. */
static void
test_page_scrolls_to_top (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  GtkAdjustment *adjustment;

  open_fixture (window, "2025-02-24.json");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (10);
  adjustment = gtk_scrolled_window_get_vadjustment (page_child (window, "scrolled_window"));
  gtk_adjustment_set_value (adjustment, 600);
  wait_for_frames (5);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  plenary_window_select_resolution (window, 1);
  wait_for_frames (10);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "A/RES/ES-11/8 – Plenary");

  plenary_window_show_country (window, "FRA");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "France – Plenary");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() keeps the C locale, under which gettext ignores
   * LANGUAGE; the Arabic run needs the environment's locale. */
  g_autofree char *data_home = g_dir_make_tmp ("plenary-test-ui-XXXXXX", NULL);
  g_autofree char *recent = NULL;
  int result;

  /* The desktop's recent files go to a folder of the run's own. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "");
  if (g_getenv ("PLENARY_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PLENARY_LOCALEDIR"));
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/sample", test_window_on_fixture);
  g_test_add_func ("/ui/window/filters", test_filters);
  g_test_add_func ("/ui/map/hover-and-click", test_map_hover_and_click);
  g_test_add_func ("/ui/export/dialog-and-copy", test_export_dialog_and_copy);
  g_test_add_func ("/ui/direction", test_direction);
  g_test_add_func ("/ui/window/bad-file", test_bad_file_keeps_dataset);
  g_test_add_func ("/ui/list/newest-first", test_list_newest_first);
  g_test_add_func ("/ui/list/outcome-and-years", test_list_outcome_and_years);
  g_test_add_func ("/ui/list/typing", test_list_typing);
  g_test_add_func ("/ui/list/country-suggestion", test_list_country_suggestion);
  g_test_add_func ("/ui/list/rows-one-height", test_list_rows_one_height);
  g_test_add_func ("/ui/page/links-and-without-vote", test_page_links_and_without_vote);
  g_test_add_func ("/ui/load/cancel-keeps-dataset", test_load_cancel_keeps_dataset);
  g_test_add_func ("/ui/load/opening", test_load_opening_state);
  g_test_add_func ("/ui/save-as/round-trip", test_save_as_round_trip);
  g_test_add_func ("/ui/data-window", test_data_window);
  g_test_add_func ("/ui/window/record", test_full_record);
  g_test_add_func ("/ui/window/preloaded-record", test_preloaded_record);
  g_test_add_func ("/ui/country/record", test_country_page_record);
  g_test_add_func ("/ui/list/topic", test_list_topic);
  g_test_add_func ("/ui/compare/record", test_compare_record);
  g_test_add_func ("/ui/members/list", test_members_list);
  g_test_add_func ("/ui/members/large", test_members_list_large);
  g_test_add_func ("/ui/space/years", test_space_page);
  g_test_add_func ("/ui/window/folded-click", test_folded_click);
  g_test_add_func ("/ui/window/minimum-width", test_minimum_width);
  g_test_add_func ("/ui/window/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/ui/window/state-saved", test_window_state_saved);
  g_test_add_func ("/ui/window/colour-scheme", test_colour_scheme_setting);
  g_test_add_func ("/ui/window/empty-pages", test_empty_pages);
  g_test_add_func ("/ui/window/recent-files", test_recent_files);
  g_test_add_func ("/ui/list/one-tab-stop", test_list_one_tab_stop);
  g_test_add_func ("/ui/page/scrolls-to-top", test_page_scrolls_to_top);

  result = g_test_run ();
  recent = g_build_filename (data_home, "recently-used.xbel", NULL);
  g_remove (recent);
  g_rmdir (data_home);
  return result;
}
