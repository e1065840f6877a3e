/**
 * Training defaults, defined once: the YAML/fluent config (`config.ts`), the functional API
 * (`trainSft`, `train`, `applyLora`) and the CLI all read them from here, so a run configured
 * one way behaves like the same run configured another. Where LLaMA-Factory users would look
 * for a default, it is LLaMA-Factory's (which takes Hugging Face `TrainingArguments`' and PEFT's
 * for keys it does not set itself); the few deviations say why.
 *
 * @example
 * import { TRAINING_DEFAULTS } from './defaults.js';
 * const batchSize = options.batchSize ?? TRAINING_DEFAULTS.batchSize; // 8
 */
export const TRAINING_DEFAULTS = {
  // 8: HF TrainingArguments' per_device_train_batch_size, unchanged by LLaMA-Factory.
  batchSize: 8,
  // 1: HF default (no accumulation).
  gradientAccumulationSteps: 1,
  // 'linear': HF's lr_scheduler_type, unchanged by LLaMA-Factory (its example YAMLs set cosine explicitly).
  lrSchedulerType: 'linear',
  // 0: HF's warmup_ratio; warmup is opt-in, as in LLaMA-Factory.
  warmupRatio: 0,
  // 0: HF default; warmup_ratio applies unless steps are given.
  warmupSteps: 0,
  // 0: HF's weight_decay.
  weightDecay: 0,
  // 1.0: HF's max_grad_norm.
  maxGradNorm: 1,
  // 3: HF's num_train_epochs.
  numTrainEpochs: 3,
  // -1: HF's max_steps, i.e. run by epochs.
  maxSteps: -1,
  // 10: HF uses 500, far too sparse for the short CPU runs this SDK is made for.
  loggingSteps: 10,
  // 500: HF's save_steps.
  saveSteps: 500,
  // 42: HF's seed.
  seed: 42,
  // 8: the lora_rank of LLaMA-Factory and PEFT; enough capacity for instruction tuning of small models.
  loraRank: 8,
  // 0: the lora_dropout of LLaMA-Factory and PEFT; small datasets may want 0.05 (the QLoRA paper's value).
  loraDropout: 0,
} as const;
