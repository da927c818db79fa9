/* plenary-chart-view.c: a widget that shows one picture
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin wrapper: it draws its PlenaryPicture from its snapshot, turns
 * pointer positions into tooltips and clicks through the picture's hit
 * test, and copies the picture as the exporters draw it, or the table
 * behind it as tab-separated text that pastes into a spreadsheet; both are
 * in its context menu (right click, Menu or Shift+F10), with "Show as
 * Table", which puts the table itself, sortable, in place of the picture.
 *
 * It can be used without a pointer: Tab comes into it, the arrow keys move
 * between neighbouring members (or bars, or points) as the picture places
 * them, Home and End go to the first and the last, and Enter or Space
 * opens the member, as a click does. A ring shows where focus is when it
 * came from the keyboard, and the view's accessible name says the member,
 * so that a screen reader announces it. The view's name is the picture's
 * kind and title, its description the picture's summary in words.
 *
 * Its colours are the chart theme's (the palette of the settings, in the
 * dark or light style and high contrast as AdwStyleManager says), with the
 * text in the colour of the widget's own style, so that it reads on
 * whatever background the theme gives. It redraws when any of them change,
 * and follows the text direction of the desktop.
 */

#define G_LOG_DOMAIN "plenary-chart-view"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "plenary-chart-theme.h"
#include "plenary-chart-view.h"
#include "plenary-export.h"
#include "plenary-table-view.h"

/* How far the view's own focus ring lies outside it, and its width. */
#define RING_OFFSET 4
#define RING_WIDTH 2

struct _PlenaryChartView
{
  GtkWidget       parent_instance;

  PlenaryPicture *picture;
  GtkWidget      *menu;
  /* The table in place of the picture, made when first asked for. */
  GtkWidget      *table;
  gboolean        show_table;

  /* What keyboard focus can rest on, at the size they were found for. */
  GArray         *anchors;
  int             anchors_width;
  int             anchors_height;
  /* The members emphasised then: labels can move seats aside. */
  GArray         *anchors_emphasis;
  /* Where keyboard focus is, by what is there: it stays on a member when
   * the picture is drawn at another size, or changes for one that shows
   * the same members. */
  gboolean        has_focus;
  PlenaryHit      focus;
  /* An arrow, Home or End was pressed and not yet released. */
  gboolean        keynav_pending;

  /* What the pointer was over last, to move the tooltip when it changes. */
  gboolean        has_pointer;
  PlenaryHit      pointer;

  /* The theme's palette, with the text colours of the widget's style. */
  PlenaryPalette  palette;

  char           *accessible_label;
  char           *accessible_description;
};

G_DEFINE_FINAL_TYPE (PlenaryChartView, plenary_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PICTURE,
  PROP_SHOW_TABLE,
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

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

static gboolean
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  return gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* The colour behind the view, as libadwaita's named colours say: a card's,
 * a popover's or the window's, a translucent one laid over the window's.
 * FALSE under a theme without them. */
static gboolean
find_background (PlenaryChartView *self,
                 GdkRGBA          *background)
{
  const char *name = "window_bg_color";
  GdkRGBA window, color;

  for (GtkWidget *ancestor = gtk_widget_get_parent (GTK_WIDGET (self)); ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      if (gtk_widget_has_css_class (ancestor, "card") || gtk_widget_has_css_class (ancestor, "chart-card"))
        name = "card_bg_color";
      else if (GTK_IS_POPOVER (ancestor))
        name = "popover_bg_color";
      else if (gtk_widget_has_css_class (ancestor, "view"))
        name = "view_bg_color";
      else if (!GTK_IS_WINDOW (ancestor))
        continue;
      break;
    }
  if (!lookup_color (GTK_WIDGET (self), "window_bg_color", &window) || window.alpha < 0.99 ||
      !lookup_color (GTK_WIDGET (self), name, &color))
    return FALSE;
  background->red = color.red * color.alpha + window.red * (1 - color.alpha);
  background->green = color.green * color.alpha + window.green * (1 - color.alpha);
  background->blue = color.blue * color.alpha + window.blue * (1 - color.alpha);
  background->alpha = 1;
  return TRUE;
}

/**
 * plenary_chart_view_get_style:
 * @style: (out): the look the view draws its picture with
 *
 * The palette is the chart theme's, for a dark or light background as the
 * background behind the view is (whatever the style manager says, under a
 * theme of its own); its background is that colour, so that the plates
 * under labels and the gaps between shapes are of it, and its text colours
 * those of the widget's style. @style borrows the palette from the view:
 * it is valid until the view's next call.
 */
void
plenary_chart_view_get_style (PlenaryChartView   *self,
                              PlenaryRenderStyle *style)
{
  PlenaryChartTheme *theme = plenary_chart_theme_get_default ();
  gboolean dark = plenary_chart_theme_get_dark (theme);
  gboolean high_contrast = plenary_chart_theme_get_high_contrast (theme);
  gboolean has_background;
  const PlenaryPalette *palette;
  PangoFontDescription *font;
  GdkRGBA text, background;

  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &text);
  G_GNUC_END_IGNORE_DEPRECATIONS
  has_background = find_background (self, &background);
  if (has_background)
    dark = luminance (&background) < 0.5;
  else if (text.alpha > 0.3)
    {
      if (luminance (&text) > 0.6)
        dark = TRUE;
      else if (luminance (&text) < 0.4)
        dark = FALSE;
    }

  plenary_render_style_init (style, dark);
  palette = plenary_palette_get_for_kind (plenary_chart_theme_get_palette_kind (theme), dark, high_contrast);
  self->palette = *palette;
  if (text.alpha > 0.3)
    {
      self->palette.foreground = (PlenaryColor) { text.red, text.green, text.blue, text.alpha };
      self->palette.dim_foreground = self->palette.foreground;
      self->palette.dim_foreground.alpha = text.alpha * palette->dim_foreground.alpha /
                                           MAX (palette->foreground.alpha, 0.01);
    }
  if (has_background)
    self->palette.background = (PlenaryColor) { background.red, background.green, background.blue, 1 };
  style->palette = &self->palette;
  style->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  style->fill_background = FALSE;
  style->device_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    style->font_family = pango_font_description_get_family (font);
}

/* Anchors */

static void
forget_anchors (PlenaryChartView *self)
{
  g_clear_pointer (&self->anchors, g_array_unref);
  g_clear_pointer (&self->anchors_emphasis, g_array_unref);
}

static gboolean
same_emphasis (PlenaryChartView *self)
{
  guint n;
  const int *emphasis = plenary_picture_get_emphasis (self->picture, &n);

  return self->anchors_emphasis != NULL && self->anchors_emphasis->len == n &&
         (n == 0 || memcmp (self->anchors_emphasis->data, emphasis, n * sizeof (int)) == 0);
}

/* The anchors of the picture at the view's size, found again when the size
 * changed; focus moves to what stands for the same thing, or is lost. */
static GArray *
get_anchors (PlenaryChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  PlenaryRenderStyle style;

  if (self->picture == NULL || width <= 0 || height <= 0)
    return NULL;
  if (self->anchors != NULL && self->anchors_width == width && self->anchors_height == height &&
      same_emphasis (self))
    return self->anchors;

  forget_anchors (self);
  plenary_chart_view_get_style (self, &style);
  self->anchors = plenary_picture_dup_anchors (self->picture, width, height, &style);
  {
    guint n;
    const int *emphasis = plenary_picture_get_emphasis (self->picture, &n);

    self->anchors_emphasis = g_array_sized_new (FALSE, FALSE, sizeof (int), n);
    g_array_append_vals (self->anchors_emphasis, emphasis, n);
  }
  self->anchors_width = width;
  self->anchors_height = height;
  if (self->has_focus)
    {
      int found = plenary_anchors_find_hit ((PlenaryAnchor *) (gpointer) self->anchors->data,
                                            self->anchors->len, &self->focus);

      if (found >= 0)
        self->focus = g_array_index (self->anchors, PlenaryAnchor, found).hit;
      else
        self->has_focus = FALSE;
    }
  return self->anchors;
}

static const PlenaryAnchor *
get_focus_anchor (PlenaryChartView *self)
{
  GArray *anchors = get_anchors (self);
  int found;

  if (!self->has_focus || anchors == NULL)
    return NULL;
  found = plenary_anchors_find_hit ((PlenaryAnchor *) (gpointer) anchors->data, anchors->len, &self->focus);
  return found >= 0 ? &g_array_index (anchors, PlenaryAnchor, found) : NULL;
}

/* Accessibility */

/* Says what the view shows: the picture's kind and title as its name, or
 * the member focus is on; the picture's summary as its description. */
static void
update_accessible (PlenaryChartView *self)
{
  g_autofree char *label = NULL;
  const char *description = NULL;

  if (self->picture != NULL)
    {
      const char *kind = plenary_chart_get_label (plenary_picture_get_kind (self->picture));
      const char *title = plenary_picture_get_title (self->picture);
      const PlenaryAnchor *anchor = get_focus_anchor (self);
      g_autofree char *focus = anchor != NULL ? plenary_picture_describe_hit (self->picture, &anchor->hit) : NULL;

      if (focus != NULL)
        /* Translators: the accessible name of a chart while keyboard focus
         * is on a member or a part of it: what is there, then the kind of
         * chart, "France: Yes — World map". */
        label = g_strdup_printf (C_("accessible", "%s — %s"), focus, kind);
      else if (title != NULL && *title != '\0')
        /* Translators: the accessible name of a chart: its kind, then the
         * title of what it shows, "Seat chart: Advancing a comprehensive,
         * just and lasting peace in Ukraine". */
        label = g_strdup_printf (C_("accessible", "%s: %s"), kind, title);
      else
        label = g_strdup (kind);
      description = plenary_picture_get_summary (self->picture);
    }
  if (description == NULL)
    description = "";
  if (label == NULL)
    label = g_strdup ("");

  if (g_strcmp0 (label, self->accessible_label) != 0)
    {
      g_free (self->accessible_label);
      self->accessible_label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  if (g_strcmp0 (description, self->accessible_description) != 0)
    {
      g_free (self->accessible_description);
      self->accessible_description = g_strdup (description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
}

/* The name a screen reader says: the picture's kind and title, or the
 * member keyboard focus is on and the picture's kind. */
const char *
plenary_chart_view_get_accessible_label (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  return self->accessible_label != NULL ? self->accessible_label : "";
}

/* The description a screen reader gives: the picture's summary. */
const char *
plenary_chart_view_get_accessible_description (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  return self->accessible_description != NULL ? self->accessible_description : "";
}

/* Drawing */

static void
get_accent (GtkWidget *widget,
            GdkRGBA   *accent)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* The ring around the whole view, as Adwaita draws one around a focused
 * button, just outside it. */
static void
snapshot_view_ring (GtkWidget   *widget,
                    GtkSnapshot *snapshot,
                    int          width,
                    int          height)
{
  GskRoundedRect ring;
  GdkRGBA accent;
  float widths[4] = { RING_WIDTH, RING_WIDTH, RING_WIDTH, RING_WIDTH };
  GdkRGBA colors[4];

  get_accent (widget, &accent);
  accent.alpha *= 0.5;
  for (guint i = 0; i < 4; i++)
    colors[i] = accent;
  gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (-RING_OFFSET, -RING_OFFSET,
                                                               width + 2 * RING_OFFSET,
                                                               height + 2 * RING_OFFSET), 8);
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
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

  if (self->show_table && self->table != NULL)
    {
      gtk_widget_snapshot_child (widget, self->table, snapshot);
      return;
    }
  if (self->picture == NULL || width <= 0 || height <= 0)
    return;

  plenary_chart_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  plenary_picture_draw (self->picture, cr, width, height, &style);
  if (gtk_widget_has_visible_focus (widget))
    {
      const PlenaryAnchor *anchor = get_focus_anchor (self);

      if (anchor != NULL)
        {
          GdkRGBA accent;
          PlenaryColor ring;

          get_accent (widget, &accent);
          ring = (PlenaryColor) { accent.red, accent.green, accent.blue, 1 };
          plenary_picture_draw_focus (self->picture, cr, width, height, &style, anchor, &ring);
        }
    }
  cairo_destroy (cr);

  if (gtk_widget_has_visible_focus (widget))
    snapshot_view_ring (widget, snapshot, width, height);
}

static GtkSizeRequestMode
plenary_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The least height of the table in place of a picture. */
#define TABLE_MIN_HEIGHT 320

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
      if (self->show_table && self->table != NULL)
        {
          int table_minimum, table_natural;

          gtk_widget_measure (self->table, orientation, -1, &table_minimum, &table_natural, NULL, NULL);
          *minimum = MAX (*minimum, table_minimum);
        }
      return;
    }

  if (self->picture != NULL)
    {
      plenary_chart_view_get_style (self, &style);
      height = plenary_picture_height_for_width (self->picture, for_size > 0 ? for_size : 600, &style);
    }
  *minimum = *natural = height > 0 ? (int) height : 200;
  if (self->show_table && self->table != NULL)
    {
      int table_minimum, table_natural;

      gtk_widget_measure (self->table, orientation, for_size, &table_minimum, &table_natural, NULL, NULL);
      *minimum = *natural = MAX (MAX (*minimum, TABLE_MIN_HEIGHT), table_minimum);
    }
}

static void
plenary_chart_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (widget);

  if (self->table != NULL && gtk_widget_should_layout (self->table))
    gtk_widget_allocate (self->table, width, height, -1, NULL);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

/* Hits and tooltips */

static gboolean
hit_at (PlenaryChartView *self,
        double            x,
        double            y,
        PlenaryHit       *hit)
{
  PlenaryRenderStyle style;

  if (self->picture == NULL || self->show_table)
    return FALSE;
  plenary_chart_view_get_style (self, &style);
  return plenary_picture_hit_test (self->picture,
                                   gtk_widget_get_width (GTK_WIDGET (self)),
                                   gtk_widget_get_height (GTK_WIDGET (self)),
                                   &style, x, y, hit);
}

/* What the pointer is over, in words, or NULL. */
char *
plenary_chart_view_describe_point (PlenaryChartView *self,
                                   double            x,
                                   double            y)
{
  PlenaryHit hit;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  if (!hit_at (self, x, y, &hit))
    return NULL;
  return plenary_picture_describe_hit (self->picture, &hit);
}

/* Whether @anchor stands for what @hit found: the same member, or the same
 * part; a hit test need not say which of a kind (which unnamed seat). */
static gboolean
anchor_matches (const PlenaryAnchor *anchor,
                const PlenaryHit    *hit)
{
  return anchor->hit.member == hit->member && anchor->hit.series == hit->series &&
         anchor->hit.category == hit->category &&
         (anchor->hit.index == hit->index || hit->index < 0);
}

/* The box of what stands for @hit under (@x, @y), for the tooltip to
 * point at; FALSE when the point is not in it (another island of the
 * country), where the tooltip follows the pointer. */
static gboolean
find_tip_area (PlenaryChartView *self,
               const PlenaryHit *hit,
               double            x,
               double            y,
               GdkRectangle     *area)
{
  GArray *anchors = get_anchors (self);

  for (guint i = 0; anchors != NULL && i < anchors->len; i++)
    {
      const PlenaryAnchor *anchor = &g_array_index (anchors, PlenaryAnchor, i);

      if (anchor_matches (anchor, hit) &&
          x >= anchor->left && x < anchor->left + anchor->width &&
          y >= anchor->top && y < anchor->top + anchor->height)
        {
          area->x = (int) floor (anchor->left);
          area->y = (int) floor (anchor->top);
          area->width = MAX ((int) ceil (anchor->left + anchor->width) - area->x, 1);
          area->height = MAX ((int) ceil (anchor->top + anchor->height) - area->y, 1);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
query_tooltip_cb (PlenaryChartView *self,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip)
{
  g_autofree char *text = NULL;
  GdkRectangle area;
  PlenaryHit hit;

  if (self->picture == NULL || self->show_table)
    return FALSE;

  if (keyboard_mode)
    {
      const PlenaryAnchor *anchor = get_focus_anchor (self);

      if (anchor == NULL)
        return FALSE;
      text = plenary_picture_describe_hit (self->picture, &anchor->hit);
      if (text == NULL)
        return FALSE;
      gtk_tooltip_set_text (tooltip, text);
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) anchor->left, (int) anchor->top,
                                                           MAX ((int) anchor->width, 1),
                                                           MAX ((int) anchor->height, 1) });
      return TRUE;
    }

  if (!hit_at (self, x, y, &hit))
    return FALSE;
  text = plenary_picture_describe_hit (self->picture, &hit);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  /* The tooltip sits by what it names, and moves on when the pointer
   * leaves it for another member. */
  if (find_tip_area (self, &hit, x, y, &area))
    gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/* When the pointer comes onto another member, the tooltip is asked again
 * at once, so that it names and points at the new one. */
static void
motion_cb (PlenaryChartView         *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  PlenaryHit hit;
  gboolean found = hit_at (self, x, y, &hit);

  if (found == self->has_pointer && (!found || plenary_hit_equal (&hit, &self->pointer)))
    return;
  self->has_pointer = found;
  if (found)
    self->pointer = hit;
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
enter_cb (PlenaryChartView         *self,
          double                    x,
          double                    y,
          GtkEventControllerMotion *controller)
{
  self->has_pointer = FALSE;
  motion_cb (self, x, y, controller);
}

static void
leave_cb (PlenaryChartView         *self,
          GtkEventControllerMotion *controller)
{
  self->has_pointer = FALSE;
}

static void
pressed_cb (PlenaryChartView *self,
            int               n_press,
            double            x,
            double            y,
            GtkGestureClick  *gesture)
{
  GArray *anchors;
  PlenaryHit hit;

  if (self->picture == NULL || self->show_table)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!hit_at (self, x, y, &hit))
    return;

  /* Keyboard focus goes where the click was, for the arrows to go on. */
  anchors = get_anchors (self);
  for (guint i = 0; anchors != NULL && i < anchors->len; i++)
    {
      const PlenaryAnchor *anchor = &g_array_index (anchors, PlenaryAnchor, i);

      if (anchor_matches (anchor, &hit) &&
          x >= anchor->left && x < anchor->left + anchor->width &&
          y >= anchor->top && y < anchor->top + anchor->height)
        {
          self->has_focus = TRUE;
          self->focus = anchor->hit;
          update_accessible (self);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          break;
        }
    }

  if (hit.member >= 0)
    g_signal_emit (self, signals[MEMBER_ACTIVATED], 0, hit.member);
}

/* Keyboard focus on the picture */

static void
set_focus_anchor (PlenaryChartView    *self,
                  const PlenaryAnchor *anchor)
{
  self->has_focus = TRUE;
  self->focus = anchor->hit;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * plenary_chart_view_focus_edge:
 * @last: the last rather than the first
 *
 * Puts keyboard focus on the first member or part of the picture (Home),
 * or the last (End).
 *
 * Returns: whether the picture has any
 */
gboolean
plenary_chart_view_focus_edge (PlenaryChartView *self,
                               gboolean          last)
{
  GArray *anchors;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  anchors = get_anchors (self);
  if (anchors == NULL || anchors->len == 0)
    return FALSE;
  set_focus_anchor (self, &g_array_index (anchors, PlenaryAnchor, last ? anchors->len - 1 : 0));
  return TRUE;
}

/**
 * plenary_chart_view_move_focus:
 * @direction: an arrow's direction, or TAB_FORWARD and TAB_BACKWARD for
 *   the next and the previous in order
 *
 * Moves keyboard focus to the nearest member or part in @direction, as
 * the arrow keys do; with focus on none yet, to the first.
 *
 * Returns: whether focus moved
 */
gboolean
plenary_chart_view_move_focus (PlenaryChartView *self,
                               GtkDirectionType  direction)
{
  const PlenaryAnchor *current;
  GArray *anchors;
  double dx = 0, dy = 0;
  int from, to = -1;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  anchors = get_anchors (self);
  if (anchors == NULL || anchors->len == 0)
    return FALSE;
  current = get_focus_anchor (self);
  if (current == NULL)
    return plenary_chart_view_focus_edge (self, direction == GTK_DIR_TAB_BACKWARD);
  from = (int) (current - (const PlenaryAnchor *) (gpointer) anchors->data);

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      to = from + 1 < (int) anchors->len ? from + 1 : -1;
      break;
    case GTK_DIR_TAB_BACKWARD:
      to = from - 1;
      break;
    case GTK_DIR_UP:
      dy = -1;
      break;
    case GTK_DIR_DOWN:
      dy = 1;
      break;
    case GTK_DIR_LEFT:
      dx = -1;
      break;
    case GTK_DIR_RIGHT:
      dx = 1;
      break;
    default:
      return FALSE;
    }
  if (dx != 0 || dy != 0)
    to = plenary_anchors_find_neighbour ((const PlenaryAnchor *) (gpointer) anchors->data, anchors->len,
                                         (guint) from, dx, dy);
  if (to < 0)
    return FALSE;
  set_focus_anchor (self, &g_array_index (anchors, PlenaryAnchor, to));
  return TRUE;
}

/**
 * plenary_chart_view_focus_member:
 * @member: an index into the dataset, or -1 for none
 *
 * Puts keyboard focus on @member, where the picture shows it; -1 takes
 * it off.
 *
 * Returns: whether the picture shows @member
 */
gboolean
plenary_chart_view_focus_member (PlenaryChartView *self,
                                 int               member)
{
  GArray *anchors;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  if (member < 0)
    {
      self->has_focus = FALSE;
      update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return FALSE;
    }
  anchors = get_anchors (self);
  for (guint i = 0; anchors != NULL && i < anchors->len; i++)
    if (g_array_index (anchors, PlenaryAnchor, i).hit.member == member)
      {
        set_focus_anchor (self, &g_array_index (anchors, PlenaryAnchor, i));
        return TRUE;
      }
  return FALSE;
}

/**
 * plenary_chart_view_get_focus:
 * @anchor: (out) (optional): where keyboard focus is, and what is there
 *
 * Returns: whether keyboard focus is on a member or part of the picture
 */
gboolean
plenary_chart_view_get_focus (PlenaryChartView *self,
                              PlenaryAnchor    *anchor)
{
  const PlenaryAnchor *current;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  current = get_focus_anchor (self);
  if (current == NULL)
    return FALSE;
  if (anchor != NULL)
    *anchor = *current;
  return TRUE;
}

/* Opens the member keyboard focus is on, as a click on it does: emits
 * ::member-activated. FALSE when focus is on no member. */
gboolean
plenary_chart_view_activate_focus (PlenaryChartView *self)
{
  const PlenaryAnchor *current;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  current = get_focus_anchor (self);
  if (current == NULL || current->hit.member < 0)
    return FALSE;
  g_signal_emit (self, signals[MEMBER_ACTIVATED], 0, current->hit.member);
  return TRUE;
}

/* The window shows focus rings only after a key that moved focus to
 * another widget, and hides them on the release of any other: but the
 * arrows move focus inside the view, so the view shows them itself, on
 * the press and again on the release. */
static void
show_focus_visible (PlenaryChartView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
}

static void
key_released_cb (PlenaryChartView      *self,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 GtkEventControllerKey *controller)
{
  if (self->keynav_pending)
    show_focus_visible (self);
  self->keynav_pending = FALSE;
}

static gboolean
key_pressed_cb (PlenaryChartView      *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GArray *anchors;

  if (self->picture == NULL || self->show_table)
    return FALSE;
  anchors = get_anchors (self);
  if (anchors == NULL || anchors->len == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      /* Ctrl+Enter too: the page takes it as adding to the members picked. */
      if (state & (GDK_ALT_MASK | GDK_SHIFT_MASK))
        return FALSE;
      return plenary_chart_view_activate_focus (self);
    case GDK_KEY_Escape:
      if (!self->has_focus || (state & GDK_MODIFIER_MASK) != 0)
        return FALSE;
      plenary_chart_view_focus_member (self, -1);
      return TRUE;
    default:
      break;
    }

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Home: case GDK_KEY_KP_Home: case GDK_KEY_End: case GDK_KEY_KP_End:
    case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_Right: case GDK_KEY_KP_Right:
    case GDK_KEY_Up: case GDK_KEY_KP_Up: case GDK_KEY_Down: case GDK_KEY_KP_Down:
      show_focus_visible (self);
      self->keynav_pending = TRUE;
      break;
    default:
      break;
    }
  switch (keyval)
    {
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      plenary_chart_view_focus_edge (self, FALSE);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      plenary_chart_view_focus_edge (self, TRUE);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (!plenary_chart_view_move_focus (self, GTK_DIR_LEFT))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (!plenary_chart_view_move_focus (self, GTK_DIR_RIGHT))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!plenary_chart_view_move_focus (self, GTK_DIR_UP))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!plenary_chart_view_move_focus (self, GTK_DIR_DOWN))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    default:
      return FALSE;
    }
}

static void
plenary_chart_view_state_flags_changed (GtkWidget     *widget,
                                        GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (plenary_chart_view_parent_class)->state_flags_changed (widget, previous);
}

/* Copying */

static void
free_pixels (gpointer data)
{
  cairo_surface_destroy (data);
}

/* Puts the picture on the clipboard as an image: the same picture an export
 * makes, at 1600×900, in the palette of the screen, so that it can go
 * straight into an article. */
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
  options.palette = plenary_chart_theme_get_palette_kind (plenary_chart_theme_get_default ());
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

/* Ctrl+C copies what is shown: the picture, or the table in its place. */
static void
copy_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (widget);

  if (self->show_table && g_str_equal (action_name, "chart.copy-shown"))
    plenary_chart_view_copy_table (self);
  else
    plenary_chart_view_copy (self);
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

/* The table in place of the picture */

static gboolean
has_table (PlenaryChartView *self)
{
  return self->picture != NULL && PLENARY_PICTURE_GET_CLASS (self->picture)->dup_table != NULL;
}

static gboolean
focus_is_inside (PlenaryChartView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self)));
}

/* Fills the table from the picture, and names it after it. */
static void
update_table (PlenaryChartView *self)
{
  g_autoptr(PlenaryTable) table = NULL;
  g_autofree char *label = NULL;

  if (self->table == NULL)
    return;
  table = self->picture != NULL ? plenary_picture_dup_table (self->picture) : NULL;
  plenary_table_view_set_table (PLENARY_TABLE_VIEW (self->table), table);
  if (self->picture != NULL)
    {
      const char *kind = plenary_chart_get_label (plenary_picture_get_kind (self->picture));
      const char *title = plenary_picture_get_title (self->picture);

      /* Translators: the accessible name of the table shown in place of a
       * chart: the chart's kind, then the title of what it shows, "Seat
       * chart, as a table: Advancing a comprehensive, just and lasting
       * peace in Ukraine". */
      label = g_strdup_printf (C_("accessible", "%s, as a table: %s"), kind, title != NULL ? title : "");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (plenary_table_view_get_column_view (PLENARY_TABLE_VIEW (self->table))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "", -1);
}

gboolean
plenary_chart_view_get_show_table (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), FALSE);

  return self->show_table;
}

/**
 * plenary_chart_view_set_show_table:
 * @show_table: whether to show the table behind the picture in its place
 *
 * Swaps the picture for its table, sortable by any column, or back. A
 * picture without a table stays a picture. Keyboard focus, when it was in
 * the view, goes with it.
 */
void
plenary_chart_view_set_show_table (PlenaryChartView *self,
                                   gboolean          show_table)
{
  gboolean had_focus;

  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));

  show_table = show_table && has_table (self);
  if (self->show_table == show_table)
    return;

  had_focus = focus_is_inside (self);
  self->show_table = show_table;
  if (show_table && self->table == NULL)
    {
      self->table = plenary_table_view_new ();
      gtk_widget_set_parent (self->table, GTK_WIDGET (self));
    }
  if (show_table)
    update_table (self);
  if (self->table != NULL)
    gtk_widget_set_visible (self->table, show_table);
  /* Tab goes into the table, not to the view around it. */
  gtk_widget_set_focusable (GTK_WIDGET (self), !show_table);
  if (had_focus)
    {
      if (show_table)
        gtk_widget_grab_focus (GTK_WIDGET (plenary_table_view_get_column_view (PLENARY_TABLE_VIEW (self->table))));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

/**
 * plenary_chart_view_get_table_view:
 *
 * Returns: (transfer none) (nullable): the PlenaryTableView shown in place
 *   of the picture, or %NULL before it was first shown
 */
GtkWidget *
plenary_chart_view_get_table_view (PlenaryChartView *self)
{
  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  return self->table;
}

static void
update_table_button (GtkWidget        *button,
                     GParamSpec       *pspec,
                     PlenaryChartView *self)
{
  gtk_widget_set_sensitive (button, has_table (self));
}

/**
 * plenary_chart_view_new_table_button:
 *
 * A small toggle for a page to place by the view (beside its heading, say):
 * pressed, the view shows its table; released, its picture.
 *
 * Returns: (transfer floating): the button
 */
GtkWidget *
plenary_chart_view_new_table_button (PlenaryChartView *self)
{
  GtkWidget *button;

  g_return_val_if_fail (PLENARY_IS_CHART_VIEW (self), NULL);

  button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (button), "x-office-spreadsheet-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: the tooltip of a toggle by a chart: show its data as a table. */
  gtk_widget_set_tooltip_text (button, _("Show as Table"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the accessible name of the same toggle. */
                                  _("Show as Table"), -1);
  g_object_bind_property (self, "show-table", button, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self, "notify::picture", G_CALLBACK (update_table_button), button, G_CONNECT_SWAPPED);
  update_table_button (button, NULL, self);
  return button;
}

/* The context menu */

/* Opens the context menu, pointing at (@x, @y). */
static void
popup_menu (PlenaryChartView *self,
            double            x,
            double            y)
{
  if (self->picture == NULL)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-table", has_table (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.show-table", has_table (self));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
menu_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlenaryChartView *self = PLENARY_CHART_VIEW (widget);
  const PlenaryAnchor *anchor = get_focus_anchor (self);

  /* By the member focus is on, or in the middle. */
  if (anchor != NULL && !self->show_table)
    popup_menu (self, anchor->x, anchor->y);
  else
    popup_menu (self, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
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

/* Changes of style and direction */

static void
theme_changed_cb (PlenaryChartView *self)
{
  /* The palette changes no place, but the fonts and text may. */
  forget_anchors (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
plenary_chart_view_direction_changed (GtkWidget        *widget,
                                      GtkTextDirection  previous)
{
  forget_anchors (PLENARY_CHART_VIEW (widget));
  gtk_widget_queue_draw (widget);
}

static void
plenary_chart_view_dispose (GObject *object)
{
  PlenaryChartView *self = (PlenaryChartView *) object;

  g_clear_object (&self->picture);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->table, gtk_widget_unparent);
  forget_anchors (self);

  G_OBJECT_CLASS (plenary_chart_view_parent_class)->dispose (object);
}

static void
plenary_chart_view_finalize (GObject *object)
{
  PlenaryChartView *self = (PlenaryChartView *) object;

  g_free (self->accessible_label);
  g_free (self->accessible_description);

  G_OBJECT_CLASS (plenary_chart_view_parent_class)->finalize (object);
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
    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, self->show_table);
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
    case PROP_SHOW_TABLE:
      plenary_chart_view_set_show_table (self, g_value_get_boolean (value));
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
  object_class->finalize = plenary_chart_view_finalize;
  object_class->get_property = plenary_chart_view_get_property;
  object_class->set_property = plenary_chart_view_set_property;

  widget_class->snapshot = plenary_chart_view_snapshot;
  widget_class->get_request_mode = plenary_chart_view_get_request_mode;
  widget_class->measure = plenary_chart_view_measure;
  widget_class->direction_changed = plenary_chart_view_direction_changed;
  widget_class->size_allocate = plenary_chart_view_size_allocate;
  widget_class->state_flags_changed = plenary_chart_view_state_flags_changed;

  properties[PROP_PICTURE] =
    g_param_spec_object ("picture", NULL, NULL, PLENARY_TYPE_PICTURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PlenaryChartView:show-table:
   *
   * Whether the table behind the picture is shown in its place.
   */
  properties[PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlenaryChartView::member-activated:
   * @member: the member, as an index into the dataset
   *
   * A member was clicked, or Enter pressed on it.
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
  gtk_widget_class_install_action (widget_class, "chart.copy-shown", NULL, copy_action_cb);
  gtk_widget_class_install_action (widget_class, "chart.copy-table", NULL, copy_table_action_cb);
  gtk_widget_class_install_property_action (widget_class, "chart.show-table", "show-table");
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy-shown", NULL);
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
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  /* Translators: in a chart's context menu. */
  g_menu_append (menu, _("_Copy Picture"), "chart.copy");
  /* Translators: in a chart's context menu: the members and their votes as
   * tab-separated text, to paste into a spreadsheet. */
  g_menu_append (menu, _("Copy as _Table"), "chart.copy-table");
  /* Translators: in a chart's context menu, a check item: the chart's data
   * as a table to read and sort, in place of the chart. */
  g_menu_append (menu, _("_Show as Table"), "chart.show-table");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  /* In the capture phase, so that a right click on the table opens the
   * menu too. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (secondary), GTK_PHASE_CAPTURE);
  g_signal_connect_object (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  g_signal_connect_object (motion, "enter", G_CALLBACK (enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (keys, "key-released", G_CALLBACK (key_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (plenary_chart_theme_get_default (), "changed",
                           G_CALLBACK (theme_changed_cb), self, G_CONNECT_SWAPPED);
  update_accessible (self);
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

/* Shows @picture; its kind and title name the view for screen readers, and
 * its summary describes it. Keyboard focus stays on the member it was on,
 * when the new picture shows it. */
void
plenary_chart_view_set_picture (PlenaryChartView *self,
                                PlenaryPicture   *picture)
{
  g_return_if_fail (PLENARY_IS_CHART_VIEW (self));
  g_return_if_fail (picture == NULL || PLENARY_IS_PICTURE (picture));

  if (!g_set_object (&self->picture, picture))
    return;

  forget_anchors (self);
  self->has_pointer = FALSE;
  if (self->has_focus && self->focus.member >= 0)
    /* Found again by member in the new picture's anchors, or dropped. */
    self->focus = (PlenaryHit) { PLENARY_CATEGORY_NOT_A_MEMBER, self->focus.member, -2, -2 };
  else
    self->has_focus = FALSE;
  if (self->show_table)
    {
      if (has_table (self))
        update_table (self);
      else
        plenary_chart_view_set_show_table (self, FALSE);
    }
  update_accessible (self);
  /* The legend, and so the height, can change with the picture. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICTURE]);
}
