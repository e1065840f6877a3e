/*
 * Batched sgemm. One cblas call per batch entry: OpenBLAS threads each product internally, which
 * covers the decoder's large projections; the attention products (batch = B x KV heads, each a
 * few hundred rows) are also big enough for it to split.
 */
#include "gemm.h"

#include "blas.h"

void gemm_batched(int trans_a, int trans_b, int64_t m, int64_t n, int64_t k, float alpha, const float *a,
                  int64_t stride_a, const float *b, int64_t stride_b, float beta, float *c, int64_t stride_c,
                  int64_t batch) {
  /* Leading dimensions of the stored (untransposed) row-major matrices. */
  int lda = (int)(trans_a ? m : k);
  int ldb = (int)(trans_b ? k : n);
  for (int64_t i = 0; i < batch; i++) {
    cblas_sgemm(CBLAS_ROW_MAJOR, trans_a ? CBLAS_TRANS : CBLAS_NO_TRANS, trans_b ? CBLAS_TRANS : CBLAS_NO_TRANS, (int)m,
                (int)n, (int)k, alpha, a + i * stride_a, lda > 0 ? lda : 1, b + i * stride_b, ldb > 0 ? ldb : 1, beta,
                c + i * stride_c, n > 0 ? (int)n : 1);
  }
}
