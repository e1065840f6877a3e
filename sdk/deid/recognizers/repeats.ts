/**
 * A name found once in a note is a name wherever the note repeats it. Notes introduce a relative
 * or a nurse with a cue ("SON SANJAY", "wife bea", "sil bill") and then write the bare name
 * ("CALL SANJAY CELL ...", "BILL SAYS THEY CAN TAKE PT", "dale's # 563-..."), where no cue is left
 * to find it. Each word of a detected name is looked for again, in the same case or in capitals,
 * unless an eponym's noun follows it ("Dr. Graves" does not make "Graves disease" a name).
 *
 * @example
 * repeatedNames('SON SANJAY IN. CALL SANJAY', [{ category: 'NAME', start: 4, end: 10, score: 0.5 }]); // the second SANJAY
 */
import { EPONYM_HEADS } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FAMILY_WORDS, FUNCTION_WORDS } from './cue-words.js';
import { shapeOf } from './name-tokens.js';
import { matchesOf, SENTENCE_START } from './util.js';

/** Names found with less confidence than this are not repeated: a weak guess would be copied. */
const MIN_SCORE = 0.3;
/** Parts of a name span that are no name of their own: titles, credentials, suffixes, particles. @example NOT_A_NAME_PART.has("rn"); // true */
export const NOT_A_NAME_PART = new Set('trauma unknown unk dr drs mr mrs ms miss mx prof rev fr sr jr ii iii iv rn md np pa do phd mbbs frcp frcs facp facc facs mph msn bsn crnp de da del la le van von der den di du st the and of'.split(' '));
const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;
// A word as the repeat scan reads it: letters with inner apostrophes and hyphens, whole.
const TOKEN = /(?<![\p{L}'’-])\p{L}[\p{L}'’-]*(?<!-)(?![\p{L}-])/gu;

/** What follows a person's name and no everyday word: a verb of what relatives do or say, the role they hold ("is HCPOA"), or a possessive with a number. */
const PERSON_ACTS = /^(?:[ \t]+(?:lives|lived|works|worked|called|calls|says|said|visited|visits|drove|came|from|tells|told|reports|reported|states|stated|asks|asked|agrees|agreed|is[ \t]+(?:the[ \t]+)?(?:hcp|hcpoa|poa|dpoa|nok|surrogate|guardian|decision[ -]maker))\b|['’]s[ \t]+(?:#|cell|phone|number))/i;

/** What follows the subject of a letter's or a note's sentence: a name found elsewhere in the note opening it is the person ("Ruby was diagnosed", "Major returns after his TAVR"), not the everyday word ("Hope is that"). */
const SUBJECT_ACTS = /^[ \t]+(?:(?:is|was)(?![ \t]+(?:that|to|not|the)\b)|has|had|returns|returned|presents|presented|comes|continues|continued|denies|denied|remains|remained|tolerated|tolerates|underwent|developed|will|would|does|did|feels|felt|enjoys|loves|likes|wants|wanted|needs|needed|attends|attended|completed|started|began)\b/;

type Shape = 'lower' | 'title' | 'caps';

/** The word's case, as the name scanner reads it; null for initials, particles and mixed shapes. */
function caseOf(w: string): Shape | null {
  const sh = shapeOf(w);
  return sh === 'lower' || sh === 'title' || sh === 'caps' ? sh : null;
}

// This runs for every word of a note that names someone: most words end in neither "s" nor an apostrophe, and are
// returned without running the two replacements.
function withoutPossessive(word: string): string {
  const last = word[word.length - 1];
  if (last !== 's' && last !== 'S' && last !== "'" && last !== '’') return word;
  return word.replace(/['’]s$/i, '').replace(/['’]+$/, '');
}

/**
 * Other occurrences of the words of the NAME candidates, as NAME candidates.
 *
 * @example
 * repeatedNames('wife bea here. bea says ok', [{ category: 'NAME', start: 5, end: 8, score: 0.5 }]).length; // 1
 */
export function repeatedNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  // Lower-cased word -> the shapes it was found in.
  const found = new Map<string, Set<Shape>>();
  // Everyday words the note gave as someone's nickname: the person wherever they come back, a sentence's first word too.
  const nicknames = new Set<string>();
  const covered: [number, number][] = [];
  for (const c of candidates) {
    if (c.category !== 'NAME' || c.score < MIN_SCORE) continue;
    covered.push([c.start, c.end]);
    for (const m of text.slice(c.start, c.end).matchAll(WORD)) {
      const w = m[0].replace(/['’]s$/i, '');
      const lower = w.toLowerCase();
      const shape = caseOf(w);
      // (An everyday word no name list holds is a name only where it was found: a header's "DISCHARGE" or "PHARMACY" read
      // once as a name is not copied down the note; unless it was given as a nickname: 'anthony "ant" scarpelli', then "ant
      // talked about his dad".)
      const f = vocabulary().flags(lower);
      const at = c.start + m.index!;
      // (Or the nickname a full name in brackets or after "=" explains: "Duke (Duane Pfeiffer)", "Coop = Anthony Cooper".)
      const nickname = /["“'‘(]/.test(text[at - 1] ?? '') || (c.end === at + m[0].length && /^[ \t]*(?:\([ \t]*|=[ \t]*)\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 24)));
      if (lower.length < 3 || !shape || NOT_A_NAME_PART.has(lower) || FUNCTION_WORDS.has(lower) || FAMILY_WORDS.has(lower) || f & (F.CLINICAL | F.ABBREV) || (f & F.COMMON && !(f & (F.FIRST | F.LAST | F.NAMEWORD)) && !nickname)) continue;
      if (nickname && f & F.COMMON) nicknames.add(lower);
      const shapes = found.get(lower) ?? new Set<Shape>();
      shapes.add(shape);
      found.set(lower, shapes);
    }
  }
  if (found.size === 0) return [];
  const out: Candidate[] = [];
  // One pass over the note's words, each looked up (a regex of the found words, compiled per note, cost more).
  for (const m of matchesOf(TOKEN, text)) {
    // ("SANJAY'S cell": the name before a possessive.)
    const w = withoutPossessive(m[0]);
    const shapes = found.get(w.toLowerCase());
    if (!shapes) continue;
    const start = m.index!;
    const end = start + w.length;
    if (covered.some(([a, b]) => a < end && start < b)) continue;
    const shape = caseOf(w);
    // A lower-case name may come back capitalised; a capitalised one does not come back in lower case ("Bill" / "the bill"),
    // unless what follows is what a person does ("Daughter Winter ... winter works at Dartmouth", "jethro from Hyannis").
    const acts = PERSON_ACTS.test(text.slice(end, end + 12));
    if (shape === null || (shape === 'lower' && !shapes.has('lower') && !acts) || EPONYM_HEADS.test(text.slice(end, end + 40))) continue;
    // An everyday word opening a sentence is that word ("Can", "General"), whatever it named elsewhere, unless
    // the person acts ("Rue lives at 14 Shore Rd") or, found capitalised, is the sentence's subject ("Hope is eager").
    if (shape === 'title' && !acts && !nicknames.has(w.toLowerCase()) && SENTENCE_START.test(text.slice(Math.max(0, start - 3), start)) && vocabulary().flags(w.toLowerCase()) & (F.COMMON | F.ENGLISH) && !(shapes.has('title') && SUBJECT_ACTS.test(text.slice(end, end + 14)))) continue;
    out.push({ category: 'NAME', score: 0.45, start, end, kind: 'person' });
  }
  return out;
}

/**
 * A short form in brackets just after a found name: its initials ("Mr Kiran Mistry (KM)") or the start of one of its
 * words ("MOB PRUDENCE (PRU)", "Alexandra (Alex)"). Notes give them once and then use them.
 *
 * @example
 * shortForms('Mr Kiran Mistry (KM), 95', [{ category: 'NAME', start: 3, end: 15, score: 0.9 }]); // covers "KM"
 */
export function shortForms(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.category !== 'NAME' || c.score < MIN_SCORE) continue;
    // ("Dr. PATEL,R": an initial glued after the surname's comma.)
    const glued = /^,(\p{Lu})\.?(?![\p{L}\d])/u.exec(text.slice(c.end, c.end + 4));
    if (glued) out.push({ category: 'NAME', score: 0.6, start: c.end + 1, end: c.end + 2, kind: 'person' });
    // ("Mr Thibodeaux ("T-Boy")", "Nikki (N.W.)": a nickname in quotes, or dotted initials opening with the name's letter.)
    const quoted = /^[ \t]*\([ \t]*["“]([\p{Lu}][\p{L}'’ .-]{1,18}[\p{L}.])["”][ \t]*\)/u.exec(text.slice(c.end, c.end + 28));
    if (quoted) {
      const start = c.end + quoted[0].indexOf(quoted[1]);
      out.push({ category: 'NAME', score: 0.6, start, end: start + quoted[1].length, kind: 'person' });
      continue;
    }
    const dotted = /^["”]?[ \t]*\([ \t]*((?:\p{Lu}\.[ \t]?){2,3})[ \t]*\)/u.exec(text.slice(c.end, c.end + 16));
    if (dotted && dotted[1][0].toLowerCase() === text[c.start].toLowerCase()) {
      const start = c.end + dotted[0].indexOf(dotted[1]);
      out.push({ category: 'NAME', score: 0.6, start, end: start + dotted[1].trimEnd().length, kind: 'person' });
      continue;
    }
    const m = /^[ \t]*\([ \t]*(\p{L}{2,5})[ \t]*\)/u.exec(text.slice(c.end, c.end + 12));
    if (!m) continue;
    const short = m[1].toLowerCase();
    const words = [...text.slice(c.start, c.end).matchAll(WORD)].map((w) => w[0].toLowerCase()).filter((w) => !NOT_A_NAME_PART.has(w));
    const initials = words.length >= 2 && words.map((w) => w[0]).join('') === short;
    const prefix = words.some((w) => w.length > short.length && w.startsWith(short));
    if (!initials && !prefix) continue;
    const start = c.end + m[0].indexOf(m[1]);
    out.push({ category: 'NAME', score: 0.6, start, end: start + m[1].length, kind: 'person' });
  }
  return out;
}
