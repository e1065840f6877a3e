/**
 * Rated review rows to DPO preference pairs: higher score chosen, ties and identical answers dropped and counted.
 */
import { describe, expect, it } from 'vitest';
import { reviewPreferencePairs } from '../../sdk/eval/review-preferences.js';
import { parseReviewCsv, REVIEW_COLUMNS } from '../../sdk/eval/review.js';
import { toCsv } from '../../sdk/eval/csv.js';

const row = (id: string, model: string, item: string, output: string, r: [number, number, number, number]) =>
  [id, model, 'mcq', item, `prompt of ${item}`, output, 'B', ...r.map(String), ''];
const csv = toCsv([
  [...REVIEW_COLUMNS],
  row('m1', 'base', 'q1', 'Answer: A', [1, 2, 2, 2]),
  row('m2', 'lora', 'q1', 'Answer: B', [5, 4, 4, 4]),
  row('m3', 'base', 'q2', 'Answer: C', [3, 3, 3, 3]),
  row('m4', 'lora', 'q2', 'Answer: D', [3, 3, 3, 3]),
  row('m5', 'base', 'q3', 'Answer: B', [2, 2, 2, 2]),
  row('m6', 'lora', 'q3', 'Answer: B', [4, 4, 4, 4]),
  row('m7', 'base', 'q4', 'Answer: A', [2, 2, 2, 2]),
  row('m8', 'base', 'q5', 'x', [5, 1, 1, 1]),
  row('m9', 'lora', 'q5', 'y', [1, 5, 5, 5]),
  row('m10', 'other', 'q5', 'z', [3, 3, 3, 3]),
]);

describe('reviewPreferencePairs', () => {
  it('pairs differently scored answers to the same prompt and counts what it drops', () => {
    const { pairs, stats } = reviewPreferencePairs(parseReviewCsv(csv, 'r.csv'), { file: 'r.csv' });
    expect(stats).toEqual({ rows: 10, prompts: 5, pairs: 4, ties: 1, identical: 1, unpaired: 1 });
    expect(pairs[0]).toMatchObject({ id: 'm2>m1', prompt: 'prompt of q1', chosen: 'Answer: B', rejected: 'Answer: A', source: { file: 'r.csv', format: 'review' } });
    expect(pairs[0].meta).toMatchObject({ chosenModel: 'lora', rejectedModel: 'base', chosenScore: 4.25, rejectedScore: 1.75 });
    // Three answers to q5: every differently scored couple (overall 2 vs 4 vs 3).
    expect(pairs.slice(1).map((p) => p.id).sort()).toEqual(['m10>m8', 'm9>m10', 'm9>m8']);
  });

  it('scores by one rubric column when asked', () => {
    const { pairs } = reviewPreferencePairs(parseReviewCsv(csv, 'r.csv'), { score: 'accuracy' });
    expect(pairs.find((p) => p.meta.item_id === 'q5' && p.id.includes('m8') && p.id.includes('m9'))!.id).toBe('m8>m9');
  });

  it('no usable pair is an error that says why', () => {
    const only = toCsv([[...REVIEW_COLUMNS], row('a', 'base', 'q1', 'x', [3, 3, 3, 3]), row('b', 'lora', 'q1', 'y', [3, 3, 3, 3])]);
    expect(() => reviewPreferencePairs(parseReviewCsv(only, 't.csv'), { file: 't.csv' })).toThrow('t.csv: no preference pairs: 2 rated rows in 1 prompt(s), 1 tie(s)');
  });
});
