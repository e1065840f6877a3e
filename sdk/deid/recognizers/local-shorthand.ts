/**
 * Places in the shorthand of people who live near them: a region or a part of town by "the" and its nickname ("oriented to
 * self and "the Cape"", "lives on the South Side"), a highway by its name ("does not drive on the Northway"), a district by
 * one capitalised word ("St. Ann's in Social district"), a town by its initials where a hospital or a street sits in it
 * ("Hosp in FR", "in NB ER", "in JP off Centre St"), a part of town in a line of capitals ("LIVES IN THE IRONBOUND (NEWARK)"),
 * the numbered roads of a trip ("went Rte 5", "came up Rte 140 to 24 to 93", "Route: ND 5 E", "on Rd 730"), two towns joined
 * where a road is closed ("US-2 closed Rugby to Minot") and a town in brackets with its state ("(Glasgow, MT)").
 *
 * @example
 * recognizeLocalShorthand('came up Rte 140 to 24 to 93.').length; // 3
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { clinicalTerm } from './place-words.js';
import { capsLine } from './people-cues.js';
import { STATE_ABBR } from './locations.js';
import { has, matchesOf } from './util.js';

// A region or a part of town whose name is "the" and a word, "the" kept as its writers keep it: "down the Cape", "the South
// Side", "the West End", "THE NORTH END". (Not "the Cape Verde islands": a second capitalised word makes another name.)
const THE_REGION = /\b(?:the|The|THE)[ \t]+(?:Cape|(?:(?:Lower|Upper|Far)[ \t]+)?(?:North|South|East|West)[ \t]+(?:Side|End)|(?:Lower|Upper)[ \t]+(?:Side|End)|(?:(?:LOWER|UPPER|FAR)[ \t]+)?(?:NORTH|SOUTH|EAST|WEST)[ \t]+(?:SIDE|END))(?![\p{L}'’-]|[ \t]+\p{Lu}\p{Ll})/gu;
// A highway by its name and "the": "on the Northway", "took the Mass Pike", "the Jersey Turnpike" (not "the Parkway Medical
// Center", a hospital's name).
const NAMED_HIGHWAY = /\b(?:the|The)[ \t]+(?:Northway|Thruway|Mass[ \t]+Pike|Pike|(?:New[ \t]+)?Jersey[ \t]+Turnpike|Turnpike|Beltway|Expressway|Parkway|Taconic|Merritt|Garden[ \t]+State|Palisades|Saw[ \t]?[Mm]ill|Schuylkill|Blue[ \t]+Route|Cross[ \t]+Bronx|Southern[ \t]+State|Northern[ \t]+State|LIE|BQE|FDR)(?![\p{L}'’-]|[ \t]+(?:Medical|Hospital|Clinic|Center|Ctr|Nursing|Rehab|Health|Manor|Place|Apartments|Apts|Diner|Motel)\b)/gu;
// A district by one capitalised word: "in Social district", "in the Garment district".
const DISTRICT_WORD = /(?<=\bin[ \t]+(?:the[ \t]+)?)\p{Lu}\p{Ll}+(?=[ \t]+district\b)/gu;
// A town by two capitals after "in", where a hospital, an emergency room or a street is in it.
const TOWN_INITIALS = /\bin[ \t]+([A-Z]{2})(?![\p{L}\d'’&/-])/dgu;
const HOSPITAL_AFTER = /^[ \t]+(?:ER|ED|Hosp|hosp|Hospital|hospital)\b/;
const STREET_AFTER = /^[ \t]+(?:off|on)[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Pkwy|Dr)\b/u;
const HOSPITAL_BEFORE = /(?:Hosp|Hospital|Med[ \t]+Ctr|Medical[ \t]+Center|ER|ED)\.?[ \t]+$/;
// Two capitals a note writes for its own things, whatever the word lists say.
const NOT_INITIALS = new Set(['ED', 'ER', 'OR', 'AM', 'PM', 'PT', 'OT', 'RA', 'NS', 'LR', 'IV', 'IM', 'SQ', 'US', 'CT', 'MR', 'IR', 'GI', 'ICU', 'NP', 'PA', 'MD', 'RN', 'NA']);
// A part of town in a line of capitals, after where someone lives and "THE", before a bracket, a comma or a street's word.
const CAPS_QUARTER = /\b(?:LIVES|LIVED|LIVING|RESIDES|FROM)[ \t]+IN[ \t]+THE[ \t]+([A-Z]{4,}(?:[ \t]+[A-Z]{4,})?)(?=[ \t]*[(,.;]|[ \t]+(?:ON|OFF|NEAR|SECTION|AREA|NEIGHBORHOOD)\b)/dgu;
// A numbered road after a verb of travelling: "went Rte 5", "took Route 9 in", "drove down Rt 2". ("Rt" and "RT" also mean
// the right side and respiratory therapy: only after the verbs no order is written with.)
const ROUTE_TRAVELLED = /(?<=\b(?:went|came|drove|driving|headed|heading|via)[ \t]+(?:(?:up|down|out|over|along|back)[ \t]+)?)(?:Route|ROUTE|Rte\.?|RTE|Rt\.?)[ \t]+\d{1,4}[A-Z]?(?![\p{L}\d])|(?<=\b(?:took|take|takes|taking)[ \t]+)(?:Route|Rte\.?)[ \t]+\d{1,4}[A-Z]?(?![\p{L}\d])/gu;
// The roads after a numbered road in a trip's chain: "Rte 140 to 24 to 93." Each number closes the sentence or leads to the
// next road; a unit or a time after it makes a range ("Rte 2 to 4 L" is no trip).
const ROUTE_CHAIN = /\b(?:Route|Rte\.?|RTE|ROUTE|I-)[ \t]?\d{1,4}[A-Z]?((?:[ \t]+to[ \t]+\d{1,3}(?![\d:/%]|\.\d))+)(?=[ \t]*[.,;)]|[ \t]+(?:to|and|then|north|south|east|west|[NSEW]B)\b|[ \t]*$)/dgu;

// The states whose codes are no charting word before a number.
const HIGHWAY_STATES = STATE_ABBR.split('|').filter((c) => !/^(?:NC|CA|IL|MS|MD|PA|ME|IN|OR|OK|DE|ID|OH|CO|MA|DC|PR|HI|VT|CT|SC)$/.test(c)).join('|');
// What follows a road in a route told: a direction, the next road, the end of the clause (no unit or decimal: a reading).
const ROAD_GOES = String.raw`(?![\d\p{L}]|[.,]\d)(?=[ \t]*(?:[,.;)?]|$|\n|to\b|via\b|through\b|closed\b|still\b|open\b|--|-[ \t]|[NSEW]B?\b))`;
// A state's or a US highway by its code and number where a route is told: "Route: ND 5 E to I-29 S", "took IA-4 to US-20 W",
// "used ND 6 via Shields", "US-2 closed Rugby to Minot". (Not the codes that are also charting words before a number: "on NC
// 2 L", "MS 4 mg", "CA 19-9", "IL-6", "VT 500" a tidal volume, "CT 150" a chest tube's output; opening a line or a sentence
// only before a direction or what befell the road.)
const STATE_HIGHWAY = new RegExp(
  String.raw`(?:(?<=\b(?:Route|ROUTE|route|took|take|taking|used|went|via|on|onto|along|Blizzard|closed)[ \t]*:?[ \t]+)(?:US|${HIGHWAY_STATES})[ -]\d{1,3}(?=${ROAD_GOES})|(?<=(?:^|\n|[.;)])[ \t]*)(?:US|${HIGHWAY_STATES})[ -]\d{1,3}(?=[ \t]+(?:[NSEW]B?|closed|still|open)\b))(?:[ \t]+[NSEW]B?(?![\p{L}\d]))?`,
  'gu',
);
// A numbered county road written "Rd" and its number where someone is placed on it: "the farm 11 mi S of Imperial on Rd
// 730".
const NUMBERED_ROAD = /(?<=\b(?:on|off|onto|along|ON|OFF)[ \t]+)(?:Rd|RD|Road|ROAD)\.?[ \t]+\d{1,4}[A-Z]?(?![\p{L}\d]|[.,]\d)/gu;
// Two towns joined by "to" where a road is closed or open: "US-2 closed Glasgow to Wolf Point", "roads open Glasgow to Wolf
// Point". Both words are in a gazetteer; an eponym stands for the town here ("Glasgow").
const TOWN_TO_TOWN = /\b(?:closed|open|opened|reopened|CLOSED|OPEN)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]+to[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\p{L}])/dgu;

// A town and its state in brackets after a facility or a person: "Frontier Medical Center (Glasgow, MT)". The state's code
// says the word is a town though a score or a sign bears its name ("Glasgow"); not a doctor's or a physician assistant's
// credential ("(Reyes, MD)", "(Kim, PA)"), nor a medical examiner's.
const TOWN_STATE_PAREN = new RegExp(String.raw`\((\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?),[ \t]*(?:${STATE_ABBR.split('|').filter((c) => !/^(?:MD|PA|ME)$/.test(c)).join('|')})\)`, 'dgu');

/** A town's name: one word a gazetteer holds, none a clinical word or abbreviation. */
function gazetteerTown(name: string): boolean {
  const flags = name.split(/[ \t]/).map((w) => vocabulary().flags(w.toLowerCase()));
  return flags.some((f) => (f & (F.PLACE | F.POSTAL)) !== 0) && !flags.some((f) => f & (F.CLINICAL | F.ABBREV));
}

/**
 * Find places written in local shorthand.
 *
 * @example
 * recognizeLocalShorthand('lives on the South Side of Bethlehem')[0].start; // 9
 */
export function recognizeLocalShorthand(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, kind: Candidate['kind']) => out.push({ category: 'LOCATION', score: 0.7, start, end, kind });
  if (has(/\b(?:the|THE)[ \t]+(?:Cape|North|South|East|West|Lower|Upper|Far|NORTH|SOUTH|EAST|WEST)\b/i, text)) for (const m of matchesOf(THE_REGION, text)) push(m.index!, m.index! + m[0].length, 'city');
  if (has(/\bthe[ \t]+(?:Northway|Thruway|Mass|Pike|New|Jersey|Turnpike|Beltway|Expressway|Parkway|Taconic|Merritt|Garden|Palisades|Saw|Schuylkill|Blue|Cross|Southern|Northern|LIE|BQE|FDR)\b/i, text)) {
    for (const m of matchesOf(NAMED_HIGHWAY, text)) push(m.index!, m.index! + m[0].length, 'street');
  }
  if (text.includes('district')) {
    // (A word of a note's headings may name one, "Social": only a clinical word may not.)
    for (const m of matchesOf(DISTRICT_WORD, text)) if (!(vocabulary().flags(m[0].toLowerCase()) & F.CLINICAL) && !capsLine(text, m.index!)) push(m.index!, m.index! + m[0].length, 'city');
  }
  for (const m of matchesOf(TOWN_INITIALS, text)) {
    const [s, e] = m.indices![1];
    if (NOT_INITIALS.has(m[1]) || capsLine(text, s)) continue;
    const rest = text.slice(e, e + 40);
    const plain = !(vocabulary().flags(m[1].toLowerCase()) & (F.ABBREV | F.CLINICAL));
    const hospital = plain && (HOSPITAL_AFTER.test(rest) || HOSPITAL_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!)));
    if (hospital || STREET_AFTER.test(rest)) push(s, e, 'city');
  }
  if (has(/\bIN[ \t]+THE[ \t]+[A-Z]{4}/, text)) {
    for (const m of matchesOf(CAPS_QUARTER, text)) {
      const words = m[1].toLowerCase().split(/[ \t]+/);
      if (words.some((w) => vocabulary().flags(w) & F.COMMON || clinicalTerm(w))) continue;
      push(m.indices![1][0], m.indices![1][1], 'city');
    }
  }
  if (has(/\b(?:Route|ROUTE|Rte|RTE|Rt|I-)\.?[ \t]?\d/, text)) {
    for (const m of matchesOf(ROUTE_TRAVELLED, text)) push(m.index!, m.index! + m[0].length, 'street');
    for (const m of matchesOf(ROUTE_CHAIN, text)) {
      const base = m.indices![1][0];
      for (const n of m[1].matchAll(/\d+/g)) push(base + n.index!, base + n.index! + n[0].length, 'street');
    }
  }
  if (has(/\b(?:Rd|RD|Road|ROAD)\.?[ \t]+\d/, text)) for (const m of matchesOf(NUMBERED_ROAD, text)) push(m.index!, m.index! + m[0].length, 'street');
  if (has(/,[ \t]*[A-Z]{2}\)/, text)) {
    for (const m of matchesOf(TOWN_STATE_PAREN, text)) if (!m[1].split(/[ \t]/).some((w) => vocabulary().flags(w.toLowerCase()) & F.ABBREV)) push(m.indices![1][0], m.indices![1][1], 'city');
  }
  if (has(/\b[A-Z]{2}[ -]\d/, text)) for (const m of matchesOf(STATE_HIGHWAY, text)) push(m.index!, m.index! + m[0].length, 'street');
  if (has(/\b(?:closed|open|opened|reopened|CLOSED|OPEN)[ \t]+\p{Lu}/u, text)) {
    for (const m of matchesOf(TOWN_TO_TOWN, text)) {
      if (!gazetteerTown(m[1]) || !gazetteerTown(m[2])) continue;
      push(m.indices![1][0], m.indices![1][1], 'city');
      push(m.indices![2][0], m.indices![2][1], 'city');
    }
  }
  return out;
}
