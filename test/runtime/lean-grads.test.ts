/**
 * leanVariableGrads walks tfjs's tape itself to free gradients early: it must give exactly what
 * tf.variableGrads gives, on small graphs with the awkward cases (a tensor used twice, multi-output
 * ops, identity-like gradients, unconnected and frozen variables) and on a LoRA model's loss, and
 * leave no tensor behind.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { leanVariableGrads } from '../../sdk/runtime/lean-grads.js';
import { applyLora } from '../../sdk/train/lora.js';
import { sftLoss } from '../../sdk/train/sft.js';
import { fixtureDir, idTokenizer } from '../model/helpers.js';

beforeAll(async () => {
  await initBackend();
});

function same(f: () => tf.Scalar, vars: tf.Variable[]): void {
  const before = tf.memory().numTensors;
  const ref = tf.variableGrads(f, vars);
  const lean = leanVariableGrads(f, vars);
  expect(lean.value.dataSync()[0]).toBeCloseTo(ref.value.dataSync()[0], 6);
  const refNames = Object.keys(ref.grads).filter((k) => ref.grads[k] !== null).sort();
  expect(Object.keys(lean.grads).sort()).toEqual(refNames);
  for (const k of refNames) {
    const a = lean.grads[k].dataSync();
    const b = ref.grads[k].dataSync();
    let d = 0;
    for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
    expect(d, k).toBeLessThan(1e-6);
  }
  tf.dispose([ref.value, lean.value, ...Object.values(ref.grads).filter((g): g is tf.Tensor => g !== null), ...Object.values(lean.grads)]);
  expect(tf.memory().numTensors, 'tensors left behind').toBe(before);
}

describe('leanVariableGrads', () => {
  it('matches tf.variableGrads on graphs with reuse, multi-output ops, identity gradients, unused and frozen variables', () => {
    const w = tf.variable(tf.randomNormal([4, 6], 0, 1, 'float32', 1), true, 'lean-w');
    const b = tf.variable(tf.randomNormal([6], 0, 1, 'float32', 2), true, 'lean-b');
    const unused = tf.variable(tf.zeros([3]), true, 'lean-unused');
    const frozen = tf.variable(tf.ones([6]), false, 'lean-frozen');
    const x = tf.randomNormal([5, 4], 0, 1, 'float32', 3);
    same(() => {
      const h = tf.add(tf.matMul(x, w), b); // [5, 6]
      const [p, q] = tf.split(h, 2, 1); // multi-output
      const r = tf.mul(h, h); // same tensor twice
      const s = tf.reshape(tf.clone(r), [30]); // identity-like gradients
      return tf.add(tf.sum(tf.mul(p, q)), tf.add(tf.sum(tf.tanh(s)), tf.sum(tf.mul(h, frozen)))) as tf.Scalar;
    }, [w, b, unused, frozen]);
    tf.dispose([w, b, unused, frozen, x]);
  });

  it('matches tf.variableGrads on a LoRA model loss (fused kernels, gather, masked attention)', async () => {
    const model = await loadModel(fixtureDir('qwen2-f16'), { tokenizer: idTokenizer(384) });
    const lora = applyLora(model, { r: 4, alpha: 8, dropout: 0 });
    tf.tidy(() => {
      for (const l of lora.layers.values()) l.B.assign(tf.randomNormal(l.B.shape, 0, 0.1, 'float32', 4));
    });
    const batch = {
      inputIds: [[1, 40, 41, 42, 43], [1, 50, 51, 0, 0]],
      attentionMask: [[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]],
      labels: [[-100, 40, 41, 42, 43], [-100, 50, 51, -100, -100]],
      tokens: 8,
      targets: 6,
    };
    same(() => sftLoss(model, batch), lora.variables());
    lora.remove();
    model.dispose();
  });

  it('rejects a loss that does not reach any variable', () => {
    const v = tf.variable(tf.ones([2]), true, 'lean-lonely');
    expect(() => leanVariableGrads(() => tf.scalar(1), [v])).toThrow(/Cannot find a connection/);
    v.dispose();
  });
});
