/**
 * Matrix products written so that every matmul the wasm backend runs, forward AND backward, is
 * a plain `a·b` without transpose flags.
 *
 * Why: on tfjs-backend-wasm 4.22 a matmul with `transposeB` (or `transposeA`) takes 10-30x
 * longer than the same product with pre-transposed operands (measured on [64,768]·[768,2048]:
 * 30 ms plain, ~350 ms transposeB, ~1000 ms transposeA). tfjs's built-in matMul gradient uses
 * both flags, so the gradients are also given here (`tf.customGrad`), expressed with explicit
 * transposes of the small activation tensors and plain matmuls only.
 *
 * @example
 * const y = linearMatMul(x, w);   // x [N, in], w [out, in] -> [N, out] = x·wᵀ
 * const s = matMulNT(q, k);       // [..., T, d]·[..., S, d]ᵀ -> [..., T, S]
 * const o = matMulNN(p, v);       // [..., T, S]·[..., S, d] -> [..., T, d]
 */
import * as tf from '@tensorflow/tfjs';

/** Swap the last two axes. */
function swapLast(t: tf.Tensor): tf.Tensor {
  const perm = t.shape.map((_, i) => i);
  [perm[t.rank - 2], perm[t.rank - 1]] = [perm[t.rank - 1], perm[t.rank - 2]];
  return tf.transpose(t, perm);
}

type CustomGradFn = Parameters<typeof tf.customGrad>[0];

/** A two-input op with an explicit gradient `grad(dy, a, b) -> [da, db]`. */
function binaryOp(
  forward: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor,
  grad: (dy: tf.Tensor, a: tf.Tensor, b: tf.Tensor) => [tf.Tensor, tf.Tensor],
): (a: tf.Tensor, b: tf.Tensor) => tf.Tensor {
  const fn = (a: tf.Tensor, b: tf.Tensor, save: tf.GradSaveFunc) => {
    save([a, b]);
    return { value: forward(a, b), gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => grad(dy, saved[0], saved[1]) };
  };
  return tf.customGrad(fn as unknown as CustomGradFn) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;
}

const linearOp = binaryOp(
  // (w·xᵀ)ᵀ: transposes only the [N, in] activations and the [out, N] result.
  (x, w) => tf.transpose(tf.matMul(w, tf.transpose(x))),
  (g, x, w) => [tf.matMul(g, w), tf.matMul(tf.transpose(g), x)], // dx [N, in], dw [out, in]
);

/**
 * `x·wᵀ` for `x [N, in]` and a weight in HF layout `w [out, in]`.
 *
 * @example
 * linearMatMul(tf.ones([2, 3]), tf.ones([4, 3])).shape; // [2, 4]
 */
export function linearMatMul(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  return linearOp(x, w) as tf.Tensor2D;
}

const ntOp = binaryOp(
  (a, b) => tf.matMul(a, swapLast(b)),
  (g, a, b) => [tf.matMul(g, b), tf.matMul(swapLast(g), a)], // g: [..., T, S]
);

/**
 * Batched `a·bᵀ`: `[..., T, d]`, `[..., S, d]` -> `[..., T, S]` (same batch dims, no broadcasting).
 *
 * @example
 * matMulNT(tf.ones([2, 3, 4]), tf.ones([2, 5, 4])).shape; // [2, 3, 5]
 */
export function matMulNT<T extends tf.Tensor>(a: T, b: T): T {
  return ntOp(a, b) as T;
}

const nnOp = binaryOp(
  (a, b) => tf.matMul(a, b),
  (g, a, b) => [tf.matMul(g, swapLast(b)), tf.matMul(swapLast(a), g)], // g: [..., T, d]
);

/**
 * Batched `a·b`: `[..., T, S]`, `[..., S, d]` -> `[..., T, d]` (same batch dims).
 *
 * @example
 * matMulNN(tf.ones([2, 3, 5]), tf.ones([2, 5, 4])).shape; // [2, 3, 4]
 */
export function matMulNN<T extends tf.Tensor>(a: T, b: T): T {
  return nnOp(a, b) as T;
}
