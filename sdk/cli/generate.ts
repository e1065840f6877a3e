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
import { GENERATION_FLAGS, GENERATION_FLAGS_HELP, generationOptionsFromFlags } from './model-flags.js';

const HELP = `usage: medtune generate --model <dir|org/name> --prompt "..." [options]

Stream a completion to stdout.

options:
  --model <dir>               checkpoint folder (or a hub id already in the local cache)
  --prompt <text>             the prompt (with --chat: the user message)
  --chat                      format the prompt as a user turn with the chat template
  --system <text>             with --chat: a system message before the user turn
  --template <name>           ${TEMPLATE_HELP}
${GENERATION_FLAGS_HELP}
  --adapter <dir>             apply a PEFT LoRA adapter folder
  --quantize <kind>           quantize decoder projections while loading: nf4 | int8
  -h, --help                  show this help`;

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
      ...GENERATION_FLAGS,
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
  if (values.system !== undefined && !values.chat) {
    console.error('medtune generate: --system needs --chat');
    return 2;
  }
  let opts: GenerationOptions;
  try {
    opts = generationOptionsFromFlags(values);
  } catch (e) {
    console.error(`medtune generate: ${(e as Error).message}`);
    return 2;
  }

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
