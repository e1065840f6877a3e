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
import { parseArgs } from 'node:util';
import { score } from '../model/score.js';
import { decodesText, tokenPiece } from '../model/tokenizer.js';
import { loadModelForCli } from './load-model.js';

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
      // Without tokenizer files there is no text to show; ids and log-probabilities need none.
      const text = decodesText(tok);
      const rows = result.ids.map((id, i) => {
        const lp = result.logprobs[i];
        const row = `${String(i).padStart(5)}  ${String(id).padStart(7)}  ${(lp === null ? '-' : lp.toFixed(4)).padStart(10)}`;
        if (!text) return row;
        return `${row}  ${id < tok.vocabSize ? JSON.stringify(tokenPiece(tok, id)) : '(outside tokenizer vocabulary)'}`;
      });
      console.log(`${'index'.padStart(5)}  ${'id'.padStart(7)}  ${'logprob'.padStart(10)}${text ? '  token' : ''}`);
      console.log(rows.join('\n'));
      console.log(`perplexity: ${result.perplexity.toFixed(4)} over ${result.ids.length - 1} predicted tokens`);
    }
  } finally {
    model.dispose();
  }
  return 0;
}
