/* The fused kernels; each file registers its entry points on the addon's exports. */
#ifndef MEDTUNE_KERNELS_H
#define MEDTUNE_KERNELS_H
#include "args.h"

/* Add one function to the exports object. */
void export_fn(napi_env env, napi_value exports, const char *name, napi_callback fn);

void register_rmsnorm(napi_env env, napi_value exports);
void register_swiglu(napi_env env, napi_value exports);
void register_softmax(napi_env env, napi_value exports);
void register_rope(napi_env env, napi_value exports);
void register_xent(napi_env env, napi_value exports);
void register_quant(napi_env env, napi_value exports);
void register_lora(napi_env env, napi_value exports);
void register_adamw(napi_env env, napi_value exports);

static inline void kernels_register(napi_env env, napi_value exports) {
  register_rmsnorm(env, exports);
  register_swiglu(env, exports);
  register_softmax(env, exports);
  register_rope(env, exports);
  register_xent(env, exports);
  register_quant(env, exports);
  register_lora(env, exports);
  register_adamw(env, exports);
}

#endif
