/**
 * GRPO options with TRL's `GRPOConfig` names (`num_generations`, `max_completion_length`, `beta`,
 * `epsilon`, `temperature`, `loss_type`, `scale_rewards`, `reward_weights`, ...), one strict schema.
 * `config.ts` composes these keys into the training YAML for `stage: grpo`; `.lora().grpo()`
 * validates through the same schema. Defaults that differ from TRL say why.
 *
 * @example
 * const g = GrpoConfigSchema.parse({ num_generations: 8, beta: 0.02 });
 * g.loss_type; // 'dapo'
 */
import { z } from 'zod';

/**
 * Names of the built-in reward functions the YAML key `reward_funcs` may list (implemented by the
 * medical rewards in sdk/safety/rewards.ts; code passes functions instead).
 *
 * @example
 * GRPO_REWARD_NAMES.includes('accuracy_reward'); // true
 */
export const GRPO_REWARD_NAMES = ['accuracy_reward', 'format_reward', 'length_reward', 'guardrails_reward', 'no_phi_reward'] as const;
/** One built-in reward name. @example const n: GrpoRewardName = 'format_reward'; */
export type GrpoRewardName = (typeof GRPO_REWARD_NAMES)[number];

/** GRPO loss aggregations (TRL `loss_type`). @example GrpoLossType.parse('dr_grpo'); */
export const GrpoLossType = z.enum(['dapo', 'grpo', 'bnpo', 'dr_grpo']);

/** The GRPO keys, as a shape so `config.ts` can compose them. @example Object.keys(GRPO_KEYS).includes('beta'); // true */
export const GRPO_KEYS = {
  // 4: TRL uses 8; on 2 CPU cores 4 samples per prompt keep a step short and still give a spread to normalise.
  num_generations: z.number().int().min(2).default(4).describe('an integer >= 2'),
  // 64: TRL uses 512; an answer line plus a short reason fits, and sampling cost grows with length.
  max_completion_length: z.number().int().positive().default(64).describe('an integer >= 1'),
  // 1.0: TRL default; sampling from the model's own distribution keeps the policy-gradient estimate on-policy.
  temperature: z.number().positive().default(1).describe('a number > 0'),
  // 1.0 and 0 (off): TRL defaults, for the same reason as temperature.
  top_p: z.number().gt(0).max(1).default(1).describe('a number in (0, 1]'),
  top_k: z.number().int().min(0).default(0).describe('an integer >= 0 (0 = off)'),
  // 1.0: TRL default (off).
  repetition_penalty: z.number().positive().default(1).describe('a number > 0'),
  // 0.04: the GRPO paper's KL coefficient (TRL now defaults to 0); a medical adapter should stay close to its SFT model.
  beta: z.number().min(0).default(0.04).describe('a number >= 0 (0 = no KL penalty)'),
  // 1: TRL default (μ in the paper): one optimizer step per batch of completions.
  num_iterations: z.number().int().positive().default(1).describe('an integer >= 1'),
  // 0.2: TRL default (PPO's clip range).
  epsilon: z.number().positive().lt(1).default(0.2).describe('a number in (0, 1)'),
  // Unset: same as epsilon (TRL); DAPO recommends 0.28.
  epsilon_high: z.number().positive().optional().describe('a number > 0'),
  // dapo: TRL default; normalising by the tokens of the whole step removes the length bias of 'grpo'.
  loss_type: GrpoLossType.default('dapo').describe(`one of ${GrpoLossType.options.join(', ')}`),
  // group: TRL default (divide by the group's standard deviation).
  scale_rewards: z.union([z.enum(['group', 'batch', 'none']), z.boolean()]).default('group').describe('group, batch, none, true or false'),
  // Unset: every reward function weighs 1.0 (TRL).
  reward_weights: z.array(z.number()).min(1).optional().describe('a list of numbers, one per reward function'),
  // Unset: `medtune train` uses accuracy_reward and format_reward, the verifiable rewards of MCQ/PubMedQA records.
  reward_funcs: z.array(z.enum(GRPO_REWARD_NAMES)).min(1).optional().describe(`a list of ${GRPO_REWARD_NAMES.join(', ')}`),
  // false: TRL default; true drops completions cut at max_completion_length from the loss.
  mask_truncated_completions: z.boolean().default(false).describe('true or false'),
};

/**
 * The GRPO options alone (strict, defaults applied).
 *
 * @example
 * GrpoConfigSchema.parse({ num_generations: 1 }); // throws: num_generations must be >= 2
 */
export const GrpoConfigSchema = z.object(GRPO_KEYS).strict();
/** Parsed GRPO options. @example const g: GrpoConfig = GrpoConfigSchema.parse({}); */
export type GrpoConfig = z.infer<typeof GrpoConfigSchema>;
/** GRPO options as written (defaults optional). @example const g: GrpoConfigInput = { beta: 0 }; */
export type GrpoConfigInput = z.input<typeof GrpoConfigSchema>;

/**
 * TRL's two-sided clip range: `[1 - epsilon, 1 + (epsilon_high ?? epsilon)]`.
 *
 * @example
 * clipRange(GrpoConfigSchema.parse({ epsilon_high: 0.28 })); // { low: 0.2, high: 0.28 }
 */
export function clipRange(g: Pick<GrpoConfig, 'epsilon' | 'epsilon_high'>): { low: number; high: number } {
  return { low: g.epsilon, high: g.epsilon_high ?? g.epsilon };
}

/**
 * `scale_rewards` as one of TRL's three modes (`true` = group, `false` = none).
 *
 * @example
 * scaleMode(false); // 'none'
 */
export function scaleMode(v: GrpoConfig['scale_rewards']): 'group' | 'batch' | 'none' {
  return v === true ? 'group' : v === false ? 'none' : v;
}
