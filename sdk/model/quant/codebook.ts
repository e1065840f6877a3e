/**
 * Code books and block-wise quantization with bitsandbytes semantics, on plain typed arrays.
 *
 * Everything here mirrors bitsandbytes' PyTorch-native ("default") backend step by step, in
 * float32 arithmetic (`Math.fround` after each operation), so our codes are the codes
 * bitsandbytes writes and our dequantized values are bit-identical:
 * - scale by the reciprocal: `clamp(x * (1 / absmax), -1, 1)` with absmax clamped to 1e-38;
 * - nearest code by `torch.bucketize(scaled, midpoints)` (right=False: a value exactly on a
 *   midpoint takes the lower code);
 * - dequantize as `code[q] * absmax`.
 *
 * @example
 * const { codes, absmax } = quantizeBlockwise(values, DYNAMIC_MAP, 256);
 * dequantizeBlockwise(codes, absmax, DYNAMIC_MAP, 256); // ≈ values
 */

import { nativeStatus } from '../../runtime/native.js';

const fr = Math.fround;

/**
 * The NF4 data type (QLoRA, Dettmers et al. 2023): 16 quantiles of N(0, 1) scaled to [-1, 1],
 * with an exact zero. Values as in bitsandbytes `get_4bit_type('nf4')`, rounded to float32.
 *
 * @example
 * NF4_CODE[7]; // 0
 */
export const NF4_CODE: Float32Array = Float32Array.from([
  -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
  -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
  0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
  0.7229568362236023, 1.0,
]);

/**
 * The mathematical form of bitsandbytes `create_dynamic_map(signed=True, max_exponent_bits=7,
 * total_bits=8)` (Dettmers 2015 dynamic-exponent code), computed in float64 and rounded once.
 * bitsandbytes builds its map with float32 `torch.linspace`, whose last bit depends on the CPU
 * kernel's vector width, so a few entries of this derivation differ from `DYNAMIC_MAP` by one
 * float32 ulp; `DYNAMIC_MAP` is the table bitsandbytes actually uses (test/layers checks both).
 *
 * @example
 * const map = createDynamicMap(); map.length; // 256
 */
export function createDynamicMap(signed = true, maxExponentBits = 7, totalBits = 8): Float32Array {
  const data: number[] = [];
  const nonSignBits = totalBits - 1;
  const additional = 2 ** (nonSignBits - maxExponentBits) - 1;
  const push = (i: number, items: number) => {
    const scale = 10 ** (-(maxExponentBits - 1) + i);
    const step = 0.9 / (items - 1);
    for (let j = 0; j < items - 1; j++) {
      const mean = 0.1 + step * (j + 0.5); // midpoint of two linspace(0.1, 1) boundaries
      data.push(scale * mean);
      if (signed) data.push(-scale * mean);
    }
  };
  let i = 0;
  for (i = 0; i < maxExponentBits; i++) {
    push(i, signed ? 2 ** (i + nonSignBits - maxExponentBits) + 1 : 2 ** (i + nonSignBits - maxExponentBits + 1) + 1);
  }
  if (additional > 0) push(i - 1, additional + 1);
  data.push(0, 1.0);
  while (data.length < 2 ** totalBits) data.push(0);
  data.sort((a, b) => a - b);
  return Float32Array.from(data);
}

/**
 * The 8-bit dynamic map bitsandbytes' `quantize_blockwise` uses by default (and so NF4 double
 * quantization): `create_dynamic_map()` as evaluated by PyTorch's CPU kernels, the table that
 * bitsandbytes also serializes as `nested_quant_map`. Sorted, 256 float32 values.
 *
 * @example
 * DYNAMIC_MAP[255]; // 1
 */
export const DYNAMIC_MAP: Float32Array = Float32Array.from([
  -0.99296874, -0.9789062, -0.96484375, -0.9507812, -0.9367187, -0.92265624, -0.9085938, -0.89453125,
  -0.8804687, -0.8664062, -0.85234374, -0.8382812, -0.82421875, -0.8101562, -0.7960937, -0.78203124,
  -0.7679688, -0.75390625, -0.7398438, -0.72578126, -0.7117188, -0.6976563, -0.68359375, -0.6695313,
  -0.65546876, -0.64140624, -0.6273438, -0.61328125, -0.5992187, -0.58515626, -0.5710938, -0.5570313,
  -0.54296875, -0.5289062, -0.51484376, -0.50078124, -0.48671877, -0.47265625, -0.45859373, -0.44453126,
  -0.43046874, -0.4164062, -0.40234375, -0.38828123, -0.37421876, -0.36015624, -0.3460937, -0.33203125,
  -0.31796873, -0.30390626, -0.28984374, -0.27578127, -0.26171875, -0.24765626, -0.23359376, -0.21953125,
  -0.20546874, -0.19140625, -0.17734374, -0.16328125, -0.14921875, -0.13515624, -0.12109375, -0.107031256,
  -0.09859375, -0.095781244, -0.092968754, -0.09015625, -0.08734375, -0.08453125, -0.08171874, -0.07890625,
  -0.07609375, -0.07328125, -0.070468746, -0.067656256, -0.06484375, -0.062031247, -0.059218753, -0.05640625,
  -0.05359375, -0.05078125, -0.04796875, -0.04515625, -0.042343747, -0.03953125, -0.036718752, -0.033906247,
  -0.03109375, -0.028281247, -0.02546875, -0.02265625, -0.01984375, -0.01703125, -0.01421875, -0.01140625,
  -0.00971875, -0.009156249, -0.00859375, -0.00803125, -0.00746875, -0.00690625, -0.00634375, -0.00578125,
  -0.0052187503, -0.0046562497, -0.00409375, -0.0035312497, -0.00296875, -0.00240625, -0.00184375,
  -0.0012812499, -0.0009437501, -0.00083125, -0.00071875006, -0.0006062501, -0.00049375003, -0.00038125002,
  -0.00026875004, -0.00015625001, -8.875e-05, -6.625e-05, -4.375e-05, -2.1249998e-05, -7.75e-06,
  -3.2500002e-06, -5.5000004e-07, 0.0, 5.5000004e-07, 3.2500002e-06, 7.75e-06, 2.1249998e-05, 4.375e-05,
  6.625e-05, 8.875e-05, 0.00015625001, 0.00026875004, 0.00038125002, 0.00049375003, 0.0006062501,
  0.00071875006, 0.00083125, 0.0009437501, 0.0012812499, 0.00184375, 0.00240625, 0.00296875, 0.0035312497,
  0.00409375, 0.0046562497, 0.0052187503, 0.00578125, 0.00634375, 0.00690625, 0.00746875, 0.00803125,
  0.00859375, 0.009156249, 0.00971875, 0.01140625, 0.01421875, 0.01703125, 0.01984375, 0.02265625,
  0.02546875, 0.028281247, 0.03109375, 0.033906247, 0.036718752, 0.03953125, 0.042343747, 0.04515625,
  0.04796875, 0.05078125, 0.05359375, 0.05640625, 0.059218753, 0.062031247, 0.06484375, 0.067656256,
  0.070468746, 0.07328125, 0.07609375, 0.07890625, 0.08171874, 0.08453125, 0.08734375, 0.09015625,
  0.092968754, 0.095781244, 0.09859375, 0.107031256, 0.12109375, 0.13515624, 0.14921875, 0.16328125,
  0.17734374, 0.19140625, 0.20546874, 0.21953125, 0.23359376, 0.24765626, 0.26171875, 0.27578127, 0.28984374,
  0.30390626, 0.31796873, 0.33203125, 0.3460937, 0.36015624, 0.37421876, 0.38828123, 0.40234375, 0.4164062,
  0.43046874, 0.44453126, 0.45859373, 0.47265625, 0.48671877, 0.50078124, 0.51484376, 0.5289062, 0.54296875,
  0.5570313, 0.5710938, 0.58515626, 0.5992187, 0.61328125, 0.6273438, 0.64140624, 0.65546876, 0.6695313,
  0.68359375, 0.6976563, 0.7117188, 0.72578126, 0.7398438, 0.75390625, 0.7679688, 0.78203124, 0.7960937,
  0.8101562, 0.82421875, 0.8382812, 0.85234374, 0.8664062, 0.8804687, 0.89453125, 0.9085938, 0.92265624,
  0.9367187, 0.9507812, 0.96484375, 0.9789062, 0.99296874, 1.0,
]);

/** Midpoints between consecutive (sorted) code values, in float32, as bitsandbytes computes them. @example midpoints(NF4_CODE).length; // 15 */
export function midpoints(code: Float32Array): Float32Array {
  const m = new Float32Array(code.length - 1);
  for (let i = 0; i < m.length; i++) m[i] = fr(fr(code[i] + code[i + 1]) / 2);
  return m;
}

/** torch.bucketize(x, bounds, right=False): the number of bounds strictly below x. */
function bucketize(x: number, bounds: Float32Array): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Codes (one byte each, unpacked) and one absmax per block (the last block may be short). @example const { codes, absmax }: BlockwiseCodes = quantizeBlockwise(w, NF4_CODE, 64); */
export interface BlockwiseCodes {
  codes: Uint8Array;
  absmax: Float32Array;
}

/**
 * Block-wise absmax quantization of a flat array against a sorted code book
 * (bitsandbytes `quantize_blockwise` / the first half of `quantize_4bit`).
 *
 * @example
 * const { codes, absmax } = quantizeBlockwise(w, NF4_CODE, 64); // codes[i] in 0..15
 */
export function quantizeBlockwise(values: Float32Array, code: Float32Array, blocksize: number): BlockwiseCodes {
  const n = values.length;
  const blocks = Math.ceil(n / blocksize);
  const bounds = midpoints(code);
  const codes = new Uint8Array(n);
  const absmax = new Float32Array(blocks);
  // The native addon runs this exact arithmetic about 30x faster (minutes -> seconds at 0.5B weights).
  const addon = nativeStatus().addon;
  if (addon) {
    (addon.quantizeBlockwise as (...a: unknown[]) => void)(values, bounds, blocksize, codes, absmax);
    return { codes, absmax };
  }
  for (let b = 0; b < blocks; b++) {
    const start = b * blocksize;
    const end = Math.min(n, start + blocksize);
    let am = 0;
    for (let i = start; i < end; i++) {
      const a = Math.abs(values[i]);
      if (a > am) am = a;
    }
    absmax[b] = am;
    const inv = fr(1 / Math.max(am, fr(1e-38)));
    for (let i = start; i < end; i++) {
      const s = Math.min(1, Math.max(-1, fr(values[i] * inv)));
      codes[i] = bucketize(s, bounds);
    }
  }
  return { codes, absmax };
}

/**
 * Inverse of `quantizeBlockwise`: `code[q] * absmax[block]` in float32.
 *
 * @example
 * const w = dequantizeBlockwise(codes, absmax, NF4_CODE, 64);
 */
export function dequantizeBlockwise(
  codes: Uint8Array,
  absmax: Float32Array,
  code: Float32Array,
  blocksize: number,
  out: Float32Array = new Float32Array(codes.length),
): Float32Array {
  for (let i = 0; i < codes.length; i++) out[i] = fr(code[codes[i]] * absmax[(i / blocksize) | 0]);
  return out;
}

/**
 * Pack 4-bit codes two per byte in bitsandbytes' order: element 2k in the high nibble,
 * element 2k+1 in the low nibble. bitsandbytes pads an odd count with the scaled value 0.0, whose
 * code is the zero of the code book (7 for NF4): pass it as `padCode`.
 *
 * @example
 * packNibbles(Uint8Array.from([1, 2, 3]), 7); // Uint8Array [0x12, 0x37]
 */
export function packNibbles(codes: Uint8Array, padCode: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(codes.length / 2));
  for (let k = 0; k < out.length; k++) {
    const lo = 2 * k + 1 < codes.length ? codes[2 * k + 1] : padCode;
    out[k] = (codes[2 * k] << 4) | lo;
  }
  return out;
}

/**
 * Unpack `n` 4-bit codes packed by `packNibbles`.
 *
 * @example
 * unpackNibbles(Uint8Array.from([0x12, 0x37]), 3); // Uint8Array [1, 2, 3]
 */
export function unpackNibbles(packed: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const byte = packed[i >> 1];
    out[i] = i & 1 ? byte & 0x0f : byte >> 4;
  }
  return out;
}

/**
 * torch.round: round half to even (banker's rounding), unlike Math.round.
 *
 * @example
 * roundHalfEven(2.5); // 2
 */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
