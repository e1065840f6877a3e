/**
 * The causal language-modelling loss with ignored positions, as Hugging Face computes it
 * (`LlamaForCausalLM` / `ForCausalLMLoss`): position t predicts label t+1, labels of -100 are
 * ignored, and the loss is the mean cross-entropy over the remaining targets.
 *
 * @example
 * const { loss, targets } = causalLmLoss(logits, [[-100, -100, 42, 7, 2]]); // 3 targets
 */
import * as tf from '@tensorflow/tfjs';

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
  if (labels.length !== B || labels.some((r) => r.length !== T)) {
    throw new Error(`causalLmLoss: labels are [${labels.length}][${labels[0]?.length}], logits are [${B}, ${T}, ${V}]`);
  }
  const { rows, ids } = shiftedTargets(labels);
  const bad = ids.findIndex((y) => !Number.isInteger(y) || y < 0 || y >= V);
  if (bad >= 0) throw new Error(`causalLmLoss: label ${ids[bad]} is outside the vocabulary [0, ${V})`);
  if (rows.length === 0) throw new Error('causalLmLoss: every label is ignored (-100); nothing to learn from this batch');
  const loss = tf.tidy(() => {
    const flat = logits.reshape([B * T, V]); // [B*T, V]
    const sel = tf.gather(flat, tf.tensor1d(rows, 'int32')); // [P, V]
    const lse = tf.logSumExp(sel, 1); // [P]
    const picked = tf.gather(sel.reshape([-1]), tf.tensor1d(ids.map((y, i) => i * V + y), 'int32')); // [P]
    return tf.mean(tf.sub(lse, picked)) as tf.Scalar;
  });
  return { loss, targets: rows.length };
}
