/**
 * A person's initials, once the note has named them. Staff sign, count and co-sign with two or three capitals: the key of a
 * medication record ("LB = Lorena Bautista") or the note itself names them in full ("Verified by J. Moss" ... "counted by
 * JM"), or their initials stand alone as a signature once ("-AR") and come back as who did what ("AR emceed", "ask AR").
 * Capitals that are a clinical abbreviation, a credential or an everyday word stay ("PT", "RN", "OR", "MS").
 *
 * @example
 * initialsOfNames('Verified by J. Moss. Counted by JM.', [{ category: 'NAME', start: 12, end: 20, score: 0.9 }]); // covers "JM"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { STATE_CODES } from './locations.js';
import { NOT_A_NAME_PART } from './repeats.js';

/** Names found with less confidence than this lend no initials: a weak guess would be copied. */
const MIN_SCORE = 0.3;
// Two or three capitals standing alone: not inside a word, a hyphenated code ("D-A") or a number ("3CM").
const INITIALS = /(?<![\p{L}\d'’-])\p{Lu}{2,3}(?![\p{L}\d'’]|-\p{L})/gu;
// Two lower-case letters standing alone, as a lower-case log signs and names its staff ("tl did warm soak", "rb to pick up").
const LOWER_INITIALS = /(?<![\p{L}\d'’-])\p{Ll}{2}(?![\p{L}\d'’]|-\p{L})/gu;
// A name's words as initials read them: a word or a lone initial, with its particle or credential dropped later.
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Two or three capitals that are no one's initials: a clinical word, a credential, an everyday word or a function word. */
function neverInitials(caps: string): boolean {
  const lower = caps.toLowerCase();
  return NOT_A_NAME_PART.has(lower) || FUNCTION_WORDS.has(lower) || (vocabulary().flags(lower) & (F.CLINICAL | F.COMMON)) !== 0;
}

/** Capitals that are also an abbreviation, a state or a word in capitals ("RT", "NH", "EP"). */
function everydayCaps(caps: string): boolean {
  const lower = caps.toLowerCase();
  return STATE_CODES.has(lower) || (vocabulary().flags(lower) & (F.ABBREV | F.UPPER | F.ENGLISH | F.PLACE)) !== 0;
}

/** The initials of a found name: first and last word, and first, middle and last ("THURGOOD, ALMA R." reads ALMA R. THURGOOD). */
function initialsOf(name: string): string[] {
  const comma = name.indexOf(',');
  const ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  const words = [...ordered.matchAll(WORD)].map((m) => m[0]).filter((w) => !NOT_A_NAME_PART.has(w.toLowerCase()));
  if (words.length < 2) return [];
  const first = words[0][0].toUpperCase();
  const last = words[words.length - 1][0].toUpperCase();
  const out = [first + last];
  if (words.length === 3) out.push(first + words[1][0].toUpperCase() + last);
  return out;
}

/**
 * Standalone capitals that are the initials of a name found in the note, or that were themselves found as a name once; and
 * two lower-case letters found once as someone's initials.
 *
 * @example
 * initialsOfNames('-AR\nAR emceed', [{ category: 'NAME', start: 1, end: 3, score: 0.6 }]).length; // 1
 */
export function initialsOfNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  // Initials a signature or a staff list gave, and the found names an initials key ("LB = Lorena Bautista") may stand for.
  const signed = new Set<string>();
  const names = new Map<number, string>();
  const covered: [number, number][] = [];
  for (const c of candidates) {
    if (c.category !== 'NAME' || c.score < MIN_SCORE) continue;
    covered.push([c.start, c.end]);
    const name = text.slice(c.start, c.end);
    // (Capitals an abbreviation list or a state holds are copied only from a key: a signature's "RT" may be a misread.)
    // (Lower-case initials likewise, unless a list holds them as a word, an abbreviation or a place: not "ls", "mt".)
    if (c.kind === 'initials' && (/^\p{Lu}{2,3}$/u.test(name) || /^\p{Ll}{2}$/u.test(name)) && !everydayCaps(name.toUpperCase())) signed.add(name);
    else names.set(c.start, name);
  }
  if (signed.size === 0 && names.size === 0) return [];
  const lower = [...signed].some((i) => /^\p{Ll}/u.test(i));
  const found = [...text.matchAll(INITIALS), ...(lower ? text.matchAll(LOWER_INITIALS) : [])].filter((m) => !neverInitials(m[0].toUpperCase()));
  // (The key may come after the table it explains: read it first.)
  for (const m of found) {
    const end = m.index! + m[0].length;
    const key = /^[ \t]*=[ \t]*/.exec(text.slice(end, end + 6));
    const named = key && names.get(end + key[0].length);
    if (named && initialsOf(named).includes(m[0])) signed.add(m[0]);
  }
  const out: Candidate[] = [];
  for (const m of found) {
    const start = m.index!;
    const end = start + m[0].length;
    if (signed.has(m[0]) && !covered.some(([a, b]) => a < end && start < b)) out.push({ category: 'NAME', score: 0.45, start, end, kind: 'initials' });
  }
  return out;
}
