/* plenary-resolution-row.c: one resolution in the sidebar list
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Symbol and date, the title on up to two lines, and the vote at a glance:
 * a stacked bar in the chart colours, the yes–no–abstain figures and the
 * outcome in words.
 */

#define G_LOG_DOMAIN "plenary-resolution-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "plenary-date.h"
#include "plenary-format.h"
#include "plenary-resolution-row.h"
#include "plenary-ui-resources.h"
#include "plenary-tally-chart.h"

struct _PlenaryResolutionRow
{
  GtkWidget          parent_instance;

  PlenaryResolution *resolution;

  GtkLabel          *date_label;
  GtkLabel          *outcome_label;
  GtkDrawingArea    *strip;
  GtkLabel          *symbol_label;
  GtkLabel          *tally_label;
  GtkLabel          *title_label;
};

G_DEFINE_FINAL_TYPE (PlenaryResolutionRow, plenary_resolution_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESOLUTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const outcome_classes[] = { "adopted", "not-adopted", "vetoed" };

static void
draw_strip (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  PlenaryResolutionRow *self = user_data;
  PlenaryRenderStyle style;

  if (self->resolution == NULL)
    return;

  plenary_render_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  style.rtl = gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL;
  plenary_render_tally_strip (cr, width, height, &style, self->resolution);
}

static void
update (PlenaryResolutionRow *self)
{
  PlenaryResolution *resolution = self->resolution;
  g_autofree char *date = NULL;
  g_autofree char *tally = NULL;
  PlenaryOutcome outcome;

  for (guint i = 0; i < G_N_ELEMENTS (outcome_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_label), outcome_classes[i]);

  if (resolution == NULL)
    return;

  date = plenary_date_format_short (plenary_resolution_get_date (resolution));
  tally = plenary_format_tally (plenary_resolution_get_tally (resolution));
  outcome = plenary_resolution_get_outcome (resolution);

  gtk_label_set_text (self->symbol_label, plenary_resolution_get_symbol (resolution));
  gtk_label_set_text (self->date_label, date);
  gtk_label_set_text (self->title_label,
                      plenary_resolution_get_localized_title (resolution) != NULL
                      ? plenary_resolution_get_localized_title (resolution)
                      : plenary_body_get_label (plenary_resolution_get_body (resolution)));
  gtk_label_set_text (self->tally_label, tally);
  gtk_label_set_text (self->outcome_label, plenary_outcome_get_label (outcome));
  gtk_widget_add_css_class (GTK_WIDGET (self->outcome_label), outcome_classes[outcome]);
  gtk_widget_queue_draw (GTK_WIDGET (self->strip));
}

static void
plenary_resolution_row_dispose (GObject *object)
{
  PlenaryResolutionRow *self = (PlenaryResolutionRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLENARY_TYPE_RESOLUTION_ROW);
  /* The template's unnamed boxes are children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
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

  properties[PROP_RESOLUTION] =
    g_param_spec_object ("resolution", NULL, NULL, PLENARY_TYPE_RESOLUTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  plenary_ui_resources_ensure ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/plenary-resolution-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionRow, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionRow, strip);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionRow, symbol_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionRow, tally_label);
  gtk_widget_class_bind_template_child (widget_class, PlenaryResolutionRow, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "resolutionrow");
}

static void
plenary_resolution_row_init (PlenaryResolutionRow *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  gtk_drawing_area_set_draw_func (self->strip, draw_strip, self, NULL);
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

void
plenary_resolution_row_set_resolution (PlenaryResolutionRow *self,
                                       PlenaryResolution    *resolution)
{
  g_return_if_fail (PLENARY_IS_RESOLUTION_ROW (self));

  if (!g_set_object (&self->resolution, resolution))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION]);
}
