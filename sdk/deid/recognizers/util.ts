/**
 * Small helpers shared by the recognizers: iterate regex matches into candidates and look at
 * the words just before a match (its label or context cue).
 *
 * @example
 * const spans = matchAll(/\d{3}-\d{2}-\d{4}/g, text, () => ({ category: 'SSN', score: 0.9 }));
 */
import { mayMatch } from '../../runtime/regex-prefilter.js';
import type { PhiCategory } from '../categories.js';
import type { Candidate } from '../span.js';

/** Units of flow, dose, volume, energy and size: a number they follow is a setting or a dose, not a road or an identifier ("RT 2 L", "route 4 mg", "MAALOX 30 CC", "Vygon 1.9 Fr"). @example new RegExp(`^ ?${DOSE_UNIT}\\b`, 'i').test(' lpm'); // true */
export const DOSE_UNIT = String.raw`(?:l|lpm|liters?|%|mg|mcg|ml|cc|kg|units?|meq|fr|kcal|cal)`;

/** Text that ends where a sentence or line begins: a word right after it opens the sentence. @example SENTENCE_START.test('done. '); // true */
export const SENTENCE_START = /(?:^|[.!?:]\s{1,2}|\n\s*)$/;

/** What a match becomes (or null to reject it after validation). @example const m: MatchMapper = (match) => (match[0].length > 3 ? { category: 'ID', score: 0.8 } : null); */
export type MatchMapper = (
  m: RegExpExecArray,
) => { category: PhiCategory; score: number; kind?: string; start?: number; end?: number } | null;

/**
 * Does a street-shaped match end in the doctor of an order, not a drive ("KCL 20 MEQ PO PER DR.", "FILMS NEG PER DR.")?
 *
 * @example
 * doctorNotDrive('20 MEQ PO PER DR.'); // true
 */
export function doctorNotDrive(match: string): boolean {
  return /\b(?:per|by|to|notified|called|paged|aware|informed|w|with|from|via|and|see)[ \t]+DR\.?$/i.test(match);
}

/**
 * Does a street-shaped match open with a measure or a count, not a house number ("5 CM LAC RADIAL", "1 L NS EN ROUTE", "6
 * BEAT RUN", "150 YDS OFF THE POINT")?
 *
 * @example
 * measureNotStreet('5 CM LAC RADIAL'); // true
 */
export function measureNotStreet(match: string): boolean {
  // ("10-15 MIN EACH SIDE", "HEPARIN 5000 U SQ": a range, and units given under the skin or into a vein.)
  return /^\d{1,6}(?:[-–]\d{1,6})?[A-Za-z]?[ \t]+(?:cm|mm|m|l|ml|mg|mcg|meq|kg|g|lb|lbs|oz|in|ft|yds?|mi|miles?|beats?|x|units?|u(?=[ \t]+(?:sq|sc|subq|iv|im)\b)|mins?|hrs?|secs?|deg|degrees?|tabs?|caps?|puffs?|vials?|liters?|gtts|lpm|bpm|fr|cal|kcal)(?![\p{L}\d])/iu.test(match);
}

/**
 * Every non-empty match of a global regex over `text`, from the start (an empty match is
 * stepped over, or the loop would never advance).
 *
 * @example
 * [...execAll(/\d+/g, 'a 1 b 22')].map((m) => m[0]); // ['1', '22']
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new Error('execAll needs a global regex');
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/**
 * `re.test(text)`, skipped when a literal the regex needs is absent from the text (see `mayMatch`).
 *
 * @example
 * has(/\bkrewe\b/i, 'BP 120/80'); // false, without scanning
 */
export function has(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) return re.test(text);
  // A failed test of a global or sticky regex resets it, as the skipped scan would have.
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}

/**
 * `text.matchAll(re)`, skipped when a literal the regex needs is absent from the text (see `mayMatch`).
 *
 * @example
 * [...matchesOf(/\d+/g, 'a 1 b 22')].map((m) => m[0]); // ['1', '22']
 */
export function matchesOf(re: RegExp, text: string): Iterable<RegExpExecArray> {
  return mayMatch(re, text) ? (text.matchAll(re) as IterableIterator<RegExpExecArray>) : [];
}

/**
 * Every offset where `value` occurs in `text`. Rules that look for a value the note has already stated search for it
 * plainly: a regular expression built for each value is compiled anew for each, and V8 stops optimising the regular
 * expressions it compiles once a process has made 16 MB of them.
 *
 * @example
 * indicesOf('93 and 93', '93'); // [0, 7]
 */
export function indicesOf(text: string, value: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(value); i >= 0 && value.length > 0; i = text.indexOf(value, i + value.length)) out.push(i);
  return out;
}

/**
 * The line of `text` that holds offset `pos`, without its line break.
 *
 * @example
 * lineAt('a\nbc\nd', 3); // 'bc'
 */
export function lineAt(text: string, pos: number): string {
  const end = text.indexOf('\n', pos);
  return text.slice(text.lastIndexOf('\n', pos) + 1, end < 0 ? text.length : end);
}

/**
 * A phrase as notes write it: in lower case, in title case (each word's first letter, after a space or a hyphen) and in
 * capitals.
 *
 * @example
 * caseForms('linen service'); // ['linen service', 'Linen Service', 'LINEN SERVICE']
 */
export function caseForms(t: string): string[] {
  return [t, t.replace(/(^|[ -])\p{Ll}/gu, (c) => c.toUpperCase()), t.toUpperCase()];
}

/**
 * Run a global regex over `text` and map every match to a candidate (or reject it).
 * `start`/`end` from the mapper override the whole-match offsets (to drop a label).
 *
 * @example
 * matchAll(/foo/g, 'a foo', () => ({ category: 'ID', score: 1 }));
 */
export function matchAll(re: RegExp, text: string, map: MatchMapper): Candidate[] {
  const out: Candidate[] = [];
  for (const m of execAll(re, text)) {
    const r = map(m);
    if (r) {
      out.push({
        category: r.category,
        score: r.score,
        kind: r.kind,
        start: r.start ?? m.index,
        end: r.end ?? m.index + m[0].length,
      });
    }
  }
  return out;
}

/**
 * Offset of capture group `g` inside the match (requires the regex to have the `d` flag).
 *
 * @example
 * const m = /a(b)/d.exec('ab')!; groupStart(m, 1); // 1
 */
export function groupSpan(m: RegExpExecArray, g: number): { start: number; end: number } | null {
  const idx = m.indices?.[g];
  return idx ? { start: idx[0], end: idx[1] } : null;
}

/**
 * The `width` characters before `pos`, lower-cased: where labels such as "MRN:" or "fax" live.
 *
 * @example
 * before('Fax: 555-1234', 5, 10); // 'fax: '
 */
export function before(text: string, pos: number, width: number): string {
  return text.slice(Math.max(0, pos - width), pos).toLowerCase();
}

/**
 * The `width` characters after `pos`, lower-cased.
 *
 * @example
 * after('12 Main St', 2, 5); // ' main'
 */
export function after(text: string, pos: number, width: number): string {
  return text.slice(pos, pos + width).toLowerCase();
}

/**
 * A line of laboratory results as hospital systems print them, each test glued to its value
 * ("URINE Color-Yellow Appear-Hazy SpecGr-1.024 Blood-TR Nitrite-POS", "ALT-37 AST-35 TotBili-0.6"): at
 * least three items of a test glued to a number or a short coded result (TR, POS, NEG, LG). Its hyphenated words are tests and results, never double-barrelled names.
 *
 * @example
 * labDumpLine('BLOOD ALT-44 AST-22 TotBili-0.6', 0); // true
 */
export function labDumpLine(text: string, pos: number): boolean {
  // Within 300 characters each side on the line: a result line is short, and a text with no line breaks must
  // not be rescanned whole for each word (this runs once per hyphenated word).
  const from = Math.max(0, pos - 300);
  const head = text.slice(from, pos);
  const a = from + head.lastIndexOf('\n') + 1;
  const tail = text.slice(pos, pos + 300);
  const nl = tail.indexOf('\n');
  const b = pos + (nl < 0 ? tail.length : nl);
  return (text.slice(a, b).match(/\b\p{L}[\p{L}\d]*-(?:[<>]?\d|\p{Lu}{2,3}\b)/gu)?.length ?? 0) >= 3;
}

/**
 * Is the "ms" at `start` milliseconds after its number ("QRS 104 ms, narrow", "74 ms. Both thresholds"), not the title?
 *
 * @example
 * millisecondsAt('QRS 104 ms, narrow', 8, 'ms'); // true
 */
export function millisecondsAt(text: string, start: number, word: string): boolean {
  return word.toLowerCase() === 'ms' && /\d[ \t]?$/.test(text.slice(Math.max(0, start - 2), start));
}
