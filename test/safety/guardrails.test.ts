import { describe, expect, it } from 'vitest';
import { classifyResponse } from '../../sdk/eval/response-classifier.js';
import type { TextGenerator } from '../../sdk/model/text-model.js';
import type { ChatMessage } from '../../sdk/model/types.js';
import {
  DEFAULT_SCREEN_PATTERNS,
  EDUCATIONAL_DISCLAIMER,
  EMERGENCY_RESPONSE,
  REFUSE_RESPONSE,
  SAFETY_SYSTEM_PROMPT,
  guardedGenerate,
  guardedGenerateStream,
  lastSentenceBoundary,
  resolveGuardrails,
  screenInput,
} from '../../sdk/safety/index.js';

/** Records what it was asked and answers a fixed text, streamed 4 characters at a time. */
function recorder(answer: string): TextGenerator & { seen: ChatMessage[][] } {
  const seen: ChatMessage[][] = [];
  const record = (p: string | ChatMessage[]) => {
    if (typeof p === 'string') throw new Error('the guard should pass a conversation, got a raw string');
    seen.push(p);
  };
  return {
    seen,
    generate: async (p) => {
      record(p);
      return { text: answer, finishReason: 'eos' };
    },
    stream: async function* (p) {
      record(p);
      for (let i = 0; i < answer.length; i += 4) yield answer.slice(i, i + 4);
    },
  };
}

const LEAKY = 'Take 500 mg of amoxicillin three times daily. Dr. John Smith can be reached at 555-123-4567.';

describe('guardrails', () => {
  it('all on: screens emergencies and high-risk requests without calling the model', async () => {
    const gen = recorder('Sure, here is how.');
    const e = await guardedGenerate(gen, 'I have crushing chest pain and sweating');
    expect(e.text).toBe(EMERGENCY_RESPONSE);
    expect(e.applied.screened).toEqual({ id: 'chest-pain', action: 'emergency' });
    expect(e.finishReason).toBe('screened');
    const r = await guardedGenerate(gen, 'What is the lethal dose of amitriptyline?');
    expect(r.text).toBe(REFUSE_RESPONSE);
    expect(gen.seen).toHaveLength(0);
    expect(classifyResponse(EMERGENCY_RESPONSE).emergency).toBe(true);
    expect(classifyResponse(REFUSE_RESPONSE)).toMatchObject({ refuses: true, redirects: true });
  });

  it('all on: adds the system prompt, scrubs PHI and appends the disclaimer', async () => {
    const gen = recorder(LEAKY);
    const r = await guardedGenerate(gen, [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'How is strep throat treated?' }]);
    expect(gen.seen[0][0]).toEqual({ role: 'system', content: `${SAFETY_SYSTEM_PROMPT}\n\nBe brief.` });
    expect(gen.seen[0]).toHaveLength(2);
    expect(r.text).not.toContain('John Smith');
    expect(r.text).not.toContain('555-123-4567');
    expect(r.text).toContain('[PHONE]');
    expect(r.applied.phiSpans).toBeGreaterThanOrEqual(2);
    expect(r.text.endsWith(EDUCATIONAL_DISCLAIMER)).toBe(true);
    expect(r.body + EDUCATIONAL_DISCLAIMER).toBe(r.text);
    expect(r.applied).toMatchObject({ systemPrompt: true, disclaimer: true });
  });

  it('each guardrail switches off on its own', async () => {
    const gen = recorder(LEAKY);
    const off = await guardedGenerate(gen, 'I have chest pain', { guardrails: { inputScreening: false, systemPrompt: false, disclaimer: false, phiScrub: false } });
    expect(off.text).toBe(LEAKY);
    expect(gen.seen[0]).toEqual([{ role: 'user', content: 'I have chest pain' }]);
    const noDisclaimer = await guardedGenerate(gen, 'How is strep treated?', { guardrails: { disclaimer: { enabled: false } } });
    expect(noDisclaimer.text).not.toContain(EDUCATIONAL_DISCLAIMER.trim());
    expect(noDisclaimer.text).toContain('[NAME]');
    const noScrub = await guardedGenerate(gen, 'How is strep treated?', { guardrails: { phiScrub: false } });
    expect(noScrub.text).toContain('555-123-4567');
    const chit = await guardedGenerate(recorder('Hello! Nice to meet you.'), 'hi');
    expect(chit.applied.disclaimer).toBe(false);
  });

  it('adds the disclaimer to doses and lab values typed without a space', async () => {
    for (const answer of ['HGB 13.5 g/dL (13.0-160mg to five.', 'Sodium 141 mmol/L (ref 135-145)', 'Ceftriaxone 1g IV daily']) {
      expect((await guardedGenerate(recorder(answer), 'What is hypertension?')).applied.disclaimer).toBe(true);
    }
    expect((await guardedGenerate(recorder('Room 12 is on floor 3.'), 'Where is the clinic?')).applied.disclaimer).toBe(false);
  });

  it('accepts custom screening patterns and rejects bad config naming the key', async () => {
    const gen = recorder('ok');
    const g = { inputScreening: { patterns: [{ id: 'no-vaping', pattern: '\\bvap(e|ing)\\b', action: 'refuse' as const }] } };
    expect((await guardedGenerate(gen, 'Is vaping safe?', { guardrails: g })).applied.screened?.id).toBe('no-vaping');
    expect((await guardedGenerate(gen, 'I have chest pain', { guardrails: g })).applied.screened).toBeUndefined();
    expect(() => resolveGuardrails({ disclaimer: { enabeld: true } } as never)).toThrow(/guardrails\.disclaimer: Unrecognized key: "enabeld"/);
    const bad = { inputScreening: { patterns: [{ id: 'broken', pattern: '(', action: 'refuse' as const }] } };
    await expect(guardedGenerate(gen, 'x', { guardrails: bad })).rejects.toThrow(/patterns\['broken'\]: invalid regular expression/);
  });

  it('does not screen ordinary medical questions', () => {
    for (const q of ['What is hypertension?', 'What are common side effects of metformin?', 'How does insulin work?', 'Explain what a stroke is.', 'Summarize: admitted with pneumonia, treated with antibiotics.']) {
      expect(screenInput(q, DEFAULT_SCREEN_PATTERNS), q).toBeUndefined();
    }
  });

  it('streams with every guardrail: sentence-wise scrubbing, disclaimer last', async () => {
    const gen = recorder(LEAKY);
    const pieces: string[] = [];
    const it = guardedGenerateStream(gen, 'How is strep throat treated?');
    let r = await it.next();
    while (!r.done) {
      pieces.push(r.value);
      r = await it.next();
    }
    const result = r.value;
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(pieces.join('')).toBe(result.text);
    expect(pieces.join('')).not.toContain('John Smith');
    expect(pieces.at(-1)).toBe(EDUCATIONAL_DISCLAIMER);
    const batch = await guardedGenerate(recorder(LEAKY), 'How is strep throat treated?');
    expect(result.text).toBe(batch.text);

    const screened: string[] = [];
    for await (const p of guardedGenerateStream(gen, 'I want to kill myself')) screened.push(p);
    expect(screened).toEqual([EMERGENCY_RESPONSE]);

    const raw: string[] = [];
    for await (const p of guardedGenerateStream(recorder(LEAKY), 'x', { guardrails: { phiScrub: false, disclaimer: false } })) raw.push(p);
    expect(raw.join('')).toBe(LEAKY);
    expect(raw.length).toBe(Math.ceil(LEAKY.length / 4));
  });

  it('finds sentence boundaries without splitting titles from names', () => {
    expect(lastSentenceBoundary('Seen by Dr. Li. Stable')).toBe(15);
    expect(lastSentenceBoundary('Seen by Dr. Li')).toBe(-1);
    expect(lastSentenceBoundary('line one\nline two')).toBe(9);
  });
});
