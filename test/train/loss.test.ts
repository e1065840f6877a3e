import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { IGNORE_INDEX, causalLmLoss, shiftedTargets } from '../../sdk/train/loss.js';

beforeAll(async () => {
  await initBackend();
});

/** Reference: HF ForCausalLMLoss written out with loops (shift, ignore -100, mean). */
function reference(logits: number[][][], labels: number[][]): number {
  let sum = 0;
  let n = 0;
  logits.forEach((seq, b) => {
    for (let t = 0; t + 1 < seq.length; t++) {
      const y = labels[b][t + 1];
      if (y === IGNORE_INDEX) continue;
      const row = seq[t];
      const m = Math.max(...row);
      const lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
      sum += lse - row[y];
      n++;
    }
  });
  return sum / n;
}

describe('causalLmLoss', () => {
  const logits = [
    [[1, 2, 0.5, -1], [0.1, 0.2, 0.3, 0.4], [3, -2, 0, 1], [0, 0, 0, 5]],
    [[-1, 0, 1, 2], [2, 2, 2, 2], [0.5, -0.5, 1.5, -1.5], [1, 1, 0, 0]],
  ];
  const labels = [
    [IGNORE_INDEX, IGNORE_INDEX, 3, 1],
    [IGNORE_INDEX, 2, 0, IGNORE_INDEX],
  ];

  it('shifts by one and skips ignored labels', () => {
    expect(shiftedTargets(labels)).toEqual({ rows: [1, 2, 4, 5], ids: [3, 1, 2, 0] });
  });

  it('equals the HF masked mean cross-entropy', () => {
    const { loss, targets } = causalLmLoss(tf.tensor3d(logits), labels);
    expect(targets).toBe(4);
    expect(loss.dataSync()[0]).toBeCloseTo(reference(logits, labels), 5);
    // Hand check of one term: position (0,1) predicts 3 from uniform-ish logits.
    const row = logits[0][1];
    const term = Math.log(row.reduce((s, v) => s + Math.exp(v), 0)) - row[3];
    expect(term).toBeCloseTo(1.2425, 3);
  });

  it('gradients flow only through scored positions', () => {
    const x = tf.variable(tf.tensor3d(logits));
    const g = tf.grad((l: tf.Tensor) => causalLmLoss(l as tf.Tensor3D, labels).loss)(x);
    const arr = g.arraySync() as number[][][];
    expect(arr[0][0].every((v) => v === 0)).toBe(true); // position 0 predicts an ignored label
    expect(arr[0][3].every((v) => v === 0)).toBe(true); // last position has no next token
    // softmax - onehot, divided by 4 targets, sums to zero on a scored row
    expect(arr[0][1].reduce((a, b) => a + b, 0)).toBeCloseTo(0, 6);
    expect(arr[0][1][3]).toBeLessThan(0);
  });

  it('rejects a batch without targets and labels outside the vocabulary', () => {
    expect(() => causalLmLoss(tf.tensor3d(logits), labels.map((r) => r.map(() => IGNORE_INDEX)))).toThrow(/every label is ignored/);
    expect(() => causalLmLoss(tf.tensor3d(logits), [[0, 9, 0, 0], [0, 0, 0, 0]])).toThrow(/label 9 is outside the vocabulary \[0, 4\)/);
  });
});
