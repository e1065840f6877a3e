/**
 * People named by their family rather than by a cue before them: a household by its surname in the plural ("staying with
 * Mennonite friends, the Horsts, in Leola"), a person named first and placed in the family after a dash or a comma ("Grant
 * -- her grandson -- will bring her glasses"), the given name "Per" where a name's shape shows it is one ("Lindgren, Per"),
 * a surname that is an English pronoun or adverb after a given name no English list holds ("advocate Pa Houa Her", "cousin
 * Yohanny Then"), a surname in capitals with its initial before the chart number ("NAKASHIMA, G (MRN 329-88-14)"), and
 * children or siblings listed with their ages ("Sons Levon (4) and Davit (8 months)").
 *
 * @example
 * recognizeFamilyNames('Pt staying with friends, the Horsts, in Leola'); // covers "Horsts"
 */
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FAMILY_WORDS, FUNCTION_WORDS } from './cue-words.js';
import { clinicalTerm } from './place-words.js';
import { has, matchesOf } from './util.js';

// "the Horsts", "THE HORSTS" after a word of staying or knowing; the stem is checked against the surname list below.
const PLURAL_FAMILY = /(?=\p{Lu})(?<=\b(?:with|friends?|neighbou?rs?|visit(?:ed|s|ing)?|by|from|WITH|FRIENDS?|NEIGHBOU?RS?|VISIT(?:ED|S|ING)?|BY|FROM)[ \t]*,?[ \t]+(?:the|THE)[ \t]+)(\p{Lu}[\p{L}'’-]+?)(?:es|s|ES|S)(?![\p{L}'’-])/dgu;
const RELATION_AFTER = String.raw`(?:[ \t]*(?:,|--|–|—|-)[ \t]*)(?:her|his|their|pt['’]s|the[ \t]+patient['’]s|HER|HIS|THEIR|PT['’]S)[ \t]+(\p{L}+)`;
// RELATION_AFTER opening the text after a name.
const RELATION_AFTER_START = new RegExp(`^${RELATION_AFTER}`, 'u');
// A capitalised name opening a clause, then the family word set off after it.
const NAME_THEN_RELATION = new RegExp(String.raw`(?<=(?:^|[\n.;:(]|\b(?:and|but))[ \t]*)(\p{Lu}\p{Ll}+)(?=${RELATION_AFTER})`, 'dgu');
// A surname that is an English word of grammar after one or two given names no English list holds.
const GRAMMAR_SURNAME = /(?<![\p{L}])((?:\p{Lu}\p{Ll}+[ \t]+){1,2})(Her|Then)(?![\p{L}])/dgu;
// A Lakota surname opening with the pronoun's word after a title or a record's label: "Dr. Her Many Horses", "Infant: Her Many
// Horses, baby boy".
const TITLE_HER = /(?<=\b(?:Dr|Mr|Mrs|Ms|Miss|DR|MR|MRS|MS)\.?[ \t]+|(?:^|\n)[ \t]*(?:Infant|Patient|Pt|Name|Mother|Father)[ \t]*:[ \t]*)(?:Her|His|HER|HIS)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?(?![\p{L}])/gu;
// The Scandinavian given name "Per", which notes also write as the preposition: after a surname and its comma ("HALVORSEN,
// PER M.D.", "To: Lindgren, Per;"), before an initial and a surname ("Per K. Page"), opening a line before a surname and a
// credential ("Per Ibarra, MD"), or after another given name and "and" ("Parents Ingrid and Per.").
const GIVEN_PER = /(?=Per|PER)(?<=\p{Lu}[\p{L}'’-]+,[ \t]*)(?:Per|PER)(?=[ \t]*(?:[;)\n]|$)|[ \t]+\p{Lu}\.|[ \t]+M\.?D\b)|\bPer(?=[ \t]+\p{Lu}\.[ \t]+\p{Lu}[\p{L}'’-]+)|(?<=(?:^|\n)[ \t]*)Per[ \t]+\p{Lu}[\p{L}'’-]+(?=,[ \t]*(?:MD|M\.D\.|DO|NP|PA)\b)|(?<=\p{Lu}\p{Ll}+[ \t]+and[ \t]+)Per(?=[ \t]*[.,;)])/gu;
// A surname in capitals, a comma and one initial, before the chart number or birth date.
const CAPS_SURNAME_INITIAL = /(?<![\p{L}'’-])(\p{Lu}{3,}(?:[-'’]\p{Lu}+)?),[ \t]?\p{Lu}(?=[ \t]*\(?(?:MRN|MR#?|DOB)\b)/dgu;

// A listed child's age: in brackets ("(4)", "(8 months)") or bare before a comma, "and" or the list's end ("Dakota 11,").
const LISTED_AGE = String.raw`(?:\([^()\n]{1,14}\)|\d{1,2}(?!\d|[.\/:]\d|%))`;
// Children or siblings listed by name with their ages, in brackets or bare, after the family word: "Sons Levon (4) and Davit
// (8 months)", "Kids: Ana (6), Mateo (3)", "kids Dakota 11, Destiny 8, Daisy 2". The first item opens the list; each next one
// follows a comma, "and" or "&".
const LISTED_WITH_AGES = new RegExp(String.raw`\b(?:[Ss]ons|[Dd]aughters|[Dd]trs|[Kk]ids|[Cc]hildren|[Gg]randkids|[Gg]randchildren|[Tt]wins|[Ss]iblings|[Bb]rothers|[Ss]isters|SONS|DAUGHTERS|KIDS|CHILDREN|TWINS)\b[ \t]*:?[ \t]*(?:\p{Lu}[\p{L}'’-]+[ \t]*${LISTED_AGE}[ \t]*(?:,[ \t]*\n?[ \t]*(?:and[ \t]+|&[ \t]*)?|and[ \t]+|&[ \t]*)){1,5}\p{Lu}[\p{L}'’-]+[ \t]*${LISTED_AGE}`, 'gu');
const LISTED_NAME = /(\p{Lu}[\p{L}'’-]+)[ \t]*(?:\(([^()\n]{1,14})\)|(\d{1,2})(?!\d|[.\/:]\d|%))/gu;

/**
 * Find people named by their family: plural surnames, names set off before a family word, grammar-word surnames and
 * capitalised surnames with an initial before a chart number.
 *
 * @example
 * recognizeFamilyNames('Grant -- her grandson -- will bring her glasses').length; // 1
 */
export function recognizeFamilyNames(text: string): Candidate[] {
  const v = vocabulary();
  const out: Candidate[] = [];
  const push = (start: number, end: number, score: number): void => void out.push({ category: 'NAME', score, start, end, kind: 'person' });
  if (has(/\b(?:the|THE)[ \t]+\p{Lu}/u, text)) {
    for (const m of matchesOf(PLURAL_FAMILY, text)) {
      const stem = m[1].toLowerCase();
      const f = v.flags(stem);
      const whole = v.flags(m[0].toLowerCase());
      // (A surname no everyday word: "the Horsts", not "the Browns" read as a colour or "the Hills" as a place.)
      if (!(f & F.LAST) || f & F.COMMON || whole & F.COMMON || clinicalTerm(stem)) continue;
      push(m.indices![1][0], m.index! + m[0].length, 0.75);
    }
  }
  if (has(/(?:,|--|–|—|-)[ \t]*(?:her|his|their|pt|the)[ \t]/i, text)) {
    for (const m of matchesOf(NAME_THEN_RELATION, text)) {
      const rel = RELATION_AFTER_START.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
      if (!rel || !FAMILY_WORDS.has(rel[1].toLowerCase())) continue;
      const w = m[1].toLowerCase();
      const f = v.flags(w);
      if (FUNCTION_WORDS.has(w) || FAMILY_WORDS.has(w) || clinicalTerm(w) || !(f & (F.FIRST | F.LAST) || !(f & (F.COMMON | F.ENGLISH)))) continue;
      push(m.indices![1][0], m.indices![1][1], 0.75);
    }
  }
  if (has(/[ \t](?:Her|Then)(?![\p{L}])/u, text)) {
    for (const m of matchesOf(GRAMMAR_SURNAME, text)) {
      const given = m[1].trim().split(/[ \t]+/);
      // The given name before the surname is no English word and no clinical one ("Koua", "Yohanny"): a sentence's
      // capitalised opener is neither. One before it belongs to the name when a name list holds it ("Pa Houa Her").
      const last = given[given.length - 1].toLowerCase();
      if (v.flags(last) & (F.COMMON | F.ENGLISH) || clinicalTerm(last) || FUNCTION_WORDS.has(last)) continue;
      const withFirst = given.length === 2 && (v.flags(given[0].toLowerCase()) & F.FIRST) !== 0 && !FUNCTION_WORDS.has(given[0].toLowerCase());
      push(withFirst ? m.indices![1][0] : m.indices![2][0] - given[given.length - 1].length - (m[1].length - m[1].trimEnd().length), m.indices![2][1], 0.75);
    }
  }
  if (has(/(?:Her|His|HER|HIS)[ \t]+\p{Lu}/u, text)) for (const m of matchesOf(TITLE_HER, text)) {
    // ("Patient: Her Left Knee": words of the body and the chart are the sentence's.)
    if (m[0].split(/[ \t]+/).slice(1).some((w) => clinicalTerm(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()))) continue;
    push(m.index!, m.index! + m[0].length, 0.75);
  }
  if (has(/\bPer\b|PER\b/, text)) for (const m of matchesOf(GIVEN_PER, text)) push(m.index!, m.index! + m[0].length, 0.75);
  if (has(/,[ \t]?\p{Lu}[ \t]*\(?(?:MR|DOB)/u, text)) for (const m of matchesOf(CAPS_SURNAME_INITIAL, text)) {
    const w = m[1].toLowerCase();
    // (A short unlisted word in capitals is an abbreviation: "IPV, M (MRN ..." is a finding before a sex.)
    if (v.flags(w) & F.COMMON || clinicalTerm(w) || FUNCTION_WORDS.has(w) || (!(v.flags(w) & (F.LAST | F.FIRST)) && w.length < 5)) continue;
    push(m.index!, m.index! + m[0].length, 0.8);
  }
  if (has(/[)\d][ \t]*(?:,|and|&)/, text)) for (const m of matchesOf(LISTED_WITH_AGES, text)) {
    for (const n of m[0].matchAll(LISTED_NAME)) {
      // (The brackets hold an age, "(4)", "(8 months)", "(17, at college)".)
      const w = n[1].toLowerCase();
      if (!/^\d/.test((n[2] ?? n[3]).trim()) || clinicalTerm(w) || FUNCTION_WORDS.has(w) || FAMILY_WORDS.has(w)) continue;
      push(m.index! + n.index!, m.index! + n.index! + n[1].length, 0.75);
    }
  }
  return out;
}
