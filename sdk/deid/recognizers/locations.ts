/**
 * Geographic units smaller than a state (Safe Harbor keeps states): street addresses with unit
 * numbers, PO boxes, cities (from faker's city dictionary, from city-shaped words such as
 * "Port Kaleyfort", or from "City, ST" layout), ZIP codes, and facility names (hospitals,
 * clinics, care homes), which count as locations.
 *
 * @example
 * recognizeLocations('Lives at 42 Elm Street, Apt 3B, Springfield, IL 62704; seen at Mercy General Hospital.');
 */
import { dictionaries } from '../dictionaries.js';
import { FACILITY_HEADS, PLACE_SUFFIXES } from '../lexicon.js';
import { EPONYM_HEADS, isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';
import { clinicalShorthand } from './place-words.js';
import { capsLine } from './people-cues.js';
import { before, doctorNotDrive, execAll, has, matchAll, measureNotStreet, SENTENCE_START } from './util.js';

/** US state and territory codes, as a regex alternation in capitals. @example new RegExp(`, (?:${STATE_ABBR}) \\d{5}`); */
export const STATE_ABBR =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
/** The same codes in lower case, to look a word up. @example STATE_CODES.has('wv'); // true */
export const STATE_CODES: ReadonlySet<string> = new Set(STATE_ABBR.toLowerCase().split('|'));
const CAP = String.raw`(?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}|\d{1,3}(?:st|nd|rd|th))`;
const UNIT = String.raw`(?:,?[ \t]*(?:[Aa]pt\.?|APT\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\.?|STE\.?|[Uu]nit|UNIT|#|[Rr]oom|[Rr]m\.?|[Ff]loor|[Ff]l\.?|[Bb]ldg\.?|[Bb]uilding)[ \t]*#?[ \t]*[A-Z0-9-]{1,6}\b)?`;

/** Street suffixes as a regex alternation, longest first. */
function suffixAlternation(): string {
  const d = dictionaries();
  // Title case or capitals only: "42 Elm Street", "42 ELM ST"; lower-case "1 mm st" is not an address.
  // (A quadrant may follow the suffix: "3021 Auburn Way S, #B-12", "1410 Lancaster Dr NE".)
  return [...d.streetSuffixes]
    .sort((a, b) => b.length - a.length)
    .flatMap((s) => [s[0].toUpperCase() + s.slice(1), s.toUpperCase()])
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

let streetRe: RegExp | null = null;
function streetRegex(): RegExp {
  if (!streetRe) {
    streetRe = new RegExp(
      String.raw`\b\d{1,6}[A-Z]?(?:-\d{1,4})?[ \t]+(?:(?:[NSEW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest|NORTH|SOUTH|EAST|WEST)[ \t]+)?(?:${CAP}[ \t]+){1,3}(?:${suffixAlternation()})\b\.?(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)(?![A-Za-z'’]))?${UNIT}`,
      'g',
    );
  }
  return streetRe;
}

const PO_BOX = /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|PO\s+Box|POB)\s*#?\s*\d{1,6}\b/gi;
// (Not a car's model before its plate's state: "2014 Silverado, GA tag RFK2093".)
const CITY_STATE = new RegExp(String.raw`(?<![\p{L}'’])((?:(?:St\.|Saint|Fort|Ft\.|Port|Mount|Mt\.|New|North|South|East|West|Lake|El|Los|Las|San|Santa)\s+)?[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}),\s*(?:${STATE_ABBR})\b(?!-)(?![ \t]+(?:tag|TAG|plate|PLATE|lic|LIC|reg|REG)\b)(?:\.?,?\s+(\d{5}(?:-\d{4})?))?`, 'dgu');
// "Frances Mahon Deaconess, Glasgow MT (fixed wing)": a known town before its state's code with no comma; codes that
// are also credentials or words (MD, PA, DO, OR, IN, ME, OK, HI, CO, DE, ID, LA, MS) are left to the comma forms.
// ("COMMERCE TX 75428": before a state and a ZIP code an everyday word is a town too.)
const BARE_STATE_CODES = 'AL|AK|AZ|AR|CA|CT|DC|FL|GA|IA|KS|KY|MA|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const CITY_STATE_BARE = new RegExp(String.raw`(?<![\p{L}'’.])([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?|[A-Z]{3,}(?:[ -][A-Z]{3,})?)[ \t]+(?:${BARE_STATE_CODES})\b(?![\p{L}'’-])([ \t]+\d{5}\b)?`, 'dgu');
// Cheap tests of the town-and-state scans, each with the scan's flags (CITY_STATE_CAPS has no "u", which changes nothing
// in "\s", "\b" or capital letters): the state's code after a comma, after a space, or in lower case before a stop.
// Each scan tries every capitalised word of a note as a town; most notes hold no state code.
const STATE_AFTER_COMMA = new RegExp(String.raw`,\s*(?:${STATE_ABBR})\b`, 'u');
const BARE_STATE = new RegExp(String.raw`[ \t](?:${BARE_STATE_CODES})\b`, 'u');
const CITY_STATE_CAPS = new RegExp(String.raw`\b([A-Z]{3,}(?: [A-Z]{3,}){0,2}),\s*(?:${STATE_ABBR})\b(?:\s+(\d{5}(?:-\d{4})?))?`, 'dg');
// A post-office town before its state written out or its county, in any case: "Boring, oregon", "FROM VIPER, PERRY
// COUNTY", "IN HOT COFFEE, COVINGTON CO". The state or county says the word before it is a town, everyday word or not.
/** US states written out, as a regex alternation in lower case (match with the i flag). */
export const US_STATES = 'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new[ \\t]+hampshire|new[ \\t]+jersey|new[ \\t]+mexico|new[ \\t]+york|north[ \\t]+carolina|north[ \\t]+dakota|ohio|oklahoma|oregon|pennsylvania|rhode[ \\t]+island|south[ \\t]+carolina|south[ \\t]+dakota|tennessee|texas|utah|vermont|virginia|washington|west[ \\t]+virginia|wisconsin|wyoming';
/** A state's name written out, the whole word: `STATE_NAME.test('ohio')`. */
export const STATE_NAME = new RegExp(`^(?:${US_STATES})$`, 'i');
// ... or a state's older abbreviation with its period ("ANTLERS, OKLA.", "Hartford, Conn."; the town must be a post office's).
const OLD_STATE_ABBR = 'ala|ariz|ark|calif|colo|conn|fla|ill|ind|kans?|mass|mich|minn|miss|mont|nebr?|nev|okla|ore|penna|tenn|tex|wash|wis|wyo';
// ... or a state's code no word or credential shares, or a county or a code in brackets: "lives in victory, vt", "from
// protection, ks", "outside shade (athens co)", "FROM HAPPY (TX, SWISHER CO".
const PLAIN_STATE_CODES = 'ak|az|ar|ca|ct|fl|ga|ia|ks|ky|mn|nv|nh|nj|nm|ny|nc|nd|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|ri|sc';
const REGION_AFTER_COMMA = new RegExp(
  String.raw`(?:,[ \t]*(?:(?:${US_STATES})|(?:${OLD_STATE_ABBR})\.|\p{L}[\p{L}'’-]+[ \t]+(?:co\.?|cty|county|parish)|(?:${PLAIN_STATE_CODES})\b(?![ \t]*\d|['’]|[ \t]+(?:plate|tag|lic)))|[ \t]*\([ \t]*(?:\p{L}[\p{L}'’-]+[ \t]+(?:co\.?|cty|county|parish)|(?:${PLAIN_STATE_CODES})[ \t]*[,)]))(?![\p{L}])`,
  'giu',
);
// "from war wv (mcdowell co)", "IN PIPPA PASSES KY.": a town and its state's code with no comma between, after a word of place.
const TOWN_STATE_NO_COMMA = new RegExp(String.raw`\b(?:from|in|to|near|outside|of)[ \t]+(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+)?)[ \t]+(?:${PLAIN_STATE_CODES})(?=[ \t]*(?:[(,.;)]|\n|$))`, 'dgiu');
// Codes a lower-case town may stand before with no cue or comma at all ("devils lake nd.", "eureka sd"; lower-town-state.ts,
// where the town must also be a gazetteer's): no charting or English word shares them, so the list is narrower than
// PLAIN_STATE_CODES, which a comma or a word of place backs up.
export const TOWN_STATE_CODES = 'nd|sd|ks|ne|wy|ia|wv|tn|ky|va|nj|ny|wi|nv|ut|vt|ri|nm|az|oh';
// "southwest medical center er, liberal ks": after a comma too, with a code no charting abbreviation shares (not "sc", "vt",
// "tx", "nc", "ar", "nv", "sd", "ga": "lovenox, 40 sc", "runs of vt", "abx tx", "2l nc").
const TOWN_STATE_AFTER_COMMA = /,[ \t]*(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+)?)[ \t]+(?:ks|ky|az|mn|wi|wy|ut|nj|ny|tn|wv|fl|ak)(?=[ \t]*(?:[(,.;)]|\n|$))/dgiu;
// (The cheap test of the scans above, with their flags.)
const PLAIN_STATE_AT_STOP = new RegExp(String.raw`[ \t](?:${PLAIN_STATE_CODES})(?=[ \t]*(?:[(,.;)]|\n|$))`, 'iu');
const TOWN_BEFORE_COMMA = /(?<![\p{L}'’])(\p{L}[\p{L}'’-]+)(?:[ \t](\p{L}[\p{L}'’-]+))?$/u;
const ZIP_LABEL = /\b(?:zip(?:\s*code)?|postal\s+code|postcode)\s*[:#]?\s*(\d{5}(?:-\d{4})?)\b/dgi;
const STATE_ZIP = new RegExp(String.raw`\b(?:${STATE_ABBR})\s+(\d{5}(?:-\d{4})?)\b`, 'dg');
const CITY_CUE = /\b(?:in|from|to|near|at|of|lives\s+in|resides\s+in|resident\s+of|moved\s+to|relocated\s+to|travell?ed\s+to|visiting|native\s+of|born\s+in|city|town|hometown|residence)\s*:?\s*$/i;
const CITY_SHAPE_PREFIX = /^(?:North|South|East|West|New|Lake|Port|Fort)\s+[A-Z][a-z]+$/;

/** Is this capitalized word or phrase a city (dictionary or faker's city shapes)? */
function cityLike(phrase: string): 'dict' | 'shape' | null {
  const d = dictionaries();
  const lower = phrase.toLowerCase();
  if (d.cities.has(lower)) return 'dict';
  if (CITY_SHAPE_PREFIX.test(phrase)) return 'shape';
  if (!/^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$/.test(phrase) || d.english.has(lower) || isMedicalTerm(lower)) return null;
  return d.citySuffixes.some((s) => lower.endsWith(s) && lower.length > s.length + 2) ||
    PLACE_SUFFIXES.some((s) => lower.endsWith(s) && lower.length > s.length + 2 && !d.firstNames.has(lower) && !d.lastNames.has(lower))
    ? 'shape'
    : null;
}

// Head words in Title case or capitals ("Hospital", "HOSPITAL"), never lower case ("discharged home").
const FACILITY_HEAD = FACILITY_HEADS.map((w) => `${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|');
// A name's words, one space apart, may hold "of", "of the", "de" (not before a kind: "Director of Pharmacy") and letters
// beyond ASCII ("Lānaʻi Community Hospital", "Canyon de Chelly Health Center"); all of them are read before the kind.
const FACILITY = new RegExp(
  String.raw`\b(?:(?:St\.?|Saint|Mount|Mt\.?|The)[ \t]+)?(?:ʻ?\p{Lu}[\p{L}\p{M}\d'’ʻ&\-]*\.?[ \t](?:(?:and|&|(?:of|of[ \t]the|de|del|la)(?![ \t]+(?:${FACILITY_HEAD})\b))[ \t])?){0,5}(?:${FACILITY_HEAD})(?:[ \t]+(?:&[ \t]+|and[ \t]+)?(?:${FACILITY_HEAD}))*\b(?:[ \t]+(?:of|at|for|in)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{M}'’ʻ\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’ʻ\-]+){0,2})?`,
  'gu',
);
// Departments and generic words do not identify a facility on their own ("Cardiology Clinic", "General Hospital").
const GENERIC = new Set(
  'transfer intake grade device pacemaker anticoagulation coumadin wound ostomy infusion the of at for in and st st. saint mount mt mt. general medical center centre hospital hospitals clinic clinics health healthcare care home homes system practice pharmacy laboratory laboratories labs lab imaging radiology diagnostics associates group partners physicians pediatrics pediatric manor lodge residence villa gardens living dialysis oncology cardiology orthopedics orthopaedics rehabilitation rehab surgery surgical institute infirmary hospice nursing assisted senior urgent family primary internal medicine community regional university county memorial children\'s childrens women\'s womens veterans va emergency department outpatient inpatient ambulatory day specialty specialist eye ear heart cancer mental behavioral behavioural psychiatric dental neurology neurological endocrine endocrinology gastroenterology gi pulmonary renal kidney sleep pain wound vascular spine sports wellness women women’s diagnostic diagnosis interventional nuclear medicine pathology department dept division section main north south east west central new old unit ward floor icu department clinical services service hosp hospitalist maternal-fetal maternal fetal recs tour continuous interdisciplinary routine respite poison physical occupational speech cognitive vocational pelvic vestibular stroke cardiopulmonary acute subacute sub-acute critical cardiac pulmonary short term stay memory falls plastic plastics continence fracture bone breast skin foot hand travel refugee headache weight movement seizure epilepsy balance hearing voice swallow feeding growth lactation adolescent teen youth'
    .split(' '),
);

// Services a unit is named for, which name no facility alone ("TRANSFER TO TRAUMA CENTER", "LONG-TERM CARE RESIDENT",
// "NEONATAL FOLLOW-UP CLINIC", "MD, Neurocritical Care"), though with a name before them they do ("University Trauma Center",
// "Cape and Islands Long-Term Care").
const SERVICE_ONLY = new Set('trauma burn transplant neonatal perinatal newborn follow-up followup long-term neurocritical neuro'.split(' '));

const STRONG_HEAD = /\b(?:hospitals?|cent(?:er|re)s?|clinics?|infirmary|hospice|institute|manor|lodge|residences?|villa|gardens|associates|group|partners|physicians|pharmacy|laborator(?:y|ies)|practice|sanatorium|sanitarium|(?:care|nursing|group|rest)\s+homes?)\b/i;
// Kinds that name an agency whose own words are everyday ones ("Heartland Home Health", "Unity Family Health", "Seacoast
// Rehab", "North Star Critical Care"): strong only for words in title case in a mixed-case line, not a sentence's first
// ("Recommend Rehab", "ARRANGED HOME HEALTH" are no names).
const AGENCY_HEAD = /\b(?:home\s+(?:health|care)|family\s+(?:health|medicine)|internal\s+medicine|occupational\s+(?:medicine|health)|mental\s+health(?:care)?|critical\s+care|palliative\s+care|(?:nursing|health)\s+(?:and|&)\s+rehab(?:ilitation)?|rehab)$/i;
const FUNCTION_WORDS = new Set('with to go the a an of at for in on and or by from into onto per is was be will would like him her his them they we you it this that'.split(' '));

const HEAD_WORDS = new Set(FACILITY_HEADS.map((w) => w.toLowerCase()));

/**
 * A word of medicine, of a facility's kind, or of everyday English that no list of names or places holds: it names no
 * particular place ("Lipid", "Treatment", "Group"; not "Pine", "Haven", "Riverside", which name homes and practices).
 * Joined words count by their parts ("Heme-Onc", "PM&R"). In a title beside a clinical word (`loose`), an everyday word
 * that is also a surname counts too, and a rarer English word that no list of names or places holds ("HAND SURGERY
 * CLINIC", "HEART FAILURE CLINIC", "SURVIVORSHIP CLINIC").
 */
function everydayWord(w: string, loose = false): boolean {
  const c = bareWord(w);
  if (GENERIC.has(c) || HEAD_WORDS.has(c) || FUNCTION_WORDS.has(c) || /^(?:&|and|\+|-)$/.test(c) || isMedicalTerm(c)) return true;
  const f = vocabulary().flags(c);
  if (f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) && !(f & (VOCAB_FLAGS.PLACE | VOCAB_FLAGS.POSTAL))) return true;
  const parts = c.split(/[-&\/]/);
  if (parts.length > 1 && parts.every((p) => p.length > 0)) return parts.every((p) => p.length <= 1 || everydayWord(p, loose));
  if (loose && !(f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.PLACE | VOCAB_FLAGS.POSTAL | VOCAB_FLAGS.NAMEWORD | VOCAB_FLAGS.PROPER)) && (f & VOCAB_FLAGS.COMMON || (f & VOCAB_FLAGS.ENGLISH && !(f & VOCAB_FLAGS.LAST)))) return true;
  return (f & VOCAB_FLAGS.COMMON) !== 0 && !(f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST | VOCAB_FLAGS.PLACE | VOCAB_FLAGS.POSTAL | VOCAB_FLAGS.NAMEWORD | VOCAB_FLAGS.PROPER));
}

/** A word of a name as the lists hold it: lower case, without the stop, comma or colon after it. */
function bareWord(w: string): string {
  return w.toLowerCase().replace(/[.,:]$/, '');
}

/** Is a name of the words `kept` one of everyday and clinical words, as a service or a clinic's kind is? */
function everydayName(kept: string[]): boolean {
  if (kept.every((w) => everydayWord(w))) return true;
  // (A clinical word before the head: "SURGERY" in "HAND SURGERY CLINIC".)
  const clinical = kept.slice(0, -1).some((w) => vocabulary().flags(bareWord(w)) & VOCAB_FLAGS.CLINICAL);
  return clinical && kept.every((w) => everydayWord(w, true));
}

/**
 * Does the text from `start` to `end` head a line, alone or before the note's kind ("- results visit", "VISIT NOTE"), or
 * follow a title in capitals and a dash ("TRANSTHORACIC ECHOCARDIOGRAM - ADULT CONGENITAL HEART DISEASE CLINIC")?
 */
function titleLine(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (!/(?:^|\n)[ \t]*$/.test(before.slice(-8)) && !/(?:^|\n)[^\n\p{Ll}]{3,50}[ \t][-–—:|][ \t]*$/u.test(before)) return false;
  return /^[ \t]*(?:$|\n|[-–—:\/(]|(?:visit|note|intake|encounter|follow-up|f\/u|consult|event|session)\b)/i.test(text.slice(end, end + 16));
}

function facility(text: string, out: Candidate[]): void {
  out.push(
    ...matchAll(FACILITY, text, (m) => {
      const words = m[0].split(/\s+/);
      // Drop leading sentence words ("Seen at", "Transferred from") the lazy prefix may have taken.
      let i = 0;
      while (i < words.length - 1 && /^(?:The|A|An)$/.test(words[i])) i++;
      // Capitals swallow the sentence before the name ("TRANSFER TO FREDERICK REHAB", "PT
      // TRANSFERRED FROM MIDDLEBORO HOSPITAL"): the name starts after the last preposition.
      // (Before the head that closes the run: "NURSING HOME RESIDENT FROM MEADOWBROOK MANOR", "CARDIAC REHAB AT SUSQUEHANNA HEART CENTER".)
      const head = words.findLastIndex((w) => STRONG_HEAD.test(w) || HEAD_WORDS.has(w.toLowerCase()));
      for (let k = (head < 0 ? words.length : head) - 1; k >= i; k--) {
        if (/^(?:to|from|at|in|on|off|near|into|via|with|for|by|per)$/i.test(words[k])) {
          i = k + 1;
          break;
        }
      }
      const kept = words.slice(i);
      // A facility needs a word that names it. After a strong head ("Hospital", "Center", "Care Home")
      // an everyday word will do ("Willow Bend Care Home"); after a weak one ("Care", "Labs", "Home")
      // it must be no everyday word: "Resp Care", "AM LABS", "Extended Care", "GO HOME" are not places.
      const strong = STRONG_HEAD.test(m[0]);
      if (/^\s+course\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      // A word closing the previous sentence is no part of the name ("on DC. Oncology").
      const stop = kept.findIndex((w, k) => k < kept.length - 1 && /[^.]{2,}\.$/.test(w) && !/^(?:St|Mt|Ft)\.$/i.test(w));
      if (stop >= 0) return null;
      // "Oak Brook Healthcare", "Bethesda Health & Rehab": a town naming the facility names it, though its words are everyday or clinical.
      const nameWords = kept.filter((w) => !HEAD_WORDS.has(w.toLowerCase()) && !/^(?:&|and)$/i.test(w)).map((w) => w.toLowerCase().replace(/[.,]$/, ''));
      // (One word must be no everyday word or abbreviation: "COMFORT CARE", "GERI CLINIC", "GOING HOME" are no towns.)
      const townFlags = nameWords.length > 0 && nameWords.length <= 3 ? vocabulary().flags(nameWords.join(' ')) : 0;
      // Where the kept name starts in the text (after the words dropped before it).
      const start = m.index + m[0].indexOf(kept[0], words.slice(0, i).join(' ').length);
      if (nameWords.length > 0 && nameWords.every((w) => SERVICE_ONLY.has(w))) return null;
      // ("LIPID CLINIC", "TOBACCO TREATMENT GROUP", "PROMOTORA HOME VISIT" heading a note): a title of everyday and clinical
      // words on a line of its own, or before its note's kind, names the service writing, not a place.
      if (titleLine(text, start, m.index + m[0].length) && everydayName(kept)) return null;
      if (townFlags & VOCAB_FLAGS.PLACE && !(nameWords.length === 1 && (GENERIC.has(nameWords[0]) || townFlags & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ABBREV)))) {
        return { category: 'LOCATION', score: 0.85, kind: 'facility', start };
      }
      const agency = AGENCY_HEAD.test(m[0]) && !capsLine(text, m.index);
      const distinctive = kept.filter((w, k) => {
        const c = w.toLowerCase().replace(/[.,]$/, '').replace(/['’]s$/, '');
        // "YO M NURSING HOME": letters of an age and sex name no facility.
        if (c.length <= 2) return false;
        if (GENERIC.has(c) || isMedicalTerm(c) || FUNCTION_WORDS.has(c)) return false;
        const f = vocabulary().flags(c);
        // (A clinical abbreviation that is also a town or a surname names the facility in title case before a strong head:
        // "East Nash General Hospital", though NASH is a liver disease.)
        if (f & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL) && !(strong && /^\p{Lu}\p{Ll}/u.test(w) && f & (VOCAB_FLAGS.PLACE | VOCAB_FLAGS.POSTAL))) return false;
        const opens = k === 0 && SENTENCE_START.test(text.slice(Math.max(0, start - 3), start));
        return strong || (agency && /^\p{Lu}\p{Ll}/u.test(w) && !opens) || !(f & VOCAB_FLAGS.COMMON);
      });
      if (distinctive.length === 0) return null;
      return { category: 'LOCATION', score: 0.85, kind: 'facility', start };
    }),
  );
  // "From: Holy Cross Hospital, Taos": the town after a facility and a comma.
  for (const f of [...out]) {
    if (f.kind !== 'facility') continue;
    // (A state's code after the town is no second word of it: "Wapsi Valley Hospital, Independence IA".)
    const town = /^,[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t](?![A-Z]{2}(?![\p{L}]))\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])/u.exec(text.slice(f.end, f.end + 40));
    if (!town) continue;
    const flags = vocabulary().flags(town[1].toLowerCase());
    // A town that is an everyday word too ("Ashley Regional Medical Center, Vernal") where it closes the line or its field, or a
    // state follows.
    const closes = /^(?:[ \t]*(?:\n|$)|,?[ \t]+[A-Z]{2}\b|[ \t]{2,}|[ \t]*(?:->|→|\())/.test(text.slice(f.end + town[0].length, f.end + town[0].length + 6));
    if ((flags & VOCAB_FLAGS.PLACE || dictionaries().cities.has(town[1].toLowerCase())) && !(flags & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL)) && (!(flags & VOCAB_FLAGS.COMMON) || (closes && flags & VOCAB_FLAGS.PLACE))) {
      const start = f.end + town[0].indexOf(town[1]);
      out.push({ category: 'LOCATION', score: 0.8, kind: 'city', start, end: start + town[1].length });
    }
  }
}

// A street named without its number: "lives alone on Sea Street", "found outside bar on Boylston St".
// A direction before it is part of it ("Chene @ E. Grand Blvd"); in capitals only the suffixes no abbreviation or surname shares ("E. GRAND BLVD", not "PT RD", "CHAPLAIN ROSE STREET").
const STREET_NAME = /\b(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z'’]+[ \t]+){1,2}(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy|Concourse|St)\b(?!['’-])|\b(?:[NSEW]\.?[ \t]+)?(?:(?!(?:ON|IN|AT|OF|TO|THE|AND|OR|NO|NOT|FOR|FROM|WITH|NEAR|OFF|PT|AVE|AVENUE|BLVD|ST|RD)\b)[A-Z][A-Z'’]+[ \t]+){1,2}(?:AVENUE|AVE|BOULEVARD|BLVD|PARKWAY|PKWY|TERRACE|CONCOURSE)\b(?!['’-]|[ \t]+[A-Z\d]\b)/g;
// Areas named by a prefix or a suffix word: "Cape Ann", "Greater Lynn", "Coolidge Corner", "Quebec City", "Palm Springs".
const AREA = /\b(?:(?:Cape|Greater|Mount|Fort)[ \t]+[A-Z][a-z'’]+|[A-Z][a-z'’]+[ \t]+(?:Corner|Village|Heights|Falls|Harbor|Landing|Crossing|City|Springs|Beach|Township))\b/g;
// A town naming a local service: "Sandwich Visiting Nurses", "Cape Ann VNA", "Weymouth Fire Rescue", "Greater Lynn Senior Services",
// "Tioga Ambulance", "Pocono Rescue Squad".
const TOWN_SERVICE = /\b([A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?)(?=[ \t]+(?:VNA|Ambulance|Rescue[ \t]+Squad|Visiting[ \t]+Nurses?|Elder[ \t]+Services|Senior[ \t]+Services|Council[ \t]+on[ \t]+Aging|Fire(?:[ \t]+(?:Rescue|Dept|Department))?|Police(?:[ \t]+Department)?|Housing[ \t]+Authority)\b)/g;
// Named landmarks, blocks of flats, shopping centres, hotels and shelters ("staying at the Bluebonnet Inn", "Eastside Hope
// Shelter has a bed"): "the Purple People Bridge", "Trailside Apartments", "Cedar Glen Apts", "Riis Houses" (New York's projects),
// "Square One Mall", "RED DOG MINE". In capitals a name word must be one no English list knows ("TOBIN BRIDGE", not "UPPER BRIDGE").
// Words a landmark's name stops at, reading leftwards from its head: street words and the prepositions of position.
const LANDMARK_STOP = /^(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|hwy|near|by|past|behind|under|below|above|across)$/i;
const LANDMARK = /\b(?:[A-Z][a-z'’]+[ \t]+){1,3}(?:Bridge|Apartments|Apts|Houses|Mall|Plaza|Resort|Mine|Quarry|Marina|Campground|Fairgrounds|Inn|Motel|Hotel|Suites|Shelter)\b(?!['’-])|\b(?:[A-Z][A-Z'’]+[ \t]+){1,3}(?:BRIDGE|APARTMENTS|APTS|HOUSES|MALL|PLAZA|RESORT|MINE|QUARRY|MARINA|CAMPGROUND|FAIRGROUNDS)\b(?!['’-])/g;
const AREA_ANCHOR = /\b(?:Inn|Motel|Hotel|Suites|Shelter|Bridge|Apartments|Apts|Mall|Plaza|Resort|Mine|Quarry|Marina|Campground|Fairgrounds|BRIDGE|APARTMENTS|APTS|MALL|PLAZA|RESORT|MINE|QUARRY|MARINA|CAMPGROUND|FAIRGROUNDS|Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy|Concourse|St|AVENUE|AVE|BOULEVARD|BLVD|PARKWAY|PKWY|TERRACE|CONCOURSE|Cape|Greater|Mount|Fort|Corner|Village|Heights|Falls|Harbor|Landing|Crossing|City|Springs|Beach|Township|VNA|Visiting|Elder|Senior|Council|Fire|Police|Housing)\b/;
// The border's bridges named by a phrase or a number, not by a name before "Bridge": "across the Bridge of the Americas",
// "back to Nuevo Laredo via Bridge II".
const NUMBERED_BRIDGE = /(?<=\b(?:via|across|over|at|the|to|from|crossed|crossing|through|thru|on|VIA|ACROSS|OVER|AT|THE|TO|FROM)[ \t]+)(?:Bridge|BRIDGE)[ \t]+(?:of[ \t]+the[ \t]+Americas|OF[ \t]+THE[ \t]+AMERICAS|(?:I{1,3}|IV)(?![\p{L}\d]))/gu;
const NOT_PLACE_WORD = /^(?:The|A|An|And|Or|Of|From|To|At|In|On|With|Per|Via|Called|Lives|Home|Local|Her|His|Their|Our|Your|My|This|That|Main|North|South|East|West)$/;

/** Streets named without a number, areas named by a prefix or suffix word, towns that name a local service. */
function areas(text: string, out: Candidate[]): void {
  // One cheap scan for the anchor words first: most notes name no street, area or service.
  if (!has(AREA_ANCHOR, text)) return;
  const plain = (w: string): boolean => NOT_PLACE_WORD.test(w[0] + w.slice(1).toLowerCase()) || isMedicalTerm(w.toLowerCase()) || (vocabulary().flags(w.toLowerCase()) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) !== 0;
  for (const m of execAll(STREET_NAME, text)) {
    const words = m[0].split(/[ \t]+/);
    // Drop sentence words before the name ("Lives Main Street" is rare; "The Street" is none).
    let i = 0;
    while (i < words.length - 1 && plain(words[i]) && !/^(?:Main|North|South|East|West)$/i.test(words[i])) i++;
    if (i >= words.length - 1) continue;
    const start = m.index + m[0].indexOf(words[i], words.slice(0, i).join(' ').length);
    out.push({ category: 'LOCATION', score: 0.7, start, end: m.index + m[0].length, kind: 'street' });
  }
  for (const m of execAll(LANDMARK, text)) {
    const words = m[0].split(/[ \t]+/);
    // The name is the words right before the head back to a function word, a verb or a street word ("DIVING INTO MILLER'S
    // QUARRY", "COMMONWEALTH AVE NEAR BU BRIDGE").
    let i = words.length - 1;
    while (i > 0 && !plain(words[i - 1]) && !FUNCTION_WORDS.has(words[i - 1].toLowerCase()) && !/(?:ing|ed)$/i.test(words[i - 1]) && !LANDMARK_STOP.test(words[i - 1])) i--;
    const names = words.slice(i, -1);
    const caps = /^[A-Z'’]+$/.test(words[words.length - 1]);
    const known = (w: string): boolean => (vocabulary().flags(w.toLowerCase()) & (VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.COMMON)) !== 0;
    // ("Bus Shelter", "Storm Shelter": a shelter's name needs a word no English list knows, as a name in capitals does.)
    const weakHead = /^(?:Shelter)$/.test(words[words.length - 1]);
    if (names.length === 0 || names.some(plain) || ((caps || weakHead) && names.every(known))) continue;
    const start = m.index + m[0].length - [...names, words[words.length - 1]].join(' ').length;
    if (text.slice(start, m.index + m[0].length) !== [...names, words[words.length - 1]].join(' ')) continue;
    // (Hotels are where families stay: facilities, kept with them where a study keeps facility names.)
    out.push({ category: 'LOCATION', score: 0.6, start, end: m.index + m[0].length, kind: /^(?:Inn|Motel|Hotel|Suites)$/.test(words[words.length - 1]) ? 'facility' : 'city' });
  }
  for (const m of execAll(NUMBERED_BRIDGE, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'city' });
  for (const m of execAll(AREA, text)) {
    const words = m[0].split(/[ \t]+/);
    // "Greater Trochanter", "Mount Placement": the named word must be no clinical or plain English word.
    const named = /^(?:Cape|Greater|Mount|Fort)$/.test(words[0]) ? words[words.length - 1] : words[0];
    const f = vocabulary().flags(named.toLowerCase());
    if (plain(named) || ((f & VOCAB_FLAGS.ENGLISH) !== 0 && (f & (VOCAB_FLAGS.PLACE | VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)) === 0)) continue;
    // ("68 yo M, Cape Verdean": a people named after a cape is no place.)
    if (words[0] === 'Cape' && /(?:ean|ian|ese)s?$/.test(named)) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.index, end: m.index + m[0].length, kind: 'city' });
  }
  for (const m of execAll(TOWN_SERVICE, text)) {
    let start = m.index;
    let name = m[1];
    const first = name.split(/[ \t]+/)[0];
    if (plain(first) && name !== first) {
      start += name.indexOf(' ') + 1;
      name = name.slice(name.indexOf(' ') + 1);
    }
    if (plain(name)) continue;
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + name.length, kind: 'city' });
  }
}

// Doses and durations, or "12/22 BY DR. X": a number before function words and a suffix-like word is no street.
const NOT_STREET = /^\d{1,6}\s+(?:(?:mg|ml|mcg|units?|tabs?|days?|weeks?|hours?)\b|(?:(?:at|by|in|on|of|to|for|per)\s+)+\S+\.?$)/i;

/** "40 KCL VIA NGT": a street whose name words are all clinical shorthand is a dose and a route. */
function clinicalName(street: string): boolean {
  const words = street.trim().split(/[ \t]+/).slice(1, -1);
  return words.length > 0 && words.every(clinicalShorthand);
}

function cities(text: string, out: Candidate[]): void {
  const d = dictionaries();
  // Capitalized runs of 1..3 words: a dictionary city after a cue or before ", ST"; a city-shaped word anywhere.
  const re = /\b[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}\b/g;
  const heads = EPONYM_HEADS;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = m[0].split(/[ ]/);
    for (let len = words.length; len >= 1; len--) {
      const phrase = words.slice(0, len).join(' ');
      const kind = cityLike(phrase);
      if (!kind) continue;
      // "Montreal Cognitive Assessment", "Glasgow Coma Scale": a place name used as an instrument's name.
      if (heads.test(text.slice(m.index + phrase.length, m.index + phrase.length + 40)) || /^\s+Cognitive\b/.test(text.slice(m.index + phrase.length))) break;
      const cue = CITY_CUE.test(before(text, m.index, 30));
      const common = d.common.has(phrase.toLowerCase()) || d.english.has(phrase.toLowerCase()) || d.firstNames.has(phrase.toLowerCase()) || d.lastNames.has(phrase.toLowerCase());
      if (kind === 'dict' && common && !cue) continue;
      if (kind === 'dict' && !cue && len === 1 && !/,\s*[A-Z]{2}\b/.test(text.slice(m.index + phrase.length, m.index + phrase.length + 5))) {
        // An uncommon single-word dictionary city mid-sentence is still most likely the place.
        if (m.index === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      }
      out.push({ category: 'LOCATION', score: kind === 'dict' ? (cue ? 0.85 : 0.7) : 0.6, start: m.index, end: m.index + phrase.length, kind: 'city' });
      break;
    }
  }
}

// The street line of an address block, read from the town, state and ZIP that close it on the same line or the next: "297 S
// Main, Monticello, UT 84535", "RR 1\nKensett, IA 50448", "3115 Avenue of the Cities\nMoline, IL 61265". The line opens
// with a house number or a rural route, so a name or a title above the town is never taken.
const STREET_ABOVE_TOWN = new RegExp(
  String.raw`(?<=(?:^|\n)[ \t]*)((?:\d{1,6}[A-Za-z]?|(?:RR|R\.R\.|HC|Rural[ \t]+Route|RURAL[ \t]+ROUTE)[ \t]*\d{1,3})(?:[ \t]+[^\n,;:]{1,40}?)?)[ \t]*(?=(?:,[ \t]*|[ \t]*\n[ \t]*)\p{Lu}[\p{L}.'’ -]{1,30},[ \t]*(?:${STATE_ABBR})[ \t]+\d{5}(?:-\d{4})?\b)`,
  'dgu',
);

/**
 * Find locations in `text`.
 *
 * @example
 * recognizeLocations('PO Box 1234')[0].category; // 'LOCATION'
 */
export function recognizeLocations(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A number after a slash ("0/10 AT REST") is a score or a date, not a house number.
  out.push(...matchAll(streetRegex(), text, (m) => (NOT_STREET.test(m[0].trim()) || text[m.index - 1] === '/' || clinicalName(m[0]) || doctorNotDrive(m[0]) || measureNotStreet(m[0]) ? null : { category: 'LOCATION', score: 0.9, kind: 'street' })));
  out.push(...matchAll(PO_BOX, text, () => ({ category: 'LOCATION', score: 0.95, kind: 'pobox' })));
  if (has(/\b\d{5}\b/, text)) out.push(...matchAll(STREET_ABOVE_TOWN, text, (m) => (clinicalName(m[1]) || /\b(?:mg|mcg|ml|mL|tabs?|units?|daily|bid|tid|prn)\b/.test(m[1]) ? null : { category: 'LOCATION', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' })));
  for (const re of has(STATE_AFTER_COMMA, text) ? [CITY_STATE, CITY_STATE_CAPS] : []) {
    for (const m of execAll(re, text)) {
      const [cs, ce] = m.indices![1];
      // "Jane Doe, MD" / "Smith, PA": credentials that spell a state need a ZIP or a known city.
      const credential = /,\s*(?:MD|PA|DO|NP|RN)\b/.test(m[0]) && !m[2];
      // "(Vietnamese, ID 42217)": a label that spells a state (ID, OR, IN) after a word that is no known town
      // ("from Boring, OR": any town with a post office is known, but "(ERWIN, ID 8832)" is an interpreter's number).
      if (/,\s*(?:ID|OR|IN|ME|OK|HI)\b/.test(m[0]) && !dictionaries().cities.has(m[1].toLowerCase()) && !(!/,\s*ID\b/.test(m[0]) && vocabulary().flags(m[1].toLowerCase()) & VOCAB_FLAGS.POSTAL)) continue;
      // ("1st degree AVB, PR 240", "LVH, MA 3"): a charting abbreviation before a state's code followed by a value is a
      // finding and its next reading, no town.
      const reading = !m[2] && /,\s*[A-Z]{2}[ \t]+\d/.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && (vocabulary().flags(m[1].toLowerCase()) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL)) !== 0;
      if (!credential && !reading && !isMedicalTerm(m[1]) && !/^(?:Dr|Mr|Mrs|Ms|Patient|Pt)$/i.test(m[1])) out.push({ category: 'LOCATION', score: 0.85, start: cs, end: ce, kind: 'city' });
      if (m[2]) {
        const [zs, ze] = m.indices![2];
        out.push({ category: 'LOCATION', score: 0.9, start: zs, end: ze, kind: 'zip' });
      }
    }
  }
  if (has(BARE_STATE, text)) for (const m of execAll(CITY_STATE_BARE, text)) {
    const [cs, ce] = m.indices![1];
    // ("Per NH nurse", "Plan CT head": an everyday word before a state's code is no town.)
    const f = vocabulary().flags(m[1].toLowerCase());
    const zip = m[2] !== undefined;
    // (Capitals alone need the ZIP: "PT ON HEPARIN NY" is no town.)
    if (/^[A-Z]+(?:[ -][A-Z]+)?$/.test(m[1]) && !zip) continue;
    if ((dictionaries().cities.has(m[1].toLowerCase()) || f & VOCAB_FLAGS.PLACE) && (zip || !(f & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ABBREV)))) out.push({ category: 'LOCATION', score: 0.8, start: cs, end: ce, kind: 'city' });
  }
  for (const re of [ZIP_LABEL, STATE_ZIP]) {
    out.push(...matchAll(re, text, (m) => ({ category: 'LOCATION', score: 0.9, start: m.indices![1][0], end: m.indices![1][1], kind: 'zip' })));
  }
  // The region is found first (it is rare), then the town before its comma.
  for (const m of execAll(REGION_AFTER_COMMA, text)) {
    const b = m.index;
    const before = TOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, b - 40), b));
    if (!before) continue;
    // The town is the last word or two before the comma that a post-office list knows ("from Boring", not "from").
    const two = before[2] !== undefined ? `${before[1]} ${before[2]}` : null;
    const town = two && vocabulary().flags(two.toLowerCase()) & VOCAB_FLAGS.POSTAL ? two : (before[2] ?? before[1]);
    const f = vocabulary().flags(town.toLowerCase());
    if (!(f & VOCAB_FLAGS.POSTAL) || f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) continue;
    // ("Dr. Sandra Elkins (Knox County)": a surname after a given name, whatever town bears it.)
    if (town === before[2] && /^\p{Lu}/u.test(before[1]) && vocabulary().flags(before[1].toLowerCase()) & VOCAB_FLAGS.FIRST && f & VOCAB_FLAGS.LAST) continue;
    // ("Osgood, Virginia M (95)": a surname and a given name that is a state's, before an initial or an age.)
    if (/^[ \t]+(?:\p{Lu}\b|\(\d)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    out.push({ category: 'LOCATION', score: 0.8, start: b - town.length, end: b, kind: 'city' });
  }
  if (has(PLAIN_STATE_AT_STOP, text)) for (const m of [...execAll(TOWN_STATE_NO_COMMA, text), ...execAll(TOWN_STATE_AFTER_COMMA, text)]) {
    const words = m[1].split(/[ \t]+/);
    const whole = vocabulary().flags(m[1].toLowerCase());
    const last = words[words.length - 1];
    const town = whole & VOCAB_FLAGS.POSTAL ? m[1] : last;
    const f = vocabulary().flags(town.toLowerCase());
    if (!(f & VOCAB_FLAGS.POSTAL) || f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) || FUNCTION_WORDS.has(town.toLowerCase())) continue;
    out.push({ category: 'LOCATION', score: 0.75, start: m.indices![1][1] - town.length, end: m.indices![1][1], kind: 'city' });
  }
  facility(text, out);
  cities(text, out);
  areas(text, out);
  return out;
}
