/**
 * Streets as notes typed in a hurry write them, with no house number and no capital: a numbered street after a word of
 * where or by its direction ("evicted from 4th st apt", "met him on n 5th st", "LIVES ON 12TH AVE", "between se 111th and
 * se 122nd"), a corner with a numbered street ("3rd and pine"), a block by its hundreds ("1900 blk"), an interstate in
 * lower case ("under the i-705 ramp"), a numbered route placed by what follows it ("rt 671 past the flea market"), a
 * house number and a street with no suffix before its town's comma ("1720 elm, wakeeney"), a county road by its number or
 * letters after a word of where ("w on rd bb 1 mi"), and, in
 * a note typed in lower case, a named street standing between commas or brackets ("the open door shelter, w broad st,
 * columbus", "(front st, marietta)").
 *
 * @example
 * recognizeLowerStreets('evicted from 4th st apt in parkersburg'); // a LOCATION over "4th st"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { CALENDAR_WORDS, FAMILY_WORDS, FUNCTION_WORDS } from './cue-words.js';
import { STATE_ABBR, STATE_CODES } from './locations.js';
import { typedInLowerCase } from './lower-case.js';
import { has, matchesOf } from './util.js';

// A numbered street and its direction after a word of where, in any case.
const ORDINAL_STREET = /(?=[\dnsewNSEW])(?<=\b(?:on|off|from|at|to|near|lives|onto|ON|OFF|FROM|AT|TO|NEAR|LIVES|ONTO)[ \t]+(?:the[ \t]+)?)((?:(?:[nsewNSEW]|north|south|east|west|NORTH|SOUTH|EAST|WEST)\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:st|street|ave|avenue|blvd|rd|ST|STREET|AVE|AVENUE|BLVD|RD)(?:[ \t]+(?:[nsewNSEW]|ne|nw|se|sw|NE|NW|SE|SW)(?![\p{L}\d]))?)(?![\p{L}\d])/dgu;
// A numbered street with a street's own suffix needs no word of where, in any case: "the canal by 7th st", "(15th ave
// side)", "bus bench 7th st and roosevelt" ("rd", "dr" and "pl" do: "3rd dr on call", "1st place"; not "2nd ST elevation").
const SUFFIXED_ORDINAL = /(?=[\dnsewNSEW])(?<![\p{L}\d'’.-])((?:(?:ne|nw|se|sw|[nsew]|north|south|east|west)\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:st|street|ave|avenue|blvd|boulevard|ter|terr|terrace|pkwy|parkway)(?:[ \t]+(?:ne|nw|se|sw|[nsew])(?![\p{L}\d\/]))?)(?![\p{L}\d])(?![ \t]*-?[ \t]*(?:elevation|depression|segment|change|abn))/dgiu;
// A numbered street by its compass direction, with no word of where before it, in any case: "between se 111th and se 122nd",
// "Lives w/ pt on West 139th", "1210 n 9th", "(E. 55th area)"; what follows may be its kind ("n 1st st"). (Not a possessive's
// "s", "pt's 90th birthday".)
const DIRECTED_ORDINAL = /(?<![\p{L}\d'’.-])((?:ne|nw|se|sw|[nsew]|north|south|east|west)\.?[ \t]+\d{1,3}(?:st|nd|rd|th)(?:[ \t]+(?:st|street|ave|avenue|blvd|rd|pl|dr|way|ter|cir|ct)\b)?)(?![\p{L}\d])(?![ \t]+(?:birthday|bday|anniversary|dose|time|day|grade|rib|floor|percentile|week|cycle|trimester|attempt|toe|finger|degree|visit|admission|cousin)s?\b)/dgiu;
// An interstate in lower case: "under the i-705 ramp", "mvc on i-95 sb" (not the isotopes of iodine, "i-131").
const LOWER_INTERSTATE = /\bi-(?!12[35]\b|131\b)\d{1,3}(?![\p{L}\d-])/gu;
// Two streets of a corner, one numbered, in any case: "3rd and pine", "82nd & division", "Washington Ave and 7th". (Not
// "the 3rd and final dose", "dining room and 2nd floor".)
const ORDINAL_CORNER = /\b(\d{1,3}(?:st|nd|rd|th))[ \t]+(?:and|&)[ \t]+(\p{L}[\p{L}'’-]{2,})(?![\p{L}\d])/giu;
const CORNER_ORDINAL = /\b(\p{L}[\p{L}'’-]{2,})[ \t]+(?:and|&)[ \t]+(\d{1,3}(?:st|nd|rd|th))(?![\p{L}\d])(?![ \t]+(?:floor|fl|grade|gr|trimester|rib|ribs|toe|toes|finger|fingers|digit|digits|ics|dose|doses|time|times|cycle|cycles|day|days|week|weeks|percentile|degree|visit|attempt|place)s?\b)/giu;
// A day of the month, not a street: "since about the 24th and lightheadedness", "Aug 16th and Aug 18", "Saturday the 27th".
const DAY_BEFORE = /(?:\bthe|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\bof)[ \t]+$/i;
const NOT_CORNER_WORDS = new Set('last final only most least best worst next other same previous prior first second third fourth fifth sixth seventh eighth ninth tenth subsequent possibly maybe drives works lives stays sleeps says wants needs asks hopes shows moves went got given again today tonight tomorrow yesterday now then also still'.split(' '));
// A block of a street by its hundreds: "1900 blk", "2700 block of".
const HUNDRED_BLOCK = /\b\d{1,3}00[ \t]+(?:blk|block)(?:[ \t]+of)?(?![\p{L}\d])/giu;
// A named or numbered street between commas or a comma and a bracket, in lower case, one word or two and its suffix, perhaps
// a direction: "(north 19th st, clarksburg)".
const COMMA_STREET = /(?=[\p{Ll}\d])(?<=,[ \t]*|\([ \t]*)((?:(?:[nsew]|north|south|east|west)\.?[ \t]+)?(?:\p{Ll}[\p{Ll}'’-]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]\p{Ll}[\p{Ll}'’-]+)?[ \t]+(?:st|street|ave|avenue|rd|road|blvd|ln|lane|dr|drive|pkwy|way|ct|pl)(?:[ \t]+[nsew])?)(?=[ \t]*[,)])/dgu;

// A house number and a street with no suffix, in lower case, before the town's comma: "1720 elm, wakeeney", "210 s cherry,
// syracuse", "504 poplar, freeman sd" (the town is one the gazetteers list; checked below).
const NUMBER_STREET_TOWN = new RegExp(String.raw`(?=\d)(?<![\d\/.:$x×#-])(\d{1,5}[ \t]+(?:[nsew]\.?[ \t]+)?\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+)?),[ \t]+(\p{Ll}[\p{Ll}'’-]+(?:[ \t]+\p{Ll}[\p{Ll}'’-]+)?)(?=[ \t]*(?:[,.;:)\n]|$|[ \t](?:${STATE_ABBR.toLowerCase()})\b))`, 'dgu');
const NOT_STREET_AFTER_NUMBER = /^(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|mins?|minutes?|times?|kids?|children|people|ppl|tents?|visits?|calls?|doses?|pills?|tabs?|caps?|units?|miles?|mi|blocks?|am|pm|of|and|to|or|x)$/;

// A county road by its number or letters after a word of where, in any case, as directions to a farm give them: "s on rd 19
// (gravel) 5 mi", "W ON RD K 2 MI", "past cr 28" (not a creatinine, "on Cr 1.6").
const LETTERED_ROAD = /(?=(?:rd|co|cr|county)[ \t])(?<=\b(?:on|onto|to|off|at|past|from|btwn|between|and|&)[ \t]+)((?:rd|co[ \t]+rd|cr|county[ \t]+(?:rd|road))[ \t]+(?:\d{1,4}|\p{L}{1,2}))(?![\p{L}\d\/.-])/dgiu;

// A numbered route or highway standing alone, in any case, where what follows places it ("rt 671 past the flea market",
// "route 52 past war wv", "ky 15 near the mouth"): not "rt 2 cm", "rt 3 x 4", "Rt 2 to 3 fingers", "RT 4 to Dr Abbott", "route: po", nor "SR 70s" (a sinus rhythm), "US 2009" (a year), "repeat US. 2)" (an ultrasound), "CR1" (a remission) or
// "en route 0917" (a time).
const BARE_ROUTE =
  /\b(?:rt|rte|route|hwy|highway|ky|us|cr|co[ \t]+rd|county[ \t]+road|state[ \t]+route|fm|RT|RTE|ROUTE|HWY|HIGHWAY|KY|US|CR|CO[ \t]+RD|COUNTY[ \t]+ROAD|STATE[ \t]+ROUTE|FM|Rt|Rte|Route|Hwy|Highway|Ky|Co[ \t]+Rd|County[ \t]+Road|State[ \t]+Route)(?<!\b(?:us|US))\.?(?:[ \t]|[ \t]?-[ \t]?)(?!0|(?:19|20)\d\d(?!\d))\d{1,4}(?:[a-rt-zA-RT-Z](?![\p{L}]))?(?![\p{L}\d.\/-])(?=[ \t]*(?:,(?![ \t]*\d)|;|\)|\n|$|\.(?!\d)|[ \t]+(?:past|near|off|toward|towards|outside|n|s|e|w|nb|sb|eb|wb|north|south|east|west|northbound|southbound|eastbound|westbound|bridge|mile|exit|PAST|NEAR|OFF|TOWARD|OUTSIDE|N|S|E|W|NB|SB|EB|WB|NORTH|SOUTH|EAST|WEST|BRIDGE|MILE|EXIT)(?![\p{L}\d])))/gu;

/** A street's own word: no function, clinical or charting word. */
function streetWord(w: string): boolean {
  const l = w.replace(/\.$/, '');
  return !FUNCTION_WORDS.has(l) && !isMedicalTerm(l) && !(vocabulary().flags(l) & (F.CLINICAL | F.ABBREV));
}

/**
 * Find numbered streets after a word of where or by their direction, corners, blocks, interstates and numbered routes, and
 * named streets between commas in lower-case notes.
 *
 * @example
 * recognizeLowerStreets('the open door shelter, w broad st, columbus. bunk 42 since dec').length; // 1
 */
export function recognizeLowerStreets(text: string): Candidate[] {
  const out: Candidate[] = [];
  // (Each pattern opens with what it needs, so its look-behind runs only there; most notes have no ordinal street.)
  if (has(/\d(?:st|nd|rd|th)[ \t]/i, text)) for (const m of matchesOf(ORDINAL_STREET, text)) out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
  if (has(/\d(?:st|nd|rd|th)[ \t]+(?:st|str|av|blvd|bou|ter|pkwy|par)/i, text)) for (const m of matchesOf(SUFFIXED_ORDINAL, text)) out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
  if (has(/(?:^|[^\p{L}])(?:[nsew]|ne|nw|se|sw|north|south|east|west)\.?[ \t]+\d{1,3}(?:st|nd|rd|th)/iu, text)) for (const m of matchesOf(DIRECTED_ORDINAL, text)) out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
  if (has(/\bi-\d/, text)) for (const m of matchesOf(LOWER_INTERSTATE, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'street' });
  if (has(/\d(?:st|nd|rd|th)/i, text)) {
    // (streetWord rules out function words.)
    const cornerWord = (w: string) => !NOT_CORNER_WORDS.has(w.toLowerCase()) && !CALENDAR_WORDS.test(w.toLowerCase()) && !/(?:ed|ing|ly|ness)$/i.test(w) && streetWord(w.toLowerCase());
    for (const m of matchesOf(ORDINAL_CORNER, text)) if (cornerWord(m[2]) && !DAY_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'street' });
    for (const m of matchesOf(CORNER_ORDINAL, text)) if (cornerWord(m[1])) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'street' });
  }
  if (has(/00[ \t]+bl/i, text)) for (const m of matchesOf(HUNDRED_BLOCK, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'street' });
  if (has(/\b(?:rd|cr|county[ \t]+r)/i, text)) {
    for (const m of matchesOf(LETTERED_ROAD, text)) {
      // (Letters name a road only after "rd" and not as a word: "on cr at 2 mg" is a dose.)
      const letters = /[ \t](\p{L}{1,2})$/u.exec(m[1]);
      if (letters && (/^cr\b/i.test(m[1]) || FUNCTION_WORDS.has(letters[1].toLowerCase()))) continue;
      out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
    }
  }
  for (const m of matchesOf(BARE_ROUTE, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'street' });
  if (has(/\d[ \t]+\p{Ll}[^\n,]{0,30},[ \t]+\p{Ll}/u, text)) {
    for (const m of matchesOf(NUMBER_STREET_TOWN, text)) {
      const street = m[1].split(/[ \t]+/).slice(1).filter((w) => !/^[nsew]\.?$/.test(w));
      // (The town's second word may be its state: "freeman sd". A town that is also an everyday word needs its state after
      // it: "2 sacrum, healing", "25 mm, pink", "1 small, normal" are wounds and measures.)
      const parts = m[2].split(/[ \t]+/);
      const stated = parts.length === 2 && STATE_CODES.has(parts[1]);
      const town = stated ? parts[0] : parts.join(' ');
      const tf = vocabulary().flags(town);
      if (!(tf & (F.PLACE | F.POSTAL)) || (!stated && tf & (F.COMMON | F.ENGLISH))) continue;
      if (!street.every((w) => !NOT_STREET_AFTER_NUMBER.test(w) && !FAMILY_WORDS.has(w) && streetWord(w) && !isMedicalTerm(w))) continue;
      out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
    }
  }
  if (!typedInLowerCase(text)) return out;
  for (const m of matchesOf(COMMA_STREET, text)) {
    const words = m[1].split(/[ \t]+/).slice(0, -1).filter((w) => !/^(?:[nsew]\.?|north|south|east|west)$/.test(w));
    // (A suffix that is also a verb or a title needs a name before it: ", cannot drive)", ", brother lane," are no streets.)
    const weakSuffix = !/[ \t](?:st|street|ave|avenue|rd|road|blvd|pkwy)(?:[ \t]+[nsew])?$/.test(m[1]);
    if (words.length === 0 || !words.every((w) => /^\d/.test(w) || (streetWord(w) && !FAMILY_WORDS.has(w) && !(weakSuffix && vocabulary().flags(w) & (F.COMMON | F.ENGLISH))))) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
  }
  return out;
}
