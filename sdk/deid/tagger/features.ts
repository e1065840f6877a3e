/**
 * Features of one token for the tagger, as hashed indices: the word and its neighbours, shapes,
 * vocabulary bits, the punctuation around it, its place in the line, the labels just given to the
 * words before it, and what the rule recognizers already found there. Each feature is a template
 * number mixed with one or two small values, so nothing is concatenated into strings.
 *
 * @example
 * const toks = tagTokens('wife DOLORES called');
 * const buf = new Int32Array(MAX_FEATURES);
 * const n = tokenFeatures(toks, 1, 0, 0, new Uint8Array(3), 20, buf);
 */
import { VOCAB_FLAGS as F } from '../vocab.js';
import type { TagToken } from './tokens.js';

/** Upper bound of features per token (size of the caller's buffer). @example new Int32Array(MAX_FEATURES); */
export const MAX_FEATURES = 40;

/** What the rule recognizers found over a token, as one small code. @example RULE.NAME; // 1 */
export const RULE = { NONE: 0, NAME: 1, LOCATION: 2, DATE: 3, OTHER: 4, FACILITY: 5 } as const;

// Vocabulary bits that tell names and places from words (PHRASE only marks multi-word entries).
const FLAG_MASK = F.COMMON | F.ENGLISH | F.FIRST | F.LAST | F.PLACE | F.CLINICAL | F.UPPER | F.PROPER | F.ABBREV;
// Stand-ins for the words before the first and after the last token.
const EDGE_BEFORE = 0x5bd1e995;
const EDGE_AFTER = 0x27d4eb2d;

function mix(template: number, a: number, b: number, mask: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ Math.imul(a | 0, 0x85ebca6b) ^ Math.imul((b | 0) + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return (h >>> 0) & mask;
}

function lengthBucket(n: number): number {
  return n <= 2 ? n : n <= 4 ? 3 : n <= 7 ? 4 : 5;
}

/**
 * Write the feature indices of token `i` into `buf` and return how many there are.
 * `prev1`/`prev2` are the labels given to the two tokens before it; `rules[j]` is the RULE code of token j.
 *
 * @example
 * tokenFeatures(toks, 0, 0, 0, rules, 20, buf); // a count up to MAX_FEATURES
 */
export function tokenFeatures(toks: readonly TagToken[], i: number, prev1: number, prev2: number, rules: Uint8Array, bits: number, buf: Int32Array): number {
  const mask = (1 << bits) - 1;
  const t = toks[i];
  const p1 = i > 0 ? toks[i - 1] : null;
  const p2 = i > 1 ? toks[i - 2] : null;
  const n1 = i + 1 < toks.length ? toks[i + 1] : null;
  const n2 = i + 2 < toks.length ? toks[i + 2] : null;
  const wp1 = p1 ? p1.hash : EDGE_BEFORE;
  const wn1 = n1 ? n1.hash : EDGE_AFTER;
  const sp1 = p1 ? p1.shape : 9;
  const sn1 = n1 ? n1.shape : 9;
  const f0 = t.flags & FLAG_MASK;
  const rp1 = p1 ? rules[i - 1] : 7;
  const rn1 = n1 ? rules[i + 1] : 7;
  let n = 0;
  buf[n++] = mix(0, 0, 0, mask);
  buf[n++] = mix(1, t.hash, 0, mask);
  buf[n++] = mix(2, wp1, 0, mask);
  buf[n++] = mix(3, wn1, 0, mask);
  buf[n++] = mix(4, p2 ? p2.hash : EDGE_BEFORE, 0, mask);
  buf[n++] = mix(5, n2 ? n2.hash : EDGE_AFTER, 0, mask);
  buf[n++] = mix(6, t.shape, t.lineCase, mask);
  buf[n++] = mix(7, sp1 * 16 + t.shape, sn1, mask);
  buf[n++] = mix(8, t.suffix, t.shape, mask);
  buf[n++] = mix(9, f0, t.shape, mask);
  buf[n++] = mix(10, p1 ? p1.flags & FLAG_MASK : -1, sp1, mask);
  buf[n++] = mix(11, n1 ? n1.flags & FLAG_MASK : -1, sn1, mask);
  buf[n++] = mix(12, t.before, t.shape, mask);
  buf[n++] = mix(13, t.after, t.shape, mask);
  buf[n++] = mix(14, t.linePos * 8 + t.shape, t.lineCase, mask);
  buf[n++] = mix(15, wp1, t.shape, mask);
  buf[n++] = mix(16, wn1, t.shape, mask);
  buf[n++] = mix(17, prev1, 0, mask);
  buf[n++] = mix(18, prev1, prev2, mask);
  buf[n++] = mix(19, prev1, t.shape * 8 + t.lineCase, mask);
  buf[n++] = mix(20, lengthBucket(t.end - t.start), t.shape, mask);
  buf[n++] = mix(21, rules[i], t.shape, mask);
  buf[n++] = mix(22, rp1, rn1, mask);
  buf[n++] = mix(23, wp1, p2 ? p2.hash : EDGE_BEFORE, mask);
  buf[n++] = mix(24, t.hash, t.lineCase, mask);
  buf[n++] = mix(25, f0, t.lineCase * 16 + t.linePos, mask);
  buf[n++] = mix(26, prev1, wp1, mask);
  buf[n++] = mix(27, wp1, f0, mask);
  buf[n++] = mix(28, wn1, f0, mask);
  buf[n++] = mix(29, wp1, wn1, mask);
  // A run of capitalised words in a mixed-case line: the word before it ("at", "from", "works"), its
  // last word ("Drug", "Works", "Florist") and the word after it, by where this word sits in the run.
  if (t.runFirst >= 0) {
    const pos = (i === t.runFirst ? 1 : 0) + (i === t.runLast ? 2 : 0);
    const len = Math.min(t.runLast - t.runFirst + 1, 4);
    const before = t.runFirst > 0 ? toks[t.runFirst - 1].hash : EDGE_BEFORE;
    const after = t.runLast + 1 < toks.length ? toks[t.runLast + 1].hash : EDGE_AFTER;
    buf[n++] = mix(30, before, pos * 8 + len, mask);
    buf[n++] = mix(31, toks[t.runLast].hash, len, mask);
    buf[n++] = mix(32, before, toks[t.runLast].hash, mask);
    buf[n++] = mix(33, after, pos, mask);
  }
  return n;
}
