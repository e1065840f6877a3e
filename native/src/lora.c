/*
 * The low-rank branch of a LoRA projection, y += s * (xd A^T) B^T, and its gradients, with the
 * [N, r] intermediate kept in a scratch buffer instead of a tensor (the rank r is small, so it is
 * cheaper to recompute in the backward pass than to keep):
 *   d xd = s * (dy B) A        dA = s * (dy B)^T xd        dB = s * dy^T (xd A^T)
 * xd is the branch's input after dropout (the same memory as x without dropout).
 */
#include <stdlib.h>

#include "blas.h"
#include "kernels.h"

/* t [n, r] = x [n, k] M^T for M [r, k] */
static void times_t(const float *x, const float *m, float *t, int64_t n, int64_t k, int64_t r) {
  cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_TRANS, (int)n, (int)r, (int)k, 1.0f, x, (int)k, m, (int)k, 0.0f, t,
              (int)r);
}

/* loraAdd(xd, a, b, y, n, in, out, r, scaling): y [n, out] += s * (xd a^T) b^T */
static napi_value js_lora_add(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "loraAdd", 9)) return args_failed(&a), NULL;
  int64_t n = arg_i64(&a, 4), in = arg_i64(&a, 5), out = arg_i64(&a, 6), r = arg_i64(&a, 7);
  const float *xd = arg_f32(&a, 0, n * in), *A = arg_f32(&a, 1, r * in), *B = arg_f32(&a, 2, out * r);
  float *y = arg_f32(&a, 3, n * out);
  float s = (float)arg_f64(&a, 8);
  if (args_failed(&a) || n == 0 || out == 0) return NULL;
  if (r == 0 || in == 0) return NULL;
  float *t = malloc((size_t)(n * r) * sizeof(float));
  if (!t) return napi_throw_error(env, NULL, "medtune native loraAdd: out of memory"), NULL;
  times_t(xd, A, t, n, in, r);
  cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_TRANS, (int)n, (int)out, (int)r, s, t, (int)r, B, (int)r, 1.0f, y,
              (int)out);
  free(t);
  return NULL;
}

/* loraGrad(which, dy, xd, a, b, result, n, in, out, r, scaling): which 0 = d xd [n, in], 1 = dA [r, in], 2 = dB [out, r] */
static napi_value js_lora_grad(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "loraGrad", 11)) return args_failed(&a), NULL;
  int64_t which = arg_i64(&a, 0), n = arg_i64(&a, 6), in = arg_i64(&a, 7), out = arg_i64(&a, 8), r = arg_i64(&a, 9);
  const float *dy = arg_f32(&a, 1, n * out), *xd = arg_f32(&a, 2, n * in), *A = arg_f32(&a, 3, r * in),
              *B = arg_f32(&a, 4, out * r);
  float *res = arg_f32(&a, 5, which == 0 ? n * in : which == 1 ? r * in : out * r);
  float s = (float)arg_f64(&a, 10);
  if (which < 0 || which > 2) args_fail(&a, "which must be 0 (input), 1 (A) or 2 (B)");
  if (args_failed(&a)) return NULL;
  int64_t size = which == 0 ? n * in : which == 1 ? r * in : out * r;
  if (n == 0 || r == 0 || in == 0 || out == 0) {
    for (int64_t i = 0; i < size; i++) res[i] = 0.0f;
    return NULL;
  }
  float *t = malloc((size_t)(n * r) * sizeof(float));
  if (!t) return napi_throw_error(env, NULL, "medtune native loraGrad: out of memory"), NULL;
  if (which == 2) {
    times_t(xd, A, t, n, in, r); /* xd A^T */
    cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_TRANS, CBLAS_NO_TRANS, (int)out, (int)r, (int)n, s, dy, (int)out, t, (int)r, 0.0f,
                res, (int)r);
  } else {
    /* u = dy B: [n, out] [out, r] */
    cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_NO_TRANS, (int)n, (int)r, (int)out, 1.0f, dy, (int)out, B, (int)r,
                0.0f, t, (int)r);
    if (which == 0)
      cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_NO_TRANS, CBLAS_NO_TRANS, (int)n, (int)in, (int)r, s, t, (int)r, A, (int)in, 0.0f,
                  res, (int)in);
    else
      cblas_sgemm(CBLAS_ROW_MAJOR, CBLAS_TRANS, CBLAS_NO_TRANS, (int)r, (int)in, (int)n, s, t, (int)r, xd, (int)in, 0.0f,
                  res, (int)in);
  }
  free(t);
  return NULL;
}

void register_lora(napi_env env, napi_value exports) {
  export_fn(env, exports, "loraAdd", js_lora_add);
  export_fn(env, exports, "loraGrad", js_lora_grad);
}
