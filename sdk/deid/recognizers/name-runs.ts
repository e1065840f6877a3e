/**
 * Names found with no cue: capitalised runs scored from the name dictionaries, the English and clinical vocabularies and
 * the words' shapes (everyday words such as Hope or Young need a partner; capitals need two known names), and lower-case
 * "first last" pairs of known names. names.ts adds the cues and the record memory around them.
 *
 * @example
 * const out: Candidate[] = [];
 * nameRunsFromDictionaries('seen with Wilhelmina Stroud today', out);
 */
import { dictionaries } from '../dictionaries.js';
import { EPONYM_HEADS, isEponym, isMedicalTerm, scaleScoreAfter } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';
import { CREDENTIALS } from './credentials.js';
import { faithWord } from './cue-words.js';
import { core, inNameDict, shapeOf } from './name-tokens.js';
import { labDumpLine } from './util.js';

/**
 * Capitalized runs scored from dictionaries and shape only.
 *
 * @example
 * const out: Candidate[] = [];
 * nameRunsFromDictionaries('seen with Wilhelmina Stroud today', out); // out holds "Wilhelmina Stroud"
 */
export function nameRunsFromDictionaries(text: string, out: Candidate[]): void {
  const d = dictionaries();
  const re = /(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|(?:van|von|de|der|den|da|del|della|di|du|le|la)(?![\p{L}'’-]))){0,4}/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = [...m[0].matchAll(/\S+/g)];
    // Split the run at the first word that cannot be part of a name.
    let i = 0;
    while (i < words.length) {
      let j = i;
      const run: string[] = [];
      while (j < words.length) {
        const w = words[j][0];
        const c = core(w).toLowerCase();
        const sh = shapeOf(w);
        if (sh === 'other' || isMedicalTerm(c) || CREDENTIALS.has(c) || c.length < 1) break;
        // ("Pt is Roman Catholic": a faith, though Roman and Christian are given names.)
        const at = m.index + words[j].index!;
        if (faithWord(text, at, at + c.length, c)) break;
        if (run.length > 0 && /\.$/.test(words[j - 1][0]) && shapeOf(words[j - 1][0]) !== 'initial') break;
        // ("ZIELINSKI, ROMAN     Emp 88412": a gap of three spaces or a tab, or of two between capitals and title case, is a
        // column's edge, not a space inside a name.)
        const gap = j > 0 ? m[0].slice(words[j - 1].index! + words[j - 1][0].length, words[j].index!) : '';
        if (run.length > 0 && (/[ \t]{3}|\t/.test(gap) || (gap.length > 1 && shapeOf(words[j - 1][0]) !== sh && sh !== 'initial'))) break;
        run.push(w);
        j++;
      }
      // ("Base: Mt. Vernon": after a mountain's or a fort's word the run is a place's name, not a person's.)
      if (run.length > 0 && !/\b(?:Mt|MT|Mount|MOUNT|Ft|FT|Fort|FORT)\.?[ \t]$/.test(text.slice(Math.max(0, m.index + words[i].index! - 7), m.index + words[i].index!))) {
        const s = m.index + words[i].index!;
        const lastTok = run[run.length - 1];
        let e = m.index + words[i + run.length - 1].index! + lastTok.length;
        if (/\.$/.test(lastTok) && shapeOf(lastTok) !== 'initial') e--;
        if (/['’]s$/i.test(text.slice(s, e))) e -= 2;
        if (run.every((w) => w.includes('-')) && labDumpLine(text, s)) {
          i = Math.max(j, i + 1);
          continue;
        }
        const verdict = judgeRun(run, text, s, e, d);
        if (verdict > 0) out.push({ category: 'NAME', score: verdict, start: s, end: e, kind: 'person' });
      }
      i = Math.max(j, i + 1);
    }
  }
}

/** Score a capitalized run without cues: 0 = not a name. */
function judgeRun(run: string[], text: string, s: number, e: number, d: ReturnType<typeof dictionaries>): number {
  const verdict = judgeRunWords(run, text, s, d);
  // The eponym test is a long regex: run it only for runs that would otherwise count as names.
  if (verdict <= 0) return verdict;
  // ("Ortolani/Barlow neg", "Moro intact": an eponym alone, with no cue, is the sign named after someone.)
  // ("Deb Jurgens of Lennox": after a place's preposition it is the town.)
  if (run.length === 1 && isEponym(core(run[0]).toLowerCase()) && !/\b(?:of|in|from|at|to|near)[ \t]+$/i.test(text.slice(Math.max(0, s - 6), s))) return 0;
  const after = text.slice(e, e + 40);
  return EPONYM_HEADS.test(after) || scaleScoreAfter(run[run.length - 1], after) ? 0 : verdict;
}

function judgeRunWords(run: string[], text: string, s: number, d: ReturnType<typeof dictionaries>): number {
  const info = run.map((w) => {
    const c = core(w).toLowerCase();
    const sh = shapeOf(w);
    return {
      sh,
      first: d.firstNames.has(c),
      last: d.lastNames.has(c) || inNameDict(w, d),
      common: d.common.has(c),
      english: d.english.has(c),
      c,
    };
  });
  const named = info.filter((t) => t.sh !== 'initial' && t.sh !== 'particle');
  if (named.length === 0) return 0;
  const caps = named.every((t) => t.sh === 'caps');
  // Header lines in capitals ("HISTORY OF PRESENT ILLNESS") and acronyms ("ACE", "VIN") are not names:
  // without a cue, capitals need two or more words, every one a known name.
  if (caps && (named.length < 2 || !named.every((t) => (t.first || t.last) && !t.common))) return 0;
  const dict = named.filter((t) => (t.first || t.last) && !t.common);
  const ambiguous = named.filter((t) => (t.first || t.last) && t.common);
  // ("s/p CVA Jan 2026": an abbreviation is no unknown word.)
  const unknown = named.filter((t) => !t.first && !t.last && !t.english && !t.common && t.c.length >= 3 && !(vocabulary().flags(t.c) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)));
  const plainWords = named.length - dict.length - ambiguous.length - unknown.length;
  const givenPlusWord = named.length === 2 && info[0].first && !info[0].common && named[1].sh === 'title' && !named[1].common;
  if (plainWords > 0 && !givenPlusWord) return 0;
  if (named.length >= 2) {
    if (dict.length >= 1) return 0.8;
    // "Wilhelmina Stroud": a known given name followed by a capitalized word is a full name, even when
    // the surname is also an English word (the run was already cut at everyday words and clinical terms).
    if (named.length === 2 && info[0].first && !info[0].common && named[1].sh === 'title' && !named[1].common) return 0.7;
    if (ambiguous.length >= 2 && info[0].first && info[info.length - 1].last) return 0.55;
    if (unknown.length >= 1 && ambiguous.length >= 1) return 0.6;
    if (unknown.length >= 2) return 0.5;
    return 0;
  }
  // One word: a known, unambiguous name; an initial plus surname was handled above.
  if (dict.length === 1 && info.some((t) => t.sh === 'initial')) return 0.8;
  // "Jack B.", "Frank L.": a given name that is also a word, followed by a surname initial.
  if (info.length === 2 && info[0].first && info[0].sh === 'title' && info[1].sh === 'initial' && /\.$/.test(run[1])) return 0.7;
  // A lone English word opening a sentence or line ("Gross: received fresh") is not evidence.
  if (named[0].english && /(?:^|[.!?:\n])\s*(?:[-*#•]\s*)?$/.test(text.slice(Math.max(0, s - 6), s))) return 0;
  if (dict.length === 1) return info.length > 1 ? 0.7 : 0.65;
  return 0;
}

/**
 * Lower-case "first last" pairs from the dictionaries.
 *
 * @example
 * const out: Candidate[] = [];
 * lowercaseNamePairs('pt john smith called', out); // out holds "john smith"
 */
export function lowercaseNamePairs(text: string, out: Candidate[]): void {
  const d = dictionaries();
  const re = /\b(\p{Ll}{2,})[ \t]+(\p{Ll}{2,}(?:-\p{Ll}{2,})?)\b/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const [a, b] = [m[1], m[2]];
    if (d.firstNames.has(a) && !d.common.has(a) && inNameDict(b, d) && !d.common.has(b) && !isMedicalTerm(a) && !isMedicalTerm(b)) {
      out.push({ category: 'NAME', score: 0.6, start: m.index, end: m.index + m[0].length, kind: 'person' });
    }
    re.lastIndex = m.index + m[1].length + 1;
  }
}
