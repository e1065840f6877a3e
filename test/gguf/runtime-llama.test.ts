/**
 * Llama-architecture exports run in a real llama.cpp (node-llama-cpp): the embedded medtune-tiny
 * (Llama, Llama-2 SentencePiece tokenizer, GQA 2:1, tied embeddings) and a tiny Mistral (GQA 4:1,
 * sliding window capped into the context length, Llama 3 rope scaling via rope_freqs, a Q8_0 ->
 * F16 fallback). Next-token log-probabilities (whole vocabulary at each prompt's last position),
 * greedy continuations and tokenization are compared with medtune's own forward pass, per output type.
 */
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llamaCppGenerate } from '../../sdk/model/gguf/llama-cpp.js';
import { loadModel } from '../../sdk/model/loader.js';
import { loadTokenizer } from '../../sdk/model/tokenizer.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { tinyCheckpoint } from './checkpoints.js';
import { expectParity, PROMPTS } from './parity.js';

const TINY = 'data/models/medtune-tiny';
// Runtime tests export several files and run each in llama.cpp; generous for a loaded 2-core machine.
const SLOW = 600_000;
let tmp: string;
let start: number;

beforeAll(async () => {
  await initBackend();
  start = tf.memory().numTensors;
  tmp = mkdtempSync(join(tmpdir(), 'medtune-gguf-llama-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  expect(tf.memory().numTensors, 'tensors leaked over the file').toBe(start);
});

describe('llama.cpp runs the exported Llama-architecture GGUF like medtune', () => {
  it('medtune-tiny (embedded): f32, f16 and q8_0 within tolerance, greedy and tokenization identical, also for a chat prompt', async () => {
    const model = await loadModel(TINY);
    try {
      // An Alpaca-formatted conversation: special tokens inside the text (BOS, EOS between turns).
      const alpaca = await loadTokenizer(TINY, { template: 'alpaca' });
      const chat = alpaca.applyChatTemplate(
        [{ role: 'user', content: 'Fever and cough.' }, { role: 'assistant', content: 'Likely viral.' }, { role: 'user', content: 'Next?' }],
        { addGenerationPrompt: true },
      );
      const extra = { prompts: [alpaca.encode(chat, { addSpecialTokens: false })], texts: [chat] };
      const { parity, exports } = await expectParity(model, TINY, tmp, 'tiny', extra);
      // The trained model is not near-tied anywhere on these prompts: even Q8_0 keeps every greedy token.
      expect(parity.q8_0.greedyMatches).toBe(PROMPTS.length + 1);
      expect(exports.f16.tensorTypes).toEqual({ F16: 29, F32: 9 }); // 4 layers x 7 projections + embedding; 9 norms
      expect(exports.q8_0.bytes).toBeLessThan(exports.f16.bytes * 0.6);
      // Side-by-side generation helper: llama.cpp's greedy text equals medtune's greedy text.
      const ids = model.tokenizer.encode(PROMPTS[0]);
      const g = await llamaCppGenerate(exports.f16.path, ids, { maxTokens: 8 });
      expect(g.ids).toEqual(parity.f16.prompts[0].greedy.medtune.slice(0, g.ids.length));
      expect(g.text).toBe(model.tokenizer.decode(g.ids, { skipSpecialTokens: true }));
    } finally {
      model.dispose();
    }
  }, SLOW);

  it('tiny Mistral (GQA 4:1, sliding window, Llama 3 rope): f32, f16 and q8_0 within tolerance', async () => {
    const dir = await tinyCheckpoint(tmp, 'mistral');
    const model = await loadModel(dir);
    try {
      const { exports } = await expectParity(model, dir, tmp, 'mistral');
      const r = exports.q8_0;
      expect(r.arch).toBe('llama');
      expect(r.contextLength).toBe(64);
      expect(r.tensorTypes).toEqual({ F32: 6, Q8_0: 14, F16: 2 }); // rope_freqs + norms F32; down_proj rows of 80 -> F16
      expect(r.notes.some((n) => n.includes('sliding_window'))).toBe(true);
    } finally {
      model.dispose();
    }
  }, SLOW);
});
