/* plenary-export-dialog.c: choosing how to export a picture
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pictures of a resolution, one to choose, with its format, size,
 * scale and colours, a headline and a note of one's own, and a preview
 * drawn by the same call that writes the file, so that it shows the
 * members emphasised in the window, labelled, and the words typed. Export…
 * asks where to save, with a name made from the symbol, and writes the
 * file atomically (or the table behind the picture, as CSV); the window is
 * told through ::exported so that it can offer to open the folder. The
 * table can also be copied as tab-separated text, and the resolution's
 * citation as text.
 */

#define G_LOG_DOMAIN "plenary-export-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-describer.h"
#include "plenary-export-dialog.h"
#include "plenary-ui-resources.h"

struct _PlenaryExportDialog
{
  AdwWindow          parent_instance;

  GPtrArray         *pictures;
  GFile             *folder;

  AdwComboRow       *chart_row;
  AdwActionRow      *citation_row;
  AdwActionRow      *custom_size_row;
  GtkSwitch         *dark_switch;
  AdwActionRow      *emphasis_row;
  AdwComboRow       *format_row;
  AdwEntryRow       *headline_row;
  GtkSpinButton     *height_spin;
  AdwEntryRow       *note_row;
  GtkDrawingArea    *preview;
  AdwComboRow       *scale_row;
  AdwComboRow       *size_row;
  AdwToastOverlay   *toast_overlay;
  GtkSpinButton     *width_spin;
  AdwPreferencesGroup *words_group;
};

G_DEFINE_FINAL_TYPE (PlenaryExportDialog, plenary_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const PlenaryChart chart_choices[] = {
  PLENARY_CHART_TALLY, PLENARY_CHART_SEATS, PLENARY_CHART_MAP, PLENARY_CHART_TILES,
};

/* Sizes in pixels for PNG and SVG; A4 is in points for PDF and at 150 dpi
 * for pixels. */
static const struct
{
  const char *label;
  int         width;
  int         height;
  int         pdf_width;
  int         pdf_height;
} size_choices[] = {
  { N_("1200 × 675, widescreen"), 1200, 675, 1200, 675 },
  { N_("1600 × 900, widescreen"), 1600, 900, 1600, 900 },
  { N_("1080 × 1080, square"), 1080, 1080, 1080, 1080 },
  { N_("A4 landscape"), 1754, 1240, 842, 595 },
  { N_("Custom"), 0, 0, 0, 0 },
};
#define CUSTOM_SIZE (G_N_ELEMENTS (size_choices) - 1)

/* The formats offered, in the order of the format row. */
static const PlenaryExportFormat format_choices[] = {
  PLENARY_EXPORT_PNG, PLENARY_EXPORT_SVG, PLENARY_EXPORT_PDF, PLENARY_EXPORT_CSV,
};

static PlenaryChart
selected_chart (PlenaryExportDialog *self)
{
  return chart_choices[MIN (adw_combo_row_get_selected (self->chart_row), G_N_ELEMENTS (chart_choices) - 1)];
}

/* The picture chosen. */
PlenaryPicture *
plenary_export_dialog_get_picture (PlenaryExportDialog *self)
{
  PlenaryChart chart;

  g_return_val_if_fail (PLENARY_IS_EXPORT_DIALOG (self), NULL);

  chart = selected_chart (self);
  for (guint i = 0; self->pictures != NULL && i < self->pictures->len; i++)
    if (plenary_picture_get_kind (g_ptr_array_index (self->pictures, i)) == chart)
      return g_ptr_array_index (self->pictures, i);
  return self->pictures != NULL && self->pictures->len > 0 ? g_ptr_array_index (self->pictures, 0) : NULL;
}

void
plenary_export_dialog_set_chart (PlenaryExportDialog *self,
                                 PlenaryChart         chart)
{
  g_return_if_fail (PLENARY_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (chart_choices); i++)
    if (chart_choices[i] == chart)
      adw_combo_row_set_selected (self->chart_row, i);
}

void
plenary_export_dialog_get_options (PlenaryExportDialog  *self,
                                   PlenaryExportOptions *options)
{
  guint size;

  g_return_if_fail (PLENARY_IS_EXPORT_DIALOG (self));

  plenary_export_options_init (options,
                               format_choices[MIN (adw_combo_row_get_selected (self->format_row),
                                                   G_N_ELEMENTS (format_choices) - 1)]);
  options->scale = adw_combo_row_get_selected (self->scale_row) == 1 ? 2 : 1;
  options->dark = gtk_switch_get_active (self->dark_switch);
  options->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  size = MIN (adw_combo_row_get_selected (self->size_row), CUSTOM_SIZE);
  if (size == CUSTOM_SIZE)
    {
      options->width = gtk_spin_button_get_value_as_int (self->width_spin);
      options->height = gtk_spin_button_get_value_as_int (self->height_spin);
    }
  else if (options->format == PLENARY_EXPORT_PDF)
    {
      options->width = size_choices[size].pdf_width;
      options->height = size_choices[size].pdf_height;
    }
  else
    {
      options->width = size_choices[size].width;
      options->height = size_choices[size].height;
    }
  if (options->format != PLENARY_EXPORT_PNG)
    options->scale = 1;
  /* Borrowed from the entries: valid until they change. */
  options->headline = gtk_editable_get_text (GTK_EDITABLE (self->headline_row));
  options->note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
}

void
plenary_export_dialog_set_options (PlenaryExportDialog        *self,
                                   const PlenaryExportOptions *options)
{
  g_return_if_fail (PLENARY_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (format_choices); i++)
    if (format_choices[i] == options->format)
      adw_combo_row_set_selected (self->format_row, i);
  adw_combo_row_set_selected (self->scale_row, options->scale >= 2 ? 1 : 0);
  gtk_switch_set_active (self->dark_switch, options->dark);
  adw_combo_row_set_selected (self->size_row, CUSTOM_SIZE);
  for (guint i = 0; i < CUSTOM_SIZE; i++)
    if ((options->format == PLENARY_EXPORT_PDF ? size_choices[i].pdf_width : size_choices[i].width) == options->width &&
        (options->format == PLENARY_EXPORT_PDF ? size_choices[i].pdf_height : size_choices[i].height) == options->height)
      adw_combo_row_set_selected (self->size_row, i);
  gtk_spin_button_set_value (self->width_spin, options->width);
  gtk_spin_button_set_value (self->height_spin, options->height);
  plenary_export_dialog_set_words (self, options->headline, options->note);
}

/* A headline in place of the picture's title and a note under it; NULL or
 * empty for none. */
void
plenary_export_dialog_set_words (PlenaryExportDialog *self,
                                 const char          *headline,
                                 const char          *note)
{
  /* The words may be the entries' own text, as get_options() lends it. */
  g_autofree char *headline_copy = g_strdup (headline != NULL ? headline : "");
  g_autofree char *note_copy = g_strdup (note != NULL ? note : "");

  g_return_if_fail (PLENARY_IS_EXPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->headline_row), headline_copy);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note_copy);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PlenaryExportDialog *self = user_data;
  PlenaryPicture *picture = plenary_export_dialog_get_picture (self);
  PlenaryExportOptions options;
  double scale;

  if (picture == NULL)
    return;

  plenary_export_dialog_get_options (self, &options);
  /* A table has no page: the preview shows the picture it comes from. */
  if (plenary_export_format_is_table (options.format))
    {
      options.format = PLENARY_EXPORT_PNG;
      options.width = 1600;
      options.height = 900;
    }
  scale = MIN ((double) width / options.width, (double) height / options.height);
  cairo_translate (cr, (width - options.width * scale) / 2, (height - options.height * scale) / 2);
  cairo_scale (cr, scale, scale);
  plenary_export_draw (picture, cr, &options);
}

/* The rows that say what the chosen picture labels and cites. */
static void
update_picture_rows (PlenaryExportDialog *self)
{
  PlenaryPicture *picture = plenary_export_dialog_get_picture (self);
  g_auto(GStrv) names = picture != NULL ? plenary_picture_dup_emphasis_names (picture) : NULL;
  g_autofree char *list = names != NULL ? plenary_describe_list ((const char * const *) names) : NULL;
  g_autofree char *escaped_list = g_markup_escape_text (list != NULL ? list : "", -1);
  const char *citation = picture != NULL ? plenary_picture_get_citation (picture) : NULL;
  g_autofree char *escaped_citation = g_markup_escape_text (citation != NULL ? citation : "", -1);
  g_autoptr(PlenaryTable) table = picture != NULL ? plenary_picture_dup_table (picture) : NULL;

  adw_action_row_set_subtitle (self->emphasis_row, escaped_list);
  gtk_widget_set_visible (GTK_WIDGET (self->emphasis_row), names != NULL && names[0] != NULL);
  adw_action_row_set_subtitle (self->citation_row, escaped_citation);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.copy-citation", citation != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.copy-table", table != NULL);
}

static void
options_changed_cb (PlenaryExportDialog *self)
{
  PlenaryExportOptions options;

  plenary_export_dialog_get_options (self, &options);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_size_row),
                          adw_combo_row_get_selected (self->size_row) == CUSTOM_SIZE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), options.format == PLENARY_EXPORT_PNG);
  /* A table has no size, colours or words. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->size_row), !plenary_export_format_is_table (options.format));
  gtk_widget_set_sensitive (GTK_WIDGET (self->custom_size_row), !plenary_export_format_is_table (options.format));
  gtk_widget_set_sensitive (GTK_WIDGET (self->dark_switch), !plenary_export_format_is_table (options.format));
  gtk_widget_set_sensitive (GTK_WIDGET (self->words_group), !plenary_export_format_is_table (options.format));
  update_picture_rows (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
show_toast (PlenaryExportDialog *self,
            const char          *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Puts the table behind the chosen picture on the clipboard as
 * tab-separated text. */
gboolean
plenary_export_dialog_copy_table (PlenaryExportDialog *self)
{
  PlenaryPicture *picture;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PLENARY_IS_EXPORT_DIALOG (self), FALSE);

  picture = plenary_export_dialog_get_picture (self);
  text = picture != NULL ? plenary_export_dup_tsv (picture, NULL) : NULL;
  if (text == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  /* Translators: a notification in the export dialog. */
  show_toast (self, _("Table copied to the clipboard"));
  return TRUE;
}

/* Puts the chosen picture's citation on the clipboard, as text. */
gboolean
plenary_export_dialog_copy_citation (PlenaryExportDialog *self)
{
  PlenaryPicture *picture;
  const char *citation;

  g_return_val_if_fail (PLENARY_IS_EXPORT_DIALOG (self), FALSE);

  picture = plenary_export_dialog_get_picture (self);
  citation = picture != NULL ? plenary_picture_get_citation (picture) : NULL;
  if (citation == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), citation);
  /* Translators: a notification in the export dialog. */
  show_toast (self, _("Citation copied to the clipboard"));
  return TRUE;
}

static void
copy_table_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  plenary_export_dialog_copy_table (PLENARY_EXPORT_DIALOG (widget));
}

static void
copy_citation_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  plenary_export_dialog_copy_citation (PLENARY_EXPORT_DIALOG (widget));
}

static void
show_error (PlenaryExportDialog *self,
            const char          *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export the Picture"),
                                                       message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Exports to @file; on success emits ::exported and closes, on failure
 * says why and stays open. */
gboolean
plenary_export_dialog_save_to (PlenaryExportDialog *self,
                               GFile               *file)
{
  g_autoptr(GError) error = NULL;
  PlenaryExportOptions options;

  g_return_val_if_fail (PLENARY_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plenary_export_dialog_get_options (self, &options);
  if (!plenary_export_to_file (plenary_export_dialog_get_picture (self), &options, file, NULL, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[EXPORTED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_response_cb (PlenaryExportDialog  *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        plenary_export_dialog_save_to (self, file);
    }
  g_object_unref (chooser);
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlenaryExportDialog *self = PLENARY_EXPORT_DIALOG (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  PlenaryExportOptions options;

  plenary_export_dialog_get_options (self, &options);
  name = plenary_export_suggest_filename (plenary_export_dialog_get_picture (self), options.format);

  chooser = gtk_file_chooser_native_new (_("Export Picture"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->folder, NULL);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, plenary_export_format_get_extension (options.format));
  gtk_file_filter_add_mime_type (filter, plenary_export_format_get_mime_type (options.format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
plenary_export_dialog_dispose (GObject *object)
{
  PlenaryExportDialog *self = (PlenaryExportDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_EXPORT_DIALOG);
  g_clear_pointer (&self->pictures, g_ptr_array_unref);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (plenary_export_dialog_parent_class)->dispose (object);
}

static void
plenary_export_dialog_class_init (PlenaryExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_export_dialog_dispose;

  /**
   * PlenaryExportDialog::exported:
   * @file: the file written
   */
  signals[EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  plenary_ui_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/plenary-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, chart_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, citation_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, custom_size_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, dark_switch);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, emphasis_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, headline_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, words_group);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "export.copy-table", NULL, copy_table_action_cb);
  gtk_widget_class_install_action (widget_class, "export.copy-citation", NULL, copy_citation_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GListModel *
string_model (const char * const *labels,
              guint               n_labels)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (list, labels[i]);
  return G_LIST_MODEL (list);
}

static void
plenary_export_dialog_init (PlenaryExportDialog *self)
{
  const char *chart_labels[G_N_ELEMENTS (chart_choices)];
  const char *size_labels[G_N_ELEMENTS (size_choices)];
  /* Translators: a format in the export dialog: the table behind the picture. */
  const char *format_labels[] = { "PNG", "SVG", "PDF", C_("format", "CSV (table)") };
  /* Translators: the scale of an exported PNG: one or two pixels per unit. */
  const char *scale_labels[] = { C_("scale", "1×"), C_("scale", "2×") };
  g_autoptr(GListModel) charts = NULL;
  g_autoptr(GListModel) sizes = NULL;
  g_autoptr(GListModel) formats = NULL;
  g_autoptr(GListModel) scales = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (chart_choices); i++)
    chart_labels[i] = plenary_chart_get_label (chart_choices[i]);
  for (guint i = 0; i < G_N_ELEMENTS (size_choices); i++)
    size_labels[i] = g_dgettext (GETTEXT_PACKAGE, size_choices[i].label);

  charts = string_model (chart_labels, G_N_ELEMENTS (chart_labels));
  sizes = string_model (size_labels, G_N_ELEMENTS (size_labels));
  formats = string_model (format_labels, G_N_ELEMENTS (format_labels));
  scales = string_model (scale_labels, G_N_ELEMENTS (scale_labels));
  adw_combo_row_set_model (self->chart_row, charts);
  adw_combo_row_set_model (self->size_row, sizes);
  adw_combo_row_set_model (self->format_row, formats);
  adw_combo_row_set_model (self->scale_row, scales);
  adw_combo_row_set_selected (self->size_row, 1);

  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  options_changed_cb (self);
}

/* A dialog to export one of @pictures, @chart's first. */
PlenaryExportDialog *
plenary_export_dialog_new (GtkWindow             *parent,
                           PlenaryPicture * const *pictures,
                           guint                  n_pictures,
                           PlenaryChart           chart)
{
  PlenaryExportDialog *self;

  g_return_val_if_fail (n_pictures > 0, NULL);

  self = g_object_new (PLENARY_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->pictures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_pictures; i++)
    if (pictures[i] != NULL)
      g_ptr_array_add (self->pictures, g_object_ref (pictures[i]));
  plenary_export_dialog_set_chart (self, chart);
  options_changed_cb (self);
  return self;
}

/* The folder the save dialog starts in. */
void
plenary_export_dialog_set_folder (PlenaryExportDialog *self,
                                  GFile               *folder)
{
  g_return_if_fail (PLENARY_IS_EXPORT_DIALOG (self));

  g_set_object (&self->folder, folder);
}
