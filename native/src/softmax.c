/*
 * The attention softmax with its additive mask and the 1/sqrt(head_dim) scale folded in:
 *   p = softmax(scale * s + mask)  over the last axis,
 * scores laid out [B, H, T, S] and the mask [B, 1, T, S] (shared by the H heads), and its gradient
 *   ds = scale * p * (dp - sum(dp * p)).
 * Rows (b, h, t) are independent; the pool splits them.
 */
#include <math.h>

#include "kernels.h"
#include "pool.h"
#include "vec.h"

typedef struct {
  const float *x, *mask, *p, *dp;
  float *out;
  int64_t heads, t, s;
  float scale;
} SoftmaxJob;

static void forward_rows(void *ctx, int64_t begin, int64_t end) {
  const SoftmaxJob *j = ctx;
  int64_t s = j->s;
  for (int64_t r = begin; r < end; r++) {
    int64_t b = r / (j->heads * j->t), q = r % j->t;
    const float *x = j->x + r * s, *m = j->mask + (b * j->t + q) * s;
    float *y = j->out + r * s;
    for (int64_t c = 0; c < s; c++) y[c] = j->scale * x[c] + m[c];
    float mx = row_max(y, s);
    double sum = exp_shift_sum(y, y, s, mx, 1.0f);
    float inv = (float)(1.0 / sum);
    for (int64_t c = 0; c < s; c++) y[c] *= inv;
  }
}

static void grad_rows(void *ctx, int64_t begin, int64_t end) {
  const SoftmaxJob *j = ctx;
  int64_t s = j->s;
  for (int64_t r = begin; r < end; r++) {
    const float *p = j->p + r * s, *dp = j->dp + r * s;
    float *dx = j->out + r * s;
    float d = (float)row_dot(p, dp, s);
    for (int64_t c = 0; c < s; c++) dx[c] = j->scale * p[c] * (dp[c] - d);
  }
}

/* maskedSoftmax(x, mask, out, batch, heads, t, s, scale) */
static napi_value js_masked_softmax(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "maskedSoftmax", 8)) return args_failed(&a), NULL;
  int64_t batch = arg_i64(&a, 3), heads = arg_i64(&a, 4), t = arg_i64(&a, 5), s = arg_i64(&a, 6);
  int64_t n = batch * heads * t * s;
  SoftmaxJob j = {.x = arg_f32(&a, 0, n), .mask = arg_f32(&a, 1, batch * t * s), .out = arg_f32(&a, 2, n),
                  .heads = heads, .t = t, .s = s, .scale = (float)arg_f64(&a, 7)};
  if (args_failed(&a)) return NULL;
  pool_run(forward_rows, &j, batch * heads * t, 8);
  return NULL;
}

/* maskedSoftmaxGrad(p, dp, out, rows, s, scale) */
static napi_value js_masked_softmax_grad(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "maskedSoftmaxGrad", 6)) return args_failed(&a), NULL;
  int64_t rows = arg_i64(&a, 3), s = arg_i64(&a, 4);
  SoftmaxJob j = {.p = arg_f32(&a, 0, rows * s), .dp = arg_f32(&a, 1, rows * s), .out = arg_f32(&a, 2, rows * s),
                  .s = s, .scale = (float)arg_f64(&a, 5)};
  if (args_failed(&a)) return NULL;
  pool_run(grad_rows, &j, rows, 8);
  return NULL;
}

void register_softmax(napi_env env, napi_value exports) {
  export_fn(env, exports, "maskedSoftmax", js_masked_softmax);
  export_fn(env, exports, "maskedSoftmaxGrad", js_masked_softmax_grad);
}
