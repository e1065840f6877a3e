/**
 * GGUF exports of a LoRA-adapted model, beside `exportMerged` (its Hugging Face counterpart):
 *
 * - `exportMergedGguf`: one GGUF with the adapter merged into the full-precision weights
 *   (`W' = W + B·A·scaling`, computed for the file; the model itself is left as it was);
 * - `exportLoraGguf`: the adapter alone as a llama.cpp LoRA GGUF, applied at run time on top of a
 *   base GGUF of the same model (llama.cpp `--lora`, node-llama-cpp `lora`, Ollama `ADAPTER`).
 *
 * @example
 * const lora = await loadAdapter(model, 'out/adapter');
 * await exportMergedGguf(model, lora, 'out/tuned-q8_0.gguf', { outtype: 'q8_0' });
 * await exportLoraGguf(model, lora, 'out/adapter.gguf', { baseGguf: 'out/base-f16.gguf' });
 */
import { basename, dirname, relative, resolve } from 'node:path';
import { z } from 'zod';
import {
  modelfileFor,
  modelfilePath,
  writeModelGguf,
  type ExportGgufOptions,
  type ExportGgufResult,
} from '../model/gguf/convert.js';
import { planLoraGguf } from '../model/gguf/lora.js';
import { modelGgufSource } from '../model/gguf/source.js';
import { quantizedProjections } from '../model/linear.js';
import { GGUF_OUTTYPES, type GgufOuttype } from '../model/gguf/tensors.js';
import { ggufVocab } from '../model/gguf/vocab.js';
import { writeGguf } from '../model/gguf/writer.js';
import type { CausalLM } from '../model/types.js';
import { assertWritable, writeFileAtomic } from '../runtime/fs.js';
import type { LoraHandle } from './lora.js';
import { mergedWeight } from './merge.js';

/**
 * Export `model` with `handle`'s adapter merged in, as one GGUF (options as `exportGguf`).
 * Refused when the base is quantized: merge into full-precision weights.
 *
 * @example
 * const r = await exportMergedGguf(model, lora, 'out/tuned-f16.gguf', { overwrite: true });
 */
export async function exportMergedGguf(model: CausalLM, handle: LoraHandle, out: string, options: ExportGgufOptions = {}): Promise<ExportGgufResult> {
  const quantized = quantizedProjections(model);
  if (quantized.length) {
    throw new Error(
      `exportMergedGguf: ${quantized.length} projection(s) are quantized (first: ${quantized[0]}). Merge into full-precision ` +
        'weights: load the model without quantize, loadAdapter(model, adapterDir), then export (use outtype q8_0 for a small file).',
    );
  }
  const params = model.parameters();
  for (const path of handle.layers.keys()) {
    if (!params.has(`${path}.weight`)) throw new Error(`exportMergedGguf: the adapted projection ${path} exposes no weight in model.parameters()`);
  }
  const src = modelGgufSource(model, {
    async read(name) {
      const v = params.get(name);
      if (!v) throw new Error(`exportMergedGguf: the model has no parameter "${name}"`);
      return (await mergedWeight(handle, name, v)).data;
    },
  });
  return writeModelGguf(src, out, options);
}

/**
 * Options of `exportLoraGguf` (validated; unknown keys are rejected by name).
 *
 * @example
 * ExportLoraGgufOptionsSchema.parse({ baseGguf: 'out/base-f16.gguf' });
 */
export const ExportLoraGgufOptionsSchema = z.strictObject({
  // f32: convert_lora_to_gguf.py's default; adapters are small, so precision costs little.
  outtype: z.enum(GGUF_OUTTYPES).default('f32'),
  // Never replace an existing file unless asked.
  overwrite: z.boolean().default(false),
  /** `general.name`; default: the output file name without extension. */
  name: z.string().min(1).optional(),
  /** The base model's GGUF: the Modelfile's FROM. Without it no Modelfile is written (Ollama needs a base). */
  baseGguf: z.string().min(1).optional(),
  /** SYSTEM line of the Modelfile. */
  systemPrompt: z.string().optional(),
});
/** @example const o: ExportLoraGgufOptions = { outtype: 'f16' }; */
export type ExportLoraGgufOptions = z.input<typeof ExportLoraGgufOptionsSchema>;

/** What `exportLoraGguf` wrote. @example const { path, alpha, layers } = await exportLoraGguf(model, lora, 'out/a.gguf'); */
export interface ExportLoraGgufResult {
  path: string;
  bytes: number;
  outtype: GgufOuttype;
  /** `adapter.lora.alpha` as written. */
  alpha: number;
  layers: number;
  modelfile?: string;
  notes: string[];
}

/**
 * Write `handle`'s adapter as a llama.cpp LoRA GGUF for the base `model` (see the file comment),
 * plus a Modelfile (FROM the base GGUF, ADAPTER this file) when `baseGguf` is given.
 *
 * @example
 * await exportLoraGguf(model, lora, 'out/adapter-f32.gguf', { baseGguf: 'out/base-f16.gguf', overwrite: true });
 */
export async function exportLoraGguf(model: CausalLM, handle: LoraHandle, out: string, options: ExportLoraGgufOptions = {}): Promise<ExportLoraGgufResult> {
  const parsed = ExportLoraGgufOptionsSchema.safeParse(options);
  if (!parsed.success) throw new Error(`LoRA GGUF export options: ${z.prettifyError(parsed.error).replaceAll('\n', '; ')}`);
  const opts = parsed.data;
  if (!/\.gguf$/i.test(out)) throw new Error(`LoRA GGUF export: the output path ${out} should end in .gguf`);
  const mfPath = modelfilePath(out);
  assertWritable(out, opts);
  if (opts.baseGguf) assertWritable(mfPath, opts);
  const layers = [...handle.layers].map(([path, l]) => ({
    path,
    r: l.r,
    inFeatures: l.inFeatures,
    outFeatures: l.outFeatures,
    A: async () => ((await l.A.data()) as Float32Array).slice(),
    B: async () => ((await l.B.data()) as Float32Array).slice(),
  }));
  const { plan, alpha, notes } = planLoraGguf({
    config: model.config,
    name: opts.name ?? basename(out).replace(/\.gguf$/i, ''),
    outtype: opts.outtype,
    alpha: handle.config.alpha,
    useRslora: handle.config.useRslora,
    layers,
  });
  let modelfile: string | undefined;
  let text: string | undefined;
  if (opts.baseGguf) {
    const from = relative(dirname(resolve(out)), resolve(opts.baseGguf));
    const src = { config: model.config, dir: model.path, tokenizer: model.tokenizer, generation: model.generationDefaults };
    const mf = await modelfileFor(src, ggufVocab(model.path, model.config.vocab_size), {
      from: from.startsWith('.') ? from : `./${from}`,
      adapter: `./${basename(out)}`,
      systemPrompt: opts.systemPrompt,
    });
    text = mf.text;
    notes.push(...mf.notes);
  } else {
    notes.push('no Modelfile written: pass baseGguf (CLI --base-gguf) so its FROM can name the base model GGUF');
  }
  const bytes = await writeGguf(out, plan, { overwrite: opts.overwrite });
  if (text !== undefined) {
    await writeFileAtomic(mfPath, text, { overwrite: opts.overwrite });
    modelfile = mfPath;
  }
  return { path: out, bytes, outtype: opts.outtype, alpha, layers: layers.length, modelfile, notes };
}
