/**
 * The stops of an outreach van's or a foot team's loop log: each line opens with the time and where the team stopped, typed
 * in lower case, then who was there ("0720 civic center park - nobody on benches", "0810 38th & blake - marcus found lil
 * man", "2110 fountain creek at 4th -- 4 tents", "1730 fairview & orchard bus stop, Hector"). Where a note has two such
 * lines at least, each stop that names a place by its shape is one: a corner ("38th & blake"), a place's noun closing it
 * ("north boulder park", "union depot"), or a town a gazetteer holds. A clinician's timed line says what was done, and
 * none of these ("0800 meds given - tolerated", "2000 family at bedside").
 *
 * @example
 * recognizeLoopStops('0720 civic center park - nobody\n0810 38th & blake - marcus ok'); // LOCATIONs over both stops
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { isMedicalTerm } from '../medical-terms.js';
import { FUNCTION_WORDS } from './cue-words.js';

/** Fewer timed stops than this in a note make no loop log. */
const MIN_STOPS = 2;
// A line opening with a clock time ("0720", "7:20", "7:20a"), then the stop: lower-case words, numbers, "&" and "@", up to
// a dash, a colon, a comma, a bracket or the line's end.
const STOP_LINE = /^[ \t]*(?:\d{4}|\d{1,2}:\d{2}[ \t]?(?:[ap]m?)?)[ \t]+((?:the[ \t]+)?[\p{Ll}\d][\p{Ll}\d'’&@. \t-]*?)(?=[ \t]*(?:[-–—]{1,2}[ \t]|[:,;(]|$))/dgmu;
// The parts of a stop: "boulder creek path @ eben g fine park", "fountain creek at 4th", "eastside by the 8th st bridge".
const PARTS = /[ \t]+(?:@|at|by(?:[ \t]+the)?|near(?:[ \t]+the)?|under(?:[ \t]+the)?|behind(?:[ \t]+the)?)[ \t]+/;
// Nouns that close a place's name, or what stands there: the team stops at parks, paths, bridges, depots and lots.
const PLACE_NOUN = new Set('park path trail creek river bridge depot station plaza square mall field library mission shelter church lot underpass overpass viaduct bandshell greenway levee gulch wash alley cemetery lake pond ballpark trax stop bench sidewalk corner camp motel inn ave st rd blvd dr way'.split(' '));
// Words opening a line of what was done, not where.
const DOING = new Set('called call gave give texted text left met drove arrived back returned went got pt client staff van team shift meds med family report given checked'.split(' '));

/** A word of a stop: a number, an ordinal, a compass letter, a corner's mark, or a word of letters that is no clinical or
 * function word ("on" joins a store to its street: "walmart on prairie"). */
function stopWord(w: string): boolean {
  if (/^(?:\d{1,5}|\d{1,3}(?:st|nd|rd|th)|[nsew]|&|and|the|on)$/.test(w)) return true;
  if (!/^\p{Ll}[\p{Ll}'’.-]*$/u.test(w) || FUNCTION_WORDS.has(w) || DOING.has(w)) return false;
  // (A clinical word is one here only where a name or place list holds it too: "blake", "walmart".)
  const f = vocabulary().flags(w);
  return ((f & F.CLINICAL) === 0 && !isMedicalTerm(w)) || (f & (F.FIRST | F.LAST | F.PROPER | F.PLACE | F.POSTAL)) !== 0;
}

/** Whether a part of a stop names a place by its shape: a corner or a store on its street, a place's noun closing it, an
 * ordinal street or a town. */
function namesPlace(words: string[]): boolean {
  if (words.length === 0 || words.length > 6 || !words.every(stopWord) || /^(?:on|and|&|the)$/.test(words[0])) return false;
  // (A corner, or a store on its street: "38th & blake", "walmart on prairie".)
  const corner = words.findIndex((w) => w === '&' || w === 'and' || w === 'on');
  if (corner > 0 && corner < words.length - 1) return true;
  if (PLACE_NOUN.has(words[words.length - 1]) && words.length > 1) return true;
  if (words.some((w) => /^\d{1,3}(?:st|nd|rd|th)$/.test(w))) return true;
  if (words.length === 1 && /^(?:north|south|east|west)side$/.test(words[0])) return true;
  return words.every((w) => {
    const f = vocabulary().flags(w);
    return (f & (F.PLACE | F.POSTAL)) !== 0 && (f & F.COMMON) === 0;
  });
}

/**
 * Find the stops of a loop log.
 *
 * @example
 * recognizeLoopStops('2000 union depot -- Flaca\n2110 fountain creek at 4th -- 4 tents').length; // 3
 */
export function recognizeLoopStops(text: string): Candidate[] {
  const stops: Candidate[][] = [];
  for (const m of text.matchAll(STOP_LINE)) {
    const whole = m[1].replace(/^the[ \t]+/, '');
    let at = m.indices![1][0] + (m[1].length - whole.length);
    const found: Candidate[] = [];
    for (const part of whole.split(PARTS)) {
      const start = text.indexOf(part, at);
      at = start + part.length;
      const words = part.trim().split(/[ \t]+/);
      if (!namesPlace(words)) {
        if (found.length === 0) break;
        continue;
      }
      found.push({ category: 'LOCATION', score: 0.55, start, end: start + part.trimEnd().length, kind: 'place' });
    }
    if (found.length > 0) stops.push(found);
  }
  return stops.length >= MIN_STOPS ? stops.flat() : [];
}
