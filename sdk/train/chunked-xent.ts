/**
 * Cross-entropy of the output projection, fused and chunked: `loss_r = logsumexp(h_r·Wᵀ) −
 * (h_r·Wᵀ)[target_r]` for hidden rows `h [P, D]` and the projection `W [V, D]` (tied embedding or
 * lm_head), with the explicit gradient `(softmax − onehot)·dy`. Only one chunk of rows of the
 * `[P, V]` logits exists at a time, in the forward pass and again in the backward pass, where it
 * is recomputed instead of kept: at the vocabularies of real models (49k-152k) the full logits
 * are the largest tensor of a training step.
 *
 * With the native addon the kernel (native/src/xent.c) keeps its chunk outside the wasm heap;
 * without it the same chunking runs on tfjs ops.
 *
 * @example
 * const perRow = lmHeadCrossEntropy(hiddenRows, embedding, targetIds); // [P]
 * const loss = tf.mean(perRow);
 */
import * as tf from '@tensorflow/tfjs';
import { fusedKernelsActive, fusedLmHeadXent } from '../runtime/fused-ops.js';

/** Logits per chunk, 16 Mi floats (64 MiB): large products stay efficient, memory stays small next to the model. */
const CHUNK_FLOATS = 16 * 2 ** 20;

type CustomGradFn = Parameters<typeof tf.customGrad>[0];

/** Rows per chunk for a vocabulary of `v` (at least one). @example chunkRowsFor(32000); // 524 */
export function chunkRowsFor(v: number): number {
  return Math.max(1, Math.floor(CHUNK_FLOATS / v));
}

/** Per-row losses on tfjs ops, chunked; W gets a gradient unless it is a frozen variable. */
function plainChunked(hidden: tf.Tensor2D, weight: tf.Tensor2D, targets: number[], chunk: number): tf.Tensor1D {
  const [P] = hidden.shape;
  const V = weight.shape[0];
  const trainW = !(weight instanceof tf.Variable) || weight.trainable;
  const spans: [number, number][] = [];
  for (let r = 0; r < P; r += chunk) spans.push([r, Math.min(chunk, P - r)]);
  const logitsOf = (h: tf.Tensor2D, w: tf.Tensor2D, r: number, n: number) => tf.matMul(h.slice([r, 0], [n, -1]), w, false, true); // [n, V]
  const gOf = (z: tf.Tensor, lseC: tf.Tensor, r: number, n: number) =>
    tf.sub(tf.exp(tf.sub(z, lseC.expandDims(1))), tf.oneHot(tf.tensor1d(targets.slice(r, r + n), 'int32'), V)); // softmax - onehot [n, V]
  const op = (...args: unknown[]) => {
    const save = args.at(-1) as tf.GradSaveFunc;
    const h = args[0] as tf.Tensor2D;
    // Under a gradient tape, dh for dy = 1 comes out of the forward pass while each chunk's logits
    // are at hand; the backward pass only scales it (the loss is linear in dy row by row).
    const withGrad = tf.engine().state.gradientDepth > 0;
    const [loss, lse, dhUnit] = tf.tidy(() => {
      const parts = spans.map(([r, n]) =>
        tf.tidy(() => {
          const z = logitsOf(h, weight, r, n);
          const lseC = tf.logSumExp(z, 1); // [n]
          const idx = tf.tensor1d(targets.slice(r, r + n).map((t, i) => i * V + t), 'int32');
          const out = [tf.sub(lseC, tf.gather(z.reshape([-1]), idx)), lseC];
          return withGrad ? [...out, tf.matMul(gOf(z, lseC, r, n), weight)] : out;
        }),
      );
      return [0, 1, 2].map((i) => (i < parts[0].length ? tf.concat(parts.map((p) => p[i])) : tf.zeros([0])));
    });
    // The weight is saved too: it may be a temporary (e.g. gathered rows) gone by the backward pass.
    save([h, lse, weight, dhUnit]);
    tf.dispose([lse, dhUnit]);
    const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [hs, lseS, ws, dhS] = saved as [tf.Tensor2D, tf.Tensor1D, tf.Tensor2D, tf.Tensor2D];
      const dh = dhS.size > 0 ? tf.mul(dhS, dy.expandDims(1)) : undefined;
      if (dh && !trainW) return [dh];
      // Per chunk: the rows' G = (softmax - onehot)·dy, then their share of dh and dW.
      const grads = spans.map(([r, n]) =>
        tf.tidy((): tf.Tensor[] => {
          const z = logitsOf(hs, ws, r, n);
          const g = tf.mul(gOf(z, lseS.slice(r, n), r, n), dy.slice(r, n).expandDims(1)); // [n, V]
          const dw = trainW ? [tf.matMul(g, hs.slice([r, 0], [n, -1]), true, false)] : [];
          return dh ? dw : [tf.matMul(g, ws), ...dw];
        }),
      );
      const dhAll = dh ?? tf.concat(grads.map((g) => g[0]));
      const dw = trainW ? tf.addN(grads.map((g) => g[dh ? 0 : 1])) : undefined;
      tf.dispose(grads);
      return dw ? [dhAll, dw] : [dhAll];
    };
    return { value: loss, gradFunc };
  };
  const f = tf.customGrad(op as unknown as CustomGradFn);
  return (trainW ? f(hidden, weight) : f(hidden)) as tf.Tensor1D;
}

/**
 * Per-row cross-entropy `[P]` of `hidden [P, D]` projected by `weight [V, D]` against `targets`
 * (token ids, one per row), chunked as the file comment describes.
 *
 * @example
 * lmHeadCrossEntropy(tf.zeros([2, 4]), tf.zeros([10, 4]), [3, 7]).arraySync(); // [ln 10, ln 10]
 */
export function lmHeadCrossEntropy(hidden: tf.Tensor2D, weight: tf.Tensor2D, targets: number[], chunkRows?: number): tf.Tensor1D {
  const [P, D] = hidden.shape;
  const [V, Dw] = weight.shape;
  if (hidden.rank !== 2 || weight.rank !== 2 || D !== Dw) {
    throw new Error(`lmHeadCrossEntropy: hidden [${hidden.shape}] and weight [${weight.shape}] must be [P, D] and [V, D]`);
  }
  if (targets.length !== P) throw new Error(`lmHeadCrossEntropy: ${targets.length} targets for ${P} rows`);
  const bad = targets.findIndex((t) => !Number.isInteger(t) || t < 0 || t >= V);
  if (bad >= 0) throw new Error(`lmHeadCrossEntropy: target ${targets[bad]} at row ${bad} is outside the vocabulary [0, ${V})`);
  const chunk = chunkRows ?? chunkRowsFor(V);
  if (fusedKernelsActive()) return tf.tidy(() => fusedLmHeadXent(hidden, weight, tf.tensor1d(targets, 'int32'), chunk));
  return plainChunked(hidden, weight, targets, chunk);
}
