/**
 * `medtune generate`: stream a completion of a prompt (or of a one-turn chat) to stdout.
 * Settings merge library defaults < the checkpoint's generation_config.json < these flags;
 * the outcome (finish reason, token count, seed) goes to stderr.
 *
 * @example
 * ./bin/medtune generate --model data/models/medtune-tiny --prompt "Chest X-ray:" --max-new-tokens 40 --temperature 0.8 --seed 1
 */
import { parseArgs } from 'node:util';
import { generate } from '../model/generate.js';
import type { GenerationOptions } from '../model/generation-config.js';
import type { ChatMessage } from '../model/types.js';
import { loadModelForCli, TEMPLATE_HELP } from './load-model.js';

const HELP = `usage: medtune generate --model <dir|org/name> --prompt "..." [options]

Stream a completion to stdout.

options:
  --model <dir>               checkpoint folder (or a hub id already in the local cache)
  --prompt <text>             the prompt (with --chat: the user message)
  --chat                      format the prompt as a user turn with the chat template
  --system <text>             with --chat: a system message before the user turn
  --template <name>           ${TEMPLATE_HELP}
  --max-new-tokens <n>        tokens to generate at most
  --min-new-tokens <n>        suppress EOS until n tokens were generated
  --temperature <t>           sampling temperature (> 0)
  --top-k <k>                 keep the k most likely tokens (0 = off)
  --top-p <p>                 nucleus sampling threshold in (0, 1]
  --repetition-penalty <r>    penalise tokens already present (1 = off)
  --seed <n>                  seed of the sampler (same seed = same output)
  --stop <s>                  stop when this text appears (repeatable); it is not printed
  --sample | --greedy         force sampling or greedy decoding; by default any of
                              --temperature/--top-k/--top-p/--seed turns sampling on,
                              otherwise the checkpoint's generation_config.json decides
  --adapter <dir>             apply a PEFT LoRA adapter folder
  --quantize <kind>           quantize decoder projections while loading: nf4 | int8
  -h, --help                  show this help`;

function num(flag: string, v: string | undefined, integer: boolean): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || (integer && !Number.isInteger(x))) {
    throw new Error(`--${flag}: found ${JSON.stringify(v)}; expected ${integer ? 'an integer' : 'a number'}`);
  }
  return x;
}

/** Run `medtune generate`. @example await run(['--model', dir, '--prompt', 'Fever', '--max-new-tokens', '10']); */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      model: { type: 'string' },
      prompt: { type: 'string' },
      chat: { type: 'boolean', default: false },
      system: { type: 'string' },
      template: { type: 'string' },
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
      adapter: { type: 'string' },
      quantize: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.model || values.prompt === undefined) {
    console.error('medtune generate: --model and --prompt are required\n\n' + HELP);
    return 2;
  }
  if (values.sample && values.greedy) {
    console.error('medtune generate: --sample and --greedy exclude each other');
    return 2;
  }
  if (values.system !== undefined && !values.chat) {
    console.error('medtune generate: --system needs --chat');
    return 2;
  }
  const opts: GenerationOptions = {
    maxNewTokens: num('max-new-tokens', values['max-new-tokens'], true),
    minNewTokens: num('min-new-tokens', values['min-new-tokens'], true),
    temperature: num('temperature', values.temperature, false),
    topK: num('top-k', values['top-k'], true),
    topP: num('top-p', values['top-p'], false),
    repetitionPenalty: num('repetition-penalty', values['repetition-penalty'], false),
    seed: num('seed', values.seed, true),
    stopStrings: values.stop,
  };
  const samplingFlag = ['temperature', 'top-k', 'top-p', 'seed'].some((k) => values[k as keyof typeof values] !== undefined);
  if (values.sample || (samplingFlag && !values.greedy)) opts.doSample = true;
  if (values.greedy) opts.doSample = false;
  for (const k of Object.keys(opts) as (keyof GenerationOptions)[]) if (opts[k] === undefined) delete opts[k];

  const prompt: string | ChatMessage[] = values.chat
    ? [...(values.system !== undefined ? [{ role: 'system' as const, content: values.system }] : []), { role: 'user' as const, content: values.prompt }]
    : values.prompt;
  const model = await loadModelForCli(values);
  try {
    const t0 = Date.now();
    const r = await generate(model, prompt, { ...opts, onToken: (t) => process.stdout.write(t) });
    process.stdout.write('\n');
    const secs = (Date.now() - t0) / 1000;
    console.error(
      `finish: ${r.finishReason}; ${r.ids.length} new tokens after a ${r.promptIds.length}-token prompt in ${secs.toFixed(1)} s` +
        `; ${r.config.doSample ? `sampling (seed ${r.config.seed})` : 'greedy'}`,
    );
  } finally {
    model.dispose();
  }
  return 0;
}
