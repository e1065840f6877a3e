/**
 * Rotary position embeddings, HF convention (`rotate_half`: the head dimension is split into
 * halves, not interleaved pairs), with `default`, `linear` and Llama 3 frequency scaling.
 *
 * @example
 * const invFreq = ropeInvFreq(cfg);               // Float32Array [hD/2]
 * const { cos, sin } = ropeAngles([[0, 1, 2]], invFreq); // [1, 3, 1, hD/2]
 * const q2 = applyRope(q, cos, sin);             // q: [B, T, nH, hD]
 */
import * as tf from '@tensorflow/tfjs';
import { modelDims, type ModelConfig } from './config.js';

/**
 * Inverse frequencies `1 / theta^(2i/d)` for i < d/2, rescaled as `rope_scaling` asks
 * (HF `ROPE_INIT_FUNCTIONS`: default, linear, llama3).
 *
 * @example
 * ropeInvFreq({ ...cfg, rope_theta: 10000 })[0]; // 1
 */
export function ropeInvFreq(cfg: ModelConfig): Float32Array {
  const dim = modelDims(cfg).headDim;
  const base = cfg.rope_theta;
  const inv = new Float32Array(dim / 2);
  for (let i = 0; i < dim / 2; i++) inv[i] = 1 / base ** (Math.fround((2 * i) / dim));
  const rs = cfg.rope_scaling;
  const kind = rs?.rope_type ?? rs?.type ?? 'default';
  if (!rs || kind === 'default') return inv;
  const factor = rs.factor as number;
  if (kind === 'linear') return inv.map((f) => f / factor);
  // llama3: long wavelengths are slowed by `factor`, short ones kept, the band between blended.
  const low = rs.low_freq_factor as number;
  const high = rs.high_freq_factor as number;
  const oldCtx = rs.original_max_position_embeddings as number;
  const lowWavelen = oldCtx / low;
  const highWavelen = oldCtx / high;
  return inv.map((f) => {
    const wavelen = (2 * Math.PI) / f;
    if (wavelen < highWavelen) return f;
    if (wavelen > lowWavelen) return f / factor;
    const smooth = (oldCtx / wavelen - low) / (high - low);
    return (1 - smooth) * (f / factor) + smooth * f;
  });
}

/**
 * cos and sin of `position * invFreq`, shaped `[B, T, 1, hD/2]` to broadcast over heads.
 * Computed on the host: positions are small integers and this keeps the graph to two constants.
 *
 * @example
 * const { cos, sin } = ropeAngles([[0, 1]], ropeInvFreq(cfg));
 */
export function ropeAngles(positions: number[][], invFreq: Float32Array): { cos: tf.Tensor4D; sin: tf.Tensor4D } {
  const B = positions.length;
  const T = positions[0]?.length ?? 0;
  const half = invFreq.length;
  const c = new Float32Array(B * T * half);
  const s = new Float32Array(B * T * half);
  let k = 0;
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      const p = positions[b][t];
      for (let i = 0; i < half; i++, k++) {
        // float32 product first, like torch's float32 matmul of positions and inv_freq.
        const a = Math.fround(p * invFreq[i]);
        c[k] = Math.cos(a);
        s[k] = Math.sin(a);
      }
    }
  }
  return { cos: tf.tensor4d(c, [B, T, 1, half]), sin: tf.tensor4d(s, [B, T, 1, half]) };
}

/**
 * Rotate `x` `[B, T, H, hD]` by the angles: `[x1·cos − x2·sin, x2·cos + x1·sin]` over the two halves,
 * which equals HF's `x·cos + rotate_half(x)·sin` with duplicated cos/sin.
 *
 * @example
 * const qRot = applyRope(q, cos, sin); // same shape as q
 */
export function applyRope(x: tf.Tensor4D, cos: tf.Tensor4D, sin: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [x1, x2] = tf.split(x, 2, 3); // each [B, T, H, hD/2]
    const r1 = tf.sub(tf.mul(x1, cos), tf.mul(x2, sin));
    const r2 = tf.add(tf.mul(x2, cos), tf.mul(x1, sin));
    return tf.concat([r1, r2], 3) as tf.Tensor4D;
  });
}
