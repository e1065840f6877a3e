import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { loadModel } from '../../sdk/model/loader.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { EMERGENCY_RESPONSE, guardedGenerate, guardedGenerateStream, resolveGuardrails } from '../../sdk/safety/index.js';

let model: CausalLM;
beforeAll(async () => {
  await initBackend();
  model = await loadModel('data/models/medtune-tiny', { template: 'chatml' });
});
afterAll(() => model?.dispose());

describe('guardrails around the embedded model', () => {
  it('streams the same text generate returns, without leaking tensors', async () => {
    const before = tf.memory().numTensors;
    const opts = { maxNewTokens: 12, guardrails: { disclaimer: false } };
    const whole = await guardedGenerate(model, 'What is asthma?', opts);
    const it = guardedGenerateStream(model, 'What is asthma?', opts);
    const pieces: string[] = [];
    let r = await it.next();
    while (!r.done) {
      pieces.push(r.value);
      r = await it.next();
    }
    expect(pieces.join('')).toBe(whole.text);
    expect(r.value.text).toBe(whole.text);
    expect(['eos', 'length', 'stop']).toContain(r.value.finishReason);
    expect(r.value.applied.systemPrompt).toBe(true);
    expect(r.value.usage!.completionTokens).toBeGreaterThan(0);
    expect(r.value.usage!.completionTokens).toBeLessThanOrEqual(12);
    expect(r.value.usage!.promptTokens).toBe(model.tokenizer.encode(model.tokenizer.applyChatTemplate(
      [{ role: 'system', content: resolveGuardrails({}).systemPrompt.text }, { role: 'user', content: 'What is asthma?' }],
      { addGenerationPrompt: true }), { addSpecialTokens: false }).length);
    const screened = await guardedGenerate(model, 'I think I am having a stroke, my face is drooping');
    expect(screened.text).toBe(EMERGENCY_RESPONSE);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a consumer that stops early still ends the model stream (no KV cache left behind)', async () => {
    const before = tf.memory().numTensors;
    // No PHI scrubbing: every token is released at once, so the loop can break after the first piece.
    const it = guardedGenerateStream(model, 'What is asthma?', { maxNewTokens: 40, minNewTokens: 40, guardrails: { phiScrub: false } });
    for await (const piece of it) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
