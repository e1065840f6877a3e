/**
 * The embedded default model loads with its real Llama-2 tokenizer and runs forward and
 * incremental decoding on the active backend without leaking tensors.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadModel, type LoadedModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';

const DIR = 'data/models/medtune-tiny';
let model: LoadedModel;

beforeAll(async () => {
  await initBackend();
  model = await loadModel(DIR);
});
afterAll(() => model?.dispose());

it('has the documented architecture and reports its size', () => {
  expect(model.config.model_type).toBe('llama');
  expect(model.config.vocab_size).toBe(32000);
  expect(model.config.tie_word_embeddings).toBe(true);
  expect(model.linears().has('lm_head')).toBe(false);
  expect(model.linears().size).toBe(4 * 7);
  const counted = [...model.parameters().values()].reduce((a, v) => a + v.size, 0);
  expect(model.loadReport.parameters).toBe(counted);
  expect(model.loadReport.float32Bytes).toBe(4 * counted);
  // One stored tensor per parameter (the pretraining run may store another float dtype).
  expect(Object.values(model.loadReport.dtypes).reduce((a, b) => a + b, 0)).toBe(model.parameters().size);
  for (const v of model.parameters().values()) expect(v.trainable).toBe(false);
});

it('tokenizes with the real Llama-2 tokenizer and scores the tokens', () => {
  const ids = model.tokenizer.encode('The patient denies chest pain.', { addSpecialTokens: true });
  expect(ids[0]).toBe(1);
  expect(model.tokenizer.vocabSize).toBe(32000);
  const before = tf.memory().numTensors;
  const x = tf.tensor2d([ids], [1, ids.length], 'int32');
  const { logits } = model.forward(x);
  expect(logits.shape).toEqual([1, ids.length, 32000]);
  expect(Number.isFinite(tf.tidy(() => tf.sum(logits).dataSync()[0]))).toBe(true);
  tf.dispose([x, logits]);
  expect(tf.memory().numTensors).toBe(before);
});

it('decodes incrementally with the cache exactly like a full forward', () => {
  const ids = [1, 450, 16500, 3489, 29879, 286, 2512];
  const full = tf.tensor2d([ids], [1, ids.length], 'int32');
  const { logits: ref } = model.forward(full);
  const cache = model.newCache();
  const a = tf.tensor2d([ids.slice(0, 5)], [1, 5], 'int32');
  const b = tf.tensor2d([ids.slice(5)], [1, 2], 'int32');
  const l1 = model.forward(a, { cache }).logits;
  const l2 = model.forward(b, { cache }).logits;
  const joined = tf.concat([l1, l2], 1);
  expect(tf.tidy(() => tf.max(tf.abs(tf.sub(joined, ref))).dataSync()[0])).toBeLessThan(1e-4);
  tf.dispose([full, ref, a, b, l1, l2, joined]);
  cache.dispose();
});
