/**
 * The words the vocabulary gate reads (gate.ts): each with its place and shape (Title, CAPS, lower,
 * an initial), and the small tests of the text around them that every gate rule shares: whether two
 * words are written together, whether an eponym's noun follows, which clinical phrases stay whole.
 *
 * @example
 * gateWords('E. WELSH, RN').map((t) => t.shape); // ['initial', 'caps', 'caps']
 */
import { EPONYM_HEADS, isEponym, scaleScoreAfter } from '../medical-terms.js';
import { VOCAB_FLAGS as F, type Vocabulary, vocabulary } from '../vocab.js';
import { execAll } from './util.js';

/** A word of the note as the gate reads it. @example const t: Tok = { start: 0, end: 3, text: 'Ana', lower: 'ana', shape: 'title' }; */
export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  shape: 'title' | 'caps' | 'lower' | 'initial' | 'other';
}

const WORD = /[\p{L}][\p{L}\p{M}'’.\-]*[\p{L}\p{M}]|[\p{L}]/gu;

function shape(t: string): Tok['shape'] {
  if (t.length === 1) return /\p{L}/u.test(t) ? 'initial' : 'other';
  // Fast path for plain ASCII words, the vast majority.
  let upper = 0;
  let lowerCount = 0;
  let ascii = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lowerCount++;
    else if (c > 127) ascii = false;
  }
  if (ascii) {
    const first = t.charCodeAt(0);
    if (lowerCount === 0 && upper >= 1) return 'caps';
    if (upper === 0) return first >= 97 && first <= 122 ? 'lower' : 'other';
    if (upper === 1 && first >= 65 && first <= 90) return 'title';
  }
  if (/^\p{Lu}[\p{Lu}\p{M}'’.\-]*$/u.test(t)) return 'caps';
  if (/^\p{Ll}[\p{Ll}\p{M}'’.\-]*$/u.test(t)) return 'lower';
  if (/^(?:\p{Lu}['’]|Ma?c|[dD]['’]|[dD]e|[vV]an)?\p{Lu}[\p{Ll}\p{M}'’]+(?:[-.]\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u.test(t)) return 'title';
  return 'other';
}

/**
 * The note's words in order. A trailing period belongs to initials ("E.") and abbreviations, not to the word.
 *
 * @example
 * gateWords('dtr suzette')[1].lower; // 'suzette'
 */
export function gateWords(text: string): Tok[] {
  const toks: Tok[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    let t = m[0];
    if (t.length > 1 && t.endsWith('.')) t = t.slice(0, -1);
    toks.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), shape: shape(t) });
  }
  return toks;
}

/** Only spaces and at most one period or comma between two tokens ("E. WELSH", "OROZCO,KYLE"). */
export function adjacent(text: string, a: number, b: number): boolean {
  if (b - a > 3) return false;
  let punct = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44) punct++;
    else if (c !== 32 && c !== 9) return false;
  }
  return punct <= 1;
}

/** Does an eponym head ("disease", "sign", "score") or a scale score follow, making the word a clinical eponym? */
export function eponymAfter(text: string, t: { lower: string; end: number }, nameCue: boolean): boolean {
  if (nameCue) return false;
  const after = text.slice(t.end, t.end + 40);
  // ("Coudersport area - staying at camp", "shelter in Boston area": a town before "area" is the town's, though Boston names
  // criteria too; Broca's area is an eponym's, in the possessive and no town.)
  if (/^[ \t]+area\b/i.test(after) && !/['’]s$/.test(t.lower)) {
    const f = vocabulary().flags(t.lower);
    if (f & (F.PLACE | F.POSTAL) && !(f & (F.COMMON | F.CLINICAL | F.ABBREV))) return false;
  }
  return EPONYM_HEADS.test(after) || scaleScoreAfter(t.lower, after);
}

/**
 * An eponym in the possessive before its noun names a disease even after a relative: "wife Parkinson's dz",
 * "dtr Addison's disease".
 *
 * @example
 * possessiveEponym("wife Parkinson's dz", { lower: 'parkinson', end: 14 }); // true
 */
export function possessiveEponym(text: string, t: { lower: string; end: number }): boolean {
  // (The gate asks this of every word: the set look-up first.)
  if (!isEponym(t.lower)) return false;
  const after = text.slice(t.end, t.end + 40);
  // (A word may be read with its "'s": "parkinson's".)
  return (/['’]s$/.test(t.lower) || /^['’]s[ \t]/.test(after)) && EPONYM_HEADS.test(after);
}

/** Character ranges of clinical phrases ("Hunt Hess", "Braden score") whose words stay. */
let phraseHeads: Set<string> | null = null;
export function protectedRanges(v: Vocabulary, text: string, toks: Tok[]): readonly (readonly [number, number])[] {
  // The phrase regex runs only when some word opens a clinical phrase ("hunt", "braden", "st").
  if (!phraseHeads) phraseHeads = new Set(v.phrases.map((p) => p.split(/[ -]/)[0]));
  if (!toks.some((t) => phraseHeads!.has(t.lower))) return [];
  return clinicalPhrases(v, text);
}

let wordsOfPhrases: Set<string> | null = null;
/**
 * Every word of the vocabulary's clinical phrases, in lower case ("jude", "medicine", "hess").
 *
 * @example
 * phraseWords(vocabulary()).has('jude'); // true
 */
export function phraseWords(v: Vocabulary): Set<string> {
  wordsOfPhrases ??= new Set(v.phrases.flatMap((p) => p.split(/[ -]+/)));
  return wordsOfPhrases;
}

/**
 * Where the clinical phrases of the vocabulary stand in `text` ("St. Jude", "Internal Medicine"), whatever the case.
 *
 * @example
 * clinicalPhrases(vocabulary(), 'Service: Internal Medicine'); // [[9, 26]]
 */
export function clinicalPhrases(v: Vocabulary, text: string): readonly (readonly [number, number])[] {
  // The gate and the engine both ask of each note: the last answer is kept (callers only read it).
  if (lastPhrases && lastPhrases.v === v && lastPhrases.text === text) return lastPhrases.ranges;
  const ranges = findPhrases(v, text);
  lastPhrases = { v, text, ranges };
  return ranges;
}

let lastPhrases: { v: Vocabulary; text: string; ranges: [number, number][] } | null = null;

function findPhrases(v: Vocabulary, text: string): [number, number][] {
  // One regex of every phrase would scan each note with thousands of alternatives; instead each word that opens a phrase
  // tries, at its own offset, the phrases it opens. (They are compared character by character, not as a regex for each
  // word: V8 stops optimising the regexes a process compiles once it holds about 16 MB of them, and a regex for each of
  // the thousands of words that open a phrase brought every regex compiled after them past that line.)
  phrasesByHead ??= groupByHead(v.phrases);
  const out: [number, number][] = [];
  let from = 0;
  for (const m of execAll(PHRASE_HEAD, text)) {
    if (m.index < from) continue;
    const group = phrasesByHead.get(m[0].toLowerCase());
    if (!group) continue;
    const end = phraseEnd(group, text, m.index);
    if (end >= 0) {
      out.push([m.index, end]);
      from = end;
    }
  }
  return out;
}

// A run of letters and digits not glued to a letter before it: where a phrase may open.
const PHRASE_HEAD = /(?<![\p{L}])[\p{L}\p{N}]+/gu;
let phrasesByHead: Map<string, string[]> | null = null;

/** Phrases by their first run of letters and digits ("murphy's sign" under "murphy"), each group in the order it is tried. */
function groupByHead(phrases: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of phrases) {
    const head = /^[\p{L}\p{N}]+/u.exec(p)?.[0];
    if (head) (out.get(head) ?? out.set(head, []).get(head)!).push(p);
  }
  for (const [head, group] of out) out.set(head, longestFirst(group));
  return out;
}

/**
 * The phrases of one head in the order they are tried: by the length of the pattern each was once compiled to (special
 * characters escaped, a space written `[\s-]+`), longest first; the order decides which of two phrases that both stand
 * at a word wins.
 */
function longestFirst(phrases: string[]): string[] {
  const key = (p: string): number => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+').length;
  return [...phrases].sort((a, b) => key(b) - key(a));
}

const SEPARATOR = /[\s-]/;
const LETTER = /\p{L}/u;

/** One character of the text against one of a phrase (lower case), as a case-insensitive Unicode regex compares them. */
function sameLetter(c: string, p: string): boolean {
  return c === p || c.toLowerCase() === p || (p === 's' && c === '\u017f') || (p === 'k' && c === '\u212a');
}

/**
 * Where the first of `phrases` that stands at `at` ends (a space of a phrase matches one or more spaces or hyphens, and no
 * letter may follow), or -1.
 */
function phraseEnd(phrases: readonly string[], text: string, at: number): number {
  for (const p of phrases) {
    let i = at;
    let ok = true;
    for (let j = 0; j < p.length && ok; j++) {
      if (p[j] !== ' ') ok = i < text.length && sameLetter(text[i++], p[j]);
      else if (i < text.length && SEPARATOR.test(text[i])) while (i < text.length && SEPARATOR.test(text[i])) i++;
      else ok = false;
    }
    if (ok && (i >= text.length || !LETTER.test(String.fromCodePoint(text.codePointAt(i)!)))) return i;
  }
  return -1;
}
