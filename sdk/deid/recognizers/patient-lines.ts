/**
 * The patient's own name where a chart identifies the patient: a header field ("Patient: Al-Hashimi,
 * Layla bint Saeed   Age: 90", "PT: Do, Quang 93M") or a name followed by the age and sex ("pt haile
 * mariam, tsion 91f", "PT (MARIA DE LOS ANGELES ZUNIGA, 97F)", "ICU RN: pt van der Berg, Hendrik (90)").
 * The position decides, so names of any origin, order and case are found without a dictionary.
 *
 * @example
 * recognizePatientLines('TRANSFER SUMMARY\nPatient Kassahun Belay 97M. Admitted 7/8'); // covers "Kassahun Belay"
 */
import { isMedicalTerm } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { execAll, has, lineAt } from './util.js';

// A name of one to six words: letters with apostrophes, hyphens and periods, commas between, a nickname in quotes.
const WORD = String.raw`[\p{L}][\p{L}'’.\-]*`;
const NAME = String.raw`${WORD}(?:[ \t]*,?[ \t]+(?:${WORD}|["“(][\p{L}'’ .\-]{1,20}["”)]))*?`;
// An age and sex ("97M", "91f", "94 F", "(90)", "(94 F)"), or a header field that follows the name.
// (Not a phone's area code: "Tel (231)555-0160".)
const AGE_SEX = String.raw`[ \t]*,?[ \t]*(?:\(?[ \t]*\d{2,3}[ \t]?(?:y\/?o[ \t]?)?[MFmf]\b|\([ \t]*\d{2,3}[ \t]*\)(?![ \t]?[\d-]))`;
const FIELD_AFTER = String.raw`[ \t]{2,}|[ \t]*(?:\n|$)|[ \t]+(?:age|mrn|dob|sex|unit|acct|room|rm|bed)\b`;

const BEFORE_AGE = new RegExp(String.raw`\b(?:pt|patient)\.?[ \t]*[:(]?[ \t]*(${NAME})(?=${AGE_SEX})`, 'giu');
// A line opening with the name and the age and sex: "PHAM VAN DUC 96M. PRES: sepsis"; also after two spaces or
// a dash, as telegraphic notes open their subject ("eye clinic  brandão, luís 93m", "aide note - baptiste, rose-marie (99)").
// (Its words are one space apart, so the subject after two spaces is not read together with the heading before them.)
const NAME_TIGHT = String.raw`${WORD}(?:,?[ \t](?:${WORD}|["“(][\p{L}'’ .\-]{1,20}["”)]))*?`;
const LINE_START = new RegExp(String.raw`(?:^|\n|[ \t]{2,}|[ \t][-–][ \t])[ \t]*(${NAME_TIGHT})(?=${AGE_SEX})`, 'gu');
// A row of a sign-out or census list: "Last, First" then the age and sex, after a bullet, a number, a
// bed or room ("bed 24 young, grace 95 f", "513a mccarthy, rose 93 f.", "- Gold, Sterling 67m",
// "2. GREEN, FRANK ninety-two M"), or inside a run-on list after a colon or a stop ("12/24: Hart, Noel 97m").
// (The age alone closes a row that has a bed, a room or a list number before it: "d. rm 612 long, chester 103.",
// "1. Dunleavy, Agnes 92 - R NOF"; a dash may stand before the age: "Bed 1 HALL, BUDDY - 77M".)
const ROW_NAME = String.raw`(${WORD},[ \t]*${WORD}(?:[ \t]+\p{Lu}\.?)?)`;
const ROW_AGE = String.raw`[ \t]+(\d{2,3}|ninety(?:[ -]\p{L}+)?)[ \t]?(?:y\.?o\.?|y\/o|yrs?)?[ \t]?(?:[MFmf]|male|female)(?![\p{L}\d])`;
const ROW = new RegExp(
  String.raw`(?:(?:^|\n)[ \t]*(?:[-•*]+[ \t]*|\d{1,2}[.)][ \t]*|[a-z][.)][ \t]*)?(?:(?:bed|rm|room)\.?[ \t]*)?(?:\d{1,4}[a-z]?[ \t]+)?|[:;.)][ \t]+)${ROW_NAME}(?:(?:[ \t]*[-–])?${ROW_AGE}|[ \t]+(\d{2,3})(?=[ \t]*[.,;]|[ \t]+-[ \t]))`,
  'dgiu',
);
// A name opening a note's header line before its record number or birth date, in any case: "ghimire, tika  mrn 1062744",
// "Brennan, Thomas \"Tommy\" J  MRN 9945016".
const ID_ROW = new RegExp(
  String.raw`(?:^|\n)[ \t]*(${WORD},[ \t]*${WORD}(?:[ \t]+["“][\p{L}'’ .\-]{1,20}["”])?(?:[ \t]+\p{L}\.?)?)(?=[ \t]{2,}(?:mrn|mr[ \t]*#|mr[ \t]*:|med[ \t]*rec|dob|d\.o\.b\.?|acct|fin)(?![\p{L}]))`,
  'dgiu',
);
// A clinician in a header field: "Attending: Banks", "HOSPITALIST: LANE", "ATTENDING: HALVORSEN, INGRID M.D.",
// "Sending physician: Bass; accepting ...", "Dictated: Banks  D:12/01/26". The field says "a person", so a
// surname that is an everyday word is still the name.
// (One list serves the scan and its cheap test, so "Referring MD:" is scanned wherever it stands.)
const ROLE_LABEL = String.raw`(?:attending|hospitalist|surgeon|assistant|anesthesiologist|pcp|referring(?:[ \t]+(?:md|physician|provider|doctor))?|sending(?:[ \t]+(?:md|physician|provider))?|accepting(?:[ \t]+(?:md|physician|provider))?|dictated(?:[ \t]+by)?|signed(?:[ \t]+by)?|consultant|bronchoscopist|pathologist|radiologist|proceduralist|operator|reader|cytotechnologist|technologist|phlebotomist|transcriptionist|(?:performed|reviewed|verified|collected|screened)[ \t]+by)[ \t]*:`;
// A word of the name takes a period only as an initial or inside ("J.", "St.Clair"), so the name ends at a
// full stop and does not run on into the next field: "Dr. Svetlana Orlov. Accepting MD: Tran".
const FIELD_WORD = String.raw`(?:\p{L}\.|[\p{L}](?:[\p{L}'’\-]|\.(?=\p{L}))*)`;
const ROLE_FIELD = new RegExp(
  String.raw`(?<![\p{L}])${ROLE_LABEL}[ \t]*(?:dr\.?[ \t]+)?(${FIELD_WORD}(?:,?[ \t]${FIELD_WORD}){0,2}?)(?=[ \t]*(?:,|;|\(|\/|\.(?!\p{L})|m\.?d\b|d\.?o\b|np\b|[ \t]{2}|\n|$))`,
  'giu',
);
const ROLE_LABEL_TEST = new RegExp(ROLE_LABEL, 'i');
// What a clinician field holds when it names no one: a team, a service, a placeholder.
const NOT_A_CLINICIAN = /^(?:team|teams|service|services|care|primary|medicine|medical|surgery|surgical|cardiology|oncology|neurology|icu|micu|sicu|ccu|ed|er|none|pending|unknown|tbd|self|same|staff|covering|on|call|house|hospital|clinic|group|practice|associates|list|chart|file|record|records|resident|residents|physician|fellow|intern|attending|nurse|practitioner|np|pa|hematology|pulmonary|pulmonology|critical|radiology|gastroenterology|interventional|anesthesia|general|regional|spinal|local|mac|lma)$/i;
// A person the note is about, their whole name before a comma and the age: "pt clifford red dog, 61, dialysis", "elder
// josephine rides at the door, age 92", "client lila mae stands, 69". A name of many everyday words is whole only so.
const PERSON_COMMA_AGE = /\b(?:pt|patient|client|elder|resident|veteran|member|guest|participant)\.?[ \t]*:?[ \t]+(\p{L}[\p{L}'’-]+(?:[ \t]\p{L}[\p{L}'’.-]*){1,5})(?=,[ \t]*(?:age[ \t]+)?\d{1,3}(?:[ \t]?(?:y\/?o|yo|yrs?))?[ \t]*[,.;(\n])/dgiu;
const BED_BEFORE = /(?:(?:bed|rm|room)\.?[ \t]*\d{1,4}[a-z]?[ \t]+|(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]*)$/i;
const HEADER = new RegExp(String.raw`(?:^|\n)[ \t]*(?:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|name)[ \t]*:[ \t]*(${NAME})(?=${FIELD_AFTER}|${AGE_SEX})`, 'giu');

// Words inside a name: particles of many languages; anything else must be no sentence word.
const PARTICLE = /^(?:de|del|della|de-la|la|las|los|da|das|do|dos|di|du|van|von|der|den|ter|ten|bin|bint|binti|ibn|al|el|abu|umm|ben|ap|mac|mc|st|le)$/i;
const SENTENCE_WORD = /^(?:is|was|are|were|has|had|have|with|w|without|and|or|but|for|from|to|in|on|at|of|the|a|an|s\/p|who|which|that|this|here|now|pt|patient|presents|admitted|seen|known|yo|y\/o|year|years|old|male|female|man|woman|remains|denies|states|reports|c\/o|hx|pmh|per|via|no|not|alert|awake|asleep|resting|stable)$/i;

/**
 * Every word of the phrase could be part of a person's name (quoted nicknames pass); `strict` also refuses
 * everyday words, and `row` ("Last, First" in a list row) lets them in when another word is a known name.
 */
function nameLike(phrase: string, strict: boolean, row = false): boolean {
  const v = vocabulary();
  const words = phrase.replace(/["“(][^"”)]*["”)]/g, ' ').split(/[ \t,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  let named = false;
  // ("hope, william 92m", "strong, hope 68 f": surnames and given names that are everyday words.)
  const known = row && words.some((w) => v.flags(w.toLowerCase()) & (F.FIRST | F.LAST));
  for (const raw of words) {
    const w = raw.replace(/\.$/, '').toLowerCase();
    // A particle, or a capital initial ("Ogunleye, Babatunde A").
    if (PARTICLE.test(w) || /^\p{Lu}\.?$/u.test(raw)) continue;
    if (SENTENCE_WORD.test(w) || isMedicalTerm(w) || /\d/.test(w)) return false;
    const f = v.flags(w);
    if (f & (F.CLINICAL | F.ABBREV) && !(f & (F.FIRST | F.LAST))) return false;
    // Without a field or "pt" before it, an everyday word that is no name makes the phrase prose ("Summary 94M").
    if ((strict || (row && !known)) && f & F.COMMON && !(f & (F.FIRST | F.LAST))) return false;
    if (w.length > 1) named = true;
  }
  return named;
}

// The alias a trauma bay registers an unidentified patient under: "TRAUMA, QUEBEC", "Doe, Romeo", "UNKNOWN, WHISKEY",
// "Zebra, Trauma", "TRAUMA, ZULU 4471", "Doe, Trauma Sierra", "Unknown Male Tango". It is the patient's name in the record until they are
// identified, and joins the records of one stay as a name does.
const NATO = 'alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|xray|x-ray|yankee|zulu|zebra|eagle|falcon|hawk|tiger|lion|bear|wolf';
const TRAUMA_ALIAS = new RegExp(String.raw`\b(?:(?:trauma|unknown|doe|unk)[ \t]+(?:(?:male|female|baby)[ \t]+)?(?:${NATO})\b(?![ \t]*(?:team|bay|alert|activation|page))|(?:trauma|unknown|doe|unk)[ \t]*,[ \t]*(?:(?:trauma|baby|male|female)[ \t]+)?(?:${NATO})(?:[ \t]+\d{1,5})?|(?:${NATO})[ \t]*,[ \t]*trauma(?:[ \t]+\d{1,5})?)\b`, 'gi');

const QUOTED_ALIAS = /\balias(?:[ \t]+(?:on[ \t]+board|name|of))?[ \t]*:?[ \t]*["“'](\p{Lu}[\p{L}'’ ,.-]{1,30}?)["”']/dgiu;

// A registration form's name fields, read when the line holds two of them ("Patient Last: McCLAIN  First: Brandon  MI:
// T", "Last Name: ORTEGA First Name: LUIS Middle Initial: A"): the value up to two spaces, the line's end or the next field.
const FORM_FIELD_LABEL = /\b(?:last|first|middle)(?:[ \t]+name)?[ \t]*:|\b(?:mi|m\.i\.|middle[ \t]+initial)[ \t]*:/giu;
const FORM_NAME_FIELD =
  /\b(?:last|first|middle)(?:[ \t]+name)?[ \t]*:[ \t]*(\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]+)?)(?=[ \t]{2,}|[ \t]*(?:\n|$)|[ \t]+(?:first|last|middle|mi|m\.i\.|dob|sex|mrn)\b)|\b(?:mi|m\.i\.|middle[ \t]+initial)[ \t]*:[ \t]*(\p{L})\.?(?![\p{L}\d])/dgiu;

/**
 * Find patient names in header fields and before an age and sex.
 *
 * @example
 * recognizePatientLines('pt haile mariam, tsion 91f. intubated')[0]; // covers "haile mariam, tsion"
 */
export function recognizePatientLines(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (has(ROLE_LABEL_TEST, text)) for (const m of execAll(ROLE_FIELD, text)) {
    const phrase = m[1].replace(/,?[ \t]+(?:m\.?d|d\.?o|np|pa(?:-c)?)\.?$/i, '').replace(/[ \t,.]+$/, '');
    if (!nameLike(phrase, false) || phrase.split(/[ \t,]+/).some((w) => NOT_A_CLINICIAN.test(w)) || /^(?:dr|drs|mr|mrs|ms|prof)\.?$/i.test(phrase)) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ category: 'NAME', score: 0.75, start, end: start + phrase.length, kind: 'person' });
  }
  if (has(/\b(?:first|last)(?:[ \t]+name)?[ \t]*:/i, text)) for (const m of execAll(FORM_NAME_FIELD, text)) {
    if ((lineAt(text, m.index).match(FORM_FIELD_LABEL) ?? []).length < 2) continue;
    const g = m[1] === undefined ? 2 : 1;
    if (g === 1 && !nameLike(m[1], false)) continue;
    out.push({ category: 'NAME', score: 0.8, start: m.indices![g][0], end: m.indices![g][1], kind: 'person' });
  }
  if (has(/trauma|unknown|doe|unk/i, text)) for (const m of execAll(TRAUMA_ALIAS, text)) out.push({ category: 'NAME', score: 0.8, start: m.index, end: m.index + m[0].length, kind: 'person' });
  // "alias \"Teal, Sierra\" assigned", "registered under alias 'Blue Falcon'": whatever name the record was given.
  if (has(/alias/i, text)) for (const m of execAll(QUOTED_ALIAS, text)) out.push({ category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' });
  if (has(/\b(?:pt|patient|client|elder|resident|veteran|member|guest|participant)\b/i, text)) for (const m of execAll(PERSON_COMMA_AGE, text)) {
    const words = m[1].split(/[ \t]+/);
    const v = vocabulary();
    // (The given name first, a list's; after it no sentence or clinical word but the "at", "the", "in", "old" of a name:
    // "rides at the door", "old elk"; a given name that is also an abbreviation: "lila mae stands".)
    if (!(v.flags(words[0].toLowerCase()) & F.FIRST) || isMedicalTerm(words[0].toLowerCase())) continue;
    const nameWord = (w: string): boolean => {
      const l = w.replace(/\.$/, '').toLowerCase();
      return /^(?:at|the|in|of|old|young)$/.test(l) || (!SENTENCE_WORD.test(l) && !isMedicalTerm(l) && (!(v.flags(l) & (F.CLINICAL | F.ABBREV)) || (v.flags(l) & F.FIRST) !== 0) && !/\d/.test(l));
    };
    if (!words.slice(1).every(nameWord)) continue;
    out.push({ category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' });
  }
  // Cheap test first: most notes have neither a patient field nor a "pt" before a name.
  if (!has(/\b(?:pt|patient|name)\b|\d[ \t]?(?:y\/?o[ \t]?)?[MFmf]\b|\(\d{2,3}\)|,[ \t]*\p{L}+[ \t]+(?:\d{2,3}|ninety)\b|[ \t]{2}(?:mrn|mr|med|dob|d\.o\.b|acct|fin)\b/iu, text)) return out;
  for (const re of [HEADER, BEFORE_AGE, LINE_START]) {
    for (const m of execAll(re, text)) {
      const phrase = m[1].replace(/[ \t,]+$/, '');
      if (!nameLike(phrase, re === LINE_START)) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ category: 'NAME', score: 0.8, start, end: start + phrase.length, kind: 'person' });
    }
  }
  for (const m of execAll(ID_ROW, text)) {
    const [start, end] = m.indices![1];
    if (nameLike(m[1].replace(/[ \t]+["“][^"”]*["”]/, ''), false, true)) out.push({ category: 'NAME', score: 0.8, start, end, kind: 'person' });
  }
  for (const m of execAll(ROW, text)) {
    const [start, end] = m.indices![1];
    const ageOnly = m[3] !== undefined;
    if (ageOnly && !BED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    if (!nameLike(m[1], false, true)) continue;
    out.push({ category: 'NAME', score: 0.8, start, end, kind: 'person' });
    const [a, b] = m.indices![ageOnly ? 3 : 2];
    if (/^\d+$/.test(text.slice(a, b)) && Number(text.slice(a, b)) >= 90) out.push({ category: 'AGE', score: 0.8, start: a, end: b });
  }
  return out;
}
