/**
 * The statistical tagger as a pure function: greedy left-to-right decoding of token labels
 * (O, NAME, LOCATION, ID) with an averaged perceptron, and its training loop. It reads what the rule
 * recognizers found as features, so it learns where rules stop short (the rest of "Pham Thi Lan",
 * a bare "SON JOHN IN") rather than relearning what they find.
 *
 * @example
 * const model = trainTagger(examples, { epochs: 5, bits: 18, seed: 1 });
 * decodeTags(model, toks, rules, 0).labels; // one label per token
 */
import { mulberry32, shuffled } from '../../runtime/random.js';
import type { Candidate } from '../span.js';
import { MAX_FEATURES, RULE, tokenFeatures } from './features.js';
import { Perceptron } from './perceptron.js';
import { SHAPE, type TagToken } from './tokens.js';

/** Labels, by index (ID stands for every record, account, plan, licence, device and vehicle number). @example TAG_LABELS[1]; // 'NAME' */
export const TAG_LABELS = ['O', 'NAME', 'LOCATION', 'ID'] as const;
/** A label the trainer skips (identifiers of other categories, spans the gold marks as not required). @example SKIP; // 255 */
export const SKIP = 255;

/** One training text: its tokens, the rule codes, the gold label of every token (SKIP to ignore). @example const e: TagExample = { toks, rules, labels }; */
export interface TagExample {
  toks: TagToken[];
  rules: Uint8Array;
  labels: Uint8Array;
}

/**
 * The RULE code of every token: what the best rule candidate over it says.
 *
 * @example
 * ruleCodes(tagTokens('Dr Lee'), [{ category: 'NAME', start: 3, end: 6, score: 1 }]); // [0, 1]
 */
export function ruleCodes(toks: readonly TagToken[], candidates: readonly Candidate[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  if (candidates.length === 0 || toks.length === 0) return out;
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let j = 0;
  const active: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (j < sorted.length && sorted[j].start < t.end) active.push(sorted[j++]);
    let best: Candidate | null = null;
    for (let k = active.length - 1; k >= 0; k--) {
      const c = active[k];
      if (c.end <= t.start) {
        active.splice(k, 1);
        continue;
      }
      if (!best || c.score > best.score) best = c;
    }
    if (!best) continue;
    out[i] =
      best.kind === 'facility'
        ? RULE.FACILITY
        : best.category === 'NAME'
          ? RULE.NAME
          : best.category === 'LOCATION'
            ? RULE.LOCATION
            : best.category === 'DATE'
              ? RULE.DATE
              : RULE.OTHER;
  }
  return out;
}

/** Labels of the tokens, and by how much each non-O label beat O (0 for O). @example decodeTags(model, toks, rules, 0).labels; */
export interface Decoded {
  labels: Uint8Array;
  lead: Float32Array;
}

/**
 * Label every token, left to right, each decision seeing the two before it. A non-O label needs
 * its score to beat O's by more than `margin` (0 is the plain argmax; larger is more precise).
 *
 * @example
 * decodeTags(model, toks, rules, 2).labels.filter((l) => l === 1).length; // tokens taken as names
 */
export function decodeTags(model: Perceptron, toks: readonly TagToken[], rules: Uint8Array, margin: number): Decoded {
  const labels = new Uint8Array(toks.length);
  const lead = new Float32Array(toks.length);
  const buf = new Int32Array(MAX_FEATURES);
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < toks.length; i++) {
    let label = 0;
    const s = model.scores(buf, tokenFeatures(toks, i, p1, p2, rules, model.bits, buf));
    // A number is never a name (it may be a house number or part of an identifier).
    const digits = toks[i].shape === SHAPE.DIGITS;
    let best = digits ? 2 : 1;
    for (let c = best + 1; c < s.length; c++) if (s[c] > s[best]) best = c;
    if (s[best] - s[0] > margin) {
      label = best;
      lead[i] = s[best] - s[0];
    }
    labels[i] = label;
    p2 = p1;
    p1 = label;
  }
  return { labels, lead };
}

/** Training settings. @example const o: TrainOptions = { epochs: 6, bits: 20, seed: 7 }; */
export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  /**
   * Share of words whose rule code is hidden in each pass. Rules catch nearly everything in the
   * sets they were written from, so a tagger that always sees them learns only to copy them; hiding
   * some makes it learn the context of names and places, which is what it needs on new text.
   */
  ruleDropout?: number;
  /** Called after each epoch with the share of labelled tokens it got wrong. */
  onEpoch?: (epoch: number, errorRate: number) => void;
}

/**
 * Train the perceptron: several passes over the examples in a seeded random order, each token
 * decoded with the labels the model itself gave the tokens before it (as at prediction time).
 *
 * @example
 * trainTagger(examples, { epochs: 6, bits: 20, seed: 7 });
 */
export function trainTagger(examples: readonly TagExample[], opts: TrainOptions): Perceptron {
  const model = new Perceptron(TAG_LABELS.length, opts.bits);
  const rng = mulberry32(opts.seed);
  const buf = new Int32Array(MAX_FEATURES);
  const dropout = opts.ruleDropout ?? 0;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let wrong = 0;
    let seen = 0;
    for (const ex of shuffled(examples, rng)) {
      const rules = dropout > 0 ? ex.rules.map((r) => (rng() < dropout ? 0 : r)) : ex.rules;
      let p1 = 0;
      let p2 = 0;
      for (let i = 0; i < ex.toks.length; i++) {
        const gold = ex.labels[i];
        let label = 0;
        const n = tokenFeatures(ex.toks, i, p1, p2, rules, opts.bits, buf);
        const s = model.scores(buf, n);
        for (let c = 1; c < s.length; c++) if (s[c] > s[label]) label = c;
        if (gold !== SKIP) {
          seen++;
          if (label !== gold) wrong++;
          model.update(buf, gold, label, n);
        }
        p2 = p1;
        p1 = label;
      }
    }
    opts.onEpoch?.(epoch, seen ? wrong / seen : 0);
  }
  model.finish();
  return model;
}
