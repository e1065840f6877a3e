/**
 * Surnames of two to four everyday words after a given name, as many Plains and Northern Rockies families write theirs
 * ("eunice black feather", "Harlan Pumpkin Seed", "NORA OLD COYOTE", "Vivian Kills In Water"): the name recognizers find the
 * given name and perhaps the first word; this reads on to the surname's last word, a noun such names end in.
 *
 * @example
 * compoundSurnameEnd('4. ernest yellow horse, 66, dialysis pt', 3, 9); // 22
 */
import { VOCAB_FLAGS as F, vocabulary } from './vocab.js';

// Words such a surname opens or goes on with: colours, numbers, sizes, ages, qualities, doings, and nouns that also
// qualify ("bear heels", "elk shoulder", "bird bear").
const INNER = new Set(
  'black white red yellow grey gray blue green brown spotted two three four five one little big old young tall short long high low good pretty plenty sure many crazy mad lone iron medicine chasing kills not shot running raining walking standing sitting whistling singing dancing flying charging rides comes brings hollow fast swift bald crooked lame sleeping howling stands walks runs looks holds pumpkin wooden bear eagle elk wolf horse bull buffalo crow hawk bird fox dog deer star thunder cloud'.split(' '),
);
// Small words inside such a surname, never last ("kills in water", "pretty on top", "rides at the door").
const JOINERS = new Set('in on at the by of'.split(' '));
// The nouns such a surname ends in.
const LAST = new Set(
  'bear bears horse horses eagle eagles wolf wolves crow crows bull elk feather feathers chief chiefs shield hawk cloud clouds thunder water coyote weasel bird birds buffalo deer fox dog star stars lance heels seed afraid legs shoulder boy woman man moon sun day knife arrow arrows bow tail head hand foot heart lightning rock stone mountain tree grass eyes calf rabbit otter owl spider snake turtle wind robe blanket pipe track tracks top iron thumb plume ghost road lodge bonnet door'.split(' '),
);
const WORD = /^[ \t]([\p{L}'’-]+)/u;
const ANIMAL_DID = /^[ \t]+(?:bites?|bit|attack(?:ed)?|scratch(?:ed)?|jumped|knocked|kicked|stepped|hair|dander|food)\b/i;

/** The case a word is written in: all lower, all capitals, or title. */
const caseOf = (w: string): string => (w === w.toLowerCase() ? 'lower' : w === w.toUpperCase() ? 'caps' : /^\p{Lu}\p{Ll}/u.test(w) ? 'title' : 'mixed');

/**
 * Where a name found from `start` to `end` ends once a compound surname after its given name is read, or `end`.
 *
 * @example
 * compoundSurnameEnd('caller shawna grey bear, 31', 7, 18); // 23
 */
export function compoundSurnameEnd(text: string, start: number, end: number): number {
  // (Most names are followed by no such word: settled by one look at the next word.)
  const next = WORD.exec(text.slice(end, end + 24))?.[1].toLowerCase();
  if (next === undefined || !(INNER.has(next) || LAST.has(next) || JOINERS.has(next))) return end;
  const words = [...text.slice(start, end).matchAll(/[\p{L}'’-]+\.?/gu)];
  // (The last given name or initial in the span; the words after it there are the surname's first ones.)
  let g = words.length - 1;
  while (g >= 0 && !(/^\p{L}\.$/u.test(words[g][0]) || (vocabulary().flags(words[g][0].toLowerCase()) & F.FIRST) !== 0)) g--;
  if (g < 0) return end;
  const given = words[g][0];
  const inside = words.slice(g + 1).map((w) => w[0]);
  if (inside.some((w) => !INNER.has(w.toLowerCase()) && !JOINERS.has(w.toLowerCase()))) return end;
  const style = caseOf(given.replace(/\.$/, '').length === 1 ? (inside[0] ?? given) : given);
  // (How many words read on after the span.)
  let taken = 0;
  let at = end;
  let best = end;
  for (let n = 0; n < 4 && inside.length + taken < 5; n++) {
    const m = WORD.exec(text.slice(at, at + 24));
    if (!m) break;
    const w = m[1];
    const lw = w.toLowerCase();
    // (Each word in the given name's case: "Talon Bear Heels", "NORA OLD COYOTE", "kiana two lance"; "Kills In Water".)
    if (caseOf(w) !== style && !(JOINERS.has(lw) && style === 'title' && caseOf(w) === 'title')) break;
    if (!INNER.has(lw) && !JOINERS.has(lw) && !LAST.has(lw)) break;
    // (A small word only inside the surname, never first: "HUNTER IN HEART FAILURE CLINIC" is no name.)
    if (JOINERS.has(lw) && inside.length + taken === 0) break;
    taken++;
    at += m[0].length;
    if (LAST.has(lw) && inside.length + taken >= 2) best = at;
  }
  // ("marcus big dog bite", "jo black bear attack": what an animal did, not a surname.)
  return best > end && ANIMAL_DID.test(text.slice(best, best + 16)) ? end : best;
}
