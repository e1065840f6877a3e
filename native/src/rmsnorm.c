/*
 * RMSNorm over the last axis (HF LlamaRMSNorm): y = w * (x / sqrt(mean(x^2) + eps)), and its
 * gradients. Rows are independent, so the pool splits them; the sum of squares is accumulated in
 * double so long rows lose no precision.
 *
 *   dx = r * (w*dy) - x * r^3 * sum(w*dy*x) / D        (r = 1 / sqrt(mean(x^2) + eps))
 *   dw = sum over rows of dy * x * r
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kernels.h"
#include "pool.h"

typedef struct {
  const float *x, *w, *dy;
  float *out;
  int64_t d;
  float eps;
} NormJob;

static inline float inv_rms(const float *x, int64_t d, float eps) {
  double ss = 0;
  for (int64_t j = 0; j < d; j++) ss += (double)x[j] * x[j];
  return 1.0f / sqrtf((float)(ss / d) + eps);
}

static void forward_rows(void *ctx, int64_t begin, int64_t end) {
  const NormJob *j = ctx;
  for (int64_t r = begin; r < end; r++) {
    const float *x = j->x + r * j->d;
    float *y = j->out + r * j->d;
    float s = inv_rms(x, j->d, j->eps);
    for (int64_t c = 0; c < j->d; c++) y[c] = j->w[c] * (x[c] * s);
  }
}

static void grad_x_rows(void *ctx, int64_t begin, int64_t end) {
  const NormJob *j = ctx;
  int64_t d = j->d;
  for (int64_t r = begin; r < end; r++) {
    const float *x = j->x + r * d, *dy = j->dy + r * d;
    float *dx = j->out + r * d;
    float s = inv_rms(x, d, j->eps);
    double dot = 0;
    for (int64_t c = 0; c < d; c++) dot += (double)(j->w[c] * dy[c]) * x[c];
    float k = (float)(dot / d) * s * s * s;
    for (int64_t c = 0; c < d; c++) dx[c] = s * (j->w[c] * dy[c]) - x[c] * k;
  }
}

/* dw: each range accumulates into its own row of `partial`, summed on the caller's thread. */
typedef struct {
  NormJob base;
  double *partial;
  int64_t parts, rows;
} NormWJob;

static void grad_w_parts(void *ctx, int64_t begin, int64_t end) {
  const NormWJob *j = ctx;
  int64_t d = j->base.d, per = (j->rows + j->parts - 1) / j->parts;
  for (int64_t p = begin; p < end; p++) {
    double *acc = j->partial + p * d;
    int64_t r1 = (p + 1) * per < j->rows ? (p + 1) * per : j->rows;
    for (int64_t r = p * per; r < r1; r++) {
      const float *x = j->base.x + r * d, *dy = j->base.dy + r * d;
      float s = inv_rms(x, d, j->base.eps);
      for (int64_t c = 0; c < d; c++) acc[c] += (double)(dy[c] * (x[c] * s));
    }
  }
}

/* rmsNorm(x, w, out, rows, d, eps) */
static napi_value js_rms_norm(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "rmsNorm", 6)) return args_failed(&a), NULL;
  int64_t rows = arg_i64(&a, 3), d = arg_i64(&a, 4);
  NormJob j = {.x = arg_f32(&a, 0, rows * d), .w = arg_f32(&a, 1, d), .out = arg_f32(&a, 2, rows * d), .d = d,
               .eps = (float)arg_f64(&a, 5)};
  if (args_failed(&a)) return NULL;
  pool_run(forward_rows, &j, rows, 16);
  return NULL;
}

/* rmsNormGradX(x, w, dy, dx, rows, d, eps) */
static napi_value js_rms_norm_grad_x(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "rmsNormGradX", 7)) return args_failed(&a), NULL;
  int64_t rows = arg_i64(&a, 4), d = arg_i64(&a, 5);
  NormJob j = {.x = arg_f32(&a, 0, rows * d), .w = arg_f32(&a, 1, d), .dy = arg_f32(&a, 2, rows * d),
               .out = arg_f32(&a, 3, rows * d), .d = d, .eps = (float)arg_f64(&a, 6)};
  if (args_failed(&a)) return NULL;
  pool_run(grad_x_rows, &j, rows, 16);
  return NULL;
}

/* rmsNormGradW(x, dy, dw, rows, d, eps) */
static napi_value js_rms_norm_grad_w(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "rmsNormGradW", 6)) return args_failed(&a), NULL;
  int64_t rows = arg_i64(&a, 3), d = arg_i64(&a, 4);
  NormWJob j = {.base = {.x = arg_f32(&a, 0, rows * d), .dy = arg_f32(&a, 1, rows * d), .d = d,
                         .eps = (float)arg_f64(&a, 5)},
                .rows = rows};
  float *dw = arg_f32(&a, 2, d);
  if (args_failed(&a)) return NULL;
  j.parts = pool_threads() < rows ? pool_threads() : (rows > 0 ? rows : 1);
  j.partial = calloc((size_t)(j.parts * d), sizeof(double));
  if (!j.partial) return napi_throw_error(env, NULL, "medtune native rmsNormGradW: out of memory"), NULL;
  pool_run(grad_w_parts, &j, j.parts, 1);
  for (int64_t c = 0; c < d; c++) {
    double s = 0;
    for (int64_t p = 0; p < j.parts; p++) s += j.partial[p * d + c];
    dw[c] = (float)s;
  }
  free(j.partial);
  return NULL;
}

void register_rmsnorm(napi_env env, napi_value exports) {
  export_fn(env, exports, "rmsNorm", js_rms_norm);
  export_fn(env, exports, "rmsNormGradX", js_rms_norm_grad_x);
  export_fn(env, exports, "rmsNormGradW", js_rms_norm_grad_w);
}
