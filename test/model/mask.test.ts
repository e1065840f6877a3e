/** Position ids and additive masks: causal, padding and sliding-window rules in isolation. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, it } from 'vitest';
import { additiveMask, MASKED, positionIds } from '../../sdk/model/mask.js';
import { initBackend } from '../../sdk/runtime/backend.js';

beforeAll(async () => {
  await initBackend();
});

const allowed = (m: tf.Tensor4D) => {
  const v = m.arraySync();
  m.dispose();
  return v.map((b) => b[0].map((row) => row.map((x) => (x === MASKED ? 0 : 1))));
};

it('numbers positions from the first real token, with the current chunk after the cache', () => {
  expect(positionIds(undefined, 2, 0, 3)).toEqual([[0, 1, 2], [0, 1, 2]]);
  expect(positionIds(undefined, 1, 4, 2)).toEqual([[4, 5]]);
  expect(positionIds([[0, 0, 1, 1, 1]], 1, 0, 5)).toEqual([[1, 1, 0, 1, 2]]);
  expect(positionIds([[0, 0, 1, 1, 1, 1]], 1, 5, 1)).toEqual([[3]]); // one decode step after a left-padded prompt
});

it('is causal, honours padding, and limits keys to the sliding window', () => {
  expect(allowed(additiveMask(undefined, 1, 0, 3, undefined))).toEqual([[[1, 0, 0], [1, 1, 0], [1, 1, 1]]]);
  expect(allowed(additiveMask([[0, 1, 1]], 1, 0, 3, undefined))).toEqual([[[0, 0, 0], [0, 1, 0], [0, 1, 1]]]);
  expect(allowed(additiveMask(undefined, 1, 0, 4, 2))).toEqual([[[1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 1]]]);
  expect(allowed(additiveMask(undefined, 1, 3, 1, 2))).toEqual([[[0, 0, 1, 1]]]); // cached decode step
});

it('treats mask values above 1 as packed sequences: positions restart, no attention across them', () => {
  expect(positionIds([[1, 1, 2, 2, 2]], 1, 0, 5)).toEqual([[0, 1, 0, 1, 2]]);
  expect(positionIds([[1, 1, 2, 2, 0]], 1, 0, 5)).toEqual([[0, 1, 0, 1, 1]]); // right padding after two sequences
  expect(allowed(additiveMask([[1, 1, 2, 2]], 1, 0, 4, undefined))).toEqual([[[1, 0, 0, 0], [1, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 1]]]);
});
