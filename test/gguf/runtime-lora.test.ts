/**
 * Adapters in a real llama.cpp (node-llama-cpp), and proof that the runtime comparison catches
 * broken exports.
 *
 * - A LoRA adapter (all projections, rsLoRA scaling, random B so it changes the model) on the
 *   embedded model: base GGUF + LoRA GGUF in llama.cpp match medtune with the adapter applied; the
 *   merged GGUF matches too; the base GGUF alone does not (the adapter is really applied).
 * - Deliberately corrupted exports (a transposed tensor, the q/k rotary permutation left out, two
 *   tokens swapped in the vocabulary) fail the same comparison.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGguf, planModelGguf } from '../../sdk/model/gguf/convert.js';
import { modelGgufSource } from '../../sdk/model/gguf/source.js';
import { compareWithLlamaCpp, parityVerdict } from '../../sdk/model/gguf/verify.js';
import { writeGguf } from '../../sdk/model/gguf/writer.js';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { exportLoraGguf, exportMergedGguf } from '../../sdk/train/gguf-export.js';
import { applyLora, LoraConfigSchema } from '../../sdk/train/lora.js';
import { CORRUPTIONS } from './corruptions.js';
import { PROMPTS, TEXTS } from './parity.js';

const TINY = 'data/models/medtune-tiny';
// Runtime tests export several files and run each in llama.cpp; generous for a loaded 2-core machine.
const SLOW = 600_000;
let tmp: string;
let start: number;
let baseF32: string;

beforeAll(async () => {
  await initBackend();
  start = tf.memory().numTensors;
  tmp = mkdtempSync(join(tmpdir(), 'medtune-gguf-lora-'));
  baseF32 = (await exportGguf(TINY, join(tmp, 'base-f32.gguf'), { outtype: 'f32', modelfile: false })).path;
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  expect(tf.memory().numTensors, 'tensors leaked over the file').toBe(start);
});

describe('LoRA adapters in llama.cpp', () => {
  it('base GGUF + LoRA GGUF and the merged GGUF match medtune with the adapter', async () => {
    const model = await loadModel(TINY);
    try {
      const lora = applyLora(model, LoraConfigSchema.parse({ r: 4, alpha: 8, dropout: 0, useRslora: true, seed: 3 }));
      let seed = 11;
      for (const l of lora.layers.values()) {
        const b = tf.randomNormal(l.B.shape, 0, 0.05, 'float32', seed++);
        l.B.assign(b);
        b.dispose();
      }
      const ids = model.tokenizer.encode(PROMPTS[0]);
      const logprobs = (): Float32Array => {
        const lp = tf.tidy(() => tf.logSoftmax(model.forward(tf.tensor2d([ids], [1, ids.length], 'int32')).logits));
        const data = lp.dataSync() as Float32Array;
        lp.dispose();
        return data;
      };
      const withAdapter = logprobs();
      const without = lora.withAdaptersDisabled(logprobs);
      let effect = 0;
      for (let i = 0; i < withAdapter.length; i++) effect = Math.max(effect, Math.abs(withAdapter[i] - without[i]));
      expect(effect, 'the adapter must change the model for this test to mean anything').toBeGreaterThan(0.5);

      const adapter = await exportLoraGguf(model, lora, join(tmp, 'adapter-f32.gguf'), { baseGguf: baseF32 });
      expect(adapter.layers).toBe(28);
      expect(adapter.alpha).toBeCloseTo(8 * Math.sqrt(4), 5); // rsLoRA alpha/√r written as (alpha·√r)/r
      const modelfile = readFileSync(adapter.modelfile!, 'utf8');
      expect(modelfile).toContain('FROM ./base-f32.gguf');
      expect(modelfile).toContain('ADAPTER ./adapter-f32.gguf');

      const withLora = await compareWithLlamaCpp(model, baseF32, { prompts: PROMPTS, texts: TEXTS, lora: adapter.path });
      expect(parityVerdict(withLora, 'f32').problems).toEqual([]);
      const baseOnly = await compareWithLlamaCpp(model, baseF32, { prompts: PROMPTS });
      expect(baseOnly.maxAbsLogprobDiff).toBeGreaterThan(0.1);

      const merged = await exportMergedGguf(model, lora, join(tmp, 'merged-f16.gguf'), { outtype: 'f16' });
      const p = await compareWithLlamaCpp(model, merged.path, { prompts: PROMPTS, texts: TEXTS });
      expect(parityVerdict(p, 'f16').problems).toEqual([]);
      lora.remove();
    } finally {
      model.dispose();
    }
  }, SLOW);

  it('exportGguf refuses a model that carries an adapter and points to the merged export', async () => {
    const model = await loadModel(TINY);
    try {
      const lora = applyLora(model, LoraConfigSchema.parse({ r: 2, targetModules: ['q_proj'] }));
      await expect(exportGguf(model, join(tmp, 'refused.gguf'))).rejects.toThrow(/carry an adapter.*exportMergedGguf/);
      expect(existsSync(join(tmp, 'refused.gguf'))).toBe(false);
      lora.remove();
    } finally {
      model.dispose();
    }
  });
});

describe('the runtime comparison catches broken exports', () => {
  /** Export medtune-tiny at f32 with a corruption applied to the plan, and compare it. */
  async function corrupted(name: keyof typeof CORRUPTIONS) {
    const model = await loadModel(TINY);
    try {
      const src = modelGgufSource(model);
      const { plan } = planModelGguf(src, { outtype: 'f32' });
      CORRUPTIONS[name](plan, src);
      const path = join(tmp, `${name.replace(/\W+/g, '-')}.gguf`);
      await writeGguf(path, plan);
      const p = await compareWithLlamaCpp(model, path, { prompts: PROMPTS, texts: TEXTS, greedyTokens: 4 });
      return { p, verdict: parityVerdict(p, 'f32') };
    } finally {
      model.dispose();
    }
  }

  it('a transposed attention weight', async () => {
    const { p, verdict } = await corrupted('attn_q transposed');
    expect(verdict.ok).toBe(false);
    expect(p.maxAbsLogprobDiff).toBeGreaterThan(0.05);
  }, SLOW);

  it('q/k written in the Hugging Face rotary layout (permutation left out)', async () => {
    const { p, verdict } = await corrupted('q/k not permuted');
    expect(verdict.ok).toBe(false);
    expect(p.maxAbsLogprobDiff).toBeGreaterThan(0.05);
  }, SLOW);

  it('a vocabulary with two tokens swapped', async () => {
    const { p, verdict } = await corrupted('two tokens swapped');
    expect(verdict.ok).toBe(false);
    expect(p.tokenizerMismatches.map((m) => m.index)).toContain(0); // TEXTS[0] mentions chest pain
  }, SLOW);
});
