/**
 * A town before its state's two letters, in lower case, as notes typed in a hurry place people: "lowell augustin, 68 m,
 * devils lake nd.", "schwab, reinhold  eureka sd", "24 w 5th, bridgeport ne". Only the states whose two letters are no
 * charting word are read so (not "in", "ok", "me", "md", "mn", "ms", "co", "ca", "dc", "nc", "ga", "sc", "mi", "ar", "fl",
 * "la", "de", "pa", "al", "mt", "id", "tx", "or", "ma", "mo", "ct", "nh", "ak", "il"), and the town must be one the
 * gazetteers list, or a word no English or clinical list holds.
 *
 * @example
 * recognizeLowerTownState('pt lowell augustin, 68 m, devils lake nd. deaf since birth.'); // a LOCATION over "devils lake"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { CALENDAR_WORDS, FAMILY_WORDS, FUNCTION_WORDS } from './cue-words.js';
import { TOWN_STATE_CODES } from './locations.js';
import { matchesOf } from './util.js';

// A state's two letters after a space (a comma perhaps before), closing a clause or before a ZIP code or a dash; the town is
// read backwards from there (a pattern opening on the town's words would be tried at every letter of a note).
const STATE_AT = new RegExp(String.raw`,?[ \t]+(?:${TOWN_STATE_CODES})(?=[ \t]*(?:[,.;:)\n]|$|\d{5}(?!\d)|--|—|-[ \t]))`, 'g');
// Up to three lower-case words closing the text before the state.
const TOWN_WORDS = /(?<![\p{L}\d'’.\/-])((?:\p{Ll}[\p{Ll}'’.-]*[ \t]+){0,2}\p{Ll}[\p{Ll}'’.-]*)$/u;

/** A word that may be part of a town's name: no function, kin or calendar word. */
function townWord(w: string): boolean {
  return w.length >= 2 && !FUNCTION_WORDS.has(w) && !FAMILY_WORDS.has(w) && !CALENDAR_WORDS.test(w);
}

/**
 * Find lower-case towns before a state's two letters: the longest run of the last words before them that the gazetteers
 * list as a town, or one word that no English list holds.
 *
 * @example
 * recognizeLowerTownState('sister renae in leola sd, says he is at the co-op').length; // 1
 */
export function recognizeLowerTownState(text: string): Candidate[] {
  const v = vocabulary();
  const out: Candidate[] = [];
  for (const m of matchesOf(STATE_AT, text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const head = text.slice(Math.max(lineStart, m.index - 60), m.index);
    const t = TOWN_WORDS.exec(head);
    if (!t) continue;
    const from = m.index - head.length + t.index;
    const words = [...t[1].matchAll(/\S+/g)];
    for (let k = 0; k < words.length; k++) {
      const run = words.slice(k).map((w) => w[0]);
      const phrase = run.join(' ');
      if (!run.every(townWord)) continue;
      const flags = v.flags(phrase);
      // (The state's letters make a listed town a town though a tube or a scale bears its name: "salem va".)
      const town = flags & (F.PLACE | F.POSTAL) || (run.length === 1 && !(flags & (F.COMMON | F.ENGLISH | F.CLINICAL | F.ABBREV)) && !isMedicalTerm(phrase) && phrase.length >= 4);
      if (!town) continue;
      const last = words[words.length - 1];
      out.push({ category: 'LOCATION', score: 0.65, start: from + words[k].index!, end: from + last.index! + last[0].length, kind: 'city' });
      break;
    }
  }
  return out;
}
