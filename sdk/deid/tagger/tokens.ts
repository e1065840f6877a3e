/**
 * Tokens for the statistical tagger: word runs with what a tagger reads off them cheaply (shape,
 * vocabulary flags, the punctuation beside them, where they sit in their line, how the line is
 * written). Computed once per text; features are then integer mixes of these fields.
 *
 * @example
 * tagTokens('WIFE DOLORES CALLED').map((t) => t.lower); // ['wife', 'dolores', 'called']
 */
import { hashString } from '../../runtime/random.js';
import { vocabulary } from '../vocab.js';

/** Word shapes, small integers so they mix into feature hashes. @example SHAPE.TITLE; // 1 */
export const SHAPE = { LOWER: 0, TITLE: 1, CAPS: 2, INITIAL: 3, MIXED: 4, DIGITS: 5, ALNUM: 6 } as const;

/** How the line a token sits in is written: mostly capitals, mostly lower case, or mixed. @example LINE_CASE.CAPS; // 2 */
export const LINE_CASE = { LOWER: 0, MIXED: 1, CAPS: 2 } as const;

/** One word of a text, with the fields features are made from. @example const t: TagToken = tagTokens('Rome')[0]; */
export interface TagToken {
  start: number;
  end: number;
  lower: string;
  /** 32-bit hashes of `lower` and of its last three letters, computed once so features cost a multiply. */
  hash: number;
  suffix: number;
  shape: number;
  /** Vocabulary bits (vocab.ts); 0 for unknown words and numbers. */
  flags: number;
  /** Nearest non-blank character before the word on its line ("\n" at a line start). */
  before: number;
  /** Nearest non-blank character after the word on its line ("\n" at a line end). */
  after: number;
  /** Position in its line: 0, 1, 2, or 3 for any later word. */
  linePos: number;
  lineCase: number;
  /** Indices of the first and last word of the run of capitalised words this word is in, in a mixed-case line; -1 outside one. */
  runFirst: number;
  runLast: number;
}

// Letters and digits, joined by apostrophes and hyphens ("O'Neill", "Forman-Lyons", "x4-6120").
const TOKEN = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const NEWLINE = 10;

function shapeOf(w: string): { shape: number; hasLetter: boolean } {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = w[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  const letters = upper + lower;
  if (letters === 0) return { shape: SHAPE.DIGITS, hasLetter: false };
  if (digit > 0) return { shape: SHAPE.ALNUM, hasLetter: true };
  if (letters === 1 && upper === 1) return { shape: SHAPE.INITIAL, hasLetter: true };
  if (lower === 0) return { shape: SHAPE.CAPS, hasLetter: true };
  if (upper === 0) return { shape: SHAPE.LOWER, hasLetter: true };
  const first = w[0];
  return { shape: upper === 1 && first !== first.toLowerCase() ? SHAPE.TITLE : SHAPE.MIXED, hasLetter: true };
}

// Notes repeat their words: hashes of recent words are remembered (bounded, so memory stays flat).
const hashes = new Map<string, number>();
function wordHash(lower: string): number {
  let h = hashes.get(lower);
  if (h === undefined) {
    h = hashString(lower) >>> 0;
    if (hashes.size > 100_000) hashes.clear();
    hashes.set(lower, h);
  }
  return h;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * Split `text` into tagger tokens.
 *
 * @example
 * tagTokens('pt from quincy')[2].linePos; // 2
 */
export function tagTokens(text: string): TagToken[] {
  const v = vocabulary();
  const out: TagToken[] = [];
  let lineStart = 0;
  let linePos = 0;
  // The next newline at or after the line start: a token past it opens a new line.
  let nextNl = text.indexOf('\n');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (nextNl >= 0 && start > nextNl) {
      lineStart = text.lastIndexOf('\n', start - 1) + 1;
      nextNl = text.indexOf('\n', start);
      linePos = 0;
    }
    let b = start - 1;
    while (b >= lineStart && isBlank(text.charCodeAt(b))) b--;
    let a = end;
    while (a < text.length && isBlank(text.charCodeAt(a))) a++;
    const lower = m[0].toLowerCase();
    const { shape, hasLetter } = shapeOf(m[0]);
    out.push({
      start,
      end,
      lower,
      hash: wordHash(lower),
      // The last three characters, packed: distinct for every suffix, mixed into features later.
      suffix: (lower.charCodeAt(lower.length - 1) & 0xffff) | ((lower.length > 1 ? lower.charCodeAt(lower.length - 2) & 0x7fff : 0) << 16) ^ (lower.length > 2 ? lower.charCodeAt(lower.length - 3) * 0x9e37 : 0),
      shape,
      flags: hasLetter ? v.flags(lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower) : 0,
      before: b >= lineStart ? text.charCodeAt(b) : NEWLINE,
      after: a < text.length ? text.charCodeAt(a) : NEWLINE,
      linePos: Math.min(linePos, 3),
      lineCase: LINE_CASE.MIXED,
      runFirst: -1,
      runLast: -1,
    });
    linePos++;
  }
  markLineCase(text, out);
  markRuns(text, out);
  return out;
}

// What may sit between two words of one capitalised name ("Hometown Drug", "Fifth & Wood", "Lotts Creek").
const RUN_GAP = /^[ \t]*(?:[&'’-][ \t]*)?$/;

/** A capitalised word of a mixed-case line; an initial may continue a run ("Mary J. Blige") but not open one. */
function inRun(t: TagToken, initialOk: boolean): boolean {
  return t.lineCase === LINE_CASE.MIXED && (t.shape === SHAPE.TITLE || t.shape === SHAPE.CAPS || t.shape === SHAPE.MIXED || (initialOk && t.shape === SHAPE.INITIAL));
}

/**
 * Mark runs of capitalised words in mixed-case lines ("fills meds at Hometown Drug in Hindman"):
 * a business or place named by everyday words is told by its run, the word before it and its last word.
 */
function markRuns(text: string, toks: TagToken[]): void {
  let i = 0;
  while (i < toks.length) {
    if (!inRun(toks[i], false)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length) {
      const n = toks[j + 1];
      if (!inRun(n, true)) break;
      if (!RUN_GAP.test(text.slice(toks[j].end, n.start))) break;
      j++;
    }
    for (let k = i; k <= j; k++) {
      toks[k].runFirst = i;
      toks[k].runLast = j;
    }
    i = j + 1;
  }
}

/** Set each token's line case from the share of capitals among the line's letters. */
function markLineCase(text: string, toks: TagToken[]): void {
  let i = 0;
  while (i < toks.length) {
    const lineEnd = text.indexOf('\n', toks[i].start);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    let j = i;
    let upper = 0;
    let lower = 0;
    while (j < toks.length && toks[j].start < stop) {
      const t = toks[j];
      if (t.shape === SHAPE.CAPS || t.shape === SHAPE.INITIAL) upper++;
      else if (t.shape === SHAPE.LOWER) lower++;
      j++;
    }
    // Half the words or more in capitals: a capitalised word says little about names there.
    const lc = upper + lower === 0 ? LINE_CASE.MIXED : upper * 2 >= upper + lower + 1 ? LINE_CASE.CAPS : upper === 0 && lower >= 2 ? LINE_CASE.LOWER : LINE_CASE.MIXED;
    for (let k = i; k < j; k++) toks[k].lineCase = lc;
    i = j;
  }
}
