/**
 * 4-bit NormalFloat weights with bitsandbytes `quantize_4bit(quant_type='nf4')` semantics: the
 * weight is flattened, cut into blocks of 64, each block scaled by its absmax and mapped to the
 * nearest of the 16 NF4 values; codes are packed two per byte (high nibble first). With double
 * quantization (bitsandbytes `compress_statistics`, QLoRA's "double quant") the float32 absmax
 * values are themselves quantized: `offset = mean(absmax)`, then 8-bit dynamic-map codes in
 * blocks of 256 with one float32 absmax per block.
 *
 * @example
 * const q = quantizeNf4(w, [out, inF], { doubleQuant: true });
 * const layer = new NF4Linear(q);
 * layer.bytesPerParameter(); // ≈ 0.516
 */
import * as tf from '@tensorflow/tfjs';
import type { QuantWeightHandle } from '../../runtime/fused-kernels.js';
import type { Linear } from '../types.js';
import { applyDequantized } from './dequantized-apply.js';
import {
  DYNAMIC_MAP,
  NF4_CODE,
  dequantizeBlockwise,
  packNibbles,
  quantizeBlockwise,
  unpackNibbles,
} from './codebook.js';

const fr = Math.fround;

/** bitsandbytes' default 4-bit block size (QLoRA paper): small enough to track local scale. @example quantizeNf4(w, shape, { blocksize: NF4_BLOCKSIZE }); */
export const NF4_BLOCKSIZE = 64;
/** bitsandbytes quantizes the absmax statistics in blocks of 256 (QLoRA double quantization). @example Math.ceil(blocks / DQ_BLOCKSIZE); // float32 scales kept */
export const DQ_BLOCKSIZE = 256;
/** Code of 0.0 in the NF4 table: bitsandbytes pads an odd element count with it. */
const NF4_ZERO = 7;

/** Double-quantized absmax values: 8-bit codes, one float32 scale per 256 codes, and the mean. @example quantizeNf4(w, shape, { doubleQuant: true }).doubleQuant!.offset; */
export interface DoubleQuantState {
  readonly codes: Uint8Array;
  readonly absmax: Float32Array;
  readonly offset: number;
}

/** A 4-bit NF4 weight as bitsandbytes stores it. @example const q: Nf4Weight = quantizeNf4(w, [out, inF]); */
export interface Nf4Weight {
  readonly shape: [number, number];
  readonly blocksize: number;
  /** `ceil(n / 2)` bytes, element 2k in the high nibble. */
  readonly packed: Uint8Array;
  /** One float32 absmax per block, present without double quantization. */
  readonly absmax?: Float32Array;
  /** Quantized absmax values, present with double quantization. */
  readonly doubleQuant?: DoubleQuantState;
}

/** Options of `quantizeNf4`. @example const o: Nf4Options = { doubleQuant: true }; */
export interface Nf4Options {
  /** Quantize the absmax values too (saves ~0.05 bytes/parameter). Default false, as bitsandbytes' compress_statistics. */
  doubleQuant?: boolean;
  /** Values per absmax block. Default 64, bitsandbytes' default. */
  blocksize?: number;
}

/**
 * Quantize a row-major float32 weight of `shape` to NF4.
 *
 * @example
 * const q = quantizeNf4(Float32Array.from(w), [48, 64]); q.packed.length; // 1536
 */
export function quantizeNf4(weight: Float32Array, shape: [number, number], opts: Nf4Options = {}): Nf4Weight {
  const blocksize = opts.blocksize ?? NF4_BLOCKSIZE;
  if (weight.length !== shape[0] * shape[1]) {
    throw new Error(`quantizeNf4: ${weight.length} values for shape [${shape}]`);
  }
  if (![32, 64, 128, 256, 512, 1024, 2048, 4096].includes(blocksize)) {
    throw new Error(`quantizeNf4: blocksize ${blocksize} is not one bitsandbytes supports (32, 64, ..., 4096)`);
  }
  const { codes, absmax } = quantizeBlockwise(weight, NF4_CODE, blocksize);
  const packed = packNibbles(codes, NF4_ZERO);
  if (!opts.doubleQuant) return { shape, blocksize, packed, absmax };
  // The exactly rounded mean (float64 sum, one rounding); see scripts/reference/layers_quant.py.
  let sum = 0;
  for (let i = 0; i < absmax.length; i++) sum += absmax[i];
  const offset = fr(sum / absmax.length);
  const centred = new Float32Array(absmax.length);
  for (let i = 0; i < absmax.length; i++) centred[i] = fr(absmax[i] - offset);
  const dq = quantizeBlockwise(centred, DYNAMIC_MAP, DQ_BLOCKSIZE);
  return { shape, blocksize, packed, doubleQuant: { codes: dq.codes, absmax: dq.absmax, offset } };
}

/**
 * The float32 absmax per block: stored, or recovered from double quantization as
 * `dynamic[q] * absmax2[block] + offset`.
 *
 * @example
 * const am = nf4Absmax(q); am.length; // number of 64-value blocks
 */
export function nf4Absmax(q: Nf4Weight): Float32Array {
  if (q.absmax) return q.absmax;
  const dq = q.doubleQuant;
  if (!dq) throw new Error('Nf4Weight has neither absmax nor doubleQuant');
  const am = dequantizeBlockwise(dq.codes, dq.absmax, DYNAMIC_MAP, DQ_BLOCKSIZE);
  for (let i = 0; i < am.length; i++) am[i] = fr(am[i] + dq.offset);
  return am;
}

/**
 * Dequantize to a row-major float32 array: `NF4[code] * absmax[block]`.
 *
 * @example
 * const w = dequantizeNf4(quantizeNf4(w0, [out, inF]));
 */
export function dequantizeNf4(q: Nf4Weight, out?: Float32Array): Float32Array {
  const n = q.shape[0] * q.shape[1];
  const codes = unpackNibbles(q.packed, n);
  return dequantizeBlockwise(codes, nf4Absmax(q), NF4_CODE, q.blocksize, out);
}

/**
 * `Linear` whose weight stays 4-bit in memory and is dequantized inside each `apply`.
 *
 * @example
 * const layer = NF4Linear.fromDense(w, undefined, { doubleQuant: true });
 * const y = layer.apply(x); // [..., in] -> [..., out]
 */
export class NF4Linear implements Linear {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** Always true: LoRA checks it before refusing to merge. */
  readonly quantized = true;
  readonly kind = 'nf4' as const;
  /** The packed codes and statistics as the native kernel reads them (shared arrays, no copy). */
  readonly handle: QuantWeightHandle;

  constructor(
    readonly weight: Nf4Weight,
    /** `[out]` float32, kept unquantized as bitsandbytes does. */
    readonly bias?: tf.Tensor1D,
  ) {
    [this.outFeatures, this.inFeatures] = weight.shape;
    const dq = weight.doubleQuant;
    this.handle = {
      kind: 'nf4', out: this.outFeatures, in: this.inFeatures, codes: weight.packed, blocksize: weight.blocksize,
      stats: dq ? dq.absmax : weight.absmax!, dqCodes: dq?.codes, dqOffset: dq?.offset, nf4Code: NF4_CODE, dynamicMap: DYNAMIC_MAP,
    };
    if (bias && (bias.rank !== 1 || bias.shape[0] !== this.outFeatures)) {
      throw new Error(`NF4Linear: bias must be [${this.outFeatures}], got shape [${bias.shape}]`);
    }
  }

  /**
   * Quantize a float weight `[out, in]` (and copy its bias); the caller still owns and disposes the inputs.
   *
   * @example
   * const q = NF4Linear.fromDense(w, b, { doubleQuant: true }); w.dispose();
   */
  static fromDense(weight: tf.Tensor, bias?: tf.Tensor, opts: Nf4Options = {}): NF4Linear {
    if (weight.rank !== 2) throw new Error(`NF4Linear: weight must be [out, in], got shape [${weight.shape}]`);
    const q = quantizeNf4(weight.dataSync() as Float32Array, weight.shape as [number, number], opts);
    return new NF4Linear(q, bias ? (tf.keep(bias.clone()) as tf.Tensor1D) : undefined);
  }

  /** The float32 weight `[out, in]` this layer computes with (a new tensor; dispose it). */
  dequantize(): tf.Tensor2D {
    return tf.tensor2d(dequantizeNf4(this.weight), this.weight.shape);
  }

  apply(x: tf.Tensor): tf.Tensor {
    return applyDequantized(this, x, 'NF4Linear');
  }

  /** Bytes held per weight parameter: packed codes plus absmax statistics (bias excluded). */
  bytesPerParameter(): number {
    const n = this.weight.shape[0] * this.weight.shape[1];
    const w = this.weight;
    const stats = w.absmax
      ? w.absmax.byteLength
      : w.doubleQuant!.codes.byteLength + w.doubleQuant!.absmax.byteLength + 4;
    return (w.packed.byteLength + stats) / n;
  }

  dispose(): void {
    this.bias?.dispose();
  }
}
