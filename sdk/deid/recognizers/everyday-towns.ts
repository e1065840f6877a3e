/**
 * Towns whose names are everyday words ("Okay", "Happy", "Ruby", "Accident"), where the phrase leaves no other reading of
 * a capitalised word: where someone was born ("born in Okay"), whose resident they are ("resident of Ruby"), a direction
 * from it ("east of Okay", "3 mi north of Hope"), and the other end of a stretch between it and a town already found
 * ("between HAPPY and TULIA"), and its state's code after it closing a header in capitals ("CRAWFORD CO EMS, ENGLISH, IN").
 * Elsewhere such a word is read as the word it is.
 *
 * @example
 * recognizeEverydayTowns('born in Okay, gonna die in Okay'); // covers the first "Okay"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FAMILY_WORDS, FUNCTION_WORDS, PLACE_NOUNS } from './cue-words.js';
import { typedInLowerCase } from './lower-case.js';
import { STATE_ABBR } from './locations.js';
import { has, matchesOf } from './util.js';

// One or two capitalised words (title case or capitals) after the phrase.
const TOWN = String.raw`(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)?)`;
const STRONG_CUE = new RegExp(String.raw`\b(?:born[ \t]+in|BORN[ \t]+IN|[Rr]esidents?[ \t]+of|RESIDENTS?[ \t]+OF|(?:north|south|east|west|NORTH|SOUTH|EAST|WEST)(?:east|west|EAST|WEST)?[ \t]+of|(?:mi|miles?|MI|MILES?)[ \t]+(?:[NSEW]|north|south|east|west|NORTH|SOUTH|EAST|WEST)[ \t]+of)[ \t]+${TOWN}(?=[ \t]*(?:[,.;:)\n]|$|\(|[ \t]+(?:on|in|and|to|at|ON|IN|AND|TO|AT)\b))`, 'dgu');
// "between HAPPY and TULIA": the first of two places joined by "and" after "between"; the second is checked as found.
const BETWEEN = new RegExp(String.raw`\b(?:between|BETWEEN|Between)[ \t]+${TOWN}[ \t]+(?:and|AND|&)[ \t]+`, 'dgu');
// Words that follow these phrases and are no towns: times of the year, the world's parts, the body's, kin.
const NOT_TOWN = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|the|here|there|town|home|midline|center|centre|umbilicus|sternum|navel|state|county|city|country|nation|river|lake|border|mother|father|me|him|her)$/i;

/**
 * Find towns named by everyday words where a strong phrase names them as places.
 *
 * @example
 * recognizeEverydayTowns('resident of Ruby, visiting dtr').length; // 1
 */
export function recognizeEverydayTowns(text: string, found: readonly Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  const town = (phrase: string): boolean =>
    phrase.split(/[ \t]+/).every((w) => {
      const c = w.toLowerCase();
      // (An abbreviation in capitals is a ward or a service, "born in ED"; "Okay" in title case is a town.)
      const f = vocabulary().flags(c);
      return !NOT_TOWN.test(c) && !FUNCTION_WORDS.has(c) && !isMedicalTerm(c) && !(f & F.CLINICAL) && !(f & F.ABBREV && /^\p{Lu}{2,4}$/u.test(w));
    });
  if (has(/born|resident|of[ \t]/i, text)) {
    for (const m of matchesOf(STRONG_CUE, text)) if (town(m[1])) out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
  }
  if (has(/between/i, text)) {
    for (const m of matchesOf(BETWEEN, text)) {
      const after = m.index! + m[0].length;
      // The other end must be a place another recognizer found or a gazetteer holds: "between Hope and Glory" is no stretch
      // of road.
      const other = /^\p{Lu}[\p{L}'’-]+/u.exec(text.slice(after, after + 30))?.[0] ?? '';
      const of = vocabulary().flags(other.toLowerCase());
      const place = found.some((c) => c.category === 'LOCATION' && c.start === after) || (other !== '' && (of & (F.PLACE | F.POSTAL)) !== 0 && !(of & F.COMMON));
      if (town(m[1]) && place) out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
    }
  }
  // A town a gazetteer holds, in capitals, before its state's code closing a header or a field: "CRAWFORD CO EMS, ENGLISH,
  // IN", "CALL: COLON, MI". (A gazetteer's place that is also a language or a clinical word is read so only here.)
  if (has(/,[ \t]*[A-Z]{2}\b/, text)) for (const m of matchesOf(TOWN_STATE_CAPS, text)) {
    const f = vocabulary().flags(m[1].toLowerCase());
    if (f & F.PLACE && !NOT_TOWN.test(m[1]) && !FUNCTION_WORDS.has(m[1].toLowerCase())) out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
  }
  if (has(/[ \t]in[ \t]/, text) && typedInLowerCase(text)) out.push(...lowerTownsAfterKin(text));
  return out;
}

// In a lower-case note: where someone lives, or a relative with a name or two, then "in" and the town ("son randy in
// licking (417-...)", "cousin wanda in cash when", "lives w/ wife mary in oaks,"), closed by punctuation or a word that
// opens the next clause. (A word boundary opens it, not a look-behind, which would run at every position.)
const KIN_IN_TOWN = new RegExp(
  String.raw`\b(?:(?:lives?|living|lived|resides?|staying|stays|moved|moving)(?:[ \t]+(?:w\/|with)[ \t]+[\p{Ll}'’ \t]{1,30}?)?|(?:${[...FAMILY_WORDS].join('|')})(?:[ \t]+\p{Ll}[\p{Ll}'’-]+){1,2})[ \t]+in[ \t]+(\p{Ll}[\p{Ll}'’-]+)(?=[ \t]*(?:[,.;:()\n]|$)|[ \t]+(?:when|is|was|and|but|who|now|since|near|next|area)\b)`,
  'dgu',
);

/** Towns of everyday words a post office or a gazetteer holds, after where a person lives in a lower-case note. */
function lowerTownsAfterKin(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(KIN_IN_TOWN, text)) {
    const w = m[1];
    const f = vocabulary().flags(w);
    if (!(f & (F.PLACE | F.POSTAL)) || NOT_TOWN.test(w) || PLACE_NOUNS.has(w) || FUNCTION_WORDS.has(w) || isMedicalTerm(w) || f & (F.CLINICAL | F.ABBREV) || (/(?:ing|ed)$/.test(w) && w.length > 6)) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'city' });
  }
  return out;
}

const TOWN_STATE_CAPS = new RegExp(String.raw`(?=[A-Z])(?<=(?:^|\n|:|,|--)[ \t]*)([A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?),[ \t]*(?:${STATE_ABBR})(?=[ \t]*(?:$|\n|,|--))`, 'dg');
