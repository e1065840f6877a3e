/**
 * `medtune score`: per-token log-probabilities and perplexity of a text or an id sequence.
 *
 * With `--json`, stdout is exactly one JSON object `{"ids": [...], "logprobs": [null, ...],
 * "perplexity": n}`, where `logprobs[i] = log p(ids[i] | ids[0..i-1])`. `--ids` are scored as
 * given (no BOS added); `--text` gets BOS as the tokenizer config says.
 *
 * @example
 * ./bin/medtune score --model data/models/medtune-tiny --text "The patient denies chest pain." --json
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseModelConfig } from '../model/config.js';
import { loadModel, type LoadedModel } from '../model/loader.js';
import { score } from '../model/score.js';
import { FallbackTemplateName } from '../model/chat-templates.js';
import { idsOnlyTokenizer, tokenPiece } from '../model/tokenizer.js';
import type { LoadOptions } from '../model/types.js';
import { initBackend } from '../runtime/backend.js';

const HELP = `usage: medtune score --model <dir|org/name> (--ids 1,2,3 | --text "...") [options]

Per-token log-probabilities and perplexity.

options:
  --model <dir>        checkpoint folder (or a hub id already in the local cache)
  --ids <1,2,3>        token ids, comma-separated; scored as given (no BOS added)
  --text <string>      text; BOS added as the tokenizer config says
  --adapter <dir>      apply a PEFT LoRA adapter folder before scoring
  --quantize <kind>    quantize decoder projections while loading: nf4 | int8
  --json               print one JSON object {"ids", "logprobs", "perplexity"}
  -h, --help           show this help`;

/** Model-loading flags shared by `score` and `generate`. @example const f: ModelFlags = { model: 'data/models/medtune-tiny', quantize: 'nf4' }; */
export interface ModelFlags {
  model?: string;
  adapter?: string;
  quantize?: string;
  template?: string;
}

/**
 * Load the model a CLI command names, with its adapter and quantization; backend and load
 * figures go to stderr so stdout stays machine-readable.
 *
 * @example
 * const model = await loadModelForCli({ model: 'data/models/medtune-tiny' });
 */
export async function loadModelForCli(flags: ModelFlags): Promise<LoadedModel> {
  if (!flags.model) throw new Error('--model <dir> is required');
  const options: LoadOptions = {};
  if (flags.quantize !== undefined) {
    if (flags.quantize !== 'nf4' && flags.quantize !== 'int8') {
      throw new Error(`--quantize: found ${JSON.stringify(flags.quantize)}; expected nf4 or int8`);
    }
    options.quantize = flags.quantize;
  }
  if (flags.template !== undefined) {
    const t = FallbackTemplateName.safeParse(flags.template);
    if (!t.success) {
      throw new Error(`--template: found ${JSON.stringify(flags.template)}; expected one of ${FallbackTemplateName.options.join(', ')}`);
    }
    options.template = t.data;
  }
  const dir = flags.model;
  if (existsSync(path.join(dir, 'config.json')) && !existsSync(path.join(dir, 'tokenizer.json'))) {
    // A checkpoint without tokenizer files can still score and generate token ids.
    const file = path.join(dir, 'config.json');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
    }
    const cfg = parseModelConfig(raw, file);
    const first = (v: number | number[] | null | undefined) => (Array.isArray(v) ? v[0] : (v ?? undefined));
    const eos = cfg.eos_token_id == null ? [] : ([] as number[]).concat(cfg.eos_token_id);
    options.tokenizer = idsOnlyTokenizer(dir, { vocabSize: cfg.vocab_size, bosTokenId: first(cfg.bos_token_id), eosTokenIds: eos });
    console.error(`${dir}: no tokenizer.json; token ids only`);
  }
  const backend = await initBackend();
  const model = await loadModel(flags.model, options);
  const r = model.loadReport;
  console.error(
    `backend: ${backend.name}; loaded ${model.config.model_type} (${r.parameters.toLocaleString('en-US')} parameters` +
      `${r.quantized ? `, ${r.quantized} projections ${flags.quantize}` : ''}) in ${r.seconds.toFixed(1)} s`,
  );
  if (flags.adapter !== undefined) {
    try {
      const { loadAdapter } = await import('../train/peft.js');
      const lora = await loadAdapter(model, flags.adapter);
      console.error(`adapter: ${flags.adapter} (${lora.variables().length / 2} LoRA projections)`);
    } catch (e) {
      model.dispose();
      throw e;
    }
  }
  return model;
}

/**
 * Parse `--ids` ("1,2,3").
 *
 * @example
 * parseIds('1, 2,3'); // [1, 2, 3]
 */
export function parseIds(s: string): number[] {
  const parts = s.split(',').map((x) => x.trim());
  return parts.map((p, i) => {
    if (!/^\d+$/.test(p)) throw new Error(`--ids: item ${i} is ${JSON.stringify(p)}; expected a non-negative integer`);
    return Number(p);
  });
}

/** Run `medtune score`. @example await run(['--model', dir, '--ids', '1,2,3', '--json']); */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      model: { type: 'string' },
      ids: { type: 'string' },
      text: { type: 'string' },
      adapter: { type: 'string' },
      quantize: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if ((values.ids === undefined) === (values.text === undefined)) {
    console.error('medtune score: give exactly one of --ids or --text\n\n' + HELP);
    return 2;
  }
  if (!values.model) {
    console.error('medtune score: --model <dir> is required\n\n' + HELP);
    return 2;
  }
  const input = values.ids !== undefined ? parseIds(values.ids) : (values.text as string);
  const model = await loadModelForCli(values);
  try {
    const result = await score(model, input);
    if (values.json) {
      console.log(JSON.stringify({ ids: result.ids, logprobs: result.logprobs, perplexity: result.perplexity }));
    } else {
      const tok = model.tokenizer;
      const rows = result.ids.map((id, i) => {
        const lp = result.logprobs[i];
        const piece = id < tok.vocabSize ? JSON.stringify(tokenPiece(tok, id)) : '(outside tokenizer vocabulary)';
        return `${String(i).padStart(5)}  ${String(id).padStart(7)}  ${(lp === null ? '-' : lp.toFixed(4)).padStart(10)}  ${piece}`;
      });
      console.log(`${'index'.padStart(5)}  ${'id'.padStart(7)}  ${'logprob'.padStart(10)}  token`);
      console.log(rows.join('\n'));
      console.log(`perplexity: ${result.perplexity.toFixed(4)} over ${result.ids.length - 1} predicted tokens`);
    }
  } finally {
    model.dispose();
  }
  return 0;
}
