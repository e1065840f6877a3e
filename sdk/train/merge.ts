/**
 * Export a LoRA-adapted model as a plain Hugging Face checkpoint with the adapter merged in
 * (`W' = W + B·A·scaling`): config.json, generation_config.json, model.safetensors (HF names,
 * float32) and the tokenizer files, loadable by `loadModel` or `transformers` with no PEFT.
 *
 * @example
 * await exportMerged(model, lora, 'out/merged');
 * const merged = await loadModel('out/merged'); // same logits as model with the adapter
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { quantizedProjections } from '../model/linear.js';
import { writeSafetensors, type TensorToWrite } from '../model/safetensors.js';
import type { CausalLM } from '../model/types.js';
import { assertWritable, writeFileAtomic, writeJsonAtomic } from '../runtime/fs.js';
import type { LoraHandle } from './lora.js';

/** Tokenizer files a checkpoint folder may carry; those present are copied. @example TOKENIZER_FILES.includes('tokenizer.json'); // true */
export const TOKENIZER_FILES = [
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'tokenizer.model',
  'vocab.json',
  'merges.txt',
  'added_tokens.json',
  'chat_template.jinja',
  'chat_template.json',
];

/** Options of `exportMerged`. @example await exportMerged(model, lora, dir, { overwrite: true }); */
export interface ExportMergedOptions {
  /** Replace files already in `dir`. */
  overwrite?: boolean;
}

/** What `exportMerged` wrote. @example const { files } = await exportMerged(model, lora, dir); */
export interface ExportMergedResult {
  dir: string;
  files: string[];
  /** Projections whose weights include a merged adapter. */
  mergedLayers: number;
  parameters: number;
}

/**
 * The float32 values of parameter `name` with `handle`'s update added when it belongs to an
 * adapted projection (`W + B·A·scaling`); a copy, so the model is left as it was. A layer that is
 * already merged holds the sum in its base weight and is read as is.
 *
 * @example
 * const { data, adapted } = await mergedWeight(lora, 'model.layers.0.self_attn.q_proj.weight', w);
 */
export async function mergedWeight(handle: LoraHandle, name: string, v: tf.Tensor): Promise<{ data: Float32Array; adapted: boolean }> {
  // A copy: some backends hand out their backing store, which must not be modified here.
  const data = ((await v.data()) as Float32Array).slice();
  const layer = name.endsWith('.weight') ? handle.layers.get(name.slice(0, -'.weight'.length)) : undefined;
  if (layer && !layer.merged) {
    const d = layer.deltaWeight();
    const delta = (await d.data()) as Float32Array;
    d.dispose();
    for (let i = 0; i < data.length; i++) data[i] += delta[i];
  }
  return { data, adapted: layer !== undefined };
}

/**
 * Write `model` with `handle`'s adapter merged into its full-precision weights. The model itself
 * is left as it was (the merged values are computed for the file, not assigned). Refused when any
 * projection is quantized: merge into the full-precision weights instead.
 *
 * @example
 * const r = await exportMerged(model, lora, 'out/merged', { overwrite: true }); r.files;
 */
export async function exportMerged(
  model: CausalLM,
  handle: LoraHandle,
  dir: string,
  opts: ExportMergedOptions = {},
): Promise<ExportMergedResult> {
  const quantized = quantizedProjections(model);
  if (quantized.length) {
    throw new Error(
      `exportMerged: ${quantized.length} projection(s) are quantized (first: ${quantized[0]}). A merged checkpoint must ` +
        'be built from full-precision weights: quantized weights are rounded, and adding the adapter to them would ' +
        'bake that rounding into the export. Load the model without quantize, loadAdapter(model, adapterDir), then exportMerged.',
    );
  }
  const files = ['config.json', 'generation_config.json', 'model.safetensors'];
  const tokenizerFiles = TOKENIZER_FILES.filter((f) => existsSync(join(model.path, f)));
  for (const f of [...files, ...tokenizerFiles]) assertWritable(join(dir, f), opts);

  const tensors: Record<string, TensorToWrite> = {};
  let parameters = 0;
  let mergedLayers = 0;
  for (const [name, v] of model.parameters()) {
    const { data, adapted } = await mergedWeight(handle, name, v);
    if (adapted) mergedLayers++;
    tensors[name] = { dtype: 'F32', shape: v.shape, data };
    parameters += v.size;
  }
  if (mergedLayers !== handle.layers.size) {
    throw new Error(`exportMerged: found the weights of ${mergedLayers} of ${handle.layers.size} adapted projections in model.parameters()`);
  }

  const configSrc = join(model.path, 'config.json');
  const config = existsSync(configSrc) ? (JSON.parse(await readFile(configSrc, 'utf8')) as Record<string, unknown>) : { ...model.config };
  config.torch_dtype = 'float32'; // the weights below are written as F32
  await writeSafetensors(join(dir, 'model.safetensors'), tensors, { format: 'pt' }, opts);
  await writeJsonAtomic(join(dir, 'config.json'), config, opts);
  const genSrc = join(model.path, 'generation_config.json');
  if (existsSync(genSrc)) await writeFileAtomic(join(dir, 'generation_config.json'), await readFile(genSrc), opts);
  else await writeJsonAtomic(join(dir, 'generation_config.json'), model.generationDefaults, opts);
  for (const f of tokenizerFiles) {
    await writeFileAtomic(join(dir, f), await readFile(join(model.path, f)), opts);
  }
  return { dir, files: [...files, ...tokenizerFiles], mergedLayers, parameters };
}
