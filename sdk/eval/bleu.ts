/**
 * Corpus BLEU as sacrebleu 2.x computes it (`sacrebleu.corpus_bleu`): 13a tokenisation
 * (mteval-v13a), n-gram orders 1..4, counts clipped by the maximum count over references,
 * closest-reference length (ties: the shorter) for the brevity penalty, scores on a 0-100 scale,
 * and sacrebleu's smoothing methods: `exp` (default, NIST geometric halving), `floor`, `add-k`, `none`.
 * A corpus with no matching unigram scores 0 (sacrebleu #141). Checked against sacrebleu's
 * test_bleu.py values in test/eval/bleu.test.ts.
 *
 * @example
 * corpusBleu(['The dog bit the man.'], [['The dog bit the man.']]).score; // 100
 */
import { z } from 'zod';

/** BLEU options. @example BleuOptions.parse({ smooth: 'floor', smoothValue: 0.1 }) */
export const BleuOptions = z
  .object({
    // 13a: sacrebleu's default, so numbers are comparable with published sacrebleu scores.
    tokenize: z.enum(['13a', 'none']).default('13a'),
    // exp: sacrebleu's corpus_bleu default.
    smooth: z.enum(['exp', 'floor', 'add-k', 'none']).default('exp'),
    // Per-method defaults as in sacrebleu: floor 0.1, add-k 1 (ignored by exp and none).
    smoothValue: z.number().nonnegative().optional(),
    // Case-sensitive by default, as sacrebleu.
    lowercase: z.boolean().default(false),
    // sacrebleu's default order 4.
    maxOrder: z.number().int().min(1).max(9).default(4),
    // Off for corpus BLEU (sacrebleu default); on for sentence BLEU, where short sentences lack 4-grams.
    effectiveOrder: z.boolean().default(false),
  })
  .strict();
export type BleuOptions = z.input<typeof BleuOptions>;

/** A BLEU result with its sufficient statistics. */
export interface BleuResult {
  /** 0-100. */
  score: number;
  counts: number[];
  totals: number[];
  precisions: number[];
  bp: number;
  sysLen: number;
  refLen: number;
}

/**
 * mteval-v13a tokenisation as sacrebleu's `Tokenizer13a`.
 *
 * @example
 * tokenize13a("It wasn't surprising."); // "It wasn't surprising ."
 */
export function tokenize13a(line: string): string {
  let s = line.replace(/<skipped>/g, '').replace(/-\n/g, '').replace(/\n/g, ' ');
  if (s.includes('&')) s = s.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  // Padded with spaces like mteval-v13a.pl, so a final "." after a digit is still split off.
  s = ` ${s} `
    .replace(/([\{-\~\[-\` -\&\(-\+\:-\@\/])/g, ' $1 ')
    .replace(/([^0-9])([\.,])/g, '$1 $2 ')
    .replace(/([\.,])([^0-9])/g, ' $1 $2')
    .replace(/([0-9])(-)/g, '$1 $2 ');
  return s.split(/\s+/).filter(Boolean).join(' ');
}

function ngrams(tokens: string[], maxOrder: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 1; n <= maxOrder; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const k = `${n}\u0000${tokens.slice(i, i + n).join(' ')}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  return m;
}

/**
 * BLEU from sufficient statistics (sacrebleu `BLEU.compute_bleu`).
 *
 * @example
 * computeBleu([9, 7, 5, 3], [10, 8, 6, 4], 11, 11).score; // 83.759...
 */
export function computeBleu(
  correct: readonly number[],
  total: readonly number[],
  sysLen: number,
  refLen: number,
  options: BleuOptions = {},
): BleuResult {
  const o = BleuOptions.parse(options);
  const smoothValue = o.smoothValue ?? (o.smooth === 'floor' ? 0.1 : o.smooth === 'add-k' ? 1 : 0);
  const maxOrder = correct.length;
  const c = [...correct];
  const t = [...total];
  const precisions = new Array<number>(maxOrder).fill(0);
  const bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0) : 1;
  const result = (score: number): BleuResult => ({ score, counts: [...correct], totals: [...total], precisions, bp, sysLen, refLen });
  if (c[0] === 0) return result(0);
  let smoothMteval = 1;
  let effOrder = maxOrder;
  for (let n = 1; n <= maxOrder; n++) {
    if (o.smooth === 'add-k' && n > 1) {
      c[n - 1] += smoothValue;
      t[n - 1] += smoothValue;
    }
    if (t[n - 1] === 0) break;
    if (o.effectiveOrder) effOrder = n;
    if (c[n - 1] === 0) {
      if (o.smooth === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = 100 / (smoothMteval * t[n - 1]);
      } else if (o.smooth === 'floor') {
        precisions[n - 1] = (100 * smoothValue) / t[n - 1];
      }
    } else {
      precisions[n - 1] = (100 * c[n - 1]) / t[n - 1];
    }
  }
  // sacrebleu's my_log: log(0) is a huge negative number, so the score collapses to 0.
  const logs = precisions.slice(0, effOrder).map((p) => (p === 0 ? -9999999999 : Math.log(p)));
  return result(bp * Math.exp(logs.reduce((a, b) => a + b, 0) / effOrder));
}

/**
 * Corpus BLEU. `references[k][i]` is the k-th reference of hypothesis i (sacrebleu's layout:
 * one list per reference stream).
 *
 * @example
 * corpusBleu(['a b c d'], [['a b c d']], { tokenize: 'none' }).score; // 100
 */
export function corpusBleu(hypotheses: readonly string[], references: readonly (readonly string[])[], options: BleuOptions = {}): BleuResult {
  const o = BleuOptions.parse(options);
  for (const [k, stream] of references.entries()) {
    if (stream.length !== hypotheses.length) {
      throw new Error(`corpusBleu: reference stream ${k} has ${stream.length} lines but there are ${hypotheses.length} hypotheses; expected equal lengths`);
    }
  }
  if (references.length === 0) throw new Error('corpusBleu: no reference streams given');
  const prep = (s: string) => {
    const x = o.lowercase ? s.toLowerCase() : s;
    return (o.tokenize === '13a' ? tokenize13a(x) : x.trim()).split(' ').filter(Boolean);
  };
  const correct = new Array<number>(o.maxOrder).fill(0);
  const total = new Array<number>(o.maxOrder).fill(0);
  let sysLen = 0;
  let refLen = 0;
  hypotheses.forEach((hyp, i) => {
    const h = prep(hyp);
    const refs = references.map((stream) => prep(stream[i]));
    sysLen += h.length;
    let closest = refs[0].length;
    for (const r of refs) {
      const d = Math.abs(r.length - h.length);
      const best = Math.abs(closest - h.length);
      if (d < best || (d === best && r.length < closest)) closest = r.length;
    }
    refLen += closest;
    const maxRef = new Map<string, number>();
    for (const r of refs) for (const [k, v] of ngrams(r, o.maxOrder)) maxRef.set(k, Math.max(maxRef.get(k) ?? 0, v));
    for (const [k, v] of ngrams(h, o.maxOrder)) {
      const n = Number(k.slice(0, k.indexOf('\u0000')));
      correct[n - 1] += Math.min(v, maxRef.get(k) ?? 0);
    }
    for (let n = 1; n <= o.maxOrder; n++) total[n - 1] += Math.max(0, h.length - n + 1);
  });
  return computeBleu(correct, total, sysLen, refLen, o);
}

/**
 * Sentence BLEU (sacrebleu `sentence_bleu`: exp smoothing, effective order on).
 *
 * @example
 * sentenceBleu('the cat sat', ['the cat sat on the mat']).score; // > 0
 */
export function sentenceBleu(hypothesis: string, references: readonly string[], options: BleuOptions = {}): BleuResult {
  return corpusBleu([hypothesis], references.map((r) => [r]), { effectiveOrder: true, ...options });
}
