/* plenary-limits.h: how much of anything Plenary reads from one file
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plenary-dataset-builder.h"

G_BEGIN_DECLS

/* The longest text of one field: a title, a name, a symbol, an agenda item.
 * The UN's longest is 770 bytes (an agenda title of the General Assembly's
 * CSV), so 64 KiB is 85 times more than any real field needs, while a page
 * of the window or a picture can still lay out the longest in well under a
 * second: a 10 MB title took 12 s and 1.2 GB to export. */
#define PLENARY_MAX_TEXT_LENGTH (64 * 1024)

/* The longest JSON string the pre-scan lets json-glib see: a line of the
 * native format's version 2 holds all of one resolution's fields, so it
 * needs more than one field (the record's longest line is 1,196 bytes). */
#define PLENARY_MAX_JSON_STRING (1024 * 1024)

/* The most values (numbers, strings, literals, arrays and objects) in one
 * JSON document. json-glib takes some 80 bytes for each, so 4 million cost
 * some 330 MB; the whole UN record written in version 1 of the format holds
 * 1.8 million. Without it, a file of 256 MB of “0,” takes 10 GB. */
#define PLENARY_MAX_JSON_VALUES 4000000

/* The most members one file may name: the 202 states that Plenary knows and
 * the codes a file adds, 800 more than the United Nations has ever had.
 * Every vote has a byte for each member, and a list of members in one vote
 * is laid out whole, so 10,000 members froze the window. */
#define PLENARY_MAX_MEMBERS PLENARY_DATASET_BUILDER_MAX_CODES

/* The most resolutions one import reads: the UN's whole record has 8,567. */
#define PLENARY_MAX_RESOLUTIONS 100000

/* The most subject terms of one resolution: the UN gives at most 29. */
#define PLENARY_MAX_SUBJECTS 256

/* The most warnings a file keeps; the rest are counted in one more. */
#define PLENARY_MAX_WARNINGS 1000

/* How many characters of a file's text a message quotes. */
#define PLENARY_QUOTE_LENGTH 40

gsize  plenary_max_file_size        (void);
char  *plenary_describe_text_length (gsize       length);
char  *plenary_quote_text           (const char *text);

G_END_DECLS
