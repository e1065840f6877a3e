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
import { FallbackTemplateName } from '../model/chat-templates.js';
import { TRAINING_DEFAULTS as D } from './defaults.js';
import { CANARY_KEYS } from './canary-config.js';
import { DPO_KEYS, DpoConfigSchema, TRL_DPO_ALIASES, type DpoConfig } from './dpo-config.js';
import { GRPO_KEYS, GrpoConfigSchema, type GrpoConfig } from './grpo-config.js';
import { LORA_TARGETS } from './lora.js';
import { SchedulerType } from './schedule.js';
import type { SftOptions } from './sft.js';

const posInt = (what = 'an integer >= 1') => z.number().int().positive().describe(what);
const TargetName = z.enum(LORA_TARGETS);

/**
 * Stage-specific keys without their defaults, so an SFT config carries none of them; the stage's
 * own schema (GrpoConfigSchema, DpoConfigSchema) fills the defaults in `grpoOptionsOf` / `dpoOptionsOf`.
 */
function stageKeys<S extends Record<string, z.ZodType>>(shape: S): { [K in keyof S]: z.ZodOptional<z.ZodType<z.output<S[K]>, z.input<S[K]>>> } {
  return Object.fromEntries(
    Object.entries(shape).map(([k, f]) => {
      const inner = f instanceof z.ZodDefault ? (f.unwrap() as z.ZodType) : f;
      const optional = inner.optional();
      const what = f.description ?? inner.description;
      return [k, what ? optional.describe(what) : optional];
    }),
  ) as never;
}

/**
 * Every key of the YAML / options object. Defaults shared with the functional API come from
 * `TRAINING_DEFAULTS` (./defaults.ts), where their why-comments are.
 *
 * @example
 * TrainConfigSchema.parse({ lora_rank: 16 }).lora_rank; // 16
 */
export const TrainConfigSchema = z
  .object({
    // The embedded model: runs offline and fast on a laptop CPU; point it at any HF Llama-family folder.
    model_name_or_path: z.string().min(1).default('data/models/medtune-tiny').describe('a checkpoint folder or hub id'),
    // No default: the CLI needs data, `.lora()` gets it from the split dataset.
    dataset: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional().describe('a JSONL path or a list of paths'),
    // Unset: the checkpoint's own chat template, so training matches how `generate` renders prompts.
    template: FallbackTemplateName.optional().describe(`one of ${FallbackTemplateName.options.join(', ')}`),
    // sft: LLaMA-Factory's default stage; grpo and dpo align an SFT model (their keys: grpo-config.ts, dpo-config.ts).
    stage: z.enum(['sft', 'grpo', 'dpo']).default('sft').describe('one of sft, grpo, dpo'),
    do_train: z.literal(true).default(true).describe('true'),
    // Only LoRA: full fine-tuning of the SDK's own model is the pretraining script's job.
    finetuning_type: z.literal('lora').default('lora').describe('"lora"'),
    lora_rank: posInt().default(D.loraRank),
    // Unset means 2 x lora_rank, LLaMA-Factory's default (scaling 2).
    lora_alpha: z.number().positive().optional().describe('a number > 0'),
    lora_dropout: z.number().min(0).lt(1).default(D.loraDropout).describe('a number in [0, 1)'),
    // 'all': every decoder projection, LLaMA-Factory's default (QLoRA found all layers matter).
    lora_target: z
      .union([z.literal('all'), z.string().regex(/^[a-z_]+(,[a-z_]+)*$/), z.array(TargetName).min(1)])
      .default('all')
      .describe(`"all", or names from ${LORA_TARGETS.join(', ')} (list or comma-separated)`),
    // false: plain alpha/r scaling, PEFT's default.
    use_rslora: z.boolean().default(false).describe('true or false'),
    // Unset: no quantization; 4 = QLoRA (NF4), 8 = int8.
    quantization_bit: z.union([z.literal(4), z.literal(8)]).optional().describe('4 or 8'),
    // 512: LLaMA-Factory uses 2048, but CPU attention cost grows with T²; medical Q&A fits in 512.
    cutoff_len: z.number().int().min(2).default(512).describe('an integer >= 2'),
    // false: learn answers only (LLaMA-Factory default).
    train_on_prompt: z.boolean().default(false).describe('true or false'),
    // false: padded batches are simplest to inspect; true packs short examples into full rows
    // (no attention across them, positions restart), fewer padding tokens per step.
    packing: z.boolean().default(false).describe('true or false'),
    per_device_train_batch_size: posInt().default(D.batchSize),
    // Unset: same as the training batch size.
    per_device_eval_batch_size: posInt().optional(),
    gradient_accumulation_steps: posInt().default(D.gradientAccumulationSteps),
    // false: HF default; true recomputes each decoder layer in the backward pass, keeping only
    // layer inputs (about one more forward pass of compute for a fraction of the activation memory).
    gradient_checkpointing: z.boolean().default(false).describe('true or false'),
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
    // 0: no validation split unless asked (LLaMA-Factory default); a fraction or a record count.
    val_size: z.number().min(0).default(0).describe('0, a fraction < 1 or a record count'),
    // Unset: evaluate once at the end (when there is validation data).
    eval_steps: posInt().optional(),
    save_steps: posInt().default(D.saveSteps),
    logging_steps: posInt().default(D.loggingSteps),
    // Where adapters, checkpoints, logs and the report go.
    output_dir: z.string().min(1).default('out/lora').describe('a folder path'),
    // false: never replace results without being asked.
    overwrite_output_dir: z.boolean().default(false).describe('true or false'),
    // Unset: start fresh; true = newest checkpoint in output_dir.
    resume_from_checkpoint: z.union([z.string().min(1), z.boolean()]).optional().describe('a checkpoint folder, or true for the latest'),
    // true: write the HTML report with loss and learning-rate curves.
    plot_loss: z.boolean().default(true).describe('true or false'),
    seed: z.number().int().min(0).default(D.seed).describe('an integer >= 0'),
    // Unset: no early stopping.
    early_stopping_patience: posInt().optional(),
    // Unset: start from the base model; grpo/dpo merge this SFT adapter first, so it is the reference.
    adapter_name_or_path: z.string().min(1).optional().describe('a PEFT adapter folder, or several separated by commas'),
  })
  .extend(stageKeys({ ...GRPO_KEYS, ...DPO_KEYS, ...CANARY_KEYS }))
  .strict();

/** Input form (defaults optional). @example const c: TrainConfigInput = { max_steps: 10 }; */
export type TrainConfigInput = z.input<typeof TrainConfigSchema>;
/** Parsed form (defaults filled in). @example const c: TrainConfig = parseTrainConfig({}); */
export type TrainConfig = z.infer<typeof TrainConfigSchema>;

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

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

/**
 * One line per zod issue: the key, the value found, what is allowed.
 *
 * @example
 * formatConfigError(err, raw, 'train.yaml');
 * // "train.yaml: lora_rank: found -1; expected an integer >= 1"
 */
export function formatConfigError(error: z.ZodError, raw: Record<string, unknown>, where = 'config'): string {
  const known = Object.keys(TrainConfigSchema.shape);
  const lines = error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => {
        const near = known.map((n) => [n, editDistance(k, n)] as const).sort((a, b) => a[1] - b[1])[0];
        const hint = near && near[1] <= 3 ? ` (did you mean ${near[0]}?)` : '';
        return `${where}: unknown key "${k}"${hint}; known keys: ${known.join(', ')}`;
      });
    }
    const key = String(issue.path[0] ?? '');
    const value = issue.path.reduce<unknown>((o, p) => (o as Record<PropertyKey, unknown> | undefined)?.[p as PropertyKey], raw);
    const at = issue.path.length > 1 ? `${issue.path.join('.')}` : key;
    return [`${where}: ${at}: found ${show(value)}; expected ${allowed(key)}`];
  });
  return [...new Set(lines)].join('\n');
}

/**
 * Validate a raw config object (from YAML or code); throws one Error listing every problem.
 *
 * @example
 * parseTrainConfig({ lora_rnk: 8 }); // Error: config: unknown key "lora_rnk" (did you mean lora_rank?) ...
 */
export function parseTrainConfig(raw: unknown, where = 'config'): TrainConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`${where}: expected a mapping of keys to values, found ${show(raw)}`);
  }
  const r = TrainConfigSchema.safeParse(raw);
  if (!r.success) throw new Error(formatConfigError(r.error, raw as Record<string, unknown>, where));
  const cfg = r.data;
  const targets = loraTargetList(cfg);
  const bad = targets === 'all' ? [] : targets.filter((t) => !(LORA_TARGETS as readonly string[]).includes(t));
  if (bad.length) throw new Error(`${where}: lora_target: found ${show(cfg.lora_target)}; expected ${allowed('lora_target')}`);
  checkStageKeys(cfg, where);
  if (cfg.stage === 'dpo') dpoOptionsOf(cfg, where);
  return cfg;
}

/** Which stages each stage-specific key belongs to. */
const STAGE_OF_KEY: Record<string, readonly TrainConfig['stage'][]> = {
  ...Object.fromEntries(Object.keys(GRPO_KEYS).map((k) => [k, ['grpo'] as const])),
  ...Object.fromEntries(Object.keys(DPO_KEYS).map((k) => [k, ['dpo'] as const])),
  canaries: ['sft'],
  adapter_name_or_path: ['grpo', 'dpo'],
};

/** A key of another stage is an error naming the key and its stage (a DPO `beta` points to `pref_beta`). */
function checkStageKeys(cfg: TrainConfig, where: string): void {
  const problems: string[] = [];
  for (const [key, stages] of Object.entries(STAGE_OF_KEY)) {
    if ((cfg as Record<string, unknown>)[key] === undefined || stages.includes(cfg.stage)) continue;
    const alias = cfg.stage === 'dpo' ? TRL_DPO_ALIASES[key] : undefined;
    const hint = alias ? `; for DPO use ${alias} (LLaMA-Factory's name)` : '';
    problems.push(`${where}: ${key}: only used with stage: ${stages.join(' or ')} (this config has stage: ${cfg.stage})${hint}`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

/**
 * The GRPO options of a `stage: grpo` config, with GrpoConfigSchema's defaults.
 *
 * @example
 * grpoOptionsOf(parseTrainConfig({ stage: 'grpo', beta: 0 })).num_generations; // 4
 */
export function grpoOptionsOf(cfg: TrainConfig): GrpoConfig {
  return GrpoConfigSchema.parse(Object.fromEntries(Object.keys(GRPO_KEYS).map((k) => [k, (cfg as Record<string, unknown>)[k]])));
}

/**
 * The DPO options of a `stage: dpo` config, with DpoConfigSchema's defaults; errors name the key.
 *
 * @example
 * dpoOptionsOf(parseTrainConfig({ stage: 'dpo' })).pref_beta; // 0.1
 */
export function dpoOptionsOf(cfg: TrainConfig, where = 'config'): DpoConfig {
  const r = DpoConfigSchema.safeParse(Object.fromEntries(Object.keys(DPO_KEYS).map((k) => [k, (cfg as Record<string, unknown>)[k]])));
  if (!r.success) throw new Error(r.error.issues.map((i) => `${where}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.data;
}

/** `lora_target` as 'all' or a list of module names. @example loraTargetList(cfg) // ['q_proj', 'v_proj'] */
export function loraTargetList(cfg: Pick<TrainConfig, 'lora_target'>): 'all' | string[] {
  const t = cfg.lora_target;
  if (t === 'all') return 'all';
  return Array.isArray(t) ? t : t.split(',');
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
    evalSteps: cfg.eval_steps,
    saveSteps: cfg.save_steps,
    loggingSteps: cfg.logging_steps,
    earlyStoppingPatience: cfg.early_stopping_patience,
    outputDir: cfg.output_dir,
    resumeFrom: cfg.resume_from_checkpoint === true ? 'latest' : cfg.resume_from_checkpoint || undefined,
    seed: cfg.seed,
    overwrite: cfg.overwrite_output_dir,
    cutoffLen: cfg.cutoff_len,
    trainOnPrompt: cfg.train_on_prompt,
    batchSize: cfg.per_device_train_batch_size,
    evalBatchSize: cfg.per_device_eval_batch_size,
    packing: cfg.packing,
    gradientCheckpointing: cfg.gradient_checkpointing,
  };
}
