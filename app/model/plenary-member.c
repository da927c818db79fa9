/* plenary-member.c: one member state of the United Nations
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The English name comes from iso-codes; a name given in the data is used
 * only for codes iso-codes does not know (historical states, say), but it is
 * kept so that a save writes back what was read.
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
  PlenaryGroup  group;
  GDate         admitted;
  GDate         left;
  guint         group_is_set : 1;
  guint         declared : 1;
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
      g_value_take_string (value, plenary_date_to_iso (&self->admitted));
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_GROUP:
      g_value_set_enum (value, self->group);
      break;
    case PROP_LEFT:
      g_value_take_string (value, plenary_date_to_iso (&self->left));
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
      self->code = g_value_dup_string (value);
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

static void
plenary_member_init (PlenaryMember *self)
{
  g_date_clear (&self->admitted, 1);
  g_date_clear (&self->left, 1);
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

/* The English name: iso-codes' name, else the name in the data, else the code. */
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

/* The name in the user's language. */
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

PlenaryGroup
plenary_member_get_group (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), PLENARY_GROUP_NONE);

  return self->group;
}

void
plenary_member_set_group (PlenaryMember *self,
                          PlenaryGroup   group)
{
  g_return_if_fail (PLENARY_IS_MEMBER (self));

  self->group_is_set = TRUE;
  if (self->group == group)
    return;

  self->group = group;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

gboolean
plenary_member_get_group_is_set (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), FALSE);

  return self->group_is_set;
}

const GDate *
plenary_member_get_admitted (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  return g_date_valid (&self->admitted) ? &self->admitted : NULL;
}

void
plenary_member_set_admitted (PlenaryMember *self,
                             const GDate   *date)
{
  g_return_if_fail (PLENARY_IS_MEMBER (self));

  if (date != NULL && g_date_valid (date))
    self->admitted = *date;
  else
    g_date_clear (&self->admitted, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADMITTED]);
}

const GDate *
plenary_member_get_left (PlenaryMember *self)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), NULL);

  return g_date_valid (&self->left) ? &self->left : NULL;
}

void
plenary_member_set_left (PlenaryMember *self,
                         const GDate   *date)
{
  g_return_if_fail (PLENARY_IS_MEMBER (self));

  if (date != NULL && g_date_valid (date))
    self->left = *date;
  else
    g_date_clear (&self->left, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEFT]);
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
  static const char * const permanent[] = { "CHN", "FRA", "GBR", "RUS", "SUN", "USA" };

  g_return_val_if_fail (PLENARY_IS_MEMBER (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (permanent); i++)
    if (g_strcmp0 (self->code, permanent[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the member belonged to the United Nations on @date, as far as the
 * data says: a member with no dates always did. */
gboolean
plenary_member_is_un_member_on (PlenaryMember *self,
                                const GDate   *date)
{
  g_return_val_if_fail (PLENARY_IS_MEMBER (self), FALSE);

  if (date == NULL || !g_date_valid (date))
    return !g_date_valid (&self->left);
  if (g_date_valid (&self->admitted) && g_date_compare (date, &self->admitted) < 0)
    return FALSE;
  if (g_date_valid (&self->left) && g_date_compare (date, &self->left) >= 0)
    return FALSE;
  return TRUE;
}
