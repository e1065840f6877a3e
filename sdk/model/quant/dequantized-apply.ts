/**
 * The forward pass shared by the quantized projections (Int8Linear, NF4Linear). Only the storage
 * format differs between them, so the compute lives here once:
 * - with the native addon: one kernel dequantizes tile by tile inside the product, so the float32
 *   weight never exists in full, forward or backward;
 * - without it: the weight is dequantized to float32 for this call, and dequantized again for the
 *   input gradient instead of being kept until the backward pass.
 * Either way the frozen base gets no weight gradient.
 *
 * @example
 * apply(x: tf.Tensor) { return applyDequantized(this, x, 'NF4Linear'); }
 */
import * as tf from '@tensorflow/tfjs';
import type { QuantWeightHandle } from '../../runtime/fused-kernels.js';
import { fusedKernelsActive, fusedQuantMatMul } from '../../runtime/fused-ops.js';

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
  /** The quantized storage as the native kernel reads it. */
  readonly handle: QuantWeightHandle;
}

type CustomGradFn = Parameters<typeof tf.customGrad>[0];

/** `x·Wᵀ` with W dequantized in this call and again for the input gradient `dy·W`. */
function plainProduct(layer: DequantizableLinear, x2: tf.Tensor2D): tf.Tensor2D {
  const op = (x: tf.Tensor, save: tf.GradSaveFunc) => {
    save([]);
    const value = tf.tidy(() => {
      const w = layer.dequantize(); // [out, in], freed by tidy
      return tf.matMul(x, w, false, true);
    });
    const gradFunc = (dy: tf.Tensor) => tf.tidy(() => tf.matMul(dy, layer.dequantize()));
    return { value, gradFunc };
  };
  return tf.customGrad(op as unknown as CustomGradFn)(x2) as tf.Tensor2D;
}

/**
 * `y = x W^T + b` for a quantized W (see the file comment for where the float weight lives).
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
    const x2 = x.reshape([-1, layer.inFeatures]) as tf.Tensor2D; // [N, in]
    let y: tf.Tensor = fusedKernelsActive() ? fusedQuantMatMul(x2, layer.handle) : plainProduct(layer, x2); // [N, out]
    if (layer.bias) y = tf.add(y, layer.bias);
    return y.reshape([...lead, layer.outFeatures]);
  });
}
