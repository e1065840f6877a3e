/**
 * Direct access to tensors on the tfjs-backend-wasm heap, for kernels written outside the wasm
 * module (in JavaScript or in the native addon, which reads and writes the same memory in place).
 *
 * @example
 * const out = backend.makeOutput([n], 'float32');
 * heapF32(backend, out).set(heapF32(backend, x)); // copy x into out
 */
import type * as tf from '@tensorflow/tfjs';

/** The slice of the wasm backend that kernels use (it is not exported as a type we can import cheaply). */
export interface WasmBackendLike {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(t: tf.TensorInfo): Float32Array | Int32Array | Uint8Array;
  disposeData(dataId: tf.DataId, force?: boolean): boolean;
}

/**
 * A Float32Array view of a float32 tensor on the heap. Take views after every allocation of the
 * kernel: growing the wasm heap detaches the views taken before.
 *
 * @example
 * const xv = heapF32(backend, x); // length = x's size
 */
export function heapF32(backend: WasmBackendLike, t: tf.TensorInfo): Float32Array {
  if (t.dtype !== 'float32') throw new Error(`heapF32: expected a float32 tensor, got ${t.dtype} [${t.shape}]`);
  return backend.typedArrayFromHeap(t) as Float32Array;
}

/**
 * An Int32Array view of an int32 tensor on the heap (same caveat as heapF32).
 *
 * @example
 * const ids = heapI32(backend, targets);
 */
export function heapI32(backend: WasmBackendLike, t: tf.TensorInfo): Int32Array {
  if (t.dtype !== 'int32') throw new Error(`heapI32: expected an int32 tensor, got ${t.dtype} [${t.shape}]`);
  return backend.typedArrayFromHeap(t) as Int32Array;
}
