/* plenary-map-data.h: the world map and the tile grid, loaded once
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Map units: the Equal Earth projection of the whole sphere, 1000 wide. */
#define PLENARY_MAP_WIDTH  1000.0
#define PLENARY_MAP_HEIGHT 486.7

typedef struct
{
  char          code[4];     /* "" for an area with no ISO code */
  guint         first_ring;
  guint         n_rings;
  double        x1, y1, x2, y2;
  cairo_path_t *path;        /* all rings, in map units */
} PlenaryMapShape;

typedef struct
{
  guint first_point;         /* index into points, in pairs */
  guint n_points;
} PlenaryMapRing;

typedef struct
{
  char     code[4];
  double   x, y;             /* where the state is, in map units */
  double   shown_x, shown_y; /* where its dot is drawn; apart from x, y in a callout */
  gboolean callout;
} PlenaryMapDot;

typedef struct
{
  char code[4];
  int  column;
  int  row;
} PlenaryMapTile;

typedef struct
{
  GArray     *shapes;        /* PlenaryMapShape */
  GArray     *rings;         /* PlenaryMapRing */
  GArray     *points;        /* double, X Y pairs */
  GArray     *dots;          /* PlenaryMapDot */
  GArray     *tiles;         /* PlenaryMapTile */
  int         columns;
  int         rows;
  /* The part of the map that holds land and dots, in map units. */
  double      view_x1, view_y1, view_x2, view_y2;
  GHashTable *shape_index;   /* code → index + 1 */
  GHashTable *dot_index;     /* code → index + 1 */
  GHashTable *tile_index;    /* code → index + 1 */
} PlenaryMapData;

const PlenaryMapData *plenary_map_data_get        (void);
int                   plenary_map_data_find_shape (const PlenaryMapData *data,
                                                   const char           *code);
int                   plenary_map_data_find_dot   (const PlenaryMapData *data,
                                                   const char           *code);
int                   plenary_map_data_find_tile  (const PlenaryMapData *data,
                                                   const char           *code);
gboolean              plenary_map_shape_contains  (const PlenaryMapData *data,
                                                   guint                 shape,
                                                   double                x,
                                                   double                y);

void                  plenary_equal_earth         (double                lon,
                                                   double                lat,
                                                   double               *x,
                                                   double               *y);

G_END_DECLS
