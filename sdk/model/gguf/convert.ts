/**
 * `exportGguf`: a Llama-family model (loaded, or a checkpoint folder) to one GGUF file that
 * llama.cpp, node-llama-cpp and Ollama load, plus an Ollama Modelfile beside it.
 *
 * The file holds what llama.cpp's convert_hf_to_gguf.py writes for the same checkpoint:
 * architecture metadata (arch.ts), the tokenizer (vocab.ts), and every tensor renamed, permuted
 * and encoded as the converter does (tensors.ts), streamed one tensor at a time into a temporary
 * file that is renamed into place (writer.ts).
 *
 * @example
 * const r = await exportGguf('data/models/medtune-tiny', 'out/medtune-tiny-q8_0.gguf', { outtype: 'q8_0' });
 * r.bytes; r.modelfile; // 'out/medtune-tiny-q8_0.Modelfile'
 */
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { expectedTensors } from '../causal-lm.js';
import { FallbackTemplateName, templateJinja } from '../chat-templates.js';
import { modelDims } from '../config.js';
import { loadTokenizer } from '../tokenizer.js';
import type { CausalLM } from '../types.js';
import { assertWritable, writeFileAtomic } from '../../runtime/fs.js';
import { architectureMetadata, llama3RopeFactors, type GgufArch } from './arch.js';
import { chatSegments, ollamaModelfile, templateStops, type RenderChat } from './modelfile.js';
import { checkpointGgufSource, modelGgufSource, type GgufSource } from './source.js';
import { encodeTensor, GGUF_OUTTYPES, ggufTensorName, permuteRotaryRows, tensorStorageType, type GgufOuttype } from './tensors.js';
import { ggufVocab, GGUF_TOKEN_TYPE, type GgufVocab } from './vocab.js';
import { writeGguf, type GgmlType, type GgufPlan, type GgufTensor, type GgufWriteProgress } from './writer.js';

/**
 * Options of `exportGguf` (validated; unknown keys are rejected by name).
 *
 * @example
 * ExportGgufOptionsSchema.parse({ outtype: 'q8_0', overwrite: true });
 */
export const ExportGgufOptionsSchema = z.strictObject({
  // f16: llama.cpp's converter default; half of f32's size with errors far below sampling noise.
  outtype: z.enum(GGUF_OUTTYPES).default('f16'),
  // Never replace an existing file unless asked: exports of large models are slow to redo.
  overwrite: z.boolean().default(false),
  /** `general.name`; default: the checkpoint folder's name. */
  name: z.string().min(1).optional(),
  /** Chat template to embed when it is not the model's own (a named fallback). */
  template: FallbackTemplateName.optional(),
  // Ollama users need the Modelfile to get the right template and stops; it is tiny.
  modelfile: z.boolean().default(true),
  /** SYSTEM line of the Modelfile; default: the template's default system prompt, if any. */
  systemPrompt: z.string().optional(),
  onProgress: z.custom<(p: GgufWriteProgress) => void>((v) => typeof v === 'function', 'expected a function').optional(),
});
/** @example const o: ExportGgufOptions = { outtype: 'f16' }; */
export type ExportGgufOptions = z.input<typeof ExportGgufOptionsSchema>;

/** What an export wrote. @example const { path, bytes, tensorTypes } = await exportGguf(model, 'out/m.gguf'); */
export interface ExportGgufResult {
  path: string;
  bytes: number;
  arch: GgufArch;
  outtype: GgufOuttype;
  tensors: number;
  /** Tensor count per storage type, e.g. `{ F32: 9, Q8_0: 29 }`. */
  tensorTypes: Partial<Record<GgmlType, number>>;
  contextLength: number;
  /** The Modelfile written beside the GGUF, if any. */
  modelfile?: string;
  /** Where the file deviates from the request or the checkpoint (F16 fallbacks, capped context). */
  notes: string[];
}

/**
 * The full GGUF plan (metadata + lazily encoded tensors) of `src`.
 *
 * @example
 * const { plan, vocab } = planModelGguf(modelGgufSource(model), { outtype: 'f16' });
 */
export function planModelGguf(
  src: GgufSource,
  opts: { outtype: GgufOuttype; name?: string; chatTemplate?: string },
): { plan: GgufPlan; arch: GgufArch; contextLength: number; notes: string[]; vocab: GgufVocab } {
  const cfg = src.config;
  const meta = architectureMetadata(cfg, { outtype: opts.outtype, name: opts.name ?? src.name });
  const vocab = ggufVocab(src.dir, cfg.vocab_size, { chatTemplate: opts.chatTemplate ?? src.chatTemplate });
  const notes = [...meta.notes];
  const d = modelDims(cfg);
  const tensors: GgufTensor[] = [];
  const scaling = cfg.rope_scaling?.rope_type ?? cfg.rope_scaling?.type;
  if (meta.arch === 'llama' && scaling === 'llama3') {
    const factors = llama3RopeFactors(cfg);
    tensors.push({ name: 'rope_freqs.weight', shape: [factors.length], type: 'F32', bytes: () => encodeTensor(factors, 'F32') });
  }
  for (const t of expectedTensors(cfg)) {
    const name = ggufTensorName(t.name);
    if (!name) throw new Error(`GGUF export: no llama.cpp tensor for "${t.name}"`);
    const { type, note } = tensorStorageType(name, t.shape, opts.outtype);
    if (note) notes.push(note);
    const permuteHeads = meta.arch !== 'llama' ? 0 : /self_attn\.q_proj\./.test(t.name) ? d.nHeads : /self_attn\.k_proj\./.test(t.name) ? d.nKv : 0;
    tensors.push({
      name,
      shape: t.shape,
      type,
      bytes: async () => {
        let data = await src.weights.read(t.name);
        if (permuteHeads) data = permuteRotaryRows(data, permuteHeads, t.shape[0], t.shape[1] ?? 1);
        return encodeTensor(data, type);
      },
    });
  }
  return { plan: { kv: [...meta.kv, ...vocab.kv], tensors }, arch: meta.arch, contextLength: meta.contextLength, notes, vocab };
}

/** The Modelfile path for a GGUF path: `out/x.gguf` -> `out/x.Modelfile`. @example modelfilePath('out/m.gguf'); // 'out/m.Modelfile' */
export function modelfilePath(ggufPath: string): string {
  return join(dirname(ggufPath), `${basename(ggufPath).replace(/\.gguf$/i, '')}.Modelfile`);
}

/**
 * Modelfile text for a GGUF of `src` (template read off the tokenizer's chat template; without
 * one, no TEMPLATE and a note).
 *
 * @example
 * const { text } = await modelfileFor(src, vocab, { from: './m.gguf' });
 */
export async function modelfileFor(
  src: Pick<GgufSource, 'config' | 'dir' | 'tokenizer' | 'generation'>,
  vocab: GgufVocab,
  opts: { from: string; adapter?: string; systemPrompt?: string; template?: FallbackTemplateName; contextLength?: number },
): Promise<{ text: string; notes: string[] }> {
  const notes: string[] = [];
  // The template the GGUF embeds: a requested fallback wins over the loaded tokenizer's own.
  const tokenizer = opts.template || !src.tokenizer ? await loadTokenizer(src.dir, { template: opts.template }) : src.tokenizer;
  const render: RenderChat = (messages, g) => tokenizer.applyChatTemplate(messages, { addGenerationPrompt: g });
  const bos = vocab.addBos && vocab.specials.bos !== undefined ? vocab.tokens[vocab.specials.bos] : undefined;
  let segments;
  if (tokenizer.templateName === 'none') notes.push('Modelfile: the checkpoint has no chat template; no TEMPLATE written (Ollama sends prompts verbatim)');
  else {
    try {
      segments = chatSegments(render, { bos });
    } catch (e) {
      notes.push(`Modelfile: no TEMPLATE written: ${(e as Error).message}`);
    }
  }
  const control = vocab.tokens.filter((_, i) => vocab.types[i] === GGUF_TOKEN_TYPE.CONTROL);
  // Every id that ends a turn: the tokenizer's EOS, config.json's and generation_config.json's (lists included).
  const ids = (v: number | number[] | null | undefined) => (v == null ? [] : ([] as number[]).concat(v));
  const eos = [vocab.specials.eos, ...ids(src.config.eos_token_id), ...ids(src.generation?.eos_token_id)]
    .filter((id): id is number => id !== undefined && id < vocab.tokens.length)
    .map((id) => vocab.tokens[id]);
  const parameters: Record<string, number> = {};
  const g = src.generation ?? {};
  if (g.do_sample === false) parameters.temperature = 0;
  else if (g.temperature !== undefined) parameters.temperature = g.temperature;
  if (g.top_p !== undefined) parameters.top_p = g.top_p;
  if (g.top_k !== undefined) parameters.top_k = g.top_k;
  if (typeof g.repetition_penalty === 'number') parameters.repeat_penalty = g.repetition_penalty;
  // Ollama's default context (4096) would run a smaller model beyond its trained positions.
  if (opts.contextLength !== undefined && opts.contextLength < 4096) parameters.num_ctx = opts.contextLength;
  const text = ollamaModelfile({
    from: opts.from,
    adapter: opts.adapter,
    segments,
    bos,
    stops: templateStops(segments, { eos, controlTokens: control, bos }),
    system: opts.systemPrompt,
    parameters,
  });
  return { text, notes };
}

/**
 * Write the GGUF of `src` (and its Modelfile) to `out`; shared by `exportGguf` and the merged
 * adapter export.
 *
 * @example
 * await writeModelGguf(modelGgufSource(model), 'out/m.gguf', { outtype: 'f16' });
 */
export async function writeModelGguf(src: GgufSource, out: string, options: ExportGgufOptions = {}): Promise<ExportGgufResult> {
  const parsed = ExportGgufOptionsSchema.safeParse(options);
  if (!parsed.success) throw new Error(`GGUF export options: ${z.prettifyError(parsed.error).replaceAll('\n', '; ')}`);
  const opts = parsed.data;
  if (!/\.gguf$/i.test(out)) throw new Error(`GGUF export: the output path ${out} should end in .gguf`);
  const mfPath = modelfilePath(out);
  assertWritable(out, opts);
  if (opts.modelfile) assertWritable(mfPath, opts);
  const chatTemplate = opts.template ? templateJinja(opts.template) : undefined;
  const { plan, arch, contextLength, notes, vocab } = planModelGguf(src, { outtype: opts.outtype, name: opts.name, chatTemplate });
  let modelfile: { text: string; notes: string[] } | undefined;
  if (opts.modelfile) {
    // Built before the weights are written, so a template problem surfaces in seconds.
    modelfile = await modelfileFor(src, vocab, { from: `./${basename(out)}`, systemPrompt: opts.systemPrompt, template: opts.template, contextLength });
  }
  const bytes = await writeGguf(out, plan, { overwrite: opts.overwrite, onProgress: opts.onProgress });
  if (modelfile) await writeFileAtomic(mfPath, modelfile.text, { overwrite: opts.overwrite });
  const tensorTypes: Partial<Record<GgmlType, number>> = {};
  for (const t of plan.tensors) tensorTypes[t.type] = (tensorTypes[t.type] ?? 0) + 1;
  return {
    path: out,
    bytes,
    arch,
    outtype: opts.outtype,
    tensors: plan.tensors.length,
    tensorTypes,
    contextLength,
    modelfile: modelfile ? mfPath : undefined,
    notes: [...notes, ...(modelfile?.notes ?? [])],
  };
}

/**
 * Export a model to GGUF: a loaded `CausalLM` (full precision; use `exportMergedGguf` for a model
 * with a LoRA adapter) or a checkpoint folder, read straight from its safetensors.
 *
 * @example
 * await exportGguf('data/models/medtune-tiny', 'out/tiny-f16.gguf');
 * await exportGguf(model, 'out/tiny-q8_0.gguf', { outtype: 'q8_0', overwrite: true });
 */
export async function exportGguf(model: CausalLM | string, out: string, options: ExportGgufOptions = {}): Promise<ExportGgufResult> {
  if (typeof model !== 'string') {
    const wrapped = [...model.linears()].filter(([, l]) => 'base' in (l as object)).map(([p]) => p);
    if (wrapped.length) {
      throw new Error(
        `exportGguf: ${wrapped.length} projection(s) carry an adapter (first: ${wrapped[0]}); use exportMergedGguf(model, lora, out) ` +
          'to merge it, or exportLoraGguf for the adapter alone',
      );
    }
    return writeModelGguf(modelGgufSource(model), out, options);
  }
  const src = await checkpointGgufSource(model);
  try {
    return await writeModelGguf(src, out, options);
  } finally {
    await src.close();
  }
}
