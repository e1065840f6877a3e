/**
 * Patients written "last, first" in a note typed all in lower case, as a visit's header or a team meeting's list writes
 * them: the surname may be any word ("harness, opal", "treat, mary lou", "scales, bernice"), the given name a list's or
 * initials ("pettis, j.c.", "mabry, h -").
 *
 * @example
 * recognizeLowerLastFirst('pt 4: scales, bernice - died 3/28. bereavement packet mailed to the daughter today.');
 * // a NAME over "scales, bernice"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { typedInLowerCase } from './lower-case.js';
import { has } from './util.js';

// Where a list or a header opens: a line's start, after "pt", "pt 3:", "1." or a dash; then "surname, given" with one or two
// given names or initials (a middle initial after them: "becker, todd a."), closed by punctuation, a dash, a number, a
// bracket, a column's gap of two spaces ("pfenninger, alois  akron  dob ...") or the line's end. (A cheap look-ahead opens
// it: a look-behind first would run at every position.)
const LAST_FIRST = /(?=[a-z][a-z'’-]+,)(?<=(?:^|\n)[ \t]*(?:(?:pt|patient|client|resident)[ \t]*(?:#?\d{1,2}[ \t]*)?:?[ \t]*|\d{1,2}[.)][ \t]*|[-*•][ \t]*)?)([a-z][a-z'’-]+),[ \t]*((?:[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)??(?:[ \t][a-z]\.)?)|(?:[a-z]\.[ \t]?){1,2}|[a-z](?=[ \t]+[-–]))(?=[ \t]*(?:[.,;:)(\n]|[-–][ \t]|$)|[ \t]{2}|[ \t]+(?:\d|(?:dob|new|died|age|mbi|mrn|pps|tx|rx)\b))/dg;

// Words a message opens with before the name it greets: "thx, marta", "hi, joe".
const GREETINGS = new Set('thx thanks thank thankyou ty hi hello hey dear fyi attn cc re per bye ok okay yes no sorry please morning evening'.split(' '));

/** Whether a word is a given name a list holds and no everyday word, or an everyday word only as a given name too. */
function givenName(w: string): boolean {
  const f = vocabulary().flags(w);
  return (f & (F.FIRST | F.NAMEWORD)) !== 0 && !FUNCTION_WORDS.has(w) && !isMedicalTerm(w) && (f & (F.CLINICAL | F.ABBREV)) === 0;
}

/**
 * Find "last, first" names at the start of a lower-case note's lines and list items.
 *
 * @example
 * recognizeLowerLastFirst('sn visit 10/30/17\nstills, cecil. mbi on file, pt admitted for chf, home now and doing ok').length; // 1
 */
export function recognizeLowerLastFirst(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!has(/[a-z],[ \t]*[a-z]/, text) || !typedInLowerCase(text)) return out;
  for (const m of text.matchAll(LAST_FIRST)) {
    const last = m[1];
    const lf = vocabulary().flags(last);
    if (FUNCTION_WORDS.has(last) || GREETINGS.has(last) || isMedicalTerm(last) || lf & (F.CLINICAL | F.ABBREV)) continue;
    const given = m[2].trim().replace(/[ \t][a-z]\.$/, '');
    const initials = /^(?:[a-z]\.?[ \t]?){1,2}$/.test(given);
    // (Initials need a surname a list holds and no everyday word: "mabry, h -"; not "tx, r -". Given names must all be a
    // list's, and an everyday one must follow a surname no everyday word: "treat, mary lou", not "pain, will".)
    if (initials ? !(lf & F.LAST) || lf & F.COMMON : !given.split(/[ \t]/).every(givenName)) continue;
    if (!initials && lf & F.COMMON && given.split(/[ \t]/).every((w) => vocabulary().flags(w) & F.COMMON)) continue;
    out.push({ category: 'NAME', score: 0.7, start: m.index!, end: m.indices![2][0] + m[2].trimEnd().length, kind: 'person' });
  }
  return out;
}
