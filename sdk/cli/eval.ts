/**
 * `medtune eval`: evaluate a checkpoint (optionally with a LoRA adapter) on a JSONL split.
 * Headline metrics go to stdout (a table, or JSON with --json); progress goes to stderr.
 * `--out` saves the full result (with per-item outputs) for `--compare` / review exports;
 * `--compare base.json --report out.html` writes the base-vs-this HTML report.
 *
 * @example
 * ./bin/medtune eval --model data/models/medtune-tiny --data test.jsonl --suite perplexity,mcq --limit 20 --json
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DataRecord } from '../data/records.js';
import { loadSavedRecords } from '../data/saved.js';
import { evaluate, parseSuites, SUITES, withoutItems, type EvalResult, type EvaluateOptionsInput } from '../eval/evaluate.js';
import { headlineMetrics } from '../eval/headline.js';
import { writeCompareReport } from '../eval/report.js';
import { textModelFromCausalLM } from '../model/text-model.js';
import { assertWritable, writeJsonAtomic } from '../runtime/fs.js';
import { guardedModel } from '../safety/guarded-generate.js';
import { FallbackTemplateName } from '../model/chat-templates.js';
import type { CausalLM } from '../model/types.js';
import { CANARY_FILE, type Canary, type CanaryFile } from '../train/canaries.js';
import { loadModelForCli, TEMPLATE_HELP } from './load-model.js';

const HELP = `usage: medtune eval --model <dir> --data <jsonl> [options]

Evaluate a model on perplexity, multiple-choice QA, PubMedQA, summaries, the red-team suite and
memorization (does the model give back training identifiers: an identifier check on outputs for
--data prompts, and canary exposure / extraction for adapters trained with canaries).

options:
  --model <dir>            checkpoint folder (required)
  --adapter <dir>          LoRA adapter folder (PEFT format) applied on top of --model
  --template <name>        ${TEMPLATE_HELP}
  --data <jsonl>           records to evaluate (required unless --suite is only redteam)
  --suite <list>           comma-separated: ${SUITES.join(',')} (default: all)
  --limit <n>              at most n items per suite
  --mcq-method <m>         loglik | generate | both (default both; also used for pubmedqa)
  --max-tokens <n>         perplexity: tokens per record (default 256)
  --redteam <jsonl>        red-team prompts (default data/redteam.jsonl)
  --guardrails             red team: answer through the default guardrails
  --canaries <json>        memorization: canaries planted at training (default <adapter>/canaries.json)
  --plant <counts>         memorization: plant canaries (e.g. 1,4,16 copies) in a copy of --data,
                           train a LoRA adapter on it, then measure exposure and extraction
  --train-config <yaml>    with --plant: training keys as for medtune train (default: defaults)
  --plant-out <dir>        with --plant: where the canary adapter goes (default out/memorization)
  --candidates <n>         memorization: random secrets each canary is ranked among (default 1000)
  --bootstrap <n>          bootstrap resamples for confidence intervals (default 1000)
  --seed <n>               bootstrap seed (default 0)
  --out <json>             save the full result (with per-item outputs)
  --compare <json>         a saved base result; with --report writes base vs this model
  --report <html>          HTML comparison report path (needs --compare)
  --force                  overwrite --out / --report if they exist
  --json                   print the result (without per-item texts) as JSON
  -h, --help               this help`;

function int(flag: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${flag}: found ${JSON.stringify(v)}; expected an integer >= ${min}`);
  return n;
}

function readResult(path: string): EvalResult {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`--compare ${path}: cannot read a JSON evaluation result (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const r = v as Partial<EvalResult>;
  if (typeof r?.model !== 'string' || typeof r.suites !== 'object' || !Array.isArray(r.skipped) || typeof r.options !== 'object') {
    throw new Error(`--compare ${path}: not an evaluation result (expected the JSON written by 'medtune eval --out')`);
  }
  return r as EvalResult;
}

/** Canaries from a canaries.json (required when named with --canaries; optional beside an adapter). */
function readCanaries(path: string | undefined, required: boolean): Canary[] | undefined {
  if (!path || (!required && !existsSync(path))) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`--canaries ${path}: cannot read a canary file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const f = v as Partial<CanaryFile>;
  if (f?.format !== 'medtune-canaries' || !Array.isArray(f.canaries)) throw new Error(`--canaries ${path}: not a canary file (expected the canaries.json written by training with canaries)`);
  return f.canaries;
}

/** With --plant: plant canaries in a copy of --data and train the adapter to audit (model, canaries, name). */
async function memorizationInputs(
  values: { model?: string; plant?: string; 'train-config'?: string; 'plant-out'?: string; force?: boolean },
  records: DataRecord[],
  template: FallbackTemplateName | undefined,
): Promise<{ model: CausalLM; canaries: Canary[]; name: string } | undefined> {
  if (!values.plant) return undefined;
  const repeats = values.plant.split(',').map((x) => x.trim());
  if (repeats.some((x) => !/^[1-9]\d*$/.test(x))) throw new Error(`--plant: found ${JSON.stringify(values.plant)}; expected copies per canary group, e.g. 1,4,16`);
  let trainConfig: Record<string, unknown> | undefined;
  if (values['train-config']) {
    const { parse } = await import('yaml');
    const raw = parse(readFileSync(values['train-config'], 'utf8')) as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`--train-config ${values['train-config']}: expected a mapping of training keys`);
    trainConfig = raw as Record<string, unknown>;
  }
  const { plantAndTrain } = await import('../eval/memorization-audit.js');
  const out = values['plant-out'] ?? 'out/memorization';
  const r = await plantAndTrain(records, { model: values.model!, template, repeats: repeats.map(Number), trainConfig, outputDir: out, overwrite: values.force, progress: true });
  console.error(`eval: trained the canary adapter in ${out} (${r.canaries.length} canaries; secrets stay in ${join(out, CANARY_FILE)})`);
  return { model: r.model, canaries: r.canaries, name: `${basename(values.model!)} + canary adapter` };
}

/** Run `medtune eval`; resolves to the exit code. @example await run(['--help']); */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      model: { type: 'string' }, adapter: { type: 'string' }, template: { type: 'string' }, data: { type: 'string' }, suite: { type: 'string' },
      limit: { type: 'string' }, 'mcq-method': { type: 'string' }, 'max-tokens': { type: 'string' }, redteam: { type: 'string' },
      guardrails: { type: 'boolean' }, bootstrap: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' },
      compare: { type: 'string' }, report: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' },
      canaries: { type: 'string' }, plant: { type: 'string' }, 'train-config': { type: 'string' }, 'plant-out': { type: 'string' }, candidates: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.model) throw new Error('--model <dir> is required (see --help)');
  if (!existsSync(values.model)) throw new Error(`--model ${values.model}: folder not found`);
  const suites = parseSuites(values.suite ?? SUITES.join(','));
  // Memorization can run on canaries alone; every other suite but the red team reads --data.
  const needsData = suites.some((s) => s !== 'redteam' && s !== 'memorization') || values.plant !== undefined;
  if (needsData && !values.data) throw new Error(`--data <jsonl> is required for suite(s) ${suites.filter((s) => s !== 'redteam').join(', ')}`);
  if ((values.plant || values.canaries) && !suites.includes('memorization')) throw new Error('--plant / --canaries need --suite memorization');
  if (values.plant && (values.adapter || values.canaries)) throw new Error('--plant trains its own canary adapter; do not combine it with --adapter or --canaries');
  if (values.report && !values.compare) throw new Error('--report needs --compare <base result json>');
  if (values.compare && !values.report) throw new Error('--compare needs --report <html path>');
  const method = values['mcq-method'] ?? 'both';
  if (!['loglik', 'generate', 'both'].includes(method)) throw new Error(`--mcq-method: found ${JSON.stringify(method)}; expected loglik, generate or both`);
  const methods = (method === 'both' ? ['loglik', 'generate'] : [method]) as ('loglik' | 'generate')[];
  // Fail before the expensive work if outputs exist.
  if (values.out) assertWritable(values.out, { overwrite: values.force });
  if (values.report) assertWritable(values.report, { overwrite: values.force });
  const base = values.compare ? readResult(values.compare) : undefined;
  const records: DataRecord[] = values.data ? await loadSavedRecords(values.data) : [];

  const options: EvaluateOptionsInput = {
    limit: int('limit', values.limit, 1),
    perplexityMaxTokens: int('max-tokens', values['max-tokens'], 2),
    mcqMethods: methods,
    pubmedqaMethods: methods,
    bootstrap: { samples: int('bootstrap', values.bootstrap, 10), seed: int('seed', values.seed, 0) },
    redteamPath: values.redteam,
    memorizationCandidates: int('candidates', values.candidates, 1),
  };
  if (values.adapter && !existsSync(values.adapter)) throw new Error(`--adapter ${values.adapter}: folder not found`);
  const parsedTemplate = FallbackTemplateName.safeParse(values.template);
  if (values.template !== undefined && !parsedTemplate.success) {
    throw new Error(`--template: found ${JSON.stringify(values.template)}; expected one of ${FallbackTemplateName.options.join(', ')}`);
  }
  const template = parsedTemplate.success ? parsedTemplate.data : undefined;
  const memo = suites.includes('memorization') ? await memorizationInputs(values, records, template) : undefined;
  const model: CausalLM = memo?.model ?? (await loadModelForCli({ model: values.model, template: values.template, adapter: values.adapter }));
  try {
    const name = memo?.name ?? (values.adapter ? `${basename(values.model)} + ${basename(values.adapter)}` : basename(values.model));
    const canaries = memo?.canaries ?? readCanaries(values.canaries ?? (values.adapter ? join(values.adapter, CANARY_FILE) : undefined), values.canaries !== undefined);
    let last = '';
    const tm = textModelFromCausalLM(model, { name });
    const result = await evaluate(tm, records, suites, {
      ...options,
      redteamModel: values.guardrails ? guardedModel(tm) : undefined,
      canaries,
      causalLM: model,
      onProgress: (p) => {
        const line = `eval: ${p.suite} ${p.done}/${p.total}`;
        if (line !== last && (p.done === p.total || p.done % 5 === 0)) console.error(line);
        last = line;
      },
    });
    for (const s of result.skipped) console.error(`eval: skipped ${s.suite}: ${s.reason}`);
    for (const l of result.limited) console.error(`eval: ${l.suite}: --limit used ${l.used} of ${l.available} items`);
    if (values.out) {
      await writeJsonAtomic(values.out, result, { overwrite: values.force });
      console.error(`eval: wrote ${values.out}`);
    }
    if (base && values.report) {
      await writeCompareReport(values.report, base, result, { overwrite: values.force });
      console.error(`eval: wrote ${values.report}`);
    }
    if (values.json) {
      console.log(JSON.stringify({ ...withoutItems(result), headline: headlineMetrics(result) }, null, 2));
    } else {
      console.log(`model: ${result.model}`);
      for (const m of headlineMetrics(result)) {
        const ci = m.low !== undefined ? `  [${m.low.toFixed(3)}, ${m.high!.toFixed(3)}]` : '';
        console.log(`${m.suite.padEnd(11)} ${m.metric.padEnd(26)} ${m.value.toFixed(4).padStart(10)}${ci}  n=${m.n}`);
      }
      const mem = result.suites.memorization;
      for (const g of mem?.canaries?.byRepeat ?? []) {
        console.log(`memorization canaries x${g.repeats}: mean exposure ${g.meanExposure.toFixed(2)} bits (ceiling ${mem!.canaries!.exposureCeiling.toFixed(2)}), extracted ${g.extractionRate.toFixed(2)} from prompt, ${g.prefixExtractionRate.toFixed(2)} with prefix  n=${g.n}`);
      }
      if (mem?.identifiers) {
        const d = mem.identifiers;
        console.log(`memorization identifier check: ${d.flagged} of ${d.prompts} outputs hold identifier-shaped text not in their prompt (${(100 * d.rate).toFixed(1)}%)`);
      }
    }
    return 0;
  } finally {
    model.dispose();
  }
}
