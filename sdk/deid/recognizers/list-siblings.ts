/**
 * The other people of a list of people, in a note typed in lower case. A huddle, a crew or a sign-off lists its people one
 * or two words apiece between commas, pluses, ampersands or slashes ("present: ana, mt, jo, al, bea, sam, kiki, tomas",
 * "crew: kb / tl / marcus"); once half its items, two at least, are found to be names, the rest are names too, initials
 * and given names that are also abbreviations among them ("ana", "al", "mt"). The other of a pair joined by a slash, "+",
 * "&" or "and" is a name where one is and it is initials or a given name ("mt/jo"). An item that is a role, kin,
 * function, charting, credential or calendar word is left ("pt, wife, dtr and son present" lists no names).
 *
 * @example
 * listSiblings(huddleNote, candidates); // NAMEs over "ana" and "al" once "mt", "jo", "bea" and "sam" are found
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { ABBREVIATED_STAFF, CALENDAR_WORDS, FAMILY_WORDS, FUNCTION_WORDS, HOLDER_WORDS, NAME_BEFORE, NO_ONE, SECTION_WORDS, STAFF_BEFORE_NAME } from './cue-words.js';
import { CREDENTIALS } from './credentials.js';
import { OPENER, typedInLowerCase } from './lower-case.js';

/** Items in a list, and found names among them, fewer than these say nothing of the others. */
const MIN_ITEMS = 3;
const MIN_FOUND = 2;
// One item: one or two words of letters, one space apart.
const ITEM = String.raw`\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*)?`;
// Items joined by a comma, "+", "&" or "/", the last perhaps by "and"; the list stands after a line's start, a colon, a
// dash or a bracket, and ends its clause.
const LIST = new RegExp(String.raw`(?=[ \t]*\p{L})(?<=^|[:(–—-][ \t]*)[ \t]*(${ITEM}(?:[ \t]*(?:[,+&\/]|,?[ \t]+and)[ \t]*${ITEM})+)(?=[ \t]*(?:[.;:)\n]|$))`, 'gmu');
const SEPARATOR = /[ \t]*(?:[,+&\/]|,?[ \t]+and)[ \t]*/gu;
// Credentials of community and behavioural-health workers the shared list does not hold ("araceli, chw", "tb, cprs").
const MORE_CREDENTIALS = new Set('chw chr csw bsw crc lpc cp phn hha cadc lcadc lmsw cprs prs pss cps rps ps mhp qmhp cna'.split(' '));

/** Whether a word may be a person's name or initials in a list of people. */
function personWord(w: string): boolean {
  const l = w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  if (!/^\p{L}[\p{L}'’-]*$/u.test(l) || l.length < 2 || CREDENTIALS.has(l) || MORE_CREDENTIALS.has(l)) return false;
  // (Capitals of four letters or fewer in a list are credentials and units: "MSW", "DO", "IR".)
  if (w.length <= 4 && w === w.toUpperCase()) return false;
  if (FUNCTION_WORDS.has(l) || FAMILY_WORDS.has(l) || NAME_BEFORE.has(l) || STAFF_BEFORE_NAME.has(l) || ABBREVIATED_STAFF.has(l) || HOLDER_WORDS.has(l) || SECTION_WORDS.has(l) || OPENER.has(l) || NO_ONE.has(l) || CALENDAR_WORDS.test(l)) return false;
  // (An initial pair or a short given name may be a clinical abbreviation too, "mt", "al", "ana"; a longer clinical word
  // is what it says: "lasix, metoprolol, asa".)
  return l.length <= 3 || (vocabulary().flags(l) & (F.CLINICAL | F.ABBREV)) === 0;
}

/** Whether a word left in a list of names is one: initials, a given name, or a word no English list holds. */
function listedName(w: string): boolean {
  const f = vocabulary().flags(w.toLowerCase());
  return /^\p{Ll}{2,3}$/u.test(w) || (f & F.FIRST) !== 0 || (f & (F.COMMON | F.ENGLISH)) === 0;
}

/** Whether the other word of a pair with a found name is one too: letters of initials, or a given name no English list holds. */
function pairedName(w: string): boolean {
  const f = vocabulary().flags(w.toLowerCase());
  return /^\p{Ll}{2,3}$/u.test(w) || ((f & F.FIRST) !== 0 && (f & (F.COMMON | F.ENGLISH)) === 0);
}

/**
 * Names among the items of a list where at least half of them, and two, are found names, and the other of a pair where one
 * is.
 *
 * @example
 * listSiblings(crewLog, candidates).length; // the unfound items of lists that are half names, and the other of a pair
 */
export function listSiblings(text: string, candidates: readonly Candidate[]): Candidate[] {
  const names = candidates.filter((c) => c.category === 'NAME');
  if (names.length === 0 || !typedInLowerCase(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(LIST)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    const items: { start: number; end: number }[] = [];
    let from = 0;
    for (const sep of m[1].matchAll(SEPARATOR)) {
      items.push({ start: at + from, end: at + (sep.index ?? 0) });
      from = (sep.index ?? 0) + sep[0].length;
    }
    items.push({ start: at + from, end: at + m[1].length });
    const found = items.map((it) => names.some((c) => c.start < it.end && it.start < c.end));
    const count = found.filter(Boolean).length;
    // (A pair with one name found names the other where it is initials or a given name no English list holds: "mt/jo",
    // "sam + bea"; not a pair after a comma: "lacey w, chw", "Doe, LPN" close a name with its credential.)
    const pair = items.length === 2 && count === 1 && !/,/.test(m[1]);
    if (!pair && (items.length < MIN_ITEMS || count < MIN_FOUND || count * 2 < items.length)) continue;
    items.forEach((it, i) => {
      const words = text.slice(it.start, it.end).split(' ');
      if (found[i] || words.length > 1 || !personWord(words[0]) || !(pair ? pairedName(words[0]) : listedName(words[0]))) return;
      out.push({ category: 'NAME', score: 0.55, start: it.start, end: it.end, kind: 'person' });
    });
  }
  return out;
}
