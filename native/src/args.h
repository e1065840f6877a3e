/*
 * Argument helpers for the Node-API entry points: each reads one JavaScript value, or records a
 * TypeError naming the argument and returns a neutral value. Entry points check `ARGS_OK` once
 * after reading all of them, before touching any memory.
 */
#ifndef MEDTUNE_ARGS_H
#define MEDTUNE_ARGS_H
#define NAPI_VERSION 8
#include <node_api.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
  napi_env env;
  napi_value argv[24];
  size_t argc;
  const char *fn;
  bool failed;
} Args;

/* Read the call's arguments; fails when fewer than `want` were passed. */
bool args_init(Args *a, napi_env env, napi_callback_info info, const char *fn, size_t want);
double arg_f64(Args *a, size_t i);
int64_t arg_i64(Args *a, size_t i);
bool arg_bool(Args *a, size_t i);
/* A Float32Array (e.g. a view of the wasm heap) with at least `need` elements. */
float *arg_f32(Args *a, size_t i, int64_t need);
/* An Int32Array with at least `need` elements. */
int32_t *arg_i32(Args *a, size_t i, int64_t need);
/* A Uint8Array or Int8Array with at least `need` bytes. */
uint8_t *arg_u8(Args *a, size_t i, int64_t need);
/* Throw the first recorded error (if any) and return true when the call must stop. */
bool args_failed(Args *a);
/* Record an error of this call (e.g. inconsistent dimensions). */
void args_fail(Args *a, const char *msg);

#endif
