/**
 * Supervised fine-tuning of a causal LM: chat records -> tokens -> the generic loop with the
 * masked causal-LM loss. The LM-specific glue between `sft-data.ts`, `loss.ts` and `trainer.ts`.
 *
 * Batches are right-padded to their longest example by default; with `packing` short examples
 * share rows (`packExamples`), kept apart by segment ids in the attention mask so no sample attends
 * to another and positions restart per sample.
 *
 * @example
 * const r = await trainSft(model, { train: splits.train, val: splits.val },
 *   { variables: lora.variables, learningRate: 2e-4, cutoffLen: 256, batchSize: 4, maxSteps: 50 });
 */
import * as tf from '@tensorflow/tfjs';
import type { DataRecord } from '../data/records.js';
import type { CausalLM } from '../model/types.js';
import { TRAINING_DEFAULTS } from './defaults.js';
import { causalLmLoss, causalLmLossFromHidden } from './loss.js';
import { packExamples, sftBatches, tokenizeRecords, type SftBatch, type SftExample, type TokenizeStats } from './sft-data.js';
import { train, type StepContext, type TrainerEvents, type TrainerOptions, type TrainLoopResult } from './trainer.js';

/** Options of `trainSft`: the loop's options plus data shaping. @example const o: SftOptions = { learningRate: 2e-4, cutoffLen: 256, batchSize: 4, maxSteps: 50 }; */
export interface SftOptions extends TrainerOptions {
  /** Variables to train by name; default every model parameter (full fine-tuning). */
  variables?: Map<string, tf.Variable>;
  /** Longest example in tokens (LLaMA-Factory cutoff_len). */
  cutoffLen: number;
  /** Learn prompt tokens too (default false: response tokens only). */
  trainOnPrompt?: boolean;
  /** Examples per micro-batch (per_device_train_batch_size); default `TRAINING_DEFAULTS.batchSize`. */
  batchSize?: number;
  /** Examples per evaluation batch; default batchSize. */
  evalBatchSize?: number;
  /** Pack training examples into rows of `cutoffLen` without cross-sample attention (see `packExamples`). */
  packing?: boolean;
  /** Learn only the last answer of each conversation (LLaMA-Factory `mask_history`). */
  maskHistory?: boolean;
  /** Shuffle the training examples each epoch (default true; LLaMA-Factory `disable_shuffling` turns it off). */
  shuffle?: boolean;
  /** Told when the model switches between training and evaluation (e.g. LoRA dropout on/off). */
  setTraining?: (training: boolean) => void;
  /** Replace the training-step loss (evaluation always uses `sftLoss`), e.g. `sampledSoftmaxLoss`. */
  trainLoss?: (batch: SftBatch, ctx: StepContext) => tf.Scalar;
  /** Extra state saved with checkpoints and restored on resume (see TrainArgs.extraState). */
  extraState?: { save(): unknown; load(state: unknown): void };
  /** Recompute each decoder layer in the backward pass instead of keeping its activations (HF gradient_checkpointing). */
  gradientCheckpointing?: boolean;
}

/** Result of `trainSft`. @example const r: SftResult = await trainSft(model, data, opts); r.trainStats.dropped; */
export interface SftResult extends TrainLoopResult {
  trainStats: TokenizeStats;
  valStats?: TokenizeStats;
}

/**
 * Parameters of a model: its weights (dense or quantized projections counted at their logical
 * size in*out) plus `extra` variables such as LoRA A/B that live outside `model.parameters()`.
 *
 * @example
 * countParameters(model); // 4_400_000 for a 4.4M-parameter checkpoint
 */
export function countParameters(model: CausalLM, extra?: Map<string, tf.Variable>): number {
  const params = model.parameters();
  let n = 0;
  for (const v of params.values()) n += v.size;
  for (const [path, l] of model.linears()) if (!params.has(`${path}.weight`)) n += l.inFeatures * l.outFeatures;
  const own = new Set(params.values());
  for (const v of extra?.values() ?? []) if (!own.has(v)) n += v.size;
  return n;
}

/**
 * Mean masked causal-LM loss of a batch (padding masked out). Models that expose their hidden
 * states and output head get the fused chunked loss (no `[B, T, V]` logits); others go through
 * `model.forward`.
 *
 * @example
 * const loss = sftLoss(model, batch); // tf.Scalar
 * sftLoss(model, batch, { gradientCheckpointing: true }); // recompute layers in backward
 */
export function sftLoss(model: CausalLM, batch: SftBatch, opts: { gradientCheckpointing?: boolean } = {}): tf.Scalar {
  return tf.tidy(() => {
    const ids = tf.tensor2d(batch.inputIds, undefined, 'int32'); // [B, T]
    // Needed for padding (0) and for packed rows (segment ids > 1); an all-ones mask changes nothing.
    const needed = batch.attentionMask.some((r) => r.some((v) => v !== 1));
    const attentionMask = needed ? tf.tensor2d(batch.attentionMask, undefined, 'int32') : undefined;
    const forwardOpts = { attentionMask, gradientCheckpointing: opts.gradientCheckpointing };
    if (model.hidden && model.outputHead) {
      return causalLmLossFromHidden(model.hidden(ids, forwardOpts), model.outputHead(), batch.labels).loss; // [B, T, D] in
    }
    const { logits } = model.forward(ids, forwardOpts); // [B, T, V]
    return causalLmLoss(logits, batch.labels).loss;
  });
}

/**
 * Train `model` on chat/instruction records. The same examples and shuffle order come back for
 * the same seed, so a run resumed from a checkpoint continues exactly.
 *
 * @example
 * const r = await trainSft(model, { train }, { learningRate: 1e-3, cutoffLen: 128, maxSteps: 20 });
 * r.finalLoss;
 */
export async function trainSft(
  model: CausalLM,
  data: { train: DataRecord[]; val?: DataRecord[] },
  options: SftOptions,
  events?: TrainerEvents | TrainerEvents[],
): Promise<SftResult> {
  const tok = { cutoffLen: options.cutoffLen, trainOnPrompt: options.trainOnPrompt, maskHistory: options.maskHistory };
  const train_ = tokenizeRecords(model.tokenizer, data.train, tok);
  if (train_.examples.length === 0) {
    const files = [...new Set(data.train.map((r) => r.source.file))].join(', ');
    throw new Error(
      `${files}: none of the ${data.train.length} training records is usable (${train_.stats.dropped.slice(0, 3).map((d) => `${d.id}: ${d.reason}`).join('; ')}); ` +
        'expected conversations that end with an assistant answer',
    );
  }
  const val = data.val?.length ? tokenizeRecords(model.tokenizer, data.val, tok) : undefined;
  // Packing changes rows, not tokens or targets; validation stays unpacked so its loss is comparable.
  const trainExamples = options.packing ? packExamples(train_.examples, options.cutoffLen) : train_.examples;
  return trainOnExamples(model, trainExamples, val?.examples, options, events, train_.stats, val?.stats);
}

/**
 * The loop over already tokenized examples (used by `trainSft` and by pretraining on text windows).
 *
 * @example
 * await trainOnExamples(model, textWindows(ids, 128), undefined, { learningRate: 1e-3, cutoffLen: 128, maxSteps: 10 });
 */
export async function trainOnExamples(
  model: CausalLM,
  trainExamples: SftExample[],
  valExamples: SftExample[] | undefined,
  options: SftOptions,
  events?: TrainerEvents | TrainerEvents[],
  trainStats?: TokenizeStats,
  valStats?: TokenizeStats,
): Promise<SftResult> {
  const batchSize = options.batchSize ?? TRAINING_DEFAULTS.batchSize;
  const padId = model.tokenizer.padTokenId;
  const variables = options.variables ?? model.parameters();
  const totalParams = countParameters(model, options.variables);

  let training: boolean | undefined;
  const lossFn = (batch: SftBatch, ctx: StepContext) => {
    if (options.setTraining && training !== ctx.training) {
      training = ctx.training;
      options.setTraining(ctx.training);
    }
    if (ctx.training && options.trainLoss) return options.trainLoss(batch, ctx);
    return sftLoss(model, batch, { gradientCheckpointing: ctx.training && options.gradientCheckpointing });
  };
  const valid = valExamples?.length ? valExamples : undefined;
  const result = await train<SftBatch>({
    variables,
    lossFn,
    trainBatches: ({ seed }) => sftBatches(trainExamples, { batchSize, padId, seed: options.shuffle === false ? undefined : seed }),
    evalBatches: valid ? () => sftBatches(valid, { batchSize: options.evalBatchSize ?? batchSize, padId }) : undefined,
    weightOf: (b) => b.targets,
    tokensOf: (b) => b.tokens,
    totalParams,
    options,
    events,
    extraState: options.extraState,
  });
  options.setTraining?.(false);
  const stats = trainStats ?? { records: trainExamples.length, examples: trainExamples.length, truncated: 0, dropped: [], tokens: 0, targetTokens: 0 };
  return { ...result, trainStats: stats, valStats };
}
