/**
 * Places named by what they are on an island coast: an island, atoll or lagoon ("Tol island", "CHUUK LAGOON", "Arno
 * Atoll"), and a village's airstrip, airport or dispensary ("Rota airport", "TA'U DISPENSARY", "Ofu Dispensary"). Notes from
 * the Pacific territories and from coastal villages name home this way, with no "lives in" before it.
 *
 * The name is one or two capitalised words that are no clinical word, no word of a sentence's grammar and, before a
 * kind written in lower case, no everyday English word ("the main island", "Regional Airport" are no names).
 *
 * @example
 * recognizeIslandPlaces('Origin: Tol island, Chuuk.')[0].kind; // 'city'
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { STATE_NAME } from './locations.js';
import { caseForms, has, matchesOf } from './util.js';

const KINDS = ['island', 'islands', 'atoll', 'lagoon', 'airport', 'airstrip', 'dispensary', 'municipality'];
const KIND = KINDS.flatMap(caseForms).join('|');
const ISLAND_PLACE = new RegExp(String.raw`(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,2})(${KIND})(?![\p{L}])`, 'dgu');

/**
 * Islands, atolls, lagoons, and villages' airports and dispensaries.
 *
 * @example
 * recognizeIslandPlaces('ETD 0030 from Rota airport'); // covers "Rota airport"
 */
export function recognizeIslandPlaces(text: string): Candidate[] {
  if (!has(/island|atoll|lagoon|airport|airstrip|dispensary|municipality/i, text)) return [];
  const out: Candidate[] = [];
  const v = vocabulary();
  for (const m of matchesOf(ISLAND_PLACE, text)) {
    const words = m[1].trim().split(/[ \t]+/);
    // Drop leading words that are grammar, clinical or everyday words joined ("FROM ROTA AIRPORT", "The Ofu dispensary",
    // "FOLLOW-UP GAGIL DISPENSARY").
    let k = 0;
    const everyday = (w: string): boolean => w.includes('-') && w.toLowerCase().split('-').every((p) => v.flags(p) & F.COMMON);
    while (k < words.length && (FUNCTION_WORDS.has(words[k].toLowerCase()) || isMedicalTerm(words[k]) || everyday(words[k]))) k++;
    const name = words.slice(k);
    if (name.length === 0) continue;
    const lowers = name.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
    // (A charting abbreviation written in Title case names an island: "Tol island"; not before an airport or a clinic.)
    const island = /^(?:island|islands|atoll|lagoon)$/i.test(m[2]);
    if (lowers.some((w, i) => v.flags(w) & F.CLINICAL || (v.flags(w) & F.ABBREV && !(island && /^\p{Lu}\p{Ll}/u.test(name[i]))) || (isMedicalTerm(w) && !(island && v.flags(w) & F.ABBREV && !(v.flags(w) & F.CLINICAL))))) continue;
    if (STATE_NAME.test(name.join(' '))) continue;
    // Before a kind in lower case, the name must be no everyday word ("the big island", "Main airport").
    const lowerKind = m[2] === m[2].toLowerCase();
    if (lowers.every((w) => v.flags(w) & F.COMMON && !(v.flags(w) & F.PLACE)) || (lowerKind && lowers.some((w) => v.flags(w) & F.COMMON))) continue;
    const start = m.indices![1][0] + m[1].indexOf(name[0], words.slice(0, k).join(' ').length);
    out.push({ category: 'LOCATION', score: 0.7, start, end: m.indices![2][1], kind: 'city' });
  }
  return out;
}
