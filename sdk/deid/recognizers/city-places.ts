/**
 * Places a city names by number or by its transit: police precincts ("33rd Pct"), numbered public schools ("P.S. 48
 * Joseph R. Drake", "attends IS 318"), a high school by its name ("Lincoln HS"), named expressways and turnpikes
 * ("LONG ISLAND EXPWY", "the Thruway"), and subway lines in a sentence about riding them ("long commute on the 7 to
 * the Q", "168th St station (A/C/1)"). Each places a person as a street does.
 *
 * @example
 * recognizeCityPlaces('Retired NYPD sgt (1st Pct)'); // a LOCATION over "1st Pct"
 */
import type { Candidate } from '../span.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { has, matchAll, matchesOf } from './util.js';

// A borough named with its article, in any case ("FROM THE BRONX").
const BOROUGH = /(?=Bronx|BRONX|bronx)(?<=\b(?:the|THE|The)[ \t]+)(?:Bronx|BRONX|bronx)\b/g;
// The boroughs after a comma, a bracket or a word of place: "downtown 2 platform, Bronx", "lives in Queens", "FROM STATEN
// ISLAND", "(Queens)".
// (The names first and the words before them looked at after: a scan that opens with a look behind starts at every character.)
const BOROUGH_NAMED = /(?=Bronx|Brooklyn|Manhattan|Queens|Staten|BRONX|BROOKLYN|MANHATTAN|QUEENS|STATEN)(?<=(?:,|\b(?:in|from|to|In|From|To|IN|FROM|TO))[ \t]+|\()(?:Bronx|Brooklyn|Manhattan|Queens|Staten[ \t]+Island|BRONX|BROOKLYN|MANHATTAN|QUEENS|STATEN[ \t]+ISLAND)(?![\p{L}])/gu;
// A station named by its street, with the line's stop after a dash: "137 St-City College station", "161 ST-YANKEE STADIUM STA";
// a railway's station by the street it stands on, whole: "the 30th Street Station garage".
const STREET_STATION = /\b\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)?[ \t]+(?:St|ST|Street|Av|AV|Ave|AVE)(?:[ \t]*[-–][ \t]*\p{Lu}[\p{L}'’.]*(?:[ \t]+\p{Lu}[\p{L}'’.]*){0,2})?(?=[ \t,]+(?:station|sta|STATION|STA)\b)|\b\d{1,3}(?:st|nd|rd|th)[ \t]+Street[ \t]+Station\b/gu;
// A police district of the transit or housing police: "NYPD Transit District 3". (Not "PSA 7": a prostate antigen too.)
const POLICE_DISTRICT = /\b(?:Transit|TRANSIT|Housing|HOUSING)[ \t]+(?:District|DISTRICT|Bureau|BUREAU)[ \t]+\d{1,2}\b/g;
// A pier by its number where a boat ties up or a crew works: "tied up at Pier 3", "the fish pier, Pier 6".
const PIER = /\b(?:Pier|PIER)[ \t]+\d{1,3}[A-Z]?\b/g;
const PRECINCT = /\b\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)?[ \t]*(?:Pct|PCT|pct|Precinct|PRECINCT|precinct)\b\.?/g;
// A school's dotted kind and number, then the name it bears when the name closes the phrase ("P.S. 106 Parkchester,").
const SCHOOL_DOTTED = /\b(?:P\.S\.|I\.S\.|J\.H\.S\.|M\.S\.)[ \t]*\d{1,3}\b(?:(?:[ \t]+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){1,4}(?=[ \t]*(?:[,;)\n]|$)))?/gu;
// Undotted only after a word that places a child at school, and not a ventilator's pressure support ("PS 10/5").
const SCHOOL_PLAIN = /(?=PS|ps|IS|JHS|jhs|MS)(?<=\b(?:at|attends|attending|from|to|school:?|grade|grader|grader[ \t]+at|student[ \t]+at)[ \t]+)(?:PS|ps|IS|JHS|jhs|MS)[ \t]?(\d{2,3})\b(?![ \t]*(?:\/|\+|cm|over|peep|fio2))/gu;
// ("Lincoln-Sudbury HS": a hyphenated name; "kids at Dalton Middle and Morris Innovative HS": one school after another.)
const HIGH_SCHOOL = /(?<=\b(?:at|attends|attending|from|of|to|and|grader|student|junior|senior|sophomore|freshman)[ \t]+|\()\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]+(?:HS|H\.S\.)(?![\p{L}])/gu;
// A city's police or fire department by its letters, before its officer or its report: "MNPD officer", "NOPD detail",
// "(cfd chaplain)", "OPD OFC RIVERA". (Not "COPD", which ends the same way.)
const AGENCY_LETTERS = /\b(?!copd)[a-z]{1,3}(?:pd|fd)(?=[ \t]+(?:officers?|ofcr?|detectives?|det|detail|sgt|sergeant|lt|capt|chaplain|patrol|cruiser|report|case|public|pio|dispatch|on[ \t]+scene|investigators?)\b)/gi;
const NAMED_ROAD = /\b((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3})(?:Expwy|EXPWY|Expressway|EXPRESSWAY|Turnpike|TURNPIKE|Tpke|TPKE|Thruway|THRUWAY|Pkwy|PKWY)\b\.?/gu;
// A pike by its name, read as a road by a word of travel before it or a direction or exit after it: "LOC: Mass Pike EB at
// exit 18", "off the Berlin Pike". (Pike is a surname too: "Wife Donna Pike".)
const NAMED_PIKE = /(?:\b(?:on|onto|off|via|along|the|ON|ONTO|OFF|VIA|ALONG|THE)[ \t]+|\b(?:Loc|LOC|Location|LOCATION|Scene|SCENE):[ \t]*)((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,2}(?:Pike|PIKE))\b|\b((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,2}(?:Pike|PIKE))(?=[ \t]+(?:[EWNS]B|[EWNS]\/B|east|west|exit|EXIT|Exit|eastbound|westbound)\b)/dgu;
const NOT_PIKE_NAME = new Set('dr mr mrs ms miss officer ofc det sgt nurse rev'.split(' '));
// A subway line: one letter or digit after "the" and a verb of riding, in a sentence about the subway.
const LINE = String.raw`(?:[A-GJLMNQRWZ]|[1-7]|SIR)`;
const RIDDEN_LINE = new RegExp(String.raw`(?<=\b(?:ride|rides|riding|rode|take|takes|took|taking|on|via|off|to)[ \t]+the[ \t]+)${LINE}(?:[ \t]+(?:train|line|express|local))?(?=[ \t]*(?:[,.;)]|$|\n)|[ \t]+(?:to|from|train|line|at|in|into|every|each|daily|and|or|again|today|now|home|downtown|uptown)\b)`, 'g');
// (The cheap test of the scan above.)
const LINE_AFTER_THE = new RegExp(String.raw`\bthe[ \t]+${LINE}\b`);
const TRANSIT_WORD = /\b(?:train|subway|station|commute|commutes|line|mta|platform|transfer|express|local|ride|rides|riding|rode)\b/i;
// A platform or a train by its direction and line: "161 ST STA, NORTHBOUND 4 PLATFORM", "downtown A train".
const BOUND_LINE = new RegExp(String.raw`\b(?:northbound|southbound|uptown|downtown|NORTHBOUND|SOUTHBOUND|UPTOWN|DOWNTOWN|Northbound|Southbound|Uptown|Downtown)[ \t]+(${LINE})(?=[ \t]+(?:platform|train|PLATFORM|TRAIN)\b)`, 'dg');
// A line taken from or to a place named: "takes the 4 from Woodlawn", "took the Q to Coney Island".
const TAKEN_LINE = new RegExp(String.raw`\b(?:takes|took|taking|rides|rode|riding)[ \t]+the[ \t]+(${LINE})(?=[ \t]+(?:from|to)[ \t]+\p{Lu})`, 'dgu');
// Lines listed in brackets after a station: "168th St station (A/C/1)", "125 ST (2/3)".
const STATION_LINES = new RegExp(String.raw`(?<=\b(?:station|sta|st|STA|ST|Station|St)\.?[ \t]*\()${LINE}(?:[ \t]?\/[ \t]?${LINE})+(?=\))`, 'g');

/**
 * Find a city's numbered and transit places in `text`.
 *
 * @example
 * recognizeCityPlaces('long commute on the 7 to the Q').length; // 2
 */
export function recognizeCityPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  const place = { category: 'LOCATION' as const, score: 0.7, kind: 'city' as const };
  if (has(/\d/, text)) {
    out.push(...matchAll(PRECINCT, text, () => place));
    out.push(...matchAll(SCHOOL_DOTTED, text, () => place));
    out.push(...matchAll(SCHOOL_PLAIN, text, (m) => (/^ps/i.test(m[0]) && Number(m[1]) < 30 ? null : place)));
    out.push(...matchAll(STATION_LINES, text, () => place));
    out.push(...matchAll(BOUND_LINE, text, (m) => ({ ...place, start: m.indices![1][0], end: m.indices![1][1] })));
    out.push(...matchAll(TAKEN_LINE, text, (m) => ({ ...place, start: m.indices![1][0], end: m.indices![1][1] })));
  }
  out.push(...matchAll(BOROUGH, text, () => place));
  out.push(...matchAll(BOROUGH_NAMED, text, () => place));
  if (has(/\d/, text)) {
    out.push(...matchAll(STREET_STATION, text, () => place));
    if (has(/Pier|PIER/, text)) out.push(...matchAll(PIER, text, () => place));
    out.push(...matchAll(POLICE_DISTRICT, text, () => place));
  }
  if (has(/HS|H\.S\./, text)) out.push(...matchAll(HIGH_SCHOOL, text, () => place));
  if (has(/pd|fd/i, text)) out.push(...matchAll(AGENCY_LETTERS, text, () => place));
  if (has(/Expwy|EXPWY|Expressway|EXPRESSWAY|Turnpike|TURNPIKE|Tpke|TPKE|Thruway|THRUWAY|Pkwy|PKWY/, text)) for (const m of matchesOf(NAMED_ROAD, text)) {
    // The name's words right before the kind, after the last function word ("SHOULDER OF THE THRUWAY": "THRUWAY").
    let offset = 0;
    for (const w of m[1].matchAll(/\S+[ \t]+/g)) if (FUNCTION_WORDS.has(w[0].trim().toLowerCase())) offset = (w.index ?? 0) + w[0].length;
    out.push({ ...place, start: (m.index ?? 0) + offset, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of matchesOf(NAMED_PIKE, text)) {
    const g = m[1] === undefined ? 2 : 1;
    const words = m[g].toLowerCase().split(/[ \t]+/).slice(0, -1);
    if (words.some((w) => FUNCTION_WORDS.has(w) || NOT_PIKE_NAME.has(w))) continue;
    out.push({ ...place, start: m.indices![g][0], end: m.indices![g][1] });
  }
  if (has(LINE_AFTER_THE, text)) {
    for (const m of matchesOf(RIDDEN_LINE, text)) {
      const at = m.index ?? 0;
      if (!TRANSIT_WORD.test(text.slice(Math.max(0, at - 60), at + 60))) continue;
      out.push({ ...place, start: at, end: at + m[0].length });
    }
  }
  return out;
}
