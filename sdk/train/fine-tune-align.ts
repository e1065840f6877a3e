/**
 * The fluent alignment stages: `splits.lora(cfg).grpo(opts)` and `.dpo(opts)`, also behind
 * `medtune train` with `stage: grpo` / `stage: dpo`.
 *
 * Both load the base model (or take a loaded one), merge the SFT adapter into it (from
 * `adapter_name_or_path`, or the LoRA layers already on a given model, e.g. `sft.model`), so that
 * disabling the new adapter gives the SFT model as reference; then train a fresh LoRA adapter with
 * the same checkpoints, resume, metrics log and report as SFT. The saved adapter stacks the SFT
 * update and the new one (./stacked-adapter.ts): one PEFT adapter on the original base. Before
 * and after training they measure what the stage optimises on held-out data (validation split,
 * else the first training items): GRPO the mean greedy reward, DPO the preference margins.
 *
 * @example
 * const sft = await splits.lora({ lora_rank: 8 }).train({ template: 'chatml', max_steps: 40 });
 * const g = await splits.lora({ lora_rank: 8 }).grpo({ model: sft.model, reward_funcs: builtinRewards(['accuracy_reward']), max_steps: 20 });
 * g.rewardsBefore.total; g.rewardsAfter.total;
 */
import { join } from 'node:path';
import type { PreferencePair } from '../data/preferences.js';
import type { DataRecord } from '../data/records.js';
import { loadModel } from '../model/loader.js';
import type { CausalLM } from '../model/types.js';
import { initBackend } from '../runtime/backend.js';
import { assertWritable, writeJsonAtomic } from '../runtime/fs.js';
import { mulberry32 } from '../runtime/random.js';
import { alignMetricsLog } from './align-feedback.js';
import { loraConfigOf, parseTrainConfig, sftOptionsOf, type TrainConfig, type TrainConfigInput } from './config.js';
import { dpoOptionsOf, grpoOptionsOf } from './stage-options.js';
import type { DpoConfigInput } from './dpo-config.js';
import { preferenceMargins, trainDpo, type DpoEvents, type DpoResult } from './dpo.js';
import type { GrpoConfigInput } from './grpo-config.js';
import { grpoPrompts } from './grpo-data.js';
import { meanRewards, trainGrpo, type GrpoEvents, type GrpoResult } from './grpo.js';
import { applyLora, type LoraHandle } from './lora.js';
import { metricsLog } from './metrics-log.js';
import { ADAPTER_CONFIG } from './peft.js';
import { tokenizePairs } from './preference-data.js';
import { progressBar } from './progress.js';
import { quantizeModel, type QuantizeReport } from '../model/quant/quantize-model.js';
import { writeTrainingReport } from './report.js';
import type { RewardFunction } from './rewards.js';
import { countParameters } from './sft.js';
import { mergeAdapterDirs, mergeAndUnload, saveStackedAdapter, type MergedAdapter } from './stacked-adapter.js';
import type { TrainerEvents } from './trainer.js';

/** LoRA keys come from `.lora()`; these are set by the stage itself. */
type StageOwned = 'lora_rank' | 'lora_alpha' | 'lora_dropout' | 'lora_target' | 'use_rslora' | 'stage' | 'canaries';
type DpoKey = keyof DpoConfigInput;
type GrpoKey = keyof GrpoConfigInput;

/** Runtime-only options shared by both stages. */
interface RunHooks {
  /** Terminal progress on stderr (default true). */
  progress?: boolean;
  /** Align this loaded model (changed in place: its LoRA layers, if any, are merged first). */
  model?: CausalLM;
}

/** Options of `.grpo()`: training keys, GRPO keys (TRL names) and the reward functions. @example const o: GrpoRunOptions = { reward_funcs: [accuracy], num_generations: 4, max_steps: 20 }; */
export type GrpoRunOptions = Omit<TrainConfigInput, StageOwned | DpoKey | 'reward_funcs'> &
  RunHooks & {
    /** Reward functions `(prompt, completion, record) => number | null` (e.g. `builtinRewards([...])`). */
    reward_funcs: RewardFunction[];
    events?: GrpoEvents | GrpoEvents[];
  };

/** Options of `.dpo()`: training keys, DPO keys (LLaMA-Factory names) and the pairs. @example const o: DpoRunOptions = { pairs, pref_beta: 0.1, max_steps: 30 }; */
export type DpoRunOptions = Omit<TrainConfigInput, StageOwned | GrpoKey> &
  RunHooks & {
    /** Preference pairs to train on (`loadPreferencePairs`, `loadReviewPreferences`). */
    pairs: readonly PreferencePair[];
    /** Held-out pairs; default: `val_size` of `pairs`, else none. */
    val_pairs?: readonly PreferencePair[];
    events?: DpoEvents | DpoEvents[];
  };

/** What both stages return. */
interface RunResult {
  adapterDir: string;
  metricsPath: string;
  reportPath?: string;
  config: TrainConfig;
  /** The aligned model (SFT merged in, new adapter attached, dropout off). */
  model: CausalLM;
  lora: LoraHandle;
  quantization?: QuantizeReport;
  parameters: { total: number; trainable: number };
  /** Adapters merged into the base before training (their ranks), in order. */
  stackedOn: number[];
}

/** Result of `.grpo()`. @example const { rewardsBefore, rewardsAfter, metrics } = await ft.grpo(opts); */
export interface GrpoRunResult extends RunResult {
  metrics: GrpoResult;
  /** Mean greedy rewards on the held-out prompts before and after training. */
  rewardsBefore: Awaited<ReturnType<typeof meanRewards>>;
  rewardsAfter: Awaited<ReturnType<typeof meanRewards>>;
  heldOut: 'validation' | 'training';
  prompts: { train: number; heldOut: number; dropped: { id: string; reason: string }[] };
}

/** Result of `.dpo()`. @example const { marginsBefore, marginsAfter } = await ft.dpo(opts); */
export interface DpoRunResult extends RunResult {
  metrics: DpoResult;
  marginsBefore: ReturnType<typeof preferenceMargins>;
  marginsAfter: ReturnType<typeof preferenceMargins>;
  heldOut: 'validation' | 'training';
  pairs: { train: number; heldOut: number; truncated: number; dropped: { id: string; reason: string }[] };
}

/** Load (or take) the model, merge SFT adapters, quantize when asked, attach a fresh adapter. */
async function prepareModel(cfg: TrainConfig, given: CausalLM | undefined): Promise<Pick<RunResult, 'model' | 'lora' | 'quantization' | 'parameters'> & { merged: MergedAdapter[] }> {
  await initBackend();
  const model = given ?? (await loadModel(cfg.model_name_or_path, { template: cfg.template }));
  if (model.tokenizer.templateName === 'none') {
    throw new Error(`${cfg.model_name_or_path} has no chat template; set template (one of chatml, alpaca, llama2) so prompts render the way generation renders them`);
  }
  const merged: MergedAdapter[] = [];
  const onModel = mergeAndUnload(model);
  if (onModel.size) merged.push(onModel);
  if (cfg.adapter_name_or_path) merged.push(...(await mergeAdapterDirs(model, cfg.adapter_name_or_path.split(',').map((s) => s.trim()).filter(Boolean))));
  const quantization = cfg.quantization_bit ? quantizeModel(model, cfg.quantization_bit === 4 ? 'nf4' : 'int8') : undefined;
  const lora = applyLora(model, loraConfigOf(cfg));
  const parameters = { total: countParameters(model, lora.namedVariables()), trainable: lora.trainableCount };
  return { model, lora, quantization, parameters, merged };
}

/** Progress, metrics log (loop + stage lines) and PEFT adapters in every checkpoint. */
function runEvents(cfg: TrainConfig, label: string, progress: boolean | undefined, merged: MergedAdapter[], lora: LoraHandle): { subs: (GrpoEvents & DpoEvents)[]; metricsPath: string } {
  const metricsPath = join(cfg.output_dir, 'metrics.jsonl');
  const subs: (GrpoEvents & DpoEvents & TrainerEvents)[] = [];
  if (progress !== false) subs.push(progressBar({ label }));
  subs.push(metricsLog(metricsPath, { overwrite: cfg.overwrite_output_dir }), alignMetricsLog(metricsPath));
  subs.push({ onSave: (e) => saveStackedAdapter(merged, lora, e.dir, { baseModelNameOrPath: cfg.model_name_or_path, overwrite: true }) });
  return { subs, metricsPath };
}

/** Parse the stage's config; refuse to overwrite results before anything is loaded. */
function stageConfig(stage: 'grpo' | 'dpo', loraOptions: object, keys: object, where: string): TrainConfig {
  const cfg = parseTrainConfig({ ...loraOptions, ...keys, stage }, where);
  assertWritable(join(cfg.output_dir, ADAPTER_CONFIG), { overwrite: cfg.overwrite_output_dir || !!cfg.resume_from_checkpoint });
  return cfg;
}

/** Save the stacked adapter, report and train_results.json. */
async function finish(cfg: TrainConfig, r: Pick<RunResult, 'lora' | 'quantization' | 'parameters'> & { merged: MergedAdapter[] }, metrics: GrpoResult | DpoResult, title: string, summary: Record<string, string | number | undefined>, extra: Record<string, unknown>): Promise<string | undefined> {
  const overwrite = cfg.overwrite_output_dir || !!cfg.resume_from_checkpoint;
  await saveStackedAdapter(r.merged, r.lora, cfg.output_dir, { baseModelNameOrPath: cfg.model_name_or_path, overwrite });
  const reportPath = cfg.plot_loss ? join(cfg.output_dir, 'training_report.html') : undefined;
  if (reportPath) {
    await writeTrainingReport(reportPath, metrics.history, {
      title,
      summary: {
        model: cfg.model_name_or_path,
        'stacked on (merged adapters)': cfg.adapter_name_or_path ?? (r.merged.length ? 'the LoRA layers of the given model' : 'none'),
        'trainable / total parameters': `${r.parameters.trainable.toLocaleString('en-US')} / ${r.parameters.total.toLocaleString('en-US')}`,
        steps: metrics.steps,
        'wall time (s)': metrics.wallSeconds,
        ...summary,
      },
    }, { overwrite: true });
  }
  await writeJsonAtomic(join(cfg.output_dir, 'train_results.json'), {
    config: cfg, parameters: r.parameters, quantization: r.quantization, steps: metrics.steps, wallSeconds: metrics.wallSeconds,
    finalLoss: metrics.finalLoss, stackedOnRanks: r.merged.map((m) => Math.max(0, ...[...m.values()].map((x) => x.r))), checkpoints: metrics.checkpoints, ...extra,
  }, { overwrite: true });
  r.lora.setTraining(false);
  return reportPath;
}

/** How the FineTune picks validation records (its `val` split, else `val_size` of train). */
export type ChooseValidation = (train: DataRecord[], val: DataRecord[], cfg: TrainConfig) => { train: DataRecord[]; val: DataRecord[] };

/**
 * GRPO on the FineTune's records (`.lora(cfg).grpo(opts)`); see the file comment.
 *
 * @example
 * await runGrpo({ train, val }, (t, v) => ({ train: t, val: v }), { lora_rank: 8 }, { reward_funcs: [accuracy], max_steps: 10 });
 */
export async function runGrpo(splits: { train: DataRecord[]; val: DataRecord[] }, validation: ChooseValidation, loraOptions: object, opts: GrpoRunOptions): Promise<GrpoRunResult> {
  const { events, progress, model: given, reward_funcs, ...keys } = opts;
  const where = '.lora().grpo()';
  if (!Array.isArray(reward_funcs) || reward_funcs.length === 0 || reward_funcs.some((f) => typeof f !== 'function')) {
    throw new Error(`${where}: reward_funcs: expected a list of reward functions (e.g. builtinRewards(['accuracy_reward', 'format_reward'])); names are for the YAML of medtune train`);
  }
  const cfg = stageConfig('grpo', loraOptions, keys, where);
  const g = grpoOptionsOf(cfg);
  const { train, val } = validation(splits.train, splits.val, cfg);
  if (train.length === 0) throw new Error(`${where}: the train split is empty`);
  const r = await prepareModel(cfg, given);
  const maxPrompt = Math.min(cfg.cutoff_len, r.model.config.max_position_embeddings - g.max_completion_length);
  const tp = grpoPrompts(r.model.tokenizer, train, { maxPromptTokens: maxPrompt });
  const held = val.length ? grpoPrompts(r.model.tokenizer, val, { maxPromptTokens: maxPrompt }).prompts : tp.prompts.slice(0, 32);
  const rewardOpts = { maxNewTokens: g.max_completion_length, weights: g.reward_weights };
  const rewardsBefore = await meanRewards(r.model, held, reward_funcs, rewardOpts);
  const { subs, metricsPath } = runEvents(cfg, 'grpo', progress, r.merged, r.lora);
  if (events) subs.push(...(Array.isArray(events) ? events : [events]));
  const metrics = await trainGrpo(r.model, tp.prompts, {
    ...sftOptionsOf(cfg),
    overwrite: cfg.overwrite_output_dir || !!cfg.resume_from_checkpoint,
    grpo: g, rewardFuncs: reward_funcs, batchSize: cfg.per_device_train_batch_size, lora: r.lora,
  }, subs);
  const rewardsAfter = await meanRewards(r.model, held, reward_funcs, rewardOpts);
  const heldOut = val.length ? 'validation' : 'training';
  const strip = (m: typeof rewardsBefore) => ({ perFunction: m.perFunction, total: m.total, n: m.n });
  const reportPath = await finish(cfg, r, metrics, `GRPO of ${cfg.model_name_or_path}`, {
    [`mean reward before / after (${heldOut} prompts, greedy)`]: `${rewardsBefore.total.toFixed(3)} / ${rewardsAfter.total.toFixed(3)}`,
    'final step reward (sampled)': metrics.grpoSteps.at(-1)?.reward,
    'final KL to reference': metrics.grpoSteps.at(-1)?.kl,
  }, { rewardsBefore: strip(rewardsBefore), rewardsAfter: strip(rewardsAfter), heldOut, prompts: { train: tp.prompts.length, heldOut: held.length, dropped: tp.dropped } });
  return {
    adapterDir: cfg.output_dir, metricsPath, reportPath, config: cfg, model: r.model, lora: r.lora, quantization: r.quantization, parameters: r.parameters,
    stackedOn: r.merged.map((m) => Math.max(0, ...[...m.values()].map((x) => x.r))),
    metrics, rewardsBefore, rewardsAfter, heldOut, prompts: { train: tp.prompts.length, heldOut: held.length, dropped: tp.dropped },
  };
}

/** Seeded split of pairs into train and held-out (`val_size`: a fraction or a count). */
function splitPairs(pairs: readonly PreferencePair[], valSize: number, seed: number): { train: PreferencePair[]; val: PreferencePair[] } {
  if (valSize === 0) return { train: [...pairs], val: [] };
  const n = valSize < 1 ? Math.round(valSize * pairs.length) : valSize;
  if (n >= pairs.length) throw new Error(`val_size: found ${valSize}; expected fewer pairs than the ${pairs.length} given`);
  const rand = mulberry32(seed);
  const order = pairs.map((p, i) => ({ p, k: rand(), i })).sort((a, b) => a.k - b.k || a.i - b.i);
  return { train: order.slice(n).map((x) => x.p), val: order.slice(0, n).map((x) => x.p) };
}

/**
 * DPO on preference pairs (`.lora(cfg).dpo(opts)`); see the file comment.
 *
 * @example
 * await runDpo({ lora_rank: 8 }, { pairs, pref_beta: 0.1, max_steps: 20 });
 */
export async function runDpo(loraOptions: object, opts: DpoRunOptions): Promise<DpoRunResult> {
  const { events, progress, model: given, pairs, val_pairs, ...keys } = opts;
  const where = '.lora().dpo()';
  if (!Array.isArray(pairs) || pairs.length === 0) throw new Error(`${where}: pairs: expected preference pairs (loadPreferencePairs or loadReviewPreferences), found none`);
  const cfg = stageConfig('dpo', loraOptions, keys, where);
  const d = dpoOptionsOf(cfg, where);
  const split = val_pairs ? { train: [...pairs], val: [...val_pairs] } : splitPairs(pairs, cfg.val_size, cfg.seed);
  const r = await prepareModel(cfg, given);
  const tok = r.model.tokenizer;
  const train = tokenizePairs(tok, split.train, { cutoffLen: cfg.cutoff_len });
  const val = split.val.length ? tokenizePairs(tok, split.val, { cutoffLen: cfg.cutoff_len }) : undefined;
  const held = val?.examples ?? train.examples.slice(0, 32);
  const { subs, metricsPath } = runEvents(cfg, 'dpo', progress, r.merged, r.lora);
  if (events) subs.push(...(Array.isArray(events) ? events : [events]));
  const marginOpts = { beta: d.pref_beta, batchSize: cfg.per_device_eval_batch_size ?? cfg.per_device_train_batch_size };
  // The reference log-probs are computed inside trainDpo; before training the policy is the reference.
  const marginsBefore = preferenceMargins(r.model, held, marginOpts);
  const metrics = await trainDpo(r.model, train.examples, val?.examples, {
    ...sftOptionsOf(cfg),
    overwrite: cfg.overwrite_output_dir || !!cfg.resume_from_checkpoint,
    dpo: d, batchSize: cfg.per_device_train_batch_size, evalBatchSize: cfg.per_device_eval_batch_size, lora: r.lora,
  }, subs);
  const marginsAfter = preferenceMargins(r.model, held, marginOpts);
  const heldOut = val ? 'validation' : 'training';
  const pairStats = { train: train.examples.length, heldOut: held.length, truncated: train.stats.truncated + (val?.stats.truncated ?? 0), dropped: [...train.stats.dropped, ...(val?.stats.dropped ?? [])] };
  const reportPath = await finish(cfg, r, metrics, `DPO of ${cfg.model_name_or_path}`, {
    [`log-prob margin before / after (${heldOut} pairs)`]: `${marginsBefore.logpMargin.toFixed(3)} / ${marginsAfter.logpMargin.toFixed(3)}`,
    [`reward accuracy after (${heldOut} pairs)`]: marginsAfter.rewardAccuracy,
    'final step reward margin': metrics.dpoSteps.at(-1)?.margin,
  }, { marginsBefore, marginsAfter, heldOut, pairs: pairStats });
  return {
    adapterDir: cfg.output_dir, metricsPath, reportPath, config: cfg, model: r.model, lora: r.lora, quantization: r.quantization, parameters: r.parameters,
    stackedOn: r.merged.map((m) => Math.max(0, ...[...m.values()].map((x) => x.r))),
    metrics, marginsBefore, marginsAfter, heldOut, pairs: pairStats,
  };
}
