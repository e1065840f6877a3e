import { has } from './util.js';
/**
 * Scanned and faxed notes reach us through OCR, which reads digits as the letters they resemble:
 * "DOB:O4/l2/1931", "(555) O12-7731", "PT 9SYO F". The number recognizers (dates, phones, ages,
 * identifiers, postcodes) read a copy of the text with those letters put back as digits. The copy has
 * the same length, so every span found in it is a span of the original.
 *
 * Only tokens made of digits, the confusable letters and number punctuation are touched, and only where
 * they hold a digit and no more confusable letters than digits plus one (or read as a month and day,
 * "ll/Ol"), and no letter stands before them: "FiO2", "SpO2", "Ol", "I/O" and "IS" stay as written.
 *
 * @example
 * ocrDigits('DOB:O4/l2/l931 Ph:(555) O12-7731'); // 'DOB:04/12/1931 Ph:(555) 012-7731'
 */

const CONFUSABLE: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', S: '5' };
// A run of digits and confusable letters, with the punctuation numbers carry inside it.
const TOKEN = /(?<![\p{L}\d])[\dOolIS](?:[\dOolIS]|[/.\-:](?=[\dOolIS]))*/gu;

/** The text with OCR-confused digits restored in number-like tokens (same length as `text`). */
export function ocrDigits(text: string): string {
  // Cheap test: a confusable letter beside a digit.
  if (!has(/[OolIS]\d|\d[OolIS]/, text)) return text;
  return text.replace(TOKEN, (tok: string, at: number) => {
    // A letter right after the token makes it part of a word ("06-SEP-2018", "1ST", "90S"), unless it is an
    // age's or an ordinal's ending ("9SYO", "l2th").
    const after = text.slice(at + tok.length, at + tok.length + 3);
    if (/^\p{L}/u.test(after) && !/^(?:y\/?o|yrs?|th|st|nd|rd|[mf](?!\p{L}))/iu.test(after)) return tok;
    // ("O2 weaned to 2L": oxygen.)
    if (/^[Oo]2$/.test(tok)) return tok;
    let digits = 0;
    let letters = 0;
    for (const c of tok) {
      if (c >= '0' && c <= '9') digits++;
      else if (c in CONFUSABLE) letters++;
    }
    // ("ADM ll/Ol": a month and day read wholly as letters, told by the slash and three letters or more.)
    const allLetters = digits === 0 && letters >= 3 && /^[Ool]{1,2}\/[Ool]{1,2}$/.test(tok);
    if (!allLetters && (digits === 0 || letters === 0 || letters > digits + 1)) return tok;
    // An "S" is a 5 between digits or closing an age ("5O8-SSS-O142", "9SYO"); opening the token it is a
    // specimen's prefix ("S19-4432"), closing it a decade ("BP 90S-100S").
    const age = /^y\/?o/i.test(after);
    return tok.replace(/[OolI]|(?<!^)S(?=[\dOolIS])|(?<=[^\d])S(?=[/.\-:])|(?<!^)S$/g, (c, i: number) => (c === 'S' && i === tok.length - 1 && !age ? c : CONFUSABLE[c]));
  });
}
