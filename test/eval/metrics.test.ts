import { describe, expect, it } from 'vitest';
import { bootstrapCI, classificationReport, f1Score, mean, parseAnswerLetter, parseYesNoMaybe, quantileSorted } from '../../sdk/eval/index.js';

describe('classification metrics', () => {
  it('matches scikit-learn classification_report on a worked example', () => {
    // sklearn docs example (sklearn.metrics.classification_report): y_true = [0, 1, 2, 2, 2],
    // y_pred = [0, 0, 2, 2, 1] -> precision 0.50/0.00/1.00, recall 1.00/0.00/0.67, f1 0.67/0.00/0.80,
    // accuracy 0.60, macro avg precision 0.50, recall 0.56, f1 0.49.
    const r = classificationReport(['0', '1', '2', '2', '2'], ['0', '0', '2', '2', '1'], ['0', '1', '2']);
    expect(r.perClass['0']).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(r.perClass['1']).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(r.perClass['2'].precision).toBe(1);
    expect(r.perClass['2'].recall).toBeCloseTo(2 / 3, 12);
    expect(r.perClass['2'].f1).toBeCloseTo(0.8, 12);
    expect(r.accuracy).toBeCloseTo(0.6, 12);
    expect(r.macroPrecision.toFixed(2)).toBe('0.50');
    expect(r.macroRecall.toFixed(2)).toBe('0.56');
    expect(r.macroF1.toFixed(2)).toBe('0.49');
    expect(r.confusion).toEqual([[1, 0, 0, 0], [1, 0, 0, 0], [0, 1, 2, 0]]);
  });

  it('counts unparseable predictions as wrong in the invalid column', () => {
    const r = classificationReport(['yes', 'no', 'maybe'], ['yes', null, 'perhaps'], ['yes', 'no', 'maybe']);
    expect(r.invalid).toBe(2);
    expect(r.accuracy).toBeCloseTo(1 / 3, 12);
    expect(r.confusion.map((row) => row[3])).toEqual([0, 1, 1]);
    expect(() => classificationReport(['x'], ['x'], ['yes'])).toThrow(/gold label 'x' is not in the label set/);
    expect(() => classificationReport(['yes'], [], ['yes'])).toThrow(/1 gold labels but 0 predictions/);
    expect(f1Score(0, 0)).toBe(0);
  });
});

describe('answer parsing', () => {
  const cases: [string, string | null][] = [
    ['Answer: C', 'C'],
    ['The answer is C', 'C'],
    ['The correct answer is (D).', 'D'],
    ['(C)', 'C'],
    ['C.', 'C'],
    ['C) Metformin is first line', 'C'],
    ['B', 'B'],
    ['**Answer: E**', 'E'],
    ['I think (b) is right', 'B'],
    ['answer: c.', 'C'],
    ['Option A', 'A'],
    ['A 45-year-old man would need metformin', null],
    ['The answer is a beta blocker', null],
    ['I do not know', null],
  ];
  for (const [text, want] of cases) it(`parses ${JSON.stringify(text)}`, () => expect(parseAnswerLetter(text)).toBe(want));

  it('falls back to option text when exactly one option is named, and respects the letter set', () => {
    expect(parseAnswerLetter('I would start metformin.', { A: 'Insulin', B: 'Metformin' })).toBe('B');
    expect(parseAnswerLetter('Either insulin or metformin', { A: 'Insulin', B: 'Metformin' })).toBeNull();
    expect(parseAnswerLetter('Answer: E', undefined, ['A', 'B', 'C', 'D'])).toBeNull();
  });

  it('parses yes/no/maybe', () => {
    expect(parseYesNoMaybe('Yes, exercise lowers it.')).toBe('yes');
    expect(parseYesNoMaybe('The answer is maybe; no trial was large.')).toBe('maybe');
    expect(parseYesNoMaybe('NO.')).toBe('no');
    expect(parseYesNoMaybe('Unclear evidence')).toBeNull();
  });
});

describe('bootstrap', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    const xs = [1, 0, 1, 1, 0, 1, 0, 1, 1, 1];
    const a = bootstrapCI(xs, mean, { samples: 500, seed: 42 });
    // Binary data has few distinct resample means; continuous data shows the seed's effect.
    const ys = [0.3, 1.7, 2.2, 0.9, 3.1, 1.4, 2.8, 0.5];
    expect(bootstrapCI(ys, mean, { samples: 200, seed: 1 }).low).not.toBe(bootstrapCI(ys, mean, { samples: 200, seed: 2 }).low);
    const b = bootstrapCI(xs, mean, { samples: 500, seed: 42 });
    expect(a).toEqual(b);
    expect(a.estimate).toBe(0.7);
    expect(a.low).toBeLessThan(0.7);
    expect(a.high).toBeGreaterThan(0.7);
    expect(a.low).toBeGreaterThanOrEqual(0.3);
    expect(a.high).toBeLessThanOrEqual(1);
  });

  it('gives a zero-width interval for constant data and validates options', () => {
    const ci = bootstrapCI([1, 1, 1], mean, { samples: 50 });
    expect([ci.low, ci.estimate, ci.high]).toEqual([1, 1, 1]);
    expect(() => bootstrapCI([], mean)).toThrow(/no items/);
    expect(() => bootstrapCI([1], mean, { level: 1.5 })).toThrow();
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});
