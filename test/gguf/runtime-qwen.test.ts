/**
 * Qwen-family exports run in a real llama.cpp (node-llama-cpp) with the real Qwen3 byte-level
 * BPE tokenizer (tokenizer.ggml.pre = qwen2, 151,669 tokens padded to 151,936): a tiny Qwen2
 * (q/k/v biases, tied embeddings) and a tiny Qwen3 (q/k norms, head_dim != hidden/heads, untied
 * output). Log-probabilities, greedy continuations and tokenization are compared with medtune.
 */
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { tinyCheckpoint } from './checkpoints.js';
import { expectParity } from './parity.js';

// Runtime tests export several files and run each in llama.cpp; generous for a loaded 2-core machine.
const SLOW = 600_000;
let tmp: string;
let start: number;

beforeAll(async () => {
  await initBackend();
  start = tf.memory().numTensors;
  tmp = mkdtempSync(join(tmpdir(), 'medtune-gguf-qwen-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  expect(tf.memory().numTensors, 'tensors leaked over the file').toBe(start);
});

describe('llama.cpp runs the exported Qwen GGUF like medtune', () => {
  it('tiny Qwen2: f32, f16 and q8_0 within tolerance, tokenization identical', async () => {
    const dir = await tinyCheckpoint(tmp, 'qwen2');
    const model = await loadModel(dir);
    try {
      await expectParity(model, dir, tmp, 'qwen2');
    } finally {
      model.dispose();
    }
  }, SLOW);

  it('tiny Qwen3: f32, f16 and q8_0 within tolerance; a ChatML prompt with special tokens tokenizes the same', async () => {
    const dir = await tinyCheckpoint(tmp, 'qwen3');
    const model = await loadModel(dir);
    try {
      // A ChatML prompt: special tokens inside the text must tokenize and score the same.
      const chat = model.tokenizer.applyChatTemplate(
        [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Dose of paracetamol for 70 kg?' }],
        { addGenerationPrompt: true },
      );
      await expectParity(model, dir, tmp, 'qwen3', { prompts: [model.tokenizer.encode(chat, { addSpecialTokens: false })], texts: [chat] });
    } finally {
      model.dispose();
    }
  }, SLOW);
});
