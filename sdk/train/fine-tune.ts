/**
 * The fluent end of the pipeline: `splits.lora(cfg).train(opts)`.
 *
 * `train` loads the base model, quantizes it when asked (QLoRA), wraps the target projections
 * with LoRA, runs `trainSft` with a progress bar, a JSONL metrics log and checkpoints (adapter in
 * PEFT format, optimizer, RNG and data position), then writes the final adapter, the HTML report
 * plus LLaMA-Factory's files (trainer_state.json, train/eval/all_results.json, loss PNGs, model card,
 * TensorBoard events) to `output_dir`. The option keys are the LLaMA-Factory ones of
 * `config.ts`; `medtune train <config.yaml>` goes through the same class.
 *
 * @example
 * const ft = splits.lora({ lora_rank: 8, lora_target: 'all' });
 * const r = await ft.train({ quantization_bit: 4, max_steps: 50, output_dir: 'out/lora' });
 * r.adapterDir; // 'out/lora'
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { SplitDataset } from '../data/dataset.js';
import { toChatMessages, type DataRecord } from '../data/records.js';
import { splitRecords } from '../data/split.js';
import { TemplateName } from '../model/chat-templates.js';
import { loadModel } from '../model/loader.js';
import type { CausalLM } from '../model/types.js';
import { initBackend } from '../runtime/backend.js';
import { stageDir, withPath, writeJsonAtomic } from '../runtime/fs.js';
import { canaryConfigOf } from './canary-config.js';
import { CANARY_FILE, plantCanaries, type Canary } from './canaries.js';
import { latestCheckpoint } from './checkpoint.js';
import { ignoredNotice, loraConfigOf, parseTrainConfig, sftOptionsOf, type TrainConfig, type TrainConfigInput } from './config.js';
import { runDpo, runGrpo, type DpoRunOptions, type DpoRunResult, type GrpoRunOptions, type GrpoRunResult } from './fine-tune-align.js';
import { applyLora, type LoraHandle } from './lora.js';
import { metricsLog } from './metrics-log.js';
import { saveAdapter } from './peft.js';
import { progressBar } from './progress.js';
import { quantizeModel, type QuantizeReport } from '../model/quant/quantize-model.js';
import { writeTrainingReport } from './report.js';
import { deidFromManifest, writeRunOutputs, type Provenance } from './run-outputs.js';
import { pretrainExamples } from './sft-data.js';
import { countParameters, trainOnExamples, trainSft, type SftOptions, type SftResult } from './sft.js';
import type { TrainerEvents } from './trainer.js';

/** The LoRA keys given to `.lora()`. @example const l: LoraOptions = { lora_rank: 8, lora_target: 'q_proj,v_proj' }; */
export type LoraOptions = Pick<TrainConfigInput, 'lora_rank' | 'lora_alpha' | 'lora_dropout' | 'lora_target' | 'use_rslora'>;

/** Keys of `.train()`: every other config key, plus runtime-only hooks. @example const o: FineTuneTrainOptions = { max_steps: 20, progress: false }; */
export type FineTuneTrainOptions = Omit<TrainConfigInput, keyof LoraOptions> & {
  /** Extra subscribers (e.g. `liveChart(...)` in a notebook). */
  events?: TrainerEvents | TrainerEvents[];
  /** Terminal progress on stderr (default true; `disable_tqdm: true` turns it off too). */
  progress?: boolean;
  /** Train this already loaded model instead of loading `model_name_or_path` (it is modified in place). */
  model?: CausalLM;
  /** The config file named in errors (the CLI passes the YAML path). */
  configFile?: string;
  /** Where the records came from, for the model card; found from the splits when they are Datasets. */
  provenance?: Provenance;
  /** Told of notices (ignored keys, automatic resume); default: printed on stderr. */
  onNotice?: (message: string) => void;
};

/** Records per split, as arrays or as anything with `.records` (a `Dataset`). */
type Split = readonly DataRecord[] | { readonly records: readonly DataRecord[]; readonly history?: readonly { step: string; details?: Record<string, unknown> }[] };
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
  /** Files written to the output folder besides adapter, checkpoints and logs. */
  files: string[];
  /** With the `canaries` option: the planted canaries (also in output_dir/canaries.json). */
  canaries?: Canary[];
}

const records = (s: Split | undefined): DataRecord[] => (s === undefined ? [] : Array.isArray(s) ? [...s] : [...(s as { records: readonly DataRecord[] }).records]);

/**
 * Validation records: the split's own, else `val_size` (fraction or count) taken from train,
 * patient-grouped through `splitRecords` so a patient never lands on both sides.
 *
 * @example
 * chooseValidation(records, [], cfg, 'train.yaml').val.length; // ~ val_size of them
 */
export function chooseValidation(train: DataRecord[], val: DataRecord[], cfg: TrainConfig, where: string): { train: DataRecord[]; val: DataRecord[] } {
  if (val.length || cfg.val_size === 0) return { train, val };
  const fraction = cfg.val_size < 1 ? cfg.val_size : cfg.val_size / train.length;
  if (fraction >= 1) throw new Error(`${where}: val_size: found ${cfg.val_size}; expected fewer records than the ${train.length} training records`);
  const s = splitRecords(train, { train: 1 - fraction, val: fraction, test: 0, seed: cfg.seed });
  return { train: s.train, val: s.val };
}

const SFT_SHAPES = 'instruction/chat records (alpaca {instruction, output}, sharegpt {conversations}, OpenAI {messages}, TRL {prompt, completion})';

/**
 * Refuse records the stage cannot learn from, naming their files and the expected shape: SFT
 * needs conversations; plain text ({"text"} rows, reports) is for stage pt.
 *
 * @example
 * checkStageRecords(records, 'sft', 'train.yaml'); // throws for {"text"} rows
 */
export function checkStageRecords(recs: DataRecord[], stage: TrainConfig['stage'], where: string): void {
  if (recs.length === 0) throw new Error(`${where}: dataset: no training records; expected at least one`);
  if (stage === 'pt') return;
  const wrong = recs.filter((r) => r.kind !== 'instruction' && r.kind !== 'chat');
  if (wrong.length === 0) return;
  const files = [...new Set(wrong.map((r) => r.source.file))].join(', ');
  const kinds = [...new Set(wrong.map((r) => r.kind))].join(', ');
  const hint = wrong.every((r) => r.kind === 'report')
    ? 'plain text rows ({"text"}) train with stage: pt (continued pre-training)'
    : 'convert them with `medtune prepare` / Dataset.toInstructions() first';
  throw new Error(`${files}: ${wrong.length} of ${recs.length} records are ${kinds} records (first: ${wrong[0].id}); stage ${stage} expects ${SFT_SHAPES}; ${hint}`);
}

/** Text of a record for stage pt (LLaMA-Factory reads the first prompt). */
function pretrainText(r: DataRecord): { id: string; text: string } {
  if (r.kind === 'report') return { id: r.id, text: r.text };
  const first = toChatMessages(r).find((m) => m.role !== 'system');
  return { id: r.id, text: first?.content ?? '' };
}

/** `cutoff_len` may not exceed the positions the model has, checked from config.json before loading. */
function checkCutoff(cfg: TrainConfig, where: string, given?: CausalLM): void {
  let positions = given?.config.max_position_embeddings;
  const configPath = join(cfg.model_name_or_path, 'config.json');
  if (positions === undefined && existsSync(configPath)) {
    positions = (JSON.parse(readFileSync(configPath, 'utf8')) as { max_position_embeddings?: number }).max_position_embeddings;
  }
  if (positions !== undefined && cfg.cutoff_len > positions) {
    throw new Error(`${where}: cutoff_len: found ${cfg.cutoff_len}; ${cfg.model_name_or_path} has max_position_embeddings ${positions}; expected cutoff_len <= ${positions}`);
  }
}

/** Provenance from Datasets (their history) and data files (a `medtune prepare` manifest). */
function provenanceOf(splits: SplitsLike, train: DataRecord[]): Provenance {
  const byFile = new Map<string, number>();
  for (const r of train) byFile.set(r.source.file, (byFile.get(r.source.file) ?? 0) + 1);
  const history = Array.isArray(splits.train) ? undefined : (splits.train as { history?: readonly { step: string; details?: Record<string, unknown> }[] }).history;
  const fromHistory = history?.find((h) => h.step === 'deidentify')?.details?.report as { counts?: Record<string, number> } | undefined;
  const fromManifest = [...byFile.keys()].map(deidFromManifest).find(Boolean);
  return {
    datasets: [...byFile].map(([file, n]) => ({ name: file, files: [file], records: n })),
    deidentified: fromHistory?.counts ?? fromManifest,
  };
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
   * Train and save; see the file comment. Everything is checked before the model loads (keys,
   * records, output folder, cutoff_len against the model's positions); everything is written to
   * `<output_dir>.partial` and moved into place at the end, so a failure leaves no half-written
   * output folder behind and the same command can simply be run again.
   *
   * @example
   * await ft.train({ learning_rate: 2e-4, max_steps: 30, output_dir: 'out/lora', overwrite_output_dir: true });
   */
  async train(opts: FineTuneTrainOptions = {}): Promise<FineTuneResult> {
    const { events, progress, model: given, configFile, provenance, onNotice, ...keys } = opts;
    const where = configFile ?? '.lora().train()';
    const notice = onNotice ?? ((m: string) => console.error(m));
    const raw = { ...this.loraOptions, ...keys };
    const cfg = parseTrainConfig(raw, where);
    const ignored = ignoredNotice(raw, where);
    if (ignored) notice(ignored);
    if (cfg.stage === 'grpo' || cfg.stage === 'dpo') throw new Error(`${where}: stage: found ${JSON.stringify(cfg.stage)}; .train() runs sft or pt, use .grpo() or .dpo() for the other stages`);
    const all = records(this.splits.train);
    checkStageRecords(all, cfg.stage, where);
    const split = chooseValidation(all, records(this.splits.val), cfg, where);
    const val = split.val;
    // Canaries go into a copy of the training records only, so validation stays clean.
    const canaryCfg = canaryConfigOf(cfg.canaries);
    const planted = canaryCfg ? plantCanaries(split.train, canaryCfg, cfg.seed) : undefined;
    const train = planted?.records ?? split.train;
    const out = cfg.output_dir;
    let resume = cfg.resume_from_checkpoint ?? undefined;
    const previous = cfg.overwrite_output_dir ? undefined : latestCheckpoint(out);
    if (resume === undefined && previous) {
      // LLaMA-Factory/HF: an output folder holding checkpoints is continued unless overwriting.
      resume = true;
      notice(`${where}: continuing from ${previous} (set overwrite_output_dir: true to start over)`);
    }
    checkCutoff(cfg, where, given);
    // Fail before the expensive part: pseudo file systems, unwritable folders, results in the way.
    const stage = await stageDir(out, { overwrite: cfg.overwrite_output_dir, keep: !!resume });
    try {
      const result = await this.run(cfg, { train, val, stageDir: stage.dir, resume, given, events, progress, provenance: provenance ?? provenanceOf(this.splits, train), where });
      if (planted) {
        const canaryFile = { format: 'medtune-canaries', seed: canaryCfg!.seed ?? cfg.seed, canaries: planted.canaries };
        await writeJsonAtomic(join(stage.dir, CANARY_FILE), canaryFile, { overwrite: true });
        result.files.push(CANARY_FILE);
        result.canaries = planted.canaries;
      }
      await stage.commit();
      return result;
    } catch (e) {
      await stage.abort();
      const err = e as NodeJS.ErrnoException;
      // File errors name their file; say which run they broke and that nothing was left behind.
      if (err.code && ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO'].includes(err.code)) {
        throw Object.assign(new Error(`${where}: writing ${out} failed: ${withPath(e, stage.dir).message}; nothing was written to ${out}, fix the cause and run again`), { code: err.code });
      }
      throw e;
    }
  }

  /**
   * GRPO after SFT on these splits' prompts (sdk/train/fine-tune-align.ts): reward functions,
   * TRL's GRPOConfig keys, the SFT adapter (`model` or `adapter_name_or_path`) as reference.
   *
   * @example
   * await splits.lora({ lora_rank: 8 }).grpo({ model: sft.model, reward_funcs: builtinRewards(['accuracy_reward']), max_steps: 20 });
   */
  grpo(opts: GrpoRunOptions): Promise<GrpoRunResult> {
    const choose = (train: DataRecord[], val: DataRecord[], cfg: TrainConfig) => chooseValidation(train, val, cfg, '.lora().grpo()');
    return runGrpo({ train: records(this.splits.train), val: records(this.splits.val) }, choose, this.loraOptions, opts);
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

  private async run(
    cfg: TrainConfig,
    o: { train: DataRecord[]; val: DataRecord[]; stageDir: string; resume: string | boolean | undefined; given?: CausalLM; events?: TrainerEvents | TrainerEvents[]; progress?: boolean; provenance: Provenance; where: string },
  ): Promise<FineTuneResult> {
    const dir = o.stageDir;
    const metricsPath = join(dir, 'metrics.jsonl');
    const reportPath = cfg.plot_loss ? join(dir, 'training_report.html') : undefined;

    await initBackend();
    const model =
      o.given ??
      (await loadModel(cfg.model_name_or_path, {
        template: cfg.template,
        templateOptions: { defaultSystem: cfg.default_system, enableThinking: cfg.enable_thinking, toolFormat: cfg.tool_format },
      }));
    // Hub ids are resolved by the loader, so their positions are only known now.
    try {
      checkCutoff(cfg, o.where, model);
    } catch (e) {
      if (!o.given) model.dispose();
      throw e;
    }
    if (cfg.stage === 'sft' && model.tokenizer.templateName === 'none') {
      if (!o.given) model.dispose();
      throw new Error(
        `${o.where}: template: ${cfg.model_name_or_path} has no chat template; set template (one of ${TemplateName.options.join(', ')}) so training renders prompts the way generation will`,
      );
    }
    const quantization = cfg.quantization_bit ? quantizeModel(model, cfg.quantization_bit === 4 ? 'nf4' : 'int8', { doubleQuant: cfg.double_quantization }) : undefined;
    const lora = applyLora(model, loraConfigOf(cfg));
    const variables = lora.namedVariables();
    const parameters = { total: countParameters(model, variables), trainable: lora.trainableCount };
    const overwrite = true; // inside our own staging folder

    let stepsPerEpoch = 1;
    let lossSum = 0;
    let lossSteps = 0;
    const subs: TrainerEvents[] = [];
    if (o.progress !== false && cfg.disable_tqdm !== true) subs.push(progressBar({ label: 'lora' }));
    subs.push(metricsLog(metricsPath, { overwrite: !o.resume, relativeTo: dir }));
    subs.push({
      onStart: (e) => void (stepsPerEpoch = e.stepsPerEpoch),
      onStep: (e) => {
        lossSum += e.loss;
        lossSteps++;
      },
      // Each checkpoint also holds the adapter in PEFT form, usable on its own.
      onSave: async (e) => {
        await saveAdapter(lora, e.dir, { baseModelNameOrPath: cfg.model_name_or_path, overwrite: true });
        if (cfg.save_total_limit) pruneCheckpoints(dir, cfg.save_total_limit);
      },
    });
    if (o.events) subs.push(...(Array.isArray(o.events) ? o.events : [o.events]));

    const resumeFrom = o.resume === true ? 'latest' : typeof o.resume === 'string' ? stagedPath(o.resume, cfg.output_dir, dir) : undefined;
    const options = {
      ...sftOptionsOf(cfg),
      outputDir: dir,
      resumeFrom,
      overwrite,
      variables,
      setTraining: (on: boolean) => lora.setTraining(on),
      extraState: { save: () => lora.rngState(), load: (s: unknown) => lora.setRngState(s as Record<string, number>) },
    };
    let metrics: SftResult;
    try {
      metrics = await this.fit(cfg, model, options, subs, o);
    } catch (e) {
      // A model the caller passed in gets its projections back, so it can be trained again.
      lora.remove();
      if (!o.given) model.dispose();
      throw e;
    }

    await saveAdapter(lora, dir, { baseModelNameOrPath: cfg.model_name_or_path, overwrite });
    if (reportPath) {
      await writeTrainingReport(reportPath, metrics.history, {
        title: `LoRA fine-tune of ${cfg.model_name_or_path}`,
        summary: {
          model: cfg.model_name_or_path,
          stage: cfg.stage,
          quantization: quantization ? `${quantization.kind} (${quantization.bytesPerParameter.toFixed(3)} bytes/param)` : 'none (float32)',
          'LoRA rank / alpha / targets': `${cfg.lora_rank} / ${cfg.lora_alpha ?? 2 * cfg.lora_rank} / ${String(cfg.lora_target)}`,
          'trainable / total parameters': `${parameters.trainable.toLocaleString('en-US')} / ${parameters.total.toLocaleString('en-US')}`,
          'train / validation examples': `${metrics.trainStats.examples} / ${metrics.valStats?.examples ?? 0}`,
          'examples truncated at cutoff_len': metrics.trainStats.truncated,
          'records dropped': metrics.trainStats.dropped.length,
          steps: metrics.steps,
          'tokens seen': metrics.tokensSeen,
          'wall time (s)': metrics.wallSeconds,
          'final train loss': metrics.finalLoss,
          'final validation loss': metrics.finalEvalLoss,
          'final validation perplexity (answer tokens)': metrics.finalEvalLoss === undefined ? undefined : Math.exp(metrics.finalEvalLoss),
          'stopped early': metrics.stoppedEarly ? 'yes' : 'no',
        },
      }, { overwrite: true });
    }
    const files = await writeRunOutputs(dir, {
      cfg, result: metrics, stepsPerEpoch, meanTrainLoss: lossSteps ? lossSum / lossSteps : metrics.finalLoss, trainRecords: o.train.length,
      parameters, quantization: quantization?.kind, provenance: o.provenance, outputDir: cfg.output_dir,
    });
    const memoryBytes = tf.memory().numBytes;
    const finalPath = (p: string) => join(cfg.output_dir, relative(dir, p));
    await writeJsonAtomic(join(dir, 'medtune_run.json'), {
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
      checkpoints: metrics.checkpoints.map(finalPath),
      provenance: o.provenance,
    }, { overwrite: true });
    lora.setTraining(false);
    return {
      adapterDir: cfg.output_dir,
      reportPath: reportPath && finalPath(reportPath),
      metricsPath: finalPath(metricsPath),
      metrics: { ...metrics, checkpoints: metrics.checkpoints.map(finalPath) },
      config: cfg, model, lora, quantization, parameters, memoryBytes, files: [...files, 'medtune_run.json'],
    };
  }
  /** Tokenize for the stage and run the loop. */
  private async fit(
    cfg: TrainConfig,
    model: CausalLM,
    options: SftOptions,
    subs: TrainerEvents[],
    o: { train: DataRecord[]; val: DataRecord[] },
  ): Promise<SftResult> {
    if (cfg.stage === 'pt') {
      const pt = pretrainExamples(model.tokenizer, o.train.map(pretrainText), { cutoffLen: cfg.cutoff_len, packing: cfg.packing || cfg.neat_packing });
      const pv = o.val.length ? pretrainExamples(model.tokenizer, o.val.map(pretrainText), { cutoffLen: cfg.cutoff_len }) : undefined;
      if (pt.examples.length === 0) {
        throw new Error(`${[...new Set(o.train.map((r) => r.source.file))].join(', ')}: none of the ${o.train.length} texts has a token to learn; expected non-empty text`);
      }
      return trainOnExamples(model, pt.examples, pv?.examples, options, subs, pt.stats, pv?.stats);
    }
    return trainSft(model, { train: o.train, val: o.val }, options, subs);
  }
}

/** A checkpoint path under the final output folder, as the same path inside the staging copy. */
function stagedPath(p: string, outputDir: string, staged: string): string {
  const rel = relative(resolve(outputDir), resolve(p));
  return rel && !rel.startsWith('..') ? join(staged, rel) : p;
}

/** Keep the newest `limit` complete checkpoints (HF save_total_limit). */
function pruneCheckpoints(dir: string, limit: number): void {
  const steps = readdirSync(dir)
    .map((n) => /^checkpoint-(\d+)$/.exec(n))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]))
    .sort((a, b) => b - a);
  for (const step of steps.slice(limit)) rmSync(join(dir, `checkpoint-${step}`), { recursive: true, force: true });
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
