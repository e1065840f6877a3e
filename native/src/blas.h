/*
 * The few OpenBLAS entry points medtune calls, declared here so the build needs only the
 * library (libopenblas-dev ships it), not a particular cblas.h location.
 */
#ifndef MEDTUNE_BLAS_H
#define MEDTUNE_BLAS_H

enum { CBLAS_ROW_MAJOR = 101 };
enum { CBLAS_NO_TRANS = 111, CBLAS_TRANS = 112 };

void cblas_sgemm(int order, int trans_a, int trans_b, int m, int n, int k, float alpha, const float *a, int lda,
                 const float *b, int ldb, float beta, float *c, int ldc);
void openblas_set_num_threads(int n);
int openblas_get_num_threads(void);
char *openblas_get_config(void);
char *openblas_get_corename(void);

#endif
