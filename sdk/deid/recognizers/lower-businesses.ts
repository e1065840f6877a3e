/**
 * Businesses and halls named in notes typed all in lower case, where no capital sets the name apart: a chain whose name is
 * an everyday or clinical word, placed by the street or town after it ("at target in west des moines", "the marathon on hal
 * greer"), a numbered veterans' post in any case ("vfw post 8827"), and a mosque by its name ("masjid al-noor").
 *
 * @example
 * recognizeLowerBusinesses('caught at target in west des moines, mom called'); // a LOCATION over "target"
 */
import type { Candidate } from '../span.js';
import { typedInLowerCase } from './lower-case.js';
import { has, matchesOf } from './util.js';

// The chains of workplaces.ts's CHAIN_ON_STREET, in lower case: after a word of where, before "on", "in", "off" or "at" and
// a street or a town ("at the sunoco on 5th", "from casey's in atlantic"). (Not "on target in", "shell in the ear".)
const CHAIN_AT_STREET =
  /\b(?:at|from|to|near|behind|outside|past)[ \t]+(?:the[ \t]+)?(cvs|walgreens|rite[ \t]aid|shell|pilot|target|giant|speedway|sonic|jewel|tops|petro|amazon|exxon|chevron|sunoco|marathon|citgo|valero|casey['’]s|kum[ \t]&[ \t]go|maverik|holiday|love['’]s|quiktrip|kwik[ \t]trip|iga|bp|dillons|culver['’]s)(?=[ \t]+(?:on|in|off|at|inside|by)[ \t]+(?:the[ \t]+)?[\p{Ll}\d])/dgu;
// Numbered posts of veterans' halls ("vfw post 8827", "legion post #12", "amvets post 44"), in any case.
const VETERANS_POST = /\b(?:vfw|amvets|(?:american[ \t]+)?legion|dav)[ \t]+post[ \t]*#?[ \t]*\d{1,5}(?![\d\p{L}])/giu;
// A mosque by its name after the word ("masjid al-noor", "masjid an-nur", "masjid taqwa").
const MASJID = /\bmasjid[ \t]+(?!(?:on|in|at|of|for|and|or|to|is|was|the|and)(?![\p{L}]))(?:(?:al|an|ar|as|at|ad|ash|el)[- ])?\p{Ll}[\p{Ll}'’-]+(?![\p{L}])/gu;

/**
 * Find chains, numbered posts and mosques named in lower-case notes.
 *
 * @example
 * recognizeLowerBusinesses('drinks at the vfw post 8827 on weekends').length; // 1
 */
export function recognizeLowerBusinesses(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (has(/post[ \t]*#?[ \t]*\d/i, text)) for (const m of matchesOf(VETERANS_POST, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'facility' });
  if (!typedInLowerCase(text)) return out;
  for (const m of matchesOf(CHAIN_AT_STREET, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'business' });
  if (has(/masjid/, text)) for (const m of matchesOf(MASJID, text)) out.push({ category: 'LOCATION', score: 0.6, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'facility' });
  return out;
}
