/**
 * Direct Preference Optimization losses on a batch of preference pairs, as LLaMA-Factory's
 * CustomDPOTrainer (and TRL's DPOTrainer) compute them.
 *
 * Rows are laid out TRL-style: the N chosen sequences, then the N rejected ones, each prompt +
 * answer with the prompt labelled -100. A sequence's log-probability is the sum over its answer
 * tokens (the mean for `ipo`, whose margin target would otherwise scale with length). With
 * `x = (π_c - π_r) - (ref_c - ref_r)`:
 *  - sigmoid: `-(1-ε)·logσ(βx) - ε·logσ(-βx)` (ε = dpo_label_smoothing, cDPO)
 *  - hinge:   `relu(1 - βx)`
 *  - ipo:     `(x - 1/(2β))²`
 * plus `pref_ftx · (-mean token log-prob of the chosen answer)` when pref_ftx > 0. The implicit
 * rewards are `β(π_c - ref_c)` and `β(π_r - ref_r)`; their difference is the logged margin.
 *
 * @example
 * const { sums, counts } = sequenceLogprobs(model, batch);      // policy, differentiable
 * const { loss, chosenRewards } = dpoLoss(sums, counts, refSums, { beta: 0.1, lossType: 'sigmoid', labelSmoothing: 0, ftx: 0 });
 */
import * as tf from '@tensorflow/tfjs';
import type { CausalLM } from '../model/types.js';
import { shiftedTargets } from './loss.js';

/** Right-padded rows: chosen sequences then rejected ones. @example const b: PairBatch = { inputIds, attentionMask, labels }; */
export interface PairBatch {
  /** `[2N][T]` token ids, padding at the end. */
  inputIds: number[][];
  /** `[2N][T]` 1 on tokens, 0 on padding. */
  attentionMask: number[][];
  /** `[2N][T]` the answer's ids, -100 on prompt and padding. */
  labels: number[][];
}

/** Coefficients of the loss. @example const o: DpoLossOptions = { beta: 0.1, lossType: 'ipo', labelSmoothing: 0, ftx: 0 }; */
export interface DpoLossOptions {
  beta: number;
  lossType: 'sigmoid' | 'hinge' | 'ipo';
  labelSmoothing: number;
  ftx: number;
}

/**
 * Summed answer log-probabilities per row (`sums`, `[2N]`, differentiable) and answer token counts.
 *
 * @example
 * const { sums, counts } = sequenceLogprobs(model, batch); counts; // [3, 2, ...]
 */
export function sequenceLogprobs(model: CausalLM, batch: PairBatch): { sums: tf.Tensor1D; counts: number[] } {
  const R = batch.inputIds.length;
  const T = batch.inputIds[0]?.length ?? 0;
  const { rows, ids } = shiftedTargets(batch.labels);
  const counts = new Array<number>(R).fill(0);
  for (const r of rows) counts[Math.floor(r / T)]++;
  const empty = counts.findIndex((c) => c === 0);
  if (empty >= 0) throw new Error(`sequenceLogprobs: row ${empty} has no answer token to score (every label is -100)`);
  const sums = tf.tidy(() => {
    const input = tf.tensor2d(batch.inputIds, [R, T], 'int32');
    const attentionMask = tf.tensor2d(batch.attentionMask, [R, T], 'int32');
    // The head runs only from the earliest position that predicts an answer token onwards.
    const first = Math.min(...rows.map((r) => r % T));
    const K = T - first;
    const { logits } = model.forward(input, { attentionMask, logitsToKeep: K }); // [R, K, V]
    const V = logits.shape[2];
    const kept = rows.map((r) => Math.floor(r / T) * K + (r % T) - first);
    const sel = tf.gather(logits.reshape([R * K, V]), tf.tensor1d(kept, 'int32')); // [N, V]
    const lse = tf.logSumExp(sel, 1); // [N]
    const picked = tf.gather(sel.reshape([-1]), tf.tensor1d(ids.map((y, i) => i * V + y), 'int32')); // [N]
    const segment = tf.tensor1d(rows.map((r) => Math.floor(r / T)), 'int32');
    return tf.unsortedSegmentSum(tf.sub(picked, lse), segment, R) as tf.Tensor1D; // [R]
  });
  return { sums, counts };
}

/**
 * The preference loss (mean over pairs) and the implicit rewards of chosen and rejected answers.
 * `refSums` are the reference model's summed log-probs of the same rows.
 *
 * @example
 * const r = dpoLoss(sums, counts, refSums, opts); r.loss; r.chosenRewards; // [N]
 */
export function dpoLoss(
  sums: tf.Tensor1D,
  counts: readonly number[],
  refSums: readonly number[],
  o: DpoLossOptions,
): { loss: tf.Scalar; chosenRewards: tf.Tensor1D; rejectedRewards: tf.Tensor1D } {
  const R = sums.shape[0];
  if (R % 2 !== 0 || refSums.length !== R || counts.length !== R) {
    throw new Error(`dpoLoss: expected 2N rows of policy sums, reference sums and counts; found ${R}, ${refSums.length}, ${counts.length}`);
  }
  const n = R / 2;
  return tf.tidy(() => {
    const len = tf.tensor1d([...counts], 'float32');
    let pol: tf.Tensor1D = sums;
    let ref: tf.Tensor1D = tf.tensor1d([...refSums], 'float32');
    if (o.lossType === 'ipo') {
      pol = tf.div(pol, len);
      ref = tf.div(ref, len);
    }
    const [pc, pr] = tf.split(pol, [n, n]);
    const [rc, rr] = tf.split(ref, [n, n]);
    const x = tf.sub(tf.sub(pc, pr), tf.sub(rc, rr)); // [N]
    let losses: tf.Tensor;
    switch (o.lossType) {
      case 'sigmoid':
        // -logσ(z) = softplus(-z); tf.logSigmoid's gradient fails on the wasm backend.
        losses = tf.add(tf.mul(tf.softplus(tf.mul(x, -o.beta)), 1 - o.labelSmoothing), tf.mul(tf.softplus(tf.mul(x, o.beta)), o.labelSmoothing));
        break;
      case 'hinge':
        losses = tf.relu(tf.sub(1, tf.mul(x, o.beta)));
        break;
      case 'ipo':
        losses = tf.square(tf.sub(x, 1 / (2 * o.beta)));
        break;
    }
    if (o.ftx > 0) {
      const chosenMean = o.lossType === 'ipo' ? pc : tf.div(pc, len.slice(0, n));
      losses = tf.add(losses, tf.mul(tf.neg(chosenMean), o.ftx));
    }
    // Rewards are metrics: computed from values, outside any gradient.
    const pv = pol.dataSync();
    const rv = ref.dataSync();
    const reward = (from: number) => tf.tensor1d(Array.from({ length: n }, (_, i) => o.beta * (pv[from + i] - rv[from + i])));
    return { loss: tf.mean(losses) as tf.Scalar, chosenRewards: reward(0), rejectedRewards: reward(n) };
  });
}
