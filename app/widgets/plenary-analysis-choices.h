/* plenary-analysis-choices.h: the drop-downs an analysis is chosen with: topic, measure, member
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plenary-agreement.h"
#include "plenary-dataset.h"

G_BEGIN_DECLS

void        plenary_topic_drop_down_fill        (GtkDropDown          *drop_down,
                                                 PlenaryDataset       *dataset);
const char *plenary_topic_drop_down_get_topic   (GtkDropDown          *drop_down);
gboolean    plenary_topic_drop_down_set_topic   (GtkDropDown          *drop_down,
                                                 const char           *topic);

void        plenary_measure_drop_down_fill      (GtkDropDown          *drop_down);

void        plenary_member_drop_down_fill       (GtkDropDown          *drop_down,
                                                 PlenaryDataset       *dataset);
int         plenary_member_drop_down_get_member (GtkDropDown          *drop_down);
gboolean    plenary_member_drop_down_set_member (GtkDropDown          *drop_down,
                                                 int                   member);

char       *plenary_analysis_caption            (PlenaryVoteVectors   *vectors,
                                                 const PlenaryPeriod  *period);

G_END_DECLS
