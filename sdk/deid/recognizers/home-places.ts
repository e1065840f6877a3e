/**
 * Where people live, as they say it rather than as an address is written: a county shortened after a town
 * ("lives out by gnaw bone (brown co, IN)", "protection, ks (comanche co)"), a neighbourhood after "lives in the"
 * ("in the Fifth Ward", "an SRO in the Tenderloin"), a street named bare after a home or a shop ("the apts on
 * Lyons", "tavern on kinnickinnic", "bungalow on 83rd"), and two streets named as a corner ("between Cottage and
 * King Dr", "by 26th and Kedzie"). The position is the evidence; the words still have to be no clinical vocabulary.
 *
 * @example
 * recognizeHomePlaces('pt lives in the Fifth Ward, the apts on Lyons'); // "Fifth Ward", "Lyons"
 */
import type { Candidate } from '../span.js';
import { isMedicalTerm } from '../medical-terms.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { isCountry } from './countries.js';
import { STATE_NAME } from './locations.js';
import { FUNCTION_WORDS, HOLIDAY_WORDS, PLACE_NOUNS, REGION_WORDS } from './cue-words.js';
import { MONTH_WORDS, WEEKDAY_WORDS } from './dates.js';
import { capsLine } from './people-cues.js';
import { has, matchAll, matchesOf } from './util.js';

// "(brown co, IN)", "(comanche co)", ", keokuk co)", "(Raleigh Co, WV)": a county in brackets, closed there or by its state.
const COUNTY_SHORT = /(?:\(|,[ \t]*)((?:\p{L}[\p{L}'’-]+[ \t]+)?\p{L}[\p{L}'’-]+[ \t]+(?:co|cty|county|parish)\.?)(?=[ \t]*(?:\)|,[ \t]*\p{L}{2}\b))/dgiu;

// "lives in the Fifth Ward", "staying w/ dtr in the Bywater", "an SRO in the Tenderloin": a capitalised name after
// "in the", where the sentence says where someone lives or stays.
// (The cue words open a sentence capitalised or not; the name after "in the" must be capitalised, so no "i" flag.)
const LIVES_CUE = 'lives? living lived resides? residing stays? staying stayed moved home apt apartment house flat sro grew\\s+up born raised'
  .split(' ')
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|');
const LIVES_IN_THE = new RegExp(String.raw`\b(?:${LIVES_CUE}|SRO)\b[^.;\n]{0,24}?\bin[ \t]+the[ \t]+((?:\p{Lu}[\p{L}'’-]*|\d{1,2}(?:st|nd|rd|th))(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})`, 'dgu');
// A lower-case word after "lives in", "resides in", "moved to" that closes its phrase (see `recognizeHomePlaces`).
// In a mixed-case note the town may be capitalised: "widowed, lives alone in Plateau near the old church".
const LOWER_TOWN = /\b(?:lives?|living|resides?|residing|moved|relocated)[ \t]+(?:alone[ \t]+|independently[ \t]+|w\/[ \t]*(?:wife|husband|dtr|daughter|son|family)[ \t]+)?(?:in|to)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,}|\p{Lu}\p{Ll}[\p{Ll}'’-]+)(?=[ \t]*(?:[,.;)(\n]|$)|[ \t]+(?:w\/|with|since|for|area|alone|now|near)\b)/dgu;
// What follows "in the" and is no neighbourhood: regions bigger than a state, services, the hospital's own places.
const NOT_NEIGHBOURHOOD = new Set([...'us usa u.s. uk states united army navy air marines military service services va city country suburbs projects area region county icu ccu micu sicu er ed or pacu unit units hospital house home building shelter community'.split(' '), ...REGION_WORDS]);

// "the apts on Lyons", "lives over on Archer", "tavern on kinnickinnic", "bungalow on 83rd", "clinic on Downing": a
// street named bare after a home, a shop or a clinic, or after a business named with "the" or by its owner ("the
// Piccadilly on Veterans", "the Rite Aid on Main", "Gerrity's on Main"). (It looks ahead for the "on" or "off" first: the
// scan starts at every word of a note.)
const BARE_STREET = /\b(?=[\p{L}'’&-]+(?:[ \t]+(?:is|was|over|out|up|down|right|now|just|somewhere))?[ \t]+(?:on|off)[ \t])(?:lives?|living|lived|apts?|apartments?|flat|bungalow|house|home|tavern|bar|store|shop|clinic|pharmacy|bldg|building|double|duplex|church|school|office|restaurant|diner|trailer|(?<=\bthe[ \t]+(?:\p{Lu}[\p{L}'’&-]+[ \t]+)?)\p{Lu}[\p{L}'’&-]+|\p{Lu}[\p{L}-]+['’]s)\b(?:[ \t]+(?:is|was|over|out|up|down|right|now|just|somewhere))?[ \t]+(?:on|off)[ \t]+(\p{Lu}[\p{L}'’-]+|\p{Ll}[\p{Ll}'’-]{5,}|\d{2,3}(?:st|nd|rd|th))(?![\p{L}\d'’-]|[ \t]+(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|pl|ct|pkwy|hwy|floor|fl|and|&)\b)/dgiu;
// Words after "lives on" that are no street: what someone lives on, or a place in the hospital.
const NOT_BARE_STREET = new Set([
  ...'medicaid medicare disability ssi ssdi social pension welfare benefits oxygen o2 hospice dialysis unit floor campus property premises site grounds reservation rez farm ranch base shabbos shabbat sabbath weekend'.split(' '),
  ...MONTH_WORDS,
  ...WEEKDAY_WORDS,
  ...HOLIDAY_WORDS,
]);

// "between Cottage and King Dr", "by 26th and Kedzie", "between 5th and 6th": two streets named as a corner; after "at",
// "near" or "off" only with a numbered street first ("at 14th and U", "FOUND DOWN AT 5TH AND MAIN").
const CORNER = /\b(?:between|corner[ \t]+of|by|(?:at|AT|At|near|NEAR|Near|off|OFF)(?=[ \t]+\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:and|AND|&)[ \t]))[ \t]+(\p{Lu}[\p{L}'’-]+|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))[ \t]+(?:and|AND|&)[ \t]+((?:\p{Lu}[\p{L}'’-]*|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))(?:[ \t]+(?:St|Ave|Rd|Dr|Blvd|Street|Avenue|Road|Drive)\b\.?)?)/dgu;

// "in the Falls", "up the Cape", "from the Region", "near the Iron Range", "IN THE WEST BOTTOMS", "across the Causeway", "house on
// the Vineyard", "(the Region)", "Kristin in the Cities", "outside the County", "storm in the U.P.": a place noun written as the
// name of one place, as locals shorten theirs. In capitals, where every noun looks like a name, only the nouns no note uses
// for anything else.
const PLACE_NOUN = 'Vineyard|Cities|Hillside|Islands|Heights|Falls|Strip|Bluffs?|Flats|Bottoms|Range|Cape|Ward|Harbou?r|Landing|Delta|Shore|Bend|Patch|Region|County|Valley|Bayou|Peninsula|Mesa|Basin|Causeway|Skyway|Thruway|Esplanade|Boardwalk';
// A hospital's own wards are no part of town ("the Emergency Ward").
const HOSPITAL_WARD = new Set('emergency accident casualty maternity medical surgical general private isolation fever labor labour psychiatric psych burn cardiac stroke observation recovery children’s children\'s'.split(' '));
const CAPS_PLACE_NOUN = 'HEIGHTS|FALLS|BLUFFS?|FLATS|BOTTOMS|BAYOU|CAUSEWAY|SKYWAY|THRUWAY|ESPLANADE|BOARDWALK';
// One of CAPS_PLACE_NOUN, as a whole word.
const CAPS_PLACE_NOUN_WORD = new RegExp(`^(?:${CAPS_PLACE_NOUN})$`);
const THE_PLACE = new RegExp(
  String.raw`(?:\b(?:in|In|IN|on|On|ON|from|From|FROM|to|TO|near|NEAR|up|UP|down|DOWN|across|ACROSS|over|OVER|outside|OUTSIDE|around|AROUND|past|PAST)[ \t]+|\()(?:the|The|THE)[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}?(?:${PLACE_NOUN}|${CAPS_PLACE_NOUN}|U\.P\.(?=[ \t,;)]|$)))(?![\p{L}'’-]|[ \t]+(?:of|OF|jail|JAIL|hospital|clinic|health|shelter|court|office|sheriff|fire|police|ems|pd|fd|side|level|area)\b)`,
  'dgu',
);
// "works at the Dollar General in Wise", "the Nugget in Sparks", "the casino in Cache": after a place named with "the", "in"
// and a word the gazetteer lists as a town is that town, even when the word is everyday English.
const SITE_IN_TOWN = /\b(?:at|from|behind|outside|near|of)[ \t]+the[ \t]+(?:[^\s.,;:()]+[ \t]+){1,3}?in[ \t]+(\p{L}[\p{L}'’-]+)(?![\p{L}'’-]|[ \t]+(?:weeks?|wks?|months?|mos?|days?|years?|yrs?|hours?|hrs?|minutes?|mins?)\b)/dgiu;

// "went back to the ranch at Wisdom", "farm near Kremlin", "cabin out by Polebridge": a home in the country named by its
// town after it, in a sentence of mixed case; the town may be an everyday word the post office also uses.
const HOME_AT = /\b(?:ranch|farm|place|house|home|cabin|trailer|homestead|allotment)[ \t]+(?:at|in|near|outside|by|out[ \t]+(?:at|by|near)|up[ \t]+(?:at|by|near))[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]+(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]+)?)/dgu;
// "from the ahwatukee area", "live Memorial area", "Salinas, Alisal area": a part of town named before "area".
const NAMED_AREA = /(?:\b(?:from|in|lives?|lived|living|near|around|the)[ \t]+|,[ \t]*|\([ \t]*)((?:\p{L}[\p{L}'’-]+[ \t]+){1,3})(?:area|AREA)\b/dgu;
// Where families stay: a hotel named after its word ("the Hotel Wapello", "THE HOTEL CORTLAND ON EDDY") and the chains and
// houses families name ("staying at the Best Western", "the Motel 6 on Airport Rd", "Ronald McDonald House"). Facilities,
// kept with them where a study keeps facility names.
const HOTEL_NAMED = /\b(?:Hotel|HOTEL)[ \t]+(?!(?:room|lobby|bar|staff|ROOM|LOBBY|BAR|STAFF)\b)\p{Lu}[\p{L}'’-]+/gu;
const LODGING_CHAIN = /\b(?:best[ \t]+western|motel[ \t]+6|super[ \t]+8[ \t]+motel|red[ \t]+roof[ \t]+inn|extended[ \t]+stay(?:[ \t]+america)?|la[ \t]+quinta|days[ \t]+inn|comfort[ \t]+(?:inn|suites)|holiday[ \t]+inn(?:[ \t]+express)?|hampton[ \t]+inn|quality[ \t]+inn|econo[ \t]*lodge|travelodge|ronald[ \t]+mcdonald[ \t]+house|hope[ \t]+lodge|fisher[ \t]+house)\b/giu;

/** No function word, clinical term or charting abbreviation: a word that may name a street or a place at all. */
function nameableWord(w: string): boolean {
  return !FUNCTION_WORDS.has(w.toLowerCase()) && !(vocabulary().flags(w.toLowerCase()) & (F.CLINICAL | F.ABBREV));
}

/** A word that names no clinical or everyday thing there: no clinical term, and a name, a place or no English word. */
function placeName(w: string, capitalised: boolean): boolean {
  if (/^\d/.test(w)) return true;
  if (!nameableWord(w)) return false;
  const f = vocabulary().flags(w.toLowerCase());
  const named = (f & (F.FIRST | F.LAST | F.PLACE | F.POSTAL)) !== 0;
  return capitalised ? named || !(f & (F.COMMON | F.ENGLISH)) : !(f & (F.COMMON | F.ENGLISH | F.FIRST));
}

/**
 * Find counties, neighbourhoods, bare streets and corners where a note says where someone lives.
 *
 * @example
 * recognizeHomePlaces('lives out by gnaw bone (brown co, IN)')[0].category; // 'LOCATION'
 */
export function recognizeHomePlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  // "pt lives alone in mystic.", "moved to harmony, lives w/ dtr": after "lives in" a post-office town that is also an
  // everyday word, closed there ("lives in fear of falling" goes on; "fear" is no town anyway).
  for (const m of matchesOf(LOWER_TOWN, text)) {
    const w = m[1].toLowerCase();
    const f = vocabulary().flags(w);
    // (Capitalised, only mid-sentence in a mixed-case line, and no month, weekday or holiday: "moved to Florida" is a state.)
    if (m[1] !== w && (capsLine(text, m.index ?? 0) || MONTH_WORDS.includes(w) || WEEKDAY_WORDS.includes(w) || HOLIDAY_WORDS.has(w) || isCountry(w) || STATE_NAME.test(w))) continue;
    if (!(f & F.POSTAL) || f & (F.CLINICAL | F.ABBREV) || PLACE_NOUNS.has(w) || FUNCTION_WORDS.has(w)) continue;
    const [start, end] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.6, start, end, kind: 'city' });
  }
  if (has(/\b(?:co|cty|county|parish)\b/i, text))
    out.push(
      ...matchAll(COUNTY_SHORT, text, (m) => {
        const words = m[1].split(/[ \t]+/).slice(0, -1);
        // (In brackets before "co" any word but a clinical or function word names the county: "(iron co)", "(brown co, IN)".)
        return words.every((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !(vocabulary().flags(w.toLowerCase()) & (F.CLINICAL | F.ABBREV))) ? { category: 'LOCATION', score: 0.7, kind: 'city', start: m.indices![1][0], end: m.indices![1][1] } : null;
      }),
    );
  if (has(/\bin[ \t]+the[ \t]+[\p{Lu}\d]/u, text))
    out.push(
      ...matchAll(LIVES_IN_THE, text, (m) => {
        const words = m[1].split(/[ \t]+/);
        const lower = words.map((w) => w.toLowerCase());
        if (capsLine(text, m.index) || lower.every((w) => NOT_NEIGHBOURHOOD.has(w)) || isCountry(lower.join(' ')) || lower.some((w) => vocabulary().flags(w) & (F.CLINICAL | F.ABBREV) && !/^\d/.test(w))) return null;
        return { category: 'LOCATION', score: 0.65, kind: 'city', start: m.indices![1][0], end: m.indices![1][1] };
      }),
    );
  if (has(/ranch|farm|place|house|home|cabin|trailer|homestead|allotment/, text))
    out.push(
      ...matchAll(HOME_AT, text, (m) => {
        // (Not a month, a weekday or a holiday: "home in April", "home at Christmas".)
        const words = m[1].split(/[ \t]+/);
        const lower = words.map((w) => w.toLowerCase());
        if (capsLine(text, m.index) || lower.some((w) => MONTH_WORDS.includes(w) || WEEKDAY_WORDS.includes(w) || HOLIDAY_WORDS.has(w) || isMedicalTerm(w)) || !words.every((w) => placeName(w, true) || (vocabulary().flags(w.toLowerCase()) & F.POSTAL) !== 0)) return null;
        return { category: 'LOCATION', score: 0.6, kind: 'city', start: m.indices![1][0], end: m.indices![1][1] };
      }),
    );
  if (has(/\bthe[ \t]+/i, text))
    out.push(
      ...matchAll(THE_PLACE, text, (m) => {
        const words = m[1].split(/[ \t]+/);
        const caps = capsLine(text, m.index);
        if (caps && !CAPS_PLACE_NOUN_WORD.test(words[words.length - 1])) return null;
        if (!caps && m[1] !== 'U.P.' && words.some((w) => w === w.toUpperCase())) return null;
        if (words.slice(0, -1).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || HOSPITAL_WARD.has(w.toLowerCase()) || vocabulary().flags(w.toLowerCase()) & (F.CLINICAL | F.ABBREV))) return null;
        return { category: 'LOCATION', score: 0.6, kind: 'city', start: m.indices![1][0], end: m.indices![1][1] };
      }),
    );
  if (has(/\bthe\b[^.;\n]*\bin[ \t]/i, text))
    out.push(
      ...matchAll(SITE_IN_TOWN, text, (m) => {
        const w = m[1].toLowerCase();
        const f = vocabulary().flags(w);
        if (!(f & F.PLACE) || f & (F.CLINICAL | F.ABBREV) || FUNCTION_WORDS.has(w) || REGION_WORDS.has(w) || NOT_NEIGHBOURHOOD.has(w) || MONTH_WORDS.includes(w) || isCountry(w)) return null;
        return { category: 'LOCATION', score: 0.6, kind: 'city', start: m.indices![1][0], end: m.indices![1][1] };
      }),
    );
  if (has(/\barea\b/i, text))
    out.push(
      ...matchAll(NAMED_AREA, text, (m) => {
        const words = m[1].trim().split(/[ \t]+/);
        const skip = words.findIndex((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
        const named = skip < 0 ? [] : words.slice(skip);
        // Capitalised words that name no clinical thing ("the Memorial area", not "the Lumbar area", "the ICU area"); in lower
        // case only words no word list knows ("the ahwatukee area", not "the waiting area").
        if (named.length === 0 || capsLine(text, m.index)) return null;
        const ok = named.every((w) => {
          const f = vocabulary().flags(w.toLowerCase());
          if (f & (F.CLINICAL | F.ABBREV) || REGION_WORDS.has(w.toLowerCase()) || isMedicalTerm(w.toLowerCase())) return false;
          return placeName(w, /^\p{Lu}\p{Ll}/u.test(w));
        });
        if (!ok) return null;
        const start = m.indices![1][0] + m[1].indexOf(named[0]);
        return { category: 'LOCATION', score: 0.6, kind: 'city', start, end: start + named.join(' ').length };
      }),
    );
  if (has(/hotel|western|motel|super|roof|stay|quinta|inn\b|lodge|house/i, text)) {
    out.push(...matchAll(HOTEL_NAMED, text, (m) => (FUNCTION_WORDS.has(m[0].split(/[ \t]+/)[1].toLowerCase()) ? null : { category: 'LOCATION', score: 0.6, kind: 'facility' })));
    out.push(...matchAll(LODGING_CHAIN, text, () => ({ category: 'LOCATION', score: 0.6, kind: 'facility' })));
  }
  out.push(
    ...matchAll(BARE_STREET, text, (m) => {
      const w = m[1];
      const capitalised = /^\p{Lu}/u.test(w);
      // ("the Treaty on European Union": a name of two capitalised words is no bare street.)
      if (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(m.indices![1][1], m.indices![1][1] + 4)) && !/^[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Ln|Lane|Way|Ct|Pl)\b/.test(text.slice(m.indices![1][1], m.indices![1][1] + 10))) return null;
      // (Capitalised mid-sentence in a line of mixed case, an everyday word is the street's name too: "the Piccadilly on
      // Veterans", "the Rite Aid on Main", "lives on Division by the flags".)
      const named = capitalised ? nameableWord(w) : placeName(w, false);
      if (NOT_BARE_STREET.has(w.toLowerCase()) || NOT_BARE_STREET.has(w.toLowerCase().replace(/s$/, '')) || (capitalised && capsLine(text, m.index) && !/^\d/.test(w)) || !named) return null;
      return { category: 'LOCATION', score: 0.6, kind: 'street', start: m.indices![1][0], end: m.indices![1][1] };
    }),
  );
  out.push(
    ...matchAll(CORNER, text, (m) => {
      const [a, b] = [m[1], m[2].split(/[ \t]+/)[0]];
      // After "at", a numbered street and a named one, in any line ("at 14th and U", "AT 5TH AND MAIN"; not "at 5th and 6th ICS").
      if (/^at/i.test(m[0])) {
        const named = /^\p{Lu}[\p{L}'’-]*$/u.test(b) && !(vocabulary().flags(b.toLowerCase()) & (F.CLINICAL | F.ABBREV));
        return named ? { category: 'LOCATION', score: 0.6, kind: 'street', start: m.indices![1][0], end: m.indices![2][1] } : null;
      }
      if (!placeName(a, true) || !placeName(b, true) || capsLine(text, m.index)) return null;
      return { category: 'LOCATION', score: 0.6, kind: 'street', start: m.indices![1][0], end: m.indices![2][1] };
    }),
  );
  return out;
}
