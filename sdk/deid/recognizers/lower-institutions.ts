/**
 * Places named by what they are, in notes typed all in lower case: schools ("orchard hill elem", "ames middle", "keota jr/sr
 * high"), day cares ("little blessings daycare"), libraries, pools and fairgrounds ("davenport public library", "kiwanis
 * pool", "lyon county fairgrounds"), counties ("mcdowell county", "pottawattamie co"), congregations ("grace lutheran", "new
 * life church"), shelters, houses, halls and jails ("bethany house", "the rescue mission", "bromley hall", "raleigh county
 * regional jail"), motels and parks ("big bend motel", "sunny acres mhp") and camps ("camp okoboji"). In title case and
 * capitals the other recognizers read them; here no capital sets the name apart, so the kind word closing it is the
 * evidence and the words before it must name, not describe.
 *
 * @example
 * recognizeLowerInstitutions('t1d log - owen 4th gr orchard hill elem'); // a LOCATION over "orchard hill elem"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { OPENER, nameWord, typedInLowerCase } from './lower-case.js';
import { has, matchesOf } from './util.js';

/**
 * How strongly the words before a kind must name: words that are no clinical or function words (one everyday word before a
 * one-word kind describes: "homeless shelter", "newborn nursery"); a proper name, where a place that is also an everyday
 * word counts ("davenport public library"); or a proper name that is no everyday word.
 */
type Need = 'word' | 'proper' | 'strict';

interface Kind {
  /** The kind, in lower case, closing the name. */
  re: string;
  need: Need;
  /** Words after the kind that the span takes in ("county fair", "regional jail"). */
  tail?: string;
}

// Each family of kinds. A bare "high" or "middle" is also a reading and a finger, so it needs a proper name or a direction
// before it ("north high", "ames middle"; not "running high", "left middle"); a word only schools, day cares,
// congregations, shelters and lodgings use needs only a name of any words ("little blessings daycare", "lighthouse winter
// shelter"); a house, a hall or a manor a name no English list holds ("bethany house", not "white house").
const KINDS: Kind[] = [
  { re: String.raw`(?:(?:area|senior|junior|jr\.?|jr\/sr|jr-sr)[ \t]+)?high(?:[ \t]+school)?|middle(?:[ \t]+school)?`, need: 'proper' },
  { re: String.raw`elem|elementary(?:[ \t]+school)?|intermediate[ \t]+school|primary[ \t]+school|catholic[ \t]+school|christian[ \t]+academy|academy`, need: 'word' },
  { re: String.raw`daycare|day[ \t]+care|child[ \t]*care|preschool|pre-school|learning[ \t]+center|montessori`, need: 'word' },
  { re: String.raw`public[ \t]+library|county[ \t]+library|library|fairgrounds|aquatic[ \t]+(?:ctr|center)|pool|rec[ \t]+(?:ctr|center)`, need: 'proper' },
  { re: String.raw`county|co\.?|parish`, need: 'proper', tail: String.raw`fairgrounds|fair|regional[ \t]+jail|jail|prison|detention[ \t]+(?:center|ctr)|courthouse` },
  { re: String.raw`(?:united[ \t]+)?(?:(?:old[ \t]+)?regular[ \t]+baptist|free[ \t]?will[ \t]+baptist|missionary[ \t]+baptist|primitive[ \t]+baptist|methodist|lutheran|presbyterian|baptist|episcopal|reformed|congregational|pentecostal|umc)(?:[ \t]+church)?|church[ \t]+of[ \t]+(?:god(?:[ \t]+of[ \t]+prophecy)?|christ|the[ \t]+nazarene)|church|chapel|a\.?m\.?e\.?(?:[ \t]+zion)?|cogic`, need: 'word' },
  // (A "cme" is also the continuing education a clinician attends: a proper name before it: "pine grove cme".)
  { re: String.raw`c\.?m\.?e\.?`, need: 'proper' },
  { re: String.raw`rescue[ \t]+mission|mission|regional[ \t]+jail|correctional[ \t]+(?:center|facility)|corrections[ \t]+center|apartments|apts`, need: 'proper' },
  // (Who a shelter takes and when is part of its kind: "lighthouse winter shelter", "loft youth shelter".)
  { re: String.raw`(?:(?:youth|men['’]?s|women['’]?s|family|winter|night|emergency|warming|day)[ \t]+)?shelter|day[ \t]+center`, need: 'word' },
  { re: String.raw`motel|inn|casino|tavern|saloon|winery|dairy|orchards|grocery|colony|ski[ \t]+area|rv[ \t]+park|mobile[ \t]+home[ \t]+park|trailer[ \t]+(?:park|court)|mhp`, need: 'word' },
  { re: String.raw`house|hall|manor`, need: 'strict' },
  // Homes of the dead and of the cared-for and shopping centres: kinds only a named place is called by ("lawson & sons
  // funeral home", "cedar lane group home", "fox run shopping center"; not "a group home").
  { re: String.raw`group[ \t]+home|funeral[ \t]+(?:home|chapel|parlor)|cemetery|memorial[ \t]+gardens|shopping[ \t]+(?:center|ctr|plaza)|fellowship`, need: 'word' },
  // Suppliers of the sick at home and the shops that deliver to them: "tug valley dme", "jackson drug", "blue ridge oxygen".
  { re: String.raw`dme|home[ \t]+medical|medical[ \t]+supply|oxygen|drugs?|pharmacy|towing|food[ \t]+pantry|pantry|flea[ \t]+market|family[ \t]+cemetery|eye[ \t]+care|medical[ \t]+equip(?:ment)?|home[ \t]+infusion|infusion[ \t]+(?:services|pharmacy)|prosthetics|orthotics|funeral[ \t]+services?|shoppe|food[ \t]+market|barbershop`, need: 'word' },
  // (A respiratory company needs a name no English list holds: "dallas county respiratory"; not "upper respiratory".)
  { re: String.raw`respiratory`, need: 'strict' },
  // Country businesses where people gather and are found: "fifty six general store", "catfish corner bait & tackle", "searcy
  // sale barn", "dora cafe", "norfork marina", "rosalie's beauty nook", and congregations called assemblies ("choctaw first
  // assembly").
  { re: String.raw`general[ \t]+store|feed[ \t]+store|country[ \t]+store|bait[ \t]+(?:shop|&[ \t]+tackle|and[ \t]+tackle)|sale[ \t]+barn|livestock[ \t]+auction|cafe|café|diner|marina|beauty[ \t]+(?:shop|salon|nook)|salon|barber[ \t]+shop|assembly(?:[ \t]+of[ \t]+god)?`, need: 'word' },
  // (A mall needs a proper name: "lat mall" is the ankle's malleolus.)
  { re: String.raw`mall|galleria`, need: 'proper' },
  // Houses of worship whose kind is also a body's word ("left temple") or a school's: a proper name before them.
  { re: String.raw`temple|mandir|gurdwara|yeshiva|synagogue|mosque|pagoda`, need: 'proper' },
];
const KIND_RE = new RegExp(String.raw`(?<![\p{L}'’-])(${KINDS.map((k) => `(${k.re})`).join('|')})(?![\p{L}'’\/-])`, 'dgu');
// The cheap test: one of the kinds' words anywhere in the note.
const KIND_TEST = /ame\b|a\.m\.e|cme|c\.m\.e|cogic|equip|infusion|prosthetic|orthotic|funeral|shoppe|barbershop|respiratory|dme|medical|oxygen|drug|pharmacy|towing|pantry|market|eye care|high|middle|elem|academy|school|care|library|fair|pool|center|ctr|county|co\b|parish|home|cemetery|gardens|mall|galleria|fellowship|temple|mandir|gurdwara|yeshiva|synagogue|mosque|pagoda|church|chapel|methodist|lutheran|presbyterian|baptist|episcopal|reformed|congregational|pentecostal|umc|mission|shelter|jail|correct|apartments|apts|house|hall|manor|montessori|camp|army|motel|inn\b|casino|tavern|saloon|winery|dairy|orchards|grocery|colony|ski area|park|court|mhp|store|bait|barn|auction|caf|diner|marina|salon|beauty|barber|assembly/;
// Up to three words before the kind, one space apart (a wider gap is a table's column).
const WORDS_BEFORE = /(?<![\p{L}\d'’&.\/-])(?:[\p{Ll}\d][\p{Ll}\d'’&.\/-]*[ \t]){1,3}$/u;
// Words that say what kind of home, club or mall, not which ("adult group home", "bridge club", "outlet mall").
const DESCRIBERS = new Set('nail hair tanning pet dog adult youth teen boys girls therapeutic supervised residential transitional sober recovery foster state private christian catholic jewish outlet strip shopping indoor outdoor health golf country night dance book garden bridge card gun supper lunch breakfast kids robotics chess street illicit recreational study prescription otc generic brand'.split(' '));
// Directions and kinds of ground that name a school or a district by themselves ("north high", "cedar ridge middle").
const PLACE_WORDS = new Set('north south east west central northeast northwest southeast southwest upper lower valley ridge hill hills grove lake park creek woods view heights prairie meadow meadows oak oaks pine pines cedar maple elm river harbor bay springs falls point mount mt st saint fort ft holy'.split(' '));
// Names of congregations and shelters that are everyday words ("grace lutheran", "first methodist", "covenant house").
const HOUSE_NAMES = new Set('first second third grace trinity calvary bethel zion hope faith christ emmanuel immanuel redeemer resurrection covenant shepherd good living water new life victory harvest cornerstone bethany bethesda salem shiloh ebenezer mercy providence peace light mission rescue urban'.split(' '));
// A camp by its name after the word ("camp okoboji", "camp wapsie"); shelters whose name is their kind ("at the rescue
// mission", "staying at the salvation army").
const CAMP = /(?<![\p{L}'’-])camp[ \t]+(\p{Ll}[\p{Ll}'’-]+)(?![\p{L}'’-])/dgu;
const NAMED_BY_KIND = /(?<![\p{L}'’-])(?:(?<=\bthe[ \t]+)(?:rescue|union|city)[ \t]+mission|salvation[ \t]+army)(?![\p{L}'’-])/gu;
// Where the words after the kind go on describing: "high risk", "middle finger", "house call", "hall pass".
const KIND_NOUN_AFTER = /^[ \t]+(?:risk|dose|doses|flow|fever|fevers|grade|blood|pressure|bp|sugar|sugars|glucose|readings?|range|normal|finger|lobe|ear|third|age|aged|income|call|calls|arrest|pass|way|hold|bill|bills)\b/;

/** A proper name's word: unknown to the word lists, a place ("davenport" is a sofa too), a given name no list holds as
 * everyday, or a word of ground or of a congregation's name. */
function properWord(w: string, strict = false): boolean {
  const f = vocabulary().flags(w);
  if (PLACE_WORDS.has(w) || HOUSE_NAMES.has(w)) return !strict || (f & F.COMMON) === 0 || HOUSE_NAMES.has(w);
  if (strict && (f & F.COMMON) !== 0) return false;
  // (Flags of spelling alone, capitals and postal names, leave a word unknown: "kiwanis".)
  if ((f & ~(F.UPPER | F.POSTAL)) === 0) return /^\p{Ll}[\p{Ll}'’-]+$/u.test(w);
  return (f & F.PLACE) !== 0 || ((f & (F.PROPER | F.FIRST)) !== 0 && (f & F.COMMON) === 0);
}

// What a place found without it is, after it in a lower-case note, with at most two words of its name between: "the
// delmarva chick hatchery", "york county prison", "holy cross cemetery", "tube works" (a works, a farm, a club or a lodge
// needs a word between: "dover works nights" is a verb).
const KIND_AFTER_PLACE = /^((?:[ \t]+(?:&[ \t]+)?\p{Ll}[\p{Ll}'’-]*){0,2}?)[ \t]+(plant|works|warehouse|hatchery|farms?|mall|galleria|shopping[ \t]+(?:center|ctr|plaza)|cemetery|funeral[ \t]+(?:home|chapel)|group[ \t]+home|club|temple|mandir|yeshiva|synagogue|mosque|fellowship|prison|lodge|distribution[ \t]+(?:center|ctr))(?![\p{L}\d'’-])/u;
const NEEDS_BETWEEN = /^(?:works|farms?|club|lodge)$/;

/**
 * Where a lower-case place's name ends when what it is follows it in a lower-case note, or -1.
 *
 * @example
 * lowerKindAfter('works at the delmarva chick hatchery per wife', 29); // 45
 */
export function lowerKindAfter(text: string, end: number): number {
  if (!typedInLowerCase(text)) return -1;
  const m = KIND_AFTER_PLACE.exec(text.slice(end, end + 48));
  if (!m) return -1;
  const between = m[1].split(/[ \t]+/).filter((w) => w && w !== '&');
  if ((between.length === 0 && NEEDS_BETWEEN.test(m[2])) || between.some((w) => OPENER.has(w) || DESCRIBERS.has(w) || !nameWord(w))) return -1;
  return end + m[0].length;
}

/**
 * Find places named by their kind in lower-case notes.
 *
 * @example
 * recognizeLowerInstitutions('placed in foster home, lives in mcdowell county now').length; // 1
 */
export function recognizeLowerInstitutions(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!has(KIND_TEST, text) || !typedInLowerCase(text)) return out;
  for (const m of matchesOf(KIND_RE, text)) {
    const at = m.index ?? 0;
    const k = KINDS[m.slice(2).findIndex((g) => g !== undefined)];
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 48), at));
    if (!k || !before) continue;
    // (The words nearest the kind are its name; the first opener from there back ends it: "4th gr orchard hill elem".)
    const words = [...before[0].matchAll(/[^ \t]+/g)];
    let first = words.length;
    while (first > 0 && !OPENER.has(words[first - 1][0]) && nameWord(words[first - 1][0]) && !/^\p{L}{2,}[^e]ed$/u.test(words[first - 1][0])) first--;
    // ("lawson & sons funeral home": an ampersand joins a name's words; it neither opens nor ends one.)
    while (first < words.length && words[first][0] === '&') first++;
    // ("new light cogic", "new hope missionary baptist": congregations are named so; "new" opens their name.)
    if (first > 0 && first < words.length && words[first - 1][0] === 'new') first--;
    const name = words.slice(first).map((w) => w[0]);
    // (A describing word next to the kind says what kind, unless a proper name opens it: "adult group home", "denies street
    // drug use"; not "houlka adult day center".)
    if (name.length > 0 && DESCRIBERS.has(name[name.length - 1]) && !name.some((w) => properWord(w.replace(/['’]s$/, ''), true))) continue;
    // (Words of letters: "aprv p high", "kayak-specific high" are readings; "dme co" no county.)
    if (name.length === 0 || name.some((w) => !/^\p{Ll}[\p{Ll}'’]+$/u.test(w) && !(k.need === 'word' && (w === '&' || /^\p{Ll}[\p{Ll}'’&-]+$/u.test(w))))) continue;
    if (/^co\.?$/.test(m[0]) && !name.some((w) => (vocabulary().flags(w) & F.PLACE) !== 0 || (vocabulary().flags(w) === 0 && w.length >= 5))) continue;
    const bare = name.map((w) => w.replace(/['’]s$/, ''));
    // (A person's house or hall is no named one: "son's house", "friend's house", "brother-in-law's grocery".)
    if ((k.need === 'strict' && name.some((w) => /['’]s?$|-/.test(w))) || name.some((w) => /-.*['’]s$/.test(w))) continue;
    if (k.need !== 'word' ? !bare.some((w) => properWord(w, k.need === 'strict')) : !bare.some((w) => properWord(w) || (vocabulary().flags(w) & F.COMMON) === 0) && name.length + m[0].split(/[ \t]+/).length < 3) continue;
    if (KIND_NOUN_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 12))) continue;
    let end = at + m[0].length;
    const tail = k.tail ? new RegExp(String.raw`^[ \t]+(?:${k.tail})(?![\p{L}])`, 'u').exec(text.slice(end, end + 24)) : null;
    if (tail) end += tail[0].length;
    out.push({ category: 'LOCATION', score: 0.6, start: at - before[0].length + (words[first].index ?? 0), end, kind: 'facility' });
  }
  if (has(/camp\b/, text)) for (const m of matchesOf(CAMP, text)) {
    const w = m[1];
    if (nameWord(w) && properWord(w) && (vocabulary().flags(w) & F.COMMON) === 0) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: m.indices![1][1], kind: 'facility' });
  }
  if (has(/mission|army/, text)) for (const m of matchesOf(NAMED_BY_KIND, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'facility' });
  return out;
}
