import { describe, expect, it } from 'vitest';
import { continuationLogprob, evaluate, fitPrompt, headlineMetrics, parseSuites, withoutItems } from '../../sdk/eval/index.js';
import { fakeModel } from './fake-model.js';
import { RECORDS } from './fixtures.js';

const answerLetter = (p: string) => (p.includes('type 2 diabetes') ? 'Answer: B' : p.includes('acetaminophen') ? 'The answer is (A)' : 'I am not sure.');
const answerPqa = (p: string) => (p.includes('exercise') ? 'Yes, it does.' : p.includes('vitamin X') ? 'Maybe.' : 'maybe');

describe('evaluate() with a fake model', () => {
  it('scores continuations after the common prefix and left-truncates long inputs', async () => {
    const m = fakeModel({ preferred: [' yes'] });
    expect(await continuationLogprob(m, 'Q:', ' yes')).toEqual({ sum: 4 * -0.1, tokens: 4 });
    expect(await continuationLogprob(m, 'Q:', ' no')).toEqual({ sum: 3 * -2, tokens: 3 });
    const short = fakeModel({ preferred: [' yes'], maxLength: 6 });
    expect(await continuationLogprob(short, 'a long context', ' yes')).toEqual({ sum: 4 * -0.1, tokens: 4 });
  });

  it('computes perplexity, MCQ, PubMedQA and summaries with breakdowns', async () => {
    const m = fakeModel({
      preferred: [' Metformin', ' N-acetylcysteine', ' Vitamin D', ' yes', ' no'],
      answer: (p) => (p.includes('multiple-choice') ? answerLetter(p) : p.includes('yes, no or maybe') ? answerPqa(p) : 'Pneumonia treated with antibiotics; discharged stable.'),
    });
    const r = await evaluate(m, RECORDS, ['perplexity', 'mcq', 'pubmedqa', 'summaries'], { bootstrap: { samples: 200, seed: 3 } });

    // Perplexity: every scored token has logprob -2 unless it completes a preferred string.
    const ppl = r.suites.perplexity!;
    expect(ppl.n).toBe(RECORDS.length);
    expect(ppl.perplexity).toBeGreaterThan(1);
    expect(ppl.perplexity).toBeLessThanOrEqual(Math.exp(2) + 1e-9);
    expect(Object.keys(ppl.byTask).sort()).toEqual(['mcq', 'pubmedqa', 'qa', 'report', 'summarization']);

    // MCQ loglik: m1 (Metformin) and m2 (N-acetylcysteine) right, m3 picks Vitamin D (wrong).
    const mcq = r.suites.mcq!;
    expect(mcq.items.map((i) => i.loglik!.sum)).toEqual(['B', 'C', 'B']);
    expect(mcq.loglik!.accuracy.estimate).toBeCloseTo(2 / 3, 10);
    // Generation: m1 'Answer: B' right, m2 '(A)' wrong, m3 unparseable.
    expect(mcq.items.map((i) => i.generated!.pred)).toEqual(['B', 'A', null]);
    expect(mcq.generate!.accuracy.estimate).toBeCloseTo(1 / 3, 10);
    expect(mcq.generate!.report.invalid).toBe(1);
    expect(mcq.bySource).toEqual({ 'medqa.jsonl': { n: 2, accuracy: 1 }, 'other.jsonl': { n: 1, accuracy: 0 } });

    // PubMedQA loglik: 'yes' and 'no' preferred equally by length -> yes gets -0.4, no -0.3: no wins for p1.
    const pqa = r.suites.pubmedqa!;
    expect(pqa.items.map((i) => i.loglik!.sum)).toEqual(['no', 'no', 'no']);
    expect(pqa.loglik!.accuracy.estimate).toBeCloseTo(1 / 3, 10);
    expect(pqa.items.map((i) => i.generated!.pred)).toEqual(['yes', 'maybe', 'maybe']);
    expect(pqa.generate!.report.confusion).toEqual([[1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0]]);
    expect(pqa.generate!.report.macroF1).toBeCloseTo((1 + 0 + 2 / 3) / 3, 10);

    // Summaries: s1 exact match, s2 none in common.
    const sm = r.suites.summaries!;
    expect(sm.n).toBe(2);
    expect(sm.items[0].rouge.rougeL.fmeasure).toBe(1);
    expect(sm.rouge1.estimate).toBeCloseTo((1 + sm.items[1].rouge.rouge1.fmeasure) / 2, 10);
    expect(Object.keys(sm.bySource)).toEqual(['discharge', 'radiology']);

    const h = headlineMetrics(r);
    expect(h.find((x) => x.metric === 'accuracy (loglik)')!.value).toBeCloseTo(2 / 3, 10);
    expect(JSON.stringify(withoutItems(r))).not.toContain('pneumonia');
  });

  it('is deterministic for a fixed bootstrap seed and lists skipped suites', async () => {
    const m = fakeModel({ preferred: [' Metformin'] });
    const a = await evaluate(m, RECORDS, ['mcq'], { mcqMethods: ['loglik'], bootstrap: { samples: 100, seed: 9 } });
    const b = await evaluate(m, RECORDS, ['mcq'], { mcqMethods: ['loglik'], bootstrap: { samples: 100, seed: 9 } });
    expect(a.suites.mcq!.loglik!.accuracy).toEqual(b.suites.mcq!.loglik!.accuracy);
    const only = await evaluate(m, RECORDS.filter((x) => x.kind === 'report'), ['mcq', 'summaries']);
    expect(only.skipped.map((s) => s.suite)).toEqual(['mcq', 'summaries']);
  });

  it('cuts over-long generation prompts to fit the context and reports it', async () => {
    const m = fakeModel({ maxLength: 120, answer: () => 'ok' });
    const long = [{ role: 'user' as const, content: 'x'.repeat(500) }];
    const fit = fitPrompt(m, long, 20);
    expect(fit.truncated).toBe(true);
    expect(m.encode(m.chatPrompt(fit.messages, { addGenerationPrompt: true })).length).toBe(100);
    expect(fitPrompt(m, [{ role: 'user', content: 'short' }], 20)).toEqual({ messages: [{ role: 'user', content: 'short' }], truncated: false });
    expect(() => fitPrompt(m, [{ role: 'system', content: 'y'.repeat(200) }, { role: 'user', content: 'q' }], 20)).toThrow(/fixed parts need more than the 100 tokens/);
    const r = await evaluate(m, RECORDS, ['summaries'], { summaryMaxNewTokens: 60, bootstrap: { samples: 20 } });
    expect(r.suites.summaries!.truncated).toBe(2);
    expect(r.suites.summaries!.items.every((i) => m.encode(i.prompt).length <= 60)).toBe(true);
  });

  it('respects limit and validates options and suites', async () => {
    const m = fakeModel({});
    const r = await evaluate(m, RECORDS, ['perplexity'], { limit: 3 });
    expect(r.suites.perplexity!.n).toBe(3);
    // Round-robin over tasks: the first three records of three different tasks.
    expect(r.suites.perplexity!.items.map((i) => i.task)).toEqual(['mcq', 'pubmedqa', 'summarization']);
    expect(r.limited).toEqual([{ suite: 'perplexity', used: 3, available: RECORDS.length }]);
    await expect(evaluate(m, RECORDS, ['perplexity'], { limti: 3 } as never)).rejects.toThrow(/Unrecognized key.*limti/);
    expect(() => parseSuites('perplexity,mcqq')).toThrow(/unknown suite 'mcqq'; expected one of perplexity, mcq, pubmedqa, summaries, redteam/);
  });
});
