/* plenary-export-dialog.c: choosing how to export a picture
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pictures of a page (a resolution's, or an analysis's), one to
 * choose, named by its kind, with its format, size, scale and colours, a
 * headline and a note of one's own, and a preview
 * drawn by the same call that writes the file, so that it shows the
 * members emphasised in the window, labelled, and the words typed. Export…
 * asks where to save, with a name made from the symbol, and writes the
 * file atomically (or the table behind the picture, as CSV); the window is
 * told through ::exported so that it can offer to open the folder. The
 * table can also be copied as tab-separated text, and the resolution's
 * citation as text.
 *
 * The colours start as the screen's (its palette, light or dark, high
 * contrast) and can be changed here for the file alone. The format and
 * size are remembered from one export to the next (in the settings, when
 * the schema is installed; for the session otherwise), and a PDF gets an
 * A4 page, as on the command line, when its format is chosen.
 */

#define G_LOG_DOMAIN "plenary-export-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-chart-theme.h"
#include "plenary-describer.h"
#include "plenary-export-dialog.h"
#include "plenary-ui-resources.h"

struct _PlenaryExportDialog
{
  AdwWindow          parent_instance;

  GPtrArray         *pictures;
  /* The kinds of the pictures, in the order of the picture row. */
  GArray            *kinds;
  GFile             *folder;
  /* The format chosen last, to see it change; TRUE while the rows are
   * being set, not chosen. */
  PlenaryExportFormat format;
  gboolean           loading;
  gboolean           high_contrast;

  AdwComboRow       *chart_row;
  AdwActionRow      *citation_row;
  AdwActionRow      *custom_size_row;
  GtkSwitch         *dark_switch;
  AdwActionRow      *emphasis_row;
  AdwComboRow       *format_row;
  AdwEntryRow       *headline_row;
  GtkSpinButton     *height_spin;
  AdwEntryRow       *note_row;
  AdwComboRow       *palette_row;
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

/* Sizes in pixels for PNG and SVG; A4 is in points for PDF and at 150 dpi
 * for pixels. */
static const struct
{
  const char *key;        /* in the settings */
  const char *label;
  int         width;
  int         height;
  int         pdf_width;
  int         pdf_height;
} size_choices[] = {
  { "1200x675", N_("1200 × 675, widescreen"), 1200, 675, 1200, 675 },
  { "1600x900", N_("1600 × 900, widescreen"), 1600, 900, 1600, 900 },
  { "1080x1080", N_("1080 × 1080, square"), 1080, 1080, 1080, 1080 },
  { "a4", N_("A4 landscape"), 1754, 1240, 842, 595 },
  { "custom", N_("Custom"), 0, 0, 0, 0 },
};
#define CUSTOM_SIZE (G_N_ELEMENTS (size_choices) - 1)

/* The formats offered, in the order of the format row. */
static const PlenaryExportFormat format_choices[] = {
  PLENARY_EXPORT_PNG, PLENARY_EXPORT_SVG, PLENARY_EXPORT_PDF, PLENARY_EXPORT_CSV,
};

/* The last format and size chosen in this session, for when there are no
 * settings to keep them. */
static struct
{
  gboolean            set;
  PlenaryExportFormat format;
  guint               size;
  int                 width;
  int                 height;
} remembered;

static PlenaryChart
selected_chart (PlenaryExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->chart_row);

  if (self->kinds == NULL || self->kinds->len == 0)
    return PLENARY_CHART_TALLY;
  return g_array_index (self->kinds, PlenaryChart, MIN (selected, self->kinds->len - 1));
}

static guint
selected_format (PlenaryExportDialog *self)
{
  return MIN (adw_combo_row_get_selected (self->format_row), G_N_ELEMENTS (format_choices) - 1);
}

/* The settings that keep the format and size, when the schema has them. */
static GSettings *
get_settings (void)
{
  GSettings *settings = plenary_chart_theme_get_settings (plenary_chart_theme_get_default ());
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return NULL;
  g_object_get (settings, "settings-schema", &schema, NULL);
  if (!g_settings_schema_has_key (schema, "export-format") || !g_settings_schema_has_key (schema, "export-size") ||
      !g_settings_schema_has_key (schema, "export-custom-size"))
    return NULL;
  return settings;
}

/* Keeps the format and size chosen, for the next dialog. */
static void
remember (PlenaryExportDialog *self)
{
  GSettings *settings = get_settings ();
  guint size = MIN (adw_combo_row_get_selected (self->size_row), CUSTOM_SIZE);
  PlenaryExportFormat format = format_choices[selected_format (self)];
  int width = gtk_spin_button_get_value_as_int (self->width_spin);
  int height = gtk_spin_button_get_value_as_int (self->height_spin);

  if (self->loading)
    return;
  if (remembered.set && remembered.format == format && remembered.size == size &&
      remembered.width == width && remembered.height == height)
    return;
  remembered.set = TRUE;
  remembered.format = format;
  remembered.size = size;
  remembered.width = width;
  remembered.height = height;
  if (settings == NULL)
    return;
  g_settings_delay (settings);
  g_settings_set_string (settings, "export-format", plenary_export_format_get_extension (format));
  g_settings_set_string (settings, "export-size", size_choices[size].key);
  g_settings_set (settings, "export-custom-size", "(ii)", width, height);
  g_settings_apply (settings);
}

/* Sets the rows to the format and size chosen last. */
static void
restore (PlenaryExportDialog *self)
{
  GSettings *settings = get_settings ();
  PlenaryExportFormat format = PLENARY_EXPORT_PNG;
  guint size = 1;
  int width = 1600, height = 900;

  if (settings != NULL)
    {
      g_autofree char *format_key = g_settings_get_string (settings, "export-format");
      g_autofree char *size_key = g_settings_get_string (settings, "export-size");

      if (!plenary_export_format_from_name (format_key, &format))
        format = PLENARY_EXPORT_PNG;
      for (guint i = 0; i < G_N_ELEMENTS (size_choices); i++)
        if (g_str_equal (size_key, size_choices[i].key))
          size = i;
      g_settings_get (settings, "export-custom-size", "(ii)", &width, &height);
    }
  else if (remembered.set)
    {
      format = remembered.format;
      size = remembered.size;
      width = remembered.width;
      height = remembered.height;
    }

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (format_choices); i++)
    if (format_choices[i] == format)
      adw_combo_row_set_selected (self->format_row, i);
  self->format = format_choices[selected_format (self)];
  adw_combo_row_set_selected (self->size_row, size);
  gtk_spin_button_set_value (self->width_spin, CLAMP (width, PLENARY_EXPORT_MIN_SIDE, PLENARY_EXPORT_MAX_SIDE));
  gtk_spin_button_set_value (self->height_spin, CLAMP (height, PLENARY_EXPORT_MIN_SIDE, PLENARY_EXPORT_MAX_SIDE));
  self->loading = FALSE;
}

/* A new format chosen gets its own size: A4 for a PDF, as the command
 * line gives it, and the picture's default when it leaves PDF. */
static void
format_changed (PlenaryExportDialog *self)
{
  PlenaryExportFormat format = format_choices[selected_format (self)];
  PlenaryExportFormat old = self->format;
  PlenaryExportOptions defaults;

  self->format = format;
  if (format == old || plenary_export_format_is_table (format) ||
      (old != PLENARY_EXPORT_PDF && format != PLENARY_EXPORT_PDF))
    return;

  plenary_export_options_init (&defaults, format);
  self->loading = TRUE;
  for (guint i = 0; i < CUSTOM_SIZE; i++)
    if ((format == PLENARY_EXPORT_PDF ? size_choices[i].pdf_width : size_choices[i].width) == defaults.width &&
        (format == PLENARY_EXPORT_PDF ? size_choices[i].pdf_height : size_choices[i].height) == defaults.height)
      adw_combo_row_set_selected (self->size_row, i);
  self->loading = FALSE;
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

  for (guint i = 0; self->kinds != NULL && i < self->kinds->len; i++)
    if (g_array_index (self->kinds, PlenaryChart, i) == chart)
      adw_combo_row_set_selected (self->chart_row, i);
}

void
plenary_export_dialog_get_options (PlenaryExportDialog  *self,
                                   PlenaryExportOptions *options)
{
  guint size;

  g_return_if_fail (PLENARY_IS_EXPORT_DIALOG (self));

  plenary_export_options_init (options, format_choices[selected_format (self)]);
  options->scale = adw_combo_row_get_selected (self->scale_row) == 1 ? 2 : 1;
  options->dark = gtk_switch_get_active (self->dark_switch);
  options->palette = (PlenaryPaletteKind) MIN (adw_combo_row_get_selected (self->palette_row),
                                               PLENARY_N_PALETTE_KINDS - 1);
  options->high_contrast = self->high_contrast;
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

  /* Every row as @options say, with no size chosen for the format. */
  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (format_choices); i++)
    if (format_choices[i] == options->format)
      adw_combo_row_set_selected (self->format_row, i);
  self->format = options->format;
  adw_combo_row_set_selected (self->scale_row, options->scale >= 2 ? 1 : 0);
  gtk_switch_set_active (self->dark_switch, options->dark);
  adw_combo_row_set_selected (self->palette_row, options->palette);
  self->high_contrast = options->high_contrast;
  adw_combo_row_set_selected (self->size_row, CUSTOM_SIZE);
  for (guint i = 0; i < CUSTOM_SIZE; i++)
    if ((options->format == PLENARY_EXPORT_PDF ? size_choices[i].pdf_width : size_choices[i].width) == options->width &&
        (options->format == PLENARY_EXPORT_PDF ? size_choices[i].pdf_height : size_choices[i].height) == options->height)
      adw_combo_row_set_selected (self->size_row, i);
  gtk_spin_button_set_value (self->width_spin, options->width);
  gtk_spin_button_set_value (self->height_spin, options->height);
  plenary_export_dialog_set_words (self, options->headline, options->note);
  self->loading = FALSE;
  remember (self);
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

  if (!self->loading)
    {
      format_changed (self);
      remember (self);
    }
  plenary_export_dialog_get_options (self, &options);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_size_row),
                          adw_combo_row_get_selected (self->size_row) == CUSTOM_SIZE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), options.format == PLENARY_EXPORT_PNG);
  /* A table has no size, colours or words. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->size_row), !plenary_export_format_is_table (options.format));
  gtk_widget_set_sensitive (GTK_WIDGET (self->custom_size_row), !plenary_export_format_is_table (options.format));
  gtk_widget_set_sensitive (GTK_WIDGET (self->dark_switch), !plenary_export_format_is_table (options.format));
  gtk_widget_set_sensitive (GTK_WIDGET (self->palette_row), !plenary_export_format_is_table (options.format));
  gtk_widget_set_sensitive (GTK_WIDGET (self->chart_row), self->kinds != NULL && self->kinds->len > 1);
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
  else if (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES) != NULL)
    {
      /* The first export of a session starts in Pictures. */
      g_autoptr(GFile) pictures = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES));

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), pictures, NULL);
    }

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
  g_clear_pointer (&self->kinds, g_array_unref);
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
  gtk_widget_class_bind_template_child (widget_class, PlenaryExportDialog, palette_row);
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
  PlenaryChartTheme *theme = plenary_chart_theme_get_default ();
  const char *size_labels[G_N_ELEMENTS (size_choices)];
  const char *palette_labels[PLENARY_N_PALETTE_KINDS];
  /* Translators: a format in the export dialog: the table behind the picture. */
  const char *format_labels[] = { "PNG", "SVG", "PDF", C_("format", "CSV (table)") };
  /* Translators: the scale of an exported PNG: one or two pixels per unit. */
  const char *scale_labels[] = { C_("scale", "1×"), C_("scale", "2×") };
  g_autoptr(GListModel) sizes = NULL;
  g_autoptr(GListModel) formats = NULL;
  g_autoptr(GListModel) scales = NULL;
  g_autoptr(GListModel) palettes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (size_choices); i++)
    size_labels[i] = g_dgettext (GETTEXT_PACKAGE, size_choices[i].label);
  for (guint i = 0; i < PLENARY_N_PALETTE_KINDS; i++)
    palette_labels[i] = plenary_palette_kind_get_label ((PlenaryPaletteKind) i);

  sizes = string_model (size_labels, G_N_ELEMENTS (size_labels));
  formats = string_model (format_labels, G_N_ELEMENTS (format_labels));
  scales = string_model (scale_labels, G_N_ELEMENTS (scale_labels));
  palettes = string_model (palette_labels, G_N_ELEMENTS (palette_labels));
  adw_combo_row_set_model (self->size_row, sizes);
  adw_combo_row_set_model (self->format_row, formats);
  adw_combo_row_set_model (self->scale_row, scales);
  adw_combo_row_set_model (self->palette_row, palettes);
  adw_combo_row_set_selected (self->size_row, 1);

  /* The colours of the screen, to start with. */
  adw_combo_row_set_selected (self->palette_row, plenary_chart_theme_get_palette_kind (theme));
  gtk_switch_set_active (self->dark_switch, plenary_chart_theme_get_dark (theme));
  self->high_contrast = plenary_chart_theme_get_high_contrast (theme);

  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
  restore (self);
  self->loading = TRUE;
  options_changed_cb (self);
  self->loading = FALSE;
}

/* The kinds of @pictures, one each, in the order of the kinds. */
static GArray *
picture_kinds (GPtrArray *pictures)
{
  GArray *kinds = g_array_new (FALSE, FALSE, sizeof (PlenaryChart));

  for (PlenaryChart kind = PLENARY_CHART_TALLY; kind <= PLENARY_CHART_CHANGE; kind++)
    for (guint i = 0; i < pictures->len; i++)
      if (plenary_picture_get_kind (g_ptr_array_index (pictures, i)) == kind)
        {
          g_array_append_val (kinds, kind);
          break;
        }
  return kinds;
}

/* A dialog to export one of @pictures, @chart's first; the picture row
 * names the kinds of @pictures. */
PlenaryExportDialog *
plenary_export_dialog_new (GtkWindow             *parent,
                           PlenaryPicture * const *pictures,
                           guint                  n_pictures,
                           PlenaryChart           chart)
{
  PlenaryExportDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_return_val_if_fail (n_pictures > 0, NULL);

  self = g_object_new (PLENARY_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->pictures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_pictures; i++)
    if (pictures[i] != NULL)
      g_ptr_array_add (self->pictures, g_object_ref (pictures[i]));
  self->kinds = picture_kinds (self->pictures);
  for (guint i = 0; i < self->kinds->len; i++)
    gtk_string_list_append (labels, plenary_chart_get_label (g_array_index (self->kinds, PlenaryChart, i)));

  self->loading = TRUE;
  adw_combo_row_set_model (self->chart_row, G_LIST_MODEL (labels));
  plenary_export_dialog_set_chart (self, chart);
  options_changed_cb (self);
  self->loading = FALSE;
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
