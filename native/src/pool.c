/* See pool.h. One job at a time: kernels are called from the single JavaScript thread. */
#include "pool.h"

#include <pthread.h>
#include <stdlib.h>

#define MAX_THREADS 64

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;
static pthread_t workers[MAX_THREADS];
static int n_threads = 1;   /* including the caller */
static int n_started = 0;   /* workers alive */
static int64_t generation = 0;
static int pending = 0;     /* workers still busy with this generation */
static int quit = 0;

static struct {
  pool_fn fn;
  void *ctx;
  int64_t n;
  int parts;
} job;

static void run_part(int part) {
  int64_t per = (job.n + job.parts - 1) / job.parts;
  int64_t begin = (int64_t)part * per;
  int64_t end = begin + per < job.n ? begin + per : job.n;
  if (begin < end) job.fn(job.ctx, begin, end);
}

static void *worker_main(void *arg) {
  int index = (int)(intptr_t)arg; /* 1 .. n_threads-1; part 0 is the caller's */
  int64_t seen = 0;
  pthread_mutex_lock(&lock);
  for (;;) {
    while (!quit && generation == seen) pthread_cond_wait(&wake, &lock);
    if (quit) break;
    seen = generation;
    int mine = index < job.parts;
    pthread_mutex_unlock(&lock);
    if (mine) run_part(index);
    pthread_mutex_lock(&lock);
    if (--pending == 0) pthread_cond_signal(&done);
  }
  pthread_mutex_unlock(&lock);
  return NULL;
}

static void stop_workers(void) {
  pthread_mutex_lock(&lock);
  quit = 1;
  pthread_cond_broadcast(&wake);
  pthread_mutex_unlock(&lock);
  for (int i = 0; i < n_started; i++) pthread_join(workers[i], NULL);
  n_started = 0;
  quit = 0;
}

void pool_set_threads(int n) {
  if (n < 1) n = 1;
  if (n > MAX_THREADS) n = MAX_THREADS;
  if (n == n_threads && n_started == n - 1) return;
  stop_workers();
  n_threads = n;
  for (int i = 1; i < n; i++) {
    if (pthread_create(&workers[n_started], NULL, worker_main, (void *)(intptr_t)i) != 0) break;
    n_started++;
  }
  n_threads = n_started + 1;
}

int pool_threads(void) { return n_threads; }

void pool_run(pool_fn fn, void *ctx, int64_t n, int64_t grain) {
  if (n <= 0) return;
  int parts = n_threads;
  if (grain < 1) grain = 1;
  if (n / grain < parts) parts = (int)(n / grain);
  if (parts <= 1) {
    fn(ctx, 0, n);
    return;
  }
  pthread_mutex_lock(&lock);
  job.fn = fn;
  job.ctx = ctx;
  job.n = n;
  job.parts = parts;
  pending = n_started;
  generation++;
  pthread_cond_broadcast(&wake);
  pthread_mutex_unlock(&lock);
  run_part(0);
  pthread_mutex_lock(&lock);
  while (pending > 0) pthread_cond_wait(&done, &lock);
  pthread_mutex_unlock(&lock);
}
