import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { collate, textWindows } from '../../sdk/train/sft-data.js';
import { sftLoss } from '../../sdk/train/sft.js';
import { corpusVocabulary, sampledSoftmaxLoss } from '../../sdk/train/vocab-subset.js';
import { charTokenizer, fixtureModel } from './helpers.js';

beforeAll(async () => {
  await initBackend();
});

describe('sampled-softmax pretraining loss', () => {
  const ids = [1, 40, 41, 42, 40, 43, 41, 40, 42, 2, 1, 43, 43, 42, 41, 2];
  const batch = collate(textWindows(ids, 8), 0);

  it('equals the full-vocabulary loss when every other token is a negative', async () => {
    const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
    const vocab = corpusVocabulary(ids, [1, 2], 384);
    expect(vocab.ids).toEqual([1, 2, 40, 41, 42, 43]);
    const full = tf.tidy(() => sftLoss(model, batch).dataSync()[0]);
    const sampled = tf.tidy(() => sampledSoftmaxLoss(model, batch, vocab, { negatives: 10_000, seed: 1 }).dataSync()[0]);
    expect(sampled).toBeCloseTo(full, 4);
    const restricted = tf.tidy(() => sampledSoftmaxLoss(model, batch, vocab, { negatives: 0, seed: 1 }).dataSync()[0]);
    expect(restricted).toBeLessThan(full); // fewer competitors, lower loss: the test can tell them apart
    model.dispose();
  });

  it('sends gradients to the full embedding rows it used, and only those', async () => {
    const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
    const vocab = corpusVocabulary(ids, [1, 2], 384);
    const embed = model.parameters().get('model.embed_tokens.weight')!;
    embed.trainable = true;
    const before = tf.memory().numTensors;
    const { value, grads } = tf.variableGrads(() => sampledSoftmaxLoss(model, batch, vocab, { negatives: 0, seed: 1 }), [embed]);
    const g = grads[embed.name]!;
    const rowNorms = tf.tidy(() => tf.sum(tf.abs(g), 1).arraySync() as number[]);
    expect(rowNorms[40]).toBeGreaterThan(0);
    expect(rowNorms[2]).toBeGreaterThan(0);
    expect(rowNorms[100]).toBe(0);
    value.dispose();
    g.dispose();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
