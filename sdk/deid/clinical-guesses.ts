/**
 * Guesses of a name or a place that the shapes of clinical writing show to be no one: a sign or test of the examination
 * before its result ("Neer +"), an initial that is a unit or a side ("1.5 T. Cine", "L. Shoulder"), the gray after its dose
 * ("60 Gy"), a trial's acronym in lower-case prose ("per POLARIX"). The engine drops a guess (score under 0.9) these
 * read so; a labelled field or a title still wins.
 */
import { examEponym } from './medical-terms.js';
import { FAMILY_WORDS } from './recognizers/cue-words.js';
import { lineAt } from './recognizers/util.js';
import { VOCAB_FLAGS, vocabulary } from './vocab.js';

// A relative's word or a title just before a guess: a name follows there, whatever follows it ("son Tyler negative").
const KIN_OR_TITLE_BEFORE = new RegExp(String.raw`\b(?:${[...FAMILY_WORDS].join('|')}|dr|mr|mrs|ms|miss|pt|patient)\.?[ \t]+$`, 'i');

/**
 * Is the guess from `start` to `end` an initial and a word ("R. Babinski") whose letter is no initial: the end of a word
 * or of a unit ("mL. Carpentier", "0.1 mg/L. Brine"), a unit after its number ("40 s. Peak", "1.5 T. Cine"), or the side
 * before a clinical word or a sign ("L. Shoulder", "R. Hoffmann neg")? Initials after a colleague's slash stay ("Crew S.
 * Pruitt/R. Alameda").
 *
 * @example
 * sideOrUnitInitial('Exercise 8 min 40 s. Peak workload', 18, 25); // true
 */
export function sideOrUnitInitial(text: string, start: number, end: number): boolean {
  // (A guess of the word alone is judged with the initial before it, which the span's edges would take in: "1.5 T. Cine".)
  // (Only a letter standing alone: the end of "70s." or "AWARE." before a sign-off's initials is no initial.)
  const before = /\p{L}\.[ \t]+$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (before && !/[\p{L}\d.]/u.test(text[start - before[0].length - 1] ?? '') && /^\p{Lu}[\p{L}'’-]*$/u.test(text.slice(start, end))) start -= before[0].length;
  const m = /^(\p{L})\.[ \t]+(\p{Lu}[\p{L}'’-]*)$/u.exec(text.slice(start, end));
  if (!m) return false;
  if (/[\p{L}\d]/u.test(text[start - 1] ?? '') || /\d[ \t]*\p{L}{1,3}\/$/u.test(text.slice(Math.max(0, start - 8), start))) return true;
  // (A unit: seconds, tesla, metres, grams, hours, after a number standing alone, not a date's year: "11/20/2023 T. Begay".)
  if (/^[sTmgh]$/.test(m[1]) && /(?:^|[ \t(])\d{1,4}(?:\.\d+)?[ \t]?$/.test(text.slice(Math.max(0, start - 10), start))) return true;
  if (!/^[RL]$/.test(m[1])) return false;
  const f = vocabulary().flags(m[2].toLowerCase());
  return ((f & VOCAB_FLAGS.CLINICAL) !== 0 && !(f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST))) || examEponym(m[2], text.slice(end, end + 24));
}

/**
 * Is the guess from `start` to `end` the gray after its dose, with the dose or without ("60 Gy", "Gy" after "180 c")?
 *
 * @example
 * grayAfterDose('SBRT 54 Gy in 3 fractions', 8, 10); // true
 */
export function grayAfterDose(text: string, start: number, end: number): boolean {
  const t = text.slice(start, end);
  return /^\d+(?:\.\d+)?[ \t]?c?Gy$/.test(t) || (/^c?Gy$/.test(t) && /\d[ \t]?$/.test(text.slice(Math.max(0, start - 2), start)));
}

/** Does a capitalised given name stand just before `start` ("Jane Smith")? */
function givenNameBefore(text: string, start: number): boolean {
  const m = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && (vocabulary().flags(m[1].toLowerCase()) & VOCAB_FLAGS.FIRST) !== 0;
}

/**
 * Is the guess from `start` to `end` one word in capitals ("POLARIX", "VIALE-A", "KEYNOTE-522") that no list of names or
 * places holds, alone between words of lower case after "per", in brackets or before "trial", on a line of prose in lower
 * case?
 *
 * @example
 * acronymInProse('Pola-R-CHP per POLARIX was discussed at diagnosis', 15, 22); // true
 */
export function acronymInProse(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end);
  if (!/^\p{Lu}{4,}(?:-[\p{Lu}\d]{1,4})?$/u.test(w)) return false;
  if (vocabulary().flags(w.toLowerCase()) & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST | VOCAB_FLAGS.PLACE | VOCAB_FLAGS.POSTAL | VOCAB_FLAGS.NAMEWORD)) return false;
  if (/\p{Lu}[\p{L}'’.-]*[ \t,]*$/u.test(text.slice(Math.max(0, start - 24), start)) || /^[ \t,]*\p{Lu}/u.test(text.slice(end, end + 4))) return false;
  // (Where a trial or a guideline stands: after "per", in brackets, or before its own noun; "spoke with OKONKWO" is a name.)
  if (!/(?:\bper|\()[ \t]*$/i.test(text.slice(Math.max(0, start - 8), start)) && !/^[ \t]*(?:\)|(?:trial|study|data|regimen|criteria|protocol|guidelines?|arm)\b)/i.test(text.slice(end, end + 14))) return false;
  return (lineAt(text, start).match(/(?<!\p{L})\p{Ll}{3,}(?!\p{L})/gu) ?? []).length >= 3;
}

/**
 * Is the guess from `start` to `end` a sign, test or view of the examination by what follows it ("Neer +", "Thompson neg",
 * "Rosenberg view"), with no relative's word, title or given name before it and no given name itself ("son Tyler
 * negative", "Jane Smith test results")?
 *
 * @example
 * examSignGuess('Special: Neer +, drop arm neg', 9, 13); // true
 */
export function examSignGuess(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!examEponym(name, text.slice(end, end + 48))) return false;
  if (vocabulary().flags(name.toLowerCase()) & VOCAB_FLAGS.FIRST) return false;
  return !KIN_OR_TITLE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !givenNameBefore(text, start);
}
