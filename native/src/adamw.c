/*
 * One AdamW update of a parameter tensor in a single pass, in the operation order of
 * sdk/train/optimizer.ts (which follows torch.optim.AdamW, single-tensor path):
 *   p' = p * (1 - lr*wd)
 *   m' = m*b1 + g*(1 - b1)
 *   v' = v*b2 + (g*g)*(1 - b2)
 *   p'' = p' - (m' / (sqrt(v') / sqrt(1 - b2^t) + eps)) * lr / (1 - b1^t)
 * Results go to new buffers (tensors are immutable in tfjs; the caller assigns them).
 */
#include <math.h>

#include "kernels.h"
#include "pool.h"

typedef struct {
  const float *p, *m, *v, *g;
  float *po, *mo, *vo;
  float decay, b1, one_b1, b2, one_b2, bc2_sqrt, eps, step_size;
} AdamJob;

static void adam_range(void *ctx, int64_t begin, int64_t end) {
  const AdamJob *j = ctx;
  for (int64_t i = begin; i < end; i++) {
    float g = j->g[i];
    float p = j->decay == 1.0f ? j->p[i] : j->p[i] * j->decay;
    float m = j->m[i] * j->b1 + g * j->one_b1;
    float v = j->v[i] * j->b2 + (g * g) * j->one_b2;
    float denom = sqrtf(v) / j->bc2_sqrt + j->eps;
    j->mo[i] = m;
    j->vo[i] = v;
    j->po[i] = p - (m / denom) * j->step_size;
  }
}

/* adamw(p, m, v, g, pOut, mOut, vOut, n, decay, beta1, beta2, bc2Sqrt, eps, stepSize) */
static napi_value js_adamw(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "adamw", 14)) return args_failed(&a), NULL;
  int64_t n = arg_i64(&a, 7);
  float b1 = (float)arg_f64(&a, 9), b2 = (float)arg_f64(&a, 10);
  AdamJob j = {.p = arg_f32(&a, 0, n), .m = arg_f32(&a, 1, n), .v = arg_f32(&a, 2, n), .g = arg_f32(&a, 3, n),
               .po = arg_f32(&a, 4, n), .mo = arg_f32(&a, 5, n), .vo = arg_f32(&a, 6, n),
               .decay = (float)arg_f64(&a, 8), .b1 = b1, .one_b1 = (float)(1.0 - arg_f64(&a, 9)), .b2 = b2,
               .one_b2 = (float)(1.0 - arg_f64(&a, 10)), .bc2_sqrt = (float)arg_f64(&a, 11),
               .eps = (float)arg_f64(&a, 12), .step_size = (float)arg_f64(&a, 13)};
  if (args_failed(&a)) return NULL;
  pool_run(adam_range, &j, n, 32768);
  return NULL;
}

void register_adamw(napi_env env, napi_value exports) { export_fn(env, exports, "adamw", js_adamw); }
