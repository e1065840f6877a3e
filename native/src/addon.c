/*
 * Node-API entry points of medtune's native kernels. Every function takes typed-array views
 * (usually of the tfjs wasm heap, so no data is copied), checks that the dimensions fit inside
 * them, and runs the kernel synchronously on the calling thread plus the BLAS / pool threads.
 */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "blas.h"
#include "gemm.h"
#include "kernels.h"
#include "pool.h"

/* Elements a batched operand spans: the last batch entry's offset plus one matrix. */
static int64_t extent(int64_t batch, int64_t stride, int64_t rows, int64_t cols) {
  if (batch <= 0 || rows <= 0 || cols <= 0) return 0;
  return (batch - 1) * stride + rows * cols;
}

/* gemm(transA, transB, m, n, k, alpha, a, strideA, b, strideB, beta, c, strideC, batch) */
static napi_value js_gemm(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "gemm", 14)) return args_failed(&a), NULL;
  bool ta = arg_bool(&a, 0), tb = arg_bool(&a, 1);
  int64_t m = arg_i64(&a, 2), n = arg_i64(&a, 3), k = arg_i64(&a, 4);
  float alpha = (float)arg_f64(&a, 5);
  int64_t sa = arg_i64(&a, 7), sb = arg_i64(&a, 9), sc = arg_i64(&a, 12), batch = arg_i64(&a, 13);
  float beta = (float)arg_f64(&a, 10);
  if (m < 0 || n < 0 || k < 0 || batch < 0 || sa < 0 || sb < 0 || sc < m * n) args_fail(&a, "negative or overlapping dimensions");
  if (m > 0x7fffffff || n > 0x7fffffff || k > 0x7fffffff) args_fail(&a, "a dimension exceeds 2^31");
  const float *pa = arg_f32(&a, 6, extent(batch, sa, m, k));
  const float *pb = arg_f32(&a, 8, extent(batch, sb, k, n));
  float *pc = arg_f32(&a, 11, extent(batch, sc, m, n));
  if (args_failed(&a)) return NULL;
  if (m == 0 || n == 0 || batch == 0) return NULL;
  if (k == 0) {
    /* Empty inner dimension: C = beta * C (BLAS leaves this case to the caller on some builds). */
    for (int64_t i = 0; i < batch; i++)
      for (int64_t j = 0; j < m * n; j++) pc[i * sc + j] = beta == 0.0f ? 0.0f : beta * pc[i * sc + j];
    return NULL;
  }
  gemm_batched(ta, tb, m, n, k, alpha, pa, sa, pb, sb, beta, pc, sc, batch);
  return NULL;
}

/* setThreads(n): BLAS threads and elementwise pool threads alike. */
static napi_value js_set_threads(napi_env env, napi_callback_info info) {
  Args a;
  if (!args_init(&a, env, info, "setThreads", 1)) return args_failed(&a), NULL;
  int64_t n = arg_i64(&a, 0);
  if (n < 1 || n > 64) args_fail(&a, "threads must be between 1 and 64");
  if (args_failed(&a)) return NULL;
  openblas_set_num_threads((int)n);
  pool_set_threads((int)n);
  return NULL;
}

static void set_str(napi_env env, napi_value obj, const char *key, const char *value) {
  napi_value v;
  napi_create_string_utf8(env, value ? value : "", NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, obj, key, v);
}

static void set_int(napi_env env, napi_value obj, const char *key, int value) {
  napi_value v;
  napi_create_int32(env, value, &v);
  napi_set_named_property(env, obj, key, v);
}

/* info() -> { blas, config, core, blasThreads, poolThreads } */
static napi_value js_info(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj;
  napi_create_object(env, &obj);
  set_str(env, obj, "blas", "openblas");
  set_str(env, obj, "config", openblas_get_config());
  set_str(env, obj, "core", openblas_get_corename());
  set_int(env, obj, "blasThreads", openblas_get_num_threads());
  set_int(env, obj, "poolThreads", pool_threads());
  return obj;
}

void export_fn(napi_env env, napi_value exports, const char *name, napi_callback fn) {
  napi_value f;
  napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &f);
  napi_set_named_property(env, exports, name, f);
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"gemm", NULL, js_gemm, NULL, NULL, NULL, napi_default, NULL},
      {"setThreads", NULL, js_set_threads, NULL, NULL, NULL, napi_default, NULL},
      {"info", NULL, js_info, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  kernels_register(env, exports);
  return exports;
}

NAPI_MODULE(medtune_native, init)
