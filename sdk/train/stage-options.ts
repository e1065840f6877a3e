/**
 * Keys that belong to one training stage (GRPO, DPO, canaries for SFT) inside the one flat
 * config: which stage each key belongs to, the check that refuses a key of another stage, and
 * the stage's options with its own schema's defaults.
 *
 * @example
 * grpoOptionsOf(parseTrainConfig({ stage: 'grpo', beta: 0 })).num_generations; // 4
 */
import { z } from 'zod';
import { CANARY_KEYS } from './canary-config.js';
import type { TrainConfig } from './config.js';
import { DPO_KEYS, DpoConfigSchema, TRL_DPO_ALIASES, type DpoConfig } from './dpo-config.js';
import { GRPO_KEYS, GrpoConfigSchema, type GrpoConfig } from './grpo-config.js';

/**
 * Stage-specific keys without their defaults, so an SFT config carries none of them; the stage's
 * own schema (GrpoConfigSchema, DpoConfigSchema) fills the defaults in `grpoOptionsOf` / `dpoOptionsOf`.
 */
function optionalKeys<S extends Record<string, z.ZodType>>(shape: S): { [K in keyof S]: z.ZodOptional<z.ZodType<z.output<S[K]>, z.input<S[K]>>> } {
  return Object.fromEntries(
    Object.entries(shape).map(([k, f]) => {
      const inner = f instanceof z.ZodDefault ? (f.unwrap() as z.ZodType) : f;
      const optional = inner.optional();
      const what = f.description ?? inner.description;
      return [k, what ? optional.describe(what) : optional];
    }),
  ) as never;
}

/** The GRPO, DPO and canary keys, all optional, for merging into `TrainConfigSchema`. @example Object.keys(STAGE_KEYS).includes('pref_beta'); // true */
export const STAGE_KEYS = {
  ...optionalKeys({ ...GRPO_KEYS, ...DPO_KEYS, ...CANARY_KEYS }),
  // Unset: start from the base model; grpo/dpo merge this SFT adapter first, so it is the reference.
  adapter_name_or_path: z.string().min(1).optional().describe('a PEFT adapter folder, or several separated by commas'),
};

/** Which stages each stage-specific key belongs to. */
const STAGE_OF_KEY: Record<string, readonly TrainConfig['stage'][]> = {
  ...Object.fromEntries(Object.keys(GRPO_KEYS).map((k) => [k, ['grpo'] as const])),
  ...Object.fromEntries(Object.keys(DPO_KEYS).map((k) => [k, ['dpo'] as const])),
  canaries: ['sft'],
  adapter_name_or_path: ['grpo', 'dpo'],
};

/**
 * A key of another stage is an error naming the key and its stage (a DPO `beta` points to `pref_beta`).
 *
 * @example
 * checkStageKeys(parseTrainConfig({ stage: 'sft', num_generations: 4 }), 'a.yaml'); // throws
 */
export function checkStageKeys(cfg: TrainConfig, where: string): void {
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
