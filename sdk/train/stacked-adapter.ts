/**
 * Alignment starts from an SFT adapter: it is merged into the base weights (so "adapter
 * disabled" is the SFT model, the right reference for GRPO's KL and DPO), and a new adapter is
 * trained on top. To keep the result one PEFT adapter on the original base, the saved adapter
 * stacks both exactly: for every module, `A = [A_sft; A_new]` and `B = [B_sft·s_sft, B_new·s_new]`
 * with rank `r_sft + r_new` and scaling 1 (`lora_alpha = r`), since
 * `B_sft·A_sft·s_sft + B_new·A_new·s_new = [B_sft·s_sft, B_new·s_new]·[A_sft; A_new]`.
 * A module only one adapter touches gets zero rows for the other.
 *
 * @example
 * const frozen = await mergeAdapterDirs(model, ['out/sft']); // model weights now include the SFT update
 * const lora = applyLora(model, { r: 8 });                  // train it...
 * await saveStackedAdapter([frozen], lora, 'out/grpo', { baseModelNameOrPath: 'data/models/medtune-tiny' });
 */
import * as tf from '@tensorflow/tfjs';
import type { CausalLM, Linear } from '../model/types.js';
import { LoraConfigSchema, LoraLinear, type LoraHandle } from './lora.js';
import { loadAdapter, saveAdapter, type SaveAdapterOptions } from './peft.js';

/** The update a merged adapter made, per module: A `[r, in]`, B `[out, r]` and its scaling. @example frozen.get('model.layers.0.self_attn.q_proj')?.r; */
export type MergedAdapter = Map<string, { A: Float32Array; B: Float32Array; r: number; inFeatures: number; outFeatures: number; scaling: number }>;

/**
 * Fold every LoRA layer of `model` into its base weight and unwrap it; returns what was merged
 * (empty when the model has no adapter). Quantized bases cannot take a merge: error naming the layer.
 *
 * @example
 * const merged = mergeAndUnload(sft.model); // sft.model now computes the SFT model without LoRA layers
 */
export function mergeAndUnload(model: CausalLM): MergedAdapter {
  const out: MergedAdapter = new Map();
  const layers = [...model.linears()].filter((e): e is [string, LoraLinear] => e[1] instanceof LoraLinear);
  for (const [path, l] of layers) {
    if ((l.base as { quantized?: boolean }).quantized) {
      throw new Error(
        `${path}: its LoRA adapter sits on a quantized base and cannot be merged into it; align from a float32 model ` +
          '(load without quantization_bit and pass adapter_name_or_path, or train SFT without quantization)',
      );
    }
  }
  for (const [path, l] of layers) {
    out.set(path, { A: l.A.dataSync().slice() as Float32Array, B: l.B.dataSync().slice() as Float32Array, r: l.r, inFeatures: l.inFeatures, outFeatures: l.outFeatures, scaling: l.scaling });
    l.merge();
    model.setLinear(path, l.base);
    l.dispose();
  }
  return out;
}

/**
 * Load PEFT adapters one after the other and merge each into the base (LLaMA-Factory's
 * `adapter_name_or_path` with several folders separated by commas).
 *
 * @example
 * const merged = await mergeAdapterDirs(model, 'out/sft,out/sft2'.split(','));
 */
export async function mergeAdapterDirs(model: CausalLM, dirs: readonly string[]): Promise<MergedAdapter[]> {
  const merged: MergedAdapter[] = [];
  for (const dir of dirs) {
    await loadAdapter(model, dir);
    merged.push(mergeAndUnload(model));
  }
  return merged;
}

/** A projection stand-in that only carries its shape: the stacked layers are written, never run. */
function shapeOnly(inFeatures: number, outFeatures: number): Linear {
  return {
    inFeatures,
    outFeatures,
    apply: () => {
      throw new Error('a stacked adapter layer is for saving only');
    },
    dispose: () => undefined,
  };
}

/**
 * Save the merged adapters plus `lora` as one PEFT adapter (see the file comment). With nothing
 * merged this is `saveAdapter(lora, dir)`.
 *
 * @example
 * await saveStackedAdapter(merged, lora, 'out/dpo', { overwrite: true });
 */
export async function saveStackedAdapter(merged: readonly MergedAdapter[], lora: LoraHandle, dir: string, opts: SaveAdapterOptions = {}): Promise<void> {
  if (merged.every((m) => m.size === 0)) return saveAdapter(lora, dir, opts);
  const parts: MergedAdapter[] = [...merged];
  const current: MergedAdapter = new Map();
  for (const [path, l] of lora.layers) {
    current.set(path, { A: l.A.dataSync() as Float32Array, B: l.B.dataSync() as Float32Array, r: l.r, inFeatures: l.inFeatures, outFeatures: l.outFeatures, scaling: l.scaling });
  }
  parts.push(current);
  const rank = parts.reduce((a, p) => a + Math.max(0, ...[...p.values()].map((x) => x.r)), 0);
  const paths = [...new Set(parts.flatMap((p) => [...p.keys()]))];
  const layers = new Map<string, LoraLinear>();
  try {
    for (const path of paths) {
      const shape = parts.map((p) => p.get(path)).find((x) => x)!;
      const { inFeatures: nIn, outFeatures: nOut } = shape;
      const A = new Float32Array(rank * nIn);
      const B = new Float32Array(nOut * rank);
      let row = 0;
      for (const p of parts) {
        const r = Math.max(0, ...[...p.values()].map((x) => x.r));
        const x = p.get(path);
        if (x) {
          A.set(x.A, row * nIn);
          for (let o = 0; o < nOut; o++) for (let k = 0; k < x.r; k++) B[o * rank + row + k] = x.B[o * x.r + k] * x.scaling;
        }
        row += r;
      }
      const init = { A: tf.tensor2d(A, [rank, nIn]), B: tf.tensor2d(B, [nOut, rank]) };
      layers.set(path, new LoraLinear(shapeOnly(nIn, nOut), { r: rank, alpha: rank, init }));
      tf.dispose([init.A, init.B]);
    }
    const config = LoraConfigSchema.parse({ r: rank, alpha: rank, dropout: lora.config.dropout, useRslora: false, targetModules: lora.config.targetModules });
    await saveAdapter({ ...lora, config, layers }, dir, opts);
  } finally {
    for (const l of layers.values()) l.dispose();
  }
}
