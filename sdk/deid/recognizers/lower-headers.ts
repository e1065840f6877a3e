/**
 * Places named by where they stand in a note typed all in lower case, where no capital sets them apart: on the title line
 * of a visit or an outreach log ("outreach 5/5/2016 -- lima", "chw visit - niagara falls", "home visit, hilltop
 * (columbus)"), the town leading a note's first line with the day beside it ("salem 2/13", "olympia 4/11 — court day"),
 * and a town before its state's code ("raven va, on rt 67", "cheyenne rowe (three rivers mi)"). In a note in sentence
 * case, only the first line of an outreach log, where its towns stand between slashes ("Olean / Salamanca run") or lead it
 * in lower case.
 *
 * @example
 * recognizeLowerHeaders('outreach 5/5/2016 -- lima\nsouth side, by the tracks. tammy there again.'); // a LOCATION over "lima"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { STATE_ABBR } from './locations.js';
import { OPENER, nameWord, typedInLowerCase } from './lower-case.js';
import { has, matchesOf } from './util.js';

// What a title line says the note is: a visit, a contact or a log of the work in the community (a clinic's "op note --
// phaco" is no such line).
const TITLE_KIND = /\b(?:outreach|visit|session|log|contact|shift|rounds|check-?in|intake|chw|cprs|prs|walk|loop|sweep|census|encampment|ssp|run)\b(?!-)/;
// Words a title line holds besides the place: what the note is, when, how and by whom.
const TITLE_WORDS = new Set(
  'outreach visit visits session note notes log contact shift rounds check checkin check-in intake chw cprs prs encounter home phone call calls peer street van mobile field community family group individual initial follow up f/u fu weekly monthly daily annual am pm morning afternoon evening night overnight day late early walk harm reduction rn lpn sw msw cm team joint new old cold hot warm wet snow rain quiet busy slow short long brief telehealth video virtual office clinic school site jail court vigil training stops stop route covid mr mrs ms miss dr sr jr rev loop sweep census encampment ssp run'.split(' '),
);
// A part of town named by its direction ("south side", "old west end", "near eastside").
const DIRECTION_PLACE = /^(?:(?:old|near|lower|upper|far)[ \t]+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)[ \t]*(?:side|end|hill|village|bottoms)$/;
// The pieces of a title line: between dashes, commas, pluses, slashes, full stops and brackets.
const PIECE = /[^\n,+\/().;:–—-]+/g;
// A town and its state's code in brackets ("(three rivers mi)", "(gary in)").
const TOWN_STATE = new RegExp(String.raw`\(((?:\p{Ll}[\p{Ll}'’-]+[ \t]+){0,2}\p{Ll}[\p{Ll}'’-]+)[ \t]+(?:${STATE_ABBR.toLowerCase()})\)`, 'dgu');

// Words a place's name is made of besides its own: what the ground is, and words opening a town's name ("grand rapids",
// "slavic village", "battle creek").
const GROUND = new Set('village falls creek hill hills park heights city springs lake river rapids harbor harbour valley ridge point beach bay grove landing junction mills station corners gap hollow fork branch run gulch flats bend cove knob mountain'.split(' '));
const OPENING = new Set('grand great little big old new lower upper north south east west mount mt fort ft port st saint glen'.split(' '));

// A state's code after a town in a lower-case note, where what follows closes the address: punctuation, a ZIP, or a word
// of where ("raven va, on rt 67", "flag pond tn, higgins creek rd", "lives council va on rt 80"). Codes that are also
// words, charting or initials ("in", "oh", "nc" for a cannula, "ct", "tx", "mn" for midnight) count only before a ZIP.
const STATE_AFTER_TOWN = /\b(?:(?:va|tn|ky|wv|fl|az|nm|ut|nv|ks|wy|ia|ny|nh|mt|wa)(?=[ \t]*(?:[,.;)\n]|$)|[ \t]+(?:on|off|near|up|out|past|behind|across|area|\d{5})(?![\p{L}\d]))|(?:nc|sc|ga|tx|mn|mi|ct|sd|nd|vt|ar|il|ri|nj|ak|wi|pa|ma|md|co|de|la|al|ms|mo|ne|ca|ok|oh|in)(?=[ \t]+\d{5}(?![\d-]|-\d{4})))/gu;

/** What a word says in a lower-case note: 'names' a place's or a person's (a gazetteer's, or a name list's only), 'unknown'
 * to every list, or 'plain'. */
function reading(w: string): 'names' | 'unknown' | 'plain' {
  const f = vocabulary().flags(w);
  if ((f & F.PLACE) !== 0 || ((f & (F.FIRST | F.LAST | F.PROPER)) !== 0 && (f & F.COMMON) === 0)) return 'names';
  return (f & ~(F.UPPER | F.POSTAL)) === 0 && w.length >= 5 ? 'unknown' : 'plain';
}

/** Whether a word may stand in a town's name here: a name's word, a word of ground or a town's opening word; no title
 * line's word, no word that opens no name, no participle. */
function townWord(w: string): boolean {
  // (A town a gazetteer holds and no English word counts though a clinical list holds it too: "salem", the sump's maker.)
  return (nameWord(w) || gazetteerOnly(w) || OPENING.has(w) || GROUND.has(w)) && !TITLE_WORDS.has(w) && !OPENER.has(w) && !/(?:ing|ed)$/.test(w);
}

/**
 * Whether one to three words of letters are a place's or a person's name: each word names something, is unknown, or is a
 * word of ground ("village") or a town's opening word ("grand"); one at least names something, or is unknown after a dash.
 */
function placeWords(words: string[], afterDash: boolean): boolean {
  if (words.length === 0 || words.length > 3 || (words.length === 1 && words[0].length < 3)) return false;
  if (DIRECTION_PLACE.test(words.join(' '))) return true;
  if (words.some((w) => !/^\p{Ll}[\p{Ll}'’-]*$/u.test(w) || !townWord(w))) return false;
  const read = words.map(reading);
  const each = words.every((w, i) => read[i] !== 'plain' || GROUND.has(w) || (OPENING.has(w) && i < words.length - 1));
  return each && read.some((r) => r === 'names' || (r === 'unknown' && afterDash));
}

/** Whether a word is a place a gazetteer holds and no English word ("columbus", "eloy"; not "flint", "made"). */
function gazetteerOnly(w: string): boolean {
  const f = vocabulary().flags(w);
  return (f & F.PLACE) !== 0 && (f & (F.COMMON | F.ENGLISH)) === 0;
}

/** A title line's piece: its words, where it starts in the note, and whether a dash or an initial stands before it. */
interface Piece {
  words: string[];
  start: number;
  end: number;
  afterDash: boolean;
  afterInitial: boolean;
  /** Whether a date, a count or what the note is stood beside the words and was cut off ("benton harbor chw", "dairy
   * outreach", "arturo leal dob 2"). */
  cut: boolean;
}

/**
 * The places on a title line that starts at `at`: pieces that name a place by their words, and pieces beside a town
 * a gazetteer holds that can only be its part of town ("home visit, hilltop (columbus)", "slavic village, cleveland").
 */
function titlePlaces(line: string, at: number): Candidate[] {
  const pieces: Piece[] = [];
  for (const m of line.matchAll(PIECE)) {
    // (A date or a count before or after the place and what the note is after it stay out: "visit 2/1/2022 old south end",
    // "benton harbor chw", "flint outreach 11". A piece left empty still parts its neighbours.)
    const words = m[0].trim().split(/[ \t]+/).filter((w) => w !== '');
    const whole = words.length;
    while (words.length > 0 && /^\d/.test(words[0])) words.shift();
    while (words.length > 0 && (/^\d/.test(words[words.length - 1]) || TITLE_WORDS.has(words[words.length - 1]))) words.pop();
    const from = (m.index ?? 0) + (words.length > 0 ? m[0].indexOf(words[0]) : 0);
    const before = line.slice(0, from);
    const start = at + from;
    pieces.push({ words, start, end: start + words.join(' ').length, cut: words.length < whole, afterDash: /[-–—][ \t]*$/.test(before), afterInitial: /(?:^|[^\p{L}])\p{Ll}\.[ \t]*$/u.test(before) });
  }
  // (A town of words a gazetteer holds and no English word is: "columbus", "cleveland"; "kalispell area".)
  const town = (p: Piece | undefined): boolean => {
    const words = p?.words[p.words.length - 1] === 'area' ? p.words.slice(0, -1) : p?.words ?? [];
    return words.length > 0 && words.length <= 3 && words.every(gazetteerOnly);
  };
  const out: Candidate[] = [];
  pieces.forEach((p, i) => {
    // (Not the surname after an initial, as a signature writes it: "b. lund, chw".)
    if (p.words.length === 0 || p.afterInitial || p.words.join(' ').length !== p.end - p.start) return;
    const beside = !p.cut && (town(pieces[i - 1]) || town(pieces[i + 1])) && p.words.length <= 3 && p.words.every((w) => w.length >= 3 && /^\p{Ll}[\p{Ll}'’-]*$/u.test(w) && townWord(w));
    // (Words cut from a date or what the note is name a place only where a gazetteer holds one of them and no English word
    // is that one: "benton harbor chw", "visit 2/1/2022 old south end"; not "araceli chw", "arturo leal dob 2/2/87".)
    if (!beside && (!placeWords(p.words, p.afterDash) || (p.cut && !DIRECTION_PLACE.test(p.words.join(' ')) && !p.words.some(gazetteerOnly)))) return;
    // (A piece of given names and surnames only, no gazetteer's all, is a person, whom the name recognizers read: "peer
    // contact -- jolene"; not "lower price hill", "canton". A signature cut from its credential is one too: "- araceli chw".)
    const flags = p.words.map((w) => vocabulary().flags(w));
    if (!p.words.some((w) => GROUND.has(w) || OPENING.has(w)) && flags.every((f) => (f & (F.FIRST | F.LAST)) !== 0) && (p.cut || flags.some((f) => (f & F.PLACE) === 0))) return;
    out.push({ category: 'LOCATION', score: 0.6, start: p.start, end: p.end, kind: 'town' });
  });
  return out;
}

// What the first line of an outreach log in sentence case says it is: a run, a route, a stop, a walk ("Batavia run",
// "Oil City / Franklin rural route", "SSP van log - west side stop").
const RUN_TITLE = /\b(?:run|route|outreach|van|mobile|walk|stop|shift)\b/i;
const RUN_WORDS = new Set([...TITLE_WORDS, ...'run runs route rural mobile van ssp foot'.split(' ')]);

/**
 * The towns on the first line of an outreach log written in sentence case: its pieces between slashes and dashes, each one
 * to three capitalised words a gazetteer holds and no everyday word is (not "Progress note"), once what the run is has been
 * cut off ("Jamestown / Falconer run"), and parts of town by direction ("west side stop").
 */
function runTitleTowns(line: string): Candidate[] {
  if (line.length > 80 || !RUN_TITLE.test(line)) return [];
  const out: Candidate[] = [];
  for (const m of line.matchAll(PIECE)) {
    const words = m[0].trim().split(/[ \t]+/).filter((w) => w !== '');
    while (words.length > 0 && (/^\d/.test(words[words.length - 1]) || RUN_WORDS.has(words[words.length - 1].toLowerCase()))) words.pop();
    if (words.length === 0 || words.length > 3) continue;
    const lower = words.map((w) => w.toLowerCase());
    const direction = DIRECTION_PLACE.test(lower.join(' '));
    const towns = words.every((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w) && (((vocabulary().flags(lower[i]) & (F.PLACE | F.COMMON)) === F.PLACE) || GROUND.has(lower[i]) || OPENING.has(lower[i]))) && lower.some((w) => vocabulary().flags(w) & F.PLACE);
    if (!direction && !towns) continue;
    const start = (m.index ?? 0) + m[0].indexOf(words[0]);
    out.push({ category: 'LOCATION', score: 0.6, start, end: start + words.join(' ').length, kind: 'town' });
  }
  return out;
}

// A first line led by a town and a dash: "bakersfield - union ave motels", "lodi - around lodi lake" (its pieces are then
// read as a title's).
const TOWN_LED = /^[ \t]*(\p{Ll}+)(?:[ \t]+\p{Ll}+)?[ \t]+[-–—]/u;
// The day between, or the line ending there, or the day first: "olympia 4/11 — court day", "salem 2/13", "3/9, salem", "5/2
// olympia — heat" (only the town is taken).
const TOWN_DATED = /^[ \t]*(\p{Ll}+)(?:[ \t]+\p{Ll}+)?(?:[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?[ \t]*(?:[ \t][-–—]|$)/u;
const DAY_LED = /^[ \t]*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?[ \t]+(\p{Ll}+)(?:[ \t]+\p{Ll}+)?[ \t]*(?:[ \t][-–—]|$)/u;

/** Whether a line opens with a town a gazetteer holds and no English word, then a dash (see TOWN_LED). */
function townLed(line: string): boolean {
  const led = TOWN_LED.exec(line);
  return led !== null && gazetteerOnly(led[1]);
}

/**
 * The town leading a title line that starts at `at` (see TOWN_LED, TOWN_DATED, DAY_LED), or null. It is taken as a place
 * though a name list holds it too ("olympia 4/11 — court day"): leading the title, the log's town is likelier, and either
 * way it goes. (Not an abbreviation a gazetteer also holds: "geri psych - reminiscence group".)
 */
function ledTown(line: string, at: number): Candidate | null {
  const led = TOWN_LED.exec(line) ?? TOWN_DATED.exec(line) ?? DAY_LED.exec(line);
  if (!led || !gazetteerOnly(led[1]) || (vocabulary().flags(led[1]) & F.ABBREV) !== 0) return null;
  const start = at + led.index + led[0].indexOf(led[1]);
  return { category: 'LOCATION', score: 0.6, start, end: start + led[1].length, kind: 'town' };
}
// A first line in capitals saying what the note is, then the rest in lower case: "STREET MEDICINE - echo park".
const CAPS_KIND = /^[ \t]*[A-Z][A-Z0-9 /+&]*[A-Z][ \t]*(?:-{1,2}|[–—])[ \t]*/;

/**
 * The places on the first line of a note written in sentence case when that line is typed in lower case, perhaps after
 * what the note is in capitals: an outreach log's title ("outreach - guadalupe river park", "HARM REDUCTION VAN -- pueblo",
 * "bakersfield - kern river bed").
 */
function lowerTitleLine(text: string, line: string): Candidate[] {
  const kind = CAPS_KIND.exec(line);
  const rest = kind ? line.slice(kind[0].length) : line;
  if (line.length > 90 || rest.length === 0 || /\p{Lu}/u.test(rest)) return [];
  const town = ledTown(rest, kind ? kind[0].length : 0);
  if (!kind && !TITLE_KIND.test(rest) && !townLed(rest)) return town ? [town] : [];
  // (Not half of a hyphenated word, "MIH VISIT - post-sepsis", "5 walk-ins", nor one English word alone that names no post
  // office's town, "OD RESPONSE - bar".)
  const places = titlePlaces(rest, kind ? kind[0].length : 0).filter((c) => {
    const piece = text.slice(c.start, c.end);
    return !/\p{L}-$/u.test(text.slice(c.start - 2, c.start)) && !/^-\p{L}/u.test(text.slice(c.end, c.end + 2)) && (/[ \t]/.test(piece) || gazetteerOnly(piece) || (vocabulary().flags(piece) & (F.PLACE | F.POSTAL)) === (F.PLACE | F.POSTAL));
  });
  return town ? [town, ...places] : places;
}

/**
 * Find places on the title lines of lower-case notes and towns before a state's code; in a note in sentence case, the towns
 * on an outreach log's first line.
 *
 * @example
 * recognizeLowerHeaders('cheyenne rowe (three rivers mi) -- last contact 6/14, went to her sister').length; // 1
 */
export function recognizeLowerHeaders(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!typedInLowerCase(text)) {
    const first = /^[^\n]*/.exec(text)?.[0] ?? '';
    return [...runTitleTowns(first), ...lowerTitleLine(text, first)];
  }
  let at = 0;
  for (const line of text.split('\n')) {
    const town = at === 0 && line.length <= 90 ? ledTown(line, 0) : null;
    if (town) out.push(town);
    if (line.length <= 90 && (TITLE_KIND.test(line) || (at === 0 && townLed(line)))) out.push(...titlePlaces(line, at));
    at += line.length + 1;
  }
  for (const m of matchesOf(STATE_AFTER_TOWN, text)) {
    // (The town is the one to three words before the code, back to punctuation, a line's start or a word that opens no
    // name: "pt jerry lynn keen, raven va", "home in pound va", "big stone gap va".)
    const code = m.index ?? 0;
    // (A word and a space before the code; checked here, not by a look-behind that would run at every position.)
    if (!/[\p{Ll}'’-][ \t]+$/u.test(text.slice(Math.max(0, code - 4), code))) continue;
    const from = Math.max(0, code - 48);
    const words = [...text.slice(from, code).matchAll(/[\p{Ll}'’-]+(?=[ \t]+$|[ \t]+[\p{Ll}'’-])/gu)].filter((w) => /^[ \t]*$/.test(text.slice(from + (w.index ?? 0) + w[0].length, code).replace(/[\p{Ll}'’-]+/gu, '')));
    let first = words.length;
    while (first > 0 && words.length - first < 3 && townWord(words[first - 1][0])) first--;
    // (Three words with a fourth that could open the name are no town's: the sentence runs on.)
    if (first === words.length || (first > 0 && words.length - first === 3 && townWord(words[first - 1][0]))) continue;
    // (One word at least a gazetteer's or a post office's, or none a list holds: "since mn", "hep c tx" are charting.)
    if (!words.slice(first).some((w) => vocabulary().flags(w[0]) & (F.PLACE | F.POSTAL) || reading(w[0]) !== 'plain')) continue;
    const start = from + (words[first].index ?? 0);
    const end = from + (words[words.length - 1].index ?? 0) + words[words.length - 1][0].length;
    out.push({ category: 'LOCATION', score: 0.6, start, end, kind: 'town' });
  }
  if (has(/\)/, text)) for (const m of matchesOf(TOWN_STATE, text)) {
    if (placeWords(m[1].split(/[ \t]+/), false)) out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'town' });
  }
  return out;
}
