/**
 * Places as ambulance crews, police and emergency notes write them: a highway with its exit or mile
 * marker ("I-80 EB EXIT 142", "US-220 N MM 14", "ROUTE 9 AT MM 37"), an exit on its own after a
 * preposition ("between exit 305 and exit 310"), a block ("600 blk N Ridgeway"), a crossing of two
 * streets ("Elm & 5th", "BROAD ST AT 15TH", "SR 61 & TWP RD 113"), a house on a numbered road ("1418 CR 210") and a
 * lot in a trailer park ("Lot 14, Sunrise MHP"); two named streets crossing ("Mill Ave and University Dr"); a street
 * with its direction where someone lives or works ("lives on W 117th").
 *
 * @example
 * recognizeRoads('MVC W/ ENTRAPMENT, I-80 EB EXIT 142.'); // one LOCATION: "I-80 EB EXIT 142"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';
import { clinicalTerm } from './place-words.js';
import { has, matchAll, matchesOf } from './util.js';

// A numbered road: interstate, US or state route, county or township road.
const ROAD = String.raw`(?:I|IH|US|SR|CR|TWP[ \t]+RD|(?:CO(?:UNTY)?|CTY)[ \t]+R(?:OA)?D|RTE?|ROUTE|HWY|HIGHWAY|STATE[ \t]+(?:ROUTE|RTE|HWY)|FM)[ \t-]?\d{1,4}[A-Z]?`;
// Its direction: "EB", "N", "northbound", "westbound".
const DIRECTION = String.raw`(?:[NSEW]B?|north(?:bound)?|south(?:bound)?|east(?:bound)?|west(?:bound)?)`;
// An exit or a mile marker on it.
const MARKER = String.raw`(?:exit[ \t]*#?\d{1,3}[A-Z]?|(?:MM|mile[ \t]*(?:marker|post)?|MP)[ \t]*\d{1,3}(?:\.\d)?)`;

const ROAD_MARKER = new RegExp(String.raw`\b${ROAD}(?:[ \t]+${DIRECTION})?(?:[ \t]*,?[ \t]*(?:at|near|by|@)?[ \t]*)${MARKER}\b`, 'gi');
// "off exit 9", "between exit 305 and exit 310": an exit after a preposition, the road named elsewhere.
const EXIT_ALONE = /\b(?:off|at|near|by|past|before|after|between|and|to|from)[ \t]+(?:the[ \t]+)?(exit[ \t]*#?\d{1,3}[A-Z]?)\b(?![ \t]*(?:door|sign|row|seat|interview|wound|site))/dgi;
// "600 blk N Ridgeway", "1400 block of Elm St".
const BLOCK = /\b\d{2,5}[ \t]+(?:blk|block)(?:[ \t]+of)?[ \t]+(?:[NSEW]\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:st|street|ave|avenue|rd|road|dr|drive|blvd|ln|lane|way|pl|ct|pkwy|hwy)\b\.?)?/giu;
// "Elm & 5th", "SR 61 & TWP RD 113", "BROAD ST AT 15TH", "LEHIGH + 22ND": two streets crossing, one of them numbered.
// With "at" or "and" the first is written as a street or a road ("MET AT SR 61", "seen at 5th" are no crossings).
const SUFFIX = String.raw`(?:st|street|ave|avenue|rd|road|dr|blvd|ln|pkwy)\b\.?`;
const NUMBERED = String.raw`(?:${ROAD}|(?:(?<![\p{L}\d])[NSEW]\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th)(?:[ \t]+(?:st|street|ave|avenue)\b\.?)?)(?![\p{L}\d])(?![ \t]+(?:floor|fl|grade|day|week|month|year|time|dose|cycle|round|degree|percentile|place|try|attempt|trimester|ics|rib|toe|finger|vertebra)s?\b)`;
const CROSSING = new RegExp(
  String.raw`\b(?:(?:${ROAD}|\p{L}[\p{L}'’-]{2,}(?:[ \t]+${SUFFIX})?)[ \t]*[&+]|(?:${ROAD}|\p{L}[\p{L}'’-]{2,}[ \t]+${SUFFIX})[ \t]+(?:at|and))[ \t]*${NUMBERED}`,
  'giu',
);
// Its cheap test (same flags): every crossing has "&", "+", "at" or "and" right before its numbered street (a road or an
// ordinal, not a time: "at 0800"), and the scan itself reads every word of the note as a possible first street.
const CROSSING_JOINT = new RegExp(String.raw`(?:[&+]|at|and)[ \t]*(?:${ROAD}|(?:(?<![\p{L}\d])[NSEW]\.?[ \t]+)?\d{1,3}(?:st|nd|rd|th))`, 'iu');
// A house on a numbered road: "1418 CR 210", "HC 71 Box 118" aside (addresses.ts); a lot in a trailer or RV park: "Lot 14,
// Sunrise MHP", "lot 22 Shady Pines Mobile Home Park".
// (No house stands on an interstate: "5 I 10" is something else.)
// ("K 4.6 Cr 1.3" is a lab line: no decimal on either side.)
// Two streets named bare at a crossing, after a word that says so: "shot near Florence and Normandie", "the corner of Atlantic
// and Olympic", "the drugstore at Atlantic and Olympic"; a numbered street and a named one crossing anywhere: "from 5th and San Julian", "52nd & Lancaster", "transfers at Fifth & Wood"; a lettered street after a street numbered past the ninth: "near 24th and L".
// (After a shop or a stop, "at" or "on" says where it stands: "the Thrifty drugstore at Atlantic and Olympic", "a check-cashing
// place on Broad & Erie".)
const BARE_CROSSING = /\b(?:near|corner[ \t]+of|intersection[ \t]+of|(?<=\b(?:store|drugstore|market|station|shop|restaurant|bodega|diner|bar|church|school|park|lot|stop|corner|place|pharmacy|laundromat|shelter)[ \t]+)(?:at|on))[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-])/dgu;
const ORDINAL_CROSSING = /(?:(?<![\d/.-])\d{1,3}(?:st|nd|rd|th)|\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)(?=[ \t]+(?:&|and)[ \t]+\p{Lu}\p{Ll}+[ \t]*(?:[,.;)]|$)))[ \t]+(?:and|&)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|(?<=\d\d(?:st|nd|rd|th)[ \t]+(?:and|&)[ \t]+)[A-Z](?![\p{L}\d'’.-]|[ \t]*\d))(?![\p{L}'’-])/dgu;
// A house on a grid, as Utah and other western towns number them: "2418 w 3200 n", "1450 S 700 E".
const GRID_ADDRESS = /(?<![\d.\/])\d{1,5}[ \t]+[NSEW]\.?[ \t]+\d{2,5}[ \t]+[NSEW]\b(?![\p{L}\d])/giu;
// A grid street alone, after a word of where: "the shelter on 500 W", "(2100 S near Highland)", "in the middle of 1300 East".
// Grid streets are hundreds; a letter alone only after "on", "near", "off" or a bracket, and case-sensitive ("cycled at 100 W"
// is a load in watts, "walked 100 s" seconds); in lower case after a word of where or a route's arrow ("camp along 300 w between
// 1300 s and 1700 s", "rio grande st -> 500 w").
const GRID_STREET = /(?:(?<=\b(?:on|ON|near|NEAR|off|OFF|onto|ONTO)[ \t]+|\()[1-9]\d?00[ \t]+(?:N|S|E|W)\b\.?|(?<=\b(?:on|near|off|onto|along|between|and)[ \t]+|(?:&|->|→)[ \t]*)[1-9]\d?00[ \t]+[nsew]\b(?![.\/'’])|(?<=\b(?:on|ON|of|OF|near|NEAR|off|OFF|onto|ONTO|along|and|&)[ \t]+|\()[1-9]\d?00[ \t]+(?:North|South|East|West|NORTH|SOUTH|EAST|WEST)\b)(?![ \t]*(?:\d|[/%]|-(?![ \t>])))(?![ \t]+(?:mg|mL|ml|units?|watts?|kcal|cc)\b)/gu;
const HOUSE_ON_ROAD = new RegExp(String.raw`(?<![\d.])\d{1,5}[ \t]+(?!I[ \t-]?\d|IH)${ROAD}\b(?![.,]\d)`, 'gi');
// ("Maple Grove Mobile Home Park, lot 41": the park first, then its lot.)
const PARK_LOT = /\blot[ \t]*#?\d{1,4}[A-Z]?,?[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:MHP|RV[ \t]+Park|Mobile[ \t]+Home[ \t]+(?:Park|Estates|Court)|Trailer[ \t]+(?:Park|Court|Ct\.?)|Estates)\b|\b(?:(?!(?:at|in|on|the|to|from|of|near|by)\b)\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:MHP|RV[ \t]+Park|Mobile[ \t]+Home[ \t]+(?:Park|Estates|Court)|Trailer[ \t]+(?:Park|Court|Ct\.?))[ \t]*,?[ \t]*(?:lot|space|sp)[ \t]*#?\d{1,4}[A-Z]?\b/giu;
// Two named streets crossing: "near Mill Ave and University Dr", "Elm St & Oak Ave", "Dale Mabry Hwy @ W. Columbus Dr".
const NAMED_CROSSING = new RegExp(String.raw`\b\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?[ \t]+(?:St|Ave|Rd|Dr|Blvd|Ln|Pkwy|Way|Hwy|Street|Avenue|Road|Drive|Boulevard|Lane|Highway)\.?[ \t]+(?:and|&|at|@)[ \t]+(?:[NSEW]\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?[ \t]+(?:St|Ave|Rd|Dr|Blvd|Ln|Pkwy|Way|Street|Avenue|Road|Drive|Boulevard|Lane)\b\.?`, 'gu');
// What a direction names that is no street: a side or end of town, a wing or floor of the hospital ("on the W side",
// "East Wing").
const PART_OF_TOWN = /^(?:side|end|wing|coast|bank|shore|floor|unit|campus|tower|hall|pod)$/i;
// A street named with its direction and no house number, where someone lives or works: "lives on W 117th",
// "coming from work on W 57th", "house is off North Elm". ("lives on the W side" is a part of town, "on 4 West" a unit.)
const STREET_ON = /\b(?:lives?|living|lived|resides?|residing|moved|house|home|apartment|apt|work|works|working|job|office|shop|store|place)[ \t]+(?:(?:is|was|over|out|up|down|right|now)[ \t]+)?(?:on|off)[ \t]+((?:[NSEW]\.?|north|south|east|west)[ \t]+(\d{1,3}(?:st|nd|rd|th)|[\p{L}][\p{L}'’-]+)(?:[ \t]+(?:st|street|ave|avenue|rd|road|dr|drive|blvd|ln|lane|way|pl|ct|pkwy)\b\.?)?)/dgiu;
// "in Tolleson on W Van Buren", "the clinic on N Navigation", "lives w/ pt on West 139th": after "on" or "off", a direction
// and a capitalised name that is no clinical word, or a numbered street, is a street wherever it is named.
const DIRECTION_STREET = /(?=[NSEW])(?<=\b(?:on|off)[ \t]+)(?:[NSEW]\.?|North|South|East|West)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?|\d{1,3}(?:st|nd|rd|th))(?![\p{L}\d])/gu;
// Words that precede "& 5th" without being a street: "between 3rd", "day 4 & 5th".
const NOT_STREET = /^(?:between|first|second|third|and|the|day|days|week|weeks|grade|floor|his|her|their|on|in|of|from|to|at|or|pt|seen|stage|cycle|dose|rib|ribs|toe|toes|finger|fingers|ics|space|level|levels|vertebra|c|t|l|s)$/i;
// A numbered street with its direction and no ordinal, and its house number: "LOC: W 125 ST & LENOX AVE", "610 E 138 ST".
// The Rockaways number theirs after "Beach": "Beach 116 St".
const DIRECTION_NUMBER_STREET = /(?:\b\d{1,5}[ \t]+)?\b(?:[NSEW]\.?|Beach|BEACH)[ \t]+\d{1,3}(?:th|TH|st|ST|nd|ND|rd|RD)?[ \t]+(?:ST|STREET|AVE|AVENUE|St|Street|Ave|Avenue)\b(?![.,]?\d)/g;
// A numbered street by its quarter and ordinal alone, after a word of where ("the Braum's on SW 29th", "off N 3rd"), and the
// main street of a town by its first word before the town ("the five-and-dime on Main in Batesville").
// A named street after its direction letter, in capitals or title case: "(W MADISON ST, PHOENIX)", "off N Cedar Ave". The
// letter and the suffix together make a street of any words no clinical list holds. (Not "Dr", a doctor's title: "PT'S PCP
// DR"; no word of a sentence: "S ON ADAMS ST".)
const SENTENCE_WORD = /^(?:on|in|at|of|the|and|to|is|was|lives|near|by|his|her|neighbor|daughter|son)$/i;
const DIRECTION_NAMED_STREET = /(?<![\p{L}\d.\/'’-])[NSEW]\.?[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2})(?:ST|AVE|AVENUE|RD|ROAD|BLVD|DRIVE|LN|LANE|PKWY|St|Ave|Rd|Blvd|Ln|Pkwy|Street|Avenue|Road|Boulevard|Drive|Lane)\b/dgu;
const QUARTER_ORDINAL = /(?<=\b(?:on|off|near|at|ON|OFF|NEAR|AT)[ \t]+)(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]+\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)\b(?![ \t]+(?:floor|fl|grade|street|st|ave|avenue)\b)|Main(?=[ \t]+in[ \t]+\p{Lu}))/gu;
// A street named by one letter, as Washington, Sacramento and Anchorage have them, after a word of place or a house number:
// "a corner store on A St", "1200 N St NW". (A letter alone is no street: "vitamin A" has no "St" after it.)
const LETTER_STREET = /(?=[A-Z])(?<=\b(?:on|off|at|of|near|\d{1,5})[ \t]+)(?:[NSEW]\.?[ \t]+)?[A-Z][ \t]+(?:St|Street|ST|STREET)\b\.?(?:[ \t]+(?:NW|NE|SW|SE)\b)?/g;
// New York's lettered avenues and a road named by initials: "LIVES ON AVENUE D", "Avenue J and E 15th", "under FDR Drive",
// "off MLK Blvd". (Only the words written out in title case or "Blvd": "ED Dr" is a doctor, "WILL DRIVE" a plan, "ND Highway
// Patrol" an agency.)
const LETTER_AVENUE = /\b(?:Avenue|AVENUE)[ \t]+[A-Z](?![\p{L}\d'’-])|\b[A-Z]{2,4}[ \t]+(?:Drive|Parkway|Expressway|Boulevard|Blvd)\b/gu;
// Hawaii's interstates by their letter: "rollover on H-3 near the tunnels", "born in the car on H-1".
const HAWAII_FREEWAY = /(?=H-)(?<=\b(?:on|onto|off|near|the|via|from|to|of|at)[ \t]+)H-(?:1|2|3|201)\b(?![\d-])/g;
// A state's route by its letters ("AZ-86", "LA 1"), read only after a scene label.
const STATE_ROUTE = String.raw`(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)[ \t-]\d{1,4}`;
// A numbered road in a run sheet's scene or location field, after a crash, or with the way a vehicle went: "Scene: Route 66 at
// Hackberry", "crash Route 2 W/B", "westbound US-2 approx 4 mi east of Devils Lake", "KY 7 north out of Whitesburg".
const SCENE_ROAD = new RegExp(
  String.raw`(?<=\b(?:Scene|SCENE|Location|LOCATION|Loc|LOC|Incident[ \t]+location|Pickup|PICKUP)[ \t]*:[ \t]*)(?:${ROAD}|${STATE_ROUTE})\b|(?<=\b(?:crash|mvc|mva|rollover|collision|wreck)[ \t]+(?:on[ \t]+)?)${ROAD}\b|(?<=\b(?:north|south|east|west)bound[ \t]+(?:on[ \t]+)?)${ROAD}\b|\b${ROAD}(?=[ \t]+(?:north|south|east|west)bound\b)|\b(?:${ROAD}|${STATE_ROUTE})(?=[ \t]+(?:north|south|east|west)[ \t]+(?:out[ \t]+of|of|to|toward|towards|from|past)\b)`,
  'gi',
);
// A numbered road at a named street: "Called to US 21 at Lands End Rd".
const ROAD_AT_STREET = new RegExp(String.raw`\b${ROAD}[ \t]+(?:at|and|&)[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Blvd|Ln|Pkwy|ST|AVE|RD|DR|BLVD|LN)\b\.?`, 'gu');
// A house number, a direction and a name with no street word, as Chicago writes them: "at 3400 N. Halsted, 3rd floor".
// (After a word of where only, and no clinical word as the name: "Heparin 5000 U SQ, 1000 N Cannula" is no house.)
const HOUSE_DIRECTION_NAME = /(?=\d)(?<=\b(?:at|to|on|from|of|lives|address:?|Address:?|ADDRESS:?)[ \t]+)\d{3,5}[ \t]+[NSEW]\.?[ \t]+(\p{Lu}[\p{Ll}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Ll}'’-]{2,})?)(?=[ \t]*[,;)\n]|[ \t]*$)/dgu;
// A lot in a mobile home park, the park named after it: "her mobile home, Lot 112, Pine Island Village".
const HOME_LOT = /(?=[LlSs])(?<=\b(?:mobile[ \t]+home|trailer|camper|RV|manufactured[ \t]+home)[ \t]*,?[ \t]+)(?:[Ll]ot|LOT|[Ss]pace|SPACE)[ \t]*#?\d{1,4}[A-Z]?\b/g;
// A neighbourhood in brackets after a house on a street: "Home: 1907 W. 4th St (Hilltop)". (What a house has inside, a floor
// or a flat, is no neighbourhood: "(rear)", "(Apt 2)", "(first floor)".)
const HOUSE_THEN_QUARTER = /\b\d{1,5}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\p{Lu}[\p{L}'’-]*|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Ln|Lane|Pl|Ct|Ter|Way)\.?[ \t]*\((\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2})\)/dgu;
const NOT_QUARTER = /^(?:Apt|Apartment|Unit|Suite|Rear|Front|Back|Basement|Upstairs|Downstairs|Floor|Home|House|Shelter|Group|Mother's|Father's|Daughter's|Son's|Sister's|Brother's|Parents'|Grandmother's|Own|Rental|Section|Owned|Rented|Lives|Private|Duplex|Rowhouse|Trailer|Boarding|Assisted)\b/;
// A position by latitude and longitude, as flight crews give a landing zone: "LZ coordinates 44.1612 N, 107.9548 W",
// "GPS 47.55, -110.21". With its hemispheres it is a place anywhere; bare, only after a word of position (two decimals are
// otherwise two readings: "pH 7.352, 7.401").
const COORDINATES = /(?<![\d.])(-?\d{1,3}\.\d{2,7})[ \t]*°?[ \t]*([NSns])?[ \t]*[,/]?[ \t]*(-?\d{1,3}\.\d{2,7})[ \t]*°?[ \t]*([EWew])?(?!\d|\.\d)/g;
const POSITION_WORD = /\b(?:gps|coordinates|coords|lat(?:itude)?(?:\/long?(?:itude)?)?|long(?:itude)?|lz|landing[ \t]+zone|position|pin|grid)\b[^\n\d]{0,16}$/i;

/**
 * Find roads with their exits and mile markers, exits, blocks and crossings.
 *
 * @example
 * recognizeRoads('pile-up between exit 305 and exit 310').length; // 2
 */
export function recognizeRoads(text: string): Candidate[] {
  // Two named streets need no digit; every other shape needs a digit and one of a few words.
  const named: Candidate[] = has(/\b(?:and|at)\b|&|@/, text) ? matchAll(NAMED_CROSSING, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })) : [];
  if (has(/\bo(?:n|ff)[ \t]+(?:[nsew]\.?|north|south|east|west)[ \t]/i, text)) {
    named.push(
      ...matchAll(STREET_ON, text, (m) => {
        // The street's name is a numbered street, or a word written as a name ("W Broad"); a lower-case everyday
        // word is a part of town or a ward ("on w side", "on east wing").
        const name = m[2];
        const word = !/^\d/.test(name) && (/^\p{Ll}/u.test(name) || PART_OF_TOWN.test(name) || /^(?:bay|of)$/i.test(name)) && vocabulary().flags(name.toLowerCase()) & VOCAB_FLAGS.COMMON;
        return word ? null : { category: 'LOCATION', score: 0.75, kind: 'street', start: m.indices![1][0], end: m.indices![1][1] };
      }),
    );
    named.push(
      ...matchAll(DIRECTION_STREET, text, (m) => {
        const f = vocabulary().flags(m[1].split(/[ \t]/)[0].toLowerCase());
        // (A name, a town's or no English word: "on E Coli precautions", "on N Cannula" are not streets.)
        const named = !(f & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH)) || (f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST | VOCAB_FLAGS.PLACE | VOCAB_FLAGS.POSTAL)) !== 0;
        return f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) || !named || PART_OF_TOWN.test(m[1]) ? null : { category: 'LOCATION', score: 0.7, kind: 'street' };
      }),
    );
  }
  named.push(...matchAll(DIRECTION_NUMBER_STREET, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })));
  if (has(/\b[NSEW]\.?[ \t]+\p{Lu}/u, text)) named.push(...matchAll(DIRECTION_NAMED_STREET, text, (m) => (m[1].trim().split(/[ \t]+/).some((w) => clinicalTerm(w) || SENTENCE_WORD.test(w)) ? null : { category: 'LOCATION', score: 0.75, kind: 'street' })));
  named.push(...matchAll(QUARTER_ORDINAL, text, () => ({ category: 'LOCATION', score: 0.7, kind: 'street' })));
  if (has(/\b[A-Z][ \t]+(?:St|ST)/, text)) named.push(...matchAll(LETTER_STREET, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })));
  if (has(/AVENUE [A-Z]|Avenue [A-Z]|[A-Z]{2} (?:Drive|Parkway|Expressway|Boulevard|Blvd)/, text)) named.push(...matchAll(LETTER_AVENUE, text, () => ({ category: 'LOCATION', score: 0.7, kind: 'street' })));
  if (has(/\d[ \t]+(?:at|and|&)[ \t]+\p{Lu}/u, text)) named.push(...matchAll(ROAD_AT_STREET, text, (m) => (/^(?:I|US|SR|CR)[ \t-]?\d/i.test(m[0]) || /^\p{Lu}/u.test(m[0]) ? { category: 'LOCATION', score: 0.75, kind: 'street' } : null)));
  if (has(/\d[ \t]+[NSEW]\.?[ \t]+\p{Lu}/u, text)) {
    for (const m of matchesOf(HOUSE_DIRECTION_NAME, text)) {
      if (!m[1].split(/[ \t]+/).some(clinicalTerm)) named.push({ category: 'LOCATION', score: 0.75, kind: 'street', start: m.index ?? 0, end: m.indices![1][1] });
    }
  }
  if (has(/\b(?:scene|loc|location|incident|pickup)[ \t]*:|crash|mvc|mva|rollover|collision|wreck|bound\b|\d[ \t]+(?:north|south|east|west)[ \t]/i, text)) named.push(...matchAll(SCENE_ROAD, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })));
  if (text.includes('H-')) named.push(...matchAll(HAWAII_FREEWAY, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })));
  if (has(/lot|space/i, text)) named.push(...matchAll(HOME_LOT, text, () => ({ category: 'LOCATION', score: 0.8, kind: 'street' })));
  if (has(/\.?[ \t]*\(\p{Lu}/u, text)) for (const m of matchesOf(HOUSE_THEN_QUARTER, text)) if (!NOT_QUARTER.test(m[1])) named.push({ category: 'LOCATION', score: 0.7, kind: 'city', start: m.indices![1][0], end: m.indices![1][1] });
  // Every bare street must be a name or a word no English list holds ("near Mercy and Hope" are no streets).
  const notClinical = (phrase: string): boolean => !phrase.split(/[ \t]+/).some(clinicalTerm);
  const streetName = (phrase: string): boolean =>
    notClinical(phrase) && phrase.split(/[ \t]+/).some((w) => { const f = vocabulary().flags(w.toLowerCase()); return (f & (VOCAB_FLAGS.PLACE | VOCAB_FLAGS.POSTAL)) !== 0 || !(f & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH)); });
  if (has(/\b(?:and|&)\b|&/, text)) {
    for (const m of matchesOf(BARE_CROSSING, text)) {
      const [a, b] = m[1].split(/[ \t]+(?:and|&)[ \t]+/);
      // (One street may be an everyday word when the other is a name: "Broad & Erie".)
      if (notClinical(a) && notClinical(b) && (streetName(a) || streetName(b))) named.push({ category: 'LOCATION', score: 0.7, kind: 'street', start: m.indices![1][0], end: m.indices![1][1] });
    }
    for (const m of matchesOf(ORDINAL_CROSSING, text)) if (m[1].length === 1 || streetName(m[1])) named.push({ category: 'LOCATION', score: 0.7, kind: 'street', start: m.index ?? 0, end: m.indices![1][1] });
  }
  if (has(/\d\.\d{2}/, text)) {
    for (const m of matchesOf(COORDINATES, text)) {
      const at = m.index ?? 0;
      const hemispheres = m[2] !== undefined && m[4] !== undefined;
      if (!hemispheres && !POSITION_WORD.test(text.slice(Math.max(0, at - 40), at))) continue;
      // A latitude lies within 90 degrees and a longitude within 180.
      if (Math.abs(Number(m[1])) > 90 || Math.abs(Number(m[3])) > 180) continue;
      named.push({ category: 'LOCATION', score: 0.8, kind: 'street', start: at, end: at + m[0].length });
    }
  }
  if (has(/\d00[ \t]+[NSEW]\b/i, text)) named.push(...matchAll(GRID_STREET, text, () => ({ category: 'LOCATION', score: 0.7, kind: 'street' })));
  // Every shape needs a digit and one of a few words: one cheap scan settles most notes.
  if (!has(/\d/, text) || !has(/exit|mm\b|mile|blk|block|&|\bat\b|\band\b|\d[ \t]+(?:i|ih|us|sr|cr|twp|co|rte?|route|hwy|highway|state|fm)\b|\d[ \t]+[nsew]\.?[ \t]+\d|lot/i, text)) return named;
  const out: Candidate[] = [...named];
  out.push(...matchAll(ROAD_MARKER, text, () => ({ category: 'LOCATION', score: 0.8, kind: 'street' })));
  out.push(...matchAll(EXIT_ALONE, text, (m) => ({ category: 'LOCATION', score: 0.7, kind: 'street', start: m.indices![1][0], end: m.indices![1][1] })));
  out.push(...matchAll(BLOCK, text, () => ({ category: 'LOCATION', score: 0.8, kind: 'street' })));
  // ("60 us 130 Hz": microseconds, not US 130.)
  // ("0400 sr 58": a log line's time and the sinus rhythm's rate; no house number opens with 0.)
  const clockThenRhythm = (m: RegExpExecArray): boolean => /^0\d/.test(m[0]) || (/^(?:[01]\d|2[0-3])[0-5]\d[ \t]+sr\b/i.test(m[0]) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index)));
  out.push(...matchAll(GRID_ADDRESS, text, () => ({ category: 'LOCATION', score: 0.75, kind: 'street' })));
  out.push(...matchAll(HOUSE_ON_ROAD, text, (m) => (/\d[ \t]+us\b/.test(m[0]) || clockThenRhythm(m) ? null : { category: 'LOCATION', score: 0.75, kind: 'street' })));
  if (has(/(?:lot|space|sp)[ \t]*#?\d/i, text)) out.push(...matchAll(PARK_LOT, text, () => ({ category: 'LOCATION', score: 0.8, kind: 'street' })));
  if (has(CROSSING_JOINT, text)) {
    out.push(
      ...matchAll(CROSSING, text, (m) => {
        const first = /^\p{L}+/u.exec(m[0])?.[0] ?? '';
        return NOT_STREET.test(first) ? null : { category: 'LOCATION', score: 0.7, kind: 'street' };
      }),
    );
  }
  return out;
}
