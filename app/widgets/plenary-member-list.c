/* plenary-member-list.c: members' names as a wrapped list, each one a way to its country
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vote's names were once one label with a link per name, which Pango lays
 * out in quadratic time (ten thousand names froze the window for a minute
 * and a half) and which loses its focus when a link is followed. Here each
 * name is a small focusable widget that draws its own text (a GtkButton
 * with its label costs several times as much to make), and the list wraps
 * them into lines itself, as text wraps words: one pass over the names to
 * measure, one to place, linear in their number. A name is reached with Tab
 * or the arrow keys, activated with a click, Enter or Space while the focus
 * stays on it, and copied as the member's name with Ctrl+C. A click
 * activates the member; Ctrl+click (or Ctrl+Enter) adds it to the picked
 * members or takes it out, as the pictures do.
 */

#define G_LOG_DOMAIN "plenary-member-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-member-list.h"

/* Between names on a line, and between lines. */
#define COLUMN_SPACING 2
#define ROW_SPACING    0

struct _PlenaryMemberList
{
  GtkWidget  parent_instance;

  GArray    *picked;
  guint      n_members;
};

G_DEFINE_FINAL_TYPE (PlenaryMemberList, plenary_member_list, GTK_TYPE_WIDGET)

enum {
  MEMBER_ACTIVATED,
  MEMBER_TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One name: focusable, activatable, drawn as text */

#define PLENARY_TYPE_MEMBER_NAME (plenary_member_name_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryMemberName, plenary_member_name, PLENARY, MEMBER_NAME, GtkWidget)

struct _PlenaryMemberName
{
  GtkWidget      parent_instance;

  PlenaryMember *member;
  int            index;
  PangoLayout   *layout;
};

G_DEFINE_FINAL_TYPE (PlenaryMemberName, plenary_member_name, GTK_TYPE_WIDGET)

enum {
  NAME_ACTIVATE,
  N_NAME_SIGNALS
};

static guint name_signals[N_NAME_SIGNALS];

static PangoLayout *
get_layout (PlenaryMemberName *self)
{
  if (self->layout == NULL)
    self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), plenary_member_get_localized_name (self->member));
  return self->layout;
}

static void
plenary_member_name_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PangoLayout *layout = get_layout (PLENARY_MEMBER_NAME (widget));
  int width, height;

  /* The whole name: drawing may have cut it to an older width. */
  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? width : height;
}

static void
plenary_member_name_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  PangoLayout *layout = get_layout (PLENARY_MEMBER_NAME (widget));

  /* A name wider than the list is cut at its end. */
  pango_layout_set_width (layout, gtk_widget_get_width (widget) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  gtk_snapshot_render_layout (snapshot, context, 0, 0, layout);
}

static void
plenary_member_name_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  PlenaryMemberName *self = PLENARY_MEMBER_NAME (widget);

  GTK_WIDGET_CLASS (plenary_member_name_parent_class)->css_changed (widget, change);
  /* The font may have changed (a picked name is bold). */
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (widget);
}

static void
plenary_member_name_direction_changed (GtkWidget        *widget,
                                       GtkTextDirection  previous)
{
  g_clear_object (&PLENARY_MEMBER_NAME (widget)->layout);
  gtk_widget_queue_resize (widget);
}

static void plenary_member_list_name_activated (PlenaryMemberList *self,
                                                PlenaryMemberName *name);

static void
plenary_member_name_activate (PlenaryMemberName *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (PLENARY_IS_MEMBER_LIST (parent))
    plenary_member_list_name_activated (PLENARY_MEMBER_LIST (parent), self);
}

static void
plenary_member_name_dispose (GObject *object)
{
  PlenaryMemberName *self = PLENARY_MEMBER_NAME (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->member);

  G_OBJECT_CLASS (plenary_member_name_parent_class)->dispose (object);
}

static void
plenary_member_name_class_init (PlenaryMemberNameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_member_name_dispose;
  widget_class->measure = plenary_member_name_measure;
  widget_class->snapshot = plenary_member_name_snapshot;
  widget_class->css_changed = plenary_member_name_css_changed;
  widget_class->direction_changed = plenary_member_name_direction_changed;

  /**
   * PlenaryMemberName::activate:
   *
   * Enter or Space on the name, or gtk_widget_activate().
   */
  name_signals[NAME_ACTIVATE] =
    g_signal_new_class_handler ("activate",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (plenary_member_name_activate),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, name_signals[NAME_ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "membername");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
plenary_member_name_init (PlenaryMemberName *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

static GtkWidget *
plenary_member_name_new (PlenaryMember *member,
                         int            index)
{
  PlenaryMemberName *self = g_object_new (PLENARY_TYPE_MEMBER_NAME, NULL);

  self->member = g_object_ref (member);
  self->index = index;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  plenary_member_get_localized_name (member), -1);
  return GTK_WIDGET (self);
}


/* The list */

/* Whether Control is held on the keyboard of @widget's display: how a
 * click on a picture, whose view says only which member was hit, tells a
 * Ctrl+click from a click. */
gboolean
plenary_widget_control_is_held (GtkWidget *widget)
{
  GdkSeat *seat = gdk_display_get_default_seat (gtk_widget_get_display (widget));
  GdkDevice *keyboard = seat != NULL ? gdk_seat_get_keyboard (seat) : NULL;

  return keyboard != NULL && (gdk_device_get_modifier_state (keyboard) & GDK_CONTROL_MASK) != 0;
}

/* The member a child of the list stands for, or -1. */
int
plenary_member_list_get_member (PlenaryMemberList *self,
                                GtkWidget         *child)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER_LIST (self), -1);

  if (!PLENARY_IS_MEMBER_NAME (child))
    return -1;
  return PLENARY_MEMBER_NAME (child)->index;
}

static gboolean
is_picked (PlenaryMemberList *self,
           int                member)
{
  for (guint i = 0; i < self->picked->len; i++)
    if (g_array_index (self->picked, int, i) == member)
      return TRUE;
  return FALSE;
}

static void
plenary_member_list_name_activated (PlenaryMemberList *self,
                                    PlenaryMemberName *name)
{
  g_signal_emit (self, signals[MEMBER_ACTIVATED], 0, name->index);
}

/* The list's own child that @widget is in, or NULL. */
static GtkWidget *
own_child (PlenaryMemberList *self,
           GtkWidget         *widget)
{
  while (widget != NULL && gtk_widget_get_parent (widget) != GTK_WIDGET (self))
    widget = gtk_widget_get_parent (widget);
  return widget;
}

/* A click on a name focuses it and activates it; Ctrl+click toggles it. */
static void
released_cb (PlenaryMemberList *self,
             int                n_press,
             double             x,
             double             y,
             GtkGestureClick   *gesture)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *child = own_child (self, gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT));
  int member = plenary_member_list_get_member (self, child);

  if (member < 0 || n_press > 1)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (child);
  g_signal_emit (self, signals[(state & GDK_CONTROL_MASK) != 0 ? MEMBER_TOGGLED : MEMBER_ACTIVATED], 0, member);
}

/* Wrapping */

/* Lays the names out in lines no wider than @width, as text, placing them
 * if @allocate, and returns the height of them all. */
static int
wrap (PlenaryMemberList *self,
      int                width,
      gboolean           allocate)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GtkWidget *line_start = gtk_widget_get_first_child (GTK_WIDGET (self));
  int y = 0;

  while (line_start != NULL)
    {
      GtkWidget *child = line_start;
      GtkWidget *line_end;
      int x = 0, line_height = 0;

      /* One line: as many names as fit, and at least one. */
      for (; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_width, child_height;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
          if (x > 0 && x + child_width > width)
            break;
          child_width = MIN (child_width, width);
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
          line_height = MAX (line_height, child_height);
          x += child_width + COLUMN_SPACING;
        }
      line_end = child;

      if (allocate)
        for (x = 0, child = line_start; child != line_end; child = gtk_widget_get_next_sibling (child))
          {
            int child_width;

            if (!gtk_widget_should_layout (child))
              continue;
            gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
            child_width = MIN (child_width, width);
            gtk_widget_size_allocate (child,
                                      &(GtkAllocation) { rtl ? width - x - child_width : x, y,
                                                         child_width, line_height },
                                      -1);
            x += child_width + COLUMN_SPACING;
          }

      y += line_height + ROW_SPACING;
      line_start = line_end;
    }
  return MAX (y - ROW_SPACING, 0);
}

static GtkSizeRequestMode
plenary_member_list_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
plenary_member_list_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PlenaryMemberList *self = PLENARY_MEMBER_LIST (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The widest name, or all on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum, child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, &child_natural, NULL, NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural += child_natural + (*natural > 0 ? COLUMN_SPACING : 0);
        }
      /* A list that wants all its names on one line asks for too much. */
      *natural = MIN (*natural, 600);
      *natural = MAX (*natural, *minimum);
      return;
    }

  *minimum = *natural = wrap (self, for_size >= 0 ? for_size : 600, FALSE);
}

static void
plenary_member_list_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  wrap (PLENARY_MEMBER_LIST (widget), width, TRUE);
}

/* Copies the focused member's name, as a reader would write it. */
gboolean
plenary_member_list_copy_focused (PlenaryMemberList *self)
{
  GtkWidget *child;
  PlenaryMember *member;

  g_return_val_if_fail (PLENARY_IS_MEMBER_LIST (self), FALSE);

  child = gtk_widget_get_focus_child (GTK_WIDGET (self));
  member = PLENARY_IS_MEMBER_NAME (child) ? PLENARY_MEMBER_NAME (child)->member : NULL;
  if (member == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                          plenary_member_get_localized_name (member));
  return TRUE;
}

static void
copy_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  plenary_member_list_copy_focused (PLENARY_MEMBER_LIST (widget));
}

static void
toggle_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlenaryMemberList *self = PLENARY_MEMBER_LIST (widget);
  int member = plenary_member_list_get_member (self, gtk_widget_get_focus_child (GTK_WIDGET (self)));

  if (member >= 0)
    g_signal_emit (self, signals[MEMBER_TOGGLED], 0, member);
}

static void
plenary_member_list_dispose (GObject *object)
{
  PlenaryMemberList *self = PLENARY_MEMBER_LIST (object);

  plenary_member_list_clear (self);

  G_OBJECT_CLASS (plenary_member_list_parent_class)->dispose (object);
}

static void
plenary_member_list_finalize (GObject *object)
{
  PlenaryMemberList *self = PLENARY_MEMBER_LIST (object);

  g_array_unref (self->picked);

  G_OBJECT_CLASS (plenary_member_list_parent_class)->finalize (object);
}

static void
plenary_member_list_class_init (PlenaryMemberListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plenary_member_list_dispose;
  object_class->finalize = plenary_member_list_finalize;
  widget_class->get_request_mode = plenary_member_list_get_request_mode;
  widget_class->measure = plenary_member_list_measure;
  widget_class->size_allocate = plenary_member_list_size_allocate;

  /**
   * PlenaryMemberList::member-activated:
   * @member: the member, as the index given to plenary_member_list_append()
   *
   * A name was clicked, or Enter or Space pressed on it.
   */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * PlenaryMemberList::member-toggled:
   * @member: the member
   *
   * A name was Ctrl+clicked, or Ctrl+Enter pressed on it: the member goes
   * into the picked members, or out of them.
   */
  signals[MEMBER_TOGGLED] =
    g_signal_new ("member-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "members.copy", NULL, copy_action_cb);
  gtk_widget_class_install_action (widget_class, "members.toggle", NULL, toggle_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "members.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "members.toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "members.toggle", NULL);

  gtk_widget_class_set_css_name (widget_class, "memberlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plenary_member_list_init (PlenaryMemberList *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->picked = g_array_new (FALSE, FALSE, sizeof (int));
  g_signal_connect_object (click, "released", G_CALLBACK (released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
plenary_member_list_new (void)
{
  return g_object_new (PLENARY_TYPE_MEMBER_LIST, NULL);
}

void
plenary_member_list_clear (PlenaryMemberList *self)
{
  GtkWidget *child;

  g_return_if_fail (PLENARY_IS_MEMBER_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->n_members = 0;
}

/* Adds @member, known to the signals as @index, after the others: callers
 * give them in the order to show. */
void
plenary_member_list_append (PlenaryMemberList *self,
                            guint              index,
                            PlenaryMember     *member)
{
  GtkWidget *child;

  g_return_if_fail (PLENARY_IS_MEMBER_LIST (self));
  g_return_if_fail (PLENARY_IS_MEMBER (member));

  child = plenary_member_name_new (member, (int) index);
  if (is_picked (self, (int) index))
    gtk_widget_add_css_class (child, "picked");
  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
  self->n_members++;
}

guint
plenary_member_list_get_n_members (PlenaryMemberList *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER_LIST (self), 0);

  return self->n_members;
}

/* The child that shows the member at @position, or NULL. */
GtkWidget *
plenary_member_list_get_child (PlenaryMemberList *self,
                               guint              position)
{
  GtkWidget *child;

  g_return_val_if_fail (PLENARY_IS_MEMBER_LIST (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL && position > 0;
       child = gtk_widget_get_next_sibling (child))
    position--;
  return child;
}

/* Shows @members (indices as given to plenary_member_list_append()) as
 * picked. Only their style changes: the focus stays where it is. */
void
plenary_member_list_set_picked (PlenaryMemberList *self,
                                const int         *members,
                                guint              n_members)
{
  g_return_if_fail (PLENARY_IS_MEMBER_LIST (self));

  g_array_set_size (self->picked, 0);
  if (n_members > 0)
    g_array_append_vals (self->picked, members, n_members);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (is_picked (self, plenary_member_list_get_member (self, child)))
        gtk_widget_add_css_class (child, "picked");
      else
        gtk_widget_remove_css_class (child, "picked");
    }
}
