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
 * a UN member" for a state that was not one on the day.
 *
 * Two other colourings come through the same door. Agreement with a
 * reference member over a period gives each member a value, drawn on the
 * sequential scale, or "too few shared votes" (fewer than 10, greyed and
 * hatched), or "not a UN member" when it never sat in the body in the
 * period; a state of the past is then drawn on those of its shapes whose own
 * member has no votes in the period. Two votes compared give each member its
 * change (yes both times, yes then abstained…), a key with a colour of its
 * own.
 */

#define G_LOG_DOMAIN "plenary-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-describer.h"
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
  /* The body of the vote (or of the second vote compared), for the words
   * of "not in this body"; -1 for a colouring of no one vote. */
  int              body;

  /* Agreement: a value and the votes behind it per member, the reference. */
  double          *values;
  guint           *n_votes;
  int              reference;
  /* A change between two votes: PlenaryChange per member, and the votes. */
  guint8          *changes;
  guint8          *from;
  guint8          *to;
  guint            changes_present;
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
  self->reference = -1;
  self->body = -1;
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
  self->body = (int) plenary_resolution_get_body (resolution);

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
  g_free (self->values);
  g_free (self->n_votes);
  g_free (self->changes);
  g_free (self->from);
  g_free (self->to);
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

/* How many members are drawn as @category. */
guint
plenary_member_colouring_count (PlenaryMemberColouring *self,
                                PlenaryCategory         category)
{
  guint n = 0;

  for (guint i = 0; i < self->members->len; i++)
    n += self->categories[i] == category;
  return n;
}

/* Whether the colouring is a vote's: every member a vote, not in the body,
 * or not a UN member. */
gboolean
plenary_member_colouring_is_vote (PlenaryMemberColouring *self)
{
  return self->values == NULL && self->changes == NULL && self->body >= 0;
}

/* The words for @category in this colouring's legend: "not in this body"
 * says which body. */
const char *
plenary_member_colouring_get_category_label (PlenaryMemberColouring *self,
                                             PlenaryCategory         category)
{
  if (category == PLENARY_CATEGORY_NOT_IN_BODY && self->body >= 0)
    return plenary_describe_not_in_body ((PlenaryBody) self->body);
  return plenary_category_get_label (category);
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
        plenary_member_colouring_get_category_label (self, (PlenaryCategory) self->categories[i]),
      };

      plenary_table_add (table, cells);
    }
  return table;
}

/**
 * plenary_member_colouring_new_for_agreement:
 * @period: (nullable): the days to count; %NULL for all
 * @reference: the member the others are compared with
 *
 * Every member of @vectors' dataset coloured by its agreement with
 * @reference over the roll calls of @period. Members are taken as they sat:
 * the Soviet Union's votes are its own, not the Russian Federation's.
 *
 * Returns: (transfer full): the colouring
 */
PlenaryMemberColouring *
plenary_member_colouring_new_for_agreement (PlenaryVoteVectors   *vectors,
                                            const PlenaryPeriod  *period,
                                            guint                 reference,
                                            PlenaryAgreementKind  kind)
{
  PlenaryDataset *dataset = plenary_vote_vectors_get_dataset (vectors);
  PlenaryMemberColouring *self = colouring_new (plenary_dataset_get_members (dataset));
  guint n = self->members->len;
  PlenaryPeriod all;
  guint first = 0, end = 0;

  g_return_val_if_fail (reference < n, self);

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  plenary_vote_vectors_find_votes (vectors, period, &first, &end);
  self->values = g_new (double, MAX (n, 1));
  self->n_votes = g_new0 (guint, MAX (n, 1));
  self->reference = (int) reference;

  for (guint m = 0; m < n; m++)
    {
      PlenaryAgreementCounts counts;
      PlenaryCategory category;

      plenary_agreement_count (vectors, period, reference, m, PLENARY_AGREEMENT_FLAGS_NONE, &counts);
      self->values[m] = plenary_agreement_counts_get_share (&counts, kind, &self->n_votes[m]);
      if (m == reference)
        category = PLENARY_CATEGORY_REFERENCE;
      else if (self->n_votes[m] >= PLENARY_ALIGNMENT_MIN_VOTES)
        category = PLENARY_CATEGORY_VALUE;
      else if (end > first && plenary_vote_vectors_count (vectors, PLENARY_PLANE_IN_BODY, m, first, end) > 0)
        category = PLENARY_CATEGORY_TOO_FEW;
      else
        category = PLENARY_CATEGORY_NOT_A_MEMBER;
      self->categories[m] = category;
      self->present |= PLENARY_CATEGORY_BIT (category);
    }
  place_states_of_the_past (self);
  return self;
}

/**
 * plenary_member_colouring_new_for_change:
 *
 * Every member coloured by how its vote changed from the first resolution
 * of @comparison to the second. Members that sat in neither body are drawn
 * as on a map of the second.
 *
 * Returns: (transfer full): the colouring
 */
PlenaryMemberColouring *
plenary_member_colouring_new_for_change (PlenaryComparison *comparison)
{
  PlenaryResolution *first = plenary_comparison_get_first (comparison);
  PlenaryResolution *second = plenary_comparison_get_second (comparison);
  guint n = plenary_resolution_get_n_members (first);
  g_autoptr(GPtrArray) members = g_ptr_array_sized_new (n);
  PlenaryMemberColouring *self;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (members, plenary_resolution_get_member (first, i));
  self = colouring_new (members);
  self->body = (int) plenary_resolution_get_body (second);
  self->changes = g_new (guint8, MAX (n, 1));
  self->from = g_new (guint8, MAX (n, 1));
  self->to = g_new (guint8, MAX (n, 1));

  for (guint m = 0; m < n; m++)
    {
      PlenaryVote from, to;
      PlenaryChange change;
      PlenaryCategory category;

      plenary_comparison_get_member (comparison, m, &from, &to);
      self->from[m] = (guint8) from;
      self->to[m] = (guint8) to;
      self->changes[m] = G_MAXUINT8;
      if (plenary_change_from_votes (from, to, &change))
        {
          category = PLENARY_CATEGORY_KEY;
          self->changes[m] = (guint8) change;
          self->changes_present |= 1u << change;
        }
      else if (from == PLENARY_VOTE_NOT_RECORDED || to == PLENARY_VOTE_NOT_RECORDED)
        category = PLENARY_CATEGORY_NOT_RECORDED;
      else if (!plenary_member_is_un_member_on (plenary_resolution_get_member (second, m),
                                                plenary_resolution_get_date (second)) &&
               !plenary_member_is_un_member_on (plenary_resolution_get_member (first, m),
                                                plenary_resolution_get_date (first)))
        category = PLENARY_CATEGORY_NOT_A_MEMBER;
      else
        category = PLENARY_CATEGORY_NOT_IN_BODY;
      self->categories[m] = category;
      self->present |= PLENARY_CATEGORY_BIT (category);
    }
  place_states_of_the_past (self);
  return self;
}

/* Whether members are drawn on the sequential scale (agreement). */
gboolean
plenary_member_colouring_has_scale (PlenaryMemberColouring *self)
{
  return self->values != NULL;
}

/**
 * plenary_member_colouring_get_value:
 * @value: (out) (optional): the agreement, 0 to 1, NAN if none
 * @n_votes: (out) (optional): the votes behind it
 *
 * Returns: %FALSE if the colouring has no values
 */
gboolean
plenary_member_colouring_get_value (PlenaryMemberColouring *self,
                                    guint                   member,
                                    double                 *value,
                                    guint                  *n_votes)
{
  g_return_val_if_fail (member < self->members->len, FALSE);

  if (self->values == NULL)
    return FALSE;
  if (value != NULL)
    *value = self->values[member];
  if (n_votes != NULL)
    *n_votes = self->n_votes[member];
  return TRUE;
}

/* The change of @member's vote, where the colouring compares two votes and
 * the member voted (or did not vote) on both. */
gboolean
plenary_member_colouring_get_change (PlenaryMemberColouring *self,
                                     guint                   member,
                                     PlenaryChange          *change)
{
  g_return_val_if_fail (member < self->members->len, FALSE);

  if (self->changes == NULL || self->changes[member] == G_MAXUINT8)
    return FALSE;
  *change = (PlenaryChange) self->changes[member];
  return TRUE;
}

/* The changes some member has, as bits (1 << PlenaryChange). */
guint
plenary_member_colouring_get_changes (PlenaryMemberColouring *self)
{
  return self->changes_present;
}

/* The member the others are compared with, or -1. */
int
plenary_member_colouring_get_reference (PlenaryMemberColouring *self)
{
  return self->reference;
}

/* The plain colour of @member: its value's or its key's, else its category's. */
void
plenary_member_colouring_get_color (PlenaryMemberColouring *self,
                                    const PlenaryPalette   *palette,
                                    guint                   member,
                                    PlenaryColor           *color)
{
  PlenaryCategory category = plenary_member_colouring_get_category (self, member);
  PlenaryChange change;

  if (category == PLENARY_CATEGORY_VALUE && self->values != NULL)
    plenary_scale_colour (self->values[member], color);
  else if (category == PLENARY_CATEGORY_KEY && plenary_member_colouring_get_change (self, member, &change))
    *color = palette->change[change];
  else
    *color = palette->fill[category];
}

/**
 * plenary_member_colouring_pattern:
 * @member: a member, or -1 for land of no member
 * @unit: as for plenary_category_pattern()
 *
 * Returns: (transfer full): what to paint @member with
 */
cairo_pattern_t *
plenary_member_colouring_pattern (PlenaryMemberColouring *self,
                                  const PlenaryPalette   *palette,
                                  int                     member,
                                  double                  unit)
{
  PlenaryCategory category = member < 0 ? PLENARY_CATEGORY_NOT_A_MEMBER
                                        : plenary_member_colouring_get_category (self, (guint) member);
  PlenaryColor color;

  if (category != PLENARY_CATEGORY_VALUE && category != PLENARY_CATEGORY_KEY)
    return plenary_category_pattern (palette, category, unit);
  plenary_member_colouring_get_color (self, palette, (guint) member, &color);
  return cairo_pattern_create_rgba (color.red, color.green, color.blue, color.alpha);
}

/* @member as the colouring shows it, in words, for a tooltip. */
char *
plenary_member_colouring_describe (PlenaryMemberColouring *self,
                                   guint                   member)
{
  PlenaryMember *object = plenary_member_colouring_get_member (self, member);
  PlenaryCategory category = plenary_member_colouring_get_category (self, member);
  PlenaryMember *reference = self->reference >= 0 ? g_ptr_array_index (self->members, self->reference) : NULL;

  switch (category)
    {
    case PLENARY_CATEGORY_NOT_A_MEMBER:
      return g_strdup (plenary_member_get_localized_name (object));
    case PLENARY_CATEGORY_VALUE:
      return plenary_describe_alignment_member (object, reference, self->values[member], self->n_votes[member]);
    case PLENARY_CATEGORY_TOO_FEW:
      return plenary_describe_alignment_too_few (object, reference, self->n_votes[member]);
    case PLENARY_CATEGORY_REFERENCE:
      return plenary_describe_alignment_reference (object);
    case PLENARY_CATEGORY_KEY:
      return plenary_describe_member_change (object, (PlenaryVote) self->from[member], (PlenaryVote) self->to[member]);
    default:
      if (self->changes != NULL)
        return plenary_describe_member_change (object, (PlenaryVote) self->from[member], (PlenaryVote) self->to[member]);
      return plenary_describe_member_vote (object, (PlenaryVote) category);
    }
}
