/**
 * SwiGLU feed-forward of Llama-family decoders: `down(silu(gate(x)) * up(x))`.
 *
 * @example
 * const y = swigluMlp(x, { gate, up, down }); // [B, T, D] -> [B, T, D]
 */
import * as tf from '@tensorflow/tfjs';
import { fusedKernelsActive, fusedSwiGlu } from '../runtime/fused-ops.js';
import type { Linear } from './types.js';

/**
 * The three projections of the MLP.
 *
 * @example
 * const w: MlpWeights = { gate, up, down };
 */
export interface MlpWeights {
  gate: Linear;
  up: Linear;
  down: Linear;
}

/**
 * `[..., D] -> [..., D]` through the `[..., I]` intermediate.
 *
 * @example
 * swigluMlp(h, { gate, up, down });
 */
export function swigluMlp(x: tf.Tensor, w: MlpWeights): tf.Tensor {
  return tf.tidy(() => {
    const g = w.gate.apply(x); // [..., I]
    const u = w.up.apply(x); // [..., I]
    if (fusedKernelsActive()) return w.down.apply(fusedSwiGlu(g, u));
    // silu(g) = g * sigmoid(g), written out so its gradient uses only Mul/Sigmoid kernels.
    return w.down.apply(tf.mul(tf.mul(g, tf.sigmoid(g)), u));
  });
}
