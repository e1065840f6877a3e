/**
 * A LoRA adapter as a GGUF adapter file, in the layout llama.cpp's convert_lora_to_gguf.py
 * produces and `llama_adapter_lora_init` (llama-adapter.cpp) loads on top of a base GGUF:
 *
 * - `general.type = "adapter"`, `adapter.type = "lora"`, `adapter.lora.alpha` (f32), and the
 *   base's `general.architecture` (llama.cpp refuses an adapter of another architecture);
 * - for each adapted projection two tensors named after the base tensor: `<name>.lora_a` holding
 *   A `[r, in]` (ggml ne = [in, r]) and `<name>.lora_b` holding B `[out, r]` (ne = [r, out]);
 * - for llama-architecture q_proj/k_proj, B's rows permuted like the base weight (W = B·A, so
 *   permuting W's rows is permuting B's rows).
 *
 * llama.cpp scales the update by `alpha / r` (r read from the tensors). rsLoRA's `alpha / √r` is
 * written as alpha' = alpha·√r, which gives the same scale.
 *
 * @example
 * const plan = planLoraGguf({ config, name: 'adapter', outtype: 'f32', alpha: 16, useRslora: false, layers });
 * await writeGguf('out/adapter.gguf', plan);
 */
import type { ModelConfig } from '../config.js';
import { modelDims } from '../config.js';
import { architectureMetadata } from './arch.js';
import { encodeTensor, ggufTensorName, permuteRotaryRows, tensorStorageType, type GgufOuttype } from './tensors.js';
import type { GgufPlan, GgufTensor } from './writer.js';

/**
 * One adapted projection: HF module path and its A `[r, in]` / B `[out, r]` values (row-major).
 *
 * @example
 * const l: LoraGgufLayer = { path: 'model.layers.0.self_attn.q_proj', r: 8, inFeatures: 128, outFeatures: 128, A, B };
 */
export interface LoraGgufLayer {
  path: string;
  r: number;
  inFeatures: number;
  outFeatures: number;
  A: () => Promise<Float32Array>;
  B: () => Promise<Float32Array>;
}

/** Input of `planLoraGguf`. @example const i: LoraGgufInput = { config, name: 'a', outtype: 'f32', alpha: 16, useRslora: false, layers: [] }; */
export interface LoraGgufInput {
  /** The base model's config (architecture, head counts for the permutation). */
  config: ModelConfig;
  name: string;
  outtype: GgufOuttype;
  alpha: number;
  useRslora: boolean;
  layers: LoraGgufLayer[];
}

/**
 * The GGUF plan of a LoRA adapter (see the file comment), plus notes (F16 fallbacks, rsLoRA alpha).
 *
 * @example
 * const { plan, alpha } = planLoraGguf(input);
 */
export function planLoraGguf(input: LoraGgufInput): { plan: GgufPlan; alpha: number; notes: string[] } {
  const { config } = input;
  if (!input.layers.length) throw new Error('LoRA GGUF: the adapter has no layers');
  const ranks = new Set(input.layers.map((l) => l.r));
  if (ranks.size !== 1) throw new Error(`LoRA GGUF: layers have different ranks (${[...ranks].join(', ')}); llama.cpp applies one alpha per adapter`);
  const r = input.layers[0].r;
  const notes: string[] = [];
  let alpha = input.alpha;
  if (input.useRslora) {
    alpha = input.alpha * Math.sqrt(r);
    notes.push(`rsLoRA: adapter.lora.alpha written as ${alpha} (alpha·√r) so llama.cpp's alpha/r equals rsLoRA's alpha/√r`);
  }
  const meta = architectureMetadata(config, { outtype: input.outtype, name: input.name, type: 'adapter' });
  const d = modelDims(config);
  const tensors: GgufTensor[] = [];
  for (const l of input.layers) {
    const base = ggufTensorName(`${l.path}.weight`);
    if (!base) throw new Error(`LoRA GGUF: no llama.cpp tensor for "${l.path}"`);
    const heads = meta.arch !== 'llama' ? 0 : l.path.endsWith('.q_proj') ? d.nHeads : l.path.endsWith('.k_proj') ? d.nKv : 0;
    for (const which of ['a', 'b'] as const) {
      const name = `${base}.lora_${which}`;
      const shape = which === 'a' ? [l.r, l.inFeatures] : [l.outFeatures, l.r];
      const { type, note } = tensorStorageType(name, shape, input.outtype);
      if (note) notes.push(note);
      tensors.push({
        name,
        shape,
        type,
        bytes: async () => {
          let data = await (which === 'a' ? l.A() : l.B());
          if (data.length !== shape[0] * shape[1]) throw new Error(`LoRA GGUF: ${name} has ${data.length} values, expected [${shape}]`);
          if (which === 'b' && heads) data = permuteRotaryRows(data, heads, l.outFeatures, l.r);
          return encodeTensor(data, type);
        },
      });
    }
  }
  const kv = [
    ...meta.kv,
    { key: 'adapter.type', type: 'string', value: 'lora' } as const,
    { key: 'adapter.lora.alpha', type: 'f32', value: alpha } as const,
    { key: 'general.quantization_version', type: 'u32', value: 2 } as const,
  ];
  return { plan: { kv, tensors }, alpha, notes };
}
