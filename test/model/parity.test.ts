/**
 * Parity with the independent PyTorch reference (scripts/reference/llama_ref.py): every fixture
 * checkpoint (4 architectures x F32/F16/BF16, sharded, tied/untied, GQA/MQA, llama3 rope, sliding
 * windows, biases, qk-norm) must give the stored log-probs within 1e-3 and the same greedy tokens.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type LoadedModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { fixtureDir, fixtureNames, greedyWithCache, idTokenizer, logProbsRow, maxAbsDiff, readExpected, type Expected } from './helpers.js';

const TOL = 1e-3;
const names = fixtureNames();

beforeAll(async () => {
  await initBackend();
});

it('has the full architecture x dtype matrix of fixtures', () => {
  for (const arch of ['llama', 'mistral', 'qwen2', 'qwen3']) {
    for (const dtype of ['f32', 'f16', 'bf16']) {
      expect(names.some((n) => n.startsWith(`${arch}-${dtype}`)), `${arch}-${dtype}`).toBe(true);
    }
  }
});

describe.each(names)('%s', (name) => {
  let model: LoadedModel;
  let expected: Expected;

  beforeAll(async () => {
    model = await loadModel(fixtureDir(name), { tokenizer: idTokenizer(384) });
    expected = await readExpected(name);
  });
  afterAll(() => model?.dispose());

  it('matches the reference log-probs (max |Δ| <= 1e-3)', () => {
    const before = tf.memory().numTensors;
    let worst = 0;
    expected.sequences.forEach((seq, i) => {
      const ids = tf.tensor2d([seq], [1, seq.length], 'int32');
      const { logits } = model.forward(ids);
      worst = Math.max(worst, maxAbsDiff(logProbsRow(logits, 0), expected.logprobs[i]));
      logits.dispose();
      ids.dispose();
    });
    console.log(`parity ${name}: max |Δ logprob| = ${worst.toExponential(2)}`);
    expect(worst).toBeLessThanOrEqual(TOL);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reproduces the greedy continuation token for token (forward + KV cache)', () => {
    const before = tf.memory().numTensors;
    const tokens = greedyWithCache(model, expected.greedy.prompt, expected.greedy.tokens.length);
    expect(tokens).toEqual(expected.greedy.tokens);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives the same logits with the KV cache as with one full forward', () => {
    const seq = expected.sequences[0];
    const full = tf.tensor2d([seq], [1, seq.length], 'int32');
    const { logits: ref } = model.forward(full);
    const cache = model.newCache();
    const parts: tf.Tensor3D[] = [];
    const cuts = [0, 4, 5, 8, seq.length];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const chunk = seq.slice(cuts[c], cuts[c + 1]);
      const ids = tf.tensor2d([chunk], [1, chunk.length], 'int32');
      parts.push(model.forward(ids, { cache }).logits);
      ids.dispose();
    }
    expect(cache.length).toBe(seq.length);
    const joined = tf.concat(parts, 1);
    expect(maxAbsDiff(joined.dataSync(), ref.dataSync())).toBeLessThan(1e-4);
    tf.dispose([full, ref, joined, ...parts]);
    cache.dispose();
  });

  it('masks left padding: a padded batch row equals the unpadded reference', () => {
    const long = expected.sequences[0];
    const short = expected.sequences[2];
    const pad = long.length - short.length;
    const ids = tf.tensor2d([long, [...Array(pad).fill(0), ...short]], [2, long.length], 'int32');
    const mask = tf.tensor2d([Array(long.length).fill(1), [...Array(pad).fill(0), ...Array(short.length).fill(1)]], [2, long.length], 'int32');
    const { logits } = model.forward(ids, { attentionMask: mask });
    const V = logits.shape[2];
    const row1 = logProbsRow(logits, 1).slice(pad * V);
    expect(maxAbsDiff(logProbsRow(logits, 0), expected.logprobs[0])).toBeLessThanOrEqual(TOL);
    expect(maxAbsDiff(row1, expected.logprobs[2])).toBeLessThanOrEqual(TOL);
    tf.dispose([ids, mask, logits]);
  });

  it('masks right padding: real positions of a padded row are unchanged', () => {
    const long = expected.sequences[0];
    const short = expected.sequences[1];
    const pad = long.length - short.length;
    const ids = tf.tensor2d([long, [...short, ...Array(pad).fill(0)]], [2, long.length], 'int32');
    const mask = tf.tensor2d([Array(long.length).fill(1), [...Array(short.length).fill(1), ...Array(pad).fill(0)]], [2, long.length], 'int32');
    const { logits } = model.forward(ids, { attentionMask: mask });
    const V = logits.shape[2];
    expect(maxAbsDiff(logProbsRow(logits, 1).slice(0, short.length * V), expected.logprobs[1])).toBeLessThanOrEqual(TOL);
    tf.dispose([ids, mask, logits]);
  });
});
