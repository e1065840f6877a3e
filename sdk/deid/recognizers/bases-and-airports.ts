/**
 * Places written as the military, the courts and travellers write them: a base by its abbreviated kind ("Tinker AFB", "Oceana NAS",
 * "Cherry Point MCAS", "FT SAM HOUSTON", "Hawthorne Army Depot"), a prison by its kind ("ELY STATE PRISON", "released from
 * CRC Norco"), a university named "A&M" ("Texas A&M", "Prairie View A&M"), and an airport by its three-letter
 * code after a word of flying ("flying into CLE", "flight from MAF", "lands at IAH"). Each places a family as a town does.
 *
 * @example
 * recognizeBasesAndAirports('husband stationed at Tinker AFB'); // covers "Tinker AFB"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { clinicalTerm } from './place-words.js';
import { has, matchesOf } from './util.js';

// One or two capitalised words, then the abbreviated kind of base.
const BASE = /\b(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+(?:AFB|ARB|ANGB|NAS|JRB|MCAS|MCB|NSB|AAF))\b/gdu;
// A base by its kind written first, after a word of the military: "LAST STATIONED FT SAM HOUSTON", "AO2 at NAS Fallon",
// "Camp Lejeune", "JB Lewis-McChord"; or written out after its name: "HAWTHORNE ARMY DEPOT", "Dugway Proving Ground".
const BASE_FIRST = /\b(?:Fort|FORT|Ft\.?|FT\.?|Camp|CAMP|NAS|NAVSTA|MCAS|MCB|JB|JBSA|Joint[ \t]+Base|JOINT[ \t]+BASE|(?:Naval[ \t]+|Coast[ \t]+Guard[ \t]+)?(?:Air[ \t]+)?Station|Submarine[ \t]+Base)[ \t]+(\p{Lu}[\p{L}'’-]+)(?:[ \t]+(\p{Lu}[\p{L}'’-]+))?(?![\p{L}])/gdu;
const MILITARY = /\b(?:army|navy|naval|air[ \t]+force|marines?|usmc|usaf|usn|coast[ \t]+guard|uscg|military|stationed|deployed|deployment|base|active[ \t]+duty|reserves?|guard|soldier|sailor|airman|squadron|battalion|brigade|vet|veteran|ret\.?|retired|sgt|msg|capt|cpl|pfc|spc|ssg|sfc|lt|col|maj|chaplain|civilian|housing|tricare|va)\b/i;
const BASE_AFTER = /\b((?:(?!(?:THE|AT|TO|FROM|IN|OF|NEAR|AND|US|AN?|The|At|To|From|In|Of|Near|And|An?)\b)\p{Lu}[\p{L}'’-]+[ \t]+){1,2}(?:Army[ \t]+(?:Depot|Airfield|Ammunition[ \t]+Plant)|ARMY[ \t]+(?:DEPOT|AIRFIELD|AMMUNITION[ \t]+PLANT)|Naval[ \t]+(?:Air[ \t]+)?Station|NAVAL[ \t]+(?:AIR[ \t]+)?STATION|Air[ \t]+Force[ \t]+Base|AIR[ \t]+FORCE[ \t]+BASE|Proving[ \t]+Ground|PROVING[ \t]+GROUND|Arsenal|ARSENAL))(?![\p{L}])/gdu;
// A prison by its kind, which places an inmate or an officer as a town does: "ELY STATE PRISON", "Avenal State Prison",
// "Coffield Unit" aside; and by the system's letters and its town after a word of custody ("released from CRC Norco",
// "paroled out of SCI Graterford", "inmate at FCI Oxford", "paroled 2 wks ago from SCI Graterford").
const PRISON = /\b((?:(?!(?:THE|AT|TO|FROM|IN|OF|The|At|To|From|In|Of)\b)\p{Lu}[\p{L}'’-]+[ \t]+){1,2}(?:State[ \t]+Prison|STATE[ \t]+PRISON|Correctional[ \t]+(?:Facility|Center|Institution|Complex)|CORRECTIONAL[ \t]+(?:FACILITY|CENTER|INSTITUTION|COMPLEX)|Penitentiary|PENITENTIARY|Detention[ \t]+Center|DETENTION[ \t]+CENTER|State[ \t]+Prison[ \t]+for[ \t]+Women|(?:Regional|County)[ \t]+Jail|(?:REGIONAL|COUNTY)[ \t]+JAIL))(?![\p{L}])/gdu;
const PRISON_SYSTEM = /\b(?:released|paroled|discharged|transferred|incarcerated|inmate|prisoner|served|serving|time|custody|out|officer|CO|guard)(?:[ \t]+(?:\d+|\p{Ll}+)){0,3}?[ \t]+(?:from|at|in|of|out[ \t]+of)[ \t]+((?:CRC|CMC|CIM|CIW|CCWF|FCI|FCC|USP|FPC|SCI|MCC|MDC|CCI|DOC|TDCJ)[ \t]+\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gdiu;
// A ship by its prefix, where a sailor serves as at a base: "stationed on the USS Enterprise", "USCGC Healy".
// Its hull number in brackets goes with it: "USS Forrestal (CV-59)".
const SHIP = /\b(?:USS|USNS|USCGC|HMS)[ \t]+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2}(?:[ \t]*\([A-Z]{1,4}-\d{1,4}\))?)/gdu;
// A working boat by its name after what it is: "on his boat, the Miss Thuy Tien", "from the dive support vessel Gulf
// Pelican", "F/V Northern Dawn" (a crew is placed by the boat as by a plant).
const BOAT_KIND = String.raw`(?:(?:boat|vessel|trawler|shrimper|shrimp[ \t]+boat|tug|tugboat|towboat|barge|crabber|seiner|longliner|gillnetter|skiff|drillship|liftboat|semisubmersible|semi-submersible|jack-up(?:[ \t]+rig)?|BOAT|VESSEL|TRAWLER|TUG|TUGBOAT|BARGE|DRILLSHIP|LIFTBOAT|SEMISUBMERSIBLE|JACK-UP(?:[ \t]+RIG)?|Vessel)(?:,?[ \t]+the)?|F\/V|M\/V|OSV|DSV|PSV|AHTS)`;
// The name, its words one space apart: "Miss"/"Lady"/"Capt." and one or two words, or two capitalised words, a hull's number
// after them
// ("JACK-UP RIG GULF ARIES 11", "OSV Gulf Tern", "Vessel: Capt. Nolan", "tank barge CBL 2207").
const BOAT = new RegExp(
  String.raw`\b${BOAT_KIND}:?[ \t]+((?:Miss|Lady|Capt\.?|Captain|MISS|LADY|CAPT\.?)[ ]\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?|(?!(?:The|THE|A|An|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]+[ ]\p{Lu}[\p{L}'’-]+(?:[ ]\d{1,4})?|[A-Z]{2,4}[ \t-]?\d{2,5})(?![\p{L}])`,
  'gdu',
);
// A boat by its name before the word: "arrived on Miss Yvonne boat", "the Lady Ashlyn crew boat".
const NAME_BOAT = /\b((?:Miss|Lady|Capt\.?|Captain)[ \t]+\p{Lu}[\p{L}'’-]+)(?=[ \t]+(?:crew[ \t]+)?(?:boat|vessel|tug)\b)/gdu;
// A refugee camp by its name, where someone lived or came through: "arrived from Burma via Nu Po camp", "born in Mae La
// refugee camp", "8 years in Kakuma camp". (Not a kind of camp: "Boot Camp", "Summer Camp".)
const REFUGEE_CAMP = /\b(?:via|from|in|at|to|of|through)[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:refugee[ \t]+|Refugee[ \t]+)?(?:camp|Camp)\b)/dgu;
// One or two capitalised words before "A&M".
const AGGIE = /\b(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+A&M)(?![\p{L}])/gdu;
// A code before the word "airport": "EMS PCR - JFK AIRPORT", "at PHL Airport".
const CODE_AIRPORT = /\b([A-Z]{3})[ \t]+(?:AIRPORT|Airport|airport|INTL|Intl|International|INTERNATIONAL)\b/dg;
// A flight's legs and ends in a line about flying: "fly OMA > FSD", "fixed wing RAP > FSD", "arr FAR 1405", "Valentine
// airport (VTN)".
const FLIGHT_LINE = /\b(?:fly|flies|flying|flew|flown|flight|wing|rotor|jet|medevac|airport|charter|dep|arr|landed|lifted|wheels)\b/i;
const LEG = /(?<![\p{L}\d])([A-Z]{3})[ \t]*(?:>|->|→|to)[ \t]*([A-Z]{3})(?![\p{L}\d])/gdu;
const ARRIVAL = /\b(?:arr|dep|arrive[sd]?|arriving|departs?|departed|departing|landed|lifted|wheels[ \t]+up|wheels[ \t]+down)\.?[ \t]+([A-Z]{3})(?=[ \t]+\d{3,4}\b|[ \t]*(?:[,.;)\n]|$))/dgi;
const AIRPORT_PAREN = /\b(?:[Aa]irport|AIRPORT)[ \t]*\([ \t]*([A-Z0-9]{3,4})[ \t]*\)/dg;
// A word of flying or of an air transport, then a preposition, then a code in capitals.
const AIRPORT = /\b(?:fly|flies|flying|flew|flown|flight|flights|land|lands|landed|landing|layover|connecting|connects|arrives?|arriving|departs?|departing|medevac(?:ed|'d)?|fare|fixed[ \t-]?wing|rotor[ \t-]?wing|helicopter|helo|wheels[ \t]+up|lifted|lift-?off|evac(?:uated|'d)?)(?:[ \t]+(?:in|back|home|out))?[ \t]+(?:into|to|from|out[ \t]+of|at|in|via|thru|through)[ \t]+([A-Z]{3})(?![\p{L}\d])/gdiu;

// An airfield by its four-letter ICAO code in the lower 48 ("launched KMOT 0340", "via KGGW", "KGFK/KFAR"; Alaska's and
// Hawaii's "P" codes share their shape with "PAPR", "PAWP"), read only where the note speaks of flying; a helipad by its two
// letters and two digits after "helipad" or "pad" ("Burwell helipad (NE64)").
const ICAO = /(?<![\p{L}\d-])K[A-Z]{3}(?![\p{L}\d-])/gu;
const AIR_TALK = /\b(?:fly|flies|flying|flew|flown|flight|wing|rotor|helipad|heliport|FBO|aircraft|airport|air[ \t]+(?:med|ambulance|care)|aircare|medevac|landed|launched|lifted|lift|wx|IFR|VFR|f\/w|FW)\b/i;
const HELIPAD = /(?<=\b(?:helipad|heliport|[Pp]ad|HELIPAD|PAD)[ \t]*\(?[ \t]*)[A-Z]{2}\d{2}(?![\p{L}\d])/gu;

/**
 * Find military bases, A&M universities and airport codes.
 *
 * @example
 * recognizeBasesAndAirports('she is flying into CLE on 7/25').length; // 1
 */
export function recognizeBasesAndAirports(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number): void => {
    out.push({ category: 'LOCATION', score: 0.7, start, end, kind: 'city' });
  };
  if (has(/\b(?:AFB|ARB|ANGB|NAS|JRB|MCAS|MCB|NSB|AAF)\b/, text)) {
    for (const m of matchesOf(BASE, text)) {
      // ("Sputum AFB", "BAL AFB": acid-fast bacilli after a specimen; "94 YO AAF": an age. The base's name is no clinical word.)
      const words = m[1].toLowerCase().split(/[ \t]+/).slice(0, -1);
      if (words.some(clinicalTerm) || /(?:^|[ \t])[A-Z]{2,4}[ \t]/.test(m[1])) continue;
      push(...(m.indices![1] as [number, number]));
    }
  }
  if (has(/\b(?:Fort|FORT|Ft|FT|Camp|CAMP|NAS|NAVSTA|MCAS|MCB|JB|JBSA|Joint|JOINT|Station|Submarine)\b/, text) && has(MILITARY, text)) for (const m of matchesOf(BASE_FIRST, text)) {
    // The base's name no clinical or everyday word ("FT TALL", "Camp Fire", "NAS score"), in the case of its kind;
    // "ft" after a number is a length ("5 FT 2 IN").
    const f = (w: string) => vocabulary().flags(w.toLowerCase());
    const named = (w: string) => !clinicalTerm(w) && (!(f(w) & (F.COMMON | F.ENGLISH)) || (f(w) & (F.FIRST | F.LAST | F.PLACE)) !== 0);
    if (!named(m[1]) || /\d[ \t]*$/.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    const caps = m[0] === m[0].toUpperCase();
    const second = m[2] && named(m[2]) && (m[2] === m[2].toUpperCase()) === caps;
    push(m.index!, second ? m.indices![2][1] : m.indices![1][1]);
  }
  if (has(/Army|ARMY|Naval|NAVAL|Air Force|AIR FORCE|Proving|PROVING|Arsenal|ARSENAL/, text)) for (const m of matchesOf(BASE_AFTER, text)) {
    if (isMedicalTerm(m[1].split(/[ \t]+/)[0].toLowerCase())) continue;
    push(...(m.indices![1] as [number, number]));
  }
  if (has(/Prison|PRISON|Correctional|CORRECTIONAL|Penitentiary|PENITENTIARY|Detention|DETENTION|Jail|JAIL/, text)) for (const m of matchesOf(PRISON, text)) {
    if (isMedicalTerm(m[1].split(/[ \t]+/)[0].toLowerCase())) continue;
    push(...(m.indices![1] as [number, number]));
  }
  if (has(/\b(?:CRC|CMC|CIM|CIW|CCWF|FCI|FCC|USP|FPC|SCI|MCC|MDC|CCI|DOC|TDCJ)\b/i, text)) for (const m of matchesOf(PRISON_SYSTEM, text)) {
    // The letters in capitals as a system writes them; the town may be any word ("CRC Norco" is no drug).
    const letters = m[1].split(/[ \t]+/)[0];
    if (letters !== letters.toUpperCase()) continue;
    push(...(m.indices![1] as [number, number]));
  }
  if (has(/\b(?:USS|USNS|USCGC|HMS)[ \t]/, text)) for (const m of matchesOf(SHIP, text)) push(m.index!, m.indices![1][1]);
  if (has(/boat|vessel|trawler|shrimper|tug|barge|crabber|seiner|liner|netter|skiff|[FM]\/V|drillship|liftboat|submersible|jack-up|[OPD]SV|AHTS/i, text)) for (const m of matchesOf(BOAT, text)) {
    // (Not a vessel's kind or make: "the vessel Coast Guard", "boat Boston Whaler".)
    if (m[1].split(/[ \t]+/).some(clinicalTerm) || /^(?:Coast|Boston|Grady|Bayliner|Sea[ \t]Ray)/.test(m[1])) continue;
    // ("SMALL VESSEL ISCHEMIC CHANGES", "BOAT OUT OF": in capitals a kind's word is followed by any words; a name there is
    // no word of grammar or medicine, and not only everyday words unless a hull's number follows.)
    // (Letters and a number name a barge, "tank barge CBL 2207"; after another kind they are a registration, "boat MS 4471 BK".)
    if (/^[A-Z]{2,4}[ \t-]?\d/.test(m[1]) && (!/barge/i.test(m[0]) || /^[ \t]+[A-Z]{2}\b/.test(text.slice(m.indices![1][1])))) continue;
    const words = m[1].split(/[ \t]+/).map((w) => w.toLowerCase());
    if (/^(?:reg|registration|no|number|name|id|hull|doc)$/.test(words[0])) continue;
    if (words.some((w) => FUNCTION_WORDS.has(w) || isMedicalTerm(w) || vocabulary().flags(w) & (F.CLINICAL | F.ABBREV))) continue;
    if (capsLine(text, m.index!) && !/\d$/.test(m[1]) && words.every((w) => vocabulary().flags(w) & (F.COMMON | F.ENGLISH))) continue;
    push(...(m.indices![1] as [number, number]));
  }
  if (has(/Miss|Lady|Capt/, text)) for (const m of matchesOf(NAME_BOAT, text)) push(...(m.indices![1] as [number, number]));
  if (has(/\bK[A-Z]{3}\b/, text) && AIR_TALK.test(text)) {
    // (In a line of capitals a name has the same shape: "GREAT-GRANDSON KOBE (14)".)
    for (const m of matchesOf(ICAO, text)) {
      const f = vocabulary().flags(m[0].toLowerCase());
      if (!(f & (F.ABBREV | F.CLINICAL | F.COMMON | F.ENGLISH)) && !(f & (F.FIRST | F.LAST) && capsLine(text, m.index!))) push(m.index!, m.index! + 4);
    }
  }
  if (has(/pad|PAD/, text)) for (const m of matchesOf(HELIPAD, text)) push(m.index!, m.index! + 4);
  if (has(/camp|Camp/, text)) for (const m of matchesOf(REFUGEE_CAMP, text)) {
    if (/^(?:Boot|Summer|Day|Base|Fish|Hunting|Deer|Work|Labor|Army|Bible|Church|Band|Sports?|Football|Basketball|Soccer|Baseball)[ \t]/.test(m[1])) continue;
    push(...(m.indices![1] as [number, number]));
  }
  if (text.includes('A&M')) for (const m of matchesOf(AGGIE, text)) push(...(m.indices![1] as [number, number]));
  for (const m of matchesOf(AIRPORT, text)) {
    // The code must be written in capitals and be no charting abbreviation ("flew to ICU", "transfer to CCU").
    // (In a sentence with lower case a code in capitals is no word shouted: "flew back from LAX".)
    const code = m[1];
    const shouted = m[0] === m[0].toUpperCase() ? F.COMMON : 0;
    if (code !== code.toUpperCase() || vocabulary().flags(code.toLowerCase()) & (F.ABBREV | F.CLINICAL | shouted)) continue;
    push(...(m.indices![1] as [number, number]));
    // "flew from ITO to HNL", "from MSY to IAH", "fixed wing from TKK via GUM to HNL": the other stops of the trip (in a
    // sentence with lower case an everyday word in capitals is a code too: "via GUM").
    const stopFlags = F.ABBREV | F.CLINICAL | (shouted ? F.COMMON : 0);
    for (let at = m.index! + m[0].length, stops = 0; stops < 3; stops++) {
      const next = /^[ \t]*(?:[ \t](?:to|via|into|then)[ \t]|->|→|>)[ \t]*([A-Z]{3})(?![\p{L}\d])/u.exec(text.slice(at, at + 14));
      if (!next || vocabulary().flags(next[1].toLowerCase()) & stopFlags) break;
      push(at + next[0].length - 3, at + next[0].length);
      at += next[0].length;
    }
  }
  // A code no word of charting; an everyday word too ("RAP", "FAR") where an arrow joins two codes or the line has lower case.
  const code = (c: string, everyday: boolean): boolean => /\d/.test(c) || !(vocabulary().flags(c.toLowerCase()) & (F.ABBREV | F.CLINICAL | (everyday ? 0 : F.COMMON | F.UPPER)));
  if (has(FLIGHT_LINE, text)) for (const line of matchesOf(/[^\n]+/g, text)) {
    if (!FLIGHT_LINE.test(line[0]) || !/[A-Z]{3}|[A-Z0-9]\)/.test(line[0])) continue;
    const at = line.index ?? 0;
    const mixed = /\p{Ll}/u.test(line[0]);
    for (const m of line[0].matchAll(LEG)) {
      const arrow = /[>→]/.test(m[0]);
      if (!code(m[1], arrow) || !code(m[2], arrow)) continue;
      push(at + m.indices![1][0], at + m.indices![1][1]);
      push(at + m.indices![2][0], at + m.indices![2][1]);
    }
    for (const m of line[0].matchAll(ARRIVAL)) if (m[1] === m[1].toUpperCase() && code(m[1], mixed)) push(at + m.indices![1][0], at + m.indices![1][1]);
    for (const m of line[0].matchAll(AIRPORT_PAREN)) if (code(m[1], false)) push(at + m.indices![1][0], at + m.indices![1][1]);
  }
  if (has(/irport|IRPORT|I[Nn][Tt][Ll]|nternational|NTERNATIONAL/, text)) {
    for (const m of matchesOf(CODE_AIRPORT, text)) {
      if (vocabulary().flags(m[1].toLowerCase()) & (F.ABBREV | F.CLINICAL | F.COMMON)) continue;
      push(...(m.indices![1] as [number, number]));
    }
  }
  return out;
}
