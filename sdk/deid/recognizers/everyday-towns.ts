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
import { FUNCTION_WORDS } from './cue-words.js';
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
  return out;
}

const TOWN_STATE_CAPS = new RegExp(String.raw`(?=[A-Z])(?<=(?:^|\n|:|,|--)[ \t]*)([A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?),[ \t]*(?:${STATE_ABBR})(?=[ \t]*(?:$|\n|,|--))`, 'dg');
