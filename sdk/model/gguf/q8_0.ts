/**
 * ggml's Q8_0 quantization: blocks of 32 consecutive values along a row, each stored as a
 * float16 scale `d = max|x| / 127` followed by 32 signed bytes `round(x / d)` (34 bytes per
 * block, 8.5 bits per weight). Rounding is half away from zero, as `roundf` in ggml's reference
 * `quantize_row_q8_0_ref` and `np_roundf` in gguf-py, so the bytes are the ones llama.cpp's
 * converter writes.
 *
 * @example
 * const bytes = quantizeQ8_0(new Float32Array(64).fill(0.5)); // 68 bytes: 2 blocks
 * dequantizeQ8_0(bytes, 64)[0]; // 0.5
 */
import { fromFloat32, toFloat32 } from '../safetensors.js';

/** Values per Q8_0 block (ggml `QK8_0`). @example Q8_0_BLOCK === 32; */
export const Q8_0_BLOCK = 32;
const BLOCK_BYTES = 2 + Q8_0_BLOCK;

/**
 * Quantize `data` (row-major, rows a multiple of 32 long, so blocks never straddle rows) to Q8_0 bytes.
 *
 * @example
 * quantizeQ8_0(weights).byteLength === (weights.length / 32) * 34; // true
 */
export function quantizeQ8_0(data: Float32Array): Uint8Array {
  if (data.length % Q8_0_BLOCK !== 0) throw new Error(`Q8_0 needs a multiple of ${Q8_0_BLOCK} values, found ${data.length}`);
  const blocks = data.length / Q8_0_BLOCK;
  const out = new Uint8Array(blocks * BLOCK_BYTES);
  const scales = new Float32Array(blocks);
  const qs = new Int8Array(out.buffer);
  for (let b = 0; b < blocks; b++) {
    const base = b * Q8_0_BLOCK;
    let amax = 0;
    for (let j = 0; j < Q8_0_BLOCK; j++) amax = Math.max(amax, Math.abs(data[base + j]));
    // float32 arithmetic throughout, as the C reference computes it.
    const d = Math.fround(amax / 127);
    const id = d === 0 ? 0 : Math.fround(1 / d);
    scales[b] = d;
    const q = b * BLOCK_BYTES + 2;
    for (let j = 0; j < Q8_0_BLOCK; j++) {
      const x = Math.fround(data[base + j] * id);
      qs[q + j] = Math.sign(x) * Math.floor(Math.abs(x) + 0.5);
    }
  }
  const halves = fromFloat32(scales, 'F16');
  for (let b = 0; b < blocks; b++) {
    out[b * BLOCK_BYTES] = halves[2 * b];
    out[b * BLOCK_BYTES + 1] = halves[2 * b + 1];
  }
  return out;
}

/**
 * Float32 values of Q8_0 bytes (`count` values), as ggml's `dequantize_row_q8_0` computes them.
 *
 * @example
 * dequantizeQ8_0(quantizeQ8_0(w), w.length); // w within half a quantization step per block
 */
export function dequantizeQ8_0(bytes: Uint8Array, count: number): Float32Array {
  if (count % Q8_0_BLOCK !== 0 || bytes.byteLength !== (count / Q8_0_BLOCK) * BLOCK_BYTES) {
    throw new Error(`Q8_0: ${bytes.byteLength} bytes cannot hold ${count} values (expected ${(count / Q8_0_BLOCK) * BLOCK_BYTES})`);
  }
  const out = new Float32Array(count);
  const qs = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let b = 0; b < count / Q8_0_BLOCK; b++) {
    const d = toFloat32(bytes.subarray(b * BLOCK_BYTES, b * BLOCK_BYTES + 2), 'F16')[0];
    for (let j = 0; j < Q8_0_BLOCK; j++) out[b * Q8_0_BLOCK + j] = qs[b * BLOCK_BYTES + 2 + j] * d;
  }
  return out;
}
