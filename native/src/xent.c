/*
 * The output projection fused with the cross-entropy loss, in chunks of rows, so the
 * [tokens, vocab] logits never exist in full (a chunk of them lives in a scratch buffer outside
 * the wasm heap):
 *   logits = h W^T (h [P, D] hidden rows that have a target, W [V, D] lm_head / tied embedding)
 *   loss_r = logsumexp(logits_r) - logits_r[target_r]
 * and the gradients, with G = (softmax(logits) - onehot(target)) * dy_r recomputed per chunk:
 *   dh = G W        dW = G^T h   (only when W is trained)
 * Under a gradient tape the forward pass also returns dh for dy = 1 (the chunk's logits are at
 * hand, so dh costs one product instead of two); the backward pass then only scales its rows.
 */
#include <math.h>
#include <stdlib.h>

#include "blas.h"
#include "kernels.h"
#include "pool.h"
#include "vec.h"

/* About 64 MiB of logits per chunk: large enough for efficient sgemm, small next to the model. */
#define CHUNK_FLOATS (16 << 20)

typedef struct {
  const float *logits, *lse, *dy;
  const int32_t *targets;
  float *loss, *lse_out, *g;
  int64_t v;
} ChunkJob;

static void lse_rows(void *ctx, int64_t begin, int64_t end) {
  const ChunkJob *j = ctx;
  for (int64_t r = begin; r < end; r++) {
    const float *z = j->logits + r * j->v;
    float mx = row_max(z, j->v);
    float lse = mx + (float)log(exp_shift_sum(NULL, z, j->v, mx, 1.0f));
    j->lse_out[r] = lse;
    j->loss[r] = lse - z[j->targets[r]];
  }
}

static const float ONES_DY = 1.0f;

/* In place: logits -> (softmax - onehot) * dy (dy = 1 when NULL). */
static void grad_rows(void *ctx, int64_t begin, int64_t end) {
  const ChunkJob *j = ctx;
  for (int64_t r = begin; r < end; r++) {
    float *z = j->g + r * j->v;
    float d = j->dy ? j->dy[r] : ONES_DY;
    exp_shift_sum(z, z, j->v, j->lse[r], d);
    z[j->targets[r]] -= d;
  }
}

static int64_t chunk_rows(int64_t p, int64_t v, int64_t requested) {
  int64_t c = requested > 0 ? requested : CHUNK_FLOATS / (v > 0 ? v : 1);
  if (c < 1) c = 1;
  return c < p ? c : p;
}

static bool check_targets(Args *a, const int32_t *t, int64_t p, int64_t v) {
  for (int64_t r = 0; t && r < p; r++)
    if (t[r] < 0 || t[r] >= v) {
      args_fail(a, "a target id is outside the vocabulary");
      return false;
    }
  return true;
}

/* logits of rows [r0, r0 + rows) into scratch */
static void chunk_logits(const float *h, const float *w, float *scratch, int64_t r0, int64_t rows, int64_t d, int64_t v) {
  cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_TRANS, (int)rows, (int)v, (int)d, 1.0f, h + r0 * d, (int)d, w,
              (int)d, 0.0f, scratch, (int)v);
}

/* xentForward(h, w, targets, loss, lse, dh, p, d, v, chunk): dh [P, D] for dy = 1, or an empty array to skip it */
static napi_value js_xent_forward(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "xentForward", 10)) return args_failed(&a), NULL;
  int64_t p = arg_i64(&a, 6), d = arg_i64(&a, 7), v = arg_i64(&a, 8);
  const float *h = arg_f32(&a, 0, p * d), *w = arg_f32(&a, 1, v * d);
  const int32_t *t = arg_i32(&a, 2, p);
  float *loss = arg_f32(&a, 3, p), *lse = arg_f32(&a, 4, p);
  float *dh = arg_f32(&a, 5, 0);
  napi_value len_v;
  uint32_t dh_len = 0;
  if (!a.failed && napi_get_named_property(env, a.argv[5], "length", &len_v) == napi_ok) napi_get_value_uint32(env, len_v, &dh_len);
  if (dh_len > 0) dh = arg_f32(&a, 5, p * d);
  else dh = NULL;
  int64_t chunk = chunk_rows(p, v, arg_i64(&a, 9));
  check_targets(&a, t, p, v);
  if (args_failed(&a) || p == 0) return NULL;
  float *scratch = malloc((size_t)(chunk * v) * sizeof(float));
  if (!scratch) return napi_throw_error(env, NULL, "medtune native xentForward: out of memory for a logits chunk"), NULL;
  for (int64_t r0 = 0; r0 < p; r0 += chunk) {
    int64_t rows = p - r0 < chunk ? p - r0 : chunk;
    chunk_logits(h, w, scratch, r0, rows, d, v);
    ChunkJob j = {.logits = scratch, .targets = t + r0, .loss = loss + r0, .lse_out = lse + r0, .v = v};
    pool_run(lse_rows, &j, rows, 1);
    if (dh) {
      ChunkJob g = {.g = scratch, .targets = t + r0, .lse = lse + r0, .dy = NULL, .v = v};
      pool_run(grad_rows, &g, rows, 1);
      cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_NO_TRANS, (int)rows, (int)d, (int)v, 1.0f, scratch, (int)v, w,
                  (int)d, 0.0f, dh + r0 * d, (int)d);
    }
  }
  free(scratch);
  return NULL;
}

/* xentGrad(which, h, w, targets, lse, dy, out, p, d, v, chunk): which 0 = dh [P, D], 1 = dW [V, D] */
static napi_value js_xent_grad(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "xentGrad", 11)) return args_failed(&a), NULL;
  int64_t which = arg_i64(&a, 0), p = arg_i64(&a, 7), d = arg_i64(&a, 8), v = arg_i64(&a, 9);
  const float *h = arg_f32(&a, 1, p * d), *w = arg_f32(&a, 2, v * d);
  const int32_t *t = arg_i32(&a, 3, p);
  const float *lse = arg_f32(&a, 4, p), *dy = arg_f32(&a, 5, p);
  float *out = arg_f32(&a, 6, which == 0 ? p * d : v * d);
  int64_t chunk = chunk_rows(p, v, arg_i64(&a, 10));
  if (which != 0 && which != 1) args_fail(&a, "which must be 0 (hidden) or 1 (weight)");
  check_targets(&a, t, p, v);
  if (args_failed(&a)) return NULL;
  if (p == 0) {
    for (int64_t i = 0; i < (which == 0 ? 0 : v * d); i++) out[i] = 0;
    return NULL;
  }
  float *scratch = malloc((size_t)(chunk * v) * sizeof(float));
  if (!scratch) return napi_throw_error(env, NULL, "medtune native xentGrad: out of memory for a logits chunk"), NULL;
  for (int64_t r0 = 0; r0 < p; r0 += chunk) {
    int64_t rows = p - r0 < chunk ? p - r0 : chunk;
    chunk_logits(h, w, scratch, r0, rows, d, v);
    ChunkJob j = {.g = scratch, .targets = t + r0, .lse = lse + r0, .dy = dy + r0, .v = v};
    pool_run(grad_rows, &j, rows, 1);
    if (which == 0) {
      cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_NO_TRANS, (int)rows, (int)d, (int)v, 1.0f, scratch, (int)v, w,
                  (int)d, 0.0f, out + r0 * d, (int)d);
    } else {
      cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_TRANS, CBLAS_NO_TRANS, (int)v, (int)d, (int)rows, 1.0f, scratch, (int)v,
                  h + r0 * d, (int)d, r0 == 0 ? 0.0f : 1.0f, out, (int)d);
    }
  }
  free(scratch);
  return NULL;
}

void register_xent(napi_env env, napi_value exports) {
  export_fn(env, exports, "xentForward", js_xent_forward);
  export_fn(env, exports, "xentGrad", js_xent_grad);
}
