/* plenary-member.c: one member state of the United Nations
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names come from plenary-countries (Plenary's table of member names,
 * then iso-codes); a name given in the data is used only for codes neither
 * knows (historical states, say), but it is kept so that a save writes back
 * what was read.
 *
 * The group and the dates of membership come from two places: Plenary's own
 * table (data/un-members.json, "bundled"), and the data file, which may say
 * otherwise. What the file says wins, and is kept apart so that a save writes
 * back only that. A state may have held a seat more than once (Syria before
 * and after the United Arab Republic), so membership is a list of periods.
 */

#define G_LOG_DOMAIN "plenary-member"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-countries.h"
#include "plenary-date.h"
#include "plenary-member.h"

struct _PlenaryMember
{
  GObject       parent_instance;

  char         *code;
  char         *data_name;
  char         *collate_key;
  PlenaryGroup  group;          /* as the data gave it, if group_is_set */
  PlenaryGroup  bundled_group;  /* from Plenary's own table */
  GDate         admitted;       /* as the data gave them, or cleared */
  GDate         left;
  GArray       *bundled;        /* of PlenaryMembershipPeriod, from Plenary's table */
  GArray       *periods;        /* of PlenaryMembershipPeriod: the ones that count */
  GArray       *days;           /* of guint32 pairs: the periods as Julian days, [from, to) */
  guint         group_is_set : 1;
  guint         declared : 1;
  guint         permanent : 1;
};

G_DEFINE_FINAL_TYPE (PlenaryMember, plenary_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ADMITTED,
  PROP_CODE,
  PROP_GROUP,
  PROP_LEFT,
  PROP_LOCALIZED_NAME,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plenary_member_finalize (GObject *object)
{
  PlenaryMember *self = (PlenaryMember *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->data_name, g_free);
  g_clear_pointer (&self->collate_key, g_free);
  g_clear_pointer (&self->bundled, g_array_unref);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->days, g_array_unref);

  G_OBJECT_CLASS (plenary_member_parent_class)->finalize (object);
}

static void
plenary_member_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlenaryMember *self = PLENARY_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ADMITTED:
      g_value_take_string (value, plenary_date_to_iso (plenary_member_get_admitted (self)));
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_GROUP:
      g_value_set_enum (value, plenary_member_get_group (self));
      break;
    case PROP_LEFT:
      g_value_take_string (value, plenary_date_to_iso (plenary_member_get_left (self)));
      break;
    case PROP_LOCALIZED_NAME:
      g_value_set_string (value, plenary_member_get_localized_name (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, plenary_member_get_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_member_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlenaryMember *self = PLENARY_MEMBER (object);

  switch (prop_id)
    {
    case PROP_CODE:
      {
        static const char * const permanent[] = { "CHN", "FRA", "GBR", "RUS", "SUN", "USA" };

        self->code = g_value_dup_string (value);
        self->permanent = self->code != NULL && g_strv_contains (permanent, self->code);
      }
      break;
    case PROP_GROUP:
      plenary_member_set_group (self, g_value_get_enum (value));
      break;
    case PROP_NAME:
      plenary_member_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_member_class_init (PlenaryMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_member_finalize;
  object_class->get_property = plenary_member_get_property;
  object_class->set_property = plenary_member_set_property;

  properties[PROP_ADMITTED] =
    g_param_spec_string ("admitted", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP] =
    g_param_spec_enum ("group", NULL, NULL,
                       PLENARY_TYPE_GROUP, PLENARY_GROUP_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEFT] =
    g_param_spec_string ("left", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCALIZED_NAME] =
    g_param_spec_string ("localized-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The periods that count: the bundled ones, with the first admission and the
 * last departure moved to the data's dates where the data gives them.
 * Periods wholly outside the data's dates are dropped; the gaps between the
 * others stay. With neither, the member always was one. */
static void
update_periods (PlenaryMember *self)
{
  const GDate *first = g_date_valid (&self->admitted) ? &self->admitted : NULL;
  const GDate *last = g_date_valid (&self->left) ? &self->left : NULL;
  PlenaryMembershipPeriod *period;

  g_array_set_size (self->periods, 0);
  for (guint i = 0; i < self->bundled->len; i++)
    {
      period = &g_array_index (self->bundled, PlenaryMembershipPeriod, i);
      if (first != NULL && g_date_valid (&period->to) && g_date_compare (&period->to, first) <= 0)
        continue;
      if (last != NULL && g_date_valid (&period->from) && g_date_compare (&period->from, last) >= 0)
        continue;
      g_array_append_vals (self->periods, period, 1);
    }
  if (self->periods->len == 0)
    g_array_set_size (self->periods, 1);  /* cleared: zero-filled */

  if (first != NULL)
    g_array_index (self->periods, PlenaryMembershipPeriod, 0).from = *first;
  if (last != NULL)
    g_array_index (self->periods, PlenaryMembershipPeriod, self->periods->len - 1).to = *last;

  /* The same as Julian days, for the tallies that ask thousands of times. */
  g_array_set_size (self->days, 0);
  for (guint i = 0; i < self->periods->len; i++)
    {
      period = &g_array_index (self->periods, PlenaryMembershipPeriod, i);
      guint32 range[2] = {
        g_date_valid (&period->from) ? g_date_get_julian (&period->from) : 0,
        g_date_valid (&period->to) ? g_date_get_julian (&period->to) : G_MAXUINT32,
      };

      g_array_append_vals (self->days, range, 2);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADMITTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEFT]);
}

static void
plenary_member_init (PlenaryMember *self)
{
  g_date_clear (&self->admitted, 1);
  g_date_clear (&self->left, 1);
  self->bundled = g_array_new (FALSE, TRUE, sizeof (PlenaryMembershipPeriod));
  self->periods = g_array_new (FALSE, TRUE, sizeof (PlenaryMembershipPeriod));
  g_array_set_size (self->periods, 1);
  self->days = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_vals (self->days, (guint32[]) { 0, G_MAXUINT32 }, 2);
}

PlenaryMember *
plenary_member_new (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  return g_object_new (PLENARY_TYPE_MEMBER, "code", code, NULL);
}

const char *
plenary_member_get_code (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  return self->code;
}

/* The English name as ISO 3166 has it ("Russian Federation"), else the name
 * in the data, else the code: what a search in any language also matches.
 * Lists show plenary_member_get_localized_name(). */
const char *
plenary_member_get_name (PlenaryMember *self)
{
  const char *name;

  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  name = plenary_countries_get_name (self->code);
  if (name != NULL)
    return name;
  if (self->data_name != NULL && *self->data_name != '\0')
    return self->data_name;
  return self->code;
}

/* The name as the data file gave it, or NULL. */
const char *
plenary_member_get_data_name (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  return self->data_name;
}

void
plenary_member_set_name (PlenaryMember *self,
                         const char    *name)
{
  g_return_if_fail (PLENARY_IS_MEMBER (self));

  if (g_strcmp0 (self->data_name, name) == 0)
    return;

  g_free (self->data_name);
  self->data_name = g_strdup (name);
  g_clear_pointer (&self->collate_key, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCALIZED_NAME]);
}

/* The short name in the user's language, as lists show it ("Russie"). */
const char *
plenary_member_get_localized_name (PlenaryMember *self)
{
  const char *name;

  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  name = plenary_countries_get_localized_name (self->code);
  if (name != NULL)
    return name;
  return plenary_member_get_name (self);
}

/* The full official name in the user's language ("Fédération de Russie"),
 * for tooltips and the country page; for a state of the past, its one name. */
const char *
plenary_member_get_official_name (PlenaryMember *self)
{
  const char *name;

  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  name = plenary_countries_get_localized_official_name (self->code);
  if (name != NULL)
    return name;
  return plenary_member_get_localized_name (self);
}

/* The key that sorts the member by its name in the user's language, made
 * once: lists of members are sorted many times, the names never change. */
const char *
plenary_member_get_collate_key (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  if (self->collate_key == NULL)
    self->collate_key = g_utf8_collate_key (plenary_member_get_localized_name (self), -1);
  return self->collate_key;
}

/* The group the data gives, else Plenary's own. */
PlenaryGroup
plenary_member_get_group (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), PLENARY_GROUP_NONE);

  return self->group_is_set ? self->group : self->bundled_group;
}

/* Sets the group as the data gives it. */
void
plenary_member_set_group (PlenaryMember *self,
                          PlenaryGroup   group)
{
  PlenaryGroup old;

  g_return_if_fail (PLENARY_IS_MEMBER (self));

  old = plenary_member_get_group (self);
  self->group = group;
  self->group_is_set = TRUE;
  if (old != group)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

/* Whether the data gave a group (Plenary's own does not count). */
gboolean
plenary_member_get_group_is_set (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), FALSE);

  return self->group_is_set;
}

/* The first admission, or NULL if unknown. */
const GDate *
plenary_member_get_admitted (PlenaryMember *self)
{
  const PlenaryMembershipPeriod *first;

  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  first = &g_array_index (self->periods, PlenaryMembershipPeriod, 0);
  return g_date_valid (&first->from) ? &first->from : NULL;
}

/* Sets the date of admission as the data gives it; NULL: the data gives none. */
void
plenary_member_set_admitted (PlenaryMember *self,
                             const GDate   *date)
{
  g_return_if_fail (PLENARY_IS_MEMBER (self));

  if (date != NULL && g_date_valid (date))
    self->admitted = *date;
  else
    g_date_clear (&self->admitted, 1);
  update_periods (self);
}

/* The date of admission as the data gave it, or NULL. */
const GDate *
plenary_member_get_data_admitted (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  return g_date_valid (&self->admitted) ? &self->admitted : NULL;
}

/* The first day the state was no longer a member, after its last period;
 * NULL while it still is one. */
const GDate *
plenary_member_get_left (PlenaryMember *self)
{
  const PlenaryMembershipPeriod *last;

  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  last = &g_array_index (self->periods, PlenaryMembershipPeriod, self->periods->len - 1);
  return g_date_valid (&last->to) ? &last->to : NULL;
}

/* Sets the date of leaving as the data gives it; NULL: the data gives none. */
void
plenary_member_set_left (PlenaryMember *self,
                         const GDate   *date)
{
  g_return_if_fail (PLENARY_IS_MEMBER (self));

  if (date != NULL && g_date_valid (date))
    self->left = *date;
  else
    g_date_clear (&self->left, 1);
  update_periods (self);
}

/* The date of leaving as the data gave it, or NULL. */
const GDate *
plenary_member_get_data_left (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  return g_date_valid (&self->left) ? &self->left : NULL;
}

/**
 * plenary_member_set_bundled:
 * @group: the regional group in Plenary's table
 * @periods: (array length=n_periods): the periods of membership, in order
 *
 * Gives the member what Plenary's own table knows. The data's group and
 * dates, where set, still win.
 */
void
plenary_member_set_bundled (PlenaryMember                 *self,
                            PlenaryGroup                   group,
                            const PlenaryMembershipPeriod *periods,
                            guint                          n_periods)
{
  PlenaryGroup old;

  g_return_if_fail (PLENARY_IS_MEMBER (self));
  g_return_if_fail (periods != NULL || n_periods == 0);

  old = plenary_member_get_group (self);
  self->bundled_group = group;
  if (old != plenary_member_get_group (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);

  g_array_set_size (self->bundled, 0);
  g_array_append_vals (self->bundled, periods, n_periods);
  update_periods (self);
}

/**
 * plenary_member_get_periods:
 * @n_periods: (out): the number of periods, at least 1
 *
 * Returns: (array length=n_periods) (transfer none): the periods of
 *   membership, in order; a bound that is unknown is a cleared date
 */
const PlenaryMembershipPeriod *
plenary_member_get_periods (PlenaryMember *self,
                            guint         *n_periods)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  if (n_periods != NULL)
    *n_periods = self->periods->len;
  return (const PlenaryMembershipPeriod *) (gpointer) self->periods->data;
}

/* Whether the data file's `members` list declared this member; a save writes
 * back exactly the declared ones. */
gboolean
plenary_member_get_declared (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), FALSE);

  return self->declared;
}

void
plenary_member_set_declared (PlenaryMember *self,
                             gboolean       declared)
{
  g_return_if_fail (PLENARY_IS_MEMBER (self));

  self->declared = !!declared;
}

/* The five permanent members of the Security Council. The Soviet Union held
 * Russia's seat until 1991. */
gboolean
plenary_member_is_permanent (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), FALSE);

  return self->permanent;
}

/* Whether the member belonged to the United Nations on @date, as far as the
 * data and Plenary's table say: a member with no dates always did. With no
 * date, whether it still does. */
gboolean
plenary_member_is_un_member_on_day (PlenaryMember *self,
                                    guint32        julian_day)
{
  const guint32 *days = (const guint32 *) (gpointer) self->days->data;

  for (guint i = 0; i < self->days->len; i += 2)
    if (julian_day >= days[i] && julian_day < days[i + 1])
      return TRUE;
  return FALSE;
}

gboolean
plenary_member_is_un_member_on (PlenaryMember *self,
                                const GDate   *date)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), FALSE);

  if (date == NULL || !g_date_valid (date))
    return plenary_member_get_left (self) == NULL;

  for (guint i = 0; i < self->periods->len; i++)
    {
      const PlenaryMembershipPeriod *period = &g_array_index (self->periods, PlenaryMembershipPeriod, i);

      if ((!g_date_valid (&period->from) || g_date_compare (date, &period->from) >= 0) &&
          (!g_date_valid (&period->to) || g_date_compare (date, &period->to) < 0))
        return TRUE;
    }
  return FALSE;
}
