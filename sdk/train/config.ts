/**
 * The fine-tuning configuration: one strict zod schema with the keys LLaMA-Factory users know,
 * used by `medtune train <config.yaml>` and by `.lora(cfg).train(opts)` alike.
 *
 * Errors name the key, the value found and what is allowed (`formatConfigError`); unknown keys
 * are rejected with the closest known key as a hint.
 *
 * @example
 * const cfg = parseTrainConfig({ lora_rank: 8, learning_rate: 2e-4, max_steps: 50 }, 'my.yaml');
 * cfg.lora_alpha; // 16 (2 x rank)
 */
import { z } from 'zod';
import { closestName } from '../runtime/did-you-mean.js';
import { TemplateName } from '../model/chat-templates.js';
import { ToolFormat } from '../model/tool-formats.js';
import { IGNORE_REASONS, IGNORED_KEYS, REFUSED_KEYS } from './config-keys.js';
import { ALL_LLAMAFACTORY_KEYS } from './lf-keys.js';
import { TRAINING_DEFAULTS as D } from './defaults.js';
import { LORA_TARGETS } from './lora.js';
import { SchedulerType } from './schedule.js';
import { checkStageKeys, dpoOptionsOf, STAGE_KEYS } from './stage-options.js';
import type { SftOptions } from './sft.js';

const posInt = (what = 'an integer >= 1') => z.number().int().positive().describe(what);
const TargetName = z.enum(LORA_TARGETS);
const bool = z.boolean().describe('true or false');
const commaList = (what: string) => z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe(what);

/**
 * Training stages by name (LLaMA-Factory `stage`, plus TRL's grpo): what each does here. Stages
 * compose: a stage's own keys live in their own schema, merged into `TrainConfigSchema`.
 *
 * @example
 * STAGES.pt; // 'implemented'
 */
export const STAGES = {
  // Continued pre-training: plain text, every token learned.
  pt: 'implemented',
  sft: 'implemented',
  // After SFT: preference pairs (LLaMA-Factory's keys) and group-relative policy optimisation (TRL's keys).
  dpo: 'implemented',
  grpo: 'implemented',
  rm: 'unsupported',
  ppo: 'unsupported',
  kto: 'unsupported',
} as const;
/** A stage name. @example const s: Stage = 'sft'; */
export type Stage = keyof typeof STAGES;

/** The model and how prompts are rendered. */
const ModelKeys = {
  // The embedded model: runs offline and fast on a laptop CPU; point it at any HF Llama-family folder.
  model_name_or_path: z.string().min(1).default('data/models/medtune-tiny').describe('a checkpoint folder or hub id'),
  // Unset: the checkpoint's own chat template, so training matches how `generate` renders prompts.
  template: TemplateName.optional().describe(`one of ${TemplateName.options.join(', ')}`),
  // Unset: the template's own default system prompt.
  default_system: z.string().optional().describe('a system prompt'),
  // true: LLaMA-Factory's default; only reasoning templates (qwen3) use it.
  enable_thinking: bool.default(true),
  // Unset: the template's own tool format.
  tool_format: ToolFormat.optional().describe(`one of ${ToolFormat.options.join(', ')}`),
  // Unset: no quantization; 4 = QLoRA (NF4), 8 = int8.
  quantization_bit: z.union([z.literal(4), z.literal(8)]).optional().describe('4 or 8'),
  // bitsandbytes is LLaMA-Factory's default; medtune's int8/NF4 layers follow it.
  quantization_method: z.literal('bnb').default('bnb').describe('"bnb" (bitsandbytes-style int8/NF4)'),
  // nf4: LLaMA-Factory's default 4-bit data type (QLoRA).
  quantization_type: z.literal('nf4').default('nf4').describe('"nf4"'),
  // true: LLaMA-Factory's default (QLoRA double quantization of the absmax values).
  double_quantization: bool.default(true),
};

/** What is trained and how. */
const MethodKeys = {
  stage: z.enum(Object.keys(STAGES) as [Stage, ...Stage[]]).default('sft').describe(`one of ${Object.keys(STAGES).join(', ')}`),
  do_train: z.literal(true).default(true).describe('true'),
  // Only LoRA: full fine-tuning of the SDK's own model is the pretraining script's job.
  finetuning_type: z.literal('lora').default('lora').describe('"lora"'),
  lora_rank: posInt().default(D.loraRank),
  // Unset means 2 x lora_rank, LLaMA-Factory's default (scaling 2).
  lora_alpha: z.number().positive().optional().describe('a number > 0'),
  lora_dropout: z.number().min(0).lt(1).default(D.loraDropout).describe('a number in [0, 1)'),
  // 'all': every decoder projection, LLaMA-Factory's default (QLoRA found all layers matter).
  lora_target: z
    .union([z.literal('all'), z.string().regex(/^[a-z_]+(\s*,\s*[a-z_]+)*$/), z.array(TargetName).min(1)])
    .default('all')
    .describe(`"all", or names from ${LORA_TARGETS.join(', ')} (list or comma-separated)`),
  // false: plain alpha/r scaling, PEFT's default.
  use_rslora: bool.default(false),
};

/** Where the data comes from and how it becomes token sequences. */
const DataKeys = {
  // No default: the CLI needs data, `.lora()` gets it from the split dataset.
  dataset: commaList('dataset names from dataset_info.json or file paths (comma-separated or a list)').optional(),
  // 'data': LLaMA-Factory's default folder of dataset_info.json.
  dataset_dir: z.string().min(1).default('data').describe('a folder path'),
  eval_dataset: commaList('dataset names or paths for evaluation').optional(),
  // Unset: every record; LLaMA-Factory takes the first N of each dataset.
  max_samples: posInt().optional(),
  // concat: LLaMA-Factory's default.
  mix_strategy: z.enum(['concat', 'interleave_under', 'interleave_over', 'interleave_once']).default('concat').describe('concat, interleave_under, interleave_over or interleave_once'),
  interleave_probs: z.union([z.string().min(1), z.array(z.number().min(0))]).optional().describe('probabilities, one per dataset (comma-separated or a list)'),
  // 512: LLaMA-Factory uses 2048, but CPU attention cost grows with T²; medical Q&A fits in 512.
  cutoff_len: z.number().int().min(2).default(512).describe('an integer >= 2'),
  // false: learn answers only (LLaMA-Factory default).
  train_on_prompt: bool.default(false),
  // false: learn every answer of a conversation (LLaMA-Factory default); true: only the last.
  mask_history: bool.default(false),
  // false: padded batches are simplest to inspect; true packs short examples into full rows
  // (no attention across them, positions restart), fewer padding tokens per step.
  packing: bool.default(false),
  // Same as packing here: medtune's packing never attends across examples.
  neat_packing: bool.default(false),
  // 0: no validation split unless asked (LLaMA-Factory default); a fraction or a record count.
  val_size: z.number().min(0).default(0).describe('0, a fraction < 1 or a record count'),
  // false: shuffle each epoch (HF default).
  disable_shuffling: bool.default(false),
};

/** The optimisation. */
const TrainingKeys = {
  per_device_train_batch_size: posInt().default(D.batchSize),
  // Unset: same as the training batch size.
  per_device_eval_batch_size: posInt().optional(),
  gradient_accumulation_steps: posInt().default(D.gradientAccumulationSteps),
  // false: HF default; true recomputes each decoder layer in the backward pass, keeping only
  // layer inputs (about one more forward pass of compute for a fraction of the activation memory).
  gradient_checkpointing: bool.default(false),
  // 1e-4: LLaMA-Factory's LoRA examples.
  learning_rate: z.number().positive().max(1).default(1e-4).describe('a number in (0, 1]'),
  num_train_epochs: z.number().positive().default(D.numTrainEpochs).describe('a number > 0'),
  max_steps: z.number().int().min(-1).default(D.maxSteps).describe('-1 or an integer >= 0'),
  lr_scheduler_type: SchedulerType.default(D.lrSchedulerType).describe(`one of ${SchedulerType.options.join(', ')}`),
  warmup_ratio: z.number().min(0).max(1).default(D.warmupRatio).describe('a number in [0, 1]'),
  // HF semantics: warmup_steps wins when > 0.
  warmup_steps: z.number().int().min(0).default(D.warmupSteps).describe('an integer >= 0'),
  weight_decay: z.number().min(0).default(D.weightDecay).describe('a number >= 0'),
  max_grad_norm: z.number().min(0).default(D.maxGradNorm).describe('a number >= 0 (0 disables clipping)'),
  // AdamW is what the HF optimizer names below all are; the betas and epsilon are torch's defaults.
  optim: z.enum(['adamw_torch', 'adamw_torch_fused', 'adamw_hf']).default('adamw_torch').describe('adamw_torch, adamw_torch_fused or adamw_hf (AdamW)'),
  adam_beta1: z.number().min(0).lt(1).default(0.9).describe('a number in [0, 1)'),
  adam_beta2: z.number().min(0).lt(1).default(0.999).describe('a number in [0, 1)'),
  adam_epsilon: z.number().positive().default(1e-8).describe('a number > 0'),
  seed: z.number().int().min(0).default(D.seed).describe('an integer >= 0'),
  // Unset: no early stopping (LLaMA-Factory early_stopping_steps = evaluations without improvement).
  early_stopping_steps: posInt().optional(),
  // medtune's older name for early_stopping_steps.
  early_stopping_patience: posInt().optional(),
};

/** What is written, when and where. */
const OutputKeys = {
  // Where adapters, checkpoints, logs and the report go.
  output_dir: z.string().min(1).default('out/lora').describe('a folder path'),
  // false: never replace results without being asked.
  overwrite_output_dir: bool.default(false),
  // Unset/null: start fresh, or continue from output_dir's newest checkpoint (LLaMA-Factory);
  // true = newest checkpoint in output_dir; a path = that checkpoint.
  resume_from_checkpoint: z.union([z.string().min(1), z.boolean(), z.null()]).optional().describe('null, true, or a checkpoint folder'),
  logging_steps: posInt().default(D.loggingSteps),
  save_steps: posInt().default(D.saveSteps),
  // steps: HF's default; no: no intermediate checkpoints.
  save_strategy: z.enum(['steps', 'no']).default('steps').describe('steps or no'),
  // Unset: keep every checkpoint (HF default).
  save_total_limit: posInt().optional(),
  // Unset: evaluate once at the end (when there is validation data).
  eval_steps: posInt().optional(),
  // Unset: evaluate every eval_steps when given, else at the end; no: never.
  eval_strategy: z.enum(['no', 'steps']).optional().describe('no or steps'),
  // true: write training_loss.png (LLaMA-Factory defaults to false; a chart is the first thing to look at).
  plot_loss: bool.default(true),
  // none: HF's default since transformers 5; tensorboard writes event files.
  report_to: z.union([z.enum(['none', 'tensorboard', 'all']), z.array(z.enum(['none', 'tensorboard', 'all']))]).default('none').describe('none or tensorboard'),
  // Unset: output_dir/runs (HF's layout for TensorBoard files).
  logging_dir: z.string().min(1).optional().describe('a folder path'),
  // Unset: a progress bar on a terminal.
  disable_tqdm: z.boolean().optional().describe('true or false'),
};

/**
 * Every key of the YAML / options object, composed from the sections above. Defaults shared
 * with the functional API come from `TRAINING_DEFAULTS` (./defaults.ts), where their
 * why-comments are.
 *
 * @example
 * TrainConfigSchema.parse({ lora_rank: 16 }).lora_rank; // 16
 */
export const TrainConfigSchema = z.object({ ...ModelKeys, ...MethodKeys, ...DataKeys, ...TrainingKeys, ...OutputKeys, ...STAGE_KEYS }).strict();

/** Input form (defaults optional). @example const c: TrainConfigInput = { max_steps: 10 }; */
export type TrainConfigInput = z.input<typeof TrainConfigSchema>;
/** Parsed form (defaults filled in). @example const c: TrainConfig = parseTrainConfig({}); */
export type TrainConfig = z.infer<typeof TrainConfigSchema>;

function show(v: unknown): string {
  const s = v === undefined ? 'nothing' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Human description of what a key accepts (from the schema's `.describe`). */
function allowed(key: string): string {
  // `.default()` / `.optional()` wrap the described schema; look through the wrappers.
  let field = (TrainConfigSchema.shape as Record<string, z.ZodType>)[key] as (z.ZodType & { unwrap?: () => z.ZodType }) | undefined;
  while (field && !field.description && typeof field.unwrap === 'function') field = field.unwrap() as typeof field;
  return field?.description ?? 'a valid value';
}

/** Keys this config understands: its own schema plus every LLaMA-Factory / HF key. */
function knownKeys(): string[] {
  return [...new Set([...Object.keys(TrainConfigSchema.shape), ...ALL_LLAMAFACTORY_KEYS])];
}

/**
 * One line per zod issue: the key, the value found, what is allowed. Unknown keys get the
 * closest known key as a hint (never the whole list).
 *
 * @example
 * formatConfigError(err, raw, 'train.yaml');
 * // "train.yaml: lora_rank: found -1; expected an integer >= 1"
 */
export function formatConfigError(error: z.ZodError, raw: Record<string, unknown>, where = 'config'): string {
  const known = knownKeys();
  const lines = error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => {
        const near = closestName(k, known);
        const hint = near ? ` (did you mean ${near}?)` : '';
        return `${where}: unknown key "${k}"${hint}; it is neither a medtune nor a LLaMA-Factory/Hugging Face training key`;
      });
    }
    const key = String(issue.path[0] ?? '');
    const value = issue.path.reduce<unknown>((o, p) => (o as Record<PropertyKey, unknown> | undefined)?.[p as PropertyKey], raw);
    const at = issue.path.length > 1 ? `${issue.path.join('.')}` : key;
    return [`${where}: ${at}: found ${show(value)}; expected ${allowed(key)}`];
  });
  return [...new Set(lines)].join('\n');
}

const sameValue = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || JSON.stringify(a) === JSON.stringify(b);

/** The keys of `raw` that are accepted but have no effect, grouped by reason (for the notice). */
export function ignoredKeys(raw: Record<string, unknown>): Partial<Record<keyof typeof IGNORE_REASONS, string[]>> {
  const out: Partial<Record<keyof typeof IGNORE_REASONS, string[]>> = {};
  for (const k of Object.keys(raw)) {
    const reason = IGNORED_KEYS[k];
    if (reason && !(k in TrainConfigSchema.shape)) (out[reason] ??= []).push(k);
  }
  return out;
}

/**
 * The single "ignored here" notice for a config, or undefined when every key takes effect.
 *
 * @example
 * ignoredNotice({ ddp_timeout: 180000000, bf16: true }, 'train.yaml');
 * // 'train.yaml: ignored here: ddp_timeout (distributed/GPU ...); bf16 (mixed precision: ...)'
 */
export function ignoredNotice(raw: unknown, where = 'config'): string | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const groups = Object.entries(ignoredKeys(raw as Record<string, unknown>));
  if (groups.length === 0) return undefined;
  return `${where}: ignored here: ${groups.map(([r, keys]) => `${keys!.join(', ')} (${IGNORE_REASONS[r as keyof typeof IGNORE_REASONS]})`).join('; ')}`;
}

/**
 * Validate a raw config object (from YAML or code); throws one Error listing every problem.
 * LLaMA-Factory / HF keys medtune does not implement are dropped when they are inert here
 * (see `ignoredNotice`) and refused, naming the key, when their value would change training.
 *
 * @example
 * parseTrainConfig({ lora_rnk: 8 }); // Error: config: unknown key "lora_rnk" (did you mean lora_rank?) ...
 */
export function parseTrainConfig(raw: unknown, where = 'config'): TrainConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`${where}: expected a mapping of keys to values, found ${show(raw)}`);
  }
  const own = new Set(Object.keys(TrainConfigSchema.shape));
  const kept: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (own.has(k)) {
      // YAML `key: null` (as in LLaMA-Factory's examples) means "unset".
      if (v !== null || k === 'resume_from_checkpoint') kept[k] = v;
    } else if (IGNORED_KEYS[k]) continue;
    else if (REFUSED_KEYS[k]) {
      const r = REFUSED_KEYS[k];
      if (!sameValue(v, r.default)) {
        problems.push(`${where}: ${k}: found ${show(v)}; medtune does not offer ${r.why}, so only ${show(r.default)} (LLaMA-Factory's default) is accepted`);
      }
    } else kept[k] = v;
  }
  const r = TrainConfigSchema.safeParse(kept);
  if (!r.success) problems.push(formatConfigError(r.error, kept, where));
  if (problems.length) throw new Error(problems.join('\n'));
  const cfg = r.data!;
  const targets = loraTargetList(cfg);
  const bad = targets === 'all' ? [] : targets.filter((t) => !(LORA_TARGETS as readonly string[]).includes(t));
  if (bad.length) throw new Error(`${where}: lora_target: found ${show(cfg.lora_target)}; expected ${allowed('lora_target')}`);
  const state = STAGES[cfg.stage];
  if (state !== 'implemented') {
    const done = Object.entries(STAGES).filter(([, v]) => v === 'implemented').map(([k]) => k).join(', ');
    throw new Error(`${where}: stage: ${cfg.stage} is not supported by medtune; use one of ${done}`);
  }
  const reports = Array.isArray(cfg.report_to) ? cfg.report_to : [cfg.report_to];
  if (reports.includes('none') && reports.length > 1) throw new Error(`${where}: report_to: found ${show(cfg.report_to)}; "none" cannot be combined with others`);
  if (cfg.interleave_probs !== undefined && cfg.mix_strategy === 'concat') {
    throw new Error(`${where}: interleave_probs: only valid with an interleave mix_strategy (found mix_strategy: concat)`);
  }
  if (cfg.val_size >= 1 && !Number.isInteger(cfg.val_size)) throw new Error(`${where}: val_size: found ${cfg.val_size}; expected a fraction < 1 or a whole record count`);
  if (cfg.val_size > 0 && cfg.eval_dataset) throw new Error(`${where}: val_size: cannot be combined with eval_dataset (LLaMA-Factory rule)`);
  if (cfg.mask_history && cfg.train_on_prompt) throw new Error(`${where}: mask_history: cannot be combined with train_on_prompt (LLaMA-Factory rule)`);
  checkStageKeys(cfg, where);
  if (cfg.stage === 'dpo') dpoOptionsOf(cfg, where);
  return cfg;
}

/** The datasets of a `dataset` / `eval_dataset` value, as a list. @example datasetList('identity, alpaca_en_demo'); // ['identity', 'alpaca_en_demo'] */
export function datasetList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : v.split(',')).map((x) => x.trim()).filter(Boolean);
}

/** Whether TensorBoard event files are asked for. @example reportsTo(cfg, 'tensorboard'); */
export function reportsTo(cfg: Pick<TrainConfig, 'report_to'>, what: 'tensorboard'): boolean {
  const list = Array.isArray(cfg.report_to) ? cfg.report_to : [cfg.report_to];
  return list.includes(what) || list.includes('all');
}

/** `lora_target` as 'all' or a list of module names. @example loraTargetList(cfg) // ['q_proj', 'v_proj'] */
export function loraTargetList(cfg: Pick<TrainConfig, 'lora_target'>): 'all' | string[] {
  const t = cfg.lora_target;
  if (t === 'all') return 'all';
  return Array.isArray(t) ? t : t.split(',').map((x) => x.trim());
}

/**
 * The `applyLora` config (./lora.ts) from the YAML keys.
 *
 * @example
 * loraConfigOf(cfg); // { r: 8, alpha: 16, dropout: 0, targetModules: 'all', useRslora: false, seed: 42 }
 */
export function loraConfigOf(cfg: TrainConfig) {
  const targets = loraTargetList(cfg);
  return {
    r: cfg.lora_rank,
    alpha: cfg.lora_alpha ?? 2 * cfg.lora_rank,
    dropout: cfg.lora_dropout,
    targetModules: targets as 'all' | (typeof LORA_TARGETS)[number][],
    useRslora: cfg.use_rslora,
    seed: cfg.seed,
  };
}

/**
 * The trainer's options from the YAML keys (variables and hooks are added by the caller).
 *
 * @example
 * const opts = sftOptionsOf(cfg); opts.learningRate; // 1e-4
 */
export function sftOptionsOf(cfg: TrainConfig): SftOptions {
  return {
    learningRate: cfg.learning_rate,
    weightDecay: cfg.weight_decay,
    maxGradNorm: cfg.max_grad_norm,
    gradientAccumulationSteps: cfg.gradient_accumulation_steps,
    numTrainEpochs: cfg.num_train_epochs,
    maxSteps: cfg.max_steps,
    lrSchedulerType: cfg.lr_scheduler_type,
    warmupRatio: cfg.warmup_ratio,
    warmupSteps: cfg.warmup_steps,
    evalSteps: cfg.eval_strategy === 'no' ? undefined : cfg.eval_steps,
    saveSteps: cfg.save_strategy === 'no' ? undefined : cfg.save_steps,
    loggingSteps: cfg.logging_steps,
    earlyStoppingPatience: cfg.early_stopping_steps ?? cfg.early_stopping_patience,
    outputDir: cfg.output_dir,
    resumeFrom: cfg.resume_from_checkpoint === true ? 'latest' : cfg.resume_from_checkpoint || undefined,
    seed: cfg.seed,
    overwrite: cfg.overwrite_output_dir,
    cutoffLen: cfg.cutoff_len,
    trainOnPrompt: cfg.train_on_prompt,
    batchSize: cfg.per_device_train_batch_size,
    evalBatchSize: cfg.per_device_eval_batch_size,
    packing: cfg.packing || cfg.neat_packing,
    maskHistory: cfg.mask_history,
    shuffle: !cfg.disable_shuffling,
    adamBeta1: cfg.adam_beta1,
    adamBeta2: cfg.adam_beta2,
    adamEpsilon: cfg.adam_epsilon,
    gradientCheckpointing: cfg.gradient_checkpointing,
  };
}
