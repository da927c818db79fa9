/* plenary-chart-view.c: a widget that shows one chart of one resolution
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin wrapper: it keeps the resolution and the chart kind, draws through
 * plenary_chart_render() from its snapshot, and turns pointer positions into
 * tooltips through plenary_chart_hit_test(). It follows the dark style and
 * the text direction of the desktop.
 */

#define G_LOG_DOMAIN "plenary-chart-view"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "plenary-chart-view.h"
#include "plenary-export.h"
#include "plenary-format.h"
#include "plenary-map-chart.h"
#include "plenary-member.h"

struct _PlenaryChartView
{
  GtkWidget          parent_instance;

  PlenaryResolution *resolution;
  PlenaryChart       chart;
  int                highlight;
  char              *source;
};

G_DEFINE_FINAL_TYPE (PlenaryChartView, plenary_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_HIGHLIGHT,
  PROP_RESOLUTION,
  N_PROPS
};

enum {
  COPIED,
  MEMBER_ACTIVATED,
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
  style->show_caption = FALSE;
  style->device_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  style->highlight = self->highlight;

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

  if (self->resolution == NULL || width <= 0 || height <= 0)
    return;

  plenary_chart_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  plenary_chart_render (self->chart, cr, width, height, &style, self->resolution);
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

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Tally and seats share a row when there is room for both. */
      *minimum = self->chart == PLENARY_CHART_TALLY || self->chart == PLENARY_CHART_SEATS ? 280 : 200;
      *natural = MAX (*minimum, 300);
      return;
    }

  if (self->chart == PLENARY_CHART_TALLY || self->chart == PLENARY_CHART_SEATS)
    {
      *minimum = *natural = 200;
      return;
    }

  plenary_chart_view_get_style (self, &style);
  *minimum = *natural = (int) plenary_map_height_for_width (for_size > 0 ? for_size : 600, &style,
                                                            self->resolution,
                                                            self->chart == PLENARY_CHART_TILES);
}

/* What the pointer is over, in words, or NULL. */
char *
plenary_chart_view_describe_point (PlenaryChartView *self,
                                   double            x,
                                   double            y)
{
  const PlenaryTally *tally;
  PlenaryRenderStyle style;
  PlenaryHit hit;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  if (self->resolution == NULL)
    return NULL;

  plenary_chart_view_get_style (self, &style);
  if (!plenary_chart_hit_test (self->chart,
                               gtk_widget_get_width (GTK_WIDGET (self)),
                               gtk_widget_get_height (GTK_WIDGET (self)),
                               &style, self->resolution, x, y, &hit))
    return NULL;

  if (hit.member >= 0)
    {
      PlenaryMember *member = plenary_resolution_get_member (self->resolution, hit.member);

      /* Translators: a tooltip: a country's name and its vote, "France: Yes". */
      return g_strdup_printf (_("%s: %s"),
                              plenary_member_get_localized_name (member),
                              plenary_vote_get_label (hit.vote));
    }

  if (self->chart == PLENARY_CHART_SEATS)
    /* Translators: a tooltip over a seat whose vote the totals count but
     * whose member the file does not name: "Abstain: not named in this file". */
    return g_strdup_printf (_("%s: not named in this file"), plenary_vote_get_label (hit.vote));

  tally = plenary_resolution_get_tally (self->resolution);
  if (!tally->known[hit.vote] && tally->counts[hit.vote] == 0)
    /* Translators: a tooltip over a vote category the source did not count, "Non-voting: not reported". */
    return g_strdup_printf (_("%s: not reported"), plenary_vote_get_label (hit.vote));
  else
    {
      g_autofree char *count = plenary_format_count (tally->counts[hit.vote]);
      g_autofree char *seats = plenary_format_count (tally->body_size);

      /* Translators: a tooltip over a bar of the tally, "Yes: 93 of 193 seats". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s of %s seat", "%s: %s of %s seats",
                                           tally->body_size),
                              plenary_vote_get_label (hit.vote), count, seats);
    }
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

  if (self->resolution == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  plenary_chart_view_get_style (self, &style);
  if (!plenary_chart_hit_test (self->chart,
                               gtk_widget_get_width (GTK_WIDGET (self)),
                               gtk_widget_get_height (GTK_WIDGET (self)),
                               &style, self->resolution, x, y, &hit) ||
      hit.member < 0)
    return;

  g_signal_emit (self, signals[MEMBER_ACTIVATED], 0,
                 plenary_member_get_code (plenary_resolution_get_member (self->resolution,
                                                                         hit.member)));
}

/* Where the data comes from, for the caption of copied pictures. */
const char *
plenary_chart_view_get_source (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  return self->source;
}

void
plenary_chart_view_set_source (PlenaryChartView *self,
                               const char       *source)
{
  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));

  g_free (self->source);
  self->source = g_strdup (source);
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

  if (self->resolution == NULL)
    return FALSE;

  plenary_export_options_init (&options);
  options.chart = self->chart;
  options.rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  surface = plenary_export_render_image (&options, self->resolution, self->source);

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

  g_clear_object (&self->resolution);
  g_clear_pointer (&self->source, g_free);

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
    case PROP_CHART:
      g_value_set_enum (value, self->chart);
      break;
    case PROP_HIGHLIGHT:
      g_value_set_int (value, self->highlight);
      break;
    case PROP_RESOLUTION:
      g_value_set_object (value, self->resolution);
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
    case PROP_CHART:
      plenary_chart_view_set_chart (self, g_value_get_enum (value));
      break;
    case PROP_HIGHLIGHT:
      plenary_chart_view_set_highlight (self, g_value_get_int (value));
      break;
    case PROP_RESOLUTION:
      plenary_chart_view_set_resolution (self, g_value_get_object (value));
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

  properties[PROP_CHART] =
    g_param_spec_enum ("chart", NULL, NULL,
                       PLENARY_TYPE_CHART, PLENARY_CHART_TALLY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT] =
    g_param_spec_int ("highlight", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLUTION] =
    g_param_spec_object ("resolution", NULL, NULL, PLENARY_TYPE_RESOLUTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlenaryChartView::member-activated:
   * @code: the member's code
   *
   * A member was clicked.
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

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

  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
plenary_chart_view_init (PlenaryChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->highlight = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
plenary_chart_view_new (PlenaryChart chart)
{
  return g_object_new (PLENARY_TYPE_CHART_VIEW, "chart", chart, NULL);
}

PlenaryChart
plenary_chart_view_get_chart (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), PLENARY_CHART_TALLY);

  return self->chart;
}

void
plenary_chart_view_set_chart (PlenaryChartView *self,
                              PlenaryChart      chart)
{
  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;

  self->chart = chart;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

PlenaryResolution *
plenary_chart_view_get_resolution (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  return self->resolution;
}

static void
update_accessible_label (PlenaryChartView *self)
{
  g_autofree char *label = NULL;

  if (self->resolution != NULL)
    {
      const PlenaryTally *tally = plenary_resolution_get_tally (self->resolution);
      g_autofree char *short_tally = plenary_format_tally (tally);

      /* Translators: the accessible description of the tally chart:
       * "A/RES/ES-11/7, Adopted, 93–18–65". */
      label = g_strdup_printf (_("%s, %s, %s"),
                               plenary_resolution_get_symbol (self->resolution),
                               plenary_outcome_get_label (plenary_resolution_get_outcome (self->resolution)),
                               short_tally);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                  -1);
}

void
plenary_chart_view_set_resolution (PlenaryChartView  *self,
                                   PlenaryResolution *resolution)
{
  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));
  g_return_if_fail (resolution == NULL || PLENARY_IS_RESOLUTION (resolution));

  if (!g_set_object (&self->resolution, resolution))
    return;

  update_accessible_label (self);
  /* The legend, and so the height, can change with the body that voted. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION]);
}

int
plenary_chart_view_get_highlight (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), -1);

  return self->highlight;
}

void
plenary_chart_view_set_highlight (PlenaryChartView *self,
                                  int               member)
{
  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));

  member = MAX (member, -1);
  if (self->highlight == member)
    return;

  self->highlight = member;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}
