/*
 * Rotary position embedding, HF rotate_half convention, on x [B, T, H, hD] with angles
 * cos/sin [B, T, hD/2] shared by the heads:
 *   y1 = x1 cos - x2 sin,  y2 = x2 cos + x1 sin          (x1, x2: the two halves of hD)
 * The gradient is the rotation by the opposite angle (sign = -1). The output can be written
 * head-major, [B, H, T, hD], which is the layout attention needs, saving a transpose.
 */
#include "kernels.h"
#include "pool.h"

typedef struct {
  const float *x, *cos, *sin;
  float *out;
  int64_t t, h, d;
  float sign;
  int in_head_major, out_head_major;
} RopeJob;

/* One (b, t, h) vector per index. */
static void rope_range(void *ctx, int64_t begin, int64_t end) {
  const RopeJob *j = ctx;
  int64_t half = j->d / 2;
  for (int64_t i = begin; i < end; i++) {
    int64_t hh = i % j->h, bt = i / j->h, b = bt / j->t, tt = bt % j->t;
    int64_t seq_major = i * j->d;                                 /* [B, T, H, hD] */
    int64_t head_major = (((b * j->h) + hh) * j->t + tt) * j->d;  /* [B, H, T, hD] */
    const float *x = j->x + (j->in_head_major ? head_major : seq_major);
    float *y = j->out + (j->out_head_major ? head_major : seq_major);
    const float *c = j->cos + bt * half, *s = j->sin + bt * half;
    for (int64_t k = 0; k < half; k++) {
      float x1 = x[k], x2 = x[k + half], sn = j->sign * s[k];
      y[k] = x1 * c[k] - x2 * sn;
      y[k + half] = x2 * c[k] + x1 * sn;
    }
  }
}

/* rope(x, cos, sin, out, batch, t, heads, d, sign, inHeadMajor, outHeadMajor) */
static napi_value js_rope(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "rope", 11)) return args_failed(&a), NULL;
  int64_t batch = arg_i64(&a, 4), t = arg_i64(&a, 5), h = arg_i64(&a, 6), d = arg_i64(&a, 7);
  int64_t n = batch * t * h * d;
  RopeJob j = {.x = arg_f32(&a, 0, n), .cos = arg_f32(&a, 1, batch * t * (d / 2)),
               .sin = arg_f32(&a, 2, batch * t * (d / 2)), .out = arg_f32(&a, 3, n), .t = t, .h = h, .d = d,
               .sign = (float)arg_f64(&a, 8), .in_head_major = arg_bool(&a, 9), .out_head_major = arg_bool(&a, 10)};
  if (d % 2 != 0) args_fail(&a, "head dimension must be even");
  if (args_failed(&a)) return NULL;
  pool_run(rope_range, &j, batch * t * h, 64);
  return NULL;
}

void register_rope(napi_env env, napi_value exports) { export_fn(env, exports, "rope", js_rope); }
