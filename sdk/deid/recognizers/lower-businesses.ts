/**
 * Businesses and halls named in notes typed all in lower case, where no capital sets the name apart: a chain whose name is
 * an everyday or clinical word, placed by the street or town after it ("at target in west des moines", "the marathon on hal
 * greer"), a numbered veterans' post in any case ("vfw post 8827"), and a mosque by its name ("masjid al-noor"). In any note,
 * lower-case words alone: a town's own store of a chain or its post office, as country directions give them ("behind the
 * raven dollar general", "past the lackey post office"), and a street named without its suffix after a place on it ("the
 * church on 20th and logan", "rite aid on sunset").
 *
 * @example
 * recognizeLowerBusinesses('caught at target in west des moines, mom called'); // a LOCATION over "target"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { isMedicalTerm } from '../medical-terms.js';
import { CALENDAR_WORDS, FUNCTION_WORDS } from './cue-words.js';
import { OPENER, typedInLowerCase } from './lower-case.js';
import { has, matchesOf } from './util.js';

// The chains of workplaces.ts's CHAIN_ON_STREET, in lower case: after a word of where, before "on", "in", "off" or "at" and
// a street or a town ("at the sunoco on 5th", "from casey's in atlantic"). (Not "on target in", "shell in the ear".)
const CHAIN_AT_STREET =
  /\b(?:at|from|to|near|behind|outside|past)[ \t]+(?:the[ \t]+)?(cvs|walgreens|rite[ \t]aid|shell|pilot|target|giant|speedway|sonic|jewel|tops|petro|amazon|exxon|chevron|sunoco|marathon|citgo|valero|casey['’]s|kum[ \t]&[ \t]go|maverik|holiday|love['’]s|quiktrip|kwik[ \t]trip|iga|bp|dillons|culver['’]s)(?=[ \t]+(?:on|in|off|at|inside|by)[ \t]+(?:the[ \t]+)?[\p{Ll}\d])/dgu;
// A town's own store of a chain, or its post office, as country directions give them: "behind the raven dollar general", "the
// webster springs rite aid closed", "past the lackey post office". The town is one word or two before the chain's name.
const TOWN_CHAIN = /\b(?:dollar[ \t]+general|family[ \t]+dollar|dollar[ \t]+tree|rite[ \t]+aid|piggly[ \t]+wiggly|ig[ \t]?a|walmart|wal-mart|kroger|food[ \t]+city|food[ \t]+lion|save[ \t-]a[ \t-]lot|walgreens|mcdonald['’]?s|hardee['’]?s|dairy[ \t]+queen|sheetz|post[ \t]+office)\b/g;
// The words before such a chain: a word of where, then the town's two words, or its one.
const WHERE_BEFORE_CHAIN = String.raw`\b(?:the|past|at|by|behind|near|from|to)[ \t]+`;
const TWO_BEFORE_CHAIN = new RegExp(String.raw`${WHERE_BEFORE_CHAIN}([a-z][a-z'’-]+[ \t][a-z][a-z'’-]+)[ \t]+$`);
const ONE_BEFORE_CHAIN = new RegExp(String.raw`${WHERE_BEFORE_CHAIN}([a-z][a-z'’-]+)[ \t]+$`);
// A street named without its suffix after a place that stands on it, in lower case: "the church on 20th and logan", "rite aid
// on sunset", "holy family mission on lawrence", "the car wash on federal", "clinic on zinfandel".
const PLACE_ON_STREET = /\b(?:mission|shelter|church|center|ctr|clinic|library|laundromat|store|market|mart|hotel|motel|inn|apartments|apts|park|station|lot|garage|car[ \t]+wash|bar|cafe|diner|restaurant|school|dmv|warehouse|shop|pharmacy|bank|bus[ \t]+stop|alley|camp|rite[ \t]+aid|cvs|walgreens|denny['’]s|king[ \t]+soopers|walmart|dollar[ \t]+general|family[ \t]+dollar|7-eleven|mcdonald['’]?s|safeway|grocery[ \t]+outlet|food[ \t]+4[ \t]+less|food[ \t]+maxx)[ \t]+on[ \t]+((?:[nsew][ \t]+)?(?:\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'’-]{2,})(?:[ \t]+(?:and|&)[ \t]+(?:\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'’-]{2,}))?)(?![\p{L}\d])/dgu;
// Words after "on" that are no street: what a place is on besides one ("pharmacy on file", "clinic on call", "bar on fire").
const NOT_STREET_AFTER_ON = new Set('file call duty site time hold board foot fire line campus premises property grounds floor level unit ward way route break lunch weekends weekdays days nights shifts the his her their our my your its a an this that top side corner edge other same hand record records standby schedule track hot cold island log sheet chart implant pilings stilts blocks wheels post base leave vacation'.split(' '));
// Numbered posts of veterans' halls ("vfw post 8827", "legion post #12", "amvets post 44"), in any case.
const VETERANS_POST = /\b(?:vfw|amvets|(?:american[ \t]+)?legion|dav)[ \t]+post[ \t]*#?[ \t]*\d{1,5}(?![\d\p{L}])/giu;
// A mosque by its name after the word ("masjid al-noor", "masjid an-nur", "masjid taqwa").
const MASJID = /\bmasjid[ \t]+(?!(?:on|in|at|of|for|and|or|to|is|was|the|and)(?![\p{L}]))(?:(?:al|an|ar|as|at|ad|ash|el)[- ])?\p{Ll}[\p{Ll}'’-]+(?![\p{L}])/gu;

/**
 * Find chains, numbered posts and mosques named in lower-case notes, and in any note a town's own store or post office and a
 * street after a place on it.
 *
 * @example
 * recognizeLowerBusinesses('drinks at the vfw post 8827 on weekends').length; // 1
 */
export function recognizeLowerBusinesses(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (has(/post[ \t]*#?[ \t]*\d/i, text)) for (const m of matchesOf(VETERANS_POST, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'facility' });
  // (These read lower-case words only, so they hold in a note whose names alone are capitalised.)
  for (const m of matchesOf(TOWN_CHAIN, text)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index);
    // (Two words, or the last one alone: "past the lackey post office" reads "lackey", not "the lackey".)
    const two = TWO_BEFORE_CHAIN.exec(before);
    const one = ONE_BEFORE_CHAIN.exec(before);
    const town = two && townOfPostOffice(two[1]) ? two[1] : one && townOfPostOffice(one[1]) ? one[1] : null;
    if (!town) continue;
    const end = m.index! - (before.length - before.trimEnd().length);
    out.push({ category: 'LOCATION', score: 0.6, start: end - town.length, end, kind: 'city' });
  }
  if (has(/[a-z][ \t]+on[ \t]+[a-z\d]/, text)) for (const m of matchesOf(PLACE_ON_STREET, text)) {
    const words = m[1].split(/[ \t]+/).filter((w) => !/^(?:[nsew]|and|&)$/.test(w));
    if (words.some((w) => NOT_STREET_AFTER_ON.has(w) || CALENDAR_WORDS.test(w.replace(/s$/, '')) || w.includes('-') || FUNCTION_WORDS.has(w) || isMedicalTerm(w) || clinicalWord(w))) continue;
    out.push({ category: 'LOCATION', score: 0.55, start: m.indices![1][0], end: m.indices![1][1], kind: 'street' });
  }
  if (!typedInLowerCase(text)) return out;
  for (const m of matchesOf(CHAIN_AT_STREET, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'business' });
  if (has(/masjid/, text)) for (const m of matchesOf(MASJID, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'facility' });
  return out;
}

/** Whether a word of letters is one a clinical list holds and no place, post office or surname list does. */
function clinicalWord(w: string): boolean {
  const f = vocabulary().flags(w);
  return !/\d/.test(w) && (f & F.CLINICAL) !== 0 && (f & (F.PLACE | F.POSTAL | F.LAST)) === 0;
}

/** Whether one or two lower-case words name a town a post office serves, and open no phrase ("the old dollar general"). */
function townOfPostOffice(words: string): boolean {
  const v = vocabulary();
  if (v.flags(words) & F.POSTAL) return true;
  return words.split(/[ \t]/).every((w) => !OPENER.has(w) && v.flags(w) & F.POSTAL);
}
