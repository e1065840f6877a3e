/**
 * The speakers of a text-message log: the word after a line's date (and time) and before a colon, said so on two lines of
 * the note or more ("10/2 Lucky: i got my birth certificate!!!", "3/4/24 8:14 roz: they moved me to a bed by the door").
 * A log's speakers are its people, whatever their words mean elsewhere; the writer and the roles (me, them, pt, chw, client)
 * are no one's name.
 *
 * @example
 * recognizeChatSpeakers('10/2 Lucky: i got it\n10/2 Kris: yes\n10/2 Lucky: dmv tuesday').length; // 2: Lucky speaks twice, Kris once
 */
import type { Candidate } from '../span.js';
import { FUNCTION_WORDS, NO_ONE, SECTION_WORDS } from './cue-words.js';
import { has, matchesOf } from './util.js';

// A line opening with a date of month and day (a year, a time, a bracket perhaps), then one word and a colon.
const SPEAKER = /(?:^|\n)[ \t>]*\[?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?[ \t]+(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?|[ap])?\]?[ \t]+)?(\p{L}[\p{L}'’-]{1,14})[ \t]*:(?![\d\/])/dgu;
// Besides the words that name no one (cue-words.ts): the other side, the roles and the log's own words a log names its
// speakers by.
const LOG_WORDS = new Set('you we i cl chw chws cp cps outreach caller rn md np lpn cna medic site visit note plan update reply result results time dose shelter provider worker member participant peer interpreter unit ed er doc nurse mom dad'.split(' '));

/**
 * Find the people who speak in a text-message log (two lines each at least).
 *
 * @example
 * recognizeChatSpeakers('10/2 Lucky: i got it\n10/2 Lucky: dmv tuesday').length; // 2
 */
export function recognizeChatSpeakers(text: string): Candidate[] {
  if (!has(/\d\/\d{1,2}[^\n:]{0,24}:/, text)) return [];
  const byWord = new Map<string, [number, number][]>();
  for (const m of matchesOf(SPEAKER, text)) {
    const [start, end] = m.indices![1];
    const w = m[1].toLowerCase();
    if (NO_ONE.has(w) || LOG_WORDS.has(w) || FUNCTION_WORDS.has(w) || SECTION_WORDS.has(w)) continue;
    const at = byWord.get(w) ?? [];
    at.push([start, end]);
    byWord.set(w, at);
  }
  const out: Candidate[] = [];
  for (const at of byWord.values()) if (at.length >= 2) for (const [start, end] of at) out.push({ category: 'NAME', score: 0.6, start, end, kind: 'person' });
  return out;
}
