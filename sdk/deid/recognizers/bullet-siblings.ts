/**
 * The other people of a log whose bullets open with people. An outreach log, a camp census or a shift hand-off gives one
 * bullet to each person it met ("- Birdie + Peanut (mother/son) - both on methadone", "- Sarge (Marine vet, 60s) wants a
 * flu shot"); once two of its bullets are found to open with a name, the heads of the others, street names of everyday
 * words among them, are names too, and so are the people listed after a head ("- Sarge, Birdie, Peanut, Trouble, Lacey + 6
 * others"). A head that is a clinical, section, log or calendar word is left ("- Wound: ...", "- Plan: ...").
 *
 * @example
 * bulletSiblings('- Lacey: ok\n- Donnie: ok\n- Peanut fainted', candidates); // a NAME over "Peanut"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { SECTION_WORDS } from './cue-words.js';
import { capitalisedStreetName, streetName } from './log-bullets.js';
import { typedInLowerCase } from './lower-case.js';

/** Found names among fewer bullet heads (and the people listed after them) than this say nothing of the others. */
const MIN_NAMED_HEADS = 2;
// A bullet's head: its mark, then one or two capitalised words or one or two lower-case words; what
// follows it must end the head: a separator, a bracket, a "+", or a lower-case word ("- Peanut fainted").
const HEAD = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]\p{Lu}\p{Ll}[\p{L}'’-]*)?|\p{Ll}[\p{Ll}'’-]+(?:[ \t]\p{Ll}[\p{Ll}'’-]+)?)(?=[ \t]*(?:[-–:,(+&]|$)|[ \t]+\p{Ll})/gmu;
// In a note typed in lower case, a line with no mark headed the same way, one or two words before a dash or a "+" ("pepper —
// uti sx", "rooster (red hair) ...", "gramps + tiny by the zip's"); a note's first line is its title, not a head.
const DASH_HEAD = /(?<=\n)[ \t]*(\p{Ll}[\p{Ll}'’-]+(?:[ \t]\p{Ll}[\p{Ll}'’-]+)?)(?=[ \t]*(?:[—–]|--?[ \t]|\+[ \t]*\p{Ll}|\([ \t]*\p{Ll}))/gu;
// More people listed after a head: a comma, "+" or "&", then a word of the head's case.
const NEXT = /^[ \t]*(?:,|\+|&)[ \t]*(\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Ll}[\p{Ll}'’-]+)(?=[ \t]*(?:[,+&(:]|-[ \t]|$))/u;

// What a nurse's or a team's bullets are headed by besides people: the systems and tasks of charting.
const CHART_HEADS = new Set('anon anonymous unknown unk ranger guard security owner manager mgr cops cop police pd deputy sheriff staff volunteer neighbor neighbour driver medic medics fire ems wound wounds pain skin neuro resp cardiac heart lungs breath gi gu diet appetite activity mobility mood sleep safety falls fall meds vitals labs goals education dressing incision drain site edema bowel bladder urine output intake weight temp bp pulse glucose sugar insulin oxygen o2 supplies weather count total totals tents people ppl narcan syringes water food socks'.split(' '));

/** Whether a head's words may name a person: in its case, no clinical, section, charting, log, kin or calendar word. */
function personHead(head: string): boolean {
  const words = head.split(/[ \t]/).map((w) => w.toLowerCase());
  const capital = head[0] !== head[0].toLowerCase();
  return words.every((w) => !SECTION_WORDS.has(w) && !CHART_HEADS.has(w) && !(vocabulary().flags(w) & F.CLINICAL) && (capital ? capitalisedStreetName(w) : streetName(w)));
}

/**
 * Names at the heads of a log's bullets, and listed after them, where at least two heads were found to be names.
 *
 * @example
 * bulletSiblings('- Lacey: ok\n- Donnie: ok\n- Peanut fainted', [{ category: 'NAME', start: 2, end: 7, score: 0.6 }, { category: 'NAME', start: 14, end: 20, score: 0.6 }]).length; // 1
 */
export function bulletSiblings(text: string, candidates: readonly Candidate[]): Candidate[] {
  const heads = [...text.matchAll(HEAD), ...(typedInLowerCase(text) ? text.matchAll(DASH_HEAD) : [])];
  if (heads.length < MIN_NAMED_HEADS + 1) return [];
  const names = candidates.filter((c) => c.category === 'NAME' && c.score >= 0.3);
  const named = (s: number, e: number): boolean => names.some((c) => c.start < e && s < c.end);
  // Each head, then whoever is listed after it, as [start, word].
  const items: [number, string][] = [];
  for (const m of heads) {
    let start = m.index! + m[0].length - m[1].length;
    let word = m[1];
    for (;;) {
      if (!personHead(word)) break;
      items.push([start, word]);
      const end = start + word.length;
      const next = NEXT.exec(text.slice(end, end + 40));
      if (!next) break;
      start = end + next[0].length - next[1].length;
      word = next[1];
    }
  }
  if (items.filter(([s, w]) => named(s, s + w.length)).length < MIN_NAMED_HEADS) return [];
  const out: Candidate[] = [];
  for (const [start, word] of items) if (!named(start, start + word.length)) out.push({ category: 'NAME', score: 0.5, start, end: start + word.length, kind: 'person' });
  return out;
}
