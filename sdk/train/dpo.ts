/**
 * Direct Preference Optimization of a LoRA adapter on the generic loop.
 *
 * The reference model is the same model with the adapter disabled; its log-probabilities of every
 * chosen and rejected answer are computed once before training (TRL's `precompute_ref_log_probs`),
 * so a step costs one forward and backward of the policy. Each micro-batch is
 * `per_device_train_batch_size` pairs (chosen rows then rejected rows); micro-batches weigh their
 * pair count, so a step's loss is the mean over its pairs. Logged per step: loss, reward accuracy
 * (share of pairs whose chosen answer has the larger implicit reward), mean reward margin, mean
 * chosen / rejected rewards and log-probabilities (TRL's and LLaMA-Factory's metric names).
 *
 * @example
 * const r = await trainDpo(model, train, val, { lora, dpo: DpoConfigSchema.parse({}), batchSize: 2, learningRate: 5e-4, maxSteps: 20 });
 * r.dpoSteps.at(-1)?.rewardAccuracy;
 */
import * as tf from '@tensorflow/tfjs';
import type { CausalLM } from '../model/types.js';
import type { DpoConfig } from './dpo-config.js';
import { dpoLoss, sequenceLogprobs } from './dpo-loss.js';
import type { LoraHandle } from './lora.js';
import { countParameters } from './sft.js';
import { pairBatch, pairBatches, type DpoExample } from './preference-data.js';
import { train, type StepContext, type TrainerEvents, type TrainerOptions, type TrainLoopResult } from './trainer.js';

/** Options of `trainDpo`. @example const o: DpoOptions = { lora, dpo, batchSize: 4, learningRate: 5e-4, maxSteps: 50 }; */
export interface DpoOptions extends TrainerOptions {
  dpo: DpoConfig;
  /** Pairs per micro-batch (per_device_train_batch_size). */
  batchSize: number;
  evalBatchSize?: number;
  /** The adapter being trained; disabled, it is the reference model. */
  lora: LoraHandle;
}

/** Metrics of one optimizer step (means over its pairs). @example const e: DpoStepEvent = r.dpoSteps[0]; e.margin; */
export interface DpoStepEvent {
  step: number;
  totalSteps: number;
  loss: number;
  /** Share of pairs where the chosen implicit reward exceeds the rejected one. */
  rewardAccuracy: number;
  /** Mean of chosen reward minus rejected reward, `β[(π_c - ref_c) - (π_r - ref_r)]`. */
  margin: number;
  chosenReward: number;
  rejectedReward: number;
  /** Mean summed log-probability of the chosen / rejected answers under the policy. */
  chosenLogps: number;
  rejectedLogps: number;
}

/** Subscribers: the loop's events plus one DPO metrics event per optimizer step. @example const ev: DpoEvents = { onDpoStep: (e) => console.log(e.margin) }; */
export interface DpoEvents extends TrainerEvents {
  onDpoStep?(e: DpoStepEvent): void | Promise<void>;
}

/** Result of `trainDpo`. @example const { dpoSteps } = await trainDpo(...); */
export interface DpoResult extends TrainLoopResult {
  dpoSteps: DpoStepEvent[];
}

/** Summed answer log-probs of examples (no gradient): `[chosen sums]`, `[rejected sums]`. */
function answerLogprobs(model: CausalLM, examples: readonly DpoExample[], batchSize: number): { chosen: number[]; rejected: number[] } {
  const chosen: number[] = [];
  const rejected: number[] = [];
  const padId = model.tokenizer.padTokenId;
  for (let i = 0; i < examples.length; i += batchSize) {
    const chunk = examples.slice(i, i + batchSize);
    const { sums } = sequenceLogprobs(model, pairBatch(chunk, padId));
    const v = sums.dataSync();
    sums.dispose();
    chunk.forEach((_, k) => {
      chosen.push(v[k]);
      rejected.push(v[chunk.length + k]);
    });
  }
  return { chosen, rejected };
}

/**
 * Fill in `refChosen` / `refRejected` with the reference model's (adapter disabled) log-probs.
 *
 * @example
 * precomputeReference(model, lora, examples, 8); examples[0].refChosen; // a number
 */
export function precomputeReference(model: CausalLM, lora: LoraHandle, examples: DpoExample[], batchSize: number): void {
  const { chosen, rejected } = lora.withAdaptersDisabled(() => answerLogprobs(model, examples, batchSize));
  examples.forEach((e, i) => {
    e.refChosen = chosen[i];
    e.refRejected = rejected[i];
  });
}

/**
 * How the current model ranks the pairs: mean log-prob margin `logp(chosen) - logp(rejected)`,
 * the share of pairs where it is positive, and (with reference log-probs) the implicit reward
 * margin and accuracy for `beta`.
 *
 * @example
 * const before = preferenceMargins(model, examples, { beta: 0.1 }); before.logpMargin;
 */
export function preferenceMargins(
  model: CausalLM,
  examples: readonly DpoExample[],
  opts: { beta: number; batchSize?: number },
): { logpMargin: number; logpAccuracy: number; rewardMargin: number; rewardAccuracy: number; n: number } {
  const { chosen, rejected } = answerLogprobs(model, examples, opts.batchSize ?? 8);
  const n = examples.length;
  let logpMargin = 0;
  let logpWins = 0;
  let rewardMargin = 0;
  let rewardWins = 0;
  examples.forEach((e, i) => {
    const d = chosen[i] - rejected[i];
    logpMargin += d / n;
    logpWins += d > 0 ? 1 : 0;
    const r = opts.beta * (chosen[i] - (e.refChosen ?? chosen[i]) - (rejected[i] - (e.refRejected ?? rejected[i])));
    rewardMargin += r / n;
    rewardWins += r > 0 ? 1 : 0;
  });
  return { logpMargin, logpAccuracy: logpWins / n, rewardMargin, rewardAccuracy: rewardWins / n, n };
}

/**
 * Run DPO; see the file comment.
 *
 * @example
 * const r = await trainDpo(model, train, undefined, opts, { onDpoStep: (e) => console.log(e.step, e.rewardAccuracy) });
 */
export async function trainDpo(
  model: CausalLM,
  trainExamples: DpoExample[],
  valExamples: DpoExample[] | undefined,
  options: DpoOptions,
  events: DpoEvents | DpoEvents[] = [],
): Promise<DpoResult> {
  if (trainExamples.length === 0) throw new Error('DPO: no preference pairs to train on');
  const { lora, dpo } = options;
  const subs = Array.isArray(events) ? events : [events];
  const padId = model.tokenizer.padTokenId;
  const all = [...trainExamples, ...(valExamples ?? [])].filter((e) => e.refChosen === undefined || e.refRejected === undefined);
  if (all.length) precomputeReference(model, lora, all, options.evalBatchSize ?? options.batchSize);

  let micro: { pairs: number; chosen: number[]; rejected: number[]; chosenLogps: number[]; rejectedLogps: number[] }[] = [];
  const dpoSteps: DpoStepEvent[] = [];
  const lossFn = (batch: DpoExample[], ctx: StepContext): tf.Scalar => {
    lora.setTraining(ctx.training);
    const { sums, counts } = sequenceLogprobs(model, pairBatch(batch, padId));
    const ref = [...batch.map((e) => e.refChosen!), ...batch.map((e) => e.refRejected!)];
    const r = dpoLoss(sums, counts, ref, { beta: dpo.pref_beta, lossType: dpo.pref_loss, labelSmoothing: dpo.dpo_label_smoothing, ftx: dpo.pref_ftx });
    if (ctx.training) {
      const s = Array.from(sums.dataSync());
      micro.push({
        pairs: batch.length,
        chosen: Array.from(r.chosenRewards.dataSync()),
        rejected: Array.from(r.rejectedRewards.dataSync()),
        chosenLogps: s.slice(0, batch.length),
        rejectedLogps: s.slice(batch.length),
      });
    }
    return r.loss;
  };
  const metrics: TrainerEvents = {
    onStep: async (e) => {
      const c = micro.flatMap((m) => m.chosen);
      const r = micro.flatMap((m) => m.rejected);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      const ev: DpoStepEvent = {
        step: e.step, totalSteps: e.totalSteps, loss: e.loss,
        rewardAccuracy: mean(c.map((x, i) => (x > r[i] ? 1 : 0))),
        margin: mean(c.map((x, i) => x - r[i])),
        chosenReward: mean(c),
        rejectedReward: mean(r),
        chosenLogps: mean(micro.flatMap((m) => m.chosenLogps)),
        rejectedLogps: mean(micro.flatMap((m) => m.rejectedLogps)),
      };
      micro = [];
      dpoSteps.push(ev);
      for (const s of subs) await s.onDpoStep?.(ev);
    },
  };
  const evalSize = options.evalBatchSize ?? options.batchSize;
  const result = await train<DpoExample[]>({
    variables: lora.namedVariables(),
    totalParams: countParameters(model, lora.namedVariables()),
    lossFn,
    trainBatches: ({ seed }) => pairBatches(trainExamples, { batchSize: options.batchSize, seed }),
    evalBatches: valExamples?.length ? () => pairBatches(valExamples, { batchSize: evalSize }) : undefined,
    weightOf: (b) => b.length,
    tokensOf: (b) => b.reduce((a, e) => a + 2 * e.prompt.length + e.chosen.length + e.rejected.length, 0),
    options,
    events: [metrics, ...subs],
    extraState: { save: () => lora.rngState(), load: (s) => lora.setRngState(s as Record<string, number>) },
  });
  lora.setTraining(false);
  return { ...result, dpoSteps };
}
