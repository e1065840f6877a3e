/**
 * The matrix products of the model, named by layout. Each is one `tf.matMul` with transpose
 * flags: the wasm backend's product kernel (sdk/runtime/wasm-matmul.ts) runs every flag
 * combination fast (OpenBLAS, or XNNPACK on materialised operands), and tfjs's registered matMul
 * gradient is lazy per input, so a frozen weight never gets a gradient computed.
 *
 * @example
 * const y = linearMatMul(x, w);   // x [N, in], w [out, in] -> [N, out] = x·wᵀ
 * const s = matMulNT(q, k);       // [..., T, d]·[..., S, d]ᵀ -> [..., T, S]
 * const o = matMulNN(p, v);       // [..., T, S]·[..., S, d] -> [..., T, d]
 */
import * as tf from '@tensorflow/tfjs';

/**
 * `x·wᵀ` for `x [N, in]` and a weight in HF layout `w [out, in]`.
 *
 * @example
 * linearMatMul(tf.ones([2, 3]), tf.ones([4, 3])).shape; // [2, 4]
 */
export function linearMatMul(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  return tf.matMul(x, w, false, true);
}

/**
 * Batched `a·bᵀ`: `[..., T, d]`, `[..., S, d]` -> `[..., T, S]` (same batch dims, no broadcasting).
 *
 * @example
 * matMulNT(tf.ones([2, 3, 4]), tf.ones([2, 5, 4])).shape; // [2, 3, 5]
 */
export function matMulNT<T extends tf.Tensor>(a: T, b: T): T {
  return tf.matMul(a, b, false, true) as T;
}

/**
 * Batched `a·b`: `[..., T, S]`, `[..., S, d]` -> `[..., T, d]` (same batch dims).
 *
 * @example
 * matMulNN(tf.ones([2, 3, 5]), tf.ones([2, 5, 4])).shape; // [2, 3, 4]
 */
export function matMulNN<T extends tf.Tensor>(a: T, b: T): T {
  return tf.matMul(a, b) as T;
}
