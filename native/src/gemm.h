/* Row-major batched matrix products on OpenBLAS (see gemm.c). */
#ifndef MEDTUNE_GEMM_H
#define MEDTUNE_GEMM_H
#include <stdint.h>

/*
 * For each of `batch` problems: C[b] = alpha * op(A[b]) * op(B[b]) + beta * C[b], row-major,
 * op(A) is [m, k], op(B) is [k, n]. A stride of 0 repeats one matrix for every batch (broadcast).
 */
void gemm_batched(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k, float alpha, const float *a,
                  int64_t stride_a, const float *b, int64_t stride_b, float beta, float *c, int64_t stride_c,
                  int64_t batch);

#endif
