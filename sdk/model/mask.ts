/**
 * Attention masks and position ids, built on the host from the (small) padding mask.
 *
 * Query i of the current chunk sits at key index `past + i`. It may attend to key j when
 * `j <= past + i` (causal), the key is not padding, and, with a sliding window w,
 * `past + i - j < w` (HF `sliding_window_causal_mask_function`).
 *
 * Packing: mask values above 1 are segment ids (LLaMA-Factory's `neat_packing` convention: 0 pad,
 * 1, 2, 3... one per packed sequence). A query then attends only to keys of its own segment and
 * positions restart at 0 in each segment, so a packed row computes exactly what its sequences
 * compute alone. A plain 0/1 mask is the one-segment case and behaves as before.
 *
 * @example
 * const pos = positionIds(undefined, 1, 0, 3); // [[0, 1, 2]] without padding
 * const m = additiveMask(undefined, 1, 0, 3, undefined); // [B, 1, T, S] of 0 and -1e9
 */
import * as tf from '@tensorflow/tfjs';

/**
 * Large negative added to masked scores. Finite (not -Infinity) so a fully masked row, e.g. a
 * left-padding query, gives a uniform softmax instead of NaN.
 *
 * @example
 * tf.add(scores, MASKED); // pushes a score to probability 0 after softmax
 */
export const MASKED = -1e9;

/**
 * Position ids `[B][T]` of the current chunk. With a padding mask (`[B][past + T]`) they are
 * `cumsum(mask != 0) - 1` with padding set to 1, as HF `generate` computes them, restarting at
 * each new segment id; without one, `past, past + 1, ...`.
 *
 * @example
 * positionIds([[0, 1, 1]], 1, 0, 3); // [[1, 0, 1]]
 * positionIds([[1, 1, 2, 2, 2]], 1, 0, 5); // [[0, 1, 0, 1, 2]] (two packed sequences)
 */
export function positionIds(mask: number[][] | undefined, batch: number, past: number, t: number): number[][] {
  if (!mask) return Array.from({ length: batch }, () => Array.from({ length: t }, (_, i) => past + i));
  return mask.map((row) => {
    const out: number[] = [];
    let c = 0;
    let segment = 0;
    for (let j = 0; j < row.length; j++) {
      if (row[j] && row[j] !== segment) {
        // A new packed sequence starts: its positions count from 0 again.
        if (segment !== 0) c = 0;
        segment = row[j];
      }
      c += row[j] ? 1 : 0;
      if (j >= row.length - t) out.push(row[j] ? c - 1 : 1);
    }
    return out;
  });
}

/**
 * Additive attention mask `[B, 1, T, S]` (0 = attend, MASKED = blocked), S = past + T.
 *
 * @example
 * additiveMask(undefined, 1, 0, 2, undefined).arraySync(); // [[[[0, -1e9], [0, 0]]]]
 */
export function additiveMask(
  mask: number[][] | undefined,
  batch: number,
  past: number,
  t: number,
  window: number | undefined,
): tf.Tensor4D {
  const s = past + t;
  const out = new Float32Array(batch * t * s);
  for (let b = 0; b < batch; b++) {
    for (let i = 0; i < t; i++) {
      const q = past + i;
      const base = (b * t + i) * s;
      for (let j = 0; j < s; j++) {
        const blocked =
          j > q ||
          (window !== undefined && q - j >= window) ||
          (mask !== undefined && (!mask[b][j] || (mask[b][q] !== 0 && mask[b][j] !== mask[b][q])));
        if (blocked) out[base + j] = MASKED;
      }
    }
  }
  return tf.tensor4d(out, [batch, 1, t, s]);
}
