/* plenary-country-page.h: one member's record, its allies and opponents, and its agreement over time
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-agreement.h"
#include "plenary-dataset.h"
#include "plenary-picture.h"

G_BEGIN_DECLS

#define PLENARY_TYPE_COUNTRY_PAGE (plenary_country_page_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryCountryPage, plenary_country_page, PLENARY, COUNTRY_PAGE, GtkWidget)

void            plenary_country_page_set_dataset        (PlenaryCountryPage   *self,
                                                         PlenaryDataset       *dataset,
                                                         const char           *source);
int             plenary_country_page_get_member         (PlenaryCountryPage   *self);
void            plenary_country_page_set_member         (PlenaryCountryPage   *self,
                                                         int                   member);
int             plenary_country_page_get_other          (PlenaryCountryPage   *self);
void            plenary_country_page_set_other          (PlenaryCountryPage   *self,
                                                         int                   member);
void            plenary_country_page_get_years          (PlenaryCountryPage   *self,
                                                         int                  *from,
                                                         int                  *to);
void            plenary_country_page_set_years          (PlenaryCountryPage   *self,
                                                         int                   from,
                                                         int                   to);
void            plenary_country_page_set_body           (PlenaryCountryPage   *self,
                                                         int                   body);
const char     *plenary_country_page_get_topic          (PlenaryCountryPage   *self);
gboolean        plenary_country_page_set_topic          (PlenaryCountryPage   *self,
                                                         const char           *topic);
void            plenary_country_page_set_kind           (PlenaryCountryPage   *self,
                                                         PlenaryAgreementKind  kind);

guint           plenary_country_page_get_count          (PlenaryCountryPage   *self,
                                                         PlenaryBody           body,
                                                         PlenaryVote           vote);
guint           plenary_country_page_get_roll_calls     (PlenaryCountryPage   *self,
                                                         PlenaryBody           body);
const char     *plenary_country_page_get_cell_text      (PlenaryCountryPage   *self,
                                                         PlenaryBody           body,
                                                         PlenaryVote           vote);
GListModel     *plenary_country_page_get_votes          (PlenaryCountryPage   *self);
GtkColumnView  *plenary_country_page_get_votes_view     (PlenaryCountryPage   *self);
GArray         *plenary_country_page_get_ranking        (PlenaryCountryPage   *self);

PlenaryPicture *plenary_country_page_get_picture        (PlenaryCountryPage   *self,
                                                         PlenaryChart          kind);
PlenaryPicture *plenary_country_page_get_active_picture (PlenaryCountryPage   *self);
GtkWidget      *plenary_country_page_get_view           (PlenaryCountryPage   *self,
                                                         PlenaryChart          kind);
gboolean        plenary_country_page_copy_active        (PlenaryCountryPage   *self);
void            plenary_country_page_set_compact        (PlenaryCountryPage   *self,
                                                         gboolean              compact);

/* One row of the country's votes: a GObject for the column view. */
#define PLENARY_TYPE_COUNTRY_VOTE (plenary_country_vote_get_type ())

G_DECLARE_FINAL_TYPE (PlenaryCountryVote, plenary_country_vote, PLENARY, COUNTRY_VOTE, GObject)

PlenaryResolution *plenary_country_vote_get_resolution  (PlenaryCountryVote  *self);
PlenaryVote        plenary_country_vote_get_vote        (PlenaryCountryVote  *self);

G_END_DECLS
