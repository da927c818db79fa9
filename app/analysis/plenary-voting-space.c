/* plenary-voting-space.c: members placed in two dimensions by how they vote
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Classical multidimensional scaling (Torgerson): the distance between two
 * members is one minus their agreement over the period, and the two
 * leading eigenvectors of the double-centred squared distances place them
 * in a plane, so that members who vote alike sit close. Found by subspace
 * iteration on three vectors and a Rayleigh–Ritz step, which for a year of
 * the Assembly (about 190 members) takes a few milliseconds.
 *
 * An eigenvector's sign is arbitrary, so the picture could flip from one
 * year to the next. Plenary fixes it: the United States (or, without it, the
 * first member placed) is always on the left and in the upper half.
 *
 * The subject terms of the record (UNBIS Thesaurus) are counted here too,
 * so that the most frequent can be offered as topics.
 */

#define G_LOG_DOMAIN "plenary-analysis"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "plenary-voting-space.h"

#define ANCHOR_CODE "USA"
#define N_VECTORS 3
#define MAX_ITERATIONS 1000

struct _PlenaryVotingSpace
{
  GArray *points;          /* PlenarySpacePoint */
  double  explained[2];
  guint   n_votes;
  int     anchor;
};

static void
orthonormalise (double *vectors,
                guint   n,
                guint   k)
{
  for (guint j = 0; j < k; j++)
    {
      double *v = vectors + (gsize) j * n;
      double norm = 0;

      for (guint i = 0; i < j; i++)
        {
          const double *u = vectors + (gsize) i * n;
          double dot = 0;

          for (guint r = 0; r < n; r++)
            dot += u[r] * v[r];
          for (guint r = 0; r < n; r++)
            v[r] -= dot * u[r];
        }
      for (guint r = 0; r < n; r++)
        norm += v[r] * v[r];
      norm = sqrt (norm);
      if (norm < 1e-300)
        {
          /* A vector that vanished (it cannot for a matrix of rank 3 or
           * more): any unit vector will do. */
          memset (v, 0, n * sizeof (double));
          v[j % n] = 1;
          continue;
        }
      for (guint r = 0; r < n; r++)
        v[r] /= norm;
    }
}

static void
multiply (const double *matrix,
          guint         n,
          const double *in,
          double       *out,
          guint         k)
{
  for (guint j = 0; j < k; j++)
    for (guint r = 0; r < n; r++)
      {
        const double *row = matrix + (gsize) r * n;
        const double *v = in + (gsize) j * n;
        double sum = 0;

        for (guint c = 0; c < n; c++)
          sum += row[c] * v[c];
        out[(gsize) j * n + r] = sum;
      }
}

/* Eigenvalues and eigenvectors (columns of @q) of the symmetric k × k @t, by
 * Jacobi rotations. */
static void
jacobi (double *t,
        double *q,
        guint   k)
{
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j < k; j++)
      q[i * k + j] = i == j;

  for (guint sweep = 0; sweep < 50; sweep++)
    {
      double off = 0;

      for (guint i = 0; i < k; i++)
        for (guint j = i + 1; j < k; j++)
          off += t[i * k + j] * t[i * k + j];
      if (off < 1e-30)
        break;

      for (guint p = 0; p < k; p++)
        for (guint r = p + 1; r < k; r++)
          {
            double apq = t[p * k + r], theta, tan_t, cos_t, sin_t;

            if (fabs (apq) < 1e-300)
              continue;
            theta = (t[r * k + r] - t[p * k + p]) / (2 * apq);
            tan_t = (theta >= 0 ? 1 : -1) / (fabs (theta) + sqrt (theta * theta + 1));
            cos_t = 1 / sqrt (tan_t * tan_t + 1);
            sin_t = tan_t * cos_t;
            for (guint i = 0; i < k; i++)
              {
                double tip = t[i * k + p], tir = t[i * k + r];

                t[i * k + p] = cos_t * tip - sin_t * tir;
                t[i * k + r] = sin_t * tip + cos_t * tir;
              }
            for (guint i = 0; i < k; i++)
              {
                double tpi = t[p * k + i], tri = t[r * k + i];

                t[p * k + i] = cos_t * tpi - sin_t * tri;
                t[r * k + i] = sin_t * tpi + cos_t * tri;
              }
            for (guint i = 0; i < k; i++)
              {
                double qip = q[i * k + p], qir = q[i * k + r];

                q[i * k + p] = cos_t * qip - sin_t * qir;
                q[i * k + r] = sin_t * qip + cos_t * qir;
              }
          }
    }
}

/**
 * plenary_voting_space_new:
 * @period: (nullable): the days to count; %NULL for all
 * @kind: the agreement the distances are made of
 * @min_votes: leave out members that voted yes, no or abstain on fewer
 *   roll calls of the period than this
 *
 * Returns: (transfer full): the members' places, or %NULL with @error set
 *   when fewer than three members voted in the period
 */
PlenaryVotingSpace *
plenary_voting_space_new (PlenaryVoteVectors    *vectors,
                          const PlenaryPeriod   *period,
                          PlenaryAgreementKind   kind,
                          guint                  min_votes,
                          GError               **error)
{
  g_autoptr(PlenaryAgreementMatrix) matrix = plenary_agreement_matrix_new (vectors, period);
  guint n_all = plenary_vote_vectors_get_n_members (vectors);
  g_autofree guint *members = g_new (guint, MAX (n_all, 1));
  g_autofree double *b = NULL;
  g_autofree double *row_means = NULL;
  g_autofree double *v = NULL;
  g_autofree double *w = NULL;
  double t[N_VECTORS * N_VECTORS], q[N_VECTORS * N_VECTORS];
  double known_sum = 0, grand = 0, trace = 0, lambda[N_VECTORS];
  guint known = 0, n = 0, order[N_VECTORS] = { 0, 1, 2 };
  PlenaryVotingSpace *self;
  PlenaryPeriod all;
  guint first, end;
  guint32 seed = 12345;
  int anchor = -1;

  if (period == NULL)
    {
      plenary_period_init_all (&all);
      period = &all;
    }
  plenary_vote_vectors_find_votes (vectors, period, &first, &end);

  for (guint m = 0; m < n_all; m++)
    {
      const PlenaryAgreementCounts *self_counts = plenary_agreement_matrix_get (matrix, m, m);

      if (plenary_agreement_matrix_is_active (matrix, m) &&
          plenary_agreement_counts_get_shared (self_counts) >= MAX (min_votes, 1))
        members[n++] = m;
    }
  if (n < 3)
    {
      g_set_error (error, PLENARY_ANALYSIS_ERROR, PLENARY_ANALYSIS_ERROR_NO_VOTES,
                   /* Translators: the voting space needs at least three members who voted. */
                   _("Too few members voted in %d–%d to place them: at least three are needed"),
                   plenary_period_get_first_year (period), plenary_period_get_last_year (period));
      return NULL;
    }

  /* Squared distances, the unknown ones (two members who never voted on
   * the same roll call) at the mean of the known. */
  b = g_new (double, (gsize) n * n);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        guint shared;
        double share = plenary_agreement_counts_get_share (plenary_agreement_matrix_get (matrix, members[i], members[j]),
                                                           kind, &shared);

        if (i == j)
          b[(gsize) i * n + j] = 0;
        else if (shared == 0 || isnan (share))
          b[(gsize) i * n + j] = NAN;
        else
          {
            b[(gsize) i * n + j] = (1 - share) * (1 - share);
            known_sum += b[(gsize) i * n + j];
            known++;
          }
      }
  for (gsize i = 0; i < (gsize) n * n; i++)
    if (isnan (b[i]))
      b[i] = known > 0 ? known_sum / known : 0;

  /* Double centring: B = -½ J D² J. */
  row_means = g_new0 (double, n);
  for (guint i = 0; i < n; i++)
    {
      for (guint j = 0; j < n; j++)
        row_means[i] += b[(gsize) i * n + j];
      row_means[i] /= n;
      grand += row_means[i];
    }
  grand /= n;
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      b[(gsize) i * n + j] = -0.5 * (b[(gsize) i * n + j] - row_means[i] - row_means[j] + grand);
  for (guint i = 0; i < n; i++)
    trace += b[(gsize) i * n + i];

  /* Subspace iteration from a fixed start, so the result is the same on
   * every run. */
  v = g_new (double, (gsize) N_VECTORS * n);
  w = g_new (double, (gsize) N_VECTORS * n);
  for (gsize i = 0; i < (gsize) N_VECTORS * n; i++)
    {
      seed = seed * 1103515245u + 12345u;
      v[i] = ((seed >> 8) & 0xffff) / 65536.0 - 0.5;
    }
  orthonormalise (v, n, N_VECTORS);
  for (guint iteration = 0; iteration < MAX_ITERATIONS; iteration++)
    {
      double change = 0;

      multiply (b, n, v, w, N_VECTORS);
      orthonormalise (w, n, N_VECTORS);
      for (guint j = 0; j < 2; j++)
        {
          double dot = 0;

          for (guint r = 0; r < n; r++)
            dot += v[(gsize) j * n + r] * w[(gsize) j * n + r];
          change = MAX (change, 1 - fabs (dot));
        }
      memcpy (v, w, (gsize) N_VECTORS * n * sizeof (double));
      if (change < 1e-12)
        break;
    }

  /* Rayleigh–Ritz: the best eigenpairs within the subspace. */
  multiply (b, n, v, w, N_VECTORS);
  for (guint i = 0; i < N_VECTORS; i++)
    for (guint j = 0; j < N_VECTORS; j++)
      {
        double dot = 0;

        for (guint r = 0; r < n; r++)
          dot += v[(gsize) i * n + r] * w[(gsize) j * n + r];
        t[i * N_VECTORS + j] = dot;
      }
  jacobi (t, q, N_VECTORS);
  for (guint i = 0; i < N_VECTORS; i++)
    lambda[i] = t[i * N_VECTORS + i];
  for (guint i = 0; i < N_VECTORS; i++)
    for (guint j = i + 1; j < N_VECTORS; j++)
      if (lambda[order[j]] > lambda[order[i]])
        {
          guint swap = order[i];

          order[i] = order[j];
          order[j] = swap;
        }

  self = g_new0 (PlenaryVotingSpace, 1);
  self->points = g_array_sized_new (FALSE, FALSE, sizeof (PlenarySpacePoint), n);
  self->n_votes = end > first ? end - first : 0;
  for (guint i = 0; i < n; i++)
    {
      PlenarySpacePoint point = { members[i], 0, 0, 0 };
      const PlenaryAgreementCounts *self_counts = plenary_agreement_matrix_get (matrix, members[i], members[i]);

      for (guint d = 0; d < 2; d++)
        {
          guint e = order[d];
          double coordinate = 0, scale = lambda[e] > 0 ? sqrt (lambda[e]) : 0;

          for (guint j = 0; j < N_VECTORS; j++)
            coordinate += v[(gsize) j * n + i] * q[j * N_VECTORS + e];
          if (d == 0)
            point.x = coordinate * scale;
          else
            point.y = coordinate * scale;
        }
      point.n_votes = plenary_agreement_counts_get_shared (self_counts);
      g_array_append_val (self->points, point);
      if (g_strcmp0 (plenary_member_get_code (plenary_dataset_get_member (plenary_vote_vectors_get_dataset (vectors),
                                                                          members[i])), ANCHOR_CODE) == 0)
        anchor = (int) i;
    }
  for (guint d = 0; d < 2; d++)
    self->explained[d] = trace > 0 ? MAX (lambda[order[d]], 0) / trace : 0;

  /* The sign: the anchor on the left, in the upper half. */
  if (anchor < 0)
    anchor = 0;
  self->anchor = (int) g_array_index (self->points, PlenarySpacePoint, anchor).member;
  {
    const PlenarySpacePoint *a = &g_array_index (self->points, PlenarySpacePoint, anchor);
    double sign_x = a->x > 0 ? -1 : 1, sign_y = a->y < 0 ? -1 : 1;

    for (guint i = 0; i < n; i++)
      {
        PlenarySpacePoint *point = &g_array_index (self->points, PlenarySpacePoint, i);

        point->x *= sign_x;
        point->y *= sign_y;
      }
  }
  return self;
}

void
plenary_voting_space_free (PlenaryVotingSpace *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->points);
  g_free (self);
}

/**
 * plenary_voting_space_get_points:
 *
 * Returns: (array length=n_points): the members placed, x and y in units of
 *   the distance (one minus agreement); y grows upwards
 */
const PlenarySpacePoint *
plenary_voting_space_get_points (PlenaryVotingSpace *self,
                                 guint              *n_points)
{
  *n_points = self->points->len;
  return (const PlenarySpacePoint *) (gpointer) self->points->data;
}

/* The share of the spread that @dimension (0 or 1) shows. */
double
plenary_voting_space_get_explained (PlenaryVotingSpace *self,
                                    guint               dimension)
{
  g_return_val_if_fail (dimension < 2, 0);

  return self->explained[dimension];
}

/* The roll calls of the period. */
guint
plenary_voting_space_get_n_votes (PlenaryVotingSpace *self)
{
  return self->n_votes;
}

/* The member whose place fixes the signs (left, upper half). */
int
plenary_voting_space_get_anchor (PlenaryVotingSpace *self)
{
  return self->anchor;
}

static void
clear_topic (gpointer data)
{
  g_free (((PlenaryTopic *) data)->term);
}

static int
compare_topics (gconstpointer a,
                gconstpointer b)
{
  const PlenaryTopic *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->term, y->term);
}

/**
 * plenary_topics_list:
 * @filter: (nullable): the body (its topic is ignored); %NULL for the
 *   Assembly
 * @max_topics: at most this many; 0 for all
 *
 * The top-level subject terms ("HUMAN RIGHTS" of "HUMAN RIGHTS--CHILDREN"),
 * each counted once per roll call that carries it, most frequent first.
 *
 * Returns: (transfer full) (element-type PlenaryTopic): the terms
 */
GArray *
plenary_topics_list (PlenaryDataset          *dataset,
                     const PlenaryVoteFilter *filter,
                     guint                    max_topics)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *topics = g_array_new (FALSE, FALSE, sizeof (PlenaryTopic));
  PlenaryVoteFilter assembly;
  GHashTableIter iter;
  gpointer key, value;

  g_array_set_clear_func (topics, clear_topic);
  if (filter == NULL)
    {
      plenary_vote_filter_init (&assembly);
      filter = &assembly;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      PlenaryResolution *resolution = plenary_dataset_get_resolution (dataset, i);
      const char *subjects = plenary_resolution_get_subjects (resolution);
      g_autoptr(GHashTable) seen = NULL;
      g_auto(GStrv) parts = NULL;

      if (subjects == NULL || plenary_resolution_get_without_vote (resolution) ||
          (!filter->any_body && plenary_resolution_get_body (resolution) != filter->body))
        continue;
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      parts = g_strsplit (subjects, "|", -1);
      for (guint p = 0; parts[p] != NULL; p++)
        {
          char *cut = strstr (parts[p], "--");

          if (cut != NULL)
            *cut = '\0';
          g_strstrip (parts[p]);
          if (*parts[p] == '\0' || g_hash_table_contains (seen, parts[p]))
            continue;
          g_hash_table_add (seen, parts[p]);
          if (g_hash_table_lookup_extended (counts, parts[p], NULL, &value))
            g_hash_table_insert (counts, g_strdup (parts[p]), GUINT_TO_POINTER (GPOINTER_TO_UINT (value) + 1));
          else
            g_hash_table_insert (counts, g_strdup (parts[p]), GUINT_TO_POINTER (1));
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PlenaryTopic topic = { g_strdup (key), GPOINTER_TO_UINT (value) };

      g_array_append_val (topics, topic);
    }
  g_array_sort (topics, compare_topics);
  if (max_topics > 0 && topics->len > max_topics)
    g_array_set_size (topics, max_topics);
  return topics;
}
