/**
 * Districts written next to a town or street the other recognizers found: in brackets after it
 * ("SOMERVILLE (UNION SQ)", "toledo (old west end)", "DORCHESTER (FIELDS CORNER)", "Calle 8 #23-45
 * (Col. Centro)") or after a comma when the words end in a district noun ("EL PASO, SUNSET HEIGHTS").
 * A district alone is a common phrase ("union square"); next to a found place it is part of the address.
 * So is the town after an arrow or a slash from a found town ("Kodiak -> Anchorage", "Crow Agency/Busby"), and the town
 * after a facility's name and a dash closing a letterhead's line ("Gila Pinal Regional Hospital - Globe").
 *
 * @example
 * districtsNextToPlaces('FROM SOMERVILLE (UNION SQ).', [{ category: 'LOCATION', start: 5, end: 15, score: 0.7 }]);
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS, PLACE_NOUNS } from './cue-words.js';
import { STATE_ABBR } from './locations.js';

// Nouns that end a district's name ("Fields Corner", "Sunset Heights", "Old West End").
const DISTRICT_NOUNS = new Set(
  'sq square corner corners end heights hill hills park village side point beach harbor harbour landing falls junction crossing commons gardens centro center centre downtown uptown midtown flats terrace ridge valley springs shores estates manor acres court plaza barrio colonia col'.split(' '),
);
// Bracketed words that explain a place rather than name a district ("Boston (home)", "Quincy (dtr)", "Whittier Elementary (Mrs. Dunleavy)").
const NOT_DISTRICT = new Set(
  'home work rural urban city town suburb suburbs area nh snf alf ltc rehab facility family wife husband son dtr daughter mother father sister brother friend pt patient per via apt unit hospital clinic ed er icu mr mrs ms miss mx dr fr rev attn nurse principal teacher coach'.split(' '),
);

const BRACKET = /^[ \t]*\([ \t]*([\p{L}][\p{L}'’.\-]*(?:[ \t]+[\p{L}][\p{L}'’.\-]*){0,2})[ \t]*\)/u;
// Up to three words, stopping at a sentence's period ("SUNSET HEIGHTS. HER SISTER").
const COMMA = /^[ \t]*,[ \t]*((?:[\p{L}][\p{L}'’\-]*[ \t]+){0,2}[\p{L}][\p{L}'’\-]*)(?![\p{L}])/u;

function words(phrase: string): string[] {
  return phrase.split(/[ \t]+/).map((w) => w.replace(/\.$/, '').toLowerCase());
}

/** A bracketed district: no explaining word, no clinical word, and a district noun, a place or a word no list knows. */
function bracketDistrict(phrase: string): boolean {
  const v = vocabulary();
  const ws = words(phrase);
  const clinical = (w: string) => !DISTRICT_NOUNS.has(w) && (v.flags(w) & (F.CLINICAL | F.ABBREV)) !== 0 && !(v.flags(w) & F.PLACE);
  if (ws.some((w) => NOT_DISTRICT.has(w) || clinical(w))) return false;
  return ws.some((w) => DISTRICT_NOUNS.has(w) || (v.flags(w) & F.PLACE) !== 0 || !(v.flags(w) & (F.ENGLISH | F.COMMON)));
}

/**
 * After a comma, capitalised words ending in a district noun ("EL PASO, SUNSET HEIGHTS", not "Boston,
 * then home"), or lower-case ones after a lower-case town: the district's length within `phrase`, or 0.
 */
function commaDistrict(phrase: string, lowerPlace: boolean): number {
  const raw = phrase.split(/[ \t]+/);
  while (raw.length > 2 && !DISTRICT_NOUNS.has(raw[raw.length - 1].toLowerCase())) raw.pop();
  const ws = words(raw.join(' '));
  // In a lower-case note the district is lower case too: "dorchester, savin hill".
  const cased = raw.every((w) => /^\p{Lu}/u.test(w)) || (lowerPlace && raw.every((w) => /^\p{Ll}/u.test(w)));
  const ok = ws.length >= 2 && cased && DISTRICT_NOUNS.has(ws[ws.length - 1]) && !ws.some((w) => NOT_DISTRICT.has(w));
  return ok ? raw.join(' ').length : 0;
}

// The town after a facility's name and a dash closing a letterhead's line: "Gila Pinal Regional Hospital - Globe".
const FACILITY_DASH_TOWN = /^[ \t]+[-–—][ \t]+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2})(?:,[ \t]*\p{Lu}{2})?[ \t]*(?=\n|$)/u;
const FACILITY_END = /(?:hospital|medical[ \t]+center|health[ \t]+center|medical[ \t]+centre|clinic|health[ \t]+care|healthcare|health[ \t]+system|infirmary|family[ \t]+medicine|rural[ \t]+health)$/i;
// The town of a practice's branch after its name: "Bartholomew Family Medicine, Hope office", "Sierra County Rural Health -
// Truth or Consequences clinic".
const BRANCH_TOWN = /^[ \t]*(?:,|[-–—])[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:or|of|\p{Lu}[\p{L}'’.-]+)){0,3})[ \t]+(?:office|clinic|campus|branch|site|location)\b/u;
const ARROW = /^(?:[ \t]*(?:-{1,2}>|→)[ \t]*|\/(?=\p{Lu}))([\p{L}][\p{L}'’\-]*)(?![\p{L}'’\-])/u;

/** A town after an arrow: a gazetteer place that is no clinical abbreviation and no everyday destination ("-> home", "-> ICU"). */
function nextTown(word: string): boolean {
  const f = vocabulary().flags(word.toLowerCase());
  // ("Boston" is also a brace: a capitalised place name wins after the arrow.)
  return (f & F.PLACE) !== 0 && !(f & F.ABBREV) && (!(f & F.CLINICAL) || (f & F.UPPER) !== 0) && !NOT_DISTRICT.has(word.toLowerCase()) && !PLACE_NOUNS.has(word.toLowerCase());
}

// A ZIP code right after a place, or after its state's code in any case ("eastabuchie ms 39436"): five digits, not a count
// of units or a decimal.
const ZIP_AFTER = new RegExp(String.raw`^,?[ \t]*(?:(?:${STATE_ABBR})\.?,?[ \t]+)?(\d{5}(?:-\d{4})?)(?![\d\p{L}%-]|\.\d|[ \t]*(?:mg|ml|units?|cells|copies)\b)`, 'iu');

/**
 * Districts beside the LOCATION candidates already found in `text`.
 *
 * @example
 * districtsNextToPlaces('EL PASO, SUNSET HEIGHTS.', [{ category: 'LOCATION', start: 0, end: 7, score: 0.7 }]).length; // 1
 */
export function districtsNextToPlaces(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const c of found) {
    if (c.category !== 'LOCATION' || seen.has(c.end)) continue;
    seen.add(c.end);
    const after = text.slice(c.end, c.end + 48);
    // A ZIP code right after a street or town ("Orleans Ave, 70116").
    const zip = ZIP_AFTER.exec(after);
    if (zip) {
      const start = c.end + zip[0].length - zip[1].length;
      out.push({ category: 'LOCATION', score: 0.7, start, end: start + zip[1].length, kind: 'zip' });
      continue;
    }
    // The next leg of a journey: "TRANSFER: Kodiak -> Anchorage", "Winnemucca → Reno".
    const arrow = ARROW.exec(after);
    if (arrow && nextTown(arrow[1])) {
      const start = c.end + arrow[0].length - arrow[1].length;
      out.push({ category: 'LOCATION', score: 0.6, start, end: start + arrow[1].length, kind: 'city' });
      continue;
    }
    // (A place a gazetteer holds, or no English word: "- Emergency Department" names the hospital's own unit.)
    const facility = FACILITY_END.test(text.slice(c.start, c.end));
    const dash = facility ? FACILITY_DASH_TOWN.exec(after) : null;
    // (A word in capitals must be a gazetteer's: "- MICU", "- CPEP" are the hospital's units.)
    if (dash && dash[1].split(/[ \t]+/).every((w) => { const f = vocabulary().flags(w.toLowerCase()); return (f & F.PLACE) !== 0 || (!(f & (F.COMMON | F.ENGLISH | F.ABBREV | F.CLINICAL)) && !/^\p{Lu}+$/u.test(w)); }) && !/\b(?:unit|department|dept|floor|wing|campus|emergency|pediatrics|surgery|ed|er|icu|ccu|or|pacu)\b/i.test(dash[1])) {
      const start = c.end + dash[0].indexOf(dash[1]);
      out.push({ category: 'LOCATION', score: 0.65, start, end: start + dash[1].length, kind: 'city' });
      continue;
    }
    // A camp after its name: "arrived from Nyarugusu camp", "Kakuma refugee camp".
    const camp = /^[ \t]+(?:refugee[ \t]+)?camp(?![\p{L}])/u.exec(after);
    if (camp && /^\p{Lu}/u.test(text.slice(c.start, c.end))) {
      out.push({ category: 'LOCATION', score: Math.max(0.6, c.score), start: c.start, end: c.end + camp[0].length, kind: 'city' });
      continue;
    }
    const branch = facility ? BRANCH_TOWN.exec(after) : null;
    if (branch && !/\b(?:main|north|south|east|west|central|downtown|satellite|outreach|pediatric|walk-in|urgent|my|our|the)\b/i.test(branch[1])) {
      const start = c.end + branch[0].indexOf(branch[1]);
      out.push({ category: 'LOCATION', score: 0.65, start, end: start + branch[1].length, kind: 'city' });
      continue;
    }
    const b = BRACKET.exec(after);
    if (b && bracketDistrict(b[1])) {
      const start = c.end + b[0].indexOf(b[1]);
      out.push({ category: 'LOCATION', score: 0.6, start, end: start + b[1].length, kind: 'city' });
      continue;
    }
    const k = COMMA.exec(after);
    const n = k ? commaDistrict(k[1], !/\p{Lu}/u.test(text.slice(c.start, c.end))) : 0;
    if (n > 0) {
      const start = c.end + k![0].indexOf(k![1]);
      out.push({ category: 'LOCATION', score: 0.6, start, end: start + n, kind: 'city' });
      continue;
    }
    out.push(...townsAfterPlaces(text, [c]));
  }
  return out;
}

// In a lower-case note, the town after a found place, past a comma or "in": "the mill house, wilkes-barre", "hudson view
// house, troy.", "go-mart in nitro", "north woods elem, la crosse, 5/6".
const TOWN_AFTER = /^(?:,[ \t]*|[ \t]+in[ \t]+)(?=\p{Ll})/u;
const LOWER_WORDS = /^(\p{Ll}[\p{Ll}'’-]+)(?:[ \t](\p{Ll}[\p{Ll}'’-]+))?(?:[ \t](\p{Ll}[\p{Ll}'’-]+))?/u;

/**
 * The lower-case towns after found places alone (for places found after the rules, by the tagger).
 *
 * @example
 * townsAfterPlaces('lives at 2412 ave b, council bluffs.', [{ category: 'LOCATION', start: 9, end: 19, score: 0.6 }]).length; // 1
 */
export function townsAfterPlaces(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const town = c.category === 'LOCATION' ? lowerTownAfter(text, c) : null;
    if (town) out.push({ category: 'LOCATION', score: 0.6, start: town[0], end: town[1], kind: 'city' });
  }
  return out;
}

/** Where a gazetteer's town after the found place `c` stands, in lower case: [start, end], or null. */
function lowerTownAfter(text: string, c: Candidate): [number, number] | null {
  if (/\p{Lu}/u.test(text.slice(c.start, c.end))) return null;
  const lead = TOWN_AFTER.exec(text.slice(c.end, c.end + 6));
  if (!lead) return null;
  const from = c.end + lead[0].length;
  const m = LOWER_WORDS.exec(text.slice(from, from + 48));
  if (!m) return null;
  const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined);
  // The longest run of words a gazetteer holds as one place ("la crosse", "council bluffs", "east liverpool").
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ');
    const f = vocabulary().flags(phrase);
    if (!(f & F.PLACE) || (f & F.ABBREV) || ((f & F.CLINICAL) && !(f & F.PROPER)) || NOT_DISTRICT.has(phrase) || PLACE_NOUNS.has(phrase) || FUNCTION_WORDS.has(phrase)) continue;
    const end = from + phrase.length;
    // (A town that is also an everyday word must close its clause after a comma, "house, troy." but not "elem, grace
    // period", and never stands after "in": "drive in snow".)
    if (n === 1 && f & F.COMMON && (lead[0].includes('in') || !/^[ \t]*(?:[,.;:)\n]|$)/.test(text.slice(end, end + 2)))) return null;
    // (A two-letter word is a unit or a label: "le claire, ip 10.24.118.7".)
    if (phrase.length < 3) return null;
    return [from, end];
  }
  return null;
}
