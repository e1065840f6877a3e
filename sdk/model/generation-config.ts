/**
 * Generation settings: one strict schema, merged in layers
 * library defaults < checkpoint `generation_config.json` < user options.
 *
 * @example
 * const cfg = resolveGenerationConfig(model, { maxNewTokens: 32, doSample: true, seed: 7 });
 * cfg.topK; // 50 unless the checkpoint or the user says otherwise
 */
import { z } from 'zod';
import type { CausalLM, GenerationDefaults } from './types.js';

/**
 * User-facing generation options (all optional; unknown keys are rejected naming the key).
 *
 * @example
 * GenerationOptionsSchema.parse({ temperature: 0.7, topP: 0.9, doSample: true });
 */
export const GenerationOptionsSchema = z.strictObject({
  /** Tokens to generate at most (the prompt is not counted). */
  maxNewTokens: z.number().int().nonnegative().optional(),
  /** EOS is suppressed until this many tokens were generated. */
  minNewTokens: z.number().int().nonnegative().optional(),
  /** Sample from the (processed) distribution; false = greedy argmax. */
  doSample: z.boolean().optional(),
  /** Divides logits before sampling; only used when sampling. Use doSample:false for greedy. */
  temperature: z.number().positive().optional(),
  /** Keep the k most likely tokens (0 = off); only used when sampling. */
  topK: z.number().int().nonnegative().optional(),
  /** Keep the smallest set of tokens with cumulative probability >= topP (1 = off); only used when sampling. */
  topP: z.number().gt(0).max(1).optional(),
  /** HF repetition penalty on every token already in the sequence (1 = off). */
  repetitionPenalty: z.number().positive().optional(),
  /** Stop when the generated text contains one of these; the stop string is trimmed from the text. */
  stopStrings: z.array(z.string().min(1)).optional(),
  /** Token ids that end generation (default: checkpoint generation_config, then tokenizer EOS). */
  eosTokenIds: z.array(z.number().int().nonnegative()).optional(),
  /** Seed of the sampling PRNG; same seed, same model, same options = same text. */
  seed: z.number().int().optional(),
});
/** @example const o: GenerationOptions = { doSample: true, topP: 0.9, seed: 1 }; */
export type GenerationOptions = z.infer<typeof GenerationOptionsSchema>;

/** Fully resolved settings (every field set). @example resolveGenerationConfig(model, {}).maxNewTokens; // 64 unless generation_config.json sets max_new_tokens */
export interface GenerationConfig {
  maxNewTokens: number;
  minNewTokens: number;
  doSample: boolean;
  temperature: number;
  topK: number;
  topP: number;
  repetitionPenalty: number;
  stopStrings: string[];
  eosTokenIds: number[];
  /** Undefined only when not sampling (greedy needs no randomness). */
  seed: number | undefined;
}

/**
 * Library defaults (the lowest layer).
 *
 * @example
 * LIBRARY_DEFAULTS.doSample; // false
 */
export const LIBRARY_DEFAULTS: Readonly<Omit<GenerationConfig, 'eosTokenIds' | 'seed'>> = {
  // Short enough for 2-core CPU runs; HF's own default (max_length 20) counts the prompt too.
  maxNewTokens: 64,
  // No minimum: EOS may end generation at any step.
  minNewTokens: 0,
  // Greedy by default (HF default), so results are reproducible without a seed.
  doSample: false,
  // HF defaults: temperature 1, top_k 50, top_p 1, repetition_penalty 1.
  temperature: 1,
  topK: 50,
  topP: 1,
  repetitionPenalty: 1,
  stopStrings: [],
};

function toIds(v: number | number[] | null | undefined): number[] | undefined {
  if (v == null) return undefined;
  return Array.isArray(v) ? v : [v];
}

/**
 * Map a checkpoint's generation_config.json (snake_case HF keys) to our option names.
 * `temperature: 0` in a checkpoint (seen in the wild) means greedy, so it turns sampling off.
 *
 * @example
 * fromCheckpointDefaults({ do_sample: true, top_p: 0.9 }); // { doSample: true, topP: 0.9 }
 */
export function fromCheckpointDefaults(d: GenerationDefaults): GenerationOptions {
  const out: GenerationOptions = {};
  if (d.max_new_tokens !== undefined) out.maxNewTokens = d.max_new_tokens;
  if (d.do_sample !== undefined) out.doSample = d.do_sample;
  if (d.temperature !== undefined) {
    if (d.temperature === 0) out.doSample = false;
    else out.temperature = d.temperature;
  }
  if (d.top_k !== undefined) out.topK = d.top_k;
  if (d.top_p !== undefined && d.top_p > 0) out.topP = d.top_p;
  if (d.repetition_penalty !== undefined) out.repetitionPenalty = d.repetition_penalty;
  const eos = toIds(d.eos_token_id);
  if (eos) out.eosTokenIds = eos;
  return out;
}

/**
 * Validate user options (once, at the boundary) and merge the layers.
 * EOS ids: the user's, else checkpoint generation_config and tokenizer (with a named template's stop tokens). When sampling without a seed, a
 * random seed is drawn and returned in the config, so the run can be repeated.
 *
 * @example
 * resolveGenerationConfig(model, { doSample: true }).seed; // e.g. 2840112377
 */
export function resolveGenerationConfig(
  model: Pick<CausalLM, 'generationDefaults' | 'tokenizer'>,
  user: unknown = {},
): GenerationConfig {
  const parsed = GenerationOptionsSchema.safeParse(user ?? {});
  if (!parsed.success) {
    const msg = parsed.error.issues
      .map((i) => {
        const at = i.path.length ? i.path.join('.') : '(root)';
        let value: unknown = user;
        for (const k of i.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey];
        const found = i.path.length && value !== undefined ? ` (found ${JSON.stringify(value)})` : '';
        const hint = i.path[0] === 'temperature' ? '; for greedy decoding use doSample: false' : '';
        return `${at}: ${i.message}${found}${hint}`;
      })
      .join('; ');
    throw new Error(`generation options: ${msg}`);
  }
  const checkpoint = fromCheckpointDefaults(model.generationDefaults ?? {});
  const merged = { ...LIBRARY_DEFAULTS, ...checkpoint, ...parsed.data };
  // A named chat template's stop tokens end generation too (LLaMA-Factory get_stop_token_ids),
  // unless the caller lists EOS ids explicitly; its multi-token stop words become stop strings.
  const eosTokenIds = parsed.data.eosTokenIds ?? [...(checkpoint.eosTokenIds ?? []), ...model.tokenizer.eosTokenIds];
  merged.stopStrings = [...new Set([...merged.stopStrings, ...(model.tokenizer.stopStrings ?? [])])];
  const seed = merged.doSample ? (merged.seed ?? Math.floor(Math.random() * 2 ** 32)) : merged.seed;
  if (merged.minNewTokens > merged.maxNewTokens) {
    throw new Error(`generation options: minNewTokens (${merged.minNewTokens}) exceeds maxNewTokens (${merged.maxNewTokens})`);
  }
  return { ...merged, eosTokenIds: [...new Set(eosTokenIds)], seed };
}
