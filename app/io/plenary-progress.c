/* plenary-progress.c: how far a long read has got, told to the window from a worker
 *
 * Copyright 2026 The Plenary authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader in a worker thread calls plenary_progress_update() as often as it
 * likes; the fraction reaches the main context of whoever made the
 * PlenaryProgress at most every 50 ms, and never goes backwards, so the
 * window's progress bar moves without flooding its main loop.
 */

#define G_LOG_DOMAIN "plenary-io"

#include "config.h"

#include "plenary-progress.h"

#define INTERVAL (50 * G_TIME_SPAN_MILLISECOND)

struct _PlenaryProgress
{
  GMainContext        *context;
  PlenaryProgressFunc  func;
  gpointer             user_data;
  GDestroyNotify       destroy;
  GMutex               mutex;
  gint64               last;
  double               fraction;
  guint                source;
  gatomicrefcount      ref_count;
};

static void
progress_unref (PlenaryProgress *progress)
{
  if (!g_atomic_ref_count_dec (&progress->ref_count))
    return;
  if (progress->destroy != NULL)
    progress->destroy (progress->user_data);
  g_main_context_unref (progress->context);
  g_mutex_clear (&progress->mutex);
  g_free (progress);
}

/**
 * plenary_progress_new:
 * @func: (nullable): called in the current thread-default main context
 *
 * Returns: (transfer full): a progress to hand to a reader
 */
PlenaryProgress *
plenary_progress_new (PlenaryProgressFunc func,
                      gpointer            user_data,
                      GDestroyNotify      destroy)
{
  PlenaryProgress *progress = g_new0 (PlenaryProgress, 1);

  progress->context = g_main_context_ref_thread_default ();
  progress->func = func;
  progress->user_data = user_data;
  progress->destroy = destroy;
  g_mutex_init (&progress->mutex);
  g_atomic_ref_count_init (&progress->ref_count);
  return progress;
}

void
plenary_progress_free (PlenaryProgress *progress)
{
  if (progress != NULL)
    progress_unref (progress);
}

static gboolean
deliver (gpointer data)
{
  PlenaryProgress *progress = data;
  double fraction;

  g_mutex_lock (&progress->mutex);
  fraction = progress->fraction;
  progress->source = 0;
  g_mutex_unlock (&progress->mutex);

  if (progress->func != NULL)
    progress->func (fraction, progress->user_data);
  return G_SOURCE_REMOVE;
}

/* Safe from any thread; @progress may be NULL. */
void
plenary_progress_update (PlenaryProgress *progress,
                         double           fraction)
{
  gint64 now;

  if (progress == NULL || progress->func == NULL)
    return;

  now = g_get_monotonic_time ();
  g_mutex_lock (&progress->mutex);
  if (fraction > progress->fraction)
    progress->fraction = MIN (fraction, 1.0);
  if (progress->source == 0 && now - progress->last >= INTERVAL)
    {
      GSource *source = g_idle_source_new ();

      progress->last = now;
      g_atomic_ref_count_inc (&progress->ref_count);
      g_source_set_callback (source, deliver, progress, (GDestroyNotify) progress_unref);
      progress->source = g_source_attach (source, progress->context);
      g_source_unref (source);
    }
  g_mutex_unlock (&progress->mutex);
}
