/**
 * Named places of the outdoors and of resort, and trucking and rental firms, after a word of where, in capitals as well as
 * in title case: the other recognizers read a venue's name only in mixed case, where its capitals set it apart ("FOUND BY
 * RANGER ON BRIGHT ANGEL TRAIL", "hike at Sabino Canyon", "DEALER AT THE GOLDEN SPUR CASINO IN ELKO", "CARRIER LONE STAR
 * FREIGHTWAYS"); a highway's mile marker where a crash happened ("US-191 ... AT MP 451", "mile marker 18").
 *
 * @example
 * recognizeLandmarks('FOUND BY RANGER ON BRIGHT ANGEL TRAIL 1/2 MI BELOW'); // covers "BRIGHT ANGEL TRAIL"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { has, matchesOf } from './util.js';

// Each word in title case and the whole in capitals, as one alternation ("Recreation Area|RECREATION AREA").
const forms = (words: string): string =>
  words
    .split('|')
    .flatMap((w) => [w.replace(/(^|[ -])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()), w.toUpperCase()])
    .join('|')
    .replace(/ /g, '[ \\t]+');
// Outdoor places and places of resort by what they are. (Not a pass, a wash or a point: "ON WEEKEND PASS", "at the car wash", "AT THE TRIGGER POINT".)
const PLACE_KIND = forms('trail|canyon|arch|peak|peaks|recreation area|dunes|butte|mesa|trailhead|campground|resthouse|overlook|reservoir|mountain|mountains|ski area|hot springs|casino|saloon|resort|motor inn|golf club|country club|rv park|marina|arena|speedway|rodeo grounds');
// Firms of trucking, hauling and rentals, read only after a word of working for or dispatching them.
const FIRM_KIND = forms('hauling|freightways|freight|trucking|transport|rentals|coop|co-op|logistics|express lines|towing');
const KIND_AT_END = new RegExp(`^(?:${PLACE_KIND}|${FIRM_KIND})$`, 'u');
const WHERE = 'on|at|to|near|in|from|below|above|off|along|into|toward|towards|past|up|down|by';
const FIRM_CUE = 'for|carrier|dispatch|employer|mgmt|management|rental|company|drives for|works for';
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d'’&-]*`;
const PLACE_NAMED = new RegExp(
  String.raw`(?=[\p{Lu}\d])(?<=\b(?:${forms(WHERE)})[ \t]+(?:the[ \t]+|The[ \t]+|THE[ \t]+)?)((?!(?:the|The|THE)[ \t])(?:${NAME_WORD}[ \t]+){1,3}(?:${PLACE_KIND}))(?![\p{L}\d])`,
  'gdu',
);
const FIRM_NAMED = new RegExp(
  String.raw`(?=[\p{Lu}\d])(?<=\b(?:${forms(FIRM_CUE)})[ \t]*:?[ \t]*\(?[ \t]*(?:the[ \t]+|The[ \t]+|THE[ \t]+)?)((?!(?:the|The|THE)[ \t])(?:${NAME_WORD}[ \t]+){1,3}(?:${FIRM_KIND}))(?![\p{L}\d])`,
  'gdu',
);
// A mile marker or post after a highway on the same line, or written out ("I-40 ... AT MP 451", "mile marker 18").
const MILE_MARKER = /\b(?:mile[ \t]+marker|mile[ \t]*post|MILE[ \t]+MARKER|MILE[ \t]*POST|Mile[ \t]+Marker|(?<=(?:I-\d+|US-?\d+|SR-?\d+|HWY[ \t]*\d+|HIGHWAY[ \t]*\d+|Hwy[ \t]*\d+|Highway[ \t]*\d+|[NSEW]B)\b[^\n]{0,60}\b)(?:MP|MM))[ \t]*#?[ \t]*\d{2,3}(?:\.\d)?(?!\d|[.:\/-]\d)/gu;

// Words of what happened there, which a line of capitals puts before the place: "FROM RAFTING ACCIDENT WESTWATER CANYON".
const EVENT_WORD = /^(?:\p{L}+ing|accident|crash|injury|fall|trip|hike|collision|rollover|wreck|vacation|work|home|job|shift|practice|game)$/u;

/** Words of a name: none a function word, a clinical word or an abbreviation, all in one case, not all numbers. */
function nameWords(name: string): boolean {
  const words = name.split(/[ \t]+/);
  const caps = name === name.toUpperCase();
  // (One everyday word before the kind names no place: "FOR THE ELECTRIC CO-OP".)
  if (words.length === 1 && vocabulary().flags(words[0].toLowerCase()) & (F.COMMON | F.ENGLISH)) return false;
  return words.every((w) => {
    const l = w.toLowerCase();
    if (/^\d+$/.test(w) || FUNCTION_WORDS.has(l) || isMedicalTerm(l) || EVENT_WORD.test(l)) return false;
    if (vocabulary().flags(l) & (F.CLINICAL | F.ABBREV)) return false;
    return caps || /^[\p{Lu}\d]/u.test(w);
  });
}

// A spot a camp or a street names in quotes with its article, after a word of where or of naming ('stays at "the ladder"',
// 'the spot everybody calls "the mattress"', 'camp: "the bus"', 'woman near the "mailbox"'); the article stays outside.
// (Not a person or a facility's plain noun: 'went to "the doctor"', 'back to "the hospital"'.)
const GENERIC_SPOT = /^(?:doctor|doc|dr|nurse|nurses|hospital|er|clinic|office|house|home|room|bathroom|ward|unit|floor|end|best|worst|same|other|one)$/;
const QUOTED_SPOT = /(?=[a-z])(?<=\b(?:at|near|by|to|from|behind|under|calls?|called|camp:?|spot)[ \t]+(?:the[ \t]+["“]|["“]the[ \t]+))([a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)(?=["”])/dgi;

/**
 * Find outdoor places, places of resort, trucking and rental firms, mile markers and spots named in quotes.
 *
 * @example
 * recognizeLandmarks('LINEMAN FOR HIGH PLAINS ELECTRIC COOP, CONTACTED LINE').length; // 1
 */
export function recognizeLandmarks(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (re: RegExp): void => {
    for (const m of matchesOf(re, text)) {
      const [s, e] = m.indices![1];
      const words = m[1].split(/[ \t]+/);
      const kind = words.findIndex((w, i) => i > 0 && KIND_AT_END.test(words.slice(i).join(' ')));
      // (The sentence's words of what happened come off the front: "ON HIKE AT SABINO CANYON" names "SABINO CANYON".)
      let first = 0;
      while (first < kind - 1 && (FUNCTION_WORDS.has(words[first].toLowerCase()) || EVENT_WORD.test(words[first].toLowerCase()))) first++;
      if (kind > 0 && nameWords(words.slice(first, kind).join(' '))) out.push({ category: 'LOCATION', score: 0.65, start: s + m[1].indexOf(words[first]), end: e, kind: 'business' });
    }
  };
  if (has(new RegExp(`(?:${PLACE_KIND})(?![\\p{L}])`, 'u'), text)) add(PLACE_NAMED);
  if (has(new RegExp(`(?:${FIRM_KIND})(?![\\p{L}])`, 'u'), text)) add(FIRM_NAMED);
  if (has(/mile|MILE|Mile|\bM[PM][ \t]*#?\d/, text)) for (const m of matchesOf(MILE_MARKER, text)) out.push({ category: 'LOCATION', score: 0.7, start: m.index, end: m.index + m[0].length, kind: 'street' });
  if (has(/["“]the[ \t]|the[ \t]+["“]/i, text)) {
    for (const m of matchesOf(QUOTED_SPOT, text)) {
      const [s, e] = m.indices![1];
      const words = m[1].toLowerCase().split(/[ \t]+/);
      if (!words.some((w) => FUNCTION_WORDS.has(w) || isMedicalTerm(w) || GENERIC_SPOT.test(w))) out.push({ category: 'LOCATION', score: 0.65, start: s, end: e, kind: 'business' });
    }
  }
  return out;
}
