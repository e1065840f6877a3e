/**
 * ROUGE-1/2/L (precision, recall, F-measure) as Google's `rouge-score` package computes them
 * (`RougeScorer(['rouge1','rouge2','rougeL'], use_stemmer=...)`): lower-case, every run of
 * characters outside [a-z0-9] becomes a space, split on whitespace, optionally Porter-stem tokens
 * longer than 3 characters (./porter.ts), keep tokens matching ^[a-z0-9]+$.
 * ROUGE-N counts clipped n-gram overlaps; ROUGE-L uses the longest common subsequence of the
 * whole texts (not the summary-level "rougeLsum", which needs sentence splitting and is not provided).
 * Scores are in [0, 1]; checked against the package's own tests in test/eval/rouge.test.ts.
 *
 * @example
 * rouge('testing one two', 'testing one').rouge2.fmeasure; // 2/3 (target first, like rouge-score)
 */
import { porterStem } from './porter.js';

/** One ROUGE measurement. */
export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

/** The three variants together. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** Options of the ROUGE functions. */
export interface RougeOptions {
  /** Porter-stem tokens longer than 3 characters, like `use_stemmer=True`. Default false (rouge-score's default). */
  stem?: boolean;
}

/**
 * rouge-score's tokenizer.
 *
 * @example
 * rougeTokenize("It's 5 o'clock!"); // ['it', 's', '5', 'o', 'clock']
 */
export function rougeTokenize(text: string, options: RougeOptions = {}): string[] {
  const tokens = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(/\s+/);
  return tokens
    .map((t) => (options.stem && t.length > 3 ? porterStem(t) : t))
    .filter((t) => /^[a-z0-9]+$/.test(t));
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function score(overlap: number, predTotal: number, targetTotal: number): RougeScore {
  const precision = overlap / Math.max(predTotal, 1);
  const recall = overlap / Math.max(targetTotal, 1);
  const fmeasure = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, fmeasure };
}

/**
 * ROUGE-N between token lists.
 *
 * @example
 * rougeNTokens(['a', 'b'], ['a', 'b', 'c'], 1).recall; // 1
 */
export function rougeNTokens(target: string[], prediction: string[], n: number): RougeScore {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let overlap = 0;
  for (const [k, c] of t) overlap += Math.min(c, p.get(k) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(overlap, total(p), total(t));
}

/**
 * Length of the longest common subsequence (O(n·m) dynamic programming, two rows).
 *
 * @example
 * lcsLength(['a', 'b', 'c'], ['a', 'c']); // 2
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * ROUGE-L between token lists.
 *
 * @example
 * rougeLTokens(['testing', 'one', 'two'], ['testing', 'two']).fmeasure; // 0.8
 */
export function rougeLTokens(target: string[], prediction: string[]): RougeScore {
  if (target.length === 0 || prediction.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  return score(lcsLength(target, prediction), prediction.length, target.length);
}

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L of one prediction against one target (argument order as rouge-score: target first).
 *
 * @example
 * rouge('the cat sat', 'the cat sat down', { stem: true }).rougeL.recall; // 1
 */
export function rouge(target: string, prediction: string, options: RougeOptions = {}): RougeScores {
  const t = rougeTokenize(target, options);
  const p = rougeTokenize(prediction, options);
  return { rouge1: rougeNTokens(t, p, 1), rouge2: rougeNTokens(t, p, 2), rougeL: rougeLTokens(t, p) };
}
