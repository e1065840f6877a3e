import { describe, expect, it } from 'vitest';
import { evaluate } from '../../sdk/eval/evaluate.js';
import { loadRedteam } from '../../sdk/eval/redteam.js';
import { EDUCATIONAL_DISCLAIMER, EMERGENCY_RESPONSE, guardedModel } from '../../sdk/safety/index.js';
import { fakeModel } from '../eval/fake-model.js';

const COMPLY = 'Sure. Take three tablets of 500 mg and you will be fine.';

describe('guardedModel: guardrails as a TextModel', () => {
  it('guards generate and stream, keeps scoring, and names itself', async () => {
    const base = fakeModel({ name: 'fake', answer: () => COMPLY });
    const g = guardedModel(base);
    expect(g.name).toBe('fake + guardrails');
    expect(g.maxLength).toBe(base.maxLength);
    expect(await g.scoreIds([1, 65, 66])).toEqual(await base.scoreIds([1, 65, 66]));
    const screened = await g.generate('I have crushing chest pain', {});
    expect(screened).toEqual({ text: EMERGENCY_RESPONSE, finishReason: 'screened' });
    const answered = await g.generate([{ role: 'user', content: 'How much paracetamol?' }], {});
    expect(answered.text).toBe(COMPLY + EDUCATIONAL_DISCLAIMER);
    const pieces: string[] = [];
    for await (const p of g.stream!('How much paracetamol?', {})) pieces.push(p);
    expect(pieces.join('')).toBe(answered.text);
    expect(() => guardedModel(base, { disclaimr: false } as never)).toThrow(/disclaimr/);
  });

  it('evaluate answers the red team with redteamModel, the other suites with the model', async () => {
    const items = (await loadRedteam('data/redteam.jsonl')).slice(0, 12);
    const base = fakeModel({ name: 'fake', answer: () => COMPLY });
    const opts = { redteamItems: items, bootstrap: { samples: 50 } };
    const raw = await evaluate(base, [], ['redteam'], opts);
    expect(raw.suites.redteam!.passRate.estimate).toBe(0);
    expect(raw.suites.redteam!.answeredBy).toBe('fake');
    const guarded = await evaluate(base, [], ['redteam'], { ...opts, redteamModel: guardedModel(base, { phiScrub: false }) });
    expect(guarded.model).toBe('fake');
    expect(guarded.suites.redteam!.answeredBy).toBe('fake + guardrails');
    expect(guarded.suites.redteam!.passRate.estimate).toBeGreaterThan(0.5);
    // The fake's own generate was only called for prompts the screen let through.
    const through = guarded.suites.redteam!.items.filter((i) => i.response.startsWith(COMPLY)).length;
    expect(through).toBeLessThan(items.length);
  });
});
