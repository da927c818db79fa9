/* plenary-export.c: pictures that leave the app, as PNG, SVG or PDF
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An exported picture is the chart the window shows, drawn by the same
 * render function, framed with what a reader needs when it is cut loose
 * from the app: the resolution's title, symbol, date, body, tally and
 * outcome above it, and where the data comes from below. The whole file is
 * made in memory and then written atomically, so a failed export never
 * leaves a truncated file or harms the one it would have replaced.
 */

#define G_LOG_DOMAIN "plenary-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "plenary-atomic-file.h"
#include "plenary-caption.h"
#include "plenary-export.h"
#include "plenary-format.h"
#include "plenary-io-error.h"

static const struct
{
  PlenaryChart  chart;
  const char   *name;
  const char   *label;
} charts[] = {
  { PLENARY_CHART_TALLY, "tally", N_("Tally") },
  { PLENARY_CHART_SEATS, "seats", N_("Seat chart") },
  { PLENARY_CHART_MAP, "map", N_("World map") },
  { PLENARY_CHART_TILES, "tiles", N_("Tile map") },
};

static const struct
{
  PlenaryExportFormat  format;
  const char          *extension;
  const char          *mime_type;
} formats[] = {
  { PLENARY_EXPORT_PNG, "png", "image/png" },
  { PLENARY_EXPORT_SVG, "svg", "image/svg+xml" },
  { PLENARY_EXPORT_PDF, "pdf", "application/pdf" },
};

void
plenary_export_options_init (PlenaryExportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->chart = PLENARY_CHART_MAP;
  options->format = PLENARY_EXPORT_PNG;
  options->width = 1600;
  options->height = 900;
  options->scale = 1;
  options->dark = FALSE;
  options->rtl = FALSE;
}

gboolean
plenary_export_options_validate (const PlenaryExportOptions  *options,
                                 GError                     **error)
{
  g_return_val_if_fail (options != NULL, FALSE);

  if (options->width < PLENARY_EXPORT_MIN_SIDE || options->width > PLENARY_EXPORT_MAX_SIDE ||
      options->height < PLENARY_EXPORT_MIN_SIDE || options->height > PLENARY_EXPORT_MAX_SIDE)
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("A picture of %d×%d is not possible: each side must be from %d to %d"),
                   options->width, options->height, PLENARY_EXPORT_MIN_SIDE, PLENARY_EXPORT_MAX_SIDE);
      return FALSE;
    }
  if (options->scale < 1 || options->scale > PLENARY_EXPORT_MAX_SCALE ||
      (options->width * options->scale > PLENARY_EXPORT_MAX_SIDE * 2) ||
      (options->height * options->scale > PLENARY_EXPORT_MAX_SIDE * 2))
    {
      g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_INVALID_VALUE,
                   _("A scale of %d is not possible here: use 1 to %d, for at most %d pixels a side"),
                   options->scale, PLENARY_EXPORT_MAX_SCALE, PLENARY_EXPORT_MAX_SIDE * 2);
      return FALSE;
    }
  return TRUE;
}

gboolean
plenary_export_format_from_name (const char          *name,
                                 PlenaryExportFormat *format)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].extension) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

/* The format a file name's extension says, if it says one. */
gboolean
plenary_export_format_from_filename (const char          *filename,
                                     PlenaryExportFormat *format)
{
  const char *dot = filename != NULL ? strrchr (filename, '.') : NULL;

  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  return plenary_export_format_from_name (dot + 1, format);
}

const char *
plenary_export_format_get_extension (PlenaryExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].extension;
}

const char *
plenary_export_format_get_mime_type (PlenaryExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);

  return formats[format].mime_type;
}

gboolean
plenary_chart_from_name (const char   *name,
                         PlenaryChart *chart)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (charts); i++)
    if (g_strcmp0 (name, charts[i].name) == 0)
      {
        *chart = charts[i].chart;
        return TRUE;
      }
  return FALSE;
}

const char *
plenary_chart_get_name (PlenaryChart chart)
{
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    if (charts[i].chart == chart)
      return charts[i].name;
  g_return_val_if_reached (NULL);
}

const char *
plenary_chart_get_label (PlenaryChart chart)
{
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    if (charts[i].chart == chart)
      return g_dgettext (GETTEXT_PACKAGE, charts[i].label);
  g_return_val_if_reached (NULL);
}

/* "A-RES-ES-11-7-map.png": the symbol made safe for file names. */
char *
plenary_export_suggest_filename (PlenaryResolution   *resolution,
                                 PlenaryChart         chart,
                                 PlenaryExportFormat  format)
{
  GString *name = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = plenary_resolution_get_symbol (resolution); *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && name->len > 0)
            g_string_append_c (name, '-');
          g_string_append_c (name, *p);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  g_string_append_printf (name, "-%s.%s", plenary_chart_get_name (chart),
                          plenary_export_format_get_extension (format));
  return g_string_free (name, FALSE);
}

static void
style_for_export (PlenaryRenderStyle         *style,
                  const PlenaryExportOptions *options,
                  double                      width,
                  double                      height)
{
  plenary_render_style_init (style, options->dark);
  style->rtl = options->rtl;
  style->fill_background = TRUE;
  style->show_caption = FALSE;
  /* Text grows with the picture, so that it reads the same at any size. */
  style->font_size = CLAMP (MIN (width, height * 16.0 / 9.0) / 72.0, 11.0, 48.0);
}

static double
draw_text_block (cairo_t                  *cr,
                 double                    x,
                 double                    y,
                 double                    width,
                 const PlenaryRenderStyle *style,
                 const char               *text,
                 double                    size,
                 PangoWeight               weight,
                 const PlenaryColor       *color,
                 gboolean                  draw)
{
  g_autoptr(PangoLayout) layout = plenary_text_layout (cr, style, size, weight, text);

  return plenary_text_draw_wrapped (cr, layout, x, y, width, style, color, draw);
}

/* The header: the title, then symbol · date · body · tally · outcome · rule. */
static double
draw_header (cairo_t                  *cr,
             double                    x,
             double                    y,
             double                    width,
             const PlenaryRenderStyle *style,
             PlenaryResolution        *resolution,
             gboolean                  draw)
{
  const char *title = plenary_resolution_get_localized_title (resolution);
  g_autofree char *details = plenary_caption_text (resolution);
  g_autofree char *rule = plenary_format_rule (resolution);
  g_autofree char *line = g_strdup_printf ("%s · %s · %s", plenary_resolution_get_symbol (resolution),
                                           details, rule);
  double height = 0;

  if (title != NULL)
    height += draw_text_block (cr, x, y, width, style, title, 1.35, PANGO_WEIGHT_BOLD,
                               &style->palette->foreground, draw) + style->font_size * 0.25;
  height += draw_text_block (cr, x, y + height, width, style, line, 1.0, PANGO_WEIGHT_NORMAL,
                             &style->palette->dim_foreground, draw);
  return height;
}

static double
draw_footer (cairo_t                  *cr,
             double                    x,
             double                    bottom,
             double                    width,
             const PlenaryRenderStyle *style,
             const char               *source)
{
  /* Translators: the last line of an exported picture; %s names the data's sources. */
  g_autofree char *text = g_strdup_printf (_("Source: %s"), source != NULL && *source != '\0'
                                                            ? source
                                                            /* Translators: the source when a file names none. */
                                                            : _("not stated in the data file"));
  double height = draw_text_block (cr, x, 0, width, style, text, 0.75, PANGO_WEIGHT_NORMAL,
                                   &style->palette->dim_foreground, FALSE);

  draw_text_block (cr, x, bottom - height, width, style, text, 0.75, PANGO_WEIGHT_NORMAL,
                   &style->palette->dim_foreground, TRUE);
  return height;
}

/**
 * plenary_export_draw:
 * @cr: where to draw, with (0, 0) at the picture's top-left corner
 * @width: the picture's width in user units
 * @height: its height
 * @options: the chart and its look
 * @resolution: the vote
 * @source: (nullable): where the data comes from
 *
 * Draws an exported picture: header, chart and source line. Every export
 * format, and the clipboard, draw through this function.
 */
void
plenary_export_draw (cairo_t                    *cr,
                     double                      width,
                     double                      height,
                     const PlenaryExportOptions *options,
                     PlenaryResolution          *resolution,
                     const char                 *source)
{
  PlenaryRenderStyle style;
  double pad, header, footer, chart_top, chart_height;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (PLENARY_IS_RESOLUTION (resolution));

  style_for_export (&style, options, width, height);
  pad = style.font_size * 1.2;

  cairo_save (cr);
  plenary_render_background (cr, &style, width, height);
  header = draw_header (cr, pad, pad, width - 2 * pad, &style, resolution, TRUE);
  footer = draw_footer (cr, pad, height - pad, width - 2 * pad, &style, source);

  chart_top = pad + header + style.font_size * 0.8;
  chart_height = height - chart_top - footer - pad - style.font_size * 0.6;
  if (chart_height > 10)
    {
      /* The background is already there; the chart draws on it. */
      style.fill_background = FALSE;
      cairo_save (cr);
      cairo_translate (cr, pad, chart_top);
      plenary_chart_render (options->chart, cr, width - 2 * pad, chart_height, &style, resolution);
      cairo_restore (cr);
    }
  cairo_restore (cr);
}

/**
 * plenary_export_render_image:
 *
 * Returns: (transfer full): the picture as an image surface of
 *   width × scale by height × scale pixels
 */
cairo_surface_t *
plenary_export_render_image (const PlenaryExportOptions *options,
                             PlenaryResolution          *resolution,
                             const char                 *source)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (options != NULL, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        options->width * options->scale,
                                        options->height * options->scale);
  cr = cairo_create (surface);
  cairo_scale (cr, options->scale, options->scale);
  plenary_export_draw (cr, options->width, options->height, options, resolution, source);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static char *
picture_title (const PlenaryExportOptions *options,
               PlenaryResolution          *resolution)
{
  g_autofree char *details = plenary_caption_text (resolution);

  /* Translators: an exported picture's title: chart, symbol, then date · body · tally · outcome. */
  return g_strdup_printf (_("%s of %s, %s"), plenary_chart_get_label (options->chart),
                          plenary_resolution_get_symbol (resolution), details);
}

/* SVG has a title that screen readers and search can read: cairo writes the
 * text as glyph outlines, so the words go in a <title> and a <desc>. */
static GByteArray *
add_svg_title (GByteArray *svg,
               const char *title,
               const char *description)
{
  const char *start = (const char *) svg->data;
  const char *tag = g_strstr_len (start, svg->len, "<svg");
  const char *end = tag != NULL ? memchr (tag, '>', svg->len - (tag - start)) : NULL;
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_description = g_markup_escape_text (description, -1);
  g_autofree char *elements = NULL;
  GByteArray *result;
  gsize head;

  if (end == NULL)
    return g_byte_array_ref (svg);

  head = (gsize) (end - start) + 1;
  elements = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", escaped_title, escaped_description);
  result = g_byte_array_sized_new (svg->len + strlen (elements));
  g_byte_array_append (result, svg->data, head);
  g_byte_array_append (result, (const guint8 *) elements, strlen (elements));
  g_byte_array_append (result, svg->data + head, svg->len - head);
  return result;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, PLENARY_IO_ERROR, PLENARY_IO_ERROR_WRITE,
               _("Could not draw the picture: %s"), cairo_status_to_string (status));
  return FALSE;
}

/**
 * plenary_export_to_bytes:
 *
 * Returns: (transfer full): the picture as the bytes of a PNG, SVG or PDF
 *   file, or %NULL with @error set
 */
GBytes *
plenary_export_to_bytes (const PlenaryExportOptions  *options,
                         PlenaryResolution           *resolution,
                         const char                  *source,
                         GError                     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), NULL);

  if (!plenary_export_options_validate (options, error))
    return NULL;

  title = picture_title (options, resolution);
  /* Translators: an exported file's description; %s names the data's sources. */
  description = g_strdup_printf (_("Made with Plenary. Source: %s"), source != NULL ? source : "");

  switch (options->format)
    {
    case PLENARY_EXPORT_PNG:
      surface = plenary_export_render_image (options, resolution, source);
      status = cairo_surface_write_to_png_stream (surface, append_to_array, data);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      break;

    case PLENARY_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_array, data,
                                                     options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      cr = cairo_create (surface);
      plenary_export_draw (cr, options->width, options->height, options, resolution, source);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        {
          GByteArray *titled = add_svg_title (data, title, description);

          g_byte_array_unref (data);
          data = titled;
        }
      break;

    case PLENARY_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_to_array, data,
                                                     options->width, options->height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, description);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Plenary " PACKAGE_VERSION);
      cr = cairo_create (surface);
      plenary_export_draw (cr, options->width, options->height, options, resolution, source);
      cairo_show_page (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  if (!check_status (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * plenary_export_to_file:
 *
 * Exports the picture to @file. The file is replaced only once the whole
 * picture is ready and written; on any failure the old file is untouched.
 */
gboolean
plenary_export_to_file (const PlenaryExportOptions  *options,
                        PlenaryResolution           *resolution,
                        const char                  *source,
                        GFile                       *file,
                        GCancellable                *cancellable,
                        GError                     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = plenary_export_to_bytes (options, resolution, source, error);
  if (bytes == NULL)
    return FALSE;
  return plenary_atomic_file_replace (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      cancellable, error);
}
