/**
 * Scoring predicted PHI spans against gold annotations.
 *
 * Definitions (entity level, per category):
 * - a gold span is FOUND when predicted spans of the same category together cover every letter
 *   and digit inside it (spaces and punctuation at the edges may differ: "Dr. [Young]" vs "[Young]");
 * - a predicted span is CORRECT when it shares at least one letter or digit with a gold span of
 *   the same category; otherwise it is a false positive;
 * - recall = found / gold, precision = correct / predicted, F1 their harmonic mean.
 * Also reported: "redacted" recall (gold covered by predicted spans of ANY category: what matters
 * for privacy) and token-level precision/recall over alphanumeric tokens, category-agnostic.
 *
 * @example
 * const s = new DeidScorer();
 * s.add(text, gold, predicted);
 * s.summary().overall.recall;
 */
import { PHI_CATEGORIES, type PhiCategory } from './categories.js';
import type { PhiSpan } from './span.js';

/** Counts and ratios for one category or overall. @example scorer.summary().perCategory.NAME.recall; */
export interface CategoryScore {
  gold: number;
  predicted: number;
  found: number;
  correct: number;
  recall: number;
  precision: number;
  f1: number;
  /** Gold spans fully covered by predictions of any category. */
  redacted: number;
}

/** The whole evaluation. @example const s: DeidScores = scorer.summary(); s.overall.f1; */
export interface DeidScores {
  perCategory: Record<PhiCategory, CategoryScore>;
  overall: CategoryScore;
  tokens: { gold: number; predicted: number; truePositive: number; recall: number; precision: number; f1: number };
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Mark which characters of `text` are inside `spans` (optionally of one category). */
function mask(length: number, spans: PhiSpan[], category?: PhiCategory): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) if (!category || s.category === category) m.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return m;
}

/** Accumulates scores over many records. @example const scorer = new DeidScorer(); scorer.add('r1', text, gold, predicted); */
export class DeidScorer {
  private counts = Object.fromEntries(PHI_CATEGORIES.map((c) => [c, { gold: 0, predicted: 0, found: 0, correct: 0, redacted: 0 }])) as Record<
    PhiCategory,
    { gold: number; predicted: number; found: number; correct: number; redacted: number }
  >;
  private tok = { gold: 0, predicted: 0, truePositive: 0 };
  /** Missed gold spans as (record id, category, start, end) — positions only, never text. */
  readonly misses: { id: string; category: PhiCategory; start: number; end: number }[] = [];
  /** False positives as positions only. */
  readonly falsePositives: { id: string; category: PhiCategory; start: number; end: number }[] = [];

  /**
   * Score one record.
   *
   * @example
   * scorer.add('rpt-1', text, record.phi, findPhi(text));
   */
  add(id: string, text: string, gold: PhiSpan[], predicted: PhiSpan[]): void {
    const n = text.length;
    const any = mask(n, predicted);
    const byCat = new Map<PhiCategory, Uint8Array>();
    const catMask = (c: PhiCategory, spans: PhiSpan[], key: string) => {
      const k = `${key}:${c}` as PhiCategory;
      let m = byCat.get(k);
      if (!m) {
        m = mask(n, spans, c);
        byCat.set(k, m);
      }
      return m;
    };
    for (const g of gold) {
      const c = this.counts[g.category];
      c.gold++;
      const pm = catMask(g.category, predicted, 'p');
      let covered = true;
      let coveredAny = true;
      for (let i = g.start; i < g.end; i++) {
        if (!isAlnum(text.charCodeAt(i))) continue;
        if (!pm[i]) covered = false;
        if (!any[i]) coveredAny = false;
      }
      if (covered) c.found++;
      else this.misses.push({ id, category: g.category, start: g.start, end: g.end });
      if (coveredAny) c.redacted++;
    }
    for (const p of predicted) {
      const c = this.counts[p.category];
      c.predicted++;
      const gm = catMask(p.category, gold, 'g');
      let hit = false;
      for (let i = p.start; i < p.end && !hit; i++) if (gm[i] && isAlnum(text.charCodeAt(i))) hit = true;
      if (hit) c.correct++;
      else this.falsePositives.push({ id, category: p.category, start: p.start, end: p.end });
    }
    // Token level: alphanumeric runs, category-agnostic.
    const goldAny = mask(n, gold);
    const re = /[\p{L}\p{N}]+/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      let g = false;
      let p = false;
      for (let i = m.index; i < m.index + m[0].length; i++) {
        if (goldAny[i]) g = true;
        if (any[i]) p = true;
      }
      if (g) this.tok.gold++;
      if (p) this.tok.predicted++;
      if (g && p) this.tok.truePositive++;
    }
  }

  /**
   * Ratios per category and overall.
   *
   * @example
   * scorer.summary().perCategory.NAME.recall;
   */
  summary(): DeidScores {
    const score = (x: { gold: number; predicted: number; found: number; correct: number; redacted: number }): CategoryScore => {
      const recall = ratio(x.found, x.gold);
      const precision = ratio(x.correct, x.predicted);
      return { ...x, recall, precision, f1: f1(precision, recall) };
    };
    const perCategory = Object.fromEntries(PHI_CATEGORIES.map((c) => [c, score(this.counts[c])])) as Record<PhiCategory, CategoryScore>;
    const total = { gold: 0, predicted: 0, found: 0, correct: 0, redacted: 0 };
    for (const c of PHI_CATEGORIES) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += this.counts[c][k];
    const t = this.tok;
    const tr = ratio(t.truePositive, t.gold);
    const tp = ratio(t.truePositive, t.predicted);
    return { perCategory, overall: score(total), tokens: { ...t, recall: tr, precision: tp, f1: f1(tp, tr) } };
  }
}
