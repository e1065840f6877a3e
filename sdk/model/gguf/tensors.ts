/**
 * Hugging Face tensors to GGUF tensors, as llama.cpp's convert_hf_to_gguf.py maps them for the
 * llama, qwen2 and qwen3 architectures: names (`model.layers.0.self_attn.q_proj.weight` ->
 * `blk.0.attn_q.weight`), the q/k row permutation of llama-architecture models, and the storage
 * type per output type (norms, biases and other 1-D tensors stay float32; Q8_0 needs rows that
 * fill 32-value blocks and falls back to F16 otherwise, as the converter does).
 *
 * Why the permutation: HF Llama applies RoPE to the two halves of each head (`rotate_half`),
 * while llama.cpp's llama architecture rotates adjacent pairs. Reordering the rows of q_proj and
 * k_proj (per head: row i -> 2i, row hD/2 + i -> 2i + 1) makes the two agree; q·k is unchanged
 * because q and k are reordered alike. Qwen2/Qwen3 use llama.cpp's NEOX rope (halves), so no
 * permutation.
 *
 * @example
 * ggufTensorName('model.layers.3.mlp.down_proj.weight'); // 'blk.3.ffn_down.weight'
 * tensorStorageType('blk.0.attn_q.weight', [128, 128], 'q8_0'); // 'Q8_0'
 */
import { fromFloat32 } from '../safetensors.js';
import { quantizeQ8_0, Q8_0_BLOCK } from './q8_0.js';
import type { GgmlType } from './writer.js';

/** Output types of a GGUF export (the converter's `--outtype`). @example const t: GgufOuttype = 'q8_0'; */
export type GgufOuttype = 'f32' | 'f16' | 'q8_0';
/** @example GGUF_OUTTYPES.includes('f16'); // true */
export const GGUF_OUTTYPES = ['f32', 'f16', 'q8_0'] as const;
/** `general.file_type` per output type (llama.cpp `LLAMA_FTYPE_ALL_F32`, `MOSTLY_F16`, `MOSTLY_Q8_0`). @example GGUF_FILE_TYPE.q8_0 === 7; */
export const GGUF_FILE_TYPE: Readonly<Record<GgufOuttype, number>> = { f32: 0, f16: 1, q8_0: 7 };

const LAYER_PARTS: Record<string, string> = {
  input_layernorm: 'attn_norm',
  post_attention_layernorm: 'ffn_norm',
  'self_attn.q_proj': 'attn_q',
  'self_attn.k_proj': 'attn_k',
  'self_attn.v_proj': 'attn_v',
  'self_attn.o_proj': 'attn_output',
  'self_attn.q_norm': 'attn_q_norm',
  'self_attn.k_norm': 'attn_k_norm',
  'mlp.gate_proj': 'ffn_gate',
  'mlp.up_proj': 'ffn_up',
  'mlp.down_proj': 'ffn_down',
};
const TOP_LEVEL: Record<string, string> = { 'model.embed_tokens': 'token_embd', 'model.norm': 'output_norm', lm_head: 'output' };

/**
 * The GGUF name of an HF tensor (`.weight` / `.bias` kept), or undefined when llama.cpp has no
 * such tensor for these architectures.
 *
 * @example
 * ggufTensorName('model.embed_tokens.weight'); // 'token_embd.weight'
 */
export function ggufTensorName(hfName: string): string | undefined {
  const m = /^(.*)\.(weight|bias)$/.exec(hfName);
  if (!m) return undefined;
  const [, module, kind] = m;
  if (TOP_LEVEL[module]) return `${TOP_LEVEL[module]}.${kind}`;
  const layer = /^model\.layers\.(\d+)\.(.+)$/.exec(module);
  if (layer && LAYER_PARTS[layer[2]]) return `blk.${layer[1]}.${LAYER_PARTS[layer[2]]}.${kind}`;
  return undefined;
}

/**
 * Reorder the rows of a `[nHead * hD, cols]` matrix (or `[nHead * hD]` bias) from HF's half-split
 * rotary layout to llama.cpp's interleaved one: per head, row i goes to 2i and row hD/2 + i to
 * 2i + 1 (the converter's `LlamaModel.permute`).
 *
 * @example
 * permuteRotaryRows(new Float32Array([0, 1, 2, 3]), 1, 4, 1); // [0, 2, 1, 3]
 */
export function permuteRotaryRows(data: Float32Array, nHead: number, rows: number, cols: number): Float32Array {
  if (rows % (2 * nHead) !== 0 || data.length !== rows * cols) {
    throw new Error(`rotary permutation: ${rows} rows cannot split into ${nHead} heads of even size (data has ${data.length} values, cols ${cols})`);
  }
  const hd = rows / nHead;
  const half = hd / 2;
  const out = new Float32Array(data.length);
  for (let h = 0; h < nHead; h++) {
    for (let i = 0; i < half; i++) {
      for (let j = 0; j < 2; j++) {
        const src = (h * hd + j * half + i) * cols;
        const dst = (h * hd + 2 * i + j) * cols;
        out.set(data.subarray(src, src + cols), dst);
      }
    }
  }
  return out;
}

/**
 * Storage type of a GGUF tensor under `outtype`, plus why it differs from the output type when it does.
 *
 * @example
 * tensorStorageType('output_norm.weight', [128], 'f16'); // { type: 'F32' }
 * tensorStorageType('blk.0.ffn_down.weight', [64, 100], 'q8_0'); // { type: 'F16', note: '...' }
 */
export function tensorStorageType(ggufName: string, shape: readonly number[], outtype: GgufOuttype): { type: GgmlType; note?: string } {
  // llama.cpp's kernels for 1-D tensors and norms only take F32; biases stay F32 too.
  if (shape.length <= 1 || ggufName.endsWith('_norm.weight') || !/\.(weight|lora_a|lora_b)$/.test(ggufName)) return { type: 'F32' };
  if (outtype === 'f32') return { type: 'F32' };
  if (outtype === 'f16') return { type: 'F16' };
  const row = shape[shape.length - 1];
  if (row % Q8_0_BLOCK !== 0) {
    return { type: 'F16', note: `${ggufName}: rows of ${row} values are not a multiple of ${Q8_0_BLOCK}; stored as F16 (as llama.cpp's converter does)` };
  }
  return { type: 'Q8_0' };
}

/**
 * Encode float32 values as `type` bytes.
 *
 * @example
 * encodeTensor(new Float32Array([1]), 'F16'); // Uint8Array [0, 60]
 */
export function encodeTensor(data: Float32Array, type: GgmlType): Uint8Array {
  if (type === 'Q8_0') return quantizeQ8_0(data);
  return fromFloat32(data, type);
}
