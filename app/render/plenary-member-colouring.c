/* plenary-member-colouring.c: what each member is drawn as, on a map or in tiles
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map and the tiles do not know about votes: they draw each member in
 * the category this colouring gives it, at the places it held on the day.
 * A state of the past that was a member is drawn on the present-day shapes
 * of its successors that were not members themselves (the Soviet Union
 * without Belarus and Ukraine), on the tile of the state that continues its
 * seat, or as a dot of its own where no shape is its (the German Democratic
 * Republic). A vote gives each member its vote,
 * "not in this body" for a UN member that did not sit in the body, and "not
 * a UN member" for a state that was not one on the day. Other colourings
 * (an agreement share, a change between two votes) give other categories or
 * values through the same door.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-legend.h"
#include "plenary-member.h"
#include "plenary-member-colouring.h"
#include "plenary-picture.h"
#include "plenary-un-members.h"

struct _PlenaryMemberColouring
{
  gatomicrefcount  ref_count;
  GPtrArray       *members;    /* PlenaryMember, in dataset order */
  GHashTable      *index;      /* code → index + 1 */
  guint8          *categories; /* PlenaryCategory per member */
  guint            present;    /* the categories used, as bits */
  GHashTable      *places;     /* present-day code → member index + 1, where not its own */
  GHashTable      *tiles;      /* tile code → member index + 1, where not its own */
  GArray          *dots;       /* PlenaryColouringDot */
};

G_DEFINE_BOXED_TYPE (PlenaryMemberColouring, plenary_member_colouring,
                     plenary_member_colouring_ref, plenary_member_colouring_unref)

static PlenaryMemberColouring *
colouring_new (GPtrArray *members)
{
  PlenaryMemberColouring *self = g_new0 (PlenaryMemberColouring, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->members = g_ptr_array_ref (members);
  self->categories = g_new0 (guint8, MAX (members->len, 1));
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->places = g_hash_table_new (g_str_hash, g_str_equal);
  self->tiles = g_hash_table_new (g_str_hash, g_str_equal);
  self->dots = g_array_new (FALSE, FALSE, sizeof (PlenaryColouringDot));
  for (guint i = 0; i < members->len; i++)
    g_hash_table_insert (self->index, (gpointer) plenary_member_get_code (g_ptr_array_index (members, i)),
                         GUINT_TO_POINTER (i + 1));
  return self;
}

static gboolean
is_member (PlenaryMemberColouring *self,
           int                     member)
{
  return member >= 0 && self->categories[member] != PLENARY_CATEGORY_NOT_A_MEMBER;
}

/* Where the states of the past that were members are drawn; needs the
 * categories, which say who was a member on the day. */
static void
place_states_of_the_past (PlenaryMemberColouring *self)
{
  for (guint m = 0; m < self->members->len; m++)
    {
      const char *code = plenary_member_get_code (g_ptr_array_index (self->members, m));
      const PlenaryUnMember *entry = plenary_un_members_lookup (code);
      const char *tile = NULL;

      if (entry == NULL || !is_member (self, (int) m) || (entry->shapes == NULL && !entry->has_dot))
        continue;

      for (guint i = 0; entry->shapes != NULL && entry->shapes[i] != NULL; i++)
        if (!is_member (self, plenary_member_colouring_find (self, entry->shapes[i])))
          {
            g_hash_table_insert (self->places, (gpointer) entry->shapes[i], GUINT_TO_POINTER (m + 1));
            if (tile == NULL)
              tile = entry->shapes[i];
          }

      /* Its tile is that of the state that carries its seat on, else its
       * first successor's. */
      for (guint i = 0; i < self->members->len; i++)
        {
          const PlenaryUnMember *other = plenary_un_members_lookup (plenary_member_get_code (g_ptr_array_index (self->members, i)));

          if (other != NULL && g_str_equal (other->continues, code) &&
              g_hash_table_lookup (self->places, other->code) == GUINT_TO_POINTER (m + 1))
            tile = other->code;
        }
      if (tile != NULL)
        g_hash_table_insert (self->tiles, (gpointer) tile, GUINT_TO_POINTER (m + 1));

      if (entry->has_dot)
        {
          PlenaryColouringDot dot = { (int) m, entry->dot_lon, entry->dot_lat };

          g_array_append_val (self->dots, dot);
        }
    }
}

/**
 * plenary_member_colouring_new_for_vote:
 *
 * Returns: (transfer full): every member of @resolution's dataset coloured
 *   by its vote
 */
PlenaryMemberColouring *
plenary_member_colouring_new_for_vote (PlenaryResolution *resolution)
{
  guint n = plenary_resolution_get_n_members (resolution);
  g_autoptr(GPtrArray) members = g_ptr_array_sized_new (n);
  PlenaryMemberColouring *self;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (members, plenary_resolution_get_member (resolution, i));
  self = colouring_new (members);

  for (guint i = 0; i < n; i++)
    {
      PlenaryVote vote = plenary_resolution_get_vote (resolution, i);
      PlenaryCategory category = (PlenaryCategory) vote;

      if (vote == PLENARY_VOTE_NOT_IN_BODY &&
          !plenary_member_is_un_member_on (plenary_resolution_get_member (resolution, i),
                                           plenary_resolution_get_date (resolution)))
        category = PLENARY_CATEGORY_NOT_A_MEMBER;
      self->categories[i] = category;
      self->present |= PLENARY_CATEGORY_BIT (category);
    }
  place_states_of_the_past (self);
  return self;
}

PlenaryMemberColouring *
plenary_member_colouring_ref (PlenaryMemberColouring *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
plenary_member_colouring_unref (PlenaryMemberColouring *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->members);
  g_hash_table_unref (self->index);
  g_hash_table_unref (self->places);
  g_hash_table_unref (self->tiles);
  g_array_unref (self->dots);
  g_free (self->categories);
  g_free (self);
}

guint
plenary_member_colouring_get_n_members (PlenaryMemberColouring *self)
{
  return self->members->len;
}

PlenaryMember *
plenary_member_colouring_get_member (PlenaryMemberColouring *self,
                                     guint                   member)
{
  g_return_val_if_fail (member < self->members->len, NULL);

  return g_ptr_array_index (self->members, member);
}

/* The index of the member with @code, or -1. */
int
plenary_member_colouring_find (PlenaryMemberColouring *self,
                               const char             *code)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->index, code)) - 1;
}

PlenaryCategory
plenary_member_colouring_get_category (PlenaryMemberColouring *self,
                                       guint                   member)
{
  g_return_val_if_fail (member < self->members->len, PLENARY_CATEGORY_NOT_A_MEMBER);

  return (PlenaryCategory) self->categories[member];
}

/* The categories some member has, as PLENARY_CATEGORY_BIT()s. */
guint
plenary_member_colouring_get_categories (PlenaryMemberColouring *self)
{
  return self->present;
}

/* The member drawn at @place, a present-day code of the map: a state of the
 * past whose land it was on the day, else the state itself, or -1. */
int
plenary_member_colouring_member_at (PlenaryMemberColouring *self,
                                    const char             *place)
{
  gpointer found = g_hash_table_lookup (self->places, place);

  return found != NULL ? GPOINTER_TO_INT (found) - 1 : plenary_member_colouring_find (self, place);
}

/* The member drawn on the tile of @tile, or -1. */
int
plenary_member_colouring_member_on_tile (PlenaryMemberColouring *self,
                                         const char             *tile)
{
  gpointer found = g_hash_table_lookup (self->tiles, tile);

  return found != NULL ? GPOINTER_TO_INT (found) - 1 : plenary_member_colouring_find (self, tile);
}

/**
 * plenary_member_colouring_get_dots:
 *
 * Returns: (array length=n_dots): the states of the past, members on the
 *   day, that have no shape of their own
 */
const PlenaryColouringDot *
plenary_member_colouring_get_dots (PlenaryMemberColouring *self,
                                   guint                  *n_dots)
{
  *n_dots = self->dots->len;
  return (const PlenaryColouringDot *) (gpointer) self->dots->data;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GPtrArray *members = user_data;

  return strcmp (plenary_member_get_collate_key (g_ptr_array_index (members, *(const guint *) a)),
                 plenary_member_get_collate_key (g_ptr_array_index (members, *(const guint *) b)));
}

/**
 * plenary_member_colouring_dup_table:
 * @value_heading: the heading of the last column, which holds each
 *   member's category in words
 *
 * Returns: (transfer full): one row per member that was in the body, sorted
 *   by name as the user's language sorts: code, name, regional group, and
 *   its category
 */
PlenaryTable *
plenary_member_colouring_dup_table (PlenaryMemberColouring *self,
                                    const char             *value_heading)
{
  const char *columns[] = {
    /* Translators: a column of a table of members: the ISO 3166-1 code, "FRA". */
    C_("table", "Code"),
    /* Translators: a column of a table of members: the member's name. */
    C_("table", "Member"),
    /* Translators: a column of a table of members: its UN regional group. */
    C_("table", "Regional group"),
    value_heading,
    NULL,
  };
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  PlenaryTable *table = plenary_table_new (columns);

  for (guint i = 0; i < self->members->len; i++)
    if (self->categories[i] != PLENARY_CATEGORY_NOT_A_MEMBER &&
        self->categories[i] != PLENARY_CATEGORY_NOT_IN_BODY)
      g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_by_name, self->members);

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      PlenaryMember *member = g_ptr_array_index (self->members, i);
      const char *cells[] = {
        plenary_member_get_code (member),
        plenary_member_get_localized_name (member),
        plenary_group_get_label (plenary_member_get_group (member)),
        plenary_category_get_label ((PlenaryCategory) self->categories[i]),
      };

      plenary_table_add (table, cells);
    }
  return table;
}
