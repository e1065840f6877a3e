/*
 * A small fixed thread pool for the elementwise kernels: the caller's thread plus (threads - 1)
 * workers that sleep on a condition variable between jobs (no spinning, so they never steal a
 * core from OpenBLAS's own threads on a 2-core machine).
 */
#ifndef MEDTUNE_POOL_H
#define MEDTUNE_POOL_H
#include <stdint.h>

/* Work on indices [begin, end). */
typedef void (*pool_fn)(void *ctx, int64_t begin, int64_t end);

/* Resize the pool (1 = run everything on the caller's thread). */
void pool_set_threads(int n);
int pool_threads(void);

/*
 * Split [0, n) into contiguous ranges, one per thread, and run fn on each; returns when all are
 * done. Jobs smaller than `grain` indices per thread run on the caller alone.
 */
void pool_run(pool_fn fn, void *ctx, int64_t n, int64_t grain);

#endif
