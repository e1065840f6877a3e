/**
 * Staff by their initials in a labelled list of who was there: "staff: KD, tw, Marisol (peer)", "present: sl rn cm, a.
 * nettles msw", "crew: JV + Kwame". Every item of such a list is a person, so two or three letters opening an item are
 * someone's initials, in any case, unless they are a credential or a role ("rn", "md", "chw").
 *
 * @example
 * recognizeStaffLists('staff: KD, tw, Marisol (peer)\nparked at the corner 1300-1600'); // NAMEs over "KD" and "tw"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { isCredential } from './credentials.js';
import { FUNCTION_WORDS, NAME_BEFORE } from './cue-words.js';
import { STATE_CODES } from './locations.js';
import { INITIALS_STOP } from './signatures.js';
import { isMedicalTerm } from '../medical-terms.js';
import { has } from './util.js';

// A line opening with a label of who was there, then its list to the line's end.
const STAFF_LINE = /^[ \t]*(?:staff|present|attendees|attending|in[ \t]+attendance|team|crew|participants|members[ \t]+present|on[ \t]+shift|workers)[ \t]*:[ \t]*([^\n]+)/dgim;
// An item's opening letters: two or three, with or without periods, then the item's end, a bracket or more letters (a
// credential, checked in code).
const ITEM_INITIALS = /^((?:\p{L}\.?){2,3})(?=[ \t]*(?:$|\()|[ \t]+(\p{L}+))/u;
// Roles a list names instead of a person ("peer", "rn", "chw", "sw"), besides credentials.
const ROLES = new Set('rn lpn cna md do np pa chw sw cm msw lcsw crs cps crpa prs peer rt pt ot st slp chap dr tm all us na ff fr lt mr mrs ms rev sr bhp mds bsw lsw'.split(' '));

/** Letters that are a role, a credential, a kin or title word, or a word initials are never taken for ("son", "Fr", "FF"). */
function roleOrStopWord(l: string): boolean {
  return ROLES.has(l) || isCredential(l) || INITIALS_STOP.test(l) || NAME_BEFORE.has(l);
}

/** Letters a list holds as a word, an abbreviation or a state ("two", "BSW", "tn"). */
function listedAsWord(l: string): boolean {
  return STATE_CODES.has(l) || (vocabulary().flags(l) & (F.COMMON | F.ENGLISH | F.ABBREV)) !== 0;
}

/**
 * Find initials opening the items of a labelled list of staff.
 *
 * @example
 * recognizeStaffLists('present: KD (facilitator), Rasheed, tw, JO').length; // 3
 */
export function recognizeStaffLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!has(/(?:staff|present|attend|team|crew|participants|shift|workers)[ \t]*:/i, text)) return out;
  for (const m of text.matchAll(STAFF_LINE)) {
    const list = m[1];
    const base = m.indices![1][0];
    // (Items part at commas, semicolons, pluses, ampersands and slashes: "JV + Kwame", "LB / Gino".)
    for (const item of list.matchAll(/[^,;+&/]+/g)) {
      const lead = item[0].length - item[0].trimStart().length;
      const i = ITEM_INITIALS.exec(item[0].trimStart());
      if (!i) continue;
      const letters = i[1].replace(/\./g, '').toLowerCase();
      // (Letters a list holds as a word, a kin, a title, a role or an abbreviation are no one's initials: "son", "Fr",
      // "FF", "two", "BSW"; and only a credential may follow them: "sl rn cm", not "dtr Kim".)
      if (i[2] !== undefined && !(ROLES.has(i[2].toLowerCase()) || isCredential(i[2].toLowerCase()))) continue;
      if (roleOrStopWord(letters) || listedAsWord(letters) || vocabulary().flags(letters) & F.CLINICAL) continue;
      const start = base + (item.index ?? 0) + lead;
      out.push({ category: 'NAME', score: 0.7, start, end: start + i[1].length, kind: 'initials' });
    }
  }
  return out;
}

// A run of two-letter initials joined by commas, slashes, pluses, ampersands or "and", opening a line after its date, times
// or a word of who ("4/11/23 1000-1300   kp, rj, peer marcel", "8/2  tn + vg", "staff jr / mt, peer dw", "dj and ls
// canvassed"), or standing alone as the line's signature ("lp, gv").
const INITIALS_RUN = /^[ \t]*(?:[-*•][ \t]*)?(?:(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{3,4}(?:-\d{3,4})?|staff|crew|team|nurses?|outreach|peers?|w\/|with)[ \t]+)*(\p{L}{2}(?:[ \t]*(?:,|\/|\+|&|and(?=[ \t]))[ \t]*\p{L}{2})+)(?![\p{L}\d'’.-])(?=([ \t]*$)|[ \t]*[,;(]|[ \t]+\p{Ll})/dgimu;

/** Whether two letters may be someone's initials in a run of them: no role, credential, kin, title, function or clinical word. */
function initialsInRun(letters: string): boolean {
  const l = letters.toLowerCase();
  return !roleOrStopWord(l) && !FUNCTION_WORDS.has(l) && !isMedicalTerm(l) && (vocabulary().flags(l) & F.CLINICAL) === 0;
}

/**
 * Runs of two-letter initials where a log opens or signs a line: each is a person where every item may be initials and one
 * at least is no word, abbreviation or state a list holds ("tn + vg": "vg"; "mm, oc": "oc").
 *
 * @example
 * recognizeInitialsRuns('4/11/23 1000-1300   kp, rj, peer marcel\ncaltrans posted 72hr notice').length; // 2
 */
export function recognizeInitialsRuns(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!has(/(?<![\p{L}\d])\p{L}{2}[ \t]*(?:,|\/|\+|&|and)[ \t]*\p{L}{2}(?![\p{L}\d])/u, text)) return out;
  for (const m of text.matchAll(INITIALS_RUN)) {
    const items = [...m[1].matchAll(/(?<!\p{L})\p{L}{2}(?!\p{L})/gu)];
    const parts = items.map((i) => i[0]);
    if (parts.length < 2 || !parts.every(initialsInRun)) continue;
    if (!parts.some((w) => !listedAsWord(w.toLowerCase()))) continue;
    for (const i of items) {
      const start = m.indices![1][0] + i.index!;
      out.push({ category: 'NAME', score: 0.6, start, end: start + 2, kind: 'initials' });
    }
  }
  return out;
}
