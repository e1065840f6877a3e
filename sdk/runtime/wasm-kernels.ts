/**
 * medtune's kernels for the wasm backend: the matrix products (sdk/runtime/wasm-matmul.ts, native
 * OpenBLAS when the addon is built), and the kernels the wasm backend lacks, registered so forward
 * and backward passes never fall back silently (tfjs would throw "Kernel X not registered for
 * backend wasm" instead).
 *
 * Found by running the model's full backward pass on wasm (test/model/wasm-grad.test.ts):
 * - `UnsortedSegmentSum`: the gradient of `gather` (embedding lookup) scatters rows back with it.
 * And one it has but that copies where sharing is correct: `Identity` (see below).
 *
 * The other kernels the cpu backend has and wasm lacks (tfjs 4.22: complex numbers and FFT,
 * Einsum, conv backprop-filter, ragged and string ops) are used by no model, loss or optimizer
 * in medtune.
 *
 * The kernels run in JavaScript over the wasm heap: they are reductions over index lists, cheap
 * next to the matmuls around them.
 *
 * @example
 * registerWasmKernels(); // idempotent; initBackend() calls it when it picks wasm
 */
import * as tf from '@tensorflow/tfjs';
import { FUSED, registerFusedKernels } from './fused-kernels.js';
import { nativeStatus, type NativeStatus } from './native.js';
import { registerMatMulKernels } from './wasm-matmul.js';
import type { WasmBackendLike } from './wasm-heap.js';

/**
 * `out[s, ...] = Σ_{i: ids[i] = s} x[i, ...]`, ids with negative values dropped (as TensorFlow
 * does); ids >= numSegments are an error rather than silently lost gradient.
 */
const unsortedSegmentSum: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
  const { numSegments } = attrs as unknown as { numSegments: number };
  const b = backend as unknown as WasmBackendLike;
  const n = segmentIds.shape.reduce((a, d) => a * d, 1);
  const inner = n === 0 ? 0 : x.shape.reduce((a, d) => a * d, 1) / n;
  // Validate before allocating, so a bad id cannot leave an output buffer behind on the heap.
  const check = b.typedArrayFromHeap(segmentIds);
  for (let i = 0; i < n; i++) {
    if (check[i] >= numSegments) throw new Error(`UnsortedSegmentSum: segment id ${check[i]} at ${i} is >= numSegments ${numSegments}`);
  }
  // Views are taken after the allocation: growing the wasm heap detaches earlier ones.
  const out = b.makeOutput([numSegments, ...x.shape.slice(segmentIds.shape.length)], x.dtype);
  const ov = b.typedArrayFromHeap(out);
  const xv = b.typedArrayFromHeap(x);
  const ids = b.typedArrayFromHeap(segmentIds);
  ov.fill(0);
  for (let i = 0; i < n; i++) {
    const s = ids[i];
    if (s < 0) continue;
    const src = i * inner;
    const dst = s * inner;
    for (let j = 0; j < inner; j++) ov[dst + j] += xv[src + j];
  }
  return out;
};

/**
 * `Identity` (tensor.clone(), and every tensor the gradient tape saves) sharing the data instead of
 * copying it, as tfjs's cpu backend and the wasm backend's own Reshape do: tensors are immutable,
 * so the copy only doubled the memory and time of everything the backward pass keeps.
 */
const identity: tf.KernelFunc = ({ inputs, backend }) => {
  const { x } = inputs as { x: tf.TensorInfo };
  (backend as unknown as { incRef(id: tf.DataId): void }).incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
};

const KERNELS: tf.KernelConfig[] = [
  { kernelName: 'UnsortedSegmentSum', backendName: 'wasm', kernelFunc: unsortedSegmentSum },
  { kernelName: 'Identity', backendName: 'wasm', kernelFunc: identity },
];

const GUARDED = Symbol.for('medtune.mallocGuard');

/**
 * tfjs-backend-wasm does not check `malloc`: when the heap (at most 4 GiB) is full it gets 0 back,
 * writes the tensor over the start of the heap, and the next allocation dies with "memory access
 * out of bounds". Fail at the allocation instead, saying what to do.
 */
function guardHeapExhaustion(): void {
  type Module = { _malloc: (n: number) => number; asm?: { malloc?: (n: number) => number }; HEAPU8: Uint8Array; [GUARDED]?: true };
  const wasm = (tf.findBackend('wasm') as unknown as { wasm?: Module }).wasm;
  if (!wasm || wasm[GUARDED]) return;
  // The export itself: emscripten's `_malloc` is a stub that replaces itself with it on first call.
  const malloc = wasm.asm?.malloc ?? wasm._malloc.bind(wasm);
  wasm._malloc = (n: number) => {
    const p = malloc(n);
    // Near the limit this malloc can also hand out a block that runs past the end of the heap.
    if (n > 0 && (p === 0 || (p >>> 0) + n > wasm.HEAPU8.buffer.byteLength)) {
      const heapMb = Math.round(wasm.HEAPU8.buffer.byteLength / 2 ** 20);
      throw new Error(
        `wasm heap exhausted: ${Math.round(n / 2 ** 20)} MiB more did not fit in ${heapMb} MiB (the wasm backend's limit is 4 GiB). ` +
          'Use a smaller batch or cutoff_len, gradient_checkpointing: true, or quantization_bit: 4 for the base weights.',
      );
    }
    return p;
  };
  wasm[GUARDED] = true;
}

/**
 * Register medtune's wasm kernels (safe to call repeatedly); returns whether the native addon
 * backs them (`MEDTUNE_NATIVE=0` forces the plain-wasm versions).
 *
 * @example
 * registerWasmKernels().active; // true when native/build/medtune_native.node loaded
 * tf.unsortedSegmentSum(tf.ones([3, 2]), tf.tensor1d([0, 1, 0], 'int32'), 2); // [[2, 2], [1, 1]]
 */
export function registerWasmKernels(): NativeStatus {
  for (const k of KERNELS) {
    if (tf.getKernel(k.kernelName, k.backendName)?.kernelFunc === k.kernelFunc) continue;
    if (tf.getKernel(k.kernelName, k.backendName)) tf.unregisterKernel(k.kernelName, k.backendName);
    tf.registerKernel(k);
  }
  guardHeapExhaustion();
  const status = nativeStatus();
  registerMatMulKernels(status.addon);
  if (status.addon) registerFusedKernels(status.addon);
  else for (const name of Object.values(FUSED)) if (tf.getKernel(name, 'wasm')) tf.unregisterKernel(name, 'wasm');
  return status;
}
