/**
 * Staff initials that sign an entry rather than a document: the nurse who took a telephone order ("Read back. BF"), who
 * took a critical value ("called to 3W at 05:31 by JMK; read back verified"), who wrote a dated entry ("-- PN 6/29/01",
 * "04/04/2007 09:12  KJW"), a bracketed sign-off after a finding ("... < 1 hr. (JW)") and a screener before the
 * laboratory credential ("Screened by: ML CT(ASCP)"). Signatures and dictation marks closing a document are
 * `signatures.ts`'s.
 *
 * @example
 * recognizeOrderInitials('Tylenol 650 mg q4h prn. Read back. BF\n').length; // 1
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { CLOCK_ZONE } from './cue-words.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { INITIALS_STOP } from './signatures.js';
import { has, matchesOf } from './util.js';

// A note that takes orders or critical values by telephone reads them back.
const ORDER_NOTE = /\bread[ \t-]*back\b|\b[TV]\.O\.|\bRBV\b/i;
// "by JMK; read back", "by PTB, read back verified".
const BY_BEFORE_READ_BACK = /\bby[ \t]+(\p{Lu}{2,4})(?=[ \t]*[;,][ \t]*read[ \t-]*back\b)/dgu;
// Initials closing an order's line after its last sentence: "Notify MD if temp >101.  Read back. BF".
const CLOSING_ORDER_LINE = /(?<=[.;][ \t]{1,4})(\p{Lu}{2,3})(?=[ \t]*(?:\n|$))/dgu;
// What makes a line an order: its verbs, doses and read-back.
const ORDER_LINE = /\b(?:read[ \t-]*back|[TV]\.O\.|mg|mcg|units?|prn|notify|continue|give|hold|start|d\/c|discontinue)\b/i;
// A dashed sign-off before its date ("-- PN 6/29/01", "Accept -- MP  11/12/10").
const DASHED_BEFORE_DATE = /(?:--|—|–)[ \t]*(\p{Lu}{2,3})[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/dgu;
// A log entry's date and clock time, then its writer closing the line ("04/04/2007 09:12  KJW").
const LOGGED_AFTER_TIME = /\b\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+\d{1,2}:?\d{2}[ \t]+(\p{Lu}{2,4})[ \t]*(?=\n|$)/dgu;
// A bracketed sign-off after a sentence's full stop ("Cold ischemia < 1 hr. (JW)").
const BRACKETED_AFTER_SENTENCE = /(?<=[.][ \t]{1,3})\((\p{Lu}{2,3})\)(?=[ \t]*(?:\n|$))/dgu;
// A screener's or technologist's initials before the laboratory credential ("ML CT(ASCP)", "JR MT (ASCP)").
const BEFORE_LAB_CREDENTIAL = /\b(\p{Lu}{2,3})[ \t]+(?:CT|MT|MLS|MLT|HT|HTL|SCT|SH)[ \t]*\(ASCP\)/dgu;

// Letters a dated line carries that sign nothing: the record's days ("-- ADM 10/14/25 -- DC"); clock zones ("16:55 CDT") are CLOCK_ZONE.
const DATED_WORDS = /^(?:adm|dc|dos|doa|dod|doi|edd|lmp)$/;

/** Letters that may be someone's initials: no charting word, unit, time zone or abbreviation. */
function initials(s: string): boolean {
  const c = s.toLowerCase();
  return !INITIALS_STOP.test(c) && !DATED_WORDS.test(c) && !CLOCK_ZONE.test(c) && !isMedicalTerm(c) && !(vocabulary().flags(c) & (F.ABBREV | F.CLINICAL | F.COMMON));
}

/**
 * Find initials signing orders, critical values, log entries and laboratory screens.
 *
 * @example
 * recognizeOrderInitials('called to 3W by JMK; read back verified')[0].start; // 13
 */
export function recognizeOrderInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpExecArray) => {
    if (!initials(m[1])) return;
    const [start, end] = m.indices![1];
    out.push({ category: 'NAME', score: 0.7, start, end, kind: 'initials' });
  };
  if (has(ORDER_NOTE, text)) {
    for (const m of matchesOf(BY_BEFORE_READ_BACK, text)) push(m);
    for (const m of matchesOf(CLOSING_ORDER_LINE, text)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (ORDER_LINE.test(text.slice(lineStart, m.index))) push(m);
    }
  }
  if (has(/--|—|–/, text)) for (const m of matchesOf(DASHED_BEFORE_DATE, text)) push(m);
  if (has(/\d:?\d\d[ \t]+\p{Lu}{2,4}[ \t]*(?:\n|$)/u, text)) for (const m of matchesOf(LOGGED_AFTER_TIME, text)) push(m);
  if (has(/\.[ \t]{1,3}\(\p{Lu}/u, text)) for (const m of matchesOf(BRACKETED_AFTER_SENTENCE, text)) push(m);
  if (has(/\(ASCP\)/, text)) for (const m of matchesOf(BEFORE_LAB_CREDENTIAL, text)) push(m);
  return out;
}
