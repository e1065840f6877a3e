/**
 * Kernels the wasm backend lacks, registered so forward and backward passes never fall back
 * silently. Owned by the model core (issue 4); it fills this list.
 *
 * @example
 * registerWasmKernels(); // idempotent
 */
export function registerWasmKernels(): void {}
