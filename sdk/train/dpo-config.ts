/**
 * DPO options with LLaMA-Factory's names (`pref_beta`, `pref_loss`, `pref_ftx`,
 * `dpo_label_smoothing`), one strict schema. `config.ts` composes these keys into the training
 * YAML for `stage: dpo`; `.lora().dpo()` validates through the same schema.
 *
 * TRL spells the first two `beta` and `loss_type`; they are not accepted here because in the
 * same YAML `beta` and `loss_type` are GRPO keys with another meaning. The error for them points
 * to `pref_beta` / `pref_loss`.
 *
 * @example
 * DpoConfigSchema.parse({ pref_loss: 'ipo', pref_beta: 0.5 }).pref_ftx; // 0
 */
import { z } from 'zod';

/** Preference losses implemented (LLaMA-Factory `pref_loss` values that need a reference model). @example DpoLossType.parse('ipo'); */
export const DpoLossType = z.enum(['sigmoid', 'hinge', 'ipo']);
/** One preference loss. @example const l: DpoLossType = 'sigmoid'; */
export type DpoLossType = z.infer<typeof DpoLossType>;

/** The DPO keys, as a shape so `config.ts` can compose them. @example Object.keys(DPO_KEYS); // ['pref_beta', ...] */
export const DPO_KEYS = {
  // 0.1: LLaMA-Factory and TRL default; the DPO paper's value.
  pref_beta: z.number().positive().default(0.1).describe('a number > 0'),
  // sigmoid: the DPO paper's loss (LLaMA-Factory default). orpo/simpo/kto_pair need no reference model and are not implemented.
  pref_loss: DpoLossType.default('sigmoid').describe(`one of ${DpoLossType.options.join(', ')}`),
  // 0: LLaMA-Factory default (no SFT term); > 0 adds pref_ftx x the chosen answer's mean token NLL.
  pref_ftx: z.number().min(0).default(0).describe('a number >= 0'),
  // 0: no label noise assumed (cDPO); only the sigmoid loss uses it, as in LLaMA-Factory.
  dpo_label_smoothing: z.number().min(0).lt(0.5).default(0).describe('a number in [0, 0.5)'),
};

/**
 * The DPO options alone (strict, defaults applied). `dpo_label_smoothing` with another loss is refused, as in LLaMA-Factory.
 *
 * @example
 * DpoConfigSchema.parse({ pref_loss: 'kto_pair' }); // throws: expected one of sigmoid, hinge, ipo
 */
export const DpoConfigSchema = z
  .object(DPO_KEYS)
  .strict()
  .refine((c) => c.pref_loss === 'sigmoid' || c.dpo_label_smoothing === 0, {
    message: 'dpo_label_smoothing is only used by pref_loss: sigmoid',
    path: ['dpo_label_smoothing'],
  });
/** Parsed DPO options. @example const d: DpoConfig = DpoConfigSchema.parse({}); */
export type DpoConfig = z.infer<typeof DpoConfigSchema>;
/** DPO options as written. @example const d: DpoConfigInput = { pref_beta: 0.2 }; */
export type DpoConfigInput = z.input<typeof DpoConfigSchema>;

/** TRL names that LLaMA-Factory users might bring, and the key to use instead. @example TRL_DPO_ALIASES.beta; // 'pref_beta' */
export const TRL_DPO_ALIASES: Readonly<Record<string, string>> = { beta: 'pref_beta', loss_type: 'pref_loss', label_smoothing: 'dpo_label_smoothing' };
