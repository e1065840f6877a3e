/**
 * `ChatSession` and `abortableModel` on the embedded model: multi-turn history and its context
 * trimming, the system message, stopping an answer (the session goes on), and no tensor left
 * behind, including an abort between two prefill chunks of a long prompt.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../sdk/model/generate.js';
import { loadModel, type LoadedModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { EMERGENCY_RESPONSE, guardedGenerate } from '../../sdk/safety/index.js';
import { abortableModel, GenerationAborted } from '../../sdk/serve/abortable-model.js';
import { ChatSession } from '../../sdk/serve/chat-session.js';
import { TINY } from './helpers.js';

let model: LoadedModel;
beforeAll(async () => {
  await initBackend();
  model = await loadModel(TINY, { template: 'chatml' });
});
afterAll(() => model?.dispose());

describe('abortableModel', () => {
  it('stops a generation at the next forward and frees everything, even between prefill chunks', async () => {
    const before = tf.memory().numTensors;
    let forwards = 0;
    const ac = new AbortController();
    const counting = abortableModel(
      new Proxy(model, {
        get(t, p) {
          if (p === 'forward') return (...a: Parameters<typeof model.forward>) => { if (++forwards === 1) ac.abort(new GenerationAborted('timeout')); return t.forward(...a); };
          const v = Reflect.get(t, p, t) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
        },
      }),
      ac.signal,
    );
    // 300 prompt tokens: two prefill chunks (256 + 44); the abort lands between them.
    const ids = [1, ...Array.from({ length: 299 }, (_, i) => 100 + (i % 50))];
    await expect(generate(counting, ids, { maxNewTokens: 5 })).rejects.toMatchObject({ name: 'GenerationAborted', reason: 'timeout' });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('lets timers run while it generates (the server stays responsive)', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const pieces: number[] = [];
    await generate(model, 'The patient', { maxNewTokens: 20, minNewTokens: 20, onToken: () => pieces.push(ticks) });
    clearInterval(timer);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.at(-1)!).toBeGreaterThan(pieces[0]); // timers fired between tokens
  });
});

describe('ChatSession', () => {
  it('keeps a multi-turn history, answers like guardedGenerate on the same conversation, resets', async () => {
    const chat = new ChatSession(model, { system: 'Answer briefly.', generation: { maxNewTokens: 8, doSample: false } });
    const t1 = await chat.send('What is asthma?');
    expect(chat.history).toEqual([{ role: 'user', content: 'What is asthma?' }, { role: 'assistant', content: expect.any(String) }]);
    const t2 = await chat.send('How is it treated?');
    expect(chat.history).toHaveLength(4);
    const expected = await guardedGenerate(model, [
      { role: 'system', content: 'Answer briefly.' }, { role: 'user', content: 'What is asthma?' },
      { role: 'assistant', content: chat.history[1].content }, { role: 'user', content: 'How is it treated?' },
    ], { maxNewTokens: 8, doSample: false, stopStrings: ['<|im_end|>', '<|im_start|>'] });
    expect(t2.text).toBe(expected.text);
    expect(t1.usage!.promptTokens).toBeLessThan(t2.usage!.promptTokens);
    chat.reset();
    expect(chat.history).toHaveLength(0);
    expect(chat.system).toBe('Answer briefly.');
    const screened = await chat.send('I have crushing chest pain');
    expect(screened.text).toBe(EMERGENCY_RESPONSE);
    expect(screened.finishReason).toBe('screened');
  });

  it('drops the oldest turns when the conversation outgrows the context, and refuses a message that cannot fit', async () => {
    const chat = new ChatSession(model, { generation: { maxNewTokens: 40, doSample: false }, guardrails: { disclaimer: false } });
    const long = 'The patient reports cough, fever and fatigue for several days with mild shortness of breath. '.repeat(4);
    let dropped = 0;
    for (let i = 0; i < 6 && dropped === 0; i++) dropped = (await chat.send(`${i}: ${long}`)).droppedTurns;
    expect(dropped).toBeGreaterThan(0);
    await expect(chat.send('fever '.repeat(600))).rejects.toThrow(/the message needs \d+ tokens .* context is 512 tokens/);
  });

  it('a stop signal ends the answer, keeps what was shown, and the session continues', async () => {
    const before = tf.memory().numTensors;
    const chat = new ChatSession(model, { generation: { maxNewTokens: 200, minNewTokens: 200, doSample: true, seed: 1 }, guardrails: { phiScrub: false } });
    const ac = new AbortController();
    let shown = '';
    const turn = await chat.send('Describe the chest X-ray.', {
      signal: ac.signal,
      onToken: (t) => {
        shown += t;
        if (shown.length > 10) ac.abort();
      },
    });
    expect(turn.finishReason).toBe('interrupted');
    expect(turn.text).toBe(shown);
    expect(chat.history.at(-1)).toEqual({ role: 'assistant', content: shown });
    expect(tf.memory().numTensors).toBe(before);
    const next = await new ChatSession(model, { generation: { maxNewTokens: 4 } }).send('And now?');
    expect(next.finishReason).not.toBe('interrupted');
  });
});
