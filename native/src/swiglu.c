/*
 * The SwiGLU gate of Llama MLPs, out = silu(g) * u with silu(g) = g * sigmoid(g), and the
 * gradients of each input (computed separately: autodiff asks for each only when it is needed).
 *
 *   dg = dy * u * s * (1 + g * (1 - s))     (s = sigmoid(g))
 *   du = dy * g * s
 */
#include <math.h>

#include "kernels.h"
#include "pool.h"
#include "vec.h"

typedef struct {
  const float *g, *u, *dy;
  float *out;
} GluJob;

static inline v8f sigmoid8(v8f x) { return v8_set1(1.0f) / (v8_set1(1.0f) + v8_exp(-x)); }

/* out[i] for one lane group; `tail` handles the last n % 8 through a padded copy. */
#define ELEMENTWISE(name, expr)                                                      \
  static void name(void *ctx, int64_t begin, int64_t end) {                          \
    const GluJob *j = ctx;                                                           \
    int64_t i = begin;                                                               \
    for (; i + 8 <= end; i += 8) {                                                   \
      v8f g = v8_load(j->g + i), u = j->u ? v8_load(j->u + i) : v8_set1(0.0f);       \
      v8f dy = j->dy ? v8_load(j->dy + i) : v8_set1(0.0f);                           \
      v8_store(j->out + i, expr);                                                    \
    }                                                                                \
    if (i < end) {                                                                   \
      float gb[8] = {0}, ub[8] = {0}, db[8] = {0}, ob[8];                            \
      for (int64_t k = i; k < end; k++) {                                            \
        gb[k - i] = j->g[k];                                                         \
        if (j->u) ub[k - i] = j->u[k];                                               \
        if (j->dy) db[k - i] = j->dy[k];                                             \
      }                                                                              \
      v8f g = v8_load(gb), u = v8_load(ub), dy = v8_load(db);                        \
      v8_store(ob, expr);                                                            \
      for (int64_t k = i; k < end; k++) j->out[k] = ob[k - i];                       \
    }                                                                                \
  }

ELEMENTWISE(forward_range, g * sigmoid8(g) * u)
ELEMENTWISE(grad_g_range, dy * u * sigmoid8(g) * (v8_set1(1.0f) + g * (v8_set1(1.0f) - sigmoid8(g))))
ELEMENTWISE(grad_u_range, dy * g * sigmoid8(g))

/* swiglu(g, u, out, n) */
static napi_value js_swiglu(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "swiglu", 4)) return args_failed(&a), NULL;
  int64_t n = arg_i64(&a, 3);
  GluJob j = {.g = arg_f32(&a, 0, n), .u = arg_f32(&a, 1, n), .out = arg_f32(&a, 2, n)};
  if (args_failed(&a)) return NULL;
  pool_run(forward_range, &j, n, 16384);
  return NULL;
}

/* swigluGrad(which, g, u, dy, out, n): which 0 = d/dg, 1 = d/du */
static napi_value js_swiglu_grad(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "swigluGrad", 6)) return args_failed(&a), NULL;
  int64_t which = arg_i64(&a, 0), n = arg_i64(&a, 5);
  GluJob j = {.g = arg_f32(&a, 1, n), .u = arg_f32(&a, 2, n), .dy = arg_f32(&a, 3, n), .out = arg_f32(&a, 4, n)};
  if (which != 0 && which != 1) args_fail(&a, "which must be 0 (gate) or 1 (up)");
  if (args_failed(&a)) return NULL;
  pool_run(which == 0 ? grad_g_range : grad_u_range, &j, n, 16384);
  return NULL;
}

void register_swiglu(napi_env env, napi_value exports) {
  export_fn(env, exports, "swiglu", js_swiglu);
  export_fn(env, exports, "swigluGrad", js_swiglu_grad);
}
