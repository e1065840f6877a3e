/**
 * The forward pass shared by the quantized projections (Int8Linear, NF4Linear): dequantize the
 * weight to float32 for this call only, matmul, add the float bias. Only the storage format
 * differs between them, so the compute lives here once.
 *
 * @example
 * apply(x: tf.Tensor) { return applyDequantized(this, x, 'NF4Linear'); }
 */
import * as tf from '@tensorflow/tfjs';
import { linearMatMul } from '../matmul.js';

/**
 * What `applyDequantized` needs from a layer.
 *
 * @example
 * const layer: DequantizableLinear = NF4Linear.fromDense(w);
 */
export interface DequantizableLinear {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly bias?: tf.Tensor1D;
  /** The float32 weight `[out, in]` (a new tensor; the caller disposes it). */
  dequantize(): tf.Tensor2D;
}

/**
 * `y = x W^T + b` with `W = layer.dequantize()`; the float weight lives only inside this call.
 *
 * @example
 * const y = applyDequantized(int8Layer, x, 'Int8Linear'); // [..., in] -> [..., out]
 */
export function applyDequantized(layer: DequantizableLinear, x: tf.Tensor, label: string): tf.Tensor {
  const inF = x.shape[x.rank - 1];
  if (inF !== layer.inFeatures) {
    throw new Error(`${label}: input last dim ${inF} does not match inFeatures ${layer.inFeatures}`);
  }
  return tf.tidy(() => {
    const lead = x.shape.slice(0, -1);
    const w = layer.dequantize(); // [out, in], freed by tidy
    let y = linearMatMul(x.reshape([-1, layer.inFeatures]) as tf.Tensor2D, w); // [N, out]
    if (layer.bias) y = tf.add(y, layer.bias);
    return y.reshape([...lead, layer.outFeatures]);
  });
}
