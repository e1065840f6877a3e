/* See args.h. */
#include "args.h"

#include <stdio.h>

static char message[256];

void args_fail(Args *a, const char *msg) {
  if (a->failed) return;
  a->failed = true;
  snprintf(message, sizeof message, "medtune native %s: %s", a->fn, msg);
}

static void fail_arg(Args *a, size_t i, const char *what) {
  char buf[160];
  snprintf(buf, sizeof buf, "argument %zu must be %s", i, what);
  args_fail(a, buf);
}

bool args_init(Args *a, napi_env env, napi_callback_info info, const char *fn, size_t want) {
  a->env = env;
  a->fn = fn;
  a->failed = false;
  a->argc = sizeof a->argv / sizeof a->argv[0];
  if (napi_get_cb_info(env, info, &a->argc, a->argv, NULL, NULL) != napi_ok || a->argc < want) {
    char buf[96];
    snprintf(buf, sizeof buf, "expected %zu arguments, got %zu", want, a->argc);
    args_fail(a, buf);
    return false;
  }
  return true;
}

double arg_f64(Args *a, size_t i) {
  double v = 0;
  if (!a->failed && napi_get_value_double(a->env, a->argv[i], &v) != napi_ok) fail_arg(a, i, "a number");
  return v;
}

int64_t arg_i64(Args *a, size_t i) {
  int64_t v = 0;
  if (!a->failed && napi_get_value_int64(a->env, a->argv[i], &v) != napi_ok) fail_arg(a, i, "an integer");
  return v;
}

bool arg_bool(Args *a, size_t i) {
  bool v = false;
  if (!a->failed && napi_get_value_bool(a->env, a->argv[i], &v) != napi_ok) fail_arg(a, i, "a boolean");
  return v;
}

static void *typed(Args *a, size_t i, napi_typedarray_type want1, napi_typedarray_type want2, int64_t need,
                   const char *what) {
  if (a->failed) return NULL;
  bool is = false;
  napi_is_typedarray(a->env, a->argv[i], &is);
  if (!is) {
    fail_arg(a, i, what);
    return NULL;
  }
  napi_typedarray_type type;
  size_t length = 0;
  void *data = NULL;
  if (napi_get_typedarray_info(a->env, a->argv[i], &type, &length, &data, NULL, NULL) != napi_ok ||
      (type != want1 && type != want2)) {
    fail_arg(a, i, what);
    return NULL;
  }
  if (need < 0 || (uint64_t)need > length) {
    char buf[160];
    snprintf(buf, sizeof buf, "argument %zu holds %zu elements, the dimensions need %lld", i, length,
             (long long)need);
    args_fail(a, buf);
    return NULL;
  }
  return data;
}

float *arg_f32(Args *a, size_t i, int64_t need) {
  return typed(a, i, napi_float32_array, napi_float32_array, need, "a Float32Array");
}

int32_t *arg_i32(Args *a, size_t i, int64_t need) {
  return typed(a, i, napi_int32_array, napi_int32_array, need, "an Int32Array");
}

uint8_t *arg_u8(Args *a, size_t i, int64_t need) {
  return typed(a, i, napi_uint8_array, napi_int8_array, need, "a Uint8Array or Int8Array");
}

bool args_failed(Args *a) {
  if (!a->failed) return false;
  napi_throw_error(a->env, NULL, message);
  return true;
}
