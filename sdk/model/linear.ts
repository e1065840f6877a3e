/**
 * The dense projection every checkpoint starts with: `y = x·Wᵀ + b`, weight in HF layout `[out, in]`.
 *
 * @example
 * const lin = new DenseLinear(tf.variable(tf.randomNormal([8, 4]), false));
 * lin.apply(tf.ones([2, 3, 4])).shape; // [2, 3, 8]
 */
import * as tf from '@tensorflow/tfjs';
import { linearMatMul } from './matmul.js';
import type { CausalLM, Linear } from './types.js';

/**
 * `Linear` backed by a `tf.Variable` weight `[out, in]` and optional bias `[out]`.
 *
 * @example
 * const y = new DenseLinear(w, b).apply(x); // [..., in] -> [..., out]
 */
export class DenseLinear implements Linear {
  readonly inFeatures: number;
  readonly outFeatures: number;

  constructor(
    readonly weight: tf.Variable,
    readonly bias?: tf.Variable,
  ) {
    if (weight.rank !== 2) throw new Error(`DenseLinear: weight must be [out, in], got shape [${weight.shape}]`);
    [this.outFeatures, this.inFeatures] = weight.shape as [number, number];
    if (bias && (bias.rank !== 1 || bias.shape[0] !== this.outFeatures)) {
      throw new Error(`DenseLinear: bias must be [${this.outFeatures}], got shape [${bias.shape}]`);
    }
  }

  apply(x: tf.Tensor): tf.Tensor {
    const inF = x.shape[x.rank - 1];
    if (inF !== this.inFeatures) {
      throw new Error(`DenseLinear: input last dim ${inF} does not match inFeatures ${this.inFeatures}`);
    }
    return tf.tidy(() => {
      const lead = x.shape.slice(0, -1);
      const x2 = x.reshape([-1, this.inFeatures]); // [N, in]
      // linearMatMul keeps W in HF layout and avoids wasm's slow transposed matmuls.
      let y: tf.Tensor = linearMatMul(x2 as tf.Tensor2D, this.weight as tf.Tensor2D); // [N, out]
      if (this.bias) y = tf.add(y, this.bias);
      return y.reshape([...lead, this.outFeatures]);
    });
  }

  variables(): tf.Variable[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }

  dispose(): void {
    this.weight.dispose();
    this.bias?.dispose();
  }
}

/**
 * Module paths of `model`'s projections that hold quantized weights (int8/NF4, also under a LoRA
 * wrapper, whose frozen layer is its `base`). Exports that need full-precision weights refuse these.
 *
 * @example
 * quantizedProjections(await loadModel(dir, { quantize: 'nf4' }))[0]; // 'model.layers.0.self_attn.q_proj'
 */
export function quantizedProjections(model: CausalLM): string[] {
  return [...model.linears()]
    .filter(([, l]) => {
      const base = (l as { base?: unknown }).base ?? l;
      return (base as { quantized?: boolean }).quantized === true;
    })
    .map(([path]) => path);
}
