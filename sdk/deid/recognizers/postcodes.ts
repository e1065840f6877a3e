/**
 * Postcodes without a state before them. Distinctive shapes stand alone (UK "SW1A 1AA", Canadian
 * "K1A 0B1", Irish "D06 W2K7"); Australian codes follow their state ("VIC 3184"); plain digit codes (4-5 digits, Portuguese "3610-114", Swedish "840 24") count only in
 * an address's place: after a town that follows a place cue ("in Bjert 6091", "near Costamezzana
 * 43015"), or after a country that opens an address line ("Slovenia 15755", "Cyprus (Greek) 13475").
 * US ZIP codes alone: one with a leading zero anywhere ("PT FROM 02128", "(02155 senior van)"), any
 * after "from", "in" or "zip", or after a gazetteer town ("Portland 97214"). Labelled codes
 * ("ZIP: 7412 SL") are found in addresses.ts, "City, ST 12345" in locations.ts.
 *
 * @example
 * recognizePostcodes('Moved to Vellberg 74541 last year.'); // town and code
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { isCountry } from './countries.js';
import { STATE_ABBR, US_STATES } from './locations.js';
import { isParticle, plainWord } from './place-words.js';
import { execAll, has } from './util.js';

// UK: outward code, space, inward code (inward letters never C, I, K, M, O, V). Capitals only.
const UK = /(?<![\p{L}\d])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) \d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\d])/gu;
// Canada: letter-digit-letter, space, digit-letter-digit, from the letters Canada Post uses. The space is
// required: "GCS E3V3M5" is a coma score.
const CA = /(?<![\p{L}\d])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPR-TV-Z] \d[ABCEGHJ-NPR-TV-Z]\d(?![\p{L}\d])/gu;

// Ireland (Eircode): routing key, space, four letters and digits with a letter among them ("D06 W2K7", "F26 Y3X2").
const EIRCODE = /(?<![\p{L}\d])(?:[ACDEFHKNPRTVWXY]\d{2}|D6W) (?=[0-9]*[ACDEFHKNPRTVWXY])(?=[A-Z]*\d)[0-9ACDEFHKNPRTVWXY]{4}(?![\p{L}\d])/gu;
// Australia: a state's abbreviation, then the four-digit postcode ("Elwood VIC 3184", "Glenorchy, TAS 7010").
const AU_STATE_CODE = /(?=\d)(?<=\b(?:NSW|VIC|QLD|TAS|SA|WA|NT|ACT)[ \t]+)\d{4}(?![\p{L}\d])/gu;
// What follows a number that is a quantity, a time or a range, never a code.
const NOT_CODE_AFTER = String.raw`(?![\p{L}\d]|[.,:/]\d|-\d|[ \t]*(?:mg|mcg|ml|mL|g|kg|mm|cm|units?|iu|IU|%|x|am|pm|hrs?|hours?|min|days?|weeks?|months?|years?|cells|copies|miles?|mi|km|m|ft|feet|meters?|metres?|kilomet(?:er|re)s?|steps|lbs?|pounds|kcal|calories|people|patients|residents|beds|times)\b)`;
const CODE = String.raw`(?:\d{4,5}(?:-\d{3})?|\d{3} \d{2})`;
const TOWN_WORD = String.raw`[\p{L}][\p{L}\p{M}'’\-]*`;
// A place cue, one to four town words, then the code: "in Quinta de São Tiago 3610-114", "in ARENDAL 4844".
const TOWN_CODE = new RegExp(String.raw`(?<=[ \t])(?<=(?<![\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Tt]o)[ \t]+)((?:${TOWN_WORD}[ \t]+){0,3}${TOWN_WORD})[ \t]+(${CODE})${NOT_CODE_AFTER}`, 'dgu');
// A country opening an address line (or following a comma), then the code. Anchored on the code's
// first digit (lookaheads first), so the lookbehind runs only there.
const COUNTRY_CODE = new RegExp(
  String.raw`(?<!\d)(?=\d{4,6}(?!\d))(?<=(?:^|[\n,])[^\p{L}\d\n]{0,6}((?:\p{L}[\p{L}\p{M}'’.\-]*[ \t]+){0,2}\p{L}[\p{L}\p{M}'’.\-]*)(?:[ \t]+\([^)\n]{1,20}\))?[ \t]+)(\d{4,6})${NOT_CODE_AFTER}`,
  'dgu',
);

// The code is matched first and the state before it checked after, so the scan starts only at five digits.
// ("bronx, ny 10462." closes a sentence: a period after it is no decimal point.)
const ZIP_AFTER_STATE = new RegExp(String.raw`(?<!\d)\d{5}(?:-\d{4})?(?![\d\-/:%]|\.\d)(?<=,[ \t]*(?:${STATE_ABBR})\.?[ \t]+\d{5}(?:-\d{4})?)`, 'gi');
// After a state written out, with or without its comma: "HILLSBORO, KANSAS 67063", "Tulsa Oklahoma 74105".
const ZIP_AFTER_STATE_NAME = new RegExp(String.raw`(?<!\d)\d{5}(?:-\d{4})?(?![\d\-/:%]|\.\d)(?<=(?<![\p{L}])(?:${US_STATES})\.?,?[ \t]+\d{5}(?:-\d{4})?)`, 'giu');
// The Pacific's US ZIP codes (967xx-969xx) after a territory's or a freely associated state's postal code or name, comma
// or not: "Kolonia, Pohnpei FM 96941", "Navy Hill, Saipan, MP 96950", "MAJURO, MARSHALL ISLANDS 96960", "Pago Pago AS 96799".
// (Kept out of STATE_ABBR: "AS", "MH", "FM" are words and abbreviations before numbers elsewhere.)
const PACIFIC_ZIP = /(?<!\d)9(?:67|69)\d\d(?:-\d{4})?(?![\d\-/:%]|\.\d)(?<=(?<![\p{L}])(?:GU|MP|FM|MH|PW|AS|guam|saipan|american[ \t]+samoa|northern[ \t]+mariana[ \t]+islands|cnmi|marshall[ \t]+islands|palau|micronesia|fsm)\.?,?[ \t]+9\d{4}(?:-\d{4})?)/giu;
// With no comma, after a town word and a state code that is no word or abbreviation of charting ("pharr tx 78577",
// "gray ga 31032"; not "in", "or", "me", "ok", "pa", "sc" for subcutaneous, "ct" for a scan, "pr" for an interval).
const PLAIN_STATE = 'AK|AZ|AR|CA|FL|GA|IL|KS|KY|MN|NE|NV|NH|NJ|NM|NY|NC|RI|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const ZIP_AFTER_PLAIN_STATE = new RegExp(String.raw`(?<!\d)\d{5}(?:-\d{4})?${NOT_CODE_AFTER}(?<=\p{L}[ \t]+(?:${PLAIN_STATE})\.?[ \t]+\d{5}(?:-\d{4})?)`, 'giu');

/** Town words: none an everyday, clinical or abbreviated word, one at least a name; a district letter may close them ("København K"). */
// A US ZIP code standing alone: a leading zero (New England), a place cue before it, or a field whose label names it ("zip of
// sleeping location: 85009").
const ZIP_ALONE = /(?<![\d\-./#:$,])(0[1-9]\d{3})(?:-\d{4})?(?![\d\-/:%,]|\.\d|[ \t]*(?:ml|mg|mcg|cc|units?|%))|(?<=\b(?:from|in|zip|zipcode|lives\s+in|living\s+in|resides\s+in)[ \t]+|\bzip\b[^\n:\d]{1,30}:[ \t]*)(\d{5})(?![\d\-./:%])/giu;
// A ZIP code after a town and its comma: "Portland 97214", "Lusk, 82225".
// In any case: "houston 77072", "MAGNOLIA PARK, 77011" (a gazetteer town or a district noun before it).
// (?=\d) first, so the look-behind runs only at digits.
// After a place closed by its bracket and a comma, or a town's dotted initials: "(S Othello St), 98118", "S.A. 78204".
const ZIP_AFTER_PLACE = /(?=\d)(?<=\([^()\n]*\p{Lu}\p{Ll}+[^()\n]*\)[ \t]*,[ \t]*|\b(?:\p{Lu}\.){2,3}[ \t]+)\d{5}(?:-\d{4})?(?=[ \t]*(?:[,.;)\n]|$|[ \t]+w\/))/gu;
const TOWN_ZIP = /(?=\d)(?<=\p{L}[\p{L}'’-]+,?[ \t]+)\d{5}(?:-\d{4})?(?![\d\-/:%]|\.\d)/gu;

function townWords(phrase: string): boolean {
  const words = phrase.split(/[ \t]+/);
  if (words.length > 1 && /^\p{Lu}$/u.test(words[words.length - 1])) words.pop();
  const named = words.filter((w) => !isParticle(w));
  if (named.length === 0 || !/^\p{Lu}/u.test(named[0])) return false;
  return named.every((w) => {
    const f = vocabulary().flags(w.toLowerCase());
    // An everyday word counts only capitalised and known as a name or place too ("Vila Nova", not "Room").
    return !(f & (F.COMMON | F.CLINICAL | F.ABBREV)) || ((f & (F.CLINICAL | F.ABBREV)) === 0 && (f & (F.FIRST | F.LAST | F.PLACE)) !== 0 && /^\p{Lu}/u.test(w));
  }) && named.some((w) => !plainWord(w));
}

/** A four-digit code that reads as a year ("in Boston 2019") is left to the date recognizer. */
function yearLike(code: string): boolean {
  return /^(?:19|20)\d\d$/.test(code);
}

/**
 * Find postcodes by shape and by their place next to a town or a country.
 *
 * @example
 * recognizePostcodes('London SW1A 1AA')[0].kind; // 'zip'
 */
export function recognizePostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [UK, CA, EIRCODE, AU_STATE_CODE]) {
    for (const m of execAll(re, text)) out.push({ category: 'LOCATION', score: 0.8, kind: 'zip', start: m.index, end: m.index + m[0].length });
  }
  if (!has(/\d{3}/, text)) return out;
  for (const m of execAll(TOWN_CODE, text)) {
    if (yearLike(m[2]) || !townWords(m[1])) {
      // "to support Factset in Bjert 6091": the cue nearest the code may still open a town; look again one word on.
      TOWN_CODE.lastIndex = m.index + m[0].search(/[ \t]/) + 1;
      continue;
    }
    const [ts, te] = m.indices![1];
    const [cs, ce] = m.indices![2];
    out.push({ category: 'LOCATION', score: 0.65, kind: 'city', start: ts, end: te });
    out.push({ category: 'LOCATION', score: 0.8, kind: 'zip', start: cs, end: ce });
  }
  if (has(/\d{5}/, text)) {
    for (const m of execAll(TOWN_ZIP, text)) {
      const town = /(\p{L}[\p{L}'’-]+),?[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))![1];
      if (vocabulary().flags(town.toLowerCase()) & F.PLACE || /^(?:park|heights|falls|springs|village|land|gardens|ward)$/i.test(town)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'zip' });
    }
    // After a state's code in any case and a comma before it: "called her at home in st. albans, vt 05478, she is".
    for (const m of execAll(ZIP_AFTER_STATE, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'zip' });
    for (const m of execAll(ZIP_AFTER_STATE_NAME, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'zip' });
    for (const m of execAll(PACIFIC_ZIP, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'zip' });
    for (const m of execAll(ZIP_AFTER_PLAIN_STATE, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'zip' });
    for (const m of execAll(ZIP_ALONE, text)) {
      const g = m[1] ?? m[2];
      const start = m.index + m[0].indexOf(g);
      out.push({ category: 'LOCATION', score: 0.6, start, end: start + g.length, kind: 'zip' });
    }
  }
  for (const m of execAll(COUNTRY_CODE, text)) {
    if (yearLike(m[2]) || !isCountry(m[1])) continue;
    const [cs, ce] = m.indices![2];
    out.push({ category: 'LOCATION', score: 0.8, kind: 'zip', start: cs, end: ce });
  }
  for (const m of execAll(ZIP_AFTER_PLACE, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'zip' });
  return out;
}
