/**
 * The causal-LM loss against a PyTorch golden fixture (scripts/reference/loss_ref.py: HF
 * ForCausalLMLoss, its value and autograd gradients), through both formulations: logits then
 * `causalLmLoss`, and the fused chunked `causalLmLossFromHidden` / `lmHeadCrossEntropy`, which
 * must also give no gradient to a frozen projection.
 */
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSafetensors } from '../../sdk/model/safetensors.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { lmHeadCrossEntropy } from '../../sdk/train/chunked-xent.js';
import { IGNORE_INDEX, causalLmLoss, causalLmLossFromHidden, shiftedTargets } from '../../sdk/train/loss.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/train/loss.safetensors', import.meta.url));
const tensors = new Map<string, tf.Tensor>();

beforeAll(async () => {
  await initBackend();
  const st = await readSafetensors(FIXTURE);
  try {
    for (const [name, info] of st.tensors) tensors.set(name, tf.tensor(await st.read(name), info.shape, 'float32'));
  } finally {
    await st.close();
  }
});
afterAll(() => tensors.forEach((t) => t.dispose()));

function fixture(name: string) {
  const get = (k: string) => tensors.get(`${name}.${k}`)!;
  const labels = (get('labels').arraySync() as number[][]).map((r) => r.map(Math.round));
  return { hidden: get('hidden') as tf.Tensor3D, weight: get('weight') as tf.Tensor2D, labels, loss: get('loss').dataSync()[0], gh: get('grad_hidden'), gw: get('grad_weight') };
}

/** max |a - b| / (max |b| + tiny): error relative to the tensor's scale (float32 sums over 5003 logits: ~1e-5). */
function relErr(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] / (tf.max(tf.abs(b)).dataSync()[0] + 1e-12));
}

describe.each(['small', 'wide'])('causal-LM loss, %s vocabulary, equals PyTorch', (name) => {
  it('through the logits (causalLmLoss): value and gradients', () => {
    const f = fixture(name);
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const run = (h: tf.Tensor, w: tf.Tensor) => {
        const [B, T, D] = h.shape;
        const logits = tf.matMul(h.reshape([B * T, D]), w, false, true).reshape([B, T, w.shape[0]]) as tf.Tensor3D;
        return causalLmLoss(logits, f.labels).loss;
      };
      const { value, grads } = tf.valueAndGrads(run)([f.hidden, f.weight]);
      expect(value.dataSync()[0]).toBeCloseTo(f.loss, 5);
      expect(relErr(grads[0], f.gh)).toBeLessThan(3e-5);
      expect(relErr(grads[1], f.gw)).toBeLessThan(3e-5);
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('through the hidden states, fused and chunked (causalLmLossFromHidden): value and gradients', () => {
    const f = fixture(name);
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const run = (h: tf.Tensor, w: tf.Tensor) => causalLmLossFromHidden(h as tf.Tensor3D, { weight: w as tf.Tensor2D }, f.labels).loss;
      const { value, grads } = tf.valueAndGrads(run)([f.hidden, f.weight]);
      expect(value.dataSync()[0]).toBeCloseTo(f.loss, 5);
      expect(relErr(grads[0], f.gh)).toBeLessThan(3e-5);
      expect(relErr(grads[1], f.gw)).toBeLessThan(3e-5);
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('in chunks of 3 rows (lmHeadCrossEntropy), a frozen projection gets no gradient and costs none', () => {
    const f = fixture(name);
    const { rows, ids } = shiftedTargets(f.labels);
    const frozen = tf.variable(f.weight, false);
    const trained = tf.variable(tf.zeros([4]), true); // a variable the loss does not read
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const [B, T, D] = f.hidden.shape;
      const sel = tf.gather(f.hidden.reshape([B * T, D]), tf.tensor1d(rows, 'int32')) as tf.Tensor2D;
      const { value, grads } = tf.valueAndGrads((h: tf.Tensor) => tf.mean(lmHeadCrossEntropy(h as tf.Tensor2D, frozen, ids, 3)))([sel]);
      expect(value.dataSync()[0]).toBeCloseTo(f.loss, 5);
      const expected = tf.gather(f.gh.reshape([B * T, D]), tf.tensor1d(rows, 'int32'));
      expect(relErr(grads[0], expected)).toBeLessThan(3e-5);
      // Only trained variables are differentiated: the frozen weight is never asked for.
      const r = tf.variableGrads(() => tf.add(tf.mean(lmHeadCrossEntropy(sel, frozen, ids, 3)), tf.sum(trained)) as tf.Scalar);
      expect(Object.keys(r.grads)).toEqual([trained.name]);
    });
    expect(tf.memory().numTensors).toBe(before);
    frozen.dispose();
    trained.dispose();
  });
});

describe('causalLmLoss bookkeeping', () => {
  const labels = [
    [IGNORE_INDEX, IGNORE_INDEX, 3, 1],
    [IGNORE_INDEX, 2, 0, IGNORE_INDEX],
  ];

  it('shifts by one and skips ignored labels', () => {
    expect(shiftedTargets(labels)).toEqual({ rows: [1, 2, 4, 5], ids: [3, 1, 2, 0] });
  });

  it('gradients flow only through scored positions', () => {
    const x = tf.variable(tf.randomNormal([2, 4, 4], 0, 1, 'float32', 3));
    const g = tf.grad((l: tf.Tensor) => causalLmLoss(l as tf.Tensor3D, labels).loss)(x);
    const arr = g.arraySync() as number[][][];
    expect(arr[0][0].every((v) => v === 0)).toBe(true); // position 0 predicts an ignored label
    expect(arr[0][3].every((v) => v === 0)).toBe(true); // last position has no next token
    // softmax - onehot, divided by 4 targets, sums to zero on a scored row
    expect(arr[0][1].reduce((a, b) => a + b, 0)).toBeCloseTo(0, 6);
    expect(arr[0][1][3]).toBeLessThan(0);
    tf.dispose([x, g]);
  });

  it('rejects a batch without targets and labels outside the vocabulary', () => {
    const logits = tf.zeros([2, 4, 4]) as tf.Tensor3D;
    const hidden = tf.zeros([2, 4, 3]) as tf.Tensor3D;
    const weight = tf.zeros([4, 3]) as tf.Tensor2D;
    expect(() => causalLmLoss(logits, labels.map((r) => r.map(() => IGNORE_INDEX)))).toThrow(/every label is ignored/);
    expect(() => causalLmLoss(logits, [[0, 9, 0, 0], [0, 0, 0, 0]])).toThrow(/label 9 is outside the vocabulary \[0, 4\)/);
    expect(() => causalLmLossFromHidden(hidden, { weight }, [[0, 9, 0, 0], [0, 0, 0, 0]])).toThrow(/label 9 is outside the vocabulary \[0, 4\)/);
    expect(() => lmHeadCrossEntropy(tf.zeros([2, 3]) as tf.Tensor2D, weight, [1])).toThrow(/1 targets for 2 rows/);
    tf.dispose([logits, hidden, weight]);
  });
});
