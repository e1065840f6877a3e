/**
 * Post-nominal credentials, one list for every recognizer: the name scanner stops at them ("Lee, MD, FACC"),
 * the gate reads a word before one as a name ("lander rrt"), and a signature closes a line with one ("TK RN").
 * Where a credential is also an everyday word or a chart abbreviation, the roles it may not play are listed
 * beside it, with the reason.
 *
 * @example
 * CREDENTIALS.has('rrt'); // true
 * CREDENTIAL_AFTER.test(', lpn'); // true
 */

// Degrees, licences and certifications of the people who write and sign notes, as they write them (dotted forms with
// and without the last period, because a tokenizer may keep or drop it).
const LIST = [
  // physicians, dentists, podiatrists, optometrists, psychologists, pharmacists, audiologists
  'md m.d. m.d do d.o. d.o mbbs mbchb frcs frcp facs facp facc dds dmd dpm od phd ph.d. psyd pharmd rph au.d. aud mph esq',
  // nurses and midwives, advanced practice included, and the British and Canadian ward grades
  'rn r.n rgn rmn rpn srn sn en rm lpn lvn bsn msn dnp aprn fnp np n.p cnm nnp nnp-bc crna cns anp pmhnp ibclc',
  // nursing certifications written after the licence ("RN, CCRN", "rn cwocn")
  'ccrn cen cnrn cwocn wocn',
  // physician assistants, assistants and aides
  'pa pa-c cna ma cma pct hca mhw',
  // therapists, technologists, social workers, counsellors, dietitians, paramedics
  'rrt crt rt pt pta dpt ot otr cota slp ccc-slp ccc rd mls mlt rpsgt atc msw lcsw lcsw-c licsw lisw lsw lmhc lpc lmft cm sw emt aemt nrp ms',
]
  .join(' ')
  .split(' ');

// A credential that is also a surname ("Maria Cota"): it does not stop a name run.
const ALSO_SURNAME = new Set(['cota']);
/** Credentials and generational suffixes, lower case: a name run stops at them. @example CREDENTIALS.has('lcsw'); // true */
export const CREDENTIALS = new Set([...LIST.filter((c) => !ALSO_SURNAME.has(c)), ...'jr jr. sr sr. ii iii iv'.split(' ')]);
/** Credentials that are also surnames written in Title case after a given name ("Judy Ma", "Minh Do"). @example TITLE_CASE_SURNAMES.has('ma'); // true */
export const TITLE_CASE_SURNAMES = new Set(['ma', 'do']);
/** Generational suffixes, which end a name run like a credential but stay inside the name ("Chuy Jr", "WENDELL JR."). @example GENERATION_SUFFIX.test('iii'); // true */
export const GENERATION_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
/** A credential proper, lower case: in CREDENTIALS and no generational suffix ("lsw" is, "jr" is not). @example isCredential('lsw'); // true */
export function isCredential(lower: string): boolean {
  return CREDENTIALS.has(lower) && !GENERATION_SUFFIX.test(lower);
}

// Credentials that are words of a sentence after a lower-case word ("left pt", "hip ot", "ma and pa", "hx ms", "the cns",
// "ivf en route", "see rm", "knee rt", "CUFF MLT"), or roles a crew or a team puts a word before ("plant EMT", "off-duty EMT", "head
// ATC"): there they prove nothing about the word before them.
const NOT_AFTER_WORD = new Set('rt pt pta ot ma ms cns atc en rm sn od pct hca mph esq mls mlt cota emt aemt nrp'.split(' '));
/** Credentials whose word before them, alone, is a name ("lander rrt", "b. okoye rn"). @example CREDENTIAL_WORDS.has('lpn'); // true */
export const CREDENTIAL_WORDS = new Set(LIST.filter((c) => !NOT_AFTER_WORD.has(c)));
/** A credential written after a name, with an optional comma. @example CREDENTIAL_AFTER.test(' rrt'); // true */
// (Not a number's prefix: "LPC-18-1022", "SRN-0620114" are a case's and a record's.)
export const CREDENTIAL_AFTER = new RegExp(`^(?:,?[ \\t]*)(?:${[...CREDENTIAL_WORDS].map(escape).join('|')})\\b(?!-\\d)`, 'i');

// Credentials that close an ordinary sentence's line ("what to do", "takes 2 ms", "pt has hx ms", "lives off Kemp rd"), and the degrees a
// signature writes only after a clinical credential: they do not sign a line alone.
const NOT_SIGNING = new Set('do d.o. d.o ms od rd esq mph phd ph.d. mbbs mbchb frcs frcp facs facp facc'.split(' '));
/** The signing credentials as one alternation for the signature patterns (longest first; dotted forms without the last period). */
export const SIGNING_CREDENTIAL = `(?:${LIST.filter((c) => !NOT_SIGNING.has(c) && !c.endsWith('.'))
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

function escape(word: string): string {
  return word.replace(/\./g, '\\.');
}

/**
 * Is the word before a credential the instruction to reach that clinician, not the clinician's name? ("WHEN TO CALL MD", "told
 * to limit and ask md"; "Jordyn Call, RN" and "--Page RN" sign.)
 *
 * @example
 * instructionBeforeCredential('when to call md', 8, 'call'); // true
 */
export function instructionBeforeCredential(text: string, start: number, lower: string): boolean {
  return /^(?:call|ask|notify|page|tell|inform|update|contact|consult|see)$/.test(lower) && /\b(?:to|and|or|then|please|pls)[ \t]+$/i.test(text.slice(Math.max(0, start - 12), start));
}
