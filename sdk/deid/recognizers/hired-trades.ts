/**
 * A firm named by its trade right after a word of working: "FRAMER W/ SHAWMUT CARPENTRY", "Floorhand with Badlands
 * Pressure Pumping", "bus driver, Rogers transportation", "Carrier: Volunteer State Freight", "contractor Prospect Airport
 * Services", "38 yrs at J&L Steel". The firm places its worker as a street does. A trade's name elsewhere needs a word no
 * English list holds ("Circle H Dairy", workplaces.ts); here the words of work before it are the evidence, so the name may
 * be made of everyday words and written in capitals. The name's words must still be capitalised, and none of them a word
 * of a public or hospital service ("Environmental Services", "Child Protective Services"). Also works named before what
 * they are after "at" ("Worked 14 yrs at Domino refinery") and a workplace after "@" and a word of working ("bartender @
 * Sluggers").
 *
 * @example
 * recognizeHiredTrades('Floorhand with Badlands Pressure Pumping on a frac site'); // covers "Badlands Pressure Pumping"
 */
import type { Candidate } from '../span.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { capsLine } from './people-cues.js';
import { GOODS, clinicalTerm } from './place-words.js';
import { caseForms, has, matchesOf } from './util.js';

// What a firm is, closing its name. (Written here in lower case; matched in lower case, title case or capitals.)
const TRADES = [
  'builders', 'carpentry', 'drywall', 'pumping', 'planting', 'transportation', 'freight', 'linen service', 'car service',
  'harvesting', 'cooperative', 'co-op', 'pulp', 'steel', 'services', 'construction', 'contracting', 'contractors',
  'excavating', 'excavation', 'staffing', 'logistics', 'landscaping', 'roofing', 'plumbing', 'trucking', 'masonry',
  'paving', 'hauling', 'lumber', 'welding', 'towing', 'painting', 'flooring', 'insulation', 'concrete', 'mechanical',
  'moving', 'courier', 'fabrication', 'castings', 'foundry', 'manufacturing', 'industries', 'packing', 'electric', 'market',
  'logging', 'timber', 'outfitters', 'papers', 'trading post',
];
const TRADE = TRADES.flatMap(caseForms)
  .map((t) => t.replace(/ /g, String.raw`[ \t]+`))
  .join('|');
// One to three capitalised words, then the trade. (A dotted abbreviation keeps its period: "KELLERMAN BROS. BUILDERS".)
const NAMED_TRADE = new RegExp(String.raw`(?<![\p{L}\d'’&.-])((?:\p{Lu}[\p{L}'’&-]*\.?[ \t]+){1,3}(?:${TRADE}))(?![\p{L}\d-])`, 'dgu');
const TRADE_END = new RegExp(String.raw`(?:${TRADE})$`, 'u');
// The cheap test: a trade word anywhere.
const ANY_TRADE = new RegExp(TRADES.map((t) => t.replace(/ /g, String.raw`[ \t]+`)).join('|'), 'i');
// Words of working, and up to three words after them ("DRIVER OF VAN (", "drives a truck for"), ending where the name
// begins: after a preposition, a colon, a comma, a dash, a slash or a bracket, or straight after a word naming the
// firm's role ("contractor", "sub", "carrier").
const WORK_BEFORE =
  /\b(?:works?|worked|working|owns?|owned|runs|ran|employed|employee|employer|retired|laid[ \t]+off|drives?|drove|hauls?|hauled|sells?|sold|contractor|subcontractor|sub|carrier|site|job|framer|foreman|floorhand|roughneck|driver|operator|laborer|mechanic|welder|electrician|plumber|carpenter|roofer|cashier|clerk|manager|worker|attendant|helper|installer|technician|dispatcher|loader|packer|selector|bartender|barista|bouncer|cook|server|waitress|waiter|dishwasher|pitmaster|yrs|years)\b(?:[ \t]+(?!the\b)[\p{L}-]+){0,3}?[ \t]*(?:(?:at|for|with|w\/|from|by|to|:|,|-{1,2}|\/|\(|@)[ \t]*(?:the[ \t]+)?)?$/iu;
// Works named before what they are, after "at": "Worked 14 yrs at Domino refinery", "at Alcoa smelter". (Capitalised mid-sentence
// before a kind of works, an everyday word is the owner's name.)
const WORKS_KIND = 'refinery|plant|mill|factory|cannery|shipyard|smelter|foundry|brewery|distillery|packinghouse|quarry';
const NAMED_WORKS = new RegExp(String.raw`(?=\p{Lu}\p{Ll})(?<=\b(?:at|for|from|with)[ \t]+)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]+(?:${WORKS_KIND})\b)`, 'dgu');
const ANY_WORKS_KIND = new RegExp(WORKS_KIND);
// One capitalised word after "at the" before what the place is, in a mixed-case note: "worked 30 years at the Nitro
// chemical plant", "blackjack dealer at the Flamingo casino", "at the Rifle clinic", "stays at the Harbor shelter". Being
// written with a capital mid-sentence before its kind makes an everyday word the place's name; before works a drug's or a
// device's name is the owner's too ("the Norco refinery", "the Baxter plant"), before a clinic it is the clinic's kind.
const INDUSTRIAL_KIND = `${WORKS_KIND}|chemical|mine`;
const INDUSTRIAL = new RegExp(`^(?:${INDUSTRIAL_KIND})$`);
const PLACE_KIND = `${INDUSTRIAL_KIND}|pharmacy|shelter|casino|hall|lodge|tavern|pub|clinic|library|motel|hotel|inn|diner|cafe`;
const NAMED_PLACE_THE = new RegExp(String.raw`(?=\p{Lu}\p{Ll})(?<=\b(?:at|from|near|behind|outside|to)[ \t]+the[ \t]+)(\p{Lu}\p{Ll}+)(?=[ \t]+(${PLACE_KIND})\b)`, 'dgu');
const ANY_PLACE_KIND = new RegExp(PLACE_KIND);
// Words that say which of a town's places, not its name ("the Main library", "the Resident clinic"), and the national
// orders whose halls every town has ("the Moose lodge", "the Legion hall").
const NOT_PLACE_NAME = new Set('main central new old north south east west local public county city town state free family student employee senior community downtown uptown village front back resident residents fellow fellows memory transplant lipid wound sleep pain travel methadone urgent same weekend evening night day women children men university medical teaching hospital moose legion elks eagles masonic grange kiwanis rotary lions knights'.split(' '));
// A workplace after "@" and a word of working, in any case, to the end of its phrase: "bartender @ Sluggers / Wrigleyville",
// "barista @ caffe ladro (queen anne)".
const AT_SIGN_PLACE = /@[ \t]*([\p{L}][\p{L}'’&-]*(?:[ \t]+[\p{L}][\p{L}'’&-]*){0,2}?)(?=[ \t]*(?:[,;(\/)\n]|--|$))/dgu;
// A workplace in brackets after a worker or a place of work, capitalised: "retired machinist (Y-12, 33 yrs)", "WORKED 40
// YRS AT THE STOCKYARDS (SWIFT)", "his dad's body shop (WIEDERHOLT AUTO & TOW)". The bracket names which one; up to a
// comma, a semicolon, a number or the bracket's end.
const WORKPLACE_PAREN = /\b(?:machinist|shipfitter|pipefitter|steelworker|millworker|worker|boss|dealer|employer|stall|shop|plant|mill|mine|stockyards?|job[ \t]+site|vineyard|factory|refinery|cannery|warehouse|foundry|shipyard)[ \t]*\([ \t]*(\p{L}[\p{L}\d'’&.-]*(?:[ \t]+[\p{L}&][\p{L}\d'’&.-]*){0,4})[ \t]*(?=[,;)]|[ \t]+\d)/dgiu;
// What a bracket after a worker says instead of where: how long, when, whether still ("(retired)", "(nights)", "(per wife)").
const NOT_WORKPLACE = new Set('retired ret former formerly disabled disability unemployed laid part full pt ft night nights day days evening evenings seasonal self union non per see unknown unk none not no same local private federal state city county family own his her their approx about since until yrs years weekends weekend overtime temp temporary contract contractor sub owner manager supervisor foreman'.split(' '));
// Name words of a public, hospital or social service, not a firm ("Environmental Services", "Adult Protective Services").
const SERVICE_WORDS = new Set(
  'environmental social protective human family child children adult emergency medical health home homeless housing refugee immigrant community public legal youth senior seniors financial patient guest food nutrition dietary support veterans disability rehab rehabilitation pastoral spiritual case behavioral mental'.split(' '),
);
/** A word that may name a works' owner: no function word, no word of a public or hospital service (lower case). */
const ownerWord = (w: string): boolean => !FUNCTION_WORDS.has(w) && !SERVICE_WORDS.has(w);
/** A word that may name a firm: an owner's word that is no clinical term either (lower case). */
const firmWord = (w: string): boolean => ownerWord(w) && !clinicalTerm(w);

/**
 * Find firms named by their trade after a word of working.
 *
 * @example
 * recognizeHiredTrades('PT IS A FRAMER W/ SHAWMUT CARPENTRY, JOB SITE').length; // 1
 */
export function recognizeHiredTrades(text: string): Candidate[] {
  if (!has(ANY_TRADE, text)) return [];
  const out: Candidate[] = [];
  NAMED_TRADE.lastIndex = 0;
  for (let m = NAMED_TRADE.exec(text); m; m = NAMED_TRADE.exec(text)) {
    const [start, end] = m.indices![1];
    // The trade's own words are the last one or two: only the words before them name the firm.
    const tradeWords = TRADE_END.exec(m[1])![0].split(/[ \t]+/).length;
    const name = m[1].split(/[ \t]+/).slice(0, -tradeWords);
    const line = text.slice(Math.max(0, start - 60), start).split('\n').pop() ?? '';
    if (!WORK_BEFORE.test(line) || !name.every((w) => firmWord(w.replace(/\.$/, '').toLowerCase()))) {
      // The first word may be the word of working itself ("RETIRED ALABAMA RIVER PULP", "SUB DELVALLE DRYWALL"): the
      // name may start at the next one.
      if (name.length > 1) NAMED_TRADE.lastIndex = start + name[0].length + 1;
      continue;
    }
    out.push({ category: 'LOCATION', score: 0.6, start, end, kind: 'business' });
  }
  return out;
}

/**
 * Find works named before what they are after "at", and workplaces after "@" and a word of working.
 *
 * @example
 * recognizeNamedWorks('Worked 14 yrs at Domino refinery loading dock').length; // 1
 */
export function recognizeNamedWorks(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (has(ANY_WORKS_KIND, text)) {
    for (const m of matchesOf(NAMED_WORKS, text)) {
      const words = m[1].toLowerCase().split(/[ \t]+/);
      // (Before works a drug's or a device's name is the owner's: "at Norco refinery".)
      if (!words.every(ownerWord) || words.some((w) => GOODS.has(w)) || capsLine(text, m.index!)) continue;
      out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'business' });
    }
  }
  if (has(ANY_PLACE_KIND, text)) {
    for (const m of matchesOf(NAMED_PLACE_THE, text)) {
      const word = m[1].toLowerCase();
      if (!(INDUSTRIAL.test(m[2]) ? ownerWord(word) : firmWord(word)) || GOODS.has(word) || NOT_PLACE_NAME.has(word) || capsLine(text, m.index!)) continue;
      out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'business' });
    }
  }
  for (const m of matchesOf(WORKPLACE_PAREN, text)) {
    const words = m[1].toLowerCase().split(/[ \t]+/);
    // (Written as a name: a capital first, no title; a lower-case bracket is as often what the work is, "(open hearth)".)
    if (!/^\p{Lu}/u.test(m[1]) || /^(?:dr|mr|mrs|ms|miss)\.?$/.test(words[0]) || NOT_WORKPLACE.has(words[0]) || FUNCTION_WORDS.has(words[0]) || words.some((w) => SERVICE_WORDS.has(w) || (clinicalTerm(w) && !FUNCTION_WORDS.has(w)))) continue;
    out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'business' });
  }
  if (text.includes('@')) {
    for (const m of matchesOf(AT_SIGN_PLACE, text)) {
      const [start, end] = m.indices![1];
      const line = text.slice(Math.max(0, m.index! - 60), start).split('\n').pop() ?? '';
      if (!WORK_BEFORE.test(line) || !m[1].toLowerCase().split(/[ \t]+/).every(firmWord)) continue;
      out.push({ category: 'LOCATION', score: 0.6, start, end, kind: 'business' });
    }
  }
  return out;
}
