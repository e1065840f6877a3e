/**
 * Towns that share their name with a clinical term: the vocabulary holds "framingham" (a risk score), "salem" (a sump
 * tube), "epworth" (a sleepiness scale), so the gate keeps them as clinical words wherever they stand. After a word of
 * place ("d/c to framingham", "outpt pt at salem", "home port Ballard") and without the term's own partner word after
 * it ("framingham risk", "salem sump", "ballard suction"), the town is meant.
 *
 * @example
 * recognizeClinicalTowns('d/c in am to framingham'); // "framingham"
 * recognizeClinicalTowns('framingham risk 12%').length; // 0
 */
import type { Candidate } from '../span.js';
import { matchesOf } from './util.js';

// Each town and the words that follow its clinical namesake. Devices and drugs that name towns ("stryker", "norco",
// "hickman") are left out: "from hickman", "in stryker" are lines and beds far more often than places.
const TOWNS: Record<string, string> = {
  framingham: 'risk score criteria heart study calc calculator cvd chd',
  salem: 'sump tube ng ngt og ogt drain to lis lws',
  epworth: 'sleepiness sleep score scale ess of',
  oswestry: 'disability index odi score low back questionnaire',
  ballard: 'suction catheter cath inline in-line closed score exam scale trach',
  gleason: 'score grade pattern sum',
  ranson: 'criteria score',
};
/** The namesake's partner word (or a number: "gleason 7", "epworth 14") at the start of what follows. */
const PARTNER = Object.fromEntries(Object.entries(TOWNS).map(([town, words]) => [town, new RegExp(`^(?:\\d|(?:${words.split(' ').join('|')})(?![\\p{L}-]))`, 'iu')]));

// A word of place just before, in any case: "to", "in", "from", "at", "near", "outside", "of", "port", "lives".
const CUE = /\b(?:to|in|from|at|near|outside|around|of|port|lives|living|resides)[ \t]+(?:the[ \t]+)?$/i;
const WORD = new RegExp(`\\b(?:${Object.keys(TOWNS).join('|')})\\b`, 'gi');

/**
 * Find towns named like a clinical term after a word of place.
 *
 * @example
 * recognizeClinicalTowns('sister agatha in salem is 97').length; // 1
 */
export function recognizeClinicalTowns(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(WORD, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!CUE.test(text.slice(Math.max(0, start - 24), start))) continue;
    // "to salem sump", "in framingham risk 12%": the clinical term after all.
    if (PARTNER[m[0].toLowerCase()].test(text.slice(end, end + 16).replace(/^[ \t]+/, ''))) continue;
    out.push({ category: 'LOCATION', score: 0.7, start, end, kind: 'city' });
  }
  return out;
}
