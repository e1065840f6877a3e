/**
 * RMSNorm as in HF Llama: `weight * x / sqrt(mean(x²) + eps)` over the last axis.
 *
 * @example
 * const y = rmsNorm(x, weight, 1e-6); // x: [B, T, D], weight: [D]
 */
import * as tf from '@tensorflow/tfjs';
import { fusedKernelsActive, fusedRmsNorm } from '../runtime/fused-ops.js';

/**
 * Root-mean-square normalisation over the last axis, scaled by `weight`: one fused native kernel
 * (forward and gradients) when the addon is active, plain tfjs ops otherwise.
 *
 * @example
 * rmsNorm(tf.ones([1, 2, 4]), tf.ones([4]), 1e-6); // all ones
 */
export function rmsNorm<T extends tf.Tensor>(x: T, weight: tf.Tensor, eps: number): T {
  if (fusedKernelsActive()) return fusedRmsNorm(x, weight, eps);
  return tf.tidy(() => {
    const variance = tf.mean(tf.square(x), -1, true);
    return tf.mul(tf.mul(x, tf.rsqrt(tf.add(variance, eps))), weight) as T;
  });
}
