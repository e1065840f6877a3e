/**
 * An interpreter named beside the number they were booked by: "Arabic interpreter video, Rami #7713", "Vietnamese
 * interpreter by phone (Lam, operator #40921)". Interpreter services log the first name the interpreter gives with an
 * operator or badge number; the name may be an everyday or clinical word elsewhere ("rami", "lam"), and the number beside
 * it is the evidence. And the number itself where it carries the language's letters ("Naw Paw Say (#KR-04)", "(Lucía,
 * #ES-41)"), which the identifiers' rules read only in digits. Read only in a line that speaks of interpreting.
 *
 * @example
 * recognizeInterpreters('Arabic interpreter video, Rami #7713')[0].category; // 'NAME'
 */
import type { Candidate } from '../span.js';
import { has, matchesOf } from './util.js';

// A line that speaks of interpreting.
const INTERPRETING = /interp|translat/i;
// A capitalised word, then a hash and a number, or a comma, a role and its number: "Rami #7713", "Lam, operator #40921".
const NAMED_NUMBER = /(?<![\p{L}\d'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:[ \t]*\(?|,[ \t]*(?:operator|interpreter|badge|id)[ \t]*)#[ \t]?(?:[A-Z]{1,3}-)?\d{1,6}(?![\d-])/dgu;
// A number of a language's letters and digits in brackets after a hash: "(#KR-04)", ", #NU-3)".
const LETTERED_NUMBER = /(?:\(|,[ \t]*)#[ \t]?([A-Z]{2,3}-\d{1,4})\)/dg;
// Words a line about an interpreter puts before a number that are no one's name.
const NOT_NAME = /^(?:interpreters?|operator|badge|id|video|phone|line|room|rm|bed|unit|staff|vendor|agency|language|call|ticket|session|job|request|order|ext|pager|pg|no|num|number|case|ref)$/i;
// (A language spoken, "Spanish #2211", names the line, not the interpreter.)
const LANGUAGE = /^(?:spanish|arabic|somali|vietnamese|karen|burmese|nepali|nuer|dinka|hmong|pashto|dari|farsi|tigrinya|amharic|oromo|swahili|french|creole|haitian|russian|ukrainian|portuguese|mandarin|cantonese|chinese|thai|lao|khmer|urdu|hindi|bengali|punjabi|tagalog|korean|japanese|kinyarwanda|kirundi|lingala|mam|k'iche'|asl)$/i;

/**
 * Interpreters' names before their booking numbers.
 *
 * @example
 * recognizeInterpreters('Vietnamese interpreter by phone (Lam, operator #40921)').length; // 1
 */
export function recognizeInterpreters(text: string): Candidate[] {
  if (!has(INTERPRETING, text)) return [];
  const out: Candidate[] = [];
  for (const m of matchesOf(NAMED_NUMBER, text)) {
    const word = m[1];
    if (NOT_NAME.test(word) || LANGUAGE.test(word) || !interpretingBefore(text, m.index)) continue;
    out.push({ category: 'NAME', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] });
  }
  for (const m of matchesOf(LETTERED_NUMBER, text)) {
    if (interpretingBefore(text, m.index)) out.push({ category: 'ID', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] });
  }
  return out;
}

/** Does the line speak of interpreting before `pos`? */
function interpretingBefore(text: string, pos: number): boolean {
  return INTERPRETING.test(text.slice(text.lastIndexOf('\n', pos) + 1, pos));
}
