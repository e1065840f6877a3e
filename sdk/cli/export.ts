/**
 * `medtune export`: a model ready for deployment outside medtune.
 *
 * - `--format hf`: base + LoRA adapter merged into a Hugging Face checkpoint folder;
 * - `--format gguf`: one GGUF for llama.cpp / Ollama / node-llama-cpp (adapter merged when given),
 *   with an Ollama Modelfile beside it;
 * - `--format gguf-lora`: the adapter alone as a llama.cpp LoRA GGUF, applied on top of a base GGUF.
 *
 * `--verify` loads the result in llama.cpp (node-llama-cpp) and compares next-token
 * log-probabilities, greedy continuations and tokenization with medtune; exit code 1 when they
 * do not agree within the tolerance of the output type.
 *
 * @example
 * ./bin/medtune export --model data/models/medtune-tiny --format gguf --outtype q8_0 --out out/tiny-q8_0.gguf --verify
 */
import { parseArgs } from 'node:util';
import type { ExportGgufResult } from '../model/gguf/convert.js';
import { GGUF_OUTTYPES, type GgufOuttype } from '../model/gguf/tensors.js';
import type { GgufWriteProgress } from '../model/gguf/writer.js';
import { FallbackTemplateName } from '../model/chat-templates.js';
import type { LoadedModel } from '../model/loader.js';
import type { LoraHandle } from '../train/lora.js';

const HELP = `usage: medtune export --model <dir> --out <path> [--format gguf|gguf-lora|hf] [options]

Export a model for deployment outside medtune.

formats:
  gguf        one GGUF file for llama.cpp, Ollama and node-llama-cpp; with --adapter the adapter
              is merged in. An Ollama Modelfile is written beside it (<out>.Modelfile).
  gguf-lora   the --adapter alone as a llama.cpp LoRA GGUF, loaded on top of a base GGUF
              (llama.cpp --lora, Ollama ADAPTER, node-llama-cpp lora).
  hf          base + --adapter merged into a Hugging Face checkpoint folder (float32 safetensors).

options:
  --model <dir>        base checkpoint folder with full-precision (F32/F16/BF16) weights
  --adapter <dir>      PEFT LoRA adapter folder (required for gguf-lora and hf)
  --out <path>         a .gguf file (gguf, gguf-lora) or a folder (hf)
  --format <f>         gguf | gguf-lora | hf (default gguf)
  --outtype <t>        f16 | q8_0 | f32 (default f16 for gguf, f32 for gguf-lora; not for hf)
  --template <name>    chat template to embed when the checkpoint has none: ${FallbackTemplateName.options.join(' | ')}
  --system <text>      SYSTEM prompt of the Modelfile (default: the template's own default, if any)
  --base-gguf <file>   gguf-lora: the base model's GGUF, named by the Modelfile's FROM
  --no-modelfile       do not write the Ollama Modelfile (gguf)
  --verify             run the result in llama.cpp (needs node-llama-cpp) and compare with medtune
  --force              replace existing outputs
  --json               print the result as one JSON object
  -h, --help           show this help`;

/** Clinical sentences (synthetic, no PHI) for `--verify`. */
const VERIFY_PROMPTS = ['The patient was admitted with', 'Chest X-ray shows', 'Assessment and plan:'];
const VERIFY_TEXTS = [
  'The patient denies chest pain or shortness of breath.',
  'BP 150/95 mmHg, HR 110 bpm, SpO2 93% on room air, T 38.5 °C.',
  '  indented   text\twith tabs\n\nand blank lines ',
  'Métformine 500 mg — naïve, 日本語, emoji 🚑.',
];

function progress(label: string): (p: GgufWriteProgress) => void {
  let shown = -1;
  return (p) => {
    const pct = Math.floor((10 * p.tensorsDone) / p.tensorsTotal) * 10;
    if (pct === shown) return;
    shown = pct;
    console.error(`${label}: ${p.tensorsDone}/${p.tensorsTotal} tensors, ${(p.bytesDone / 1e6).toFixed(1)} MB`);
  };
}

async function loadBase(model: string, template: FallbackTemplateName | undefined, adapter: string | undefined): Promise<{ model: LoadedModel; lora?: LoraHandle }> {
  const { initBackend } = await import('../runtime/backend.js');
  const { loadModel } = await import('../model/loader.js');
  await initBackend();
  const m = await loadModel(model, { template });
  if (adapter === undefined) return { model: m };
  try {
    const { loadAdapter } = await import('../train/peft.js');
    return { model: m, lora: await loadAdapter(m, adapter) };
  } catch (e) {
    m.dispose();
    throw e;
  }
}

/** Run `medtune export`. @example await run(['--model', 'data/models/medtune-tiny', '--out', 'out/t.gguf']); */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      model: { type: 'string' },
      adapter: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'gguf' },
      outtype: { type: 'string' },
      template: { type: 'string' },
      system: { type: 'string' },
      'base-gguf': { type: 'string' },
      'no-modelfile': { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const usage = (msg: string) => {
    console.error(`medtune export: ${msg}\n\n${HELP}`);
    return 2;
  };
  if (!values.model) return usage('--model <dir> is required');
  if (!values.out) return usage('--out <path> is required');
  const format = values.format;
  if (format !== 'gguf' && format !== 'gguf-lora' && format !== 'hf') return usage(`--format: found ${JSON.stringify(format)}; expected gguf, gguf-lora or hf`);
  if (format !== 'gguf' && values.adapter === undefined) return usage(`--format ${format} needs --adapter <dir> (the adapter to ${format === 'hf' ? 'merge' : 'export'})`);
  if (format === 'hf' && values.outtype !== undefined) return usage('--outtype applies to GGUF formats; hf checkpoints are written as float32');
  if (values.outtype !== undefined && !(GGUF_OUTTYPES as readonly string[]).includes(values.outtype)) {
    return usage(`--outtype: found ${JSON.stringify(values.outtype)}; expected ${GGUF_OUTTYPES.join(', ')}`);
  }
  let template: FallbackTemplateName | undefined;
  if (values.template !== undefined) {
    const t = FallbackTemplateName.safeParse(values.template);
    if (!t.success) return usage(`--template: found ${JSON.stringify(values.template)}; expected one of ${FallbackTemplateName.options.join(', ')}`);
    template = t.data;
  }
  if (values['base-gguf'] !== undefined && format !== 'gguf-lora') return usage('--base-gguf applies to --format gguf-lora');
  if (values.verify && format === 'hf') return usage('--verify runs GGUF files in llama.cpp; it does not apply to --format hf');
  if (values.verify && format === 'gguf-lora' && values['base-gguf'] === undefined) return usage('--verify with gguf-lora needs --base-gguf <file> to load the adapter onto');
  const outtype = (values.outtype ?? (format === 'gguf-lora' ? 'f32' : 'f16')) as GgufOuttype;
  const overwrite = values.force;

  const needsModel = format !== 'gguf' || values.adapter !== undefined || values.verify;
  const loaded = needsModel ? await loadBase(values.model, template, values.adapter) : undefined;
  try {
    let summary: Record<string, unknown>;
    let result: ExportGgufResult | undefined;
    if (format === 'hf') {
      const { exportMerged } = await import('../train/merge.js');
      const r = await exportMerged(loaded!.model, loaded!.lora!, values.out, { overwrite });
      summary = { format, out: r.dir, files: r.files, mergedLayers: r.mergedLayers, parameters: r.parameters };
    } else if (format === 'gguf-lora') {
      const { exportLoraGguf } = await import('../train/gguf-export.js');
      const r = await exportLoraGguf(loaded!.model, loaded!.lora!, values.out, { outtype, overwrite, baseGguf: values['base-gguf'], systemPrompt: values.system });
      summary = { format, ...r };
    } else {
      const opts = { outtype, overwrite, template, modelfile: !values['no-modelfile'], systemPrompt: values.system, onProgress: progress(values.out) };
      if (loaded?.lora) {
        const { exportMergedGguf } = await import('../train/gguf-export.js');
        result = await exportMergedGguf(loaded.model, loaded.lora, values.out, opts);
      } else {
        const { exportGguf } = await import('../model/gguf/convert.js');
        result = await exportGguf(values.model, values.out, opts);
      }
      summary = { format, ...result };
    }
    for (const n of (summary.notes as string[] | undefined) ?? []) console.error(`note: ${n}`);
    let ok = true;
    if (values.verify && loaded) {
      const { compareWithLlamaCpp, parityVerdict } = await import('../model/gguf/verify.js');
      const { ggufOuttype } = await import('../model/gguf/llama-cpp.js');
      const gguf = format === 'gguf-lora' ? values['base-gguf']! : values.out;
      const lora = format === 'gguf-lora' ? values.out : undefined;
      console.error(`verify: running ${gguf}${lora ? ` + ${lora}` : ''} in llama.cpp (node-llama-cpp, CPU)`);
      const parity = await compareWithLlamaCpp(loaded.model, gguf, { prompts: VERIFY_PROMPTS, texts: VERIFY_TEXTS, lora });
      // A LoRA GGUF is judged by the precision of the base it runs on.
      const verdict = parityVerdict(parity, format === 'gguf-lora' ? await ggufOuttype(gguf) : outtype);
      ok = verdict.ok;
      summary.verify = {
        maxAbsLogprobDiff: parity.maxAbsLogprobDiff,
        greedyMatches: `${parity.greedyMatches}/${parity.prompts.length}`,
        tokenizerMatches: `${VERIFY_TEXTS.length - parity.tokenizerMismatches.length}/${VERIFY_TEXTS.length}`,
        ok,
        problems: verdict.problems,
      };
      console.error(
        `verify: max |Δ logprob| ${parity.maxAbsLogprobDiff.toPrecision(3)}, greedy ${parity.greedyMatches}/${parity.prompts.length} prompts identical, ` +
          `tokenization ${VERIFY_TEXTS.length - parity.tokenizerMismatches.length}/${VERIFY_TEXTS.length} texts identical: ${ok ? 'OK' : 'FAILED'}`,
      );
      for (const p of verdict.problems) console.error(`verify: ${p}`);
    }
    if (values.json) console.log(JSON.stringify(summary));
    else {
      const size = typeof summary.bytes === 'number' ? ` (${(summary.bytes / 1e6).toFixed(1)} MB)` : '';
      console.log(`wrote ${String(summary.path ?? summary.out)}${size}`);
      if (summary.modelfile) console.log(`wrote ${String(summary.modelfile)}  (ollama create <name> -f ${String(summary.modelfile)})`);
    }
    return ok ? 0 : 1;
  } finally {
    loaded?.model.dispose();
  }
}
