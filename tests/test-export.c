/* test-export.c: the seat chart, exported files in each format, the headless
 * command line and its failures
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "plenary-atomic-file.h"
#include "plenary-describer.h"
#include "plenary-export.h"
#include "plenary-io-error.h"
#include "plenary-loader.h"
#include "plenary-test-fixtures.h"
#include "plenary-seat-chart.h"
#include "plenary-table-writer.h"
#include "plenary-vote-pictures.h"

typedef struct
{
  char *directory;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->directory = g_dir_make_tmp ("plenary-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *name;
  GDir *dir = g_dir_open (fixture->directory, 0, NULL);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->directory, name, NULL);

      g_remove (path);
    }
  g_dir_close (dir);
  g_rmdir (fixture->directory);
  g_free (fixture->directory);
}

static guint
count_files (const char *directory)
{
  GDir *dir = g_dir_open (directory, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  g_dir_close (dir);
  return n;
}

/* Runs the plenary executable with no display at all, as a script on a
 * server would. */
static int
run_plenary (const char * const  *arguments,
             char               **out,
             char               **err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  int status;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "GDK_BACKEND", "none", TRUE);

  g_ptr_array_add (argv, (gpointer) g_getenv ("PLENARY_EXE"));
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) arguments[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_well_formed_xml (const char *text)
{
  static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_markup_parse_context_parse (context, text, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

/* Finds @needle in binary @data, which may hold NUL bytes. */
static const char *
find_bytes (const char *data,
            gsize       length,
            const char *needle)
{
  return memmem (data, length, needle, strlen (needle));
}

/* Pages of a PDF as cairo writes them: objects of /Type /Page. */
static guint
count_pdf_pages (const char *data,
                 gsize       length)
{
  guint pages = 0;

  for (const char *p = data; (p = find_bytes (p, length - (p - data), "/Type /Page")) != NULL; p++)
    if (p[strlen ("/Type /Page")] != 's')
      pages++;
  return pages;
}

static void
check_file (const char          *path,
            PlenaryExportFormat  format,
            int                  width,
            int                  height,
            int                  scale)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  switch (format)
    {
    case PLENARY_EXPORT_PNG:
      {
        cairo_surface_t *png = cairo_image_surface_create_from_png (path);

        g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
        g_assert_cmpint (cairo_image_surface_get_width (png), ==, width * scale);
        g_assert_cmpint (cairo_image_surface_get_height (png), ==, height * scale);
        cairo_surface_destroy (png);
      }
      break;
    case PLENARY_EXPORT_SVG:
      {
        g_autofree char *size = g_strdup_printf ("width=\"%dpx\" height=\"%dpx\"", width, height);

        assert_well_formed_xml (contents);
        g_assert_nonnull (strstr (contents, "<title>"));
        g_assert_nonnull (strstr (contents, "A/RES/ES-11/7"));
        g_assert_nonnull (strstr (contents, size));
      }
      break;
    case PLENARY_EXPORT_PDF:
      {
        g_autofree char *box = g_strdup_printf ("/MediaBox [ 0 0 %d %d ]", width, height);

        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
        g_assert_cmpuint (count_pdf_pages (contents, length), ==, 1);
        g_assert_nonnull (find_bytes (contents, length, box));
      }
      break;
    case PLENARY_EXPORT_CSV:
    case PLENARY_EXPORT_TSV:
    default:
      g_assert_not_reached ();
    }
}

static void
test_every_chart_in_every_format (Fixture       *fixture,
                                  gconstpointer  data)
{
  static const char * const charts[] = { "tally", "seats", "map", "tiles" };
  static const struct { const char *extension; PlenaryExportFormat format; const char *size; int w, h, scale; } cases[] = {
    { "png", PLENARY_EXPORT_PNG, "1200x675", 1200, 675, 2 },
    { "svg", PLENARY_EXPORT_SVG, "1080x1080", 1080, 1080, 1 },
    { "pdf", PLENARY_EXPORT_PDF, "842x595", 842, 595, 1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint f = 0; f < G_N_ELEMENTS (cases); f++)
      {
        g_autofree char *name = g_strdup_printf ("%s.%s", charts[c], cases[f].extension);
        g_autofree char *path = g_build_filename (fixture->directory, name, NULL);
        g_autofree char *export = g_strdup_printf ("--export=%s", charts[c]);
        g_autofree char *scale = g_strdup_printf ("%d", cases[f].scale);
        g_autofree char *out = NULL, *err = NULL;
        const char *arguments[] = {
          export, "--resolution", "A/RES/ES-11/7", "--size", cases[f].size,
          cases[f].format == PLENARY_EXPORT_PNG ? "--scale" : "--dark",
          cases[f].format == PLENARY_EXPORT_PNG ? scale : "--dark",
          "--output", path, NULL,
        };

        if (run_plenary (arguments, &out, &err) != 0)
          g_error ("exporting %s failed: %s", name, err);
        check_file (path, cases[f].format, cases[f].w, cases[f].h, cases[f].scale);
      }
}

static void
test_format_follows_extension_and_option (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->directory, "picture.out", NULL);
  g_autofree char *out = NULL, *err = NULL;
  const char *arguments[] = { "--export=tally", "-r", "S/RES/2774 (2025)", "--format", "pdf", "-o", path, NULL };

  g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 0);
  /* PDF without --size is A4 landscape. */
  check_file (path, PLENARY_EXPORT_PDF, 842, 595, 1);
}

static void
test_png_equals_direct_render (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* Without a data file, the command line draws from the record Plenary ships. */
  g_autoptr(PlenaryDataset) dataset = plenary_load_record (NULL, NULL, &error);
  g_autofree char *path = g_build_filename (fixture->directory, "map.png", NULL);
  g_autofree char *out = NULL, *err = NULL;
  const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/7", "--size", "800x450", "-o", path, NULL };
  PlenaryResolution *resolution = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7");
  g_autoptr(PlenaryPicture) picture = NULL;
  PlenaryExportOptions options;
  cairo_surface_t *direct, *exported;
  int stride, height;

  g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 0);

  picture = plenary_vote_picture_new (PLENARY_CHART_MAP, resolution, plenary_dataset_get_source (dataset));
  plenary_export_options_init (&options, PLENARY_EXPORT_PNG);
  options.width = 800;
  options.height = 450;
  direct = plenary_export_render_image (picture, &options);
  exported = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_image_surface_get_width (exported), ==, cairo_image_surface_get_width (direct));
  g_assert_cmpint (cairo_image_surface_get_height (exported), ==, cairo_image_surface_get_height (direct));
  stride = cairo_image_surface_get_stride (direct);
  height = cairo_image_surface_get_height (direct);
  g_assert_cmpint (cairo_image_surface_get_stride (exported), ==, stride);
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (direct), cairo_image_surface_get_data (exported),
                           (gsize) stride * height), ==, 0);

  cairo_surface_destroy (direct);
  cairo_surface_destroy (exported);
}

static void
test_failures (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *existing = g_build_filename (fixture->directory, "existing.png", NULL);
  g_autofree char *missing_dir = g_build_filename (fixture->directory, "no", "such", "folder.png", NULL);
  g_autofree char *contents = NULL;
  const char *old = "an earlier export that must survive";

  g_assert_true (g_file_set_contents (existing, old, -1, NULL));

  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/9", "-o", existing, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), !=, 0);
    g_assert_nonnull (strstr (err, "no resolution “A/RES/ES-11/9”"));
    /* The closest symbols are offered. */
    g_assert_nonnull (strstr (err, "the closest symbols are: A/RES/ES-10/9, A/RES/ES-11/1, "));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/7", "-o", missing_dir, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), !=, 0);
    g_assert_nonnull (strstr (err, "does not exist"));
    g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=pie", "-r", "A/RES/ES-11/7", "-o", existing, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "unknown chart “pie”"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/7", "--size", "1600by900", "-o", existing, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "“1600by900” is not a size"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/7", "--size", "20000x900", "-o", existing, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "20000×900"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/7", "-o", existing, "/no/such/votes.json", NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "votes.json"));
  }

  /* After all of that, the earlier file is as it was, and nothing else was left behind. */
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old);
  g_assert_cmpuint (count_files (fixture->directory), ==, 1);
}

static void
test_atomic_replace (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->directory, "file.txt", NULL);
  g_autofree char *folder_path = g_build_filename (fixture->directory, "a-folder", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *contents = NULL;

  g_assert_true (plenary_atomic_file_replace (file, "first", 5, NULL, &error));
  g_assert_no_error (error);

  /* A cancelled write does not touch the file. */
  g_cancellable_cancel (cancellable);
  g_assert_false (plenary_atomic_file_replace (file, "second", 6, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Nor does a write that cannot happen, and it leaves no temporary file. */
  g_assert_cmpint (g_mkdir (folder_path, 0755), ==, 0);
  g_assert_false (plenary_atomic_file_replace (folder, "third", 5, NULL, &error));
  g_assert_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_assert_cmpuint (count_files (fixture->directory), ==, 2);
  g_rmdir (folder_path);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "first");
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "data", "2025-02-24.json", NULL);
  const char *arguments[] = { "--list", sample, NULL };
  const char *record_arguments[] = { "--list", NULL };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) record = NULL;
  guint n_general_assembly = 0, n_security_council = 0;

  g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "A/RES/ES-11/7\t2025-02-24\tGA\t93–18–65\tAdopted");
  g_assert_true (g_str_has_prefix (lines[2], "S/RES/2774 (2025)\t2025-02-24\tSC\t10–0–5\t"));

  /* Without a file, the UN record Plenary ships: 5,528 + 11 Assembly votes
   * and 2,797 Council resolutions. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_plenary (record_arguments, &out, &err), ==, 0);
  record = g_strsplit (out, "\n", -1);
  for (guint i = 0; record[i] != NULL; i++)
    {
      n_general_assembly += strstr (record[i], "\tGA\t") != NULL;
      n_security_council += strstr (record[i], "\tSC\t") != NULL;
    }
  g_assert_cmpuint (n_general_assembly, ==, 5528 + 11);
  g_assert_cmpuint (n_security_council, ==, 2797);
  g_assert_true (g_strv_contains ((const char * const *) record,
                                  "A/RES/ES-11/7\t2025-02-24\tGA\t93–18–65\tAdopted"));
}

typedef struct
{
  guint   seats;
  guint   per_vote[PLENARY_VOTE_NOT_IN_BODY + 1];
} SeatCount;

static SeatCount
count_seats (PlenaryResolution *resolution)
{
  const int width = 800, height = 450;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (PLENARY_CHART_SEATS, resolution, NULL);
  PlenaryRenderStyle style;
  g_autoptr(GArray) seats = NULL;
  SeatCount count = { 0 };

  plenary_render_style_init (&style, FALSE);
  plenary_picture_draw (picture, cr, width, height, &style);
  cairo_surface_flush (surface);
  seats = plenary_seat_picture_layout (PLENARY_SEAT_PICTURE (picture), width, height, &style);

  for (guint i = 0; i < seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (seats, PlenarySeat, i);
      PlenaryHit hit;

      /* What is drawn at the seat's centre, and what hit-testing says is there. */
      g_assert_true (plenary_picture_hit_test (picture, width, height, &style, seat->x, seat->y, &hit));
      g_assert_cmpint (hit.category, ==, seat->vote);
      g_assert_cmpint (hit.member, ==, seat->member);
      /* A vote's seats are filled with its colour, under its pattern: some
       * pixel near the centre shows the colour. Not recorded is hatched in
       * grey, which a few pixels cannot tell, so the hit test counts it. */
      if (seat->vote == PLENARY_VOTE_NOT_RECORDED)
        count.per_vote[seat->vote]++;
      for (PlenaryVote vote = PLENARY_VOTE_YES; vote < PLENARY_VOTE_NOT_RECORDED; vote++)
        {
          const PlenaryColor *color = &style.palette->fill[vote];
          gboolean found = FALSE;

          for (int dy = -1; dy <= 1 && !found; dy++)
            for (int dx = -1; dx <= 1 && !found; dx++)
              {
                guint32 pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                                              ((int) seat->y + dy) * cairo_image_surface_get_stride (surface) +
                                              ((int) seat->x + dx) * 4);

                found = ABS ((int) ((pixel >> 16) & 0xff) - (int) (color->red * 255)) <= 2 &&
                        ABS ((int) ((pixel >> 8) & 0xff) - (int) (color->green * 255)) <= 2 &&
                        ABS ((int) (pixel & 0xff) - (int) (color->blue * 255)) <= 2;
              }
          if (found)
            {
              g_assert_cmpint (hit.category, ==, vote);
              count.per_vote[vote]++;
            }
        }
      count.seats++;
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return count;
}

static void
test_seat_chart (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_test_load_fixture ("2025-02-24.json", &error);
  SeatCount assembly = count_seats (plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7"));
  SeatCount council = count_seats (plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)"));

  /* One seat per member: the sample names 93 yes, 18 no and 18 abstaining;
   * the 64 members it gives no vote for are hatched. */
  g_assert_cmpuint (assembly.seats, ==, 193);
  g_assert_cmpuint (assembly.per_vote[PLENARY_VOTE_YES], ==, 93);
  g_assert_cmpuint (assembly.per_vote[PLENARY_VOTE_NO], ==, 18);
  g_assert_cmpuint (assembly.per_vote[PLENARY_VOTE_ABSTAIN], ==, 18);
  g_assert_cmpuint (assembly.per_vote[PLENARY_VOTE_NON_VOTING], ==, 0);
  g_assert_cmpuint (assembly.per_vote[PLENARY_VOTE_NOT_RECORDED], ==, 64);

  g_assert_cmpuint (council.seats, ==, 15);
  g_assert_cmpuint (council.per_vote[PLENARY_VOTE_YES], ==, 10);
  g_assert_cmpuint (council.per_vote[PLENARY_VOTE_ABSTAIN], ==, 5);
  g_assert_cmpuint (council.per_vote[PLENARY_VOTE_NO], ==, 0);
}

/* The Council's chamber: 15 seats in a horseshoe, the five permanent members
 * ringed, and a veto crossed. */
static void
test_council_chamber (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "council-veto.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_load_file (file, NULL, &error);
  PlenaryResolution *resolution = NULL;
  g_autoptr(PlenaryPicture) picture = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) seats = NULL;
  const int width = 1200, height = 675;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  PlenaryRenderStyle style;
  guint n_permanent = 0;

  g_assert_no_error (error);
  resolution = plenary_dataset_find_resolution (dataset, "S/2024/999");
  g_assert_cmpint (plenary_resolution_get_outcome (resolution), ==, PLENARY_OUTCOME_VETOED);
  picture = plenary_vote_picture_new (PLENARY_CHART_SEATS, resolution, NULL);
  plenary_render_style_init (&style, FALSE);
  plenary_picture_draw (picture, cr, width, height, &style);
  cairo_surface_flush (surface);

  /* Walk the picture: 15 seats, each a named member, five of them permanent. */
  for (int y = 0; y < height; y += 3)
    for (int x = 0; x < width; x += 3)
      {
        PlenaryHit hit;

        if (plenary_picture_hit_test (picture, width, height, &style, x, y, &hit) && hit.member >= 0)
          g_hash_table_add (seen, GINT_TO_POINTER (hit.member));
      }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 15);
  {
    GHashTableIter iter;
    gpointer member;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &member, NULL))
      n_permanent += plenary_member_is_permanent (plenary_resolution_get_member (resolution, GPOINTER_TO_INT (member)));
  }
  g_assert_cmpuint (n_permanent, ==, 5);

  /* Rings are drawn around the permanent members' seats, and only theirs; the
   * veto's cross over the United States' seat. */
  seats = plenary_seat_picture_layout (PLENARY_SEAT_PICTURE (picture), width, height, &style);
  g_assert_cmpuint (seats->len, ==, 15);
  for (guint i = 0; i < seats->len; i++)
    {
      const PlenarySeat *seat = &g_array_index (seats, PlenarySeat, i);
      PlenaryMember *member = plenary_resolution_get_member (resolution, seat->member);
      /* On the ring, on the inner side of the horseshoe, clear of names and
       * of the neighbours' rings. The arc's centre is above the lowest seats,
       * in the middle. */
      const PlenarySeat *top = &g_array_index (seats, PlenarySeat, 7);
      const PlenarySeat *end = &g_array_index (seats, PlenarySeat, 0);
      double centre_x = top->x;
      double centre_y = (end->y * end->y + (end->x - centre_x) * (end->x - centre_x) - top->y * top->y) /
                        (2 * (end->y - top->y));
      double inward = hypot (centre_x - seat->x, centre_y - seat->y);
      double ring_x = seat->x + (centre_x - seat->x) / inward * seat->radius * 1.28;
      double ring_y = seat->y + (centre_y - seat->y) / inward * seat->radius * 1.28;
      guint32 ring = *(guint32 *) (cairo_image_surface_get_data (surface) +
                                   (int) ring_y * cairo_image_surface_get_stride (surface) + (int) ring_x * 4);
      guint32 centre = *(guint32 *) (cairo_image_surface_get_data (surface) +
                                     (int) seat->y * cairo_image_surface_get_stride (surface) + (int) seat->x * 4);
      gboolean ring_dark = ((ring >> 16) & 0xff) < 0x60 && ((ring >> 8) & 0xff) < 0x60;
      gboolean centre_dark = ((centre >> 16) & 0xff) < 0x60 && ((centre >> 8) & 0xff) < 0x60;

      g_assert_cmpint (ring_dark, ==, plenary_member_is_permanent (member));
      g_assert_cmpint (centre_dark, ==, g_str_equal (plenary_member_get_code (member), "USA"));
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_suggested_filename (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_test_load_fixture ("2025-02-24.json", &error);
  g_autoptr(PlenaryPicture) map = plenary_vote_picture_new (PLENARY_CHART_MAP,
                                                            plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7"),
                                                            NULL);
  g_autoptr(PlenaryPicture) seats = plenary_vote_picture_new (PLENARY_CHART_SEATS,
                                                              plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)"),
                                                              NULL);
  g_autofree char *assembly = plenary_export_suggest_filename (map, PLENARY_EXPORT_PNG);
  g_autofree char *council = plenary_export_suggest_filename (seats, PLENARY_EXPORT_PDF);

  g_assert_cmpstr (assembly, ==, "A-RES-ES-11-7-map.png");
  g_assert_cmpstr (council, ==, "S-RES-2774-2025-seats.pdf");
}

/* Emphasis, labels, words of one's own and the table behind a picture */

/* The UN record Plenary ships, loaded once for the tests that need it. */
static PlenaryDataset *
bundled_record (void)
{
  static PlenaryDataset *dataset;

  if (dataset == NULL)
    {
      g_autoptr(GError) error = NULL;

      dataset = plenary_load_record (NULL, NULL, &error);
      g_assert_no_error (error);
    }
  return dataset;
}

static gboolean
pixel_near (cairo_surface_t    *surface,
            int                 x,
            int                 y,
            const PlenaryColor *color,
            int                 radius)
{
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);

  for (int dy = -radius; dy <= radius; dy++)
    for (int dx = -radius; dx <= radius; dx++)
      {
        guint32 pixel;

        if (x + dx < 0 || y + dy < 0 || x + dx >= width || y + dy >= height)
          continue;
        pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                              (y + dy) * cairo_image_surface_get_stride (surface) + (x + dx) * 4);
        if (ABS ((int) ((pixel >> 16) & 0xff) - (int) (color->red * 255)) <= 12 &&
            ABS ((int) ((pixel >> 8) & 0xff) - (int) (color->green * 255)) <= 12 &&
            ABS ((int) (pixel & 0xff) - (int) (color->blue * 255)) <= 12)
          return TRUE;
      }
  return FALSE;
}

/* Where @member is, by the picture's hit test on a grid of @step pixels:
 * the points of its edge (where a neighbour is something else), in the
 * picture's own coordinates. */
static GArray *
edge_by_hit_test (PlenaryPicture           *picture,
                  double                    width,
                  double                    height,
                  const PlenaryRenderStyle *style,
                  int                       member,
                  int                       step)
{
  GArray *edge = g_array_new (FALSE, FALSE, sizeof (double) * 2);

  for (int y = 0; y < height; y += step)
    for (int x = 0; x < width; x += step)
      {
        PlenaryHit hit;
        gboolean inside = FALSE, outside = FALSE;
        static const int around[][2] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };

        if (!plenary_picture_hit_test (picture, width, height, style, x, y, &hit) || hit.member != member)
          continue;
        inside = TRUE;
        for (guint k = 0; k < G_N_ELEMENTS (around); k++)
          {
            PlenaryHit next;

            if (!plenary_picture_hit_test (picture, width, height, style, x + around[k][0] * step,
                                           y + around[k][1] * step, &next) || next.member != member)
              outside = TRUE;
          }
        if (inside && outside)
          {
            double point[2] = { x, y };

            g_array_append_val (edge, point);
          }
      }
  return edge;
}

/* The share of @member's edge, found by the hit test, that has the
 * highlight colour within a few pixels in the exported @png. */
static double
outlined_share (PlenaryPicture  *picture,
                cairo_surface_t *png,
                int              member)
{
  PlenaryExportOptions options;
  PlenaryRenderStyle style;
  double x, y, width, height;
  g_autoptr(GArray) edge = NULL;
  guint outlined = 0;

  plenary_export_options_init (&options, PLENARY_EXPORT_PNG);
  options.width = cairo_image_surface_get_width (png);
  options.height = cairo_image_surface_get_height (png);
  plenary_export_options_get_style (&options, &style);
  plenary_picture_get_framed_area (picture, options.width, options.height, &style, NULL, &x, &y, &width, &height);
  style.fill_background = FALSE;

  edge = edge_by_hit_test (picture, width, height, &style, member, 2);
  g_assert_cmpuint (edge->len, >, 6);
  for (guint i = 0; i < edge->len; i++)
    {
      const double *point = &g_array_index (edge, double, i * 2);

      outlined += pixel_near (png, (int) (x + point[0]), (int) (y + point[1]), &style.palette->highlight, 4);
    }
  return (double) outlined / edge->len;
}

static char *
svg_description (const char *path)
{
  g_autofree char *contents = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  assert_well_formed_xml (contents);
  start = strstr (contents, "<desc>");
  end = start != NULL ? strstr (start, "</desc>") : NULL;
  g_assert_nonnull (end);
  return g_strndup (start + strlen ("<desc>"), end - start - strlen ("<desc>"));
}

/* plenary --export=map|tiles|seats --highlight USA,RUS: the two members'
 * edges, found by the hit test, carry the highlight outline in the PNG,
 * and a member not picked does not; the SVG's description names both. */
static void
test_highlight (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const charts[] = { "map", "tiles", "seats" };
  PlenaryDataset *dataset = bundled_record ();
  PlenaryResolution *resolution = plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7");
  int emphasis[] = { plenary_dataset_lookup_member (dataset, "USA"), plenary_dataset_lookup_member (dataset, "RUS") };
  int other = plenary_dataset_lookup_member (dataset, "BRA");

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autofree char *png_name = g_strdup_printf ("%s.png", charts[c]);
      g_autofree char *svg_name = g_strdup_printf ("%s.svg", charts[c]);
      g_autofree char *png_path = g_build_filename (fixture->directory, png_name, NULL);
      g_autofree char *svg_path = g_build_filename (fixture->directory, svg_name, NULL);
      g_autofree char *export = g_strdup_printf ("--export=%s", charts[c]);
      g_autofree char *description = NULL;
      g_autoptr(PlenaryPicture) picture = NULL;
      PlenaryChart kind;
      cairo_surface_t *png;

      for (guint f = 0; f < 2; f++)
        {
          g_autofree char *out = NULL, *err = NULL;
          const char *arguments[] = { export, "-r", "A/RES/ES-11/7", "--highlight", "USA,RUS", "--size", "1200x675",
                                      "-o", f == 0 ? png_path : svg_path, NULL };

          if (run_plenary (arguments, &out, &err) != 0)
            g_error ("exporting %s failed: %s", charts[c], err);
        }

      g_assert_true (plenary_chart_from_name (charts[c], &kind));
      picture = plenary_vote_picture_new (kind, resolution, plenary_dataset_get_source (dataset));
      plenary_picture_set_emphasis (picture, emphasis, G_N_ELEMENTS (emphasis));
      png = cairo_image_surface_create_from_png (png_path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);

      for (guint i = 0; i < G_N_ELEMENTS (emphasis); i++)
        {
          double share = outlined_share (picture, png, emphasis[i]);

          g_test_message ("%s: %.0f%% of member %d's edge is outlined", charts[c], share * 100, emphasis[i]);
          g_assert_cmpfloat (share, >=, 0.6);
        }
      g_assert_cmpfloat (outlined_share (picture, png, other), <=, 0.1);
      cairo_surface_destroy (png);

      /* The labels' names are in the file's accessible description. */
      description = svg_description (svg_path);
      g_assert_nonnull (strstr (description, "Outlined and labelled: United States and Russia."));
    }
}

/* The Council's chamber with two members emphasised: still 15 seats, five
 * of them permanent members, in a walk over the hit test. */
static void
test_council_with_emphasis (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlenaryDataset) dataset = plenary_test_load_fixture ("2025-02-24.json", &error);
  PlenaryResolution *resolution = plenary_dataset_find_resolution (dataset, "S/RES/2774 (2025)");
  g_autoptr(PlenaryPicture) picture = plenary_vote_picture_new (PLENARY_CHART_SEATS, resolution, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  int emphasis[] = { plenary_dataset_lookup_member (dataset, "USA"), plenary_dataset_lookup_member (dataset, "RUS") };
  PlenaryRenderStyle style;
  GHashTableIter iter;
  gpointer member;
  guint n_permanent = 0;
  g_auto(GStrv) names = NULL;

  g_assert_no_error (error);
  plenary_picture_set_emphasis (picture, emphasis, G_N_ELEMENTS (emphasis));
  plenary_render_style_init (&style, FALSE);
  for (int y = 0; y < 675; y += 3)
    for (int x = 0; x < 1200; x += 3)
      {
        PlenaryHit hit;

        if (plenary_picture_hit_test (picture, 1200, 675, &style, x, y, &hit) && hit.member >= 0)
          g_hash_table_add (seen, GINT_TO_POINTER (hit.member));
      }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 15);
  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &member, NULL))
    n_permanent += plenary_member_is_permanent (plenary_resolution_get_member (resolution, GPOINTER_TO_INT (member)));
  g_assert_cmpuint (n_permanent, ==, 5);

  names = plenary_picture_dup_emphasis_names (picture);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "United States");
  g_assert_cmpstr (names[1], ==, "Russia");
}

/* plenary --export=members -r A/RES/ES-11/7 --format csv: 193 rows, one per
 * member of the Assembly, whose votes add up to the tally; the same bytes
 * written to a file with -o. */
static void
test_members_csv (Fixture       *fixture,
                  gconstpointer  data)
{
  PlenaryDataset *dataset = bundled_record ();
  const PlenaryTally *tally = plenary_resolution_get_tally (plenary_dataset_find_resolution (dataset, "A/RES/ES-11/7"));
  g_autofree char *path = g_build_filename (fixture->directory, "members.csv", NULL);
  g_autofree char *out = NULL, *err = NULL, *written = NULL;
  const char *arguments[] = { "--export=members", "-r", "A/RES/ES-11/7", "--format", "csv", NULL };
  const char *to_file[] = { "--export=members", "-r", "A/RES/ES-11/7", "-o", path, NULL };
  g_auto(GStrv) lines = NULL;
  guint counts[PLENARY_N_TALLY_VOTES] = { 0 };
  guint n_rows = 0;

  g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 0);
  g_assert_true (g_str_has_suffix (out, "\r\n"));
  lines = g_strsplit (out, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "Code,Member,Regional group,Vote");
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      const char *vote = strrchr (lines[i], ',') + 1;

      /* No line break inside a row, and a code of three letters first. */
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_cmpint (lines[i][3], ==, ',');
      for (PlenaryVote v = PLENARY_VOTE_YES; v < PLENARY_N_TALLY_VOTES; v++)
        counts[v] += g_str_equal (vote, plenary_vote_get_label (v));
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 193);
  for (PlenaryVote v = PLENARY_VOTE_YES; v < PLENARY_N_TALLY_VOTES; v++)
    g_assert_cmpuint (counts[v], ==, tally->counts[v]);
  g_assert_cmpuint (counts[PLENARY_VOTE_YES], ==, 93);
  g_assert_cmpuint (counts[PLENARY_VOTE_NO], ==, 18);
  g_assert_cmpuint (counts[PLENARY_VOTE_ABSTAIN], ==, 65);

  /* To a file, from its extension, byte for byte the same. */
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_plenary (to_file, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_assert_true (g_file_get_contents (path, &out, NULL, NULL));
  written = g_strjoinv ("\r\n", lines);
  g_assert_cmpstr (written, ==, out);
}

/* RFC 4180: fields with commas, quotes or line breaks are quoted, quotes
 * doubled; tab-separated text has no quoting, so tabs and breaks in a
 * cell become spaces. */
static void
test_table_writer (void)
{
  const char *columns[] = { "Code", "Member", NULL };
  const char *plain[] = { "FRA", "France" };
  const char *comma[] = { "KOR", "Korea, Republic of" };
  const char *quoted[] = { "XXX", "The \"Quoted\"\nName\twith a tab" };
  g_autoptr(PlenaryTable) table = plenary_table_new (columns);
  g_autofree char *csv = NULL;
  g_autofree char *tsv = NULL;

  plenary_table_add (table, plain);
  plenary_table_add (table, comma);
  plenary_table_add (table, quoted);
  csv = plenary_table_to_csv (table);
  tsv = plenary_table_to_tsv (table);
  g_assert_cmpstr (csv, ==,
                   "Code,Member\r\nFRA,France\r\nKOR,\"Korea, Republic of\"\r\n"
                   "XXX,\"The \"\"Quoted\"\"\nName\twith a tab\"\r\n");
  g_assert_cmpstr (tsv, ==, "Code\tMember\nFRA\tFrance\nKOR\tKorea, Republic of\nXXX\tThe \"Quoted\" Name with a tab\n");
}

/* Words of one's own go on the picture and in its description; the
 * automatic caption stays. Bad uses of the new options fail with a
 * sentence that names what is wrong, and write nothing. */
static void
test_words_and_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *svg = g_build_filename (fixture->directory, "words.svg", NULL);
  g_autofree char *png = g_build_filename (fixture->directory, "never.png", NULL);
  g_autofree char *description = NULL;
  g_autofree char *contents = NULL;

  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/7", "--highlight", "usa, rus",
                                "--title", "The United States voted with Russia",
                                "--note", "18 members voted against; the United States & Russia were two.",
                                "-o", svg, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 0);
  }
  description = svg_description (svg);
  g_assert_true (g_str_has_prefix (description, "The United States voted with Russia 18 members voted against; "
                                                "the United States &amp; Russia were two. A/RES/ES-11/7, "));
  g_assert_nonnull (strstr (description, "Outlined and labelled: United States and Russia."));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  /* The file's title is still the picture's own. */
  g_assert_nonnull (strstr (contents, "<title>World map of A/RES/ES-11/7, 24 February 2025"));

  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=map", "-r", "A/RES/ES-11/7", "--highlight", "USA,USX", "-o", png, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--highlight: no member “USX” in this data"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=members", "-r", "A/RES/ES-11/7", "--title", "A headline", NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--title and --note apply to pictures"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=members", "-r", "A/RES/ES-11/7", "--format", "png", "-o", png, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--export=members writes a table"));
  }
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  /* A member the picture does not show is named in a warning, not dropped
   * without a word: Germany has no seat on the Council in 2025. */
  {
    g_autofree char *out = NULL, *err = NULL;
    const char *arguments[] = { "--export=seats", "-r", "S/RES/2774 (2025)", "--highlight", "USA,DEU", "-o", png, NULL };

    g_assert_cmpint (run_plenary (arguments, &out, &err), ==, 0);
    g_assert_nonnull (strstr (err, "--highlight: DEU is not shown in this picture"));
    g_assert_null (strstr (err, "USA"));
  }
}

/* --palette greyscale draws the seat chart in greys only, and an unknown
 * palette is a usage error. */
static void
test_palette_option (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->directory, "grey.png", NULL);
  const char *greyscale[] = { "--export=seats", "-r", "A/RES/ES-11/7", "--palette", "greyscale",
                              "--size", "800x450", "-o", path, NULL };
  const char *colour[] = { "--export=seats", "-r", "A/RES/ES-11/7", "--palette", "colour-blind",
                           "--size", "800x450", "-o", path, NULL };
  const char *unknown[] = { "--export=seats", "-r", "A/RES/ES-11/7", "--palette", "pink",
                            "-o", path, NULL };
  g_autofree char *err = NULL;

  for (guint round = 0; round < 2; round++)
    {
      cairo_surface_t *png;
      const guchar *pixels;
      guint coloured = 0;
      int stride;

      g_assert_cmpint (run_plenary (round == 0 ? greyscale : colour, NULL, NULL), ==, 0);
      png = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      pixels = cairo_image_surface_get_data (png);
      stride = cairo_image_surface_get_stride (png);
      for (int y = 0; y < cairo_image_surface_get_height (png); y++)
        for (int x = 0; x < cairo_image_surface_get_width (png); x++)
          {
            const guchar *p = pixels + y * stride + x * 4;

            coloured += ABS (p[0] - p[1]) > 6 || ABS (p[1] - p[2]) > 6;
          }
      cairo_surface_destroy (png);
      if (round == 0)
        g_assert_cmpuint (coloured, ==, 0);
      else
        g_assert_cmpuint (coloured, >, 10000);
    }

  g_assert_cmpint (run_plenary (unknown, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "pink"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/seat-chart", test_seat_chart);
  g_test_add_func ("/export/council-chamber", test_council_chamber);
  g_test_add_func ("/export/suggested-filename", test_suggested_filename);
  g_test_add ("/export/command/formats", Fixture, NULL, fixture_set_up, test_every_chart_in_every_format, fixture_tear_down);
  g_test_add ("/export/command/format-option", Fixture, NULL, fixture_set_up, test_format_follows_extension_and_option, fixture_tear_down);
  g_test_add ("/export/command/png-equals-render", Fixture, NULL, fixture_set_up, test_png_equals_direct_render, fixture_tear_down);
  g_test_add ("/export/command/failures", Fixture, NULL, fixture_set_up, test_failures, fixture_tear_down);
  g_test_add ("/export/command/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/export/atomic", Fixture, NULL, fixture_set_up, test_atomic_replace, fixture_tear_down);
  g_test_add ("/export/highlight", Fixture, NULL, fixture_set_up, test_highlight, fixture_tear_down);
  g_test_add_func ("/export/council-emphasis", test_council_with_emphasis);
  g_test_add ("/export/members-csv", Fixture, NULL, fixture_set_up, test_members_csv, fixture_tear_down);
  g_test_add_func ("/export/table-writer", test_table_writer);
  g_test_add ("/export/palette", Fixture, NULL, fixture_set_up, test_palette_option, fixture_tear_down);
  g_test_add ("/export/words-and-errors", Fixture, NULL, fixture_set_up, test_words_and_errors, fixture_tear_down);

  return g_test_run ();
}
