/**
 * Quantize a model's decoder projections in place, or while it loads.
 *
 * Like bitsandbytes' `load_in_4bit` / `load_in_8bit`, only the projections inside decoder layers
 * are quantized; embeddings and `lm_head` stay float32 (bitsandbytes skips `lm_head` by default
 * because the output distribution is sensitive to it).
 *
 * @example
 * const model = await loadModel(dir, { quantize: 'nf4', quantizeLinear });   // while loading
 * const report = quantizeModel(model, 'int8');                               // or afterwards
 */
import type * as tf from '@tensorflow/tfjs';
import { DenseLinear } from '../linear.js';
import type { CausalLM, Linear, QuantizeKind, QuantizeLinearHook } from '../types.js';
import { Int8Linear } from './int8.js';
import { NF4Linear, type Nf4Options } from './nf4.js';

/** Options of `quantizeModel` / `makeQuantizeLinear`. @example quantizeModel(model, 'nf4', { doubleQuant: false }); */
export interface QuantizeOptions {
  /** NF4 only: double-quantize the absmax values. Default true, as QLoRA recommends (saves ~0.05 B/param). */
  doubleQuant?: boolean;
  /** NF4 only: values per absmax block. Default 64 (bitsandbytes). */
  blocksize?: number;
}

/** Projections `quantizeModel` touches: those of decoder layers (`model.layers.N.…`). @example isQuantizableLinear('lm_head'); // false */
export function isQuantizableLinear(path: string): boolean {
  return path.startsWith('model.layers.');
}

/**
 * Build the quantized replacement of one float weight `[out, in]` (and bias). Copies what it keeps.
 *
 * @example
 * const q = quantizeWeight(w, b, 'nf4'); w.dispose();
 */
export function quantizeWeight(weight: tf.Tensor, bias: tf.Tensor | undefined, kind: QuantizeKind, opts: QuantizeOptions = {}): Int8Linear | NF4Linear {
  if (kind === 'int8') return Int8Linear.fromDense(weight, bias);
  if (kind === 'nf4') {
    const nf: Nf4Options = { doubleQuant: opts.doubleQuant ?? true, blocksize: opts.blocksize };
    return NF4Linear.fromDense(weight, bias, nf);
  }
  throw new Error(`quantize: kind ${JSON.stringify(kind)} is not supported; expected "int8" or "nf4"`);
}

/**
 * A `QuantizeLinearHook` for `loadModel(dir, { quantize, quantizeLinear })`: quantizes decoder
 * projections as they stream in and leaves every other projection dense.
 *
 * @example
 * const model = await loadModel(dir, { quantize: 'nf4', quantizeLinear: makeQuantizeLinear() });
 */
export function makeQuantizeLinear(opts: QuantizeOptions = {}): QuantizeLinearHook {
  return (path, weight, bias, kind) => (isQuantizableLinear(path) ? quantizeWeight(weight, bias, kind, opts) : undefined);
}

/** The default hook (NF4 with double quantization; int8 row-wise). @example loadModel(dir, { quantize: 'int8', quantizeLinear }) */
export const quantizeLinear: QuantizeLinearHook = makeQuantizeLinear();

/** What `quantizeModel` did. @example const { bytesPerParameter }: QuantizeReport = quantizeModel(model, 'int8'); */
export interface QuantizeReport {
  kind: QuantizeKind;
  /** Projections replaced. */
  layers: number;
  /** Weight parameters now stored quantized. */
  parameters: number;
  /** Bytes those weights took as float32 before, and take now. */
  bytesBefore: number;
  bytesAfter: number;
  /** bytesAfter / parameters. */
  bytesPerParameter: number;
}

/**
 * Replace every dense decoder projection of `model` by its quantized version and dispose the
 * float weights. Projections already quantized or wrapped (LoRA) are refused: quantize first,
 * then apply LoRA (QLoRA).
 *
 * @example
 * const r = quantizeModel(model, 'nf4'); console.log(r.bytesPerParameter); // ≈ 0.52
 */
export function quantizeModel(model: CausalLM, kind: QuantizeKind, opts: QuantizeOptions = {}): QuantizeReport {
  const report: QuantizeReport = { kind, layers: 0, parameters: 0, bytesBefore: 0, bytesAfter: 0, bytesPerParameter: 0 };
  for (const [path, layer] of model.linears()) {
    if (!isQuantizableLinear(path)) continue;
    if (!(layer instanceof DenseLinear)) {
      const what = (layer as { quantized?: boolean }).quantized ? 'already quantized' : `a ${layer.constructor.name}`;
      throw new Error(`quantizeModel: ${path} is ${what}, not a dense projection; quantize the freshly loaded model before applying LoRA`);
    }
    const q = quantizeWeight(layer.weight, layer.bias, kind, opts);
    model.setLinear(path, q);
    report.layers++;
    report.parameters += layer.weight.size;
    report.bytesBefore += 4 * layer.weight.size;
    report.bytesAfter += q.bytesPerParameter() * layer.weight.size;
    layer.dispose();
  }
  report.bytesPerParameter = report.parameters ? report.bytesAfter / report.parameters : 0;
  return report;
}

/**
 * Bytes per weight parameter of one projection: 4 for float32, or the quantized layer's own figure
 * (LoRA wrappers report their base).
 *
 * @example
 * bytesPerParameter(model.linears().get('model.layers.0.mlp.up_proj')!); // 0.516 for NF4+DQ
 */
export function bytesPerParameter(layer: Linear): number {
  const l = (layer as { base?: Linear }).base ?? layer;
  const f = (l as { bytesPerParameter?: () => number }).bytesPerParameter;
  return typeof f === 'function' ? f.call(l) : 4;
}
