/* plenary-widget-util.c: small things the pages share
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of buttons that wraps like words when the window is narrow (GTK
 * 4.8's GtkFlowBox lines its children up in columns, and libadwaita 1.2 has
 * no wrap box), and selectable labels that keep out of the Tab chain (GTK
 * 4.8 makes every selectable label focusable, so Tab stops on each title and
 * selects it whole).
 */

#define G_LOG_DOMAIN "plenary-widget-util"

#include "config.h"

#include "plenary-widget-util.h"

/* The wrap layout */

/* Between two children on a line, and between two lines. */
#define WRAP_SPACING 6

static GtkSizeRequestMode
wrap_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Lays the children out in @width: each at its natural width (no wider
 * than the line), on the line after when it does not fit. Gives the height
 * of it all, and with @allocate places them. */
static int
wrap_children (GtkWidget *widget,
               int        width,
               gboolean   allocate)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0, y = 0, line_height = 0;
  GtkWidget *line_start = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_width, nat_width, child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      child_width = width > 0 ? MAX (min_width, MIN (nat_width, width)) : nat_width;
      if (line_start != NULL && x + child_width > width)
        {
          y += line_height + WRAP_SPACING;
          x = 0;
          line_height = 0;
        }
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
      if (allocate)
        {
          GskTransform *transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? width - x - child_width : x, y));

          gtk_widget_allocate (child, child_width, child_height, -1, transform);
        }
      line_start = child;
      x += child_width + WRAP_SPACING;
      line_height = MAX (line_height, child_height);
    }
  return line_start != NULL ? y + line_height : 0;
}

static void
wrap_measure (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      int width = for_size;

      /* Without a width, the narrowest: each child at its minimum. */
      if (width < 0)
        wrap_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &width, natural, NULL, NULL);
      *minimum = *natural = wrap_children (widget, width, FALSE);
      return;
    }

  /* As narrow as the widest child, as wide as all of them on one line. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural += (*natural > 0 ? WRAP_SPACING : 0) + child_nat;
    }
}

static void
wrap_allocate (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  wrap_children (widget, width, TRUE);
}

/**
 * plenary_wrap_layout_new:
 *
 * Returns: (transfer full): a layout that puts a widget's children side by
 *   side at their natural widths, from the start of the line, and wraps
 *   them onto more lines as words wrap
 */
GtkLayoutManager *
plenary_wrap_layout_new (void)
{
  return gtk_custom_layout_new (wrap_request_mode, wrap_measure, wrap_allocate);
}

/* Selectable labels out of the Tab chain */

static void
label_pressed_cb (GtkGestureClick *click,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkWidget       *label)
{
  /* Focused by the click, so that Ctrl+C copies what the pointer selects. */
  gtk_widget_set_focusable (label, TRUE);
}

static void
label_focus_left_cb (GtkEventControllerFocus *focus,
                     GtkWidget               *label)
{
  gtk_widget_set_focusable (label, FALSE);
}

/**
 * plenary_label_keep_out_of_tab_chain:
 * @label: a selectable label
 *
 * Keeps @label selectable with the pointer, and copyable with Ctrl+C once
 * clicked, but out of the Tab chain: it is focusable only from a click
 * until the focus leaves it.
 */
void
plenary_label_keep_out_of_tab_chain (GtkLabel *label)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
  /* Before the label's own gesture, which takes the focus if it can. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (label_pressed_cb), label);
  gtk_widget_add_controller (GTK_WIDGET (label), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (focus, "leave", G_CALLBACK (label_focus_left_cb), label);
  gtk_widget_add_controller (GTK_WIDGET (label), focus);
}
