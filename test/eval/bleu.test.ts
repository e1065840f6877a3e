import { describe, expect, it } from 'vitest';
import { computeBleu, corpusBleu, sentenceBleu, tokenize13a } from '../../sdk/eval/index.js';

// Expected values: mjpost/sacrebleu test/test_bleu.py (sacrebleu 2.x). `raw` = sacrebleu.raw_corpus_bleu:
// floor smoothing, no tokenisation, effective order on.
const raw = (h: string[], r: string[][], v?: number) =>
  corpusBleu(h, r, { smooth: 'floor', smoothValue: v, tokenize: 'none', effectiveOrder: true }).score / 100;

const REFS = [
  ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
  ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
];
const HYPS = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
const EPS = 1e-8;

describe('BLEU (sacrebleu semantics)', () => {
  it('matches test_corpus_bleu_cases', () => {
    expect(Math.abs(corpusBleu(HYPS, REFS).score - 48.530827)).toBeLessThan(1e-6);
    expect(corpusBleu(['', '', ''], REFS).score).toBe(0);
    expect(Math.abs(corpusBleu(HYPS, REFS, { tokenize: 'none' }).score - 49.1919566)).toBeLessThan(1e-6);
    expect(Math.abs(corpusBleu(HYPS, REFS, { smooth: 'none' }).score - 48.530827)).toBeLessThan(1e-6);
  });

  it('matches test_raw_bleu_cases and test_case_effective_order', () => {
    expect(raw(['this is a test', 'another test'], [['ref1', 'ref2']], 0.01)).toBe(0);
    expect(Math.abs(raw(['this is a test'], [['this is a test']], 0.01) - 1)).toBeLessThan(EPS);
    expect(Math.abs(raw(['this is a fest'], [['this is a test']], 0.01) - 0.223606797749979)).toBeLessThan(EPS);
    expect(Math.abs(raw(['test'], [['a test']], 0.01) - 0.3678794411714425)).toBeLessThan(EPS);
    expect(Math.abs(raw(['a test'], [['a test']], 0.01) - 1)).toBeLessThan(EPS);
    expect(Math.abs(raw(['a little test'], [['a test']], 0.01) - 0.03218297948685433)).toBeLessThan(EPS);
  });

  it('matches test_case_statistics, test_case_offset and test_case_scoring', () => {
    const r = corpusBleu(['am I am a character sequence'], [['I am a symbol string sequence a a']], {
      smooth: 'floor', smoothValue: 0.01, tokenize: 'none', effectiveOrder: true,
    });
    expect(r.counts).toEqual([4, 2, 1, 0]);
    expect(r.totals).toEqual([6, 5, 4, 3]);
    expect(raw(['am I am a character sequence'], [['I am a symbol string sequence a a']], 0)).toBe(0);
    expect(Math.abs(raw(['am I am a character sequence'], [['I am a symbol string sequence a a']]) - 0.1555722182)).toBeLessThan(EPS);
    expect(Math.abs(computeBleu([9, 7, 5, 3], [10, 8, 6, 4], 11, 11).score / 100 - 0.8375922397)).toBeLessThan(EPS);
  });

  it('matches test_degenerate_statistics', () => {
    const cases: [number[], number[], number, number, number][] = [
      [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0.0],
      [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0.0],
      [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.0],
      [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0.0],
      [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
      [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01],
    ];
    for (const [c, t, s, rl, v] of cases) expect(computeBleu(c, t, s, rl, { smooth: 'floor', smoothValue: v }).score).toBe(0);
  });

  it('matches test_bleu_max_order', () => {
    const want: [number, string][] = [[1, '77.65'], [2, '60.50'], [3, '53.93'], [4, '48.53'], [5, '46.14'], [6, '43.28']];
    for (const [order, s] of want) expect(corpusBleu(HYPS, REFS, { maxOrder: order }).score.toFixed(2)).toBe(s);
  });

  it('tokenises like mteval-v13a and validates inputs', () => {
    // 13a splits punctuation except the apostrophe (0x27 lies outside its character ranges).
    expect(tokenize13a("It wasn't surprising.")).toBe("It wasn't surprising .");
    expect(tokenize13a('Costs $1,000.50 in 2020-21.')).toBe('Costs $ 1,000.50 in 2020 - 21 .');
    expect(() => corpusBleu(['a', 'b'], [['a']])).toThrow(/reference stream 0 has 1 lines but there are 2 hypotheses/);
    expect(sentenceBleu('the cat sat on the mat', ['the cat sat on the mat']).score).toBeCloseTo(100, 8);
  });
});
