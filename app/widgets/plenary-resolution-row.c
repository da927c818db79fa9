/* plenary-resolution-row.c: one resolution in the sidebar list
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Symbol, session and date, the title on two lines, and the vote at a
 * glance: a stacked bar in the chart colours, the yes–no–abstain figures and
 * the outcome in words.
 *
 * The row is one widget that draws its text itself, rather than a template
 * of labels. GTK 4.8's list view keeps about 200 rows bound around what
 * shows, and a refilter of the whole record rebinds or remakes most of
 * them: as a template of eight widgets a row cost 0.1 ms to make and
 * 0.075 ms to bind, 80 ms per keystroke in all. Here binding stores the
 * resolution, and the text is laid out only for the rows that are drawn.
 * Every row has the same height whatever its title (two lines, ellipsized),
 * from the font alone, so that the list of 8,325 rows knows its length and
 * does not jump as it scrolls.
 */

#define G_LOG_DOMAIN "plenary-resolution-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "plenary-date.h"
#include "plenary-format.h"
#include "plenary-chart-theme.h"
#include "plenary-resolution-row.h"
#include "plenary-tally-chart.h"

#define LINE_SPACING  4
#define PART_SPACING  8
#define STRIP_HEIGHT  8
#define PILL_PADDING  8
/* As libadwaita's .caption and the page's small pill. */
#define CAPTION_SCALE 0.82
#define DIM_ALPHA     0.55

struct _PlenaryResolutionRow
{
  GtkWidget          parent_instance;

  PlenaryResolution *resolution;

  /* Laid out when first drawn after a bind, a resize or a style change. */
  PangoLayout       *symbol_layout;
  PangoLayout       *when_layout;
  PangoLayout       *title_layout;
  PangoLayout       *tally_layout;
  PangoLayout       *outcome_layout;
  int                layout_width;

  /* The heights of the lines, from the font; -1 until measured. */
  int                first_line_height;
  int                title_height;
  int                last_line_height;
};

G_DEFINE_FINAL_TYPE (PlenaryResolutionRow, plenary_resolution_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESOLUTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The outcome the window shows: a resolution adopted without a vote is
 * adopted, whatever its empty tally would say. (The model could say so
 * itself one day; until then the list, its filter and the page ask here.) */
PlenaryOutcome
plenary_shown_outcome (PlenaryResolution *resolution)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION (resolution), PLENARY_OUTCOME_NOT_ADOPTED);

  if (plenary_resolution_get_without_vote (resolution) &&
      !plenary_resolution_get_outcome_is_explicit (resolution))
    return PLENARY_OUTCOME_ADOPTED;
  return plenary_resolution_get_outcome (resolution);
}

/* Text */

static char *
dup_when (PlenaryResolution *resolution)
{
  g_autofree char *date = plenary_date_format_short (plenary_resolution_get_date (resolution));
  const char *session = plenary_resolution_get_session (resolution);
  g_autofree char *session_text = NULL;

  if (session == NULL)
    return g_steal_pointer (&date);
  /* Translators: the session of the General Assembly, such as "ES-11" or "79". */
  session_text = g_strdup_printf (_("Session %s"), session);
  /* Translators: in a list row, the session and the date of a vote:
   * "Session 79 · 24 Feb 2025". */
  return g_strdup_printf (_("%s · %s"), session_text, date);
}

static char *
dup_tally (PlenaryResolution *resolution)
{
  if (plenary_resolution_get_without_vote (resolution))
    /* Translators: in a list row, in place of the yes–no–abstain figures. */
    return g_strdup (_("Without a vote"));
  return plenary_format_tally (plenary_resolution_get_tally (resolution));
}

static const char *
get_title (PlenaryResolution *resolution)
{
  const char *title = plenary_resolution_get_localized_title (resolution);

  return title != NULL ? title : plenary_body_get_label (plenary_resolution_get_body (resolution));
}

/* Layouts */

typedef enum
{
  STYLE_HEADING,
  STYLE_BODY,
  STYLE_CAPTION,
  STYLE_PILL,
} TextStyle;

static PangoLayout *
make_layout (PlenaryResolutionRow *self,
             TextStyle             style,
             const char           *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = pango_attr_list_new ();

  switch (style)
    {
    case STYLE_HEADING:
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      break;
    case STYLE_CAPTION:
      pango_attr_list_insert (attributes, pango_attr_scale_new (CAPTION_SCALE));
      pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum"));
      break;
    case STYLE_PILL:
      pango_attr_list_insert (attributes, pango_attr_scale_new (CAPTION_SCALE));
      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      break;
    case STYLE_BODY:
    default:
      break;
    }
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  return layout;
}

static int
text_height (PlenaryResolutionRow *self,
             TextStyle             style,
             const char           *text)
{
  g_autoptr(PangoLayout) layout = make_layout (self, style, text);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
clear_layouts (PlenaryResolutionRow *self)
{
  g_clear_object (&self->symbol_layout);
  g_clear_object (&self->when_layout);
  g_clear_object (&self->title_layout);
  g_clear_object (&self->tally_layout);
  g_clear_object (&self->outcome_layout);
  self->layout_width = -1;
}

/* The line heights depend on the font only, never on the resolution. */
static void
ensure_metrics (PlenaryResolutionRow *self)
{
  if (self->first_line_height >= 0)
    return;

  self->first_line_height = MAX (text_height (self, STYLE_HEADING, "Ag"),
                                 text_height (self, STYLE_CAPTION, "Ag"));
  self->title_height = text_height (self, STYLE_BODY, "Ag\nAg");
  self->last_line_height = MAX (text_height (self, STYLE_CAPTION, "Ag"),
                                text_height (self, STYLE_PILL, "Ag"));
  self->last_line_height = MAX (self->last_line_height, STRIP_HEIGHT);
}

static void
ensure_layouts (PlenaryResolutionRow *self,
                int                   width)
{
  PlenaryResolution *resolution = self->resolution;
  int when_width, symbol_width;

  if (self->symbol_layout != NULL && self->layout_width == width)
    return;

  clear_layouts (self);
  self->layout_width = width;
  if (resolution == NULL)
    return;

  {
    g_autofree char *when = dup_when (resolution);
    g_autofree char *tally = dup_tally (resolution);

    self->when_layout = make_layout (self, STYLE_CAPTION, when);
    self->tally_layout = make_layout (self, STYLE_CAPTION, tally);
  }
  self->outcome_layout = make_layout (self, STYLE_PILL,
                                      plenary_outcome_get_label (plenary_shown_outcome (resolution)));

  /* The symbol gives way to the date, which is short. */
  pango_layout_get_pixel_size (self->when_layout, &when_width, NULL);
  self->symbol_layout = make_layout (self, STYLE_HEADING, plenary_resolution_get_symbol (resolution));
  pango_layout_get_pixel_size (self->symbol_layout, &symbol_width, NULL);
  if (symbol_width > width - when_width - PART_SPACING)
    {
      pango_layout_set_ellipsize (self->symbol_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (self->symbol_layout, MAX (width - when_width - PART_SPACING, 1) * PANGO_SCALE);
    }

  self->title_layout = make_layout (self, STYLE_BODY, get_title (resolution));
  pango_layout_set_wrap (self->title_layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (self->title_layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (self->title_layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_height (self->title_layout, -2);
  pango_layout_set_alignment (self->title_layout,
                              gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                              ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
}

/* Drawing */

/* The x of a box of @box_width that starts @x from the row's start edge. */
static int
start_x (PlenaryResolutionRow *self,
         int                   width,
         int                   x,
         int                   box_width)
{
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    return width - x - box_width;
  return x;
}

/* Draws @layout with its logical box at @x, @y: a layout given a width
 * places its line inside it as its alignment and direction say. */
static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             int            x,
             int            y,
             const GdkRGBA *color)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - logical.x, y - logical.y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The logical size of @layout's text. */
static void
layout_size (PangoLayout *layout,
             int         *width,
             int         *height)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

static void
outcome_colour (PlenaryResolutionRow *self,
                PlenaryOutcome        outcome,
                GdkRGBA              *colour)
{
  static const char * const names[] = { "plenary_adopted", "plenary_not_adopted", "plenary_vetoed" };
  static const char * const fallbacks[] = { "#26a269", "#77767b", "#c01c28" };

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), names[outcome], colour))
    gdk_rgba_parse (colour, fallbacks[outcome]);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
plenary_resolution_row_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  PlenaryResolutionRow *self = PLENARY_RESOLUTION_ROW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA colour, dim, white = { 1, 1, 1, 1 }, pill;
  int w, h, y, x_end, pill_width, tally_width, strip_width;
  PlenaryRenderStyle style;

  if (self->resolution == NULL || width <= 0)
    return;

  ensure_metrics (self);
  ensure_layouts (self, width);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim = colour;
  dim.alpha *= DIM_ALPHA;

  /* Symbol, and session and date at the end. */
  layout_size (self->symbol_layout, &w, &h);
  draw_layout (snapshot, self->symbol_layout, start_x (self, width, 0, w),
               (self->first_line_height - h) / 2, &colour);
  layout_size (self->when_layout, &w, &h);
  draw_layout (snapshot, self->when_layout, start_x (self, width, width - w, w),
               (self->first_line_height - h) / 2, &dim);

  /* The title, two lines at most. */
  y = self->first_line_height + LINE_SPACING;
  layout_size (self->title_layout, &w, &h);
  draw_layout (snapshot, self->title_layout, start_x (self, width, 0, w), y, &colour);

  /* The strip, the figures and the outcome. */
  y += self->title_height + LINE_SPACING;
  y = MIN (y, height - self->last_line_height);
  layout_size (self->outcome_layout, &w, &h);
  pill_width = w + 2 * PILL_PADDING;
  x_end = width - pill_width;
  outcome_colour (self, plenary_shown_outcome (self->resolution), &pill);
  {
    GskRoundedRect rounded;
    graphene_rect_t bounds = GRAPHENE_RECT_INIT (start_x (self, width, x_end, pill_width),
                                                 y + (self->last_line_height - h) / 2.0, pill_width, h);

    gsk_rounded_rect_init_from_rect (&rounded, &bounds, h / 2.0);
    gtk_snapshot_push_rounded_clip (snapshot, &rounded);
    gtk_snapshot_append_color (snapshot, &pill, &bounds);
    gtk_snapshot_pop (snapshot);
  }
  draw_layout (snapshot, self->outcome_layout, start_x (self, width, x_end + PILL_PADDING, w),
               y + (self->last_line_height - h) / 2, &white);

  layout_size (self->tally_layout, &tally_width, &h);
  x_end -= PART_SPACING + tally_width;
  draw_layout (snapshot, self->tally_layout, start_x (self, width, x_end, tally_width),
               y + (self->last_line_height - h) / 2, &colour);

  strip_width = x_end - PART_SPACING;
  if (strip_width > 0 && !plenary_resolution_get_without_vote (self->resolution))
    {
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (start_x (self, width, 0, strip_width),
                                                   y + (self->last_line_height - STRIP_HEIGHT) / 2.0,
                                                   strip_width, STRIP_HEIGHT);
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

      plenary_render_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
      /* The palette the charts take: the user's choice, dark, high contrast. */
      style.palette = plenary_chart_theme_get_palette (plenary_chart_theme_get_default ());
      style.rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
      cairo_translate (cr, bounds.origin.x, bounds.origin.y);
      plenary_render_tally_strip (cr, strip_width, STRIP_HEIGHT, &style, self->resolution);
      cairo_destroy (cr);
    }
}

static void
plenary_resolution_row_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  PlenaryResolutionRow *self = PLENARY_RESOLUTION_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 280;
      return;
    }

  ensure_metrics (self);
  *minimum = *natural = self->first_line_height + LINE_SPACING + self->title_height +
                        LINE_SPACING + self->last_line_height;
}

static void
plenary_resolution_row_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  PlenaryResolutionRow *self = PLENARY_RESOLUTION_ROW (widget);

  if (width != self->layout_width)
    clear_layouts (self);
}

static gboolean
plenary_resolution_row_query_tooltip (GtkWidget  *widget,
                                      int         x,
                                      int         y,
                                      gboolean    keyboard_tooltip,
                                      GtkTooltip *tooltip)
{
  PlenaryResolutionRow *self = PLENARY_RESOLUTION_ROW (widget);

  if (self->resolution == NULL || self->title_layout == NULL ||
      !pango_layout_is_ellipsized (self->title_layout))
    return FALSE;
  gtk_tooltip_set_text (tooltip, get_title (self->resolution));
  return TRUE;
}

/* The font or the direction changed: measure and lay out again. */
static void
invalidate_text (PlenaryResolutionRow *self)
{
  self->first_line_height = -1;
  clear_layouts (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
plenary_resolution_row_system_setting_changed (GtkWidget        *widget,
                                               GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (plenary_resolution_row_parent_class)->system_setting_changed (widget, setting);
  invalidate_text (PLENARY_RESOLUTION_ROW (widget));
}

static void
plenary_resolution_row_direction_changed (GtkWidget        *widget,
                                          GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (plenary_resolution_row_parent_class)->direction_changed (widget, previous);
  invalidate_text (PLENARY_RESOLUTION_ROW (widget));
}

static void
plenary_resolution_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (plenary_resolution_row_parent_class)->root (widget);
  /* Fonts may differ from one display to another. */
  invalidate_text (PLENARY_RESOLUTION_ROW (widget));
}

static void
plenary_resolution_row_dispose (GObject *object)
{
  PlenaryResolutionRow *self = (PlenaryResolutionRow *) object;

  clear_layouts (self);
  g_clear_object (&self->resolution);

  G_OBJECT_CLASS (plenary_resolution_row_parent_class)->dispose (object);
}

static void
plenary_resolution_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PlenaryResolutionRow *self = PLENARY_RESOLUTION_ROW (object);

  switch (prop_id)
    {
    case PROP_RESOLUTION:
      g_value_set_object (value, self->resolution);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_resolution_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PlenaryResolutionRow *self = PLENARY_RESOLUTION_ROW (object);

  switch (prop_id)
    {
    case PROP_RESOLUTION:
      plenary_resolution_row_set_resolution (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_resolution_row_class_init (PlenaryResolutionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_resolution_row_dispose;
  object_class->get_property = plenary_resolution_row_get_property;
  object_class->set_property = plenary_resolution_row_set_property;
  widget_class->snapshot = plenary_resolution_row_snapshot;
  widget_class->measure = plenary_resolution_row_measure;
  widget_class->size_allocate = plenary_resolution_row_size_allocate;
  widget_class->query_tooltip = plenary_resolution_row_query_tooltip;
  widget_class->system_setting_changed = plenary_resolution_row_system_setting_changed;
  widget_class->direction_changed = plenary_resolution_row_direction_changed;
  widget_class->root = plenary_resolution_row_root;

  properties[PROP_RESOLUTION] =
    g_param_spec_object ("resolution", NULL, NULL, PLENARY_TYPE_RESOLUTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "resolutionrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plenary_resolution_row_init (PlenaryResolutionRow *self)
{
  self->first_line_height = -1;
  self->layout_width = -1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  /* A new palette, dark or high contrast redraws the tally strip. */
  g_signal_connect_object (plenary_chart_theme_get_default (), "changed",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
plenary_resolution_row_new (void)
{
  return g_object_new (PLENARY_TYPE_RESOLUTION_ROW, NULL);
}

PlenaryResolution *
plenary_resolution_row_get_resolution (PlenaryResolutionRow *self)
{
  g_return_val_if_fail (PLENARY_IS_RESOLUTION_ROW (self), NULL);

  return self->resolution;
}

/* The words a screen reader says for the row. */
static void
update_accessible_label (PlenaryResolutionRow *self)
{
  PlenaryResolution *resolution = self->resolution;
  g_autofree char *when = NULL;
  g_autofree char *tally = NULL;
  g_autofree char *label = NULL;

  if (resolution == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  when = dup_when (resolution);
  tally = dup_tally (resolution);
  /* Translators: what a screen reader says for a row of the list: symbol,
   * session and date, title, figures and outcome. */
  label = g_strdup_printf (_("%s, %s: %s. %s, %s"), plenary_resolution_get_symbol (resolution), when,
                           get_title (resolution), tally,
                           plenary_outcome_get_label (plenary_shown_outcome (resolution)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
plenary_resolution_row_set_resolution (PlenaryResolutionRow *self,
                                       PlenaryResolution    *resolution)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_ROW (self));

  if (!g_set_object (&self->resolution, resolution))
    return;

  clear_layouts (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION]);
}
