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
import { NAME_BEFORE } from './cue-words.js';
import { STATE_ABBR } from './locations.js';
import { INITIALS_STOP } from './signatures.js';
import { has } from './util.js';

// A line opening with a label of who was there, then its list to the line's end.
const STAFF_LINE = /^[ \t]*(?:staff|present|attendees|attending|in[ \t]+attendance|team|crew|participants|members[ \t]+present|on[ \t]+shift|workers)[ \t]*:[ \t]*([^\n]+)/dgim;
// An item's opening letters: two or three, with or without periods, then the item's end, a bracket or more letters (a
// credential, checked in code).
const ITEM_INITIALS = /^((?:\p{L}\.?){2,3})(?=[ \t]*(?:$|\()|[ \t]+(\p{L}+))/u;
// Roles a list names instead of a person ("peer", "rn", "chw", "sw"), besides credentials.
const ROLES = new Set('rn lpn cna md do np pa chw sw cm msw lcsw crs cps crpa prs peer rt pt ot st slp chap dr tm all us na ff fr lt mr mrs ms rev sr bhp mds bsw lsw'.split(' '));
const STATE_CODES = new Set(STATE_ABBR.toLowerCase().split('|'));

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
      if (ROLES.has(letters) || isCredential(letters) || INITIALS_STOP.test(letters) || NAME_BEFORE.has(letters) || STATE_CODES.has(letters) || vocabulary().flags(letters) & (F.COMMON | F.ENGLISH | F.ABBREV | F.CLINICAL)) continue;
      const start = base + (item.index ?? 0) + lead;
      out.push({ category: 'NAME', score: 0.7, start, end: start + i[1].length, kind: 'initials' });
    }
  }
  return out;
}
