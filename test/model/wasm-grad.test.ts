/**
 * The full backward pass of the model runs on the wasm backend (with the kernels registered in
 * sdk/runtime/wasm-kernels.ts) and its gradients equal the cpu backend's.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadModel, type LoadedModel } from '../../sdk/model/loader.js';
import { registerWasmKernels } from '../../sdk/runtime/wasm-kernels.js';
import { fixtureDir, idTokenizer } from './helpers.js';

/** Fixtures covering q/k/v biases with sliding windows (qwen2) and per-head q/k norms (qwen3). */
const FIXTURES = ['qwen2-bf16-sliding', 'qwen3-f32-headdim'];
const models = new Map<string, LoadedModel>();

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
  registerWasmKernels();
  for (const f of FIXTURES) models.set(f, await loadModel(fixtureDir(f), { tokenizer: idTokenizer(384) }));
});
afterAll(() => models.forEach((m) => m.dispose()));

/** Mean next-token cross-entropy of a padded batch, and its gradients for every parameter. */
function lossAndGrads(model: LoadedModel, gradientCheckpointing = false): { loss: number; grads: Map<string, Float32Array> } {
  const params = model.parameters();
  const names = [...params.keys()];
  for (const v of params.values()) v.trainable = true;
  const grads = new Map<string, Float32Array>();
  let loss = NaN;
  try {
    tf.tidy(() => {
      const ids = tf.tensor2d([[3, 40, 50, 60, 70], [0, 0, 80, 90, 100]], [2, 5], 'int32');
      const mask = tf.tensor2d([[1, 1, 1, 1, 1], [0, 0, 1, 1, 1]], [2, 5], 'int32');
      const r = tf.variableGrads(() => {
        const { logits } = model.forward(ids, { attentionMask: mask, gradientCheckpointing });
        const lp = tf.logSoftmax(logits.slice([0, 0, 0], [2, 4, 384]));
        const target = tf.oneHot(ids.slice([0, 1], [2, 4]), 384);
        return tf.neg(tf.mean(tf.sum(tf.mul(lp, target), -1))) as tf.Scalar;
      }, [...params.values()]);
      for (const n of names) grads.set(n, r.grads[params.get(n)!.name].dataSync() as Float32Array);
      loss = r.value.dataSync()[0];
    });
    return { loss, grads };
  } finally {
    for (const v of params.values()) v.trainable = false;
  }
}

function expectSameGrads(a: ReturnType<typeof lossAndGrads>, ref: ReturnType<typeof lossAndGrads>, size: number): void {
  expect(a.loss).toBeCloseTo(ref.loss, 4);
  expect(a.grads.size).toBe(size);
  for (const [name, g] of a.grads) {
    const c = ref.grads.get(name)!;
    let diff = 0;
    let scale = 1e-6;
    for (let i = 0; i < g.length; i++) {
      diff = Math.max(diff, Math.abs(g[i] - c[i]));
      scale = Math.max(scale, Math.abs(c[i]));
    }
    expect(diff / scale, name).toBeLessThan(1e-4);
    expect(scale, `${name} has a non-zero gradient`).toBeGreaterThan(1e-6);
  }
}

it('registers UnsortedSegmentSum for wasm and matches cpu', () => {
  const r = tf.tidy(() =>
    tf.unsortedSegmentSum(tf.tensor2d([[1, 2], [3, 4], [5, 6], [7, 8]]), tf.tensor1d([2, 0, 2, -1], 'int32'), 3).arraySync(),
  );
  expect(r).toEqual([[3, 4], [0, 0], [6, 8]]);
});

it.each(FIXTURES)('%s: every parameter gradient on wasm (with and without gradient checkpointing) equals cpu within 1e-4 relative', async (name) => {
  const model = models.get(name)!;
  const before = tf.memory().numTensors;
  const wasm = lossAndGrads(model);
  const recomputed = lossAndGrads(model, true);
  expect(tf.memory().numTensors).toBe(before);
  expect(tf.getBackend()).toBe('wasm');
  expect(await tf.setBackend('cpu')).toBe(true);
  const cpu = lossAndGrads(model);
  await tf.setBackend('wasm');
  expectSameGrads(wasm, cpu, model.parameters().size);
  expectSameGrads(recomputed, cpu, model.parameters().size);
});
