/**
 * An interpreter named beside the number they were booked by: "Arabic interpreter video, Rami #7713", "Vietnamese
 * interpreter by phone (Lam, operator #40921)". Interpreter services log the first name the interpreter gives with an
 * operator or badge number; the name may be an everyday or clinical word elsewhere ("rami", "lam"), and the number beside
 * it is the evidence. Read only in a line that speaks of interpreting.
 *
 * @example
 * recognizeInterpreters('Arabic interpreter video, Rami #7713')[0].category; // 'NAME'
 */
import type { Candidate } from '../span.js';
import { has, matchesOf } from './util.js';

// A capitalised word, then a hash and a number, or a comma, a role and its number: "Rami #7713", "Lam, operator #40921".
const NAMED_NUMBER = /(?<![\p{L}\d'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:[ \t]*\(?|,[ \t]*(?:operator|interpreter|badge|id)[ \t]*)#[ \t]?(?:[A-Z]{1,3}-)?\d{1,6}(?![\d-])/dgu;
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
  if (!has(/interp|translat/i, text)) return [];
  const out: Candidate[] = [];
  for (const m of matchesOf(NAMED_NUMBER, text)) {
    const word = m[1];
    if (NOT_NAME.test(word) || LANGUAGE.test(word)) continue;
    if (!/interp|translat/i.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
    out.push({ category: 'NAME', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] });
  }
  return out;
}
