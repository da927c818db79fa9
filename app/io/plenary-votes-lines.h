/* plenary-votes-lines.h: one resolution a line, in version 2 of the votes format
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The columns a version 2 file may have, in the order Plenary writes them. */
typedef enum
{
  PLENARY_COLUMN_SYMBOL,
  PLENARY_COLUMN_BODY,
  PLENARY_COLUMN_DATE,
  PLENARY_COLUMN_SESSION,
  PLENARY_COLUMN_TITLE,
  PLENARY_COLUMN_TITLES,
  PLENARY_COLUMN_DRAFT,
  PLENARY_COLUMN_MEETING,
  PLENARY_COLUMN_RECORD,
  PLENARY_COLUMN_SOURCE,
  PLENARY_COLUMN_AGENDA,
  PLENARY_COLUMN_SUBJECTS,
  PLENARY_COLUMN_MAJORITY,
  PLENARY_COLUMN_OUTCOME,
  PLENARY_COLUMN_ADOPTION,
  PLENARY_COLUMN_TOTALS,
  PLENARY_COLUMN_VOTES,
  PLENARY_N_COLUMNS
} PlenaryColumn;

/* A field of a line: where it is, and how long. */
typedef struct
{
  const char *text;
  gsize       length;
} PlenaryField;

const char *plenary_column_get_name   (PlenaryColumn       column);
gboolean    plenary_column_from_name  (const char         *name,
                                       PlenaryColumn      *column);

guint       plenary_votes_line_split  (const char         *line,
                                       gsize               length,
                                       PlenaryField       *fields,
                                       guint               max_fields);
gboolean    plenary_votes_field_text  (const PlenaryField *field,
                                       GString            *out);
void        plenary_votes_field_append (GString           *line,
                                       const char         *value,
                                       gboolean            in_list);

/* The letters of a vote string, one per member; '.' is not recorded. */
#define PLENARY_VOTE_LETTERS "YNAX."

G_END_DECLS
