/* plenary-chart-view.c: a widget that shows one picture
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin wrapper: it draws its PlenaryPicture from its snapshot, turns
 * pointer positions into tooltips and clicks through the picture's hit
 * test, and copies the picture as the exporters draw it, or the table
 * behind it as tab-separated text that pastes into a spreadsheet; both are
 * in its context menu (right click, Menu or Shift+F10). It follows the dark
 * style and the text direction of the desktop.
 */

#define G_LOG_DOMAIN "plenary-chart-view"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "plenary-chart-view.h"
#include "plenary-export.h"

struct _PlenaryChartView
{
  GtkWidget       parent_instance;

  PlenaryPicture *picture;
  GtkWidget      *menu;
};

G_DEFINE_FINAL_TYPE (PlenaryChartView, plenary_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PICTURE,
  N_PROPS
};

enum {
  COPIED,
  MEMBER_ACTIVATED,
  TABLE_COPIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
plenary_chart_view_get_style (PlenaryChartView   *self,
                              PlenaryRenderStyle *style)
{
  PangoFontDescription *font;

  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));

  plenary_render_style_init (style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  style->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  style->fill_background = FALSE;
  style->device_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    style->font_family = pango_font_description_get_family (font);
}

static void
plenary_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PlenaryRenderStyle style;
  cairo_t *cr;

  if (self->picture == NULL || width <= 0 || height <= 0)
    return;

  plenary_chart_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  plenary_picture_draw (self->picture, cr, width, height, &style);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
plenary_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Maps keep their aspect: their height follows their width. */
static void
plenary_chart_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (widget);
  PlenaryRenderStyle style;
  double height = -1;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 300;
      return;
    }

  if (self->picture != NULL)
    {
      plenary_chart_view_get_style (self, &style);
      height = plenary_picture_height_for_width (self->picture, for_size > 0 ? for_size : 600, &style);
    }
  *minimum = *natural = height > 0 ? (int) height : 200;
}

/* What the pointer is over, in words, or NULL. */
char *
plenary_chart_view_describe_point (PlenaryChartView *self,
                                   double            x,
                                   double            y)
{
  PlenaryRenderStyle style;
  PlenaryHit hit;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  if (self->picture == NULL)
    return NULL;

  plenary_chart_view_get_style (self, &style);
  if (!plenary_picture_hit_test (self->picture,
                                 gtk_widget_get_width (GTK_WIDGET (self)),
                                 gtk_widget_get_height (GTK_WIDGET (self)),
                                 &style, x, y, &hit))
    return NULL;
  return plenary_picture_describe_hit (self->picture, &hit);
}

static gboolean
query_tooltip_cb (PlenaryChartView *self,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;

  text = plenary_chart_view_describe_point (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pressed_cb (PlenaryChartView *self,
            int               n_press,
            double            x,
            double            y,
            GtkGestureClick  *gesture)
{
  PlenaryRenderStyle style;
  PlenaryHit hit;

  if (self->picture == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  plenary_chart_view_get_style (self, &style);
  if (!plenary_picture_hit_test (self->picture,
                                 gtk_widget_get_width (GTK_WIDGET (self)),
                                 gtk_widget_get_height (GTK_WIDGET (self)),
                                 &style, x, y, &hit) ||
      hit.member < 0)
    return;

  g_signal_emit (self, signals[MEMBER_ACTIVATED], 0, hit.member);
}

static void
free_pixels (gpointer data)
{
  cairo_surface_destroy (data);
}

/* Puts the picture on the clipboard as an image: the same picture an export
 * makes, at 1600×900, so that it can go straight into an article. */
gboolean
plenary_chart_view_copy (PlenaryChartView *self)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PlenaryExportOptions options;
  cairo_surface_t *surface;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  if (self->picture == NULL)
    return FALSE;

  plenary_export_options_init (&options, PLENARY_EXPORT_PNG);
  options.rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  surface = plenary_export_render_image (self->picture, &options);

  /* Cairo's ARGB32 is GDK's default memory format: no conversion. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) *
                                      cairo_image_surface_get_height (surface),
                                      free_pixels, surface);
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                    cairo_image_surface_get_height (surface),
                                    GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  g_signal_emit (self, signals[COPIED], 0);
  return TRUE;
}

static void
copy_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  plenary_chart_view_copy (PLENARY_CHART_VIEW (widget));
}

/* Puts the table behind the picture on the clipboard as tab-separated
 * text: one row per member, with a header row, which a spreadsheet splits
 * into cells when it is pasted. */
gboolean
plenary_chart_view_copy_table (PlenaryChartView *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  if (self->picture == NULL)
    return FALSE;
  text = plenary_export_dup_tsv (self->picture, NULL);
  if (text == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  g_signal_emit (self, signals[TABLE_COPIED], 0);
  return TRUE;
}

static void
copy_table_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  plenary_chart_view_copy_table (PLENARY_CHART_VIEW (widget));
}

/* Opens the context menu, pointing at (@x, @y). */
static void
popup_menu (PlenaryChartView *self,
            double            x,
            double            y)
{
  if (self->picture == NULL)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-table",
                                 PLENARY_PICTURE_GET_CLASS (self->picture)->dup_table != NULL);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
menu_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  popup_menu (PLENARY_CHART_VIEW (widget), gtk_widget_get_width (widget) / 2.0,
              gtk_widget_get_height (widget) / 2.0);
}

static void
secondary_pressed_cb (PlenaryChartView *self,
                      int               n_press,
                      double            x,
                      double            y,
                      GtkGestureClick  *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self, x, y);
}

static void
plenary_chart_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
dark_changed_cb (PlenaryChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
plenary_chart_view_direction_changed (GtkWidget        *widget,
                                      GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
plenary_chart_view_dispose (GObject *object)
{
  PlenaryChartView *self = (PlenaryChartView *) object;

  g_clear_object (&self->picture);
  g_clear_pointer (&self->menu, gtk_widget_unparent);

  G_OBJECT_CLASS (plenary_chart_view_parent_class)->dispose (object);
}

static void
plenary_chart_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_PICTURE:
      g_value_set_object (value, self->picture);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_chart_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_PICTURE:
      plenary_chart_view_set_picture (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_chart_view_class_init (PlenaryChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_chart_view_dispose;
  object_class->get_property = plenary_chart_view_get_property;
  object_class->set_property = plenary_chart_view_set_property;

  widget_class->snapshot = plenary_chart_view_snapshot;
  widget_class->get_request_mode = plenary_chart_view_get_request_mode;
  widget_class->measure = plenary_chart_view_measure;
  widget_class->direction_changed = plenary_chart_view_direction_changed;
  widget_class->size_allocate = plenary_chart_view_size_allocate;

  properties[PROP_PICTURE] =
    g_param_spec_object ("picture", NULL, NULL, PLENARY_TYPE_PICTURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlenaryChartView::member-activated:
   * @member: the member, as an index into the dataset
   *
   * A member was clicked.
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * PlenaryChartView::copied:
   *
   * The picture was put on the clipboard.
   */
  signals[COPIED] =
    g_signal_new ("copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PlenaryChartView::table-copied:
   *
   * The table behind the picture was put on the clipboard.
   */
  signals[TABLE_COPIED] =
    g_signal_new ("table-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.copy-table", NULL, copy_table_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
plenary_chart_view_init (PlenaryChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  /* Translators: in a chart's context menu. */
  g_menu_append (menu, _("_Copy Picture"), "chart.copy");
  /* Translators: in a chart's context menu: the members and their votes as
   * tab-separated text, to paste into a spreadsheet. */
  g_menu_append (menu, _("Copy as _Table"), "chart.copy-table");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
plenary_chart_view_new (void)
{
  return g_object_new (PLENARY_TYPE_CHART_VIEW, NULL);
}

PlenaryPicture *
plenary_chart_view_get_picture (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  return self->picture;
}

/* Shows @picture; its kind names the view for screen readers, and its
 * summary describes it. */
void
plenary_chart_view_set_picture (PlenaryChartView *self,
                                PlenaryPicture   *picture)
{
  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));
  g_return_if_fail (picture == NULL || PLENARY_IS_PICTURE (picture));

  if (!g_set_object (&self->picture, picture))
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  picture != NULL ? plenary_chart_get_label (plenary_picture_get_kind (picture)) : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  picture != NULL && plenary_picture_get_summary (picture) != NULL
                                  ? plenary_picture_get_summary (picture) : "",
                                  -1);
  /* The legend, and so the height, can change with the picture. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICTURE]);
}
