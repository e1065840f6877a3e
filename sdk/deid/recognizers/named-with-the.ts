/**
 * One capitalised everyday word after "the" where a sentence puts someone: a part of town or a region by its nickname
 * ("lives in the Flats", "came from the Region", "a fish place down in the Strip"), a casino, bar or hotel by its one-word
 * name ("works at the Horseshoe", "drank at the Anchor"). In a note written in mixed case, English capitalises such a
 * word only as a name. The word must stand alone (a second capitalised word makes a longer name other recognizers read),
 * and not be a word of the hospital, of time, of the compass, of a faith or of the body.
 *
 * @example
 * recognizeNamedWithThe('she grew up in the Flats, dad worked the mines'); // covers "Flats"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FAITH_WORDS, FUNCTION_WORDS, HOLIDAY_WORDS, REGION_WORDS } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { clinicalTerm } from './place-words.js';
import { matchesOf } from './util.js';

// A word that places someone, "the", then one capitalised word, then no other capitalised word, no "of" (a noun of its
// phrase: "in the Range of 140s") and no noun of the body's parts (an adjective: "in the Epigastric area").
const THE_NAMED = /\b(?:in|at|from|to|near|across|into|over|past|behind|outside|around|toward|towards)[ \t]+the[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d'’&-]|[ \t]+\p{Lu}|[ \t]*\/|[ \t]+(?:of|area|region|side|aspect|portion|quadrant|wall|space|surface|border|margin)\b)/dgu;
// Words capitalised in notes as the hospital's, time's, the forces' or the world's, not a place's.
const NOT_NAMED = new Set(
  ('unit floor ward bedside hospital clinic office department emergency rehab facility home house building center centre ' +
    'morning afternoon evening night day week weekend month year time beginning end middle past future moment interim ' +
    'spring summer fall autumn winter holidays world country nation state county city town area region community ' +
    'patient family team staff doctor physician nurse provider attending resident chart record system program ' +
    'pharmacy lab laboratory icu car bus train plane road street highway army navy military marines legion gulf college ' +
    'university school church archdiocese diocese parish president consultant court police government outpost lord god ' +
    'heaven').split(' '),
);

/**
 * Find one-word places and businesses named after "the" in mixed-case text.
 *
 * @example
 * recognizeNamedWithThe('drank at the Anchor until closing').length; // 1
 */
export function recognizeNamedWithThe(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(THE_NAMED, text)) {
    const w = m[1].toLowerCase();
    if (capsLine(text, m.index) || NOT_NAMED.has(w) || FUNCTION_WORDS.has(w) || REGION_WORDS.has(w) || FAITH_WORDS.has(w) || HOLIDAY_WORDS.has(w)) continue;
    // An everyday word; a surname or a word no list holds is the gate's and the names' to read ("the Petersen space").
    const f = vocabulary().flags(w);
    if (clinicalTerm(w) || f & F.UPPER || !(f & (F.COMMON | F.ENGLISH))) continue;
    out.push({ category: 'LOCATION', score: 0.55, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
  }
  return out;
}
