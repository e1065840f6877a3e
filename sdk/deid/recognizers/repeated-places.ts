/**
 * A place found once in a note typed in lower case is a place wherever the note repeats its own word. Logs name a camp, a
 * neighbourhood or a street once where a cue or a kind word sets it apart ("4 people to the tideflats mission overflow",
 * "springwater camp log") and then bare ("the tideflats → hilltop", "earl (rv, tideflats) died"). Only a word no English,
 * clinical or name list holds is looked for again: a place's everyday word ("mission", "park", "hope") says nothing alone.
 *
 * @example
 * repeatedPlaces(lowerCaseLog, candidates); // a LOCATION over each bare "tideflats" once "tideflats mission" is found
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS, PEOPLE_WORDS } from './cue-words.js';
import { typedInLowerCase } from './lower-case.js';

/** Places found with less confidence than this are not repeated: a weak guess would be copied. */
const MIN_SCORE = 0.5;
// Words shorter than this are initials and codes as often as places.
const MIN_LENGTH = 4;
const WORD = /(?<![\p{L}\d'’-])\p{L}[\p{L}'’-]*\p{L}(?![\p{L}\d'’-])/gu;

/** Whether a word of a found place is its own: no English, clinical or function word, no abbreviation. */
function ownWord(w: string): boolean {
  const l = w.toLowerCase();
  if (w !== l || l.length < MIN_LENGTH || FUNCTION_WORDS.has(l) || PEOPLE_WORDS.has(l) || isMedicalTerm(l)) return false;
  return (vocabulary().flags(l) & (F.COMMON | F.ENGLISH | F.CLINICAL | F.ABBREV | F.FIRST | F.LAST)) === 0;
}

/**
 * Every other occurrence, in the same case, of a word of its own of a place already found in this text.
 *
 * @example
 * repeatedPlaces(lowerCaseLog, candidates).length; // the bare repeats of the places' own words
 */
export function repeatedPlaces(text: string, candidates: readonly Candidate[]): Candidate[] {
  if (!typedInLowerCase(text)) return [];
  const places = candidates.filter((c) => c.category === 'LOCATION' && c.score >= MIN_SCORE);
  if (places.length === 0) return [];
  const wanted = new Set<string>();
  for (const c of places) for (const m of text.slice(c.start, c.end).matchAll(WORD)) if (ownWord(m[0])) wanted.add(m[0]);
  if (wanted.size === 0) return [];
  const found = candidates.filter((c) => c.category === 'LOCATION' || c.category === 'NAME');
  const out: Candidate[] = [];
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(m[0])) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((c) => c.start < end && start < c.end)) continue;
    out.push({ category: 'LOCATION', score: 0.5, start, end, kind: 'town' });
  }
  return out;
}
