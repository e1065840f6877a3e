import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { loadModel } from '../../sdk/model/loader.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { EMERGENCY_RESPONSE, guardedGenerate, guardedGenerateStream } from '../../sdk/safety/index.js';

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
    const screened = await guardedGenerate(model, 'I think I am having a stroke, my face is drooping');
    expect(screened.text).toBe(EMERGENCY_RESPONSE);
    expect(tf.memory().numTensors).toBe(before);
  });
});
