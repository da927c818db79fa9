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

#include "plenary-chart-view.h"
#include "plenary-export-dialog.h"
#include "plenary-map-picture.h"
#include "plenary-tally-chart.h"
#include "plenary-resolution-row.h"
#include "plenary-window.h"

/* A widget of the window's resolution page, by its id in the template. */
static gpointer
page_child (PlenaryWindow *window,
            const char    *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (plenary_window_get_resolution_page (window)),
                                        PLENARY_TYPE_RESOLUTION_PAGE, name);
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
test_window_on_sample (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  GtkLabel *title;
  PlenaryChartView *chart;
  PlenaryResolution *shown;
  int ukraine_yes, council_yes;

  plenary_window_open_sample (window);
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

/* Whether a label in the members-by-vote grid has @text in its markup. */
static gboolean
members_markup_contains (PlenaryWindow *window,
                         const char    *text)
{
  GtkWidget *grid = GTK_WIDGET (page_child (window, "members_grid"));

  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && strstr (gtk_label_get_label (GTK_LABEL (child)), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_map_hover_and_click (void)
{
  PlenaryWindow *window = plenary_window_new (NULL);
  PlenaryChartView *map;
  PlenaryRenderStyle style;
  g_autofree char *paris = NULL;
  g_autofree char *ocean = NULL;
  double x, y;
  int usa;

  plenary_window_open_sample (window);
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

  /* Clicking a member highlights it on the map and in the vote lists; a
   * second click lets it go. */
  usa = plenary_dataset_lookup_member (plenary_window_get_dataset (window), "USA");
  g_assert_false (members_markup_contains (window, "weight=\"bold\">United States"));
  g_signal_emit_by_name (map, "member-activated", usa);
  g_assert_cmpint (plenary_window_get_highlight (window), ==, usa);
  g_assert_true (plenary_picture_is_emphasised (plenary_chart_view_get_picture (map), usa));
  g_assert_true (members_markup_contains (window, "weight=\"bold\">United States"));
  g_signal_emit_by_name (map, "member-activated", usa);
  g_assert_cmpint (plenary_window_get_highlight (window), ==, -1);
  g_assert_false (members_markup_contains (window, "weight=\"bold\">United States"));

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

  plenary_window_open_sample (window);
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

  plenary_window_open_sample (window);
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

  plenary_window_open_sample (window);
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
  plenary_window_open_sample (window);
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

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() keeps the C locale, under which gettext ignores
   * LANGUAGE; the Arabic run needs the environment's locale. */
  setlocale (LC_ALL, "");
  if (g_getenv ("PLENARY_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PLENARY_LOCALEDIR"));
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/sample", test_window_on_sample);
  g_test_add_func ("/ui/window/filters", test_filters);
  g_test_add_func ("/ui/map/hover-and-click", test_map_hover_and_click);
  g_test_add_func ("/ui/export/dialog-and-copy", test_export_dialog_and_copy);
  g_test_add_func ("/ui/direction", test_direction);
  g_test_add_func ("/ui/window/bad-file", test_bad_file_keeps_dataset);

  return g_test_run ();
}
