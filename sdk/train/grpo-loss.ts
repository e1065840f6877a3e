/**
 * The GRPO objective on one micro-batch of completions, as TRL's GRPOTrainer computes it.
 *
 * Per completion token t: the policy log-probability `logp` (logits divided by the sampling
 * temperature), the ratio `r = exp(logp - logp_old)` to the policy that sampled it, the clipped
 * surrogate `-min(r·A, clip(r, 1-ε_low, 1+ε_high)·A)` with the completion's advantage A, plus
 * `beta · KL` with the k3 estimator `exp(ref - logp) - (ref - logp) - 1` against the reference
 * model. Tokens after a completion's end (mask 0) are ignored. `loss_type` sets the aggregation:
 *  - grpo:    mean over completions of (sum over its tokens / its token count)
 *  - bnpo, dapo: sum over tokens / tokens in the micro-batch (dapo: the caller weights each
 *             micro-batch by its token count, which makes the step's loss sum / tokens of the step)
 *  - dr_grpo: sum over tokens / (completions x max_completion_length)
 * Without `oldLogps` (one optimizer step per generation, TRL's default) the old policy is the
 * current one detached: r = 1 in value, gradient of logp.
 *
 * @example
 * const logps = completionLogprobs(model, batch, 1.0); // [B, C], differentiable
 * const { loss, stats } = grpoLoss(logps, batch, { beta: 0.04, epsilonLow: 0.2, epsilonHigh: 0.2, lossType: 'dapo', maxCompletionLength: 64 });
 */
import * as tf from '@tensorflow/tfjs';
import type { CausalLM } from '../model/types.js';

/** Token layout of a micro-batch: left-padded prompts then right-padded completions. @example const b: CompletionBatch = { inputIds, attentionMask, promptWidth: 12, completionIds, completionMask }; */
export interface CompletionBatch {
  /** `[B][P + C]`: prompt (left padding) followed by completion (right padding). */
  inputIds: number[][];
  /** `[B][P + C]`: 1 on prompt and completion tokens, 0 on padding. */
  attentionMask: number[][];
  /** P: columns taken by the (left-padded) prompts. */
  promptWidth: number;
  /** `[B][C]`: completion ids (padding where the mask is 0). */
  completionIds: number[][];
  /** `[B][C]`: 1 on tokens that count (up to and including EOS), 0 after. */
  completionMask: number[][];
}

/** Inputs of the GRPO loss besides the policy log-probs. @example const g: GrpoLossInputs = { ...batch, advantages: [0.7, -0.7] }; */
export interface GrpoLossInputs extends CompletionBatch {
  /** `[B]` advantage per completion. */
  advantages: number[];
  /** `[B][C]` log-probs under the sampling policy (needed when one generation serves several steps). */
  oldLogps?: number[][];
  /** `[B][C]` log-probs under the reference model (needed when beta > 0). */
  refLogps?: number[][];
}

/** Coefficients of the loss. @example const o: GrpoLossOptions = { beta: 0, epsilonLow: 0.2, epsilonHigh: 0.28, lossType: 'dapo', maxCompletionLength: 64 }; */
export interface GrpoLossOptions {
  beta: number;
  epsilonLow: number;
  epsilonHigh: number;
  lossType: 'grpo' | 'bnpo' | 'dr_grpo' | 'dapo';
  /** dr_grpo's constant normaliser. */
  maxCompletionLength: number;
}

/** Scalar diagnostics of one micro-batch, averaged over counted tokens. @example stats.kl.dataSync()[0]; */
export interface GrpoStats {
  /** Mean k3 KL to the reference (0 without refLogps). */
  kl: tf.Scalar;
  /** Share of tokens whose ratio was clipped below (A < 0) / above (A > 0) / either. */
  clipLow: tf.Scalar;
  clipHigh: tf.Scalar;
  clipRegion: tf.Scalar;
}

/**
 * Log-probabilities `[B, C]` of the completion tokens under `model`, with the logits divided by
 * `temperature` (the distribution they were sampled from). Differentiable w.r.t. trainable variables.
 *
 * @example
 * const lp = completionLogprobs(model, batch, 0.7); // lp.shape: [B, C]
 */
export function completionLogprobs(model: CausalLM, batch: CompletionBatch, temperature: number): tf.Tensor2D {
  const B = batch.inputIds.length;
  const C = batch.completionIds[0]?.length ?? 0;
  const P = batch.promptWidth;
  if (C === 0 || P === 0) throw new Error(`completionLogprobs: need at least one prompt and one completion column (found P=${P}, C=${C})`);
  if (batch.inputIds.some((r) => r.length !== P + C)) throw new Error(`completionLogprobs: every row must hold ${P} prompt + ${C} completion ids`);
  return tf.tidy(() => {
    const ids = tf.tensor2d(batch.inputIds, [B, P + C], 'int32');
    const attentionMask = tf.tensor2d(batch.attentionMask, [B, P + C], 'int32');
    // Positions P-1 .. P+C-1 only: position P-1+t predicts completion token t (the last one predicts nothing).
    const { logits } = model.forward(ids, { attentionMask, logitsToKeep: C + 1 }); // [B, C+1, V]
    const V = logits.shape[2];
    let sel = logits.slice([0, 0, 0], [B, C, V]); // [B, C, V]
    if (temperature !== 1) sel = tf.div(sel, temperature);
    const lse = tf.logSumExp(sel, -1); // [B, C]
    const flat = batch.completionIds.flatMap((row, b) => row.map((id, t) => (b * C + t) * V + id));
    const picked = tf.gather(sel.reshape([-1]), tf.tensor1d(flat, 'int32')).reshape([B, C]); // [B, C]
    return tf.sub(picked, lse) as tf.Tensor2D;
  });
}

/**
 * The GRPO loss of a micro-batch from its policy log-probs (see the file comment) and diagnostics.
 *
 * @example
 * const { loss, stats } = grpoLoss(logps, inputs, opts); loss.dataSync()[0];
 */
export function grpoLoss(logps: tf.Tensor2D, inputs: GrpoLossInputs, o: GrpoLossOptions): { loss: tf.Scalar; stats: GrpoStats } {
  const [B, C] = logps.shape;
  if (inputs.advantages.length !== B) throw new Error(`grpoLoss: ${inputs.advantages.length} advantages for ${B} completions`);
  if (o.beta !== 0 && !inputs.refLogps) throw new Error('grpoLoss: beta > 0 needs the reference log-probs (refLogps)');
  return tf.tidy(() => {
    const mask = tf.tensor2d(inputs.completionMask, [B, C], 'float32'); // [B, C]
    const adv = tf.tensor2d(inputs.advantages.map((a) => [a]), [B, 1], 'float32'); // [B, 1]
    // A tensor made from the values is outside the gradient tape: the detached current policy.
    const old = inputs.oldLogps ? tf.tensor2d(inputs.oldLogps, [B, C]) : tf.tensor2d(logps.dataSync() as Float32Array, [B, C]);
    const ratio = tf.exp(tf.sub(logps, old)); // [B, C]
    const clipped = tf.clipByValue(ratio, 1 - o.epsilonLow, 1 + o.epsilonHigh);
    let perToken = tf.neg(tf.minimum(tf.mul(ratio, adv), tf.mul(clipped, adv))); // [B, C]
    let kl: tf.Tensor = tf.zeros([B, C]);
    if (inputs.refLogps) {
      const d = tf.sub(tf.tensor2d(inputs.refLogps, [B, C]), logps); // ref - logp
      kl = tf.sub(tf.sub(tf.exp(d), d), 1);
      if (o.beta !== 0) perToken = tf.add(perToken, tf.mul(kl, o.beta));
    }
    const masked = tf.mul(perToken, mask);
    const tokens = tf.maximum(tf.sum(mask), 1);
    let loss: tf.Scalar;
    switch (o.lossType) {
      case 'grpo':
        loss = tf.mean(tf.div(tf.sum(masked, 1), tf.maximum(tf.sum(mask, 1), 1))) as tf.Scalar;
        break;
      case 'bnpo':
      case 'dapo':
        loss = tf.div(tf.sum(masked), tokens) as tf.Scalar;
        break;
      case 'dr_grpo':
        loss = tf.div(tf.sum(masked), B * o.maxCompletionLength) as tf.Scalar;
        break;
    }
    const meanOver = (x: tf.Tensor) => tf.div(tf.sum(tf.mul(x, mask)), tokens) as tf.Scalar;
    const low = tf.logicalAnd(tf.less(ratio, 1 - o.epsilonLow), tf.less(adv, 0)).toFloat();
    const high = tf.logicalAnd(tf.greater(ratio, 1 + o.epsilonHigh), tf.greater(adv, 0)).toFloat();
    return {
      loss,
      stats: { kl: meanOver(kl), clipLow: meanOver(low), clipHigh: meanOver(high), clipRegion: meanOver(tf.logicalOr(low.toBool(), high.toBool()).toFloat()) },
    };
  });
}
