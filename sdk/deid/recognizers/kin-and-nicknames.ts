/**
 * People a note names by their place in a household rather than by a title: nicknames given in quotes after
 * the person ("sponsor \"red\"", "roommate \"Biscuit\""), children listed with their ages ("kids (mateo 6,
 * luz 4)"), twins ("twin B Wren") and newborns under the family name ("Baby Boy Lopez").
 *
 * @example
 * recognizeKinAndNicknames('pt\'s kids (mateo 6, luz 4) visited'); // covers "mateo" and "luz"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';
import { CALENDAR_WORDS, FAMILY_WORDS, FUNCTION_WORDS, HOLDER_WORDS, NAME_BEFORE, NOT_NAME_AFTER_RELATIVE, PEOPLE_WORDS } from './cue-words.js';
import { NOT_NAME_AFTER_CUE } from './name-tokens.js';
import { execAll, has, matchAll, matchesOf } from './util.js';

/**
 * Names of nicknamed people, children, twins and newborns.
 *
 * @example
 * recognizeKinAndNicknames('Baby Boy Lopez to nursery')[0].category; // 'NAME'
 */
export function recognizeKinAndNicknames(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (has(/["“]/, text)) out.push(...quotedNicknames(text));
  // (Cheap tests first, for the shapes themselves: a nickname between spaces before a word, two children with ages.)
  if (has(/[ \t]["“(][\p{L}.'’-]+(?:[ \t][\p{L}.'’-]+)?["”)][ \t]\p{L}/u, text)) out.push(...matchAll(NAME_AROUND_NICKNAME, text, nameAroundNickname));
  if (has(/[\p{L}][ \t]*\([ \t]*\p{Lu}[\p{L}'’-]+[ \t]*\)/u, text)) out.push(...matchAll(PERSON_THEN_NAME, text, bracketedName));
  // A relative or a friend by the name alone, an everyday word, before what the person did: "his buddy tater got cured",
  // "nephew dink went with her", "cousin peanut smokes in the house", "friend Pockets flagged us down".
  if (has(KIN_TEST, text)) out.push(...matchAll(KIN_THEN_DOER, text, kinThenDoer));
  // A street name opening a clause before the person's own name in brackets or after "=": "Dimes (Danny Moyer) - using",
  // "Coop = Anthony Cooper, 39".
  if (has(/\p{Ll}[ \t]*(?:\(|=[ \t]*)\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u, text)) out.push(...matchAll(NICKNAME_BEFORE_NAME, text, nicknameBeforeName));
  // The same in a log typed in lower case, the street name opening its line: "cowboy (dale ruiz) - 1994 fleetwood", "ghost
  // (real name jasper, 19) sitting in front", "- preacher (lamont g.) holding bible study".
  if (has(/(?:^|\n)[ \t]*(?:[-*•][ \t]*)?[a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?[ \t]*\(/, text)) out.push(...matchAll(LOWER_NICKNAME_BEFORE_NAME, text, lowerNicknameBeforeName));
  // Children listed with their ages ("pt's 2 older kids (mateo 6, luz 4)", "KIDS: DESTINY 14, MARCUS 9, KHALIL 4"),
  // and twins by name ("twins ada & grace", "twin B Wren 2195g").
  if (has(/\b(?:kids|children|sons|daughters|grandkids|grandchildren|siblings|twins?)\b/i, text)) out.push(...childrenNamed(text));
  if (has(/\p{L}[ \t]*\([ \t]*\d{1,2}[^)\n]{0,4}\)[ \t]*(?:,|\+|&|and)[ \t]*\p{L}|\p{L}[ \t]\d{1,2}[ \t]*,[ \t]*\p{L}+[ \t]\d{1,2}[ \t]*[,)]/u, text)) out.push(...agedList(text));
  // A newborn under the family name until it has its own: "Baby Boy Lopez", "baby girl o'halloran", "BB (TWIN A) NGUYEN".
  out.push(
    ...matchAll(/\b(?:baby|infant|bb)[ \t]+(?:boy|girl|b|g)[ \t]+(?:\(?(?:twin[ \t]+)?[ab12]\)?[ \t]+)?(\p{L}[\p{L}'’\-]+)/dgiu, text, (m) => {
      const w = m[1].toLowerCase();
      const f = vocabulary().flags(w);
      if (FUNCTION_WORDS.has(w) || NOT_NAME_AFTER_CUE.has(w) || isMedicalTerm(w) || f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) || (f & VOCAB_FLAGS.ENGLISH && !(f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)))) return null;
      // ("Baby boy born 5/14": an everyday word is the surname only written as one, "Baby Boy Brown".)
      if (f & VOCAB_FLAGS.COMMON && !(f & VOCAB_FLAGS.FIRST) && !/^\p{Lu}\p{Ll}/u.test(m[1])) return null;
      return { category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
    }),
  );
  // A relative, a child or a case by initials with periods: "children A.J. (14 mo) and K.L. (9 mo)", "Index case: S.L.
  // (case # ...)", "Case 3: A.T.O. -- Adelina ...".
  if (has(/(?:\p{Lu}\.){2}/u, text)) {
    for (const m of matchesOf(INITIALS_OF_PERSON, text)) {
      for (const g of [m.indices![1], m.indices![2]]) if (g && !NOT_INITIALS.has(text.slice(g[0], g[1]).toUpperCase())) out.push({ category: 'NAME', score: 0.8, start: g[0], end: g[1], kind: 'initials' });
    }
  }
  // The dead by their given name, after a word of when, before a word of dying: "since Frank died", "after Grace passed away".
  if (has(/died|passed|buried|funeral/, text)) {
    for (const m of matchesOf(DECEASED, text)) {
      const f = vocabulary().flags(m[1].toLowerCase());
      if (f & VOCAB_FLAGS.FIRST && !(f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV))) out.push({ category: 'NAME', score: 0.75, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' });
    }
  }
  return out;
}

// A word for a person or a case (in lower case, capitalised or in capitals), an optional number and colon, then initials with
// periods; a second set may follow after its bracket and "and".
const PERSON_OR_CASE = [...FAMILY_WORDS, 'child', 'children', 'kids', 'case', 'contact', 'contacts', 'client'].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
const DOTTED = String.raw`((?:\p{Lu}\.){2,3})`;
const INITIALS_OF_PERSON = new RegExp(
  String.raw`(?<![\p{L}])(?:${PERSON_OR_CASE.join('|')})(?:[ \t]+#?\d{1,3})?[ \t]*[:,]?[ \t]+${DOTTED}(?:[ \t]*\([^()\n]{0,20}\))?(?:[ \t]*(?:,|and|&)[ \t]*${DOTTED})?(?=[ \t]*(?:[(,;:)\-–—.]|and\b|$|\n))`,
  'dgu',
);
// Dotted letters that are abbreviations, not anyone's initials.
const NOT_INITIALS = new Set('A.M. P.M. U.S. N.B. I.V. P.O. Q.D. B.I.D. T.I.D. Q.I.D. D.C. M.D. R.N. P.S. E.G. I.E. A.D. O.D. O.S. O.U. D.O. N.P.'.split(' '));

const DECEASED = /(?=\p{Lu})(?<=\b(?:since|after|before|when|until|till|the[ \t]+(?:day|week|night|year))[ \t]+)(\p{Lu}\p{Ll}+)(?=[ \t]+(?:died|passed(?:[ \t]+away)?|was[ \t]+buried)\b|['’]s[ \t]+(?:death|funeral|passing)\b)/dgu;

// People whose nickname notes give in quotes after them ("sponsor \"red\"", "roommate \"Biscuit\"", "mgr \"BIG LOU\"").
const NICKNAMED = `(?:${[...FAMILY_WORDS].join('|')}|friends?|peer|sponsor|room-?mate|rm-?mate|mgr|manager|boss|bf|gf|boyfriend|girlfriend|partner|neighbou?r|cousin|buddy|pal|co-?worker|landlord|landlady|employer|foreman|dealer|ex|interrupter|agent)`;
// After a word that only leads to a person ("works for", "stay with", "calls him", "old man", "pt"), the quoted words must be
// capitalised: 'old man "Pops" by the tracks', 'pt "Rooster" = Willard Pankow'; not 'pt "fine"'.
// The cues of QUOTED_NICKNAME that say a name follows, whatever its case ("street name \"bird\"", "known as \"pops\"").
const STRONG_NICKNAME_CUE = /^(?:(?:knows?|knew)[ \t]+(?:him|her)[ \t]+as|calls?[ \t]+(?:him|her)|called|named|aka|a\/k\/a|street[ \t]+name(?:[ \t]+is)?|goes[ \t]+by|known(?:[ \t]+to[ \t]+(?:us|team|the[ \t]+team|staff|outreach|everyone))?[ \t]+as|prefers(?:[ \t]+to[ \t]+be[ \t]+called)?)$/i;
const QUOTED_NICKNAME = new RegExp(String.raw`(?<![\p{L}])(?:${NICKNAMED}|(for|with|w\/|pt|patient|client|man|guy|lady|woman|dude|fella|gentleman|(?:knows?|knew)[ \t]+(?:him|her)[ \t]+as|calls?[ \t]+(?:him|her)|called|named|aka|a\/k\/a|street[ \t]+name(?:[ \t]+is)?|contact:|goes[ \t]+by|(?:identifies|identified|introduces|introduced|refers[ \t]+to)[ \t]+(?:him|her|them)?self[ \t]+as|known(?:[ \t]+to[ \t]+(?:us|team|the[ \t]+team|staff|outreach|everyone))?[ \t]+as|prefers(?:[ \t]+to[ \t]+be[ \t]+called)?|(?<!call(?:s|ed)?[ \t]+)every(?:body|one)(?:[ \t]+else)?))[ \t]*,?[ \t]*\(?["“](\p{L}[\p{L}'’.\-]*(?:[ \t]\p{L}[\p{L}'’.\-]*)?),?["”]`, 'dgiu');

// A nickname in quotes inside a name, between the given name, its initial or "and" and the surname: 'Manuel "Manny" Freitas',
// 'R. "Bugs" Nakamura',
// '(Cody Necaise and "Boo" Ladner)'.
// A nickname in quotes opening the brackets after a person's name, or after "and" beside another name in them: 'Lorena Dupuy
// ("Sweet" to family)', 'hunting buddies (Cody Necaise and "Boo")'.
const NICKNAME_PAREN = /(?=["“])(?<=\p{Lu}\p{Ll}+[ \t]*\([ \t]*|\(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+and[ \t]+)["“](\p{Lu}[\p{L}'’.\-]*)["”]/dgu;
// A nickname in quotes with the person's full name in brackets after it: '"Pee Wee" (Darryl Monroe)'.
const NICKNAME_THEN_NAME = /["“](\p{Lu}[\p{L}'’.\-]*(?:[ \t]\p{Lu}[\p{L}'’.\-]*)?)["”][ \t]*\((\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{Ll}'’-]+\)/dgu;
// A nickname in quotes with who the person is in brackets after it: '"Junior" (nephew)', '"Preacher" (legal name per ID ...)'.
// The further names of a list after "aka": 'AKA "CAL", "SLIM"', 'a/k/a "Junior" or "June"'.
const AKA_LIST = /(?<=\b(?:aka|a\/k\/a)[ \t]*:?[ \t]*["“][^"”\n]{1,24}["”](?:[ \t]*(?:,|or|and|&)[ \t]*["“][^"”\n]{1,24}["”])*[ \t]*(?:,|or|and|&)[ \t]*["“])(\p{Lu}[\p{L}'’.\-]*(?:[ \t]\p{Lu}[\p{L}'’.\-]*)?)(?=["”])/dgiu;
const NICKNAME_THEN_KIN = new RegExp(String.raw`["“](\p{Lu}[\p{L}'’.\-]*)["”][ \t]*\((?:${NICKNAMED}|legal[ \t]+name|real[ \t]+name|aka|a\/k\/a)\b`, 'dgiu');
// In a note typed in lower case, a nickname in quotes is one where a log puts a person: with the full name or the given name
// and age in brackets after it ('"spider" (anthony n. delgado)', '"gramps" (walter, 84)'), at a bullet's head ('- "preacher" -
// refuses all', '- "papa smurf" came by'), or alone in brackets after a name or a code ('josé luis ("chepe")', 'ppt FR-0912
// ("chino")'). A quoted word of speech is none of these: 'pt states "fine"'.
const LOWER_NICK = String.raw`["“]([a-z][a-z'’.\-]*(?:[ \t][a-z][a-z'’.\-]*)?)["”]`;
// (Also opening a numbered item or after its clock time, '5. "pops" - old man', '- 2:15am "boots" - toes numb', '- "dice" 40s m'; after
// "pt" before a dash or a bracket, 'pt "spoon" - says legal name'; after a name and a slash, 'ray archuleta / "biscuit"'; after an
// age and sex, 'Cody Ruggles 27m, "pickles"'.)
const LOWER_NICKNAMES = new RegExp(
  String.raw`${LOWER_NICK}(?=[ \t]*\([a-z]+(?:[ \t]+[a-z.'’-]+){0,2}(?:,[ \t]*\d{2}s?)?[ \t]*[),])|^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]*(?:\d{1,2}(?::\d{2})?[ \t]*(?:am|pm)?[ \t]+)?${LOWER_NICK}(?=[ \t]*(?:[-–(:,]|[ \t]\p{Ll}|[ \t]\d{2}s?[ \t]?[mf]\b))|(?<=[\p{L}\d][ \t]*\()${LOWER_NICK}(?=\))|(?=["“])(?<=\b(?:pt|patient|client):?[ \t]+)${LOWER_NICK}(?=[ \t]*[-–(])|(?=["“])(?<=\p{L}[ \t]+\/[ \t]*)${LOWER_NICK}(?=[ \t]*(?:\n|$|[-–(,]))|(?=["“])(?<=\b\d{1,3}[mf],?[ \t]+)${LOWER_NICK}`,
  'dgmu',
);
const NICKNAME_INSIDE = /(?=["“])(?<=(?:\p{Lu}[\p{L}'’-]+|(?<![\p{L}])\p{Lu}\.|\band|&)[ \t]+)["“](\p{Lu}[\p{L}'’.\-]*)["”](?=[ \t]+\p{Lu}\p{Ll}+(?![\p{L}]))/dgu;

// A whole name with its nickname inside, in any case: 'pt gunnar "gus" aasland, 79', 'client anthony "tony" bad bear,',
// "resident tanner m. (tj) kovalchick". The given name a list's, the nickname one or two words, then one or two surnames
// closing the clause, one space apart (a wider gap is a table's next column: 'Gerald "Jerry" Ashby   DOB').
const NAME_AROUND_NICKNAME = /(?<![\p{L}'’.-])(\p{L}[\p{L}'’-]+)(?:[ \t]\p{L}\.)?[ \t](?:["“]([\p{L}.'’-]+(?:[ \t][\p{L}.'’-]+)?)["”]|\(([\p{L}.'’-]+)\))[ \t](\p{L}[\p{L}'’-]+)(?:[ \t](\p{L}[\p{L}'’-]+))?(?![\p{L}'’-])/dgu;

// A lower-case street name opening a line (or a bullet), then the person's given name in brackets with a surname, an initial
// or an age: group 1 the street name, group 2 the given name.
const LOWER_NICKNAME_BEFORE_NAME = /(?:^|\n)[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?([a-z][a-z'’-]+(?:[ \t][a-z][a-z'’-]+)?)[ \t]*\((?:real[ \t]+name[ \t]+)?([a-z][a-z'’-]+)(?:(?:[ \t]+[a-z][a-z.'’-]*){1,2}(?:,[ \t]*\d{1,2})?|,[ \t]*\d{1,2})[ \t]*\)/dg;

/** The street name, when the bracket opens with a given name and the street name is no clinical or function word. */
function lowerNicknameBeforeName(m: RegExpExecArray): Candidate | null {
  const v = vocabulary();
  const given = m[2];
  if (!(v.flags(given) & VOCAB_FLAGS.FIRST) || FUNCTION_WORDS.has(given) || NAME_BEFORE.has(given)) return null;
  const words = m[1].split(/[ \t]+/);
  if (words.some((w) => FUNCTION_WORDS.has(w) || isMedicalTerm(w) || v.flags(w) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) || CALENDAR_WORDS.test(w))) return null;
  return { category: 'NAME', score: 0.7, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
}

// One name in brackets after a person word, perhaps with where the person is from: "FOREMAN (SULLY) DROVE PT", "FRIEND
// FROM THE VFW (HERB)", "coach (Sully)".
const PERSON_THEN_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${NICKNAMED}|coach|pastor)(?:[ \t]+(?:from|at|of)[ \t]+(?:the[ \t]+)?[\p{L}&'’.-]+(?:[ \t]+[\p{L}&'’.-]+)?)?[ \t]*\([ \t]*(\p{L}[\p{L}'’-]+)[ \t]*\)`, 'dgiu');

// A relative or a friend, one word, then what the person did: a past tense or a verb of the third person. (The kin words'
// first letters looked ahead for first, so the look-behind runs only where one could start.)
const KIN = 'buddy|friend|bf|gf|boyfriend|girlfriend|cousin|nephew|niece|uncle|aunt|brother|sister|grandson|granddaughter|neighbor|neighbour|sponsor|roommate';
const KIN_TEST = new RegExp(String.raw`\b(?:${KIN})[ \t]`, 'i');
const KIN_THEN_DOER = new RegExp(
  String.raw`(?=[bfgcnuasr])(?<![\p{L}'’-])(?:${KIN})[ \t]+(\p{L}[\p{Ll}'’-]+)(?=[ \t]+(?:[a-z]+ed|went|got|came|took|says|said|smokes|drinks|lives|works|brought|told|called|texted|drove|left|stays|helps|checks|picked|rode|knows|flagged|filled|jumped)\b)`,
  'dgiu',
);

/** A relative's name before what the person did, unless a word of the sentence, a kin, a clinical word or a verb or adverb. */
function kinThenDoer(m: RegExpExecArray): Candidate | null {
  const w = m[1].toLowerCase();
  const f = vocabulary().flags(w);
  if (FUNCTION_WORDS.has(w) || FAMILY_WORDS.has(w) || NOT_NAME_AFTER_RELATIVE.has(w) || NOT_NAME_AFTER_CUE.has(w) || HOLDER_WORDS.has(w) || isMedicalTerm(w) || f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) return null;
  // (A verb or an adverb of the sentence: "sister reportedly said", "friend gets", "brother noticed".)
  if (/(?:ly|ing|ed)$/.test(w) || (/s$/.test(w) && f & VOCAB_FLAGS.COMMON && !(f & VOCAB_FLAGS.FIRST))) return null;
  // (Nouns and pronouns a sentence puts there: "sister who called", "friend's name was", "buddy tape".)
  if (/^(?:who|name|boy|girl|letter|therapy|notification|she|he|herself|himself|pt|this|that|also|being|tape|taped|taping|system|check|program)$/.test(w)) return null;
  return { category: 'NAME', score: 0.65, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
}

// A clause's start (a line's, a bullet's, after a sentence or a colon), one or two capitalised words, then "(Given Surname)"
// closing at once or "= Given Surname". (A capital looked ahead for first: the look-behind alone would run at every position.)
const NICKNAME_BEFORE_NAME = /(?=\p{Lu})(?<=(?:^|\n|[.:;][ \t]+|[-*•][ \t]+)[ \t]*)(\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:[ \t]\p{Lu}\p{Ll}[\p{Ll}'’-]*)?)[ \t]*(?:\([ \t]*(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?[ \t]*\)|=[ \t]*(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{Ll}'’-]+)/dgu;

/** A street name before the person's own name, unless it is a word for a role, a kin, a clinical or a calendar word. */
function nicknameBeforeName(m: RegExpExecArray): Candidate | null {
  const v = vocabulary();
  if (!(v.flags((m[2] ?? m[3]).toLowerCase()) & VOCAB_FLAGS.FIRST)) return null;
  for (const w of m[1].toLowerCase().split(/[ \t]/)) {
    const f = v.flags(w);
    if (FUNCTION_WORDS.has(w) || FAMILY_WORDS.has(w) || HOLDER_WORDS.has(w) || NAME_BEFORE.has(w) || NOT_NAME_AFTER_CUE.has(w) || PEOPLE_WORDS.has(w) || isMedicalTerm(w) || CALENDAR_WORDS.test(w) || f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) return null;
  }
  return { category: 'NAME', score: 0.7, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
}

/** The name a person word's brackets hold: capitalised, a given name, surname or no English word, and nothing clinical. */
function bracketedName(m: RegExpExecArray): Candidate | null {
  const w = m[1];
  const l = w.toLowerCase();
  const f = vocabulary().flags(l);
  // ("INFANT (MALE)", "son (Deceased)": who the person is, not a name.)
  if (!/^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(l) || NOT_NAME_AFTER_CUE.has(l) || /^(?:male|female|boy|girl|twin|deceased|estranged|adopted|step|minor|adult|elderly|infant|newborn)$/.test(l) || FAMILY_WORDS.has(l) || isMedicalTerm(l) || f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) return null;
  if (!(f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST | VOCAB_FLAGS.NAMEWORD)) && f & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.PLACE | VOCAB_FLAGS.UPPER)) return null;
  return { category: 'NAME', score: 0.75, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
}

/**
 * Nicknames in quotes after the person they name: "sponsor \"red\" (aa)", "works as roofer for \"Sully\"", "identifies self
 * as \"Cowboy\"".
 *
 * @example
 * quotedNicknames('spoke w/ roommate "Biscuit" re: meds'); // covers "Biscuit"
 */
/** The nickname a scan's first group holds, unless it is a clinical word ('"Fracture" (aka ...)'). */
function nicknameUnlessClinical(m: RegExpExecArray): Candidate | null {
  return isMedicalTerm(m[1].toLowerCase()) ? null : { category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
}

/** A lower-case nickname of LOWER_NICKNAMES: no function or clinical word; after a bracket, a given name opens the name in it. */
function lowerNickname(m: RegExpExecArray): Candidate | null {
  const g = [1, 2, 3, 4, 5, 6].find((i) => m[i] !== undefined)!;
  if (m[g].split(/[ \t]/).some((w) => FUNCTION_WORDS.has(w) || isMedicalTerm(w) || vocabulary().flags(w) & VOCAB_FLAGS.CLINICAL)) return null;
  if (g === 1 && !(vocabulary().flags(/\(([a-z]+)/.exec(m.input.slice(m.indices![1][1], m.indices![1][1] + 20))?.[1] ?? '') & VOCAB_FLAGS.FIRST)) return null;
  return { category: 'NAME', score: 0.75, start: m.indices![g][0], end: m.indices![g][1], kind: 'person' };
}

function quotedNicknames(text: string): Candidate[] {
  return matchAll(QUOTED_NICKNAME, text, (m) => {
    const words = m[2].split(/[ \t]/);
    if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || isMedicalTerm(w.toLowerCase()))) return null;
    // (A comma inside the quotes, "Red,", ends a clause: only a capitalised word is a name there, not uncle "loco,". After a
    // word for the person a quote may be what was said, 'pt "tired"'; after "street name", "known as", "aka" it is the name.)
    // (So does a full stop: father "bad back.")
    if (((m[1] !== undefined && !STRONG_NICKNAME_CUE.test(m[1])) || /[,.!?]["”]$/.test(m[0])) && !words.every((w) => /^\p{Lu}/u.test(w))) return null;
    // (Two words are a nickname when the second is a name ("BIG LOU"), not a phrase quoted from the person: MOM "HATES PILLS".)
    const second = words.length === 2 ? vocabulary().flags(words[1].toLowerCase().replace(/[.,!?]+$/, '')) : 0;
    if (second & VOCAB_FLAGS.COMMON && !(second & VOCAB_FLAGS.FIRST)) return null;
    const [start, end] = m.indices![2];
    return { category: 'NAME', score: 0.8, start, end, kind: 'person' };
  }).concat(
    has(/["”][ \t]*\(/, text)
      ? matchAll(NICKNAME_THEN_NAME, text, (m) =>
          // (The bracket must open with a given name: '"Fracture" (Right Tibia)' names no one.)
          vocabulary().flags(m[2].toLowerCase()) & VOCAB_FLAGS.FIRST && !m[1].split(/[ \t]/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || isMedicalTerm(w.toLowerCase()))
            ? { category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' }
            : null,
        )
      : [],
    has(/\ba\/?k\/?a\b/i, text) ? matchAll(AKA_LIST, text, nicknameUnlessClinical) : [],
    has(/["“][a-z]/, text) ? matchAll(LOWER_NICKNAMES, text, lowerNickname) : [],
    has(/["”][ \t]*\(/, text) ? matchAll(NICKNAME_THEN_KIN, text, nicknameUnlessClinical) : [],
    matchAll(NICKNAME_INSIDE, text, (m) => (FUNCTION_WORDS.has(m[1].toLowerCase()) || isMedicalTerm(m[1].toLowerCase()) ? null : { category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' })),
    has(/\(["“]|and[ \t]+["“]/, text)
      ? matchAll(NICKNAME_PAREN, text, (m) => {
          // (The word before the brackets must be a name's, not "Diagnosis (\"Fracture\")".)
          const before = /(\p{L}+)(?:[ \t]*\([ \t]*|[ \t]+and[ \t]+)$/u.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1] ?? '';
          const f = vocabulary().flags(before.toLowerCase());
          const named = (f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)) !== 0 || !(f & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH));
          return !named || FUNCTION_WORDS.has(m[1].toLowerCase()) || isMedicalTerm(m[1].toLowerCase()) ? null : { category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
        })
      : [],
  );
}

/** A given name, a nickname and a surname read as one person (see NAME_AROUND_NICKNAME). */
function nameAroundNickname(m: RegExpExecArray): Candidate | null {
  const v = vocabulary();
  const text = m.input;
  const plain = (w: string): boolean => {
    const l = w.toLowerCase();
    return !FUNCTION_WORDS.has(l) && !FAMILY_WORDS.has(l) && !isMedicalTerm(l) && !(v.flags(l) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV));
  };
  const closes = (end: number): boolean => /^(?:[ \t]*(?:[,:;)]|\n|$)|[ \t]\d)/.test(text.slice(end, end + 3));
  // (An everyday word is a surname only where a list holds it as one and it closes the clause: 'anthony "tony" bad bear,';
  // not 'Gertrude "Gertie" will get'.)
  const surname = (w: string, end: number): boolean =>
    w.toLowerCase().split('-').every((p) => plain(p) && (!(v.flags(p) & VOCAB_FLAGS.COMMON) || ((v.flags(p) & VOCAB_FLAGS.LAST) !== 0 && closes(end))));
  const nick = m[2] ?? m[3];
  // (A nickname is a name or initials: not a role in brackets, "(mother)", "(hospitalist)", nor a quoted sentence; in quotes a
  // kin word is one: 'inez "sister" crowder'.)
  const nickOk = /^(?:\p{L}\.)+$/u.test(nick) || (!/\.$/.test(nick) && nick.split(/[ \t-]/).every((w) => plain(w) || (m[2] !== undefined && FAMILY_WORDS.has(w.toLowerCase()))) && (m[2] !== undefined || (v.flags(nick.toLowerCase()) & VOCAB_FLAGS.FIRST) !== 0 || !(v.flags(nick.toLowerCase()) & VOCAB_FLAGS.COMMON)));
  // (A given name that is an everyday word, before a bracket, needs its capital or a middle initial: not "line
  // (Q'anjob'al) unavailable"; 'homer "bud" dettweiler' and "tanner m. (tj)" are names.)
  const given = v.flags(m[1].toLowerCase());
  const everyday = given & VOCAB_FLAGS.COMMON && m[3] !== undefined && !/^\p{Lu}/u.test(m[1]) && !/^\p{L}+[ \t]\p{L}\./u.test(m[0]);
  if (!(given & VOCAB_FLAGS.FIRST) || everyday || !plain(m[1]) || !nickOk) return null;
  // (A second surname is written in the first one's case: not "Manoj (Manu) Pillai neutropenic".)
  const sameCase = (a: string, b: string): boolean => /^\p{Lu}/u.test(a) === /^\p{Lu}/u.test(b) && (a === a.toUpperCase()) === (b === b.toUpperCase());
  const two = m[5] !== undefined && sameCase(m[4], m[5]) && closes(m.indices![5][1]) && surname(m[4], m.indices![5][1]) && surname(m[5], m.indices![5][1]);
  if (!two && !surname(m[4], m.indices![4][1])) return null;
  return { category: 'NAME', score: 0.8, start: m.index, end: two ? m.indices![5][1] : m.indices![4][1], kind: 'person' };
}

const CHILDREN_LIST = /\b(?:kids|children|sons|daughters|grandkids|grandchildren|siblings)[ \t]*[:(][ \t]*((?:\p{L}[\p{L}'’\-]+[ \t]+\d{1,2}(?:[ \t]*(?:y\/?o|yrs?|mo))?[ \t]*(?:,|&|and)?[ \t]*){1,8})/dgiu;
// One child and the age, in brackets or after it, then the list of them joined by commas, "+", "&" or "and".
const AGED = String.raw`\p{L}[\p{L}'’-]+[ \t]*(?:\([ \t]*\d{1,2}[ \t]*(?:y\/?o|yo|yrs?|mos?|m|f)?[ \t]*\)|[ \t]\d{1,2}(?![\d.\/:%-])(?:[ \t]*(?:y\/?o|yo|yrs?|mos?)\b)?)`;
const AGED_ITEM = /(\p{L}[\p{L}'’-]+)[ \t]*(?:(\([ \t]*\d{1,2}[^)]*\))|[ \t]\d{1,2})/gu;
const AGED_LIST = new RegExp(String.raw`(?<![\p{L}'’-])${AGED}(?:[ \t]*(?:,|\+|&|and|;)[ \t]*${AGED}){1,7}`, 'gu');
const MONTH = /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/i;
const TWINS = /\btwins?[ \t]+(?:[ab12][ \t]+)?(\p{L}[\p{L}'’\-]+)(?:[ \t]*(?:&|and)[ \t]*(\p{L}[\p{L}'’\-]+))?/dgiu;

/**
 * Children named in a list with their ages, and twins by name.
 *
 * @example
 * childrenNamed("pt's kids (mateo 6, luz 4) visited"); // covers "mateo" and "luz"
 */
/**
 * Children named with their ages in a list anywhere: "kids hope (9), journey (6), king (2)", "placed sawyer (8) + liberty
 * (11)", "(gage 9, aspen 6)". Two items at least with the age in brackets or the list in brackets, three otherwise; every
 * item a given name, none a month ("may (3)").
 */
function agedList(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of execAll(AGED_LIST, text)) {
    const items = [...m[0].matchAll(AGED_ITEM)];
    const bracketed = items.filter((i) => i[2] !== undefined).length >= 2 || (text[m.index - 1] === '(' && text[m.index + m[0].length] === ')');
    if (!bracketed && items.length < 3) continue;
    if (!items.every((i) => givenName(i[1]))) continue;
    for (const i of items) out.push({ category: 'NAME', score: 0.7, start: m.index + i.index!, end: m.index + i.index! + i[1].length, kind: 'person' });
  }
  return out;
}

/** A given name no function, kin, clinical or charting word, nor a month. */
function givenName(w: string): boolean {
  const l = w.toLowerCase();
  const f = vocabulary().flags(l);
  return (f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.NAMEWORD)) !== 0 && !MONTH.test(l) && !FUNCTION_WORDS.has(l) && !FAMILY_WORDS.has(l) && !NOT_NAME_AFTER_CUE.has(l) && !isMedicalTerm(l) && !(f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV));
}

function childrenNamed(text: string): Candidate[] {
  const out: Candidate[] = [];
  const person = (w: string): boolean => {
    const l = w.toLowerCase();
    const f = vocabulary().flags(l);
    return !FUNCTION_WORDS.has(l) && !FAMILY_WORDS.has(l) && !NOT_NAME_AFTER_CUE.has(l) && !isMedicalTerm(l) && !(f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) && (!(f & VOCAB_FLAGS.COMMON) || (f & VOCAB_FLAGS.FIRST) !== 0);
  };
  for (const m of execAll(CHILDREN_LIST, text)) {
    const base = m.indices![1][0];
    for (const w of m[1].matchAll(/\p{L}[\p{L}'’\-]+(?=[ \t]+\d)/gu)) if (person(w[0])) out.push({ category: 'NAME', score: 0.75, start: base + w.index!, end: base + w.index! + w[0].length, kind: 'person' });
  }
  for (const m of execAll(TWINS, text)) {
    for (const g of [1, 2]) {
      if (m[g] === undefined) continue;
      // ("twin B Wren": a capitalised everyday word after the twin's letter is its name.)
      const capitalised = /^\p{Lu}\p{Ll}/u.test(m[g]) && !isMedicalTerm(m[g].toLowerCase()) && !(vocabulary().flags(m[g].toLowerCase()) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV));
      if (!(person(m[g]) || capitalised) || /^(?:pregnancy|gestation|boys?|girls?|born|delivered|vertex|breech|transverse|cephalic|footling|frank|presenting|sibling)$/i.test(m[g])) continue;
      out.push({ category: 'NAME', score: 0.7, start: m.indices![g][0], end: m.indices![g][1], kind: 'person' });
    }
  }
  return out;
}
