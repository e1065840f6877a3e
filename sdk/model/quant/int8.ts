/**
 * 8-bit weights with bitsandbytes LLM.int8 vector-wise semantics: one absmax per output row,
 * `codes = round(W * 127 / absmax)`, dequantized as `codes * absmax * (1/127)`.
 *
 * Only the weight-quantization half of LLM.int8 is reproduced (no activation quantization and no
 * outlier decomposition): the matmul runs in float32 on the dequantized weight, which is what
 * bitsandbytes' reference dequantization computes and what the tests pin down.
 *
 * @example
 * const q = quantizeInt8(w, 48, 64);       // w: Float32Array [48*64] row-major [out, in]
 * const layer = new Int8Linear(q);
 * layer.apply(x);                          // [..., 64] -> [..., 48]
 */
import * as tf from '@tensorflow/tfjs';
import type { QuantWeightHandle } from '../../runtime/fused-kernels.js';
import type { Linear } from '../types.js';
import { applyDequantized } from './dequantized-apply.js';
import { nativeStatus } from '../../runtime/native.js';
import { roundHalfEven } from './codebook.js';

const fr = Math.fround;
/** bitsandbytes multiplies by this float32 reciprocal of 127 rather than dividing. */
const INV127 = fr(7.874015718698502e-3);

/** An int8-quantized weight `[out, in]`: row-major codes and one absmax per output row. @example const q: Int8Weight = quantizeInt8(w, out, inF); */
export interface Int8Weight {
  readonly outFeatures: number;
  readonly inFeatures: number;
  /** `[out * in]` row-major. */
  readonly codes: Int8Array;
  /** `[out]` absmax of each row (bitsandbytes `SCB` / row_stats). */
  readonly absmax: Float32Array;
}

/**
 * Quantize a row-major `[out, in]` float32 weight row-wise. An all-zero row gets codes 0 (bitsandbytes
 * would divide by zero there).
 *
 * @example
 * const { codes, absmax } = quantizeInt8(Float32Array.from([0.5, -1, 0.25, 2]), 2, 2);
 */
export function quantizeInt8(weight: Float32Array, outFeatures: number, inFeatures: number): Int8Weight {
  if (weight.length !== outFeatures * inFeatures) {
    throw new Error(`quantizeInt8: ${weight.length} values for shape [${outFeatures}, ${inFeatures}]`);
  }
  const codes = new Int8Array(weight.length);
  const absmax = new Float32Array(outFeatures);
  // Same arithmetic in the native addon when it is built, many times faster on large weights.
  const addon = nativeStatus().addon;
  if (addon) {
    (addon.quantizeInt8 as (...a: unknown[]) => void)(weight, outFeatures, inFeatures, codes, absmax);
    return { outFeatures, inFeatures, codes, absmax };
  }
  for (let r = 0; r < outFeatures; r++) {
    const base = r * inFeatures;
    let am = 0;
    for (let c = 0; c < inFeatures; c++) am = Math.max(am, Math.abs(weight[base + c]));
    absmax[r] = am;
    if (am === 0) continue;
    const scale = fr(127 / am);
    for (let c = 0; c < inFeatures; c++) codes[base + c] = roundHalfEven(fr(weight[base + c] * scale));
  }
  return { outFeatures, inFeatures, codes, absmax };
}

/**
 * Dequantize to a row-major float32 `[out * in]` array: `fround(fround(q * absmax) * (1/127))`,
 * the operation order of bitsandbytes' `int8_vectorwise_dequant`.
 *
 * @example
 * const w = dequantizeInt8(quantizeInt8(w0, out, inF));
 */
export function dequantizeInt8(q: Int8Weight, out: Float32Array = new Float32Array(q.codes.length)): Float32Array {
  const { inFeatures, codes, absmax } = q;
  for (let i = 0; i < codes.length; i++) out[i] = fr(fr(codes[i] * absmax[(i / inFeatures) | 0]) * INV127);
  return out;
}

/**
 * `Linear` whose weight stays int8 in memory and is dequantized inside each `apply`.
 *
 * @example
 * const layer = Int8Linear.fromDense(denseLinear.weight, denseLinear.bias);
 * const y = layer.apply(x); // [..., in] -> [..., out]
 */
export class Int8Linear implements Linear {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** Always true: LoRA checks it before refusing to merge. */
  readonly quantized = true;
  readonly kind = 'int8' as const;
  /** The codes as the native kernel reads them (shared arrays, no copy). */
  readonly handle: QuantWeightHandle;

  constructor(
    readonly weight: Int8Weight,
    /** `[out]` float32, kept unquantized as bitsandbytes does. */
    readonly bias?: tf.Tensor1D,
  ) {
    this.inFeatures = weight.inFeatures;
    this.outFeatures = weight.outFeatures;
    this.handle = { kind: 'int8', out: weight.outFeatures, in: weight.inFeatures, codes: weight.codes, stats: weight.absmax };
    if (bias && (bias.rank !== 1 || bias.shape[0] !== this.outFeatures)) {
      throw new Error(`Int8Linear: bias must be [${this.outFeatures}], got shape [${bias.shape}]`);
    }
  }

  /**
   * Quantize a float weight `[out, in]` (and copy its bias); the caller still owns and disposes the inputs.
   *
   * @example
   * const q = Int8Linear.fromDense(w, b); w.dispose();
   */
  static fromDense(weight: tf.Tensor, bias?: tf.Tensor): Int8Linear {
    if (weight.rank !== 2) throw new Error(`Int8Linear: weight must be [out, in], got shape [${weight.shape}]`);
    const [out, inF] = weight.shape as [number, number];
    const q = quantizeInt8(weight.dataSync() as Float32Array, out, inF);
    return new Int8Linear(q, bias ? (tf.keep(bias.clone()) as tf.Tensor1D) : undefined);
  }

  /** The float32 weight `[out, in]` this layer computes with (a new tensor; dispose it). */
  dequantize(): tf.Tensor2D {
    return tf.tensor2d(dequantizeInt8(this.weight), [this.outFeatures, this.inFeatures]);
  }

  apply(x: tf.Tensor): tf.Tensor {
    return applyDequantized(this, x, 'Int8Linear');
  }

  /** Bytes held per weight parameter: 1 code byte + 4 bytes of absmax per row (bias excluded). */
  bytesPerParameter(): number {
    return (this.weight.codes.byteLength + this.weight.absmax.byteLength) / this.weight.codes.length;
  }

  dispose(): void {
    this.bias?.dispose();
  }
}
