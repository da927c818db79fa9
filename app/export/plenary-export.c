/* plenary-export.c: pictures that leave the app, as PNG, SVG or PDF
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An exported picture is the picture the window shows, drawn by the same
 * object and framed with what a reader needs when it is cut loose from the
 * app (plenary_picture_draw_framed(): title, headline, source). This layer
 * only chooses the surface, encodes the bytes and hands them to io, which
 * writes them atomically, so a failed export never leaves a truncated file
 * or harms the one it would have replaced. It knows no drawing and no file
 * format of its own beyond the three image formats and the table behind a
 * picture (CSV, tab-separated), which plenary-table-writer.c writes.
 */

#define G_LOG_DOMAIN "plenary-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "plenary-atomic-file.h"
#include "plenary-describer.h"
#include "plenary-export.h"
#include "plenary-table-writer.h"

G_DEFINE_QUARK (plenary-export-error-quark, plenary_export_error)

static const struct
{
  PlenaryExportFormat  format;
  const char          *extension;
  const char          *mime_type;
} formats[] = {
  { PLENARY_EXPORT_PNG, "png", "image/png" },
  { PLENARY_EXPORT_SVG, "svg", "image/svg+xml" },
  { PLENARY_EXPORT_PDF, "pdf", "application/pdf" },
  { PLENARY_EXPORT_CSV, "csv", "text/csv" },
  { PLENARY_EXPORT_TSV, "tsv", "text/tab-separated-values" },
};

/* The defaults for @format: 1600 × 900, or A4 landscape (in points) for PDF,
 * so that the window and the command line start from the same page. */
void
plenary_export_options_init (PlenaryExportOptions *options,
                             PlenaryExportFormat   format)
{
  g_return_if_fail (options != NULL);

  options->format = format;
  options->width = format == PLENARY_EXPORT_PDF ? 842 : 1600;
  options->height = format == PLENARY_EXPORT_PDF ? 595 : 900;
  options->scale = 1;
  options->dark = FALSE;
  options->palette = PLENARY_PALETTE_UN;
  options->high_contrast = FALSE;
  options->rtl = FALSE;
  options->headline = NULL;
  options->note = NULL;
}

/* Whether @format is the table behind a picture rather than the picture. */
gboolean
plenary_export_format_is_table (PlenaryExportFormat format)
{
  return format == PLENARY_EXPORT_CSV || format == PLENARY_EXPORT_TSV;
}

/* The look of a picture exported with @options. */
void
plenary_export_options_get_style (const PlenaryExportOptions *options,
                                  PlenaryRenderStyle         *style)
{
  plenary_render_style_init_for_size (style, options->dark, options->width, options->height);
  style->palette = plenary_palette_get_for_kind (options->palette, options->dark, options->high_contrast);
  style->rtl = options->rtl;
  style->fill_background = TRUE;
}

gboolean
plenary_export_options_validate (const PlenaryExportOptions  *options,
                                 GError                     **error)
{
  g_return_val_if_fail (options != NULL, FALSE);

  /* A table has no size. */
  if (plenary_export_format_is_table (options->format))
    return TRUE;
  if (options->width < PLENARY_EXPORT_MIN_SIDE || options->width > PLENARY_EXPORT_MAX_SIDE ||
      options->height < PLENARY_EXPORT_MIN_SIDE || options->height > PLENARY_EXPORT_MAX_SIDE)
    {
      g_set_error (error, PLENARY_EXPORT_ERROR, PLENARY_EXPORT_ERROR_INVALID_OPTIONS,
                   _("A picture of %d×%d is not possible: each side must be from %d to %d"),
                   options->width, options->height, PLENARY_EXPORT_MIN_SIDE, PLENARY_EXPORT_MAX_SIDE);
      return FALSE;
    }
  if (options->scale < 1 || options->scale > PLENARY_EXPORT_MAX_SCALE ||
      (options->width * options->scale > PLENARY_EXPORT_MAX_SIDE * 2) ||
      (options->height * options->scale > PLENARY_EXPORT_MAX_SIDE * 2))
    {
      g_set_error (error, PLENARY_EXPORT_ERROR, PLENARY_EXPORT_ERROR_INVALID_OPTIONS,
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

/* "A-RES-ES-11-7-map.png": the picture's name and the format's extension. */
char *
plenary_export_suggest_filename (PlenaryPicture      *picture,
                                 PlenaryExportFormat  format)
{
  g_return_val_if_fail (PLENARY_IS_PICTURE (picture), NULL);

  return g_strdup_printf ("%s.%s", plenary_picture_get_name (picture),
                          plenary_export_format_get_extension (format));
}

/**
 * plenary_export_draw:
 *
 * Draws @picture as @options export it, at options->width ×
 * options->height: framed, with the words of one's own. The export preview
 * draws through this too, so that it shows what the file will hold.
 */
void
plenary_export_draw (PlenaryPicture             *picture,
                     cairo_t                    *cr,
                     const PlenaryExportOptions *options)
{
  PlenaryRenderStyle style;
  PlenaryOwnWords words = { options->headline, options->note };

  plenary_export_options_get_style (options, &style);
  plenary_picture_draw_framed_with_words (picture, cr, options->width, options->height, &style, &words);
}

/* Adds @text to @description, a space apart. */
static void
append_sentence (GString    *description,
                 const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (description->len > 0)
    g_string_append_c (description, ' ');
  g_string_append (description, text);
}

/**
 * plenary_export_describe:
 *
 * Returns: (transfer full): what an exported file says it shows, for the
 *   description of an SVG and the subject of a PDF: the words of one's own,
 *   the picture's summary, the members it labels, and its source
 */
char *
plenary_export_describe (PlenaryPicture             *picture,
                         const PlenaryExportOptions *options)
{
  g_auto(GStrv) names = plenary_picture_dup_emphasis_names (picture);
  g_autofree char *labelled = plenary_describe_emphasis ((const char * const *) names);
  g_autofree char *source = plenary_describe_credit (plenary_picture_get_source (picture));
  g_autoptr(GString) sentences = g_string_new (NULL);

  append_sentence (sentences, options->headline);
  append_sentence (sentences, options->note);
  append_sentence (sentences, plenary_picture_get_summary (picture));
  append_sentence (sentences, labelled);

  /* Translators: an exported file's description: what the picture shows, in
   * sentences, then where its data comes from. */
  return g_strdup_printf (_("%s Made with Plenary. Source: %s"), sentences->str, source != NULL ? source : "");
}

/**
 * plenary_export_render_image:
 *
 * Returns: (transfer full): the picture as an image surface of
 *   width × scale by height × scale pixels
 */
cairo_surface_t *
plenary_export_render_image (PlenaryPicture             *picture,
                             const PlenaryExportOptions *options)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (PLENARY_IS_PICTURE (picture), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        options->width * options->scale,
                                        options->height * options->scale);
  cr = cairo_create (surface);
  cairo_scale (cr, options->scale, options->scale);
  plenary_export_draw (picture, cr, options);
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

  g_set_error (error, PLENARY_EXPORT_ERROR, PLENARY_EXPORT_ERROR_DRAW,
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
plenary_export_to_bytes (PlenaryPicture              *picture,
                         const PlenaryExportOptions  *options,
                         GError                     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  const char *title = NULL;
  g_autofree char *description = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (PLENARY_IS_PICTURE (picture), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!plenary_export_options_validate (options, error))
    return NULL;

  if (plenary_export_format_is_table (options->format))
    {
      g_autoptr(PlenaryTable) table = plenary_picture_dup_table (picture);
      char *text;

      if (table == NULL)
        {
          g_set_error (error, PLENARY_EXPORT_ERROR, PLENARY_EXPORT_ERROR_NO_TABLE,
                       /* Translators: %s is a kind of picture, such as "Agreement over time". */
                       _("The picture “%s” has no table of members to export"),
                       plenary_chart_get_label (plenary_picture_get_kind (picture)));
          return NULL;
        }
      text = options->format == PLENARY_EXPORT_CSV ? plenary_table_to_csv (table) : plenary_table_to_tsv (table);
      return g_bytes_new_take (text, strlen (text));
    }

  title = plenary_picture_get_file_title (picture);
  description = plenary_export_describe (picture, options);

  switch (options->format)
    {
    case PLENARY_EXPORT_PNG:
      surface = plenary_export_render_image (picture, options);
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
      plenary_export_draw (picture, cr, options);
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
      plenary_export_draw (picture, cr, options);
      cairo_show_page (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      break;

    case PLENARY_EXPORT_CSV:
    case PLENARY_EXPORT_TSV:
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
plenary_export_to_file (PlenaryPicture              *picture,
                        const PlenaryExportOptions  *options,
                        GFile                       *file,
                        GCancellable                *cancellable,
                        GError                     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = plenary_export_to_bytes (picture, options, error);
  if (bytes == NULL)
    return FALSE;
  if (!plenary_atomic_file_replace (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        /* io's message already names the file and says what went wrong. */
        g_set_error_literal (error, PLENARY_EXPORT_ERROR, PLENARY_EXPORT_ERROR_WRITE,
                             local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * plenary_export_dup_tsv:
 *
 * Returns: (transfer full): the table behind @picture as tab-separated
 *   text, for "Copy as Table", or %NULL with @error set when it has none
 */
char *
plenary_export_dup_tsv (PlenaryPicture  *picture,
                        GError         **error)
{
  g_autoptr(PlenaryTable) table = NULL;

  g_return_val_if_fail (PLENARY_IS_PICTURE (picture), NULL);

  table = plenary_picture_dup_table (picture);
  if (table == NULL)
    {
      g_set_error (error, PLENARY_EXPORT_ERROR, PLENARY_EXPORT_ERROR_NO_TABLE,
                   _("The picture “%s” has no table of members to export"),
                   plenary_chart_get_label (plenary_picture_get_kind (picture)));
      return NULL;
    }
  return plenary_table_to_tsv (table);
}
