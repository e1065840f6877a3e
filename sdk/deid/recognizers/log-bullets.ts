/**
 * People at the head of an outreach log's bullets: street names and nicknames that are everyday words, where nothing but
 * their place says they name someone. In a note typed all in lower case, a bullet's head before what a person does or
 * where ("- stretch + mo: in tent, both ok", "- junebug at the mobil on dort, he's shaky", "- sweets: at her spot"); in
 * any other note, a capitalised head before what only a person does ("- Tink hasn't been seen in 2 wks", "4. Preacher
 * stopped by for socks", "- Cricket - small burn R hand", "- Joker (Raymond Tuttle) - packed everything").
 *
 * @example
 * recognizeLogBullets('outreach 1/12\n- stretch + mo: in tent, both ok. gave narcan.\n- linda: asked about paige.');
 * // NAMEs over "stretch" and "mo"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { CALENDAR_WORDS, FAMILY_WORDS, FUNCTION_WORDS, HOLDER_WORDS, NAME_BEFORE, NOT_NAME_AFTER_RELATIVE } from './cue-words.js';
import { NOT_NAME_AFTER_CUE } from './name-tokens.js';
import { OPENER, typedInLowerCase } from './lower-case.js';
import { has } from './util.js';

// One or two lower-case words ("lil bit", "jo jo").
const WHO = String.raw`([a-z][a-z'’.-]*(?:[ \t][a-z][a-z'’.-]*)??)`;
// What a person at a bullet's head does or where the person was, after a colon or a space: "at her spot", "says", "asked".
const DOES = String.raw`(?:(?:at|by|behind|outside|in)[ \t]+(?:the|his|her|their|a)[ \t]|on[ \t]+(?:his|her)[ \t]|(?:says|said|asked|asking|wants|reports|reported|states|told|tells|came|called|took|needs|looked|looks|got|showed|sleeping|staying|using)\b)`;
// A bullet: its mark at the line's start, one person or two joined by "+" or "&", then a colon or a space, then what they do.
// (Two people before a colon need nothing after it: "- stretch + mo: in tent".)
const BULLET = new RegExp(String.raw`^[ \t]*[-*•][ \t]*${WHO}(?:[ \t]*[+&][ \t]*${WHO}[ \t]*:|(?:[ \t]*[+&][ \t]*${WHO})?(?:[ \t]*:[ \t]*|[ \t]+)(?=${DOES}|(?:he|she|they|both)\b))`, 'dgmu');
// Capitalised: one or two words, each capitalised ("Big Mike", "Mama Dee"), and the bullet's mark a dash, star, bullet or
// a number of a list.
const CAP = String.raw`(\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:[ \t]\p{Lu}\p{Ll}[\p{Ll}'’-]*)??)`;
// What only a person does, after a capitalised head: speaks, comes, is seen, needs; or the person's own name in brackets,
// not a title's ("Cardiology (Dr Lee)"), or age and sex ("(f, 40s)"), or a dash and what the person is ("- 19, first
// time", "- new, no card").
const ONLY_PERSON = String.raw`(?:(?:says|said|asked|asking|wants|reports|reported|told|tells|texted|came|stopped[ \t]+by|showed[ \t]+up|hasn['’]t|has[ \t]+been|is[ \t]+back|back[ \t]+from|down[ \t]+from|picked[ \t]+up|rode|ran|got[ \t]+(?:her|his)|flagged|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t)\b|\((?:(?!(?:Dr|Drs|Mr|Mrs|Ms|Miss|Fr|Rev|Sr|Prof)\b)\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}|[mf](?:,[ \t]*\d0s)?)\)|[-–][ \t]+(?:\d{2}[,;]|new\b|first[ \t]+time\b|wound\b))`;
const CAP_BULLET = new RegExp(String.raw`^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*${CAP}(?:[ \t]*[+&][ \t]*${CAP})?[ \t]+(?=${ONLY_PERSON})`, 'dgmu');
// A message log's line: a date and a clock time, perhaps a dash, then who wrote or called, before a colon and a quote,
// "from" and a number, or a colon after a name a list holds ("10/14 0700 Summer: \"day 84!!\"", "9/5 0745 Deacon from
// 315-555-0102:", "9/7 1700 Wolf: needs a ride").
const MESSAGE_LINE = new RegExp(String.raw`^[ \t]*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+)?\d{3,4}(?:[ \t]*[-–])?[ \t]+${CAP}(?=(:[ \t]*["“])|[ \t]+from[ \t]+\(?\d{3}|(:[ \t]))`, 'dgmu');
// Words before a colon that head a log's own lines, not a person ("route:", "stops:", "supplies:").
const LOG_HEADS = new Set('route stops stop supplies kits water ice food snacks distributed gave narcan fts syringes cookers condoms weather temp note notes plan update follow f/u fu misc other new next total team staff van car site camp shelter cold hot'.split(' '));


/** Whether a word can be a person's street name at a bullet's head: no function, kin, clinical or log word, no -ing or -ed. @example streetName('junebug'); // true */
export function streetName(w: string): boolean {
  const l = w.replace(/['’]s$/, '');
  if (l.length < 2 || FUNCTION_WORDS.has(l) || FAMILY_WORDS.has(l) || OPENER.has(l) || LOG_HEADS.has(l) || NOT_NAME_AFTER_RELATIVE.has(l) || isMedicalTerm(l)) return false;
  if (/(?:ing|ed)$/.test(l) && l.length > 4) return false;
  return (vocabulary().flags(l) & (F.CLINICAL | F.ABBREV)) === 0;
}

/** Whether a capitalised word, in lower case, can be a street name: as above, and no role, kin or title word, nothing that
 * holds a person, no month or day ("- Mom says", "2. Emergency Contact (Mary Ames)", "- Monday stopped by").
 * @example capitalisedStreetName('monday'); // false */
export function capitalisedStreetName(l: string): boolean {
  return streetName(l) && !NAME_BEFORE.has(l) && !HOLDER_WORDS.has(l) && !NOT_NAME_AFTER_CUE.has(l) && !CALENDAR_WORDS.test(l);
}

/**
 * Find the people at the heads of a log's bullets and its messages.
 *
 * @example
 * recognizeLogBullets('- cory + breezy: using in the alley behind the store.\n- dex: at his place on mackin rd').length; // 3
 */
export function recognizeLogBullets(text: string): Candidate[] {
  const bullets = has(/^[ \t]*(?:[-*•]|\d{1,2}[.)])/m, text);
  const stamps = has(/^[ \t]*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+)?\d{3,4}[ \t]/m, text);
  if (!bullets && !stamps) return [];
  if (typedInLowerCase(text)) return bullets ? lowerCaseHeads(text) : [];
  return capitalisedHeads(text, bullets, stamps);
}

/** In a note in sentence case: capitalised heads of bullets before what only a person does, and who wrote or called. */
function capitalisedHeads(text: string, bullets: boolean, stamps: boolean): Candidate[] {
  const out: Candidate[] = [];
  if (bullets) for (const m of text.matchAll(CAP_BULLET)) {
    const groups = [1, 2].filter((g) => m[g] !== undefined);
    if (!groups.every((g) => m[g].split(/[ \t]/).every((w) => capitalisedStreetName(w.toLowerCase())))) continue;
    for (const g of groups) out.push({ category: 'NAME', score: 0.6, start: m.indices![g][0], end: m.indices![g][1], kind: 'person' });
  }
  if (stamps) for (const m of text.matchAll(MESSAGE_LINE)) {
    const words = m[1].split(/[ \t]/).map((w) => w.toLowerCase());
    if (!words.every(capitalisedStreetName)) continue;
    // (A bare colon, no quote after it, only after a given name a list holds, or a surname no everyday word is: not "0800
    // Skin: intact", "1000 Pain: 3/10".)
    if (m[3] !== undefined && !words.every((w) => { const f = vocabulary().flags(w); return f & (F.FIRST | F.NAMEWORD) || (f & F.LAST && !(f & F.COMMON)); })) continue;
    out.push({ category: 'NAME', score: 0.6, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' });
  }
  return out;
}

/** In a note typed in lower case: one or two people at a bullet's head before what they do or where they were. */
function lowerCaseHeads(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(BULLET)) {
    const groups = [1, 2, 3].filter((g) => m[g] !== undefined);
    const words = groups.flatMap((g) => m[g].split(/[ \t]/));
    if (!words.every(streetName)) continue;
    // (One person alone before a space is a name only a list of names or no list at all holds: not "- cookout at the park".)
    if (groups.length === 1 && !m[0].includes(':')) {
      const f = vocabulary().flags(words[0]);
      if (words.length > 1 || (f & (F.COMMON | F.ENGLISH) && !(f & (F.FIRST | F.LAST | F.NAMEWORD)))) continue;
    }
    for (const g of groups) out.push({ category: 'NAME', score: 0.6, start: m.indices![g][0], end: m.indices![g][1], kind: 'person' });
  }
  return out;
}
