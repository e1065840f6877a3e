/**
 * Streets as notes typed in a hurry write them, with no house number and no capital: a numbered street after a word of
 * where ("evicted from 4th st apt", "met him on n 5th st", "LIVES ON 12TH AVE"), a numbered route placed by what follows it
 * ("rt 671 past the flea market"), and, in a note typed in lower case, a named
 * street standing between commas or brackets ("the open door shelter, w broad st, columbus", "(front st, marietta)").
 *
 * @example
 * recognizeLowerStreets('evicted from 4th st apt in parkersburg'); // a LOCATION over "4th st"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FAMILY_WORDS, FUNCTION_WORDS } from './cue-words.js';
import { typedInLowerCase } from './lower-case.js';
import { has, matchesOf } from './util.js';

// A numbered street and its direction after a word of where, in any case.
const ORDINAL_STREET = /(?=[\dnsewNSEW])(?<=\b(?:on|off|from|at|to|near|lives|onto|ON|OFF|FROM|AT|TO|NEAR|LIVES|ONTO)[ \t]+(?:the[ \t]+)?)((?:(?:[nsewNSEW]|north|south|east|west|NORTH|SOUTH|EAST|WEST)\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:st|street|ave|avenue|blvd|rd|ST|STREET|AVE|AVENUE|BLVD|RD)(?:[ \t]+(?:[nsewNSEW]|ne|nw|se|sw|NE|NW|SE|SW)(?![\p{L}\d]))?)(?![\p{L}\d])/dgu;
// A named or numbered street between commas or a comma and a bracket, in lower case, one word or two and its suffix, perhaps
// a direction: "(north 19th st, clarksburg)".
const COMMA_STREET = /(?=[\p{Ll}\d])(?<=,[ \t]*|\([ \t]*)((?:(?:[nsew]|north|south|east|west)\.?[ \t]+)?(?:\p{Ll}[\p{Ll}'’-]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]\p{Ll}[\p{Ll}'’-]+)?[ \t]+(?:st|street|ave|avenue|rd|road|blvd|ln|lane|dr|drive|pkwy|way|ct|pl)(?:[ \t]+[nsew])?)(?=[ \t]*[,)])/dgu;

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
 * Find numbered streets after a word of where, and named streets between commas in lower-case notes.
 *
 * @example
 * recognizeLowerStreets('the open door shelter, w broad st, columbus. bunk 42 since dec').length; // 1
 */
export function recognizeLowerStreets(text: string): Candidate[] {
  const out: Candidate[] = [];
  // (Each pattern opens with what it needs, so its look-behind runs only there; most notes have no ordinal street.)
  if (has(/\d(?:st|nd|rd|th)[ \t]/i, text)) for (const m of matchesOf(ORDINAL_STREET, text)) out.push({ category: 'LOCATION', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
  for (const m of matchesOf(BARE_ROUTE, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'street' });
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
