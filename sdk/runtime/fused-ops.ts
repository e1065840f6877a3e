/**
 * Ops over the fused native kernels (sdk/runtime/fused-kernels.ts). Callers check
 * `fusedKernelsActive()` and otherwise compute the same thing with plain tfjs ops (the model's
 * norm, MLP, attention and RoPE files and the loss keep those versions), so results do not
 * depend on whether the addon is built, only the speed does.
 *
 * @example
 * const y = fusedKernelsActive() ? fusedRmsNorm(x, w, 1e-6) : plainRmsNorm(x, w, 1e-6);
 */
import * as tf from '@tensorflow/tfjs';
import { FUSED, type QuantWeightHandle } from './fused-kernels.js';

const run = (name: string, inputs: tf.NamedTensorMap, attrs: object = {}) =>
  tf.engine().runKernel(name, inputs, attrs as tf.NamedAttrMap);

/**
 * True when the active backend has the fused kernels (wasm with the native addon loaded).
 *
 * @example
 * if (fusedKernelsActive()) console.log('native training kernels');
 */
export function fusedKernelsActive(): boolean {
  return tf.getKernel(FUSED.rmsNorm, tf.getBackend()) !== undefined;
}

/**
 * RMSNorm over the last axis, `weight * x / sqrt(mean(x²) + eps)`.
 *
 * @example
 * fusedRmsNorm(tf.ones([2, 4]), tf.ones([4]), 1e-6); // all ones
 */
export function fusedRmsNorm<T extends tf.Tensor>(x: T, weight: tf.Tensor, eps: number): T {
  return run(FUSED.rmsNorm, { x, weight }, { eps }) as T;
}

/**
 * `silu(gate) * up`, elementwise.
 *
 * @example
 * fusedSwiGlu(g, u); // same shape as g
 */
export function fusedSwiGlu<T extends tf.Tensor>(gate: T, up: T): T {
  return run(FUSED.swiglu, { gate, up }) as T;
}

/**
 * `softmax(scale·scores + mask)` over the last axis; scores `[B, H, T, S]`, mask `[B, 1, T, S]`.
 *
 * @example
 * fusedMaskedSoftmax(scores, mask, 1 / Math.sqrt(64)); // [B, H, T, S]
 */
export function fusedMaskedSoftmax(scores: tf.Tensor4D, mask: tf.Tensor4D, scale: number): tf.Tensor4D {
  return run(FUSED.maskedSoftmax, { scores, mask }, { scale }) as tf.Tensor4D;
}

/**
 * RoPE on `x [B, T, H, hD]` with `cos/sin [B, T, 1, hD/2]`, returned head-major `[B, H, T, hD]`
 * (the layout attention multiplies in) when `headMajor`.
 *
 * @example
 * fusedRope(q, cos, sin, true).shape; // [B, H, T, hD]
 */
export function fusedRope(x: tf.Tensor4D, cos: tf.Tensor4D, sin: tf.Tensor4D, headMajor: boolean): tf.Tensor4D {
  return run(FUSED.rope, { x, cos, sin }, { sign: 1, inHeadMajor: false, outHeadMajor: headMajor }) as tf.Tensor4D;
}

/**
 * Per-row cross-entropy of `hidden·weightᵀ` against `targets` without materialising the logits
 * beyond one chunk of rows. hidden `[P, D]`, weight `[V, D]`, targets int32 `[P]` -> `[P]`.
 *
 * @example
 * const rows = fusedLmHeadXent(h, embed, targets); tf.mean(rows); // the mean loss
 */
export function fusedLmHeadXent(hidden: tf.Tensor2D, weight: tf.Tensor2D, targets: tf.Tensor1D, chunk = 0): tf.Tensor1D {
  // Under a gradient tape the kernel computes the hidden-state gradient on the way (one product
  // instead of two); without one (evaluation) it skips it.
  const withGrad = tf.engine().state.gradientDepth > 0;
  const [loss, lse, dh] = run(FUSED.lmHeadXent, { hidden, weight, targets }, { chunk, withGrad }) as tf.Tensor[];
  tf.dispose([lse, dh]);
  return loss as tf.Tensor1D;
}

/**
 * `x·Wᵀ` for a quantized `W [out, in]` dequantized tile by tile inside the kernel (input gradient only).
 *
 * @example
 * fusedQuantMatMul(x2d, handle); // [N, out]
 */
export function fusedQuantMatMul(x: tf.Tensor2D, weight: QuantWeightHandle): tf.Tensor2D {
  return run(FUSED.quantMatMul, { x }, { weight, mode: 0 }) as tf.Tensor2D;
}

/**
 * A LoRA projection in one kernel: `x·Wᵀ + scaling·(xd·Aᵀ)·Bᵀ` (`xd` is `x` after the adapter's
 * dropout, or `x` itself), with W dense `[out, in]` or a quantized handle. Keeps only its inputs
 * for the backward pass; each gradient (x, xd, A, B, and W when dense and trained) is computed
 * only when asked for.
 *
 * @example
 * fusedLoraLinear(x2d, x2d, { weight: w }, A, B, 2); // [N, out]
 */
export function fusedLoraLinear(
  x: tf.Tensor2D, xd: tf.Tensor2D, base: { weight: tf.Tensor2D } | { quant: QuantWeightHandle }, a: tf.Tensor2D, b: tf.Tensor2D, scaling: number,
): tf.Tensor2D {
  if ('weight' in base) return run(FUSED.loraLinear, { x, xd, weight: base.weight, a, b }, { scaling }) as tf.Tensor2D;
  return run(FUSED.qloraLinear, { x, xd, a, b }, { scaling, quant: base.quant }) as tf.Tensor2D;
}

/**
 * One AdamW update in one pass (torch.optim.AdamW's arithmetic, as sdk/train/optimizer.ts does it
 * op by op): returns the new parameter and moments, for the caller to assign.
 *
 * @example
 * const [p2, m2, v2] = fusedAdamW(p, m, v, g, { decay: 1, beta1: 0.9, beta2: 0.999, bc2Sqrt, eps: 1e-8, stepSize });
 */
export function fusedAdamW(
  p: tf.Tensor, m: tf.Tensor, v: tf.Tensor, g: tf.Tensor,
  attrs: { decay: number; beta1: number; beta2: number; bc2Sqrt: number; eps: number; stepSize: number },
): [tf.Tensor, tf.Tensor, tf.Tensor] {
  return run(FUSED.adamW, { p, m, v, g }, attrs) as [tf.Tensor, tf.Tensor, tf.Tensor];
}
