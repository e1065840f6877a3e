/**
 * Flags shared by the commands that load and run a model: the model flags of `medtune chat` and
 * `medtune serve`, and the sampling and length flags of `medtune generate` and `medtune chat`
 * (their `parseArgs` options, help lines, and conversions).
 *
 * @example
 * const { values } = parseArgs({ args, options: { ...MODEL_FLAGS, ...GENERATION_FLAGS } });
 * const opts = generationOptionsFromFlags(values);
 */
import type { GenerationOptions } from '../model/generation-config.js';

/** parseArgs options of the model flags. @example parseArgs({ args, options: MODEL_FLAGS }); */
export const MODEL_FLAGS = {
  model: { type: 'string' },
  adapter: { type: 'string' },
  template: { type: 'string' },
  quantize: { type: 'string' },
} as const;

/** Help lines of the model flags (for commands that fall back to chatml). @example console.log(MODEL_FLAGS_HELP); */
export const MODEL_FLAGS_HELP = `  --model <dir>               checkpoint folder (or a hub id already in the local cache)
  --adapter <dir>             PEFT LoRA adapter folder
  --template <name>           chat template: chatml | alpaca | llama2 (default: the checkpoint's;
                              chatml with a notice when it has none)
  --quantize <kind>           quantize decoder projections while loading: nf4 | int8`;

/** parseArgs options of the generation flags. @example parseArgs({ args, options: GENERATION_FLAGS }); */
export const GENERATION_FLAGS = {
  'max-new-tokens': { type: 'string' },
  'min-new-tokens': { type: 'string' },
  temperature: { type: 'string' },
  'top-k': { type: 'string' },
  'top-p': { type: 'string' },
  'repetition-penalty': { type: 'string' },
  seed: { type: 'string' },
  stop: { type: 'string', multiple: true },
  sample: { type: 'boolean', default: false },
  greedy: { type: 'boolean', default: false },
} as const;

/** Help lines of the generation flags. @example console.log(`options:\n${GENERATION_FLAGS_HELP}`); */
export const GENERATION_FLAGS_HELP = `  --max-new-tokens <n>        tokens to generate at most
  --min-new-tokens <n>        suppress EOS until n tokens were generated
  --temperature <t>           sampling temperature (> 0)
  --top-k <k>                 keep the k most likely tokens (0 = off)
  --top-p <p>                 nucleus sampling threshold in (0, 1]
  --repetition-penalty <r>    penalise tokens already present (1 = off)
  --seed <n>                  seed of the sampler (same seed = same output)
  --stop <s>                  stop when this text appears (repeatable); it is not printed
  --sample | --greedy         force sampling or greedy decoding; by default any of
                              --temperature/--top-k/--top-p/--seed turns sampling on,
                              otherwise the checkpoint's generation_config.json decides`;

/** Values of the generation flags as parseArgs returns them. */
export interface GenerationFlagValues {
  'max-new-tokens'?: string;
  'min-new-tokens'?: string;
  temperature?: string;
  'top-k'?: string;
  'top-p'?: string;
  'repetition-penalty'?: string;
  seed?: string;
  stop?: string[];
  sample?: boolean;
  greedy?: boolean;
}

/**
 * A numeric flag value, or an error naming the flag.
 *
 * @example
 * numberFlag('seed', '7', true); // 7
 */
export function numberFlag(flag: string, v: string | undefined, integer: boolean): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || (integer && !Number.isInteger(x))) {
    throw new Error(`--${flag}: found ${JSON.stringify(v)}; expected ${integer ? 'an integer' : 'a number'}`);
  }
  return x;
}

/**
 * Generation options from the flags (unset flags are left out, so lower layers decide).
 *
 * @example
 * generationOptionsFromFlags({ temperature: '0.7' }); // { temperature: 0.7, doSample: true }
 */
export function generationOptionsFromFlags(values: GenerationFlagValues): GenerationOptions {
  if (values.sample && values.greedy) throw new Error('--sample and --greedy exclude each other');
  const opts: GenerationOptions = {
    maxNewTokens: numberFlag('max-new-tokens', values['max-new-tokens'], true),
    minNewTokens: numberFlag('min-new-tokens', values['min-new-tokens'], true),
    temperature: numberFlag('temperature', values.temperature, false),
    topK: numberFlag('top-k', values['top-k'], true),
    topP: numberFlag('top-p', values['top-p'], false),
    repetitionPenalty: numberFlag('repetition-penalty', values['repetition-penalty'], false),
    seed: numberFlag('seed', values.seed, true),
    stopStrings: values.stop,
  };
  const samplingFlag = (['temperature', 'top-k', 'top-p', 'seed'] as const).some((k) => values[k] !== undefined);
  if (values.sample || (samplingFlag && !values.greedy)) opts.doSample = true;
  if (values.greedy) opts.doSample = false;
  for (const k of Object.keys(opts) as (keyof GenerationOptions)[]) if (opts[k] === undefined) delete opts[k];
  return opts;
}
