/* The fused elementwise kernels, registered on the addon's exports by kernels_register. */
#ifndef MEDTUNE_KERNELS_H
#define MEDTUNE_KERNELS_H
#include "args.h"

void kernels_register(napi_env env, napi_value exports);

#endif
