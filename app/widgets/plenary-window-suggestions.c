/* plenary-window-suggestions.c: countries named in the search, offered above the list
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People type a country where they would type a title: "russia", "Россия",
 * "France". Every member's name in the user's language and in English is
 * folded once per dataset; each search word must start a word of one of
 * them, or, for words of five letters or more, all but the last letter
 * must, so that the inflected "Россия" finds "Российская Федерация". The
 * best few are offered as buttons that open the member's country page,
 * each with a smaller button beside it that lists the votes where the
 * member voted no.
 */

#define G_LOG_DOMAIN "plenary-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-text.h"
#include "plenary-window-private.h"

#define MAX_SUGGESTIONS 3
/* Fewer letters than this suggest no country. */
#define MIN_SUGGESTION_CHARS 3

static gboolean
starts_word (const char *text,
             const char *at)
{
  gunichar before;

  if (at == text)
    return TRUE;
  before = g_utf8_get_char (g_utf8_prev_char (at));
  return !g_unichar_isalnum (before);
}

/* Whether @word starts a word of @name (both folded). */
static gboolean
name_has_word (const char *name,
               const char *word)
{
  for (const char *at = strstr (name, word); at != NULL; at = strstr (at + 1, word))
    if (starts_word (name, at))
      return TRUE;
  return FALSE;
}

/* Whether the folded @word names the member whose folded name is @name: it
 * starts one of the name's words, or, for a word of five letters or more,
 * all but its last letter do ("россия" finds "российская федерация"). */
static gboolean
word_matches_name (const char *word,
                   const char *name)
{
  glong length = g_utf8_strlen (word, -1);
  g_autofree char *stem = NULL;

  if (name_has_word (name, word))
    return TRUE;
  if (length < 5)
    return FALSE;
  stem = g_strndup (word, g_utf8_offset_to_pointer (word, length - 1) - word);
  return name_has_word (name, stem);
}

/* 0 for the whole name, 1 for its start, 2 for elsewhere, -1 for none. */
static int
match_rank (char       **words,
            const char  *folded_query,
            const char  *name)
{
  if (name == NULL)
    return -1;
  for (guint i = 0; words[i] != NULL; i++)
    if (!word_matches_name (words[i], name))
      return -1;
  if (g_str_equal (name, folded_query))
    return 0;
  return g_str_has_prefix (name, words[0]) ? 1 : 2;
}

typedef struct
{
  PlenaryMember *member;
  int            rank;
} Suggestion;

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const Suggestion *first = a;
  const Suggestion *second = b;

  if (first->rank != second->rank)
    return first->rank - second->rank;
  return strcmp (plenary_member_get_collate_key (first->member),
                 plenary_member_get_collate_key (second->member));
}

static GtkWidget *
suggestion_button_new (PlenaryMember *member)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *filter = gtk_button_new_from_icon_name ("plenary-filter-symbolic");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (plenary_member_get_localized_name (member));
  /* Translators: under a country suggested by the search: its button opens the country's page. */
  GtkWidget *what = gtk_label_new (_("Voting record and agreement"));

  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (what, "caption");
  gtk_widget_add_css_class (what, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_label_set_ellipsize (GTK_LABEL (what), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), what);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("find-location-symbolic"));
  gtk_box_append (GTK_BOX (box), texts);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "suggestion");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-country");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", plenary_member_get_code (member));

  gtk_widget_add_css_class (filter, "flat");
  gtk_widget_add_css_class (filter, "suggestion");
  /* Translators: the tooltip of the small button beside a country suggested by the search. */
  gtk_widget_set_tooltip_text (filter, _("List the resolutions it voted against"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (filter), "win.show-votes-against");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (filter), "s", plenary_member_get_code (member));

  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (row), filter);
  return row;
}

/* Offers the members whose localized or English name the search words
 * name, best first. */
void
_plenary_window_update_suggestions (PlenaryWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autofree char *folded_query = plenary_text_fold (text);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Suggestion));
  GtkWidget *child;
  glong letters = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box))) != NULL)
    gtk_box_remove (self->suggestions_box, child);
  g_list_store_remove_all (self->suggestions);

  for (guint i = 0; self->search_words != NULL && self->search_words[i] != NULL; i++)
    letters += g_utf8_strlen (self->search_words[i], -1);

  if (self->dataset != NULL && self->folded_names != NULL && letters >= MIN_SUGGESTION_CHARS)
    for (guint i = 0; i < self->folded_names->len / 2; i++)
      {
        int localized = match_rank (self->search_words, folded_query, g_ptr_array_index (self->folded_names, 2 * i));
        int english = match_rank (self->search_words, folded_query, g_ptr_array_index (self->folded_names, 2 * i + 1));
        Suggestion suggestion = { plenary_dataset_get_member (self->dataset, i), -1 };

        if (localized < 0 || (english >= 0 && english < localized))
          suggestion.rank = english;
        else
          suggestion.rank = localized;
        if (suggestion.rank >= 0 && (int) i != self->member_filter)
          g_array_append_val (found, suggestion);
      }

  g_array_sort (found, compare_suggestions);
  for (guint i = 0; i < found->len && i < MAX_SUGGESTIONS; i++)
    {
      PlenaryMember *member = g_array_index (found, Suggestion, i).member;

      g_list_store_append (self->suggestions, member);
      gtk_box_append (self->suggestions_box, suggestion_button_new (member));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box), found->len > 0);
}

/* Folds every member's localized and English names once per dataset. */
void
_plenary_window_fold_member_names (PlenaryWindow *self)
{
  guint n_members = self->dataset != NULL ? plenary_dataset_get_n_members (self->dataset) : 0;

  g_clear_pointer (&self->folded_names, g_ptr_array_unref);
  self->folded_names = g_ptr_array_new_full (2 * n_members, g_free);
  for (guint i = 0; i < n_members; i++)
    {
      PlenaryMember *member = plenary_dataset_get_member (self->dataset, i);

      g_ptr_array_add (self->folded_names, plenary_text_fold (plenary_member_get_localized_name (member)));
      g_ptr_array_add (self->folded_names, plenary_text_fold (plenary_member_get_name (member)));
    }
}
