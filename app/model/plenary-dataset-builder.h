/* plenary-dataset-builder.h: filling a dataset from files that list votes row by row
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "plenary-dataset.h"

G_BEGIN_DECLS

/* One resolution while it is being read; the builder owns it. */
typedef struct _PlenaryPendingResolution PlenaryPendingResolution;

/* What an import knows about a resolution that PlenaryResolution has no
 * field for (yet). */
typedef struct
{
  char      *source;       /* where it was read: "ga-voting.csv.gz:2" */
  char      *record_id;    /* the UN Digital Library's record number */
  char      *link;         /* the record's address */
  char      *agenda;       /* the agenda item */
  char     **subjects;     /* the UN's subject terms, or NULL */
  gboolean   without_vote; /* adopted without a vote: there was no roll call */
} PlenaryResolutionDetails;

/* Kinds of warning, so that thousands of one kind do not bury the others:
 * the first PLENARY_DATASET_BUILDER_MAX_WARNINGS of each kind are kept and
 * the rest counted. */
typedef enum
{
  PLENARY_IMPORT_WARNING_OTHER,
  PLENARY_IMPORT_WARNING_DUPLICATE_SYMBOL,
  PLENARY_IMPORT_WARNING_UNKNOWN_CODE,
  PLENARY_IMPORT_WARNING_DUPLICATE_VOTE,
  PLENARY_IMPORT_WARNING_TOTALS,
  PLENARY_IMPORT_WARNING_MEMBERSHIP,
  PLENARY_IMPORT_WARNING_UNKNOWN_NAME,
  PLENARY_IMPORT_WARNING_VALUE,
  PLENARY_IMPORT_N_WARNING_KINDS
} PlenaryImportWarning;

#define PLENARY_DATASET_BUILDER_MAX_WARNINGS 100

/* The most different member codes one builder takes: every resolution has
 * a vote for each member, and a member list is laid out whole, so a file
 * that names thousands of members must be refused, not read. */
#define PLENARY_DATASET_BUILDER_MAX_CODES 1000

#define PLENARY_TYPE_DATASET_BUILDER (plenary_dataset_builder_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryDatasetBuilder, plenary_dataset_builder,
                      PLENARY, DATASET_BUILDER, GObject)

PlenaryDatasetBuilder    *plenary_dataset_builder_new         (void);
PlenaryDataset           *plenary_dataset_builder_get_dataset (PlenaryDatasetBuilder *self);
void                      plenary_dataset_builder_set_location (PlenaryDatasetBuilder *self,
                                                                const char            *file,
                                                                guint                  line);
void                      plenary_dataset_builder_add_warning (PlenaryDatasetBuilder *self,
                                                               PlenaryImportWarning   kind,
                                                               const char            *message);
PlenaryPendingResolution *plenary_dataset_builder_add_resolution (PlenaryDatasetBuilder *self,
                                                                  const char            *symbol,
                                                                  PlenaryBody            body,
                                                                  const GDate           *date);
PlenaryPendingResolution *plenary_dataset_builder_lookup_resolution (PlenaryDatasetBuilder *self,
                                                                     const char            *symbol);
guint                     plenary_dataset_builder_get_n_resolutions (PlenaryDatasetBuilder *self);
PlenaryDataset           *plenary_dataset_builder_finish      (PlenaryDatasetBuilder *self);

const char  *plenary_pending_resolution_get_symbol       (PlenaryPendingResolution *self);
PlenaryBody  plenary_pending_resolution_get_body         (PlenaryPendingResolution *self);
void         plenary_pending_resolution_set_title        (PlenaryPendingResolution *self,
                                                          const char               *title);
void         plenary_pending_resolution_set_session      (PlenaryPendingResolution *self,
                                                          const char               *session);
void         plenary_pending_resolution_set_draft        (PlenaryPendingResolution *self,
                                                          const char               *draft);
void         plenary_pending_resolution_set_meeting      (PlenaryPendingResolution *self,
                                                          const char               *meeting);
void         plenary_pending_resolution_set_majority     (PlenaryPendingResolution *self,
                                                          PlenaryMajority           majority);
void         plenary_pending_resolution_set_official_total (PlenaryPendingResolution *self,
                                                          PlenaryVote               vote,
                                                          int                       count);
void         plenary_pending_resolution_set_unlisted_vote (PlenaryPendingResolution *self,
                                                          PlenaryVote               vote);
void         plenary_pending_resolution_set_adopted      (PlenaryPendingResolution *self,
                                                          gboolean                  adopted);
void         plenary_pending_resolution_set_without_vote (PlenaryPendingResolution *self,
                                                          gboolean                  without_vote);
void         plenary_pending_resolution_set_record_id    (PlenaryPendingResolution *self,
                                                          const char               *record_id);
void         plenary_pending_resolution_set_link         (PlenaryPendingResolution *self,
                                                          const char               *link);
void         plenary_pending_resolution_set_agenda       (PlenaryPendingResolution *self,
                                                          const char               *agenda);
void         plenary_pending_resolution_add_subject      (PlenaryPendingResolution *self,
                                                          const char               *subject);
guint        plenary_pending_resolution_get_n_subjects   (PlenaryPendingResolution *self);
gboolean     plenary_pending_resolution_add_vote         (PlenaryPendingResolution *self,
                                                          const char               *code,
                                                          const char               *name,
                                                          PlenaryVote               vote);

const PlenaryResolutionDetails *plenary_resolution_details_lookup (PlenaryDataset    *dataset,
                                                                   PlenaryResolution *resolution);

G_END_DECLS
