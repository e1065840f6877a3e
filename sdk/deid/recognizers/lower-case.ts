/**
 * What the recognizers of notes typed all in lower case share: whether a note is typed so, the words that open no name
 * there, and whether a word can stand in a name there (lower-institutions.ts, lower-headers.ts, lower-businesses.ts,
 * lower-streets.ts, places-in-context.ts).
 *
 * @example
 * typedInLowerCase('met kayla at the mill house, 41 days today. PHQ-9 11'); // true
 */
import { isMedicalTerm } from '../medical-terms.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { FUNCTION_WORDS, PEOPLE_WORDS } from './cue-words.js';

// The last text asked about and its answer: three recognizers ask of the same note.
let lastText = '';
let lastAnswer = false;
/**
 * Whether a note is typed in lower case: under one word in eight opens with a capital (acronyms and scores included;
 * notes in sentence case run from one in five up). In a note in sentence case a lower-case "son's house" is plainly none.
 *
 * @example
 * typedInLowerCase('met kayla at the mill house, 41 days today. PHQ-9 11'); // true
 */
export function typedInLowerCase(text: string): boolean {
  if (text === lastText) return lastAnswer;
  // (One pass over the characters: a word starts at a letter after no letter; ASCII letters are told by their codes.)
  let words = 0;
  let capitals = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const letter = upper || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(text[i]));
    if (letter && !inWord) {
      words++;
      if (upper || (c > 127 && /\p{Lu}/u.test(text[i]))) capitals++;
    }
    inWord = letter || (inWord && (c === 39 || c === 0x2019));
  }
  lastText = text;
  lastAnswer = words >= 8 && capitals < words / 8;
  return lastAnswer;
}

// Words that open no name: the sentence's own, a grade, an owner, a describing word.
export const OPENER = new Set(
  'the a an at to from in into of on for by near behind outside inside past off with w/ via per through thru and or but his her their our my your its this that these those same other another new old local nearby current previous former prior last cheap patient pt client resident guest declined refused accepted offered needs wants requested bed known address retired licensed home in-home family private public church school town city state area county co regional kids children teen youth mens womens men\'s women\'s group after before drop pick up gr grade attends attend attended attending goes go going went started starts start enrolled back left sent moved transferred placed lives living stays staying stayed works worked working owns owned runs ran manages managed called call chose choose chosen picked selected contacted used prefers preferred denies deny denied reports endorses admits uses using visit visited meets met meeting mtg nurse counselor teacher principal staff mom dad gma gpa grandma grandpa aunt uncle sister brother son daughter dtr wife husband sis bro cousin friend neighbor neighbour boyfriend girlfriend bf gf good bad small large full part time summer sunday night day catholic baptist methodist lutheran presbyterian episcopal pentecostal orthodox christian bible community'.split(' '),
);

/**
 * Whether a word can stand in a name in a lower-case note: no function, people's, clinical or charting word, no number.
 *
 * @example
 * nameWord('orchard'); // true
 */
export function nameWord(w: string): boolean {
  const base = w.replace(/['’]s$/, '');
  if (/\d/.test(base) || FUNCTION_WORDS.has(base) || PEOPLE_WORDS.has(base) || isMedicalTerm(base)) return false;
  return (vocabulary().flags(base) & (F.CLINICAL | F.ABBREV)) === 0;
}
