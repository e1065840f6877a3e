/** The flag-free matmuls give the same values and gradients as tf.matMul with transpose flags. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, it } from 'vitest';
import { linearMatMul, matMulNN, matMulNT } from '../../sdk/model/matmul.js';
import { initBackend } from '../../sdk/runtime/backend.js';

beforeAll(async () => {
  await initBackend();
});

function close(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
}

type Op = (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;
const CASES: [string, number[], number[], Op, Op][] = [
  ['linearMatMul', [5, 7], [3, 7], (a, b) => linearMatMul(a as tf.Tensor2D, b as tf.Tensor2D), (a, b) => tf.matMul(a, b, false, true)],
  ['matMulNT', [2, 3, 5, 4], [2, 3, 6, 4], (a, b) => matMulNT(a, b), (a, b) => tf.matMul(a, b, false, true)],
  ['matMulNN', [2, 3, 5, 6], [2, 3, 6, 4], (a, b) => matMulNN(a, b), (a, b) => tf.matMul(a, b)],
];

it.each(CASES)('%s matches tf.matMul in value and gradient', (_name, sa, sb, fast, ref) => {
  const before = tf.memory().numTensors;
  tf.tidy(() => {
    const a = tf.randomNormal(sa, 0, 1, 'float32', 1);
    const b = tf.randomNormal(sb, 0, 1, 'float32', 2);
    const w = tf.randomNormal(ref(a, b).shape, 0, 1, 'float32', 3); // weights the output so dy is not all ones
    expect(close(fast(a, b), ref(a, b))).toBeLessThan(1e-4);
    const gFast = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(fast(x, y), w)))([a, b]);
    const gRef = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(ref(x, y), w)))([a, b]);
    expect(close(gFast[0], gRef[0])).toBeLessThan(1e-4);
    expect(close(gFast[1], gRef[1])).toBeLessThan(1e-4);
  });
  expect(tf.memory().numTensors).toBe(before);
});
