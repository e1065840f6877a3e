/**
 * Name-shaped tokens and the scanner that extends a name phrase from a starting point:
 * "Dr. |Mary-Ann O'Neil", "Patient: |SMITH, JOHN A.", "his wife |hope". Shared by every name rule.
 *
 * @example
 * scanName('Dr. Mary-Ann O\'Neil, MD', 4, 'title'); // { start: 4, end: 18 }
 */
import { type Dictionaries, dictionaries } from '../dictionaries.js';
import { isMedicalTerm } from '../medical-terms.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';
import { CREDENTIALS } from './credentials.js';
import { FAMILY_WORDS } from './cue-words.js';

/** Everyday verbs and adverbs that follow "pt", "dtr", "son" as the next word of the sentence ("DTR WILL RETURN", "DRIVE PT HOME", "PT HAS APPT"), and roles in a crash or a school ("PT DRIVER OF", "FRIEND DRIVER", "PT NAME PER OFFICER"). @example NOT_NAME_AFTER_CUE.has('will'); // true */
export const NOT_NAME_AFTER_CUE = new Set('driver drivers passenger passengers student rider name helo helicopter cutter rails sgt lt det cpl capt cpt trooper deputy officer note notes night nights evening fam bro float charge primary will has had have home here there can may did does would should could must also now still states said says called came went aware updated visited visiting returned arrived left lives lived wants needs feels spoke found notified paged informed agrees agreed declined requested reports reported fell slept ate refused remains remained resting rested denies denied complains complained tolerated tolerating ambulated ambulating voided voiding sitting lying walked walking awake asleep alert oriented confused agitated calm given res client adm ext pg pgr comp peer peers writer care'.split(' '));

/**
 * "PT WORKS AS ROOFER", "son works nights", "partner doing well", "PT BACK FROM PACU": after the patient or
 * a relative, an everyday word that name lists know only as a surname, written as a verb in the third
 * person (-s) or one of a few participles and adverbs, opens the sentence's predicate. A given name ("son
 * Will") is never ruled out here, nor other -ing and -ed words, which are given names too ("dtr Blessing",
 * "grandson Red", "son Wing").
 *
 * @example
 * predicateAfterPerson('son', 'works', VOCAB_FLAGS.COMMON | VOCAB_FLAGS.LAST); // true
 */
export function predicateAfterPerson(cue: string, lower: string, flags: number): boolean {
  if (!(flags & VOCAB_FLAGS.COMMON) || flags & VOCAB_FLAGS.FIRST) return false;
  if (cue !== 'pt' && cue !== 'patient' && !FAMILY_WORDS.has(cue)) return false;
  return /[^s']s$/.test(lower) || participle(lower) || PREDICATE_WORDS.has(lower);
}

/** A past or present participle of six letters or more ("stayed", "holding"); shorter words so ending are often names ("Ted", "King"). @example participle('holding'); // true */
export function participle(lower: string): boolean {
  return lower.length >= 6 && /(?:ed|ing)$/.test(lower);
}
// Participles, adverbs, states and past tenses a patient or relative is written with ("pt doing well", "pt back to unit",
// "baby born 3/2", "PT STABLE OVERNIGHT", "BOYFRIEND STRUCK HER", "DAUGHTER RODE UP FRONT").
const PREDICATE_WORDS = new Set('doing going willing born seen done gone back last out up down off over through stable unstable comfortable restless lethargic drowsy anxious weak tired pleasant cooperative quiet improved improving better worse unchanged struck rode shot hit took drove came brought gave held fell ran said told sat stood threw found saw got put kept sent went spoke woke slept bit stole broke chose flew knew lost made met paid rang sold taught thought won wore'.split(' '));

/** How much the caller's context already says "a name follows": a title (Dr., Ms.) most, a field label (Patient:) less (it may be a dialogue speaker), a phrase ("seen by", "his wife") least. @example scanName(text, pos, 'title'); */
/** Roman numerals up to xiii, lower case ("class III-IV", "Henry VIII"): never a name. @example ROMAN_NUMERAL.test('iv'); // true */
export const ROMAN_NUMERAL = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/;

export type Strength = 'title' | 'label' | 'context';

/** A word-ish token: letters with internal apostrophes/hyphens, optional trailing period. @example TOKEN.lastIndex = 0; TOKEN.exec('O\'Brien said')?.[0]; // "O'Brien" */
export const TOKEN = /[\p{L}][\p{L}\p{M}'’\-]*\.?/uy;

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'das', 'del', 'della', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ten', 'ter', 'st.', 'mac']);


/** Words after "dr" that name a place or a task, not a doctor ("dr office", "dr appt"). */
const NOT_AFTER_TITLE = new Set('office offices appt appointment visit visits note notes order orders team service line lines aware notified called paged updated here there will may to at in on of and or the'.split(' '));

/** Words that can never be part of a name run even when capitalized. */
const STOP = new Set(
  'and or the a an of in on at to for with by from was were is are has had have he she his her they their who which that this these those but not no yes per via as if then than said says reports states noted seen saw ordered called aware notified paged updated wants agrees recommends examined dr dr. mr mr. mrs mrs. ms ms. miss prof prof. patient pt'
    .split(' '),
);

/** Shape of a token, ignoring a trailing possessive or period. @example const s: Shape = shapeOf('SMITH'); // 'caps' */
export type Shape = 'title' | 'caps' | 'initial' | 'lower' | 'particle' | 'other';

/** Core of a token: without trailing "'s" / period. @example core("Smith's"); // 'Smith' */
export function core(tok: string): string {
  // Character tests, not regexes: the scanners call this for every word of every note.
  const s = tok.endsWith('.') ? tok.slice(0, -1) : tok;
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  const apostrophe = s.charCodeAt(n - 2);
  return n >= 2 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019) ? s.slice(0, -2) : s;
}

/** How many capitals a word of plain ASCII letters holds; -1 when it holds anything else (or nothing). */
function asciiCapitals(c: string): number {
  if (c.length === 0) return -1;
  let upper = 0;
  for (let i = 0; i < c.length; i++) {
    const ch = c.charCodeAt(i);
    if (ch >= 65 && ch <= 90) upper++;
    else if (ch < 97 || ch > 122) return -1;
  }
  return upper;
}

/**
 * Classify a token's letter shape.
 *
 * @example
 * shapeOf("O'Neil"); // 'title'
 */
export function shapeOf(tok: string): Shape {
  const c = core(tok);
  if (PARTICLES.has(tok.toLowerCase())) return 'particle';
  // Fast path for plain ASCII letters, the vast majority of tokens.
  const upper = asciiCapitals(c);
  if (upper >= 0) {
    if (c.length === 1) return upper === 1 ? 'initial' : 'lower';
    if (upper === c.length) return 'caps';
    if (upper === 0) return 'lower';
    const first = c.charCodeAt(0);
    if (first >= 65 && first <= 90 && upper === 1) return 'title';
  }
  if (/^\p{Lu}$/u.test(c)) return 'initial';
  if (/^\p{Lu}+(?:[-'’]\p{Lu}+)*$/u.test(c) && c.replace(/[^\p{Lu}]/gu, '').length >= 2) return 'caps';
  // ("W. C. McGEE, M.D.": a typist's capitals keep the small c of Mc and Mac.)
  if (/^Ma?c\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u.test(c)) return 'caps';
  if (/^(?:\p{Lu}['’]|[dl]['’])?(?:Ma?c)?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(c)) return 'title';
  if (/^\p{Ll}+(?:[-'’]\p{Ll}+)*$/u.test(c)) return 'lower';
  return 'other';
}

/** Is the token a known first or last name? @example inNameDict('Smith-Jones'); // true when both parts are known */
export function inNameDict(tok: string, d: Dictionaries = dictionaries()): boolean {
  const c = core(tok).toLowerCase();
  if (d.firstNames.has(c) || d.lastNames.has(c)) return true;
  // Hyphenated: every part a known name ("Smith-Jones").
  const parts = c.split(/[-]/);
  return parts.length > 1 && parts.every((p) => d.firstNames.has(p) || d.lastNames.has(p));
}

/** A token the name scanner may take at this position. */
function acceptable(tok: string, strength: Strength, first: boolean, d: Dictionaries, afterParticle = false): boolean {
  const lower = tok.toLowerCase();
  const c = core(tok).toLowerCase();
  const shape = shapeOf(tok);
  // "A." is an initial after a name, but "A" opening a phrase is the article and "I" the pronoun.
  if (shape === 'initial') return tok.endsWith('.') || (!first && c !== 'i');
  if (STOP.has(lower) || STOP.has(c) || CREDENTIALS.has(lower) || CREDENTIALS.has(c)) return false;
  if (shape === 'other') return false;
  // "De la Cruz", "Van der Berg", "St. John": a capitalized particle may open a surname.
  if (shape === 'particle') return !first || /^\p{Lu}/u.test(tok) || strength !== 'context';
  // After a title even a drug-like word is a surname ("Dr. Lasix" is odd, but it is a person).
  if (isMedicalTerm(c) && strength !== 'title') return false;
  // "van der berg": whatever follows a particle is the surname.
  if (afterParticle && (shape === 'lower' || shape === 'title' || shape === 'caps')) return true;
  // "Pt: ASK  MRN …": short capitals in a field can be initials even when they spell a word.
  if (shape === 'caps' && strength === 'label' && c.length <= 3) return true;
  if (shape === 'lower') {
    // Lower-case names only after a cue, and only known names ("his wife libbie wood");
    // the caller drops a lower-case run that is a single ordinary word ("his wife will").
    // "dr. park", "mr. long": after a title a surname that is also a word still counts.
    const surname = strength === 'title' && (vocabulary().flags(c) & (VOCAB_FLAGS.LAST | VOCAB_FLAGS.FIRST)) !== 0 && !NOT_AFTER_TITLE.has(c);
    return inNameDict(tok, d) || surname || ((strength === 'title' || !first) && !d.english.has(c));
  }
  // ("DR WILL REMOVE", "DR AWARE": in capitals too, what notes write after "dr" for the doctor's doing is no surname.)
  if (shape === 'caps') return !(first && strength === 'title' && NOT_AFTER_TITLE.has(c)) && (inNameDict(tok, d) || !d.english.has(c) || strength === 'title');
  return true;
}

/** In capitals after a title, does `tok` (at `i`, after the surname) end the name? */
function capsAfterTitleEnds(text: string, i: number, tok: string, d: Dictionaries): boolean {
  const sh = shapeOf(tok);
  if (sh === 'initial') return !tok.endsWith('.') && !/^[ \t]+\p{Lu}[\p{L}'’-]+/u.test(text.slice(i + tok.length, i + tok.length + 20));
  if (sh !== 'caps') return false;
  const c = core(tok).toLowerCase();
  return !inNameDict(tok, d) || d.common.has(c);
}

/**
 * From `pos` (just after a cue), take up to 4 name tokens separated by single spaces, periods of
 * initials, or one comma when it reads "Last, First". Returns null when nothing name-like starts there.
 *
 * @example
 * scanName('Patient: Doe, Jane R. presented', 9, 'label'); // covers "Doe, Jane R."
 */
export function scanName(text: string, pos: number, strength: Strength): { start: number; end: number } | null {
  const d = dictionaries();
  if (strength === 'label') {
    // "Name: BLACK, BILL": surname words that are ordinary words, made a name by ", Firstname".
    const lf = /^((?:\p{Lu}[\p{L}'’-]+|de|la|van|der|von)(?:[ \t]+(?:\p{Lu}[\p{L}'’-]+|de|la|van|der|von)){0,3}),[ \t]*(\p{Lu}[\p{L}'’-]+)(?:[ \t](?!(?:MD|DO|NP|PA|RN|DDS|DMD|PHD|CNM|CRNA|LPN|APRN|FNP|PA-C|Jr|JR|Sr|SR)\b)\p{Lu}[\p{L}'’-]+(?=[ \t]*(?:\n|\||$|[ \t]{2})))?(?:[ \t]\p{Lu}\.?(?![\p{L}'’#-]))?(?:[ \t]+["“][^"”\n]{1,15}["”])?/u.exec(text.slice(pos, pos + 80));
    // (A field filled by "Last, First" holds a person even when the surname is an eponym or the given name a device:
    // "Patient: GLEASON, HAROLD P.  MRN", "Pt: Ferreira, Lucas  U#".)
    const fieldEnd = lf !== null && /^(?:[ \t]{2,}|[ \t]*(?:\n|\||$))/.test(text.slice(pos + lf[0].length, pos + lf[0].length + 3));
    if (lf && !CREDENTIALS.has(lf[2].toLowerCase()) && (d.firstNames.has(lf[2].toLowerCase()) || (fieldEnd && vocabulary().flags(lf[2].toLowerCase()) & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.NAMEWORD))) && (fieldEnd || !isMedicalTerm(lf[1]))) return { start: pos, end: pos + lf[0].length };
    // "Patient: abigale black", "PATIENT NAME: CHASE BLACK |": a given name and one more word filling the field.
    const fn = /^([\p{L}'’-]+)[ \t]+([\p{L}'’-]+)(?=[ \t]*(?:\n|\||,|$|[ \t]{2,}))/u.exec(text.slice(pos, pos + 60));
    const sameCase = fn && shapeOf(fn[1]) === shapeOf(fn[2]) && ['title', 'caps', 'lower'].includes(shapeOf(fn[1]));
    if (fn && sameCase && d.firstNames.has(fn[1].toLowerCase()) && !(d.common.has(fn[1].toLowerCase()) && d.common.has(fn[2].toLowerCase())) && !isMedicalTerm(fn[2]) && !STOP.has(fn[2].toLowerCase())) {
      return { start: pos, end: pos + fn[0].length };
    }
  }
  let i = pos;
  let start = -1;
  let end = -1;
  let count = 0;
  let usedComma = false;
  let lowerCount = 0;
  let prevParticle = false;
  // Set when the "Last, First" check already judged the next token a given name.
  let vetted = false;
  let lowerCommon = 0;
  while (count < 6) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    let tok = m[0];
    // "J.R." style double initials: take them as one token.
    const initials = /^(?:\p{Lu}\.){2,}/u.exec(text.slice(i, i + 8));
    if (initials) tok = initials[0];
    if (!acceptable(tok, strength, count === 0, d, prevParticle || vetted)) break;
    // "PER DR HATFIELD CONT IVF", "DR KHOURY F/U", "DR SMYTHE WILL TRY": in capitals after a title, a word after the surname
    // must itself be a name the lists hold (no everyday word), or an initial before more of the name.
    if (strength === 'title' && count > 0 && !vetted && !prevParticle && capsAfterTitleEnds(text, i, tok, d)) break;
    // "DR HUNTER SPOKE TO THEM": in capitals, an English word after the name that no name list holds ends it.
    if (count > 0 && !vetted && !prevParticle && shapeOf(tok) === 'caps' && d.english.has(core(tok).toLowerCase()) && !inNameDict(tok, d)) break;
    vetted = false;
    // "Unintentional weight": a lower-case word after a capitalized one continues a sentence, not a name.
    if (count > 0 && !prevParticle && shapeOf(tok) === 'lower' && lowerCount < count && d.english.has(core(tok).toLowerCase())) break;
    prevParticle = shapeOf(tok) === 'particle';
    if (shapeOf(tok) === 'lower') {
      lowerCount++;
      if (d.common.has(core(tok).toLowerCase())) lowerCommon++;
    }
    if (start < 0) start = i;
    let tokEnd = i + tok.length;
    // A period belongs to an initial ("J.") but not to the last word of a sentence.
    if (tok.endsWith('.') && shapeOf(tok) !== 'initial' && !/^(?:\p{Lu}\.)+$/u.test(tok) && tok.toLowerCase() !== 'st.') tokEnd--;
    // "Smith's" → "Smith".
    const poss = /['’]s$/i.exec(text.slice(i, tokEnd));
    end = poss ? tokEnd - 2 : tokEnd;
    count++;
    if (poss) break;
    // ("PT BANKS,ODESSA 64 YO F": capitals glued by a comma to a known given name.)
    const glued = /^,(?=\p{Lu})/u.test(text.slice(tokEnd, tokEnd + 2)) && shapeOf(tok) === 'caps' && d.firstNames.has((/^[\p{L}'’-]+/u.exec(text.slice(tokEnd + 1, tokEnd + 30))?.[0] ?? '').toLowerCase());
    const gap = glued ? /^,/.exec(',') : /^(?:[ \t]|,[ \t]+|\.[ \t]*)/.exec(text.slice(tokEnd, tokEnd + 3));
    if (!gap) break;
    if (gap[0].startsWith(',')) {
      // "Last, First" ("VAN DER BERG, BETHANY"): only once, only into a plausible given name.
      if (usedComma || count > 3) break;
      TOKEN.lastIndex = tokEnd + gap[0].length;
      const nxt = TOKEN.exec(text);
      if (!nxt) break;
      const nc = core(nxt[0]).toLowerCase();
      const sh = shapeOf(nxt[0]);
      // After a field label, a capitals surname takes any capitals given name ("OKONKWO, TEMPERANCE").
      // (After a title the word must be no English one: "PER DR FITZGERALD, CONVERTED TO SR".)
      const sameCaps = strength !== 'context' && sh === 'caps' && shapeOf(tok) === 'caps' && (strength === 'label' || (!d.english.has(nc) && !(vocabulary().flags(nc) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL))));
      const plausible = sh === 'initial' || d.firstNames.has(nc) || sameCaps || (!d.english.has(nc) && (sh === 'title' || sh === 'caps') && (strength === 'label' || !(vocabulary().flags(nc) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL))));
      if (!plausible || CREDENTIALS.has(nc) || STOP.has(nc)) break;
      usedComma = true;
      vetted = true;
    } else if (gap[0].startsWith('.') && shapeOf(tok) !== 'initial' && !/^(?:\p{Lu}\.)+$/u.test(tok)) break;
    i = tokEnd + gap[0].length;
  }
  if (start < 0) return null;
  // Lower-case runs: one ordinary word alone is not a name ("his wife will call"); two known names are.
  if (lowerCount > 0 && lowerCount === count && count < 2 && strength !== 'title') return null;
  // Without a title, one capitalized word must itself look like a name: a known name, or an
  // unknown capitalized word that is no English word ("Patient: Well, I've had..." is a speaker).
  if (strength !== 'title' && count === 1) {
    const w = core(text.slice(start, end));
    const c = w.toLowerCase();
    const known = (d.firstNames.has(c) || d.lastNames.has(c) || inNameDict(w, d)) && !d.common.has(c);
    // Unknown words: short capitals after a field label are initials ("Patient: VJZ"); after a
    // phrase cue only a Title-case word counts ("per ACS protocol" is an acronym).
    const sh = shapeOf(w);
    const unknownWord = !d.english.has(c) && !d.common.has(c) && (strength === 'label' ? sh === 'caps' && c.length <= 4 : sh === 'title');
    // "Pt: ASK  MRN …": capital initials standing alone in a field.
    const initials = strength === 'label' && sh === 'caps' && c.length <= 3 && /^(?:[ \t]{2,}|[ \t]*(?:\n|\||$))/.test(text.slice(end, end + 3));
    if (initials) return { start, end };
    if (!known && !unknownWord && !(strength === 'context' && (d.firstNames.has(c) || d.lastNames.has(c)))) return null;
    // A speaker label followed by a sentence ("PT: Can you call me") is dialogue, not a name field.
    if (strength === 'label' && d.english.has(c) && /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3))) return null;
  }
  // A run ending in a particle ("... de") is cut back.
  const span = text.slice(start, end);
  const tail = /\s+(?:van|von|de|der|da|del|di|du|le|la)$/i.exec(span);
  if (tail) end -= tail[0].length;
  return end > start ? { start, end } : null;
}
