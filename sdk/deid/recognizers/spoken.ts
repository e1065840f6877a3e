/**
 * Identifiers as speech recognition writes them when a dictation is left uncorrected: numbers read
 * out digit by digit ("five one three five five five zero one two six", "R N B four four one nine zero
 * seven S"), names and e-mails spelled letter by letter ("Q U A R T E R M A N"), dates spoken ("March
 * fourth nineteen thirty two", "the twenty second", "admitted seven twenty two", "on 7 22") and house
 * numbers spoken before a street ("four eighteen Larkspur Lane").
 *
 * @example
 * recognizeSpoken("son's cell nine three seven five five five zero one four four period"); // one PHONE
 */
import type { Candidate } from '../span.js';
import { has, matchAll } from './util.js';

const DIGIT = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
const TEEN = String.raw`(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const TENS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
// A spoken number of one or two words: "four", "fourteen", "twenty two".
const SMALL = String.raw`(?:${TENS}(?:[ \t-]${DIGIT})?|${TEEN}|${DIGIT})`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
// "twenty second", "thirty-first", "fifth".
const DAY_ORDINAL = String.raw`(?:(?:twenty|thirty)[ \t-])?${ORDINAL_WORD}`;
// "nineteen thirty two", "two thousand eighteen", "twenty nineteen".
const YEAR_WORDS = String.raw`(?:(?:nineteen|twenty)[ \t]+(?:${TENS}(?:[ \t-]${DIGIT})?|${TEEN}|oh[ \t]${DIGIT}|hundred)|two[ \t]+thousand(?:[ \t]+(?:and[ \t]+)?${SMALL})?)`;

// Digits read one by one, with letters and "dash" between in codes: seven or ten make a phone.
// (Groups may be set off by commas: "nine two oh, five five five, oh one four four".)
const READ_OUT = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:${DIGIT}|\d|[A-Z](?:[ \t]+as[ \t]+in[ \t]+[A-Z][a-z]+)?|dash)(?:[ \t]+|,[ \t]+)){3,}(?:${DIGIT}|\d|[A-Z])(?![\p{L}\d])`, 'gu');
// A name or e-mail spelled out: four or more single letters in a row ("Q U A R T E R M A N", "l i n d y . h a r k a v y").
const SPELLED = /(?<![\p{L}\d.])(?:\p{L}[ \t]+(?:\.[ \t]+)?){3,}\p{L}(?![\p{L}\d])/gu;
// A spoken date with its spoken year: "March fourth nineteen thirty two", "the third of March two thousand
// eighteen", "August of twenty nineteen" (dates.ts reads the month and day alone).
const SPOKEN_DATE = new RegExp(String.raw`\b(?:${MONTH}[ \t]+(?:the[ \t]+)?${DAY_ORDINAL},?[ \t]+${YEAR_WORDS}|(?:the[ \t]+)?${DAY_ORDINAL}[ \t]+of[ \t]+${MONTH},?[ \t]+${YEAR_WORDS}|${MONTH}[ \t]+(?:of[ \t]+)?${YEAR_WORDS})\b`, 'gi');
// A spoken ordinal day after what dates it: "on the fifth", "discharge the twenty second", "since Sunday the fourteenth".
// (Not a count of days in the stay: "on the third hospital day", "by the first postoperative day", "on the second and third
// nights".)
const CUED_ORDINAL = new RegExp(String.raw`\b(?:on|by|since|from|until|till|through|thru|discharge|discharged|admitted|well:?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)[ \t]+(the[ \t]+${DAY_ORDINAL})\b(?![ \t]+(?:time|day|dose|floor|attempt|try|visit|round|cycle|week|hospital|postoperative|post-?operative|post-?op|icu|inpatient|night|nights|morning|evening|trimester|infusion|pass|operator|assistant|stick|injection|course|session|and[ \t]+${DAY_ORDINAL}[ \t]+(?:day|night|hospital|postop|post-?operative)))`, 'dgi');
// A month and day read as numbers after an admission, a discharge, a birth or an event: "admitted seven twenty two",
// "through four seventeen", "intubated on 7 22", "DOB: 3 14 1931", "INRs on 3 4 ... 3 11".
const MONTH_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const DATE_CUE = String.raw`(?:admitted|discharged|through|thru|until|dob:?|date[ \t]+of[ \t]+birth|born|done|on|and|comma)`;
const SPOKEN_MONTH_DAY = new RegExp(String.raw`\b${DATE_CUE}[ \t]+(${MONTH_NUMBER}[ \t]+(?:${TENS}(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?|${TEEN}|one|two|three|four|five|six|seven|eight|nine))\b(?![ \t]+(?:${DIGIT}|${TEEN}|${TENS}|point|times|milligrams?|mg|units?|hours?|minutes?|days?|weeks?|percent|liters?|am|pm|o'?clock)\b)`, 'dgi');
const DIGIT_MONTH_DAY = new RegExp(String.raw`\b${DATE_CUE}[ \t]+((?:1[0-2]|0?[1-9])[ \t](?:[12]\d|3[01]|0?[1-9])(?:[ \t](?:19|20)\d{2})?)(?![\d.:/]|[ \t]*(?:mg|ml|units?|l\b|lpm|%|x\b|hours?|days?|weeks?|times|point|to\b|-))`, 'dgi');
// A house number spoken before its street: "four eighteen Larkspur Lane", "nine oh one Sunnyview Drive", "rural route two box one fourteen".
const SPOKEN_STREET = new RegExp(
  String.raw`\b(?:(?:${SMALL}|hundred)[ \t]+){1,5}(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:street|st|road|rd|lane|ln|drive|dr|avenue|ave|circle|cir|court|ct|way|boulevard|blvd|place|pl|terrace|pike|parkway|highway|trail)\b|\brural[ \t]+route[ \t]+${SMALL}(?:[ \t]+box(?:[ \t]+${SMALL}){1,3})?`,
  'giu',
);

// One word of a spoken number ("four", "eighteen", "hundred").
const NUMBER_WORD = new RegExp(`^(?:${SMALL}|hundred)$`, 'i');

/** How many digits a read-out run holds (letters and "dash" aside). */
function digitCount(run: string): number {
  return run.split(/[ \t,]+/).filter((w) => /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)$/i.test(w)).length;
}

/**
 * Find identifiers written as speech recognition spells them.
 *
 * @example
 * recognizeSpoken('admitted seven twenty two and discharged seven twenty six').length; // 2
 */
export function recognizeSpoken(text: string): Candidate[] {
  // Every shape needs a spoken number word or a run of single letters: one cheap scan settles most notes.
  if (!has(/\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|tenth|twentieth|thirtieth|teenth|eleventh|twelfth)\b|(?:\b\p{L} ){3}|\b\d{1,2} \d{1,2}\b/iu, text)) return [];
  const out: Candidate[] = [];
  out.push(
    ...matchAll(READ_OUT, text, (m) => {
      const digits = digitCount(m[0]);
      // Commas set off groups of spoken digits only ("1c 0, 2 1, 3 2" is a score's items).
      if (digits < 4 || (m[0].includes(',') && /\d/.test(m[0]))) return null;
      // Seven or ten digits, or eleven opening with one: a telephone number read out.
      const phone = /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|[ \t,])+$/i.test(m[0]) && (digits === 7 || digits === 10 || (digits === 11 && /^one\b/i.test(m[0])));
      const fax = phone && /\bfax(?:ed)?\b[^.\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
      return { category: fax ? 'FAX' : phone ? 'PHONE' : 'ID', score: 0.75 };
    }),
  );
  out.push(
    ...matchAll(SPELLED, text, (m) => {
      const letters = m[0].replace(/[ \t.]/g, '');
      // A spelled word is in one case ("L x W x D" is a measure's dimensions).
      const oneCase = letters === letters.toUpperCase() || letters === letters.toLowerCase();
      return letters.length >= 4 && oneCase ? { category: 'NAME', score: 0.7, kind: 'person' } : null;
    }),
  );
  // ("we may first try", "march second dose": months that are words are dates when capitalised.)
  out.push(...matchAll(SPOKEN_DATE, text, (m) => (/\b(?:may|march)\b/.test(m[0]) ? null : { category: 'DATE', score: 0.8, kind: 'date' })));
  for (const re of [CUED_ORDINAL, SPOKEN_MONTH_DAY, DIGIT_MONTH_DAY]) {
    out.push(
      ...matchAll(re, text, (m) => {
        // ("through the First Missionary Baptist": an ordinal in title case before a capitalised word opens a name.)
        const [s, e] = m.indices![1];
        if (re === CUED_ORDINAL && /[ \t]\p{Lu}\p{Ll}+$/u.test(text.slice(s, e)) && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(e, e + 4)) && !/^[ \t]+(?:Dr|Mr|Mrs|Ms|Pt|Patient|Family|Wife|Husband)\b/.test(text.slice(e, e + 12))) return null;
        return { category: 'DATE', score: 0.7, kind: 'date', start: s, end: e };
      }),
    );
  }
  out.push(
    ...matchAll(SPOKEN_STREET, text, (m) => {
      if (/^rural/i.test(m[0])) return { category: 'LOCATION', score: 0.75, kind: 'street' };
      // The street's own words are capitalised ("four eighteen Larkspur Lane"; not "three and does not drive").
      const words = m[0].split(/[ \t]+/).filter((w) => !NUMBER_WORD.test(w) && !/^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/i.test(w));
      return words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w)) && words.length >= 2 ? { category: 'LOCATION', score: 0.75, kind: 'street' } : null;
    }),
  );
  return out;
}
