/**
 * The causal language-modelling loss with ignored positions, as Hugging Face computes it
 * (`LlamaForCausalLM` / `ForCausalLMLoss`): position t predicts label t+1, labels of -100 are
 * ignored, and the loss is the mean cross-entropy over the remaining targets.
 *
 * @example
 * const { loss, targets } = causalLmLoss(logits, [[-100, -100, 42, 7, 2]]); // 3 targets
 */
import * as tf from '@tensorflow/tfjs';
import type { OutputHead } from '../model/types.js';
import { lmHeadCrossEntropy } from './chunked-xent.js';

/** Label value that excludes a position from the loss (PyTorch `ignore_index`). @example labels[t] = IGNORE_INDEX; */
export const IGNORE_INDEX = -100;

/**
 * Positions `(b * T + t)` of the shifted targets and their token ids: target of position t is
 * `labels[b][t + 1]`, kept when it is not IGNORE_INDEX. Pure host-side bookkeeping.
 *
 * @example
 * shiftedTargets([[-100, 5, 6]]); // { rows: [0, 1], ids: [5, 6] }
 */
export function shiftedTargets(labels: number[][]): { rows: number[]; ids: number[] } {
  const rows: number[] = [];
  const ids: number[] = [];
  labels.forEach((row, b) => {
    for (let t = 0; t + 1 < row.length; t++) {
      const y = row[t + 1];
      if (y === IGNORE_INDEX) continue;
      rows.push(b * row.length + t);
      ids.push(y);
    }
  });
  return { rows, ids };
}

/** The shifted targets of `labels`, checked against the logits' batch, length and vocabulary. */
function checkedTargets(labels: number[][], B: number, T: number, V: number, what: string): { rows: number[]; ids: number[] } {
  if (labels.length !== B || labels.some((r) => r.length !== T)) {
    throw new Error(`causalLmLoss: labels are [${labels.length}][${labels[0]?.length}], ${what} are [${B}, ${T}, ${V}]`);
  }
  const { rows, ids } = shiftedTargets(labels);
  const bad = ids.findIndex((y) => !Number.isInteger(y) || y < 0 || y >= V);
  if (bad >= 0) throw new Error(`causalLmLoss: label ${ids[bad]} is outside the vocabulary [0, ${V})`);
  if (rows.length === 0) throw new Error('causalLmLoss: every label is ignored (-100); nothing to learn from this batch');
  return { rows, ids };
}

/**
 * Mean next-token cross-entropy over non-ignored targets. `logits`: `[B, T, V]`; `labels`:
 * `[B][T]` token ids or -100. Only the target rows are gathered before the log-sum-exp, so
 * prompt and padding positions cost nothing beyond the forward pass. Returns `targets`, the
 * number of scored tokens (the weight of this batch when accumulating gradients).
 *
 * @example
 * const { loss } = causalLmLoss(model.forward(ids).logits, labels);
 */
export function causalLmLoss(logits: tf.Tensor3D, labels: number[][]): { loss: tf.Scalar; targets: number } {
  const [B, T, V] = logits.shape;
  const { rows, ids } = checkedTargets(labels, B, T, V, 'logits');
  const loss = tf.tidy(() => {
    const flat = logits.reshape([B * T, V]); // [B*T, V]
    const sel = tf.gather(flat, tf.tensor1d(rows, 'int32')); // [P, V]
    const lse = tf.logSumExp(sel, 1); // [P]
    const picked = tf.gather(sel.reshape([-1]), tf.tensor1d(ids.map((y, i) => i * V + y), 'int32')); // [P]
    return tf.mean(tf.sub(lse, picked)) as tf.Scalar;
  });
  return { loss, targets: rows.length };
}

/**
 * The same loss from the final hidden states `[B, T, D]` and the model's output projection: the
 * target rows are gathered first and, when the head is a plain matrix (tied embedding, dense
 * lm_head), projected and scored chunk by chunk (`lmHeadCrossEntropy`), so the `[B, T, V]`
 * logits never exist. Equal to `causalLmLoss(forward(ids).logits, labels)`.
 *
 * @example
 * const { loss } = causalLmLossFromHidden(model.hidden!(ids), model.outputHead!(), labels);
 */
export function causalLmLossFromHidden(hidden: tf.Tensor3D, head: OutputHead, labels: number[][]): { loss: tf.Scalar; targets: number } {
  const [B, T, D] = hidden.shape;
  const V = 'weight' in head ? head.weight.shape[0] : head.linear.outFeatures;
  const { rows, ids } = checkedTargets(labels, B, T, V, 'hidden states');
  const loss = tf.tidy(() => {
    const sel = tf.gather(hidden.reshape([B * T, D]), tf.tensor1d(rows, 'int32')) as tf.Tensor2D; // [P, D]
    if ('weight' in head) return tf.mean(lmHeadCrossEntropy(sel, head.weight, ids)) as tf.Scalar;
    const logits = head.linear.apply(sel); // [P, V]
    const picked = tf.gather(logits.reshape([-1]), tf.tensor1d(ids.map((y, i) => i * V + y), 'int32')); // [P]
    return tf.mean(tf.sub(tf.logSumExp(logits, 1), picked)) as tf.Scalar;
  });
  return { loss, targets: rows.length };
}
