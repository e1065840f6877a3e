/**
 * The fluent end of the pipeline: `splits.lora(cfg).train(opts)`.
 *
 * `train` loads the base model, quantizes it when asked (QLoRA), wraps the target projections
 * with LoRA, runs `trainSft` with a progress bar, a JSONL metrics log and checkpoints (adapter in
 * PEFT format, optimizer, RNG and data position), then writes the final adapter, the HTML report
 * and `train_results.json` to `output_dir`. The option keys are the LLaMA-Factory ones of
 * `config.ts`; `medtune train <config.yaml>` goes through the same class.
 *
 * @example
 * const ft = splits.lora({ lora_rank: 8, lora_target: 'all' });
 * const r = await ft.train({ quantization_bit: 4, max_steps: 50, output_dir: 'out/lora' });
 * r.adapterDir; // 'out/lora'
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { SplitDataset } from '../data/dataset.js';
import type { DataRecord } from '../data/records.js';
import { splitRecords } from '../data/split.js';
import { FallbackTemplateName } from '../model/chat-templates.js';
import { loadModel } from '../model/loader.js';
import type { CausalLM } from '../model/types.js';
import { initBackend } from '../runtime/backend.js';
import { assertWritable, writeJsonAtomic } from '../runtime/fs.js';
import { canaryConfigOf } from './canary-config.js';
import { CANARY_FILE, plantCanaries, type Canary } from './canaries.js';
import { loraConfigOf, parseTrainConfig, sftOptionsOf, type TrainConfig, type TrainConfigInput } from './config.js';
import { runDpo, runGrpo, type DpoRunOptions, type DpoRunResult, type GrpoRunOptions, type GrpoRunResult } from './fine-tune-align.js';
import { applyLora, type LoraHandle } from './lora.js';
import { metricsLog } from './metrics-log.js';
import { ADAPTER_CONFIG, saveAdapter } from './peft.js';
import { progressBar } from './progress.js';
import { quantizeModel, type QuantizeReport } from '../model/quant/quantize-model.js';
import { writeTrainingReport } from './report.js';
import { countParameters, trainSft, type SftResult } from './sft.js';
import type { TrainerEvents } from './trainer.js';

/** The LoRA keys given to `.lora()`. @example const l: LoraOptions = { lora_rank: 8, lora_target: 'q_proj,v_proj' }; */
export type LoraOptions = Pick<TrainConfigInput, 'lora_rank' | 'lora_alpha' | 'lora_dropout' | 'lora_target' | 'use_rslora'>;

/** Keys of `.train()`: every other config key, plus runtime-only hooks. @example const o: FineTuneTrainOptions = { max_steps: 20, progress: false }; */
export type FineTuneTrainOptions = Omit<TrainConfigInput, keyof LoraOptions> & {
  /** Extra subscribers (e.g. `liveChart(...)` in a notebook). */
  events?: TrainerEvents | TrainerEvents[];
  /** Terminal progress on stderr (default true). */
  progress?: boolean;
  /** Train this already loaded model instead of loading `model_name_or_path` (it is modified in place). */
  model?: CausalLM;
};

/** Records per split, as arrays or as anything with `.records` (a `Dataset`). */
type Split = readonly DataRecord[] | { readonly records: readonly DataRecord[] };
/** Train/val/test records (arrays or Datasets). @example const s: SplitsLike = { train: records, val: [] }; */
export interface SplitsLike {
  train: Split;
  val?: Split;
  test?: Split;
}

/** What a run produced. @example const { adapterDir, metrics } = await ft.train(); */
export interface FineTuneResult {
  /** Folder with adapter_config.json + adapter_model.safetensors (PEFT format). */
  adapterDir: string;
  reportPath?: string;
  metricsPath: string;
  metrics: SftResult;
  config: TrainConfig;
  /** The trained model (adapter attached, dropout off), ready for `generate` / evaluation. */
  model: CausalLM;
  lora: LoraHandle;
  quantization?: QuantizeReport;
  parameters: { total: number; trainable: number };
  /** Tensor memory after training (tf.memory()). */
  memoryBytes: number;
  /** With the `canaries` option: the planted canaries (also in output_dir/canaries.json). */
  canaries?: Canary[];
}

const records = (s: Split | undefined): DataRecord[] => (s === undefined ? [] : Array.isArray(s) ? [...s] : [...(s as { records: readonly DataRecord[] }).records]);

/**
 * Validation records: the split's own, else `val_size` (fraction or count) taken from train,
 * patient-grouped through `splitRecords` so a patient never lands on both sides.
 *
 * @example
 * chooseValidation(train, [], cfg).val.length; // round(val_size x train.length) when val_size < 1
 */
export function chooseValidation(train: DataRecord[], val: DataRecord[], cfg: TrainConfig): { train: DataRecord[]; val: DataRecord[] } {
  if (val.length || cfg.val_size === 0) return { train, val };
  const fraction = cfg.val_size < 1 ? cfg.val_size : cfg.val_size / train.length;
  if (fraction >= 1) throw new Error(`val_size: found ${cfg.val_size}; expected fewer records than the ${train.length} training records`);
  const s = splitRecords(train, { train: 1 - fraction, val: fraction, test: 0, seed: cfg.seed });
  return { train: s.train, val: s.val };
}

/**
 * A configured LoRA fine-tune over dataset splits.
 *
 * @example
 * const r = await new FineTune({ train, val }, { lora_rank: 4 }).train({ max_steps: 10, output_dir: 'out/ft' });
 */
export class FineTune {
  constructor(
    readonly splits: SplitsLike,
    readonly loraOptions: LoraOptions = {},
  ) {}

  /**
   * Train and save; see the file comment. Rejects bad options before loading anything.
   *
   * @example
   * await ft.train({ learning_rate: 2e-4, max_steps: 30, output_dir: 'out/lora', overwrite_output_dir: true });
   */
  async train(opts: FineTuneTrainOptions = {}): Promise<FineTuneResult> {
    const { events, progress, model: given, ...keys } = opts;
    const cfg = parseTrainConfig({ ...this.loraOptions, ...keys }, '.lora().train()');
    if (cfg.stage !== 'sft') throw new Error(`.lora().train(): stage: found ${JSON.stringify(cfg.stage)}; .train() runs sft, use .grpo() or .dpo() for the other stages`);
    const split = chooseValidation(records(this.splits.train), records(this.splits.val), cfg);
    const val = split.val;
    // Canaries go into a copy of the training records only, so validation stays clean.
    const canaryCfg = canaryConfigOf(cfg.canaries);
    const planted = canaryCfg ? plantCanaries(split.train, canaryCfg, cfg.seed) : undefined;
    const train = planted?.records ?? split.train;
    if (train.length === 0) throw new Error('.lora().train(): the train split is empty');
    const out = cfg.output_dir;
    // Fail before the expensive part when results would be overwritten.
    assertWritable(join(out, ADAPTER_CONFIG), { overwrite: cfg.overwrite_output_dir || !!cfg.resume_from_checkpoint });
    const metricsPath = join(out, 'metrics.jsonl');
    const reportPath = cfg.plot_loss ? join(out, 'training_report.html') : undefined;

    await initBackend();
    const model = given ?? (await loadModel(cfg.model_name_or_path, { template: cfg.template }));
    if (model.tokenizer.templateName === 'none') {
      throw new Error(
        `${cfg.model_name_or_path} has no chat template; set template (one of ${FallbackTemplateName.options.join(', ')}) so training renders prompts the way generation will`,
      );
    }
    const quantization = cfg.quantization_bit ? quantizeModel(model, cfg.quantization_bit === 4 ? 'nf4' : 'int8') : undefined;
    const lora = applyLora(model, loraConfigOf(cfg));
    const variables = lora.namedVariables();
    const parameters = { total: countParameters(model, variables), trainable: lora.trainableCount };
    const overwrite = cfg.overwrite_output_dir || !!cfg.resume_from_checkpoint;

    const subs: TrainerEvents[] = [];
    if (progress !== false) subs.push(progressBar({ label: 'lora' }));
    subs.push(metricsLog(metricsPath, { overwrite: cfg.overwrite_output_dir }));
    // Each checkpoint also holds the adapter in PEFT form, usable on its own.
    subs.push({ onSave: (e) => saveAdapter(lora, e.dir, { baseModelNameOrPath: cfg.model_name_or_path, overwrite: true }) });
    if (events) subs.push(...(Array.isArray(events) ? events : [events]));

    const metrics = await trainSft(
      model,
      { train, val },
      {
        ...sftOptionsOf(cfg),
        // A resumed run may rewrite checkpoints the interrupted run saved after its resume point.
        overwrite,
        variables,
        setTraining: (on) => lora.setTraining(on),
        extraState: { save: () => lora.rngState(), load: (s) => lora.setRngState(s as Record<string, number>) },
      },
      subs,
    );

    await saveAdapter(lora, out, { baseModelNameOrPath: cfg.model_name_or_path, overwrite });
    if (planted) await writeJsonAtomic(join(out, CANARY_FILE), { format: 'medtune-canaries', seed: canaryCfg!.seed ?? cfg.seed, canaries: planted.canaries }, { overwrite });
    if (reportPath) {
      await writeTrainingReport(reportPath, metrics.history, {
        title: `LoRA fine-tune of ${cfg.model_name_or_path}`,
        summary: {
          model: cfg.model_name_or_path,
          quantization: quantization ? `${quantization.kind} (${quantization.bytesPerParameter.toFixed(3)} bytes/param)` : 'none (float32)',
          'LoRA rank / alpha / targets': `${cfg.lora_rank} / ${cfg.lora_alpha ?? 2 * cfg.lora_rank} / ${String(cfg.lora_target)}`,
          'trainable / total parameters': `${parameters.trainable.toLocaleString('en-US')} / ${parameters.total.toLocaleString('en-US')}`,
          'train / validation records': `${metrics.trainStats.examples} / ${metrics.valStats?.examples ?? 0}`,
          'records dropped (cutoff)': metrics.trainStats.dropped.length,
          steps: metrics.steps,
          'tokens seen': metrics.tokensSeen,
          'wall time (s)': metrics.wallSeconds,
          'final train loss': metrics.finalLoss,
          'final validation loss': metrics.finalEvalLoss,
          'final validation perplexity': metrics.finalEvalLoss === undefined ? undefined : Math.exp(metrics.finalEvalLoss),
          'stopped early': metrics.stoppedEarly ? 'yes' : 'no',
        },
      }, { overwrite: true });
    }
    const memoryBytes = tf.memory().numBytes;
    await writeJsonAtomic(join(out, 'train_results.json'), {
      config: cfg,
      parameters,
      quantization,
      steps: metrics.steps,
      tokensSeen: metrics.tokensSeen,
      wallSeconds: metrics.wallSeconds,
      finalLoss: metrics.finalLoss,
      finalEvalLoss: metrics.finalEvalLoss,
      stoppedEarly: metrics.stoppedEarly,
      trainStats: metrics.trainStats,
      valStats: metrics.valStats,
      checkpoints: metrics.checkpoints,
    }, { overwrite: true });
    lora.setTraining(false);
    return { adapterDir: out, reportPath, metricsPath, metrics, config: cfg, model, lora, quantization, parameters, memoryBytes, canaries: planted?.canaries };
  }

  /**
   * GRPO after SFT on these splits' prompts (sdk/train/fine-tune-align.ts): reward functions,
   * TRL's GRPOConfig keys, the SFT adapter (`model` or `adapter_name_or_path`) as reference.
   *
   * @example
   * await splits.lora({ lora_rank: 8 }).grpo({ model: sft.model, reward_funcs: builtinRewards(['accuracy_reward']), max_steps: 20 });
   */
  grpo(opts: GrpoRunOptions): Promise<GrpoRunResult> {
    return runGrpo({ train: records(this.splits.train), val: records(this.splits.val) }, chooseValidation, this.loraOptions, opts);
  }

  /**
   * DPO on preference pairs (sdk/train/fine-tune-align.ts) with LLaMA-Factory's keys
   * (`pref_beta`, `pref_loss`, `pref_ftx`); the reference is the model with the new adapter disabled.
   *
   * @example
   * await splits.lora({ lora_rank: 8 }).dpo({ pairs: (await loadReviewPreferences('rated.csv')).pairs, max_steps: 20 });
   */
  dpo(opts: DpoRunOptions): Promise<DpoRunResult> {
    return runDpo(this.loraOptions, opts);
  }
}

/**
 * A LoRA fine-tune of `splits` (a `SplitDataset`, or `{ train, val? }` records); nothing loads
 * until `.train()` runs. The fluent `splits.lora(cfg)` is this function.
 *
 * @example
 * const r = await lora({ train, val }, { lora_rank: 8 }).train({ max_steps: 20 });
 */
export function lora(splits: SplitsLike, cfg: LoraOptions = {}): FineTune {
  return new FineTune(splits, cfg);
}

// The data layer cannot import training (it sits below it), so `.lora()` is attached here, where
// fine-tuning lives; importing 'medtune' (or sdk/train) makes it available on every SplitDataset.
declare module '../data/dataset.js' {
  interface SplitDataset {
    /**
     * LoRA fine-tuning on these splits: `lora(splits, cfg)` as a method (sdk/train/fine-tune.ts).
     *
     * @example
     * const result = await splits.lora({ lora_rank: 8, lora_target: 'all' }).train({ max_steps: 50, output_dir: 'out/lora' });
     */
    lora(cfg?: LoraOptions): FineTune;
  }
}
SplitDataset.prototype.lora = function (this: SplitDataset, cfg: LoraOptions = {}): FineTune {
  return lora(this, cfg);
};
