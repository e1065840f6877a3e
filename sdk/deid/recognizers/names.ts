/**
 * Person names (patients, relatives, clinicians). Three kinds of evidence, strongest first:
 * 1. cues: titles (Dr., Mr./Ms./Mrs.), labels (Patient:, Attending:, cc:), signature lines
 *    ("Electronically signed by"), "seen by", relationship words ("his wife", "daughter"),
 *    credentials after the name (", MD", " RN"), greetings and sign-offs. These find names that
 *    are in no dictionary and names that are ordinary words (Hope, Will, Grant) when used as names;
 * 2. dictionaries (name-runs.ts): capitalized runs made of known first/last names (faker's locale data), with
 *    everyday words (Hope, Young) needing a partner or a cue, and clinical vocabulary excluded;
 * 3. record memory: a token found as a name once in a text is a name wherever it appears capitalized
 *    in that text ("Mr. Quixby ... Quixby tolerated the procedure").
 *
 * @example
 * recognizeNames('Seen by Dr. Zorblatt with his wife Hope; Quixby, Tam R. (patient).');
 */
import { dictionaries } from '../dictionaries.js';
import { EPONYM_HEADS, isMedicalTerm, scaleScoreAfter } from '../medical-terms.js';
import type { Candidate } from '../span.js';
import { CLERGY_TITLES } from './cue-words.js';
import { recognizeKinAndNicknames } from './kin-and-nicknames.js';
import { recognizeOwnInitials } from './own-initials.js';
import { recognizeSignatures } from './signatures.js';
import { execAll, has, matchAll, matchesOf, millisecondsAt } from './util.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';
import { CREDENTIALS, instructionBeforeCredential } from './credentials.js';
import { lowercaseNamePairs, nameRunsFromDictionaries } from './name-runs.js';
import { NOT_NAME_AFTER_CUE, TOKEN, core, inNameDict, scanName, shapeOf, type Strength } from './name-tokens.js';

const TITLES = String.raw`(?:dr|drs|doctor|mr|mrs|ms|mx|miss|mister|prof|professor|sister|father|rev|nurse|madam|sr|pastor|rabbi|${CLERGY_TITLES.join('|')}|doña|dona|señora|senora|señor|senor|judge|officer)`;
const TITLE_WORD = new RegExp(String.raw`^${TITLES}$`, 'i');
const CLERGY_LOWER = new RegExp(String.raw`^(?:${CLERGY_TITLES.join('|')})\b`);
// (A title written out takes no full stop: "HER SISTER. REDIRECTABLE." ends a sentence; "Sr.", "Dr." and "Rev." are abbreviations.)
const TITLE_RE = new RegExp(String.raw`\b${TITLES}(?:(?<!\b(?:sister|father|doctor|mister|professor|nurse|madam|pastor|rabbi|judge|officer))\.|\b(?!\.))[ \t]*`, 'gi');
// Police and sheriff's ranks, abbreviated with a period only ("Dep. Finch 7p-7a", "Ofc. Hale"; in capitals they are words too: "DEP. AFFECT", "LT. LEG").
const RANK_RE = /\b(?:Dep|Det|Ofc|Sgt|Cpl|Capt|Tpr)\.[ \t]*(?:(\p{Lu}\.[ \t]*))?(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/dgu;
// Military ranks without the period, before a surname: "CHAPLAIN FROM BASE, CAPT ROWE", "SSG Odom", "PFC Tafoya". The word after
// must be a name no clinical list holds, and no word of the rank itself ("SGT MAJOR").
const MILITARY_RANK = /\b(?:Capt|CAPT|Sgt|SGT|SSgt|SSG|SFC|MSgt|Cpl|CPL|PFC|Pvt|PVT|Spc|SPC|Cmdr|CMDR|Maj|Col)[ \t]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/dgu;
// A research subject's initials, labelled or in brackets after the subject's number: "Subject initials: R-E-V",
// "Initials A.N.", "subject 0307-012 (H.J.P.)".
const SUBJECT_INITIALS = /\b(?:[Ii]nitials|INITIALS)[ \t]*[:#]?[ \t]*([A-Z](?:[-.][ \t]?[A-Z]|[A-Z]){1,3}\.?)(?![\p{L}\d])|\b(?:[Ss]ubj(?:ect)?|SUBJ(?:ECT)?)\.?[ \t]*(?:#|ID:?)?[ \t]*[\w-]*\d[\w-]*[ \t]*\(([A-Z](?:[-.]?[A-Z]){1,3}\.?)\)/dgu;
// Initials and the name they stand for in brackets, either way round: "T.D. (Thomas Dunleavy)", "Ruth Ann Kowal (R.A.K.)".
const INITIALS_OF_NAME = /(?<![\p{L}.])((?:\p{Lu}\.[ \t]?){2,3})[ \t]*\([ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,2})[ \t]*\)|(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,2})[ \t]*\([ \t]*((?:\p{Lu}\.?){2,3})[ \t]*\)/dgu;
// "Mrs. P", "Dr. B aware", "MRS G IS": a personal title and one capital letter, a person named by an initial.
// ("MR."/"MS." in capitals are also mitral regurgitation and mental status: "MILD MR. A FIB"; "I" is the pronoun.)
const TITLE_INITIAL = /(?<![\p{L}])(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?|DR\.?|MRS\.?|MISS)[ \t]+([A-HJ-Z])(?![\p{L}\d'’\/&-])/dgu;

// The roles and titles `fromCue` skips between a cue and the name.
const ROLE_BEFORE_NAME = new RegExp(String.raw`^[ \t]*(?:pcp|attending|attg|fellow|resident|hospitalist|consultant|surgeon|referring|np|pa|(?:rev|fr|${CLERGY_TITLES.join('|')}|det|sgt|dep|ofc)\.?|bro\.)[ \t]+(?=\p{Lu})`, 'iu');
const LABELS = String.raw`(?:re|patient(?:'s)?\s*(?:full\s+)?name|patient|pt\.?(?:\s*name)?|name|full\s+name|legal\s+name|preferred\s+name|aka|alias|maiden\s+name|attending(?:\s+physician)?|physician|surgeon|assistant|assistants|anesthesiologist|anesthesia|anaesthetist|pcp|primary\s+care(?:\s+(?:physician|provider))?|referring(?:\s+(?:physician|provider|doctor))?|provider|ordering(?:\s+(?:physician|provider))?|consultant|consulting|resident|fellow|intern|nurse|rn|np|pa|radiologist|pathologist|technologist|tech|sonographer|pharmacist|therapist|dietitian|social\s+worker|case\s+manager|chaplain|interpreter|interp|translator|witness|scribe|author|dictated\s+by|transcribed\s+by|signed\s+by|cc|c\.c\.|copies\s+to|to|from|attn|attention|contact|emergency\s+contact|next\s+of\s+kin|nok|guardian|power\s+of\s+attorney|poa|healthcare\s+proxy|proxy|caregiver|spouse|mother|father|parent|son|daughter|wife|husband|employee|claimant|injured\s+worker|insured|subscriber|decedent|informant|historian|source|requested\s+by|reviewed\s+by|verified\s+by|performed\s+by|reported\s+by|read\s+by|approved\s+by|copy\s+to|dear)`;
const LABEL_RE = new RegExp(String.raw`(?:^|(?<=[\n\r|;]))[ \t]*${LABELS}[ \t]*(?:\(\w+\))?[ \t]*[:#-][ \t]*`, 'gim');
const INLINE_LABEL_RE = new RegExp(String.raw`\b${LABELS}[ \t]*:[ \t]*`, 'gi');

const PHRASES = String.raw`(?:electronically\s+signed(?:\s+and\s+verified)?\s+by|e-?signed\s+by|signed\s+(?:electronically\s+)?by|digitally\s+signed\s+by|authenticated\s+by|attested\s+by|co-?signed\s+by|dictated\s+by|transcribed\s+by|reviewed\s+(?:and\s+\w+\s+)?by|read\s+by|interpreted\s+by|verified\s+by|performed\s+by|approved\s+by|prepared\s+by|written\s+by|entered\s+by|ordered\s+by|referred\s+by|seen\s+(?:and\s+examined\s+)?by|examined\s+by|evaluated\s+by|followed\s+by|managed\s+by|treated\s+by|accompanied\s+by|brought\s+in\s+by|discussed\s+(?:with|w\/)|d\/w|spoke\s+(?:with|to)|talked\s+(?:with|to)|called|paged|notified|informed|consulted|per|care\s+of|c\/o|attn\.?|named|n[ée]e|born|maiden\s+name|name\s+is|names?\s+are|goes\s+by|known\s+as|call\s+me|i\s+am|i'm|this\s+is|my\s+name's|hi|hello|hey|(?:thanks|thank\s+you)(?:\s+(?:so\s+much|again|for\s+(?:everything|all|your\s+help|the\s+help|help|this|that|your\s+time|listening)))?|dear|sincerely|regards|best|cordially|respectfully|yours\s+truly|with\s+thanks)`;
const PHRASE_RE = new RegExp(String.raw`\b${PHRASES}(?![\p{L}\p{N}])[ \t]*[,:]?[ \t\r\n]*`, 'giu');

// Plurals and ward shorthand too ("DAUGHTERS HOPE AND CHARITY", "dtr faith", "son & dil (mei and jun)").
const RELATIONS = String.raw`(?:wife|husband|spouse|partner|fianc[eé]e?|boyfriend|girlfriend|daughters?|dtrs?|dau|sons?|child|children|mother|mom|mum|father|dad|sisters?|brothers?|sibling|aunt|auntie|aunty|uncle|niece|nephew|cousin|grandsons?|granddaughters?|grandchild|grandmother|grandma|grandfather|grandpa|stepson|stepdaughter|stepmother|stepfather|mother-in-law|father-in-law|daughter-in-law|dtr-in-law|son-in-law|sister-in-law|brother-in-law|dil|sil|friend|neighbou?r|roommate|caregiver|carer|guardian|landlord|employer|coworker|co-worker|pastor|sponsor|twin)`;
const RELATION_RE = new RegExp(String.raw`\b${RELATIONS}(?![\p{L}\p{N}'’-])[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]+(?:named|is|was|called)[ \t]+|[ \t]*-[ \t]*|[ \t]*:[ \t]*)?`, 'giu');

// Name directly before credentials: "Jane Doe, MD", "SMITH, JOHN RN", "W. C. McGEE, M.D." (a credential's closing period is
// no word boundary, so none is asked for).
const CRED_RE = /(?:,\s*|\s+)(?:M\.D\.|MD|D\.O\.|DO|RN|NP|PA-C|PA|PhD|Ph\.D\.|MBBS|MBChB|FRCS|FRCP|FACS|FACP|FACC|DDS|DMD|CNM|CRNA|LPN|LVN|PharmD|MSW|LCSW|PsyD|DPM|APRN|FNP|FNP-C|DNP|BSN|MSN|RRT|LICSW|LMSW|LCSW|CNA|RD|SLP|OTR)(?![\p{L}\d])/gu;

/** Titles that certainly introduce a person (not "Dr" in "Dr Pepper" or a street "Dr."). */
function titleFollowedByName(text: string, title: string, end: number): boolean {
  TOKEN.lastIndex = end;
  const m = TOKEN.exec(text);
  if (!m || shapeOf(m[0]) === 'other') return false;
  // ("requested an imam. Imam Abdi came": a sentence ending in the title's word, the next opening with the title.)
  if (TITLE_WORD.test(core(m[0]))) return false;
  // ("requested imam. Called the mosque": a clergy word is a title only capitalised, in lower case the noun.)
  if (CLERGY_LOWER.test(title)) return false;
  // ("Doña Ana County": New Mexico's county, no lady.)
  if (/^do[ñn]a\b/i.test(title) && /^Ana[ \t]+(?:County|COUNTY|Co\b|CO\b|Cty)/.test(text.slice(end, end + 16))) return false;
  // ("requested an imam. Family at bedside": after an article the word ends a sentence as a noun.)
  if (/^\p{Ll}+\.\s*$/u.test(title) && /\b(?:an?|the)[ \t]+$/i.test(text.slice(Math.max(0, end - title.length - 5), end - title.length))) return false;
  // "MR enterography", "DR: Can you…": a capitals title without a period is an abbreviation or a
  // speaker label unless a capitalized word follows directly.
  if (/^\p{Lu}+$/u.test(title.trim()) && (shapeOf(m[0]) === 'lower' || /:/.test(title))) return false;
  // "nurse line", "doctor visit": a lower-case word follows a title only in "dr. smith" style (with a period).
  if (shapeOf(m[0]) === 'lower' && !/\.\s*$/.test(title)) return false;
  // "MILD MR. NORMAL LV", "MODERATE MR. TRACE TR": after a grade, "MR." and "MS." in capitals are a valve's regurgitation or
  // stenosis, whatever word follows.
  if (/^M[RS]\.?\s*$/.test(title) && /(?:\b(?:MILD|MOD|MODERATE|SEVERE|TRACE|TRIVIAL|MINIMAL|SIGNIFICANT|NO)|[1-4]\+)[ \t]*$/.test(text.slice(Math.max(0, end - title.length - 14), end - title.length))) return false;
  // "SWAN PLACED BY DR FOLEY": after "Dr" a surname the name lists hold is the doctor's, even when it also names a device; so
  // after "Mr." with its period ("PRINCIPAL MR. FOLEY CALLED").
  if (/^(?:dr|doctor)\.?$|^(?:mr|mrs|ms)\.$/i.test(title.trim()) && shapeOf(m[0]) !== 'lower' && (vocabulary().flags(core(m[0]).toLowerCase()) & (VOCAB_FLAGS.LAST | VOCAB_FLAGS.COMMON)) === VOCAB_FLAGS.LAST) return true;
  // "MS Contin 30 BID": "MS" without its period before a drug's name is morphine, whatever case the drug is written in.
  if (/^MS\s*$/.test(title) && isMedicalTerm(core(m[0]).toLowerCase())) return false;
  // ("HR 80s SR. Troponin 0.08", "SR. Nimodipine 60 mg": "SR" in capitals is sinus rhythm ending a sentence, unless a name the
  // lists hold follows: "SR. MARY JOAN".)
  if (/^SR\.?\s*$/.test(title) && (!inNameDict(m[0]) || isMedicalTerm(core(m[0]).toLowerCase()))) return false;
  // "Mild MR. RVSP 38": a charting abbreviation after "MR." is no surname.
  if (shapeOf(m[0]) === 'caps' && !inNameDict(m[0]) && vocabulary().flags(m[0].toLowerCase()) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL)) return false;
  // "MR ENTEROGRAPHY": a capitals title without a period needs a known name after it.
  if (/^\p{Lu}+\s*$/u.test(title) && shapeOf(m[0]) === 'caps' && !inNameDict(m[0])) return false;
  return true;
}

function fromCue(re: RegExp | RegExpExecArray[], text: string, strength: Strength, score: number, out: Candidate[], guard?: (m: RegExpExecArray) => boolean): void {
  for (const m of Array.isArray(re) ? re : execAll(re, text)) {
    let pos = m.index + m[0].length;
    if (guard && !guard(m)) continue;
    // "cc: PCP Dagny Jankowski", "pastor Rev. De Jong", "priest Fr. Duhon": a role or a title between the cue and the name
    // is no part of it.
    const role = ROLE_BEFORE_NAME.exec(text.slice(pos, pos + 20));
    if (role) pos += role[0].length;
    const span = scanName(text, pos, strength);
    if (span && !serviceName(text.slice(span.start, span.end))) out.push({ category: 'NAME', score, start: span.start, end: span.end, kind: 'person' });
  }
}

// Words of a hospital's services and the care they give: "seen by Physical Therapy", "followed by Infectious Disease",
// "discussed with Critical Care" name a team, not a person.
const SERVICE_WORDS = new Set(
  ('care therapy disease diseases surgery medicine service services team department dept critical palliative physical ' +
    'occupational speech plastic general infectious internal family social work case management nursing respiratory ' +
    'nutrition pharmacy hospice cardiology neurology nephrology oncology urology psychiatry orthopedics pulmonary renal ' +
    'vascular trauma transplant interventional radiology anesthesia intensive emergency pediatrics endocrine ' +
    'endocrinology gastroenterology hematology rheumatology dermatology wound ostomy pain chaplaincy pastoral').split(' '),
);

/** Is this span made of nothing but words of a hospital's services ("Physical Therapy", "Critical Care")? */
function serviceName(span: string): boolean {
  const words = span.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SERVICE_WORDS.has(w));
}

/**
 * "CC: SOB", "re: FMLA": in a note "CC:" is the chief complaint and "re:" a topic; a name follows only in a letter's copy or
 * subject line. So too the parties of a claim: "Employee: Hep B series complete" in an exposure note is about the worker.
 */
function chiefComplaint(text: string, m: RegExpExecArray): boolean {
  if (!/^\s*(?:c\.?c\.?|re|employee|claimant|injured\s+worker|insured|subscriber|decedent)\s*:/i.test(m[0])) return false;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  // ("cc: PCP Dagny Jankowski": a role before a capitalised word is the copy's addressee, whatever the role's letters are.)
  if (ROLE_BEFORE_NAME.test(after)) return false;
  const next = /^[\p{L}][\p{L}'’-]*/u.exec(after);
  if (!next) return true;
  const f = vocabulary().flags(next[0].toLowerCase());
  // "Re: IRIS HOPE", "cc: Chase Black": an everyday word that is also a given name or surname still opens a name.
  const named = (f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)) !== 0;
  return ((f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) !== 0 || ((f & VOCAB_FLAGS.COMMON) !== 0 && !named)) && !/^(?:dr|mr|mrs|ms)$/i.test(next[0]);
}

/** "Anesthesia: General LMA", "Anesthesia: MAC": the field holds the kind of anesthesia, not who gave it. */
function anesthesiaKind(text: string, m: RegExpExecArray): boolean {
  return /^\s*(?:anesthesia|anaesthesia)\s*:/i.test(m[0]) && /^[ \t]*(?:general|mac|monitored|spinal|epidural|regional|local|moderate|deep|conscious|sedation|iv|lma|ett|block|combined|none|topical)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
}

/** Scan back from `end` over up to 4 name tokens (for "…, MD"). */
function nameBefore(text: string, end: number): number | null {
  const d = dictionaries();
  const left = text.slice(Math.max(0, end - 80), end);
  const toks = [...left.matchAll(/[\p{L}][\p{L}\p{M}'’\-]*\.?/gu)];
  let start: number | null = null;
  let count = 0;
  for (let k = toks.length - 1; k >= 0 && count < 4; k--) {
    const t = toks[k];
    const absEnd = end - left.length + t.index! + t[0].length;
    const gap = text.slice(absEnd, start ?? end);
    if (!/^(?:[ \t]*|,[ \t]*|\.?[ \t]+)$/.test(gap) || /\n/.test(gap)) break;
    // ("apt 5F. HHC RN": a letter joined to a number is a unit's, no initial.)
    if (/\d$/.test(text.slice(Math.max(0, absEnd - t[0].length - 1), absEnd - t[0].length))) break;
    const sh = shapeOf(t[0]);
    // "NEB Q4H DUONEB. LEE,HOWARD RRT": a word closing the previous sentence is no part of the name (an initial's period is).
    if (count > 0 && /\.$/.test(t[0]) && sh !== 'initial') break;
    const c = core(t[0]).toLowerCase();
    if (sh === 'other' || (sh === 'lower' && !/^(?:van|von|de|der|den|da|del|della|di|du|le|la)$/.test(t[0]))) break;
    if (CREDENTIALS.has(c) || (d.common.has(c) && !inNameDict(t[0], d) && sh !== 'initial') || (count === 0 && instructionBeforeCredential(text, absEnd - t[0].length, c))) break;
    start = end - left.length + t.index!;
    count++;
  }
  return start;
}

/** Whether `at` opens its line. */
function line0(text: string, at: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 8), at));
}

/** Before credentials: at least one word is a known name or no English word ("CHEST X-RAY, PA" is not). */
function looksLikeName(phrase: string): boolean {
  const d = dictionaries();
  // "J. T. PRUDHOMME, M.D.": initials with periods before a word in capitals sign a name, as no acronym is written.
  const words = phrase.split(/[\s,]+/).filter((w) => w !== '');
  const last = words[words.length - 1] ?? '';
  if (words.length >= 2 && words.slice(0, -1).every((w) => /^\p{Lu}\.$/u.test(w)) && shapeOf(last) === 'caps' && !isMedicalTerm(core(last).toLowerCase())) return true;
  return words.some((w) => {
    const c = core(w).toLowerCase();
    // Capitals that are no known name are acronyms ("CHEST X-RAY, PA"), not people.
    return c.length > 1 && (inNameDict(w, d) || (!d.english.has(c) && shapeOf(w) !== 'caps')) && !isMedicalTerm(c);
  });
}

// Words that follow a relation word as verbs, modals or prepositions, though they are given names too.
// (Months are told apart by the number after them: "son may 5".)
// (Contractions typed without the apostrophe too: "her mama june couldnt come".)
const AFTER_RELATION_WORDS = new Set([...NOT_NAME_AFTER_CUE, ...'may can did does is was are were present and or at in on to with couldnt wouldnt shouldnt didnt doesnt dont cant wont isnt wasnt hasnt havent hadnt arent werent aint'.split(' ')]);

/**
 * "husband bill at bs", "dtr faith called", "DAUGHTERS HOPE AND CHARITY": right after a relation word,
 * a lower-case or capitals given name is that person's name even when it is also an everyday word.
 * The scanner leaves a single everyday word alone (so "his wife will call" stays); this rule takes it
 * back when the word is a given name and not a verb or modal that so often follows "wife", "son".
 * A second given name joined by "and" / "&" is named too ("son & dil (mei and jun)").
 */
function relationGivenNames(text: string, relations: RegExpExecArray[], out: Candidate[]): void {
  const d = dictionaries();
  const v = vocabulary();
  // A lower-case word no list knows ("son dmitri", "dtr oluwaseun") is a name here too.
  const unknown = (w: string) => !(v.flags(w) & (VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.COMMON | VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) && !d.english.has(w) && !isMedicalTerm(w);
  // Capitals are read only when a list knows the given name: "SON ICU" is shorthand, not a name. A given name that is
  // also a word counts here, after the relation word ("wife tansy", "NIECE TEMPERANCE").
  const given = (w: string, caps: boolean) => {
    const l = w.toLowerCase();
    return l.length >= 3 && !AFTER_RELATION_WORDS.has(l) && !isMedicalTerm(l) && (d.firstNames.has(l) || (v.flags(l) & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.NAMEWORD)) !== 0 || (!caps && unknown(l)));
  };
  for (const m of relations) {
    const pos = m.index + m[0].length;
    // "NEIGHBOR J.B. SWIMMER", "wife M. Kowalczyk": dotted initials and a capitalised surname after the relation word.
    const initials = /^(?:\p{Lu}\.){1,3}[ \t]?\p{Lu}[\p{L}'’-]+(?![\p{L}])/u.exec(text.slice(pos, pos + 40));
    if (initials && !isMedicalTerm(initials[0].replace(/^(?:\p{Lu}\.)+[ \t]?/u, '').toLowerCase())) {
      out.push({ category: 'NAME', score: 0.8, start: pos, end: pos + initials[0].length, kind: 'person' });
      continue;
    }
    // ("sponsor DoD ID": a word's case may change inside it, and then it is no name.)
    const w = /^(\p{Ll}[\p{Ll}'’-]+|\p{Lu}[\p{Lu}'’-]+(?![\p{Ll}])|\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?![\p{L}])(?:[ \t]+(\p{L}[\p{L}'’-]+))?/u.exec(text.slice(pos, pos + 40));
    // ("Employer: self-employed": a word of oneself names no one.)
    if (!w || /^self-/i.test(w[1])) continue;
    const title = /^\p{Lu}\p{Ll}/u.test(w[1]);
    const caps = !title && w[1] !== w[1].toLowerCase();
    // Capitals count only after a relation word in capitals too ("DAUGHTER HOPE", not "son ICU").
    if (caps && m[0].trim() !== m[0].trim().toUpperCase()) continue;
    // Capitalised after a relation word, a surname counts too ("Son Bell", "brother-in-law Baker").
    const surnameOnly = title && (v.flags(w[1].toLowerCase()) & VOCAB_FLAGS.LAST) !== 0 && !AFTER_RELATION_WORDS.has(w[1].toLowerCase()) && !isMedicalTerm(w[1].toLowerCase());
    if (!given(w[1], caps || title) && !surnameOnly) continue;
    // "son may 5": a month or a number after it makes the word a date or a verb, not a name.
    if (/^[ \t]+\d/.test(text.slice(pos + w[1].length, pos + w[1].length + 3))) continue;
    // "son dmitri volkov": a surname after the given name, when it is one or no English word.
    const w2 = w[2]?.toLowerCase();
    const surname = w2 !== undefined && (w[2] === w2) === !caps && !AFTER_RELATION_WORDS.has(w2) && (unknown(w2) || (v.flags(w2) & VOCAB_FLAGS.LAST && !(v.flags(w2) & VOCAB_FLAGS.COMMON)));
    const end = pos + (surname ? w[0].length : w[1].length);
    out.push({ category: 'NAME', score: 0.7, start: pos, end, kind: 'person' });
    const more = /^[ \t]*(?:and|&|AND)[ \t]+(\p{L}[\p{L}'’-]+)(?![\p{L}])/u.exec(text.slice(end, end + 30));
    const sameCase = more && (title ? /^\p{Lu}\p{Ll}/u.test(more[1]) : (more[1] === more[1].toLowerCase()) === !caps);
    if (more && sameCase && given(more[1], caps || title)) {
      const at = end + more[0].length - more[1].length;
      out.push({ category: 'NAME', score: 0.7, start: at, end: at + more[1].length, kind: 'person' });
    }
  }
}

// An office a letter is addressed to or a note speaks with ("Attn: Human Resources", "per Billing"), no person.
const OFFICE = /^(?:human[ \t]+resources|hr[ \t]+dep(?:t|artment)|billing|payroll|benefits|claims|accounts[ \t]+(?:payable|receivable)|medical[ \t]+records|health[ \t]+information[ \t]+management|admissions|registration|risk[ \t]+management)\b/i;
const office = (text: string, m: RegExpExecArray): boolean => OFFICE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));

/** Every capitalized (or same-case) occurrence of a token already found as a name in this text. */
function propagate(text: string, found: Candidate[], out: Candidate[]): void {
  const d = dictionaries();
  const tokens = new Set<string>();
  for (const c of found) {
    if (c.score < 0.75) continue;
    for (const t of text.slice(c.start, c.end).split(/[\s,]+/)) {
      const k = core(t);
      if (k.length >= 3 && !isMedicalTerm(k) && !CREDENTIALS.has(k.toLowerCase()) && shapeOf(k) !== 'lower') tokens.add(k);
    }
  }
  if (tokens.size === 0) return;
  const wanted = new Set([...tokens].map((t) => t.toLowerCase()));
  // One pass over the words (a regex alternation of all found names is far slower on long texts).
  const word = /\p{L}[\p{L}\p{M}'’-]*/gu;
  let m: RegExpExecArray | null;
  while ((m = word.exec(text))) {
    const whole = m[0];
    // Try the whole word, then its hyphen parts ("Smith" in "Smith-Jones").
    const pieces: [string, number][] = [[whole.replace(/['’]s$/i, '').replace(/['’-]+$/, ''), 0]];
    if (whole.includes('-')) {
      let off = 0;
      for (const part of whole.split('-')) {
        pieces.push([part, off]);
        off += part.length + 1;
      }
    }
    for (const [w, off] of pieces) {
      if (!w || !wanted.has(w.toLowerCase())) continue;
      const start = m.index + off;
      const sh = shapeOf(w);
      // Lower-case repeats count only for words that are not ordinary English ("quixby", not "hope").
      if (sh === 'lower' && (d.english.has(w) || d.common.has(w))) continue;
      const after = text.slice(start + w.length, start + w.length + 40);
      if (EPONYM_HEADS.test(after) || scaleScoreAfter(w, after)) continue;
      // "Will follow up", "Joy in usual activities": an everyday word opening a sentence stays a word.
      if (d.common.has(w.toLowerCase()) && /(?:^|[.!?:\n])\s*(?:[-*#•]\s*)?$/.test(text.slice(Math.max(0, start - 6), start))) continue;
      out.push({ category: 'NAME', score: 0.75, start, end: start + w.length, kind: 'person' });
      break;
    }
  }
}

/**
 * Find person names in `text`.
 *
 * @example
 * recognizeNames('Dr. Quixby saw the patient.')[0]; // covers "Quixby"
 */
export function recognizeNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  fromCue(TITLE_RE, text, 'title', 0.95, out, (m) => titleFollowedByName(text, m[0], m.index + m[0].length) && !millisecondsAt(text, m.index, m[0].replace(/[.\s]+$/, '')));
  // (A rank takes one capitalised surname, an initial before it at most: "Dep. R. Twilley"; not "Det. card", and the name
  // stops at its comma: "Det. Mancini, Cleveland PD".)
  if (has(/initials|subj/i, text)) out.push(...matchAll(SUBJECT_INITIALS, text, (m) => {
    const [s, e] = (m.indices![1] ?? m.indices![2]) as [number, number];
    // ("initials OK on consent": letters run together that spell a word or a charting abbreviation are no initials.)
    const letters = text.slice(s, e);
    if (/^[A-Z]+$/.test(letters) && vocabulary().flags(letters.toLowerCase()) & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.ABBREV)) return null;
    return { category: 'NAME', score: 0.8, start: s, end: e, kind: 'person' };
  }));
  // (The initials must spell the name's words: "T.D. (Thomas Dunleavy)", not "C.O. (Chief Officer)" unless those are names.)
  if (has(/\p{Lu}\.?[ \t]*\)|\.[ \t]?\p{Lu}\.[ \t]*\(/u, text)) for (const m of matchesOf(INITIALS_OF_NAME, text)) {
    const [initials, name] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
    const letters = initials.replace(/[^\p{Lu}]/gu, '');
    const words = name.split(/[ \t]+/);
    // (Names in title case: "DUAL-ENERGY X-RAY ABSORPTIOMETRY (DXA)" spells a test.)
    if (letters !== words.map((w) => w[0]).join('') || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w)) || words.some((w) => isMedicalTerm(w.toLowerCase()) || vocabulary().flags(w.toLowerCase()) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.COMMON))) continue;
    for (const g of [1, 2, 3, 4]) if (m.indices![g]) out.push({ category: 'NAME', score: 0.85, start: m.indices![g][0], end: m.indices![g][1], kind: 'person' });
  }
  out.push(
    ...matchAll(MILITARY_RANK, text, (m) => {
      const f = vocabulary().flags(m[1].toLowerCase());
      // (A rank runs on over "MAJOR", "FIRST CLASS": "SGT MAJOR", "PFC FIRST".)
      const named = !/^(?:major|first|class|general|maj|ret|retired)$/i.test(m[1]) && ((f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)) !== 0 || !(f & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH)));
      return f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) || !named ? null : { category: 'NAME', score: 0.85, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' };
    }),
  );
  out.push(...matchAll(RANK_RE, text, (m) => (vocabulary().flags(m[2].toLowerCase()) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) ? null : { category: 'NAME', score: 0.9, start: (m.indices![1] ?? m.indices![2])[0], end: m.indices![2][1], kind: 'person' })));
  out.push(...matchAll(TITLE_INITIAL, text, (m) => ({ category: 'NAME', score: 0.85, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' })));
  fromCue(LABEL_RE, text, 'label', 0.9, out, (m) => !chiefComplaint(text, m) && !office(text, m) && !anesthesiaKind(text, m));
  fromCue(INLINE_LABEL_RE, text, 'label', 0.85, out, (m) => !chiefComplaint(text, m) && !office(text, m) && !anesthesiaKind(text, m));
  fromCue(PHRASE_RE, text, 'context', 0.85, out, (m) => !office(text, m));
  // One scan for relation words serves both rules (the alternation is long).
  const relations = [...execAll(RELATION_RE, text)];
  // "DTR WILL RETURN": a verb after the relation word is the sentence going on, not a name.
  fromCue(relations, text, 'context', 0.85, out, (m) => !AFTER_RELATION_WORDS.has((/^\p{L}+/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[0] ?? '').toLowerCase()));
  relationGivenNames(text, relations, out);
  for (const m of execAll(CRED_RE, text)) {
    const start = nameBefore(text, m.index);
    if (start !== null && start < m.index && looksLikeName(text.slice(start, m.index))) out.push({ category: 'NAME', score: 0.9, start, end: m.index, kind: 'person' });
  }
  // Header lines that open with the patient: "Grant, Grace - Daily Progress Note", "Thunder Hawk, Jason  27 M  MRN 640517".
  out.push(
    ...matchAll(/(?:^|\n)(?:(?:Pt|PT|Patient|PATIENT|Name|NAME)\.?:?[ \t]+)?((?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}'’-]+,[ \t]+(\p{Lu}[\p{L}'’-]+))(?=[ \t]+[-–|]|[ \t]+\d{1,3}[ \t]*(?:[MF]|yo|y\/o)\b|[ \t]+(?:MRN|DOB)\b)/dgu, text, (m2) =>
      dictionaries().firstNames.has(m2[2].toLowerCase()) ? { category: 'NAME', score: 0.85, start: m2.indices![1][0], end: m2.indices![1][1], kind: 'person' } : null,
    ),
  );
  // "QUIXBY, HOPE", "Quixby, Hope", "LEE,HOWARD", "OKAFOR, EZEKIEL R  MRN": a surname-like word, a comma and a given name in the same case.
  out.push(
    ...matchAll(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+),[ \t]*(\p{Lu}[\p{L}'’-]+)(?:[ \t]+\p{Lu}(?:\.|(?=[ \t]{2}|[ \t]*(?:\n|$|\||\(|MRN|DOB))))?(?:[ \t]+["“][\p{L}'’-]{2,15}["”])?(?![\p{L}'’-])/gu, text, (m2) => {
      const d = dictionaries();
      const [last, first] = [m2[1], m2[2]];
      const sh = shapeOf(last);
      if (sh !== shapeOf(first) || (sh !== 'caps' && sh !== 'title')) return null;
      const l = last.toLowerCase();
      const surname = (d.lastNames.has(l) || inNameDict(last, d) || !d.english.has(l)) && !d.common.has(l) && !isMedicalTerm(l);
      // "CALLED FROM ROME, WILL FLY IN": after a place cue the first word is a town and an everyday
      // given name after the comma is the next sentence ("QUIXBY, HOPE returned" stays a name).
      const f = first.toLowerCase();
      const everyday = d.common.has(f) && /\b(?:from|in|to|at|near|lives|living|moved|transferred)\s+$/i.test(text.slice(Math.max(0, m2.index - 16), m2.index));
      // A bare initial after the given name ("OKONJO, TEMPERANCE R  MRN") marks a name field even for rarer given names.
      const vf = vocabulary().flags(f);
      const plain = f.length >= 3 && !(vf & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV));
      const given = d.firstNames.has(f) || (plain && (vf & VOCAB_FLAGS.FIRST) !== 0) || (plain && /[ \t]\p{Lu}$/u.test(m2[0]));
      // ("Authement, Blake  29M  MRN ...": before an age and sex or a record number a header names the patient, though the
      // given name is a drain's.)
      const header = line0(text, m2.index) && /^[ \t]+(?:\d{1,3}[ \t]*(?:yo|y\/o)?[ \t]*[MF]\b|MRN\b|DOB\b|MR#)/.test(text.slice(m2.index + m2[0].length, m2.index + m2[0].length + 16));
      return surname && (given || (header && (vf & VOCAB_FLAGS.FIRST) !== 0)) && (!isMedicalTerm(first) || header) && !everyday ? { category: 'NAME', score: 0.8, kind: 'person' } : null;
    }),
  );
  out.push(...recognizeSignatures(text));
  out.push(...recognizeOwnInitials(text));
  // A quoted nickname inside a name: "CORNELIUS \"CORKY\" BAPTISTE", "Margaret 'Peg' Olsen", 'R. "Bugs" Nakamura'.
  if (has(/[ \t]["“'‘]\p{L}[\p{L}'’-]{1,14}["”'’][ \t]/u, text)) out.push(...matchAll(/(?<![\p{L}'’-])\p{Lu}(?:[\p{L}'’-]+|\.)[ \t]+["“'‘][\p{L}'’-]{2,15}["”'’][ \t]+\p{Lu}[\p{L}'’-]+/gu, text, () => ({ category: 'NAME', score: 0.8, kind: 'person' })));
  out.push(...recognizeKinAndNicknames(text));
  nameRunsFromDictionaries(text, out);
  lowercaseNamePairs(text, out);
  propagate(text, out, out);
  return out;
}
