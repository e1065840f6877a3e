/**
 * Grouped-query self-attention of one decoder layer (llama, mistral, qwen2, qwen3).
 *
 * Heads are batched, never looped: queries `[B, nH, T, hD]` are viewed as
 * `[B, nKV, g·T, hD]` (HF `repeat_kv` maps query head h to KV head h / g, which is exactly this
 * view), so one batched matmul per product serves every head without copying K/V g times.
 *
 * @example
 * const y = selfAttention(x, { weights: { q, k, v, o }, dims, rope, mask, eps, cache }); // [B, T, D]
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelDims } from './config.js';
import { fusedKernelsActive, fusedMaskedSoftmax, fusedRope } from '../runtime/fused-ops.js';
import { matMulNN, matMulNT } from './matmul.js';
import { rmsNorm } from './norm.js';
import { applyRope } from './rope.js';
import type { Linear } from './types.js';

/**
 * The projections and optional per-head norms of one attention block.
 *
 * @example
 * const w: AttentionWeights = { q, k, v, o };
 */
export interface AttentionWeights {
  q: Linear;
  k: Linear;
  v: Linear;
  o: Linear;
  /** qwen3: RMSNorm weights `[hD]` applied per head to q and k before RoPE. */
  qNorm?: tf.Tensor;
  kNorm?: tf.Tensor;
}

/**
 * Past keys/values of this layer and where to store the extended ones.
 *
 * @example
 * const c: AttentionCache = { past: undefined, store: (k, v) => cache.set(0, k, v) };
 */
export interface AttentionCache {
  past?: { k: tf.Tensor4D; v: tf.Tensor4D };
  store(k: tf.Tensor4D, v: tf.Tensor4D): void;
}

/**
 * Everything one attention call needs besides its input.
 *
 * @example
 * const o: SelfAttentionOptions = { weights: { q, k, v, o }, dims, rope: { cos, sin }, mask, eps: 1e-6 };
 */
export interface SelfAttentionOptions {
  weights: AttentionWeights;
  dims: ModelDims;
  /** RoPE angles `[B, T, 1, hD/2]` of the current positions. */
  rope: { cos: tf.Tensor4D; sin: tf.Tensor4D };
  /** Additive `[B, 1, T, S]` with S = past + T (0 attend, MASKED blocked). */
  mask: tf.Tensor4D;
  /** RMSNorm epsilon of the qwen3 per-head q/k norms. */
  eps: number;
  /** Past keys/values (generation); absent in training. */
  cache?: AttentionCache;
}

/**
 * x `[B, T, D]` -> `[B, T, D]`.
 *
 * @example
 * const out = selfAttention(h, { weights: w, dims, rope: { cos, sin }, mask, eps: 1e-6 });
 */
export function selfAttention(x: tf.Tensor3D, opts: SelfAttentionOptions): tf.Tensor3D {
  const [B, T] = x.shape;
  const { weights: w, dims, rope, mask, cache, eps } = opts;
  const { nHeads, nKv, headDim, group } = dims;
  const fused = fusedKernelsActive();
  return tf.tidy(() => {
    let q = w.q.apply(x).reshape([B, T, nHeads, headDim]) as tf.Tensor4D; // [B, T, nH, hD]
    let k = w.k.apply(x).reshape([B, T, nKv, headDim]) as tf.Tensor4D; // [B, T, nKV, hD]
    const v = w.v.apply(x).reshape([B, T, nKv, headDim]) as tf.Tensor4D; // [B, T, nKV, hD]
    if (w.qNorm) q = rmsNorm(q, w.qNorm, eps);
    if (w.kNorm) k = rmsNorm(k, w.kNorm, eps);
    const scale = 1 / Math.sqrt(headDim);
    // Heads first: [B, nH, T, hD] / [B, nKV, T, hD]. The fused RoPE writes this layout directly;
    // the plain path scales queries once instead of the [.., T, S] scores.
    const qh = (fused
      ? fusedRope(q, rope.cos, rope.sin, true)
      : tf.mul(tf.transpose(applyRope(q, rope.cos, rope.sin), [0, 2, 1, 3]), scale)
    ).reshape([B, nKv, group * T, headDim]);
    let kh = (fused ? fusedRope(k, rope.cos, rope.sin, true) : tf.transpose(applyRope(k, rope.cos, rope.sin), [0, 2, 1, 3])) as tf.Tensor4D;
    let vh = tf.transpose(v, [0, 2, 1, 3]) as tf.Tensor4D; // [B, nKV, T, hD]
    if (cache) {
      if (cache.past) {
        kh = tf.concat([cache.past.k, kh], 2); // [B, nKV, S, hD]
        vh = tf.concat([cache.past.v, vh], 2);
      }
      cache.store(kh, vh);
    }
    const S = kh.shape[2];
    const scores = matMulNT(qh, kh).reshape([B, nHeads, T, S]) as tf.Tensor4D; // [B, nH, T, S]
    const probs = (fused ? fusedMaskedSoftmax(scores, mask, scale) : tf.softmax(tf.add(scores, mask), -1)).reshape([B, nKv, group * T, S]);
    const ctx = matMulNN(probs, vh).reshape([B, nHeads, T, headDim]); // [B, nH, T, hD]
    const merged = tf.transpose(ctx, [0, 2, 1, 3]).reshape([B, T, nHeads * headDim]); // [B, T, nH·hD]
    return w.o.apply(merged) as tf.Tensor3D;
  });
}
