/**
 * A business named in quotes where the sentence is about a shop, a firm or a job: 'a shoe repair shop on 108th St in Forest
 * Hills ("Yusupov Shoe & Key")', 'owns a bodega on Fordham Rd, "Paulino Grocery #2,"', 'base is "Caribe Car Service"'. The
 * name places its owner or worker as a street would. Capitalised words in quotes are as often a person's own words, so the
 * sentence must speak of business first and the words must be no pronouns, function words or clinical terms.
 *
 * @example
 * recognizeQuotedBusinesses('owns a bodega, "Paulino Grocery #2," open late'); // covers "Paulino Grocery #2"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { clinicalTerm } from './place-words.js';
import { has, matchesOf } from './util.js';

// Two to five capitalised words in quotes; an "&", a branch number or a Romance "de" may stand between them.
const QUOTED = /["“](\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:&[ \t]+)?(?:\p{Lu}[\p{L}'’.-]*|#\d{1,3}|de|del|la|los|of)){1,4}),?["”]/dgu;
// Words that make the sentence about a business, its owner or its worker.
const BUSINESS_TALK = /\b(?:owns?|owned|owner|shop|store|bodega|grocery|market|restaurant|salon|business|company|firm|base|dispatcher|garage|bakery|cafe|diner|tavern|employer|works?|worked|working|job|boss|stall|contractor|subcontractor|agency)\b/i;
// A verb of speaking right before the quote: what follows is what someone said.
const SPEECH_BEFORE = /\b(?:says?|said|states?|stated|reports?|reported|c\/o|yells?|yelled|asks?|asked)[ \t]*[,:]?[ \t]*$/i;
// Words a business's name may hold between its capitalised ones.
const JOINERS = new Set(['&', 'de', 'del', 'la', 'los', 'of']);

/**
 * Find businesses named in quotes in a sentence about work or trade.
 *
 * @example
 * recognizeQuotedBusinesses('Pt states base is "Caribe Car Service", dispatcher notified').length; // 1
 */
export function recognizeQuotedBusinesses(text: string): Candidate[] {
  if (!has(/["“]\p{Lu}/u, text)) return [];
  const out: Candidate[] = [];
  for (const m of matchesOf(QUOTED, text)) {
    const at = m.index ?? 0;
    // The sentence before the quote, back to its start (a period, a line break or 100 characters).
    const before = text.slice(Math.max(0, at - 100), at).split(/[.!?\n](?=[ \t]|$)|\n/).pop() ?? '';
    if (!BUSINESS_TALK.test(before)) continue;
    const words = m[1].split(/[ \t]+/).filter((w) => !JOINERS.has(w.toLowerCase()) && !/^#\d/.test(w));
    const plain = (w: string): boolean => {
      const c = w.replace(/[.’']+$/, '').toLowerCase();
      return !FUNCTION_WORDS.has(c) && !clinicalTerm(c);
    };
    // One word at least is a name, a place or no everyday word ("Caribe", "Yusupov"): "Chest Pain Again" is someone's words.
    const named = (w: string): boolean => {
      const f = vocabulary().flags(w.toLowerCase());
      return (f & (F.FIRST | F.LAST | F.PLACE | F.PROPER)) !== 0 || !(f & (F.COMMON | F.ENGLISH));
    };
    if (words.length < 2 || !words.every(plain) || !words.some(named) || SPEECH_BEFORE.test(before)) continue;
    const [s, e] = m.indices![1];
    out.push({ category: 'LOCATION', score: 0.65, start: s, end: e, kind: 'business' });
  }
  return out;
}
