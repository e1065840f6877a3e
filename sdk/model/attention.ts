/**
 * Grouped-query self-attention of one decoder layer (llama, mistral, qwen2, qwen3).
 *
 * Heads are batched, never looped: queries `[B, nH, T, hD]` are viewed as
 * `[B, nKV, g·T, hD]` (HF `repeat_kv` maps query head h to KV head h / g, which is exactly this
 * view), so one batched matmul per product serves every head without copying K/V g times.
 *
 * @example
 * const y = selfAttention(x, { q, k, v, o }, dims, rope, mask, cacheEntry); // [B, T, D]
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelDims } from './config.js';
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
 * x `[B, T, D]` -> `[B, T, D]`. `mask` is additive `[B, 1, T, S]` with S = past + T.
 *
 * @example
 * const out = selfAttention(h, w, dims, { cos, sin }, mask, undefined, 1e-6);
 */
export function selfAttention(
  x: tf.Tensor3D,
  w: AttentionWeights,
  dims: ModelDims,
  rope: { cos: tf.Tensor4D; sin: tf.Tensor4D },
  mask: tf.Tensor4D,
  cache: AttentionCache | undefined,
  eps: number,
): tf.Tensor3D {
  const [B, T] = x.shape;
  const { nHeads, nKv, headDim, group } = dims;
  return tf.tidy(() => {
    let q = w.q.apply(x).reshape([B, T, nHeads, headDim]) as tf.Tensor4D; // [B, T, nH, hD]
    let k = w.k.apply(x).reshape([B, T, nKv, headDim]) as tf.Tensor4D; // [B, T, nKV, hD]
    const v = w.v.apply(x).reshape([B, T, nKv, headDim]) as tf.Tensor4D; // [B, T, nKV, hD]
    if (w.qNorm) q = rmsNorm(q, w.qNorm, eps);
    if (w.kNorm) k = rmsNorm(k, w.kNorm, eps);
    q = applyRope(q, rope.cos, rope.sin);
    k = applyRope(k, rope.cos, rope.sin);
    // Scale queries once instead of the [.., T, S] scores.
    const qh = tf.mul(tf.transpose(q, [0, 2, 1, 3]), 1 / Math.sqrt(headDim)).reshape([B, nKv, group * T, headDim]);
    let kh = tf.transpose(k, [0, 2, 1, 3]) as tf.Tensor4D; // [B, nKV, T, hD]
    let vh = tf.transpose(v, [0, 2, 1, 3]) as tf.Tensor4D; // [B, nKV, T, hD]
    if (cache) {
      if (cache.past) {
        kh = tf.concat([cache.past.k, kh], 2); // [B, nKV, S, hD]
        vh = tf.concat([cache.past.v, vh], 2);
      }
      cache.store(kh, vh);
    }
    const S = kh.shape[2];
    const scores = matMulNT(qh, kh).reshape([B, nHeads, T, S]); // [B, nH, T, S]
    const probs = tf.softmax(tf.add(scores, mask), -1).reshape([B, nKv, group * T, S]);
    const ctx = matMulNN(probs, vh).reshape([B, nHeads, T, headDim]); // [B, nH, T, hD]
    const merged = tf.transpose(ctx, [0, 2, 1, 3]).reshape([B, T, nHeads * headDim]); // [B, T, nH·hD]
    return w.o.apply(merged) as tf.Tensor3D;
  });
}
