/* plenary-dataset.c: a set of resolutions with their members, a GListModel
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dataset starts with the 193 members of the United Nations and the nine
 * member states of the past (the Soviet Union, Yugoslavia…), each with its
 * group and dates of membership, so that a vote's body is the membership on
 * its date; a file may declare more or say more about these. Once the first
 * resolution is appended the member table is frozen, because every
 * resolution stores its votes in the table's order.
 */

#define G_LOG_DOMAIN "plenary-dataset"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plenary-dataset.h"
#include "plenary-un-members.h"

struct _PlenaryDataset
{
  GObject     parent_instance;

  GPtrArray  *members;
  GHashTable *member_index;
  GPtrArray  *resolutions;
  GHashTable *resolution_by_symbol;
  GPtrArray  *warnings;

  char       *title;
  char       *source;
  char       *display_name;
  GFile      *file;
};

static void plenary_dataset_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlenaryDataset, plenary_dataset, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      plenary_dataset_list_model_init))

enum {
  PROP_0,
  PROP_FILE,
  PROP_N_ITEMS,
  PROP_SOURCE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
plenary_dataset_get_item_type (GListModel *model)
{
  return PLENARY_TYPE_RESOLUTION;
}

static guint
plenary_dataset_get_n_items (GListModel *model)
{
  return PLENARY_DATASET (model)->resolutions->len;
}

static gpointer
plenary_dataset_get_item (GListModel *model,
                          guint       position)
{
  PlenaryDataset *self = PLENARY_DATASET (model);

  if (position >= self->resolutions->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->resolutions, position));
}

static void
plenary_dataset_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = plenary_dataset_get_item_type;
  iface->get_n_items = plenary_dataset_get_n_items;
  iface->get_item = plenary_dataset_get_item;
}

static void
plenary_dataset_finalize (GObject *object)
{
  PlenaryDataset *self = (PlenaryDataset *) object;

  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->member_index, g_hash_table_unref);
  g_clear_pointer (&self->resolutions, g_ptr_array_unref);
  g_clear_pointer (&self->resolution_by_symbol, g_hash_table_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (plenary_dataset_parent_class)->finalize (object);
}

static void
plenary_dataset_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlenaryDataset *self = PLENARY_DATASET (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->resolutions->len);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plenary_dataset_class_init (PlenaryDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plenary_dataset_finalize;
  object_class->get_property = plenary_dataset_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plenary_dataset_init (PlenaryDataset *self)
{
  const PlenaryUnMember *un_members;
  guint n_un_members;

  self->members = g_ptr_array_new_with_free_func (g_object_unref);
  self->member_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->resolutions = g_ptr_array_new_with_free_func (g_object_unref);
  self->resolution_by_symbol = g_hash_table_new (g_str_hash, g_str_equal);
  self->warnings = g_ptr_array_new_with_free_func (g_free);

  /* Today's members first, then the states of the past. */
  for (guint list = 0; list < 2; list++)
    {
      un_members = list == 0 ? plenary_un_members_get (&n_un_members)
                             : plenary_un_members_get_former (&n_un_members);
      for (guint i = 0; i < n_un_members; i++)
        {
          g_autoptr(PlenaryMember) member = plenary_member_new (un_members[i].code);

          plenary_member_set_bundled (member, un_members[i].group,
                                      un_members[i].periods, un_members[i].n_periods);
          plenary_dataset_add_member (self, member);
        }
    }
}

/* A dataset with the members of the United Nations, of today and of the
 * past, and no resolutions. */
PlenaryDataset *
plenary_dataset_new (void)
{
  return g_object_new (PLENARY_TYPE_DATASET, NULL);
}

guint
plenary_dataset_get_n_members (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), 0);

  return self->members->len;
}

PlenaryMember *
plenary_dataset_get_member (PlenaryDataset *self,
                            guint           index)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->members->len, NULL);

  return g_ptr_array_index (self->members, index);
}

/* Returns the index of the member with @code, or -1. */
int
plenary_dataset_lookup_member (PlenaryDataset *self,
                               const char     *code)
{
  gpointer index;

  g_return_val_if_fail (PLENARY_IS_DATASET (self), -1);

  if (code == NULL || !g_hash_table_lookup_extended (self->member_index, code, NULL, &index))
    return -1;
  return GPOINTER_TO_INT (index);
}

/**
 * plenary_dataset_get_members:
 *
 * Returns: (transfer none) (element-type PlenaryMember): the member table
 */
GPtrArray *
plenary_dataset_get_members (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  return self->members;
}

gboolean
plenary_dataset_get_members_frozen (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), TRUE);

  return self->resolutions->len > 0;
}

/* Adds @member to the table and returns its index. The code must be new, and
 * no resolution may have been appended yet. */
guint
plenary_dataset_add_member (PlenaryDataset *self,
                            PlenaryMember  *member)
{
  guint index;

  g_return_val_if_fail (PLENARY_IS_DATASET (self), 0);
  g_return_val_if_fail (PLENARY_IS_MEMBER (member), 0);
  g_return_val_if_fail (!plenary_dataset_get_members_frozen (self), 0);
  g_return_val_if_fail (plenary_dataset_lookup_member (self, plenary_member_get_code (member)) < 0, 0);

  index = self->members->len;
  g_ptr_array_add (self->members, g_object_ref (member));
  g_hash_table_insert (self->member_index,
                       (gpointer) plenary_member_get_code (member),
                       GUINT_TO_POINTER (index));
  return index;
}

void
plenary_dataset_append_resolution (PlenaryDataset    *self,
                                   PlenaryResolution *resolution)
{
  guint position;

  g_return_if_fail (PLENARY_IS_DATASET (self));
  g_return_if_fail (PLENARY_IS_RESOLUTION (resolution));
  g_return_if_fail (plenary_resolution_get_n_members (resolution) == self->members->len);

  position = self->resolutions->len;
  g_ptr_array_add (self->resolutions, g_object_ref (resolution));
  g_hash_table_insert (self->resolution_by_symbol,
                       (gpointer) plenary_resolution_get_symbol (resolution),
                       resolution);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * plenary_dataset_append_resolutions:
 * @resolutions: (array length=n_resolutions): resolutions with new symbols
 *
 * Appends every resolution at once, telling the list's watchers once.
 */
void
plenary_dataset_append_resolutions (PlenaryDataset     *self,
                                    PlenaryResolution **resolutions,
                                    guint               n_resolutions)
{
  guint position;

  g_return_if_fail (PLENARY_IS_DATASET (self));

  position = self->resolutions->len;
  for (guint i = 0; i < n_resolutions; i++)
    {
      g_return_if_fail (plenary_resolution_get_n_members (resolutions[i]) == self->members->len);
      g_ptr_array_add (self->resolutions, g_object_ref (resolutions[i]));
      g_hash_table_insert (self->resolution_by_symbol,
                           (gpointer) plenary_resolution_get_symbol (resolutions[i]), resolutions[i]);
    }
  if (n_resolutions == 0)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_resolutions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

PlenaryResolution *
plenary_dataset_get_resolution (PlenaryDataset *self,
                                guint           position)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  if (position >= self->resolutions->len)
    return NULL;
  return g_ptr_array_index (self->resolutions, position);
}

/* The resolution whose symbol is exactly @symbol, or NULL. */
PlenaryResolution *
plenary_dataset_find_resolution (PlenaryDataset *self,
                                 const char     *symbol)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  if (symbol == NULL)
    return NULL;
  return g_hash_table_lookup (self->resolution_by_symbol, symbol);
}

static gboolean
set_string (PlenaryDataset  *self,
            char           **field,
            const char      *value,
            GParamSpec      *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

const char *
plenary_dataset_get_title (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  return self->title;
}

void
plenary_dataset_set_title (PlenaryDataset *self,
                           const char     *title)
{
  g_return_if_fail (PLENARY_IS_DATASET (self));

  set_string (self, &self->title, title, properties[PROP_TITLE]);
}

const char *
plenary_dataset_get_source (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  return self->source;
}

void
plenary_dataset_set_source (PlenaryDataset *self,
                            const char     *source)
{
  g_return_if_fail (PLENARY_IS_DATASET (self));

  set_string (self, &self->source, source, properties[PROP_SOURCE]);
}

GFile *
plenary_dataset_get_file (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  return self->file;
}

void
plenary_dataset_set_file (PlenaryDataset *self,
                          GFile          *file)
{
  g_return_if_fail (PLENARY_IS_DATASET (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* A name for the dataset's origin in messages: the file's name, or a
 * description such as "the bundled sample". */
const char *
plenary_dataset_get_display_name (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  return self->display_name;
}

void
plenary_dataset_set_display_name (PlenaryDataset *self,
                                  const char     *display_name)
{
  g_return_if_fail (PLENARY_IS_DATASET (self));

  set_string (self, &self->display_name, display_name, NULL);
}

void
plenary_dataset_add_warning (PlenaryDataset *self,
                             const char     *warning)
{
  g_return_if_fail (PLENARY_IS_DATASET (self));
  g_return_if_fail (warning != NULL);

  g_ptr_array_add (self->warnings, g_strdup (warning));
}

/**
 * plenary_dataset_get_warnings:
 *
 * Returns: (transfer none) (element-type utf8): what loading found worth saying
 */
GPtrArray *
plenary_dataset_get_warnings (PlenaryDataset *self)
{
  g_return_val_if_fail (PLENARY_IS_DATASET (self), NULL);

  return self->warnings;
}
