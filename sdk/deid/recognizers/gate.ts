/**
 * The vocabulary gate (after Philter's design: what is not known to be safe is removed). Every
 * capitalised or ALL-CAPS word, and every lower-case word in a position where notes write names
 * (after "dr", "dtr", "husband", before "rn", after an initial) or places (after "lives in",
 * "from", "moved to"), is looked up in the safe vocabularies: frequent English words, rarer English
 * words that are no name or place, words English writes capitalised (African, Monday), and the
 * clinical vocabulary (drugs, abbreviations, anatomy, devices, eponyms). A word outside them is a
 * possible name or place. Name and place dictionaries are positive evidence: with the `recall`
 * preset an unknown word is enough; with `balanced` it also needs a dictionary hit, a cue or a
 * neighbouring name.
 *
 * @example
 * recognizeByVocabulary('SOCIAL: DAUGHTER PHILOMENA CALLED FROM ROME.', 'recall'); // PHILOMENA, ROME
 */
import { isCountry } from './countries.js';
import { STATE_NAME } from './locations.js';
import {
  AGE_SEX_RUN,
  ABBREVIATED_STAFF,
  CLINICAL_AFTER_FROM,
  FUNCTION_WORDS,
  MODAL_VERBS,
  faithWord,
  HOLIDAY_WORDS,
  HOME_TOWN_BEFORE,
  HOME_TOWN_TAIL,
  SERVICE_AFTER,
  TOWN_BEFORE,
  TOWN_TAIL,
  NAME_BEFORE,
  NAME_PHRASE_END,
  NOT_NAME_AFTER_RELATIVE,
  PLACE_BEFORE,
  PLACE_NOUNS,
  PLACE_TAIL,
  RESIDES_BEFORE,
  ROLE_CUES,
  SECTION_WORDS,
  TITLE_CUES,
  WEAK_PLACE_BEFORE,
  WEAK_PLACE_WORDS,
} from './cue-words.js';
import { anatomyOfBefore, isEponym } from '../medical-terms.js';
import type { DeidPreset } from '../options.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS as F, type Vocabulary, vocabulary } from '../vocab.js';
import { adjacent, eponymAfter, gateWords, possessiveEponym, protectedRanges, type Tok } from './gate-words.js';
import { CREDENTIAL_AFTER, CREDENTIAL_WORDS, CREDENTIALS, GENERATION_SUFFIX, TITLE_CASE_SURNAMES, instructionBeforeCredential, isCredential } from './credentials.js';
import { NOT_NAME_AFTER_CUE, predicateAfterPerson, ROMAN_NUMERAL } from './name-tokens.js';
import { DOSE_UNIT, labDumpLine, matchesOf, millisecondsAt } from './util.js';
import { ANY_EVIDENCE, judge, NAME_EVIDENCE } from './word-judge.js';
import { MONTH_WORDS, WEEKDAY_WORDS } from './dates.js';
import { bedOccupant, capsLine, colleagueFrom, familyName, PHONE_NEXT, phoneOwner, TALK_TAIL, talkedWith, HANDOVER_BEFORE, TOLD_NEXT, toldByName, HANDOVER_TAIL, NOT_STAFF_BEFORE, relativesName, nameThatIsAWord } from './people-cues.js';

// Months and weekdays, which are towns too (May, TX; Sunday, ...).
const MONTH_OR_DAY = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS]);

// Languages, peoples and plural weekdays, which SCOWL also lists capitalised ("in Samoan", "in Kurdish", "on Sundays").
const LANGUAGE_SHAPE = /(?:ese|ish|ic|ian|ean|oan|gan|can|ano|ino|ander|i|days)$/;

// The armed services, which are surnames too (Army, Marine).
const SERVICE_BRANCH = /^(?:army|navy|marines?|usmc|usaf|usn|uscg)$/;

// Where a sentence or line starts: a capital there says nothing.
const CLAUSE_OPENS = /(?:^|[.;!?:][ \t]+|\n[ \t]*)$/;

/** Is a digit the last thing before `pos`, past spaces and one bracket, colon or dash ("bed 3 mbeki", "bed 12 (okwuosa)")? */
function digitBefore(text: string, pos: number): boolean {
  let j = pos - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j >= 0 && (text[j] === '(' || text[j] === ':' || text[j] === '-')) j--;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  const c = text.charCodeAt(j);
  return c >= 48 && c <= 57;
}

// Credentials of ambulance crews: emergency medical technician, advanced EMT, nationally registered paramedic.
const EMS_CREDENTIAL = /^(?:emt|aemt|nrp|emt-[bip])$/;

// The forms and teams "patient" opens, and the roles after a credential ("RN Case Manager", "NURSE CASE MANAGEMENT LOG"):
// its next word is no name there.
const PATIENT_FORM = /^(?:care[ \t]+(?:report|record|plan|team|conference|coordinator|manager)|portal[ \t]+(?:message|msg|note)|case[ \t]+(?:manager|management|mgr|mgmt|coordinator|worker)s?)\b/i;

// A catheter's or a drain's size in French before its maker's or eponym's name ("Drains: 19 Fr Blake", "16 FR Coude"); after a
// number "Fr" is the size, not Father.
const FRENCH_SIZE_BEFORE = /\d[ \t]*(?:fr|french)\.?[ \t]+$/i;
// A dose or a size right after a word. (Not grams past two digits: "Twin A Zora 2140 g".)
const DOSE_AFTER = new RegExp(String.raw`^[ \t]+(?:\d+(?:\.\d+)?[ \t]*${DOSE_UNIT}|\d{1,2}(?:\.\d+)?[ \t]*(?:g|gm))(?![\p{L}])`, 'iu');

// A number right after a word, or glued to it, that is no phone number.
const READING_AFTER = /^(?:\d|[ \t]*:?[ \t]*\d{1,4}(?:\.\d+)?(?![\d-]|[ \t]*-[ \t]*\d|[ \t]+\d{3}[ \t-]\d{4}))/;

/**
 * A letter after a number that is its unit, not an initial: glued to it ("BP 140s/80s. Fingersticks", "turned q2h. Sage
 * cloths") or a unit after a space ("TEMP OUTSIDE 38 F. WEARS", "WT 2460 G. ALL FEEDS", "VC 1.2 L. Cough"); or the end of
 * "I&D." and "n/a.". (A clock time before initials is a log's, "0300 k. moore", and a typist's before a slash, "TF/I. IWU".)
 */
function unitAfterNumber(text: string, initial: Tok): boolean {
  const before = text.slice(Math.max(0, initial.start - 2), initial.start);
  return /[&\d]$/.test(before) || (/\/$/.test(before) && /^\p{Ll}$/u.test(initial.text)) || (/\d[ \t]$/.test(before) && /^[FCGLfcgl]$/.test(initial.text));
}

/**
 * "PT PALE, DIAPHORETIC", "PT HARD OF HEARING", "pt sharp, dry humor": after "pt" an everyday word that is no given name,
 * in capitals or lower case, says how the patient is. The patient's surname stands there only with the given name after
 * its comma or bracket ("PT HOUSE, RUBY", "PT MEDICINE CROW, ELMER", "pt pilgrim (josiah reinholt)"): of the development
 * sets' 6,554 such words after "pt" or "patient", the 21 names were all but one written so.
 */
function describesPatient(v: Vocabulary, text: string, cue: string, t: Tok): boolean {
  if (cue !== 'pt' && cue !== 'patient') return false;
  const flags = v.flags(t.lower);
  if (!(flags & F.COMMON) || flags & F.FIRST) return false;
  const given = /^(?:[ \t]+\p{L}+)?[ \t]*[,(][ \t]*(\p{L}+)/u.exec(text.slice(t.end, t.end + 32));
  return !given || !(v.flags(given[1].toLowerCase()) & F.FIRST || !judge(v, given[1].toLowerCase()).safe);
}

/**
 * Whether the capital letter opening a line is an item of a lettered list, which the letter before or after it also opens
 * ("A. RIGHT BASE LATERAL: BENIGN" then "B. RIGHT BASE MEDIAL"): no initial of a name.
 */
function listLetter(text: string, letter: Tok): boolean {
  const code = letter.text.charCodeAt(0);
  const sibling = (c: number): boolean => c >= 65 && c <= 90 && new RegExp(`(?:^|\\n)[ \\t]*${String.fromCharCode(c)}\\.[ \\t]`).test(text);
  return sibling(code - 1) || sibling(code + 1);
}

/**
 * Possible names and places from the vocabulary gate.
 *
 * @example
 * recognizeByVocabulary('husband milovan in to visit', 'recall')[0].category; // 'NAME'
 */
export function recognizeByVocabulary(text: string, preset: DeidPreset): Candidate[] {
  const v = vocabulary();
  const toks = gateWords(text);
  const guarded = protectedRanges(v, text, toks);
  const isGuarded = (t: Tok): boolean => guarded.some(([a, b]) => t.start >= a && t.end <= b);
  const out: Candidate[] = [];
  // Per token: 0 not flagged, 1 weak (needs a neighbour), 2 flagged.
  const level = new Uint8Array(toks.length);
  const isPlace = new Uint8Array(toks.length);
  // Tokens read as a relative's or staff member's name after their cue word.
  const relatives = new Uint8Array(toks.length);
  // Surnames before "family" ("the Iron Cloud family"): the capitalised word before one is the surname's first word.
  const familyHeads: number[] = [];
  // Context tests are regexes over the text around a token: they run only for tokens that need them
  // (most words are frequent English or clinical and are settled by one vocabulary look-up).
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.shape === 'initial') continue;
    // "son Per", "son will phoned", "cousin peanut (tyrone)", "grandson T-Boy (Travis)": a relative's name that notes
    // write otherwise as a word, or in a shape no word has.
    if (i > 0 && (t.shape !== 'other' || /^\p{L}+(?:-\p{L}+)+$/u.test(t.text)) && nameThatIsAWord(text, t, toks[i - 1])) {
      level[i] = 2;
      relatives[i] = 1;
      continue;
    }
    if (t.shape === 'other' || FUNCTION_WORDS.has(t.lower) || possessiveEponym(text, t)) continue;
    // ("P waves upright in II, III and aVF", "class III": a roman numeral in capitals alone names no one.)
    if (t.shape === 'caps' && ROMAN_NUMERAL.test(t.lower)) continue;
    // ("since around christmas": in lower case a holiday is the feast, though a town bears its name.)
    if (t.shape === 'lower' && HOLIDAY_WORDS.has(t.lower)) continue;
    // ("Christmas-tree adapter": a thing named after a holiday; the dates recognizer reads the holidays themselves.)
    if (t.lower.includes('-') && HOLIDAY_WORDS.has(t.lower.split('-')[0])) continue;
    // ("Pt is Christian", "Roman Catholic": a faith, though Christian and Roman are given names.)
    if (faithWord(text, t.start, t.end, t.lower)) continue;
    // ("pastor Bro. Earl Tidwell", "Msgr. Pope": a title with its period before a capitalised name is no name itself.)
    if (TITLE_CUES.has(t.lower) && text[t.end] === '.' && i + 1 < toks.length && toks[i + 1].shape !== 'lower') continue;
    if (guarded.length && isGuarded(t)) continue;
    // "TOTBILI-0.6", "Leuks-LG": a test glued to its value; no name is written so (see `labDumpLine`).
    if ((text[t.end] === '-' && /\d/.test(text[t.end + 1] ?? '')) || (t.text.includes('-') && labDumpLine(text, t.start))) continue;
    const prev = i > 0 ? toks[i - 1] : null;
    const next = i + 1 < toks.length ? toks[i + 1] : null;
    const adjacentPrev = prev !== null && adjacent(text, prev.end, t.start);
    const nameCue =
      adjacentPrev &&
      NAME_BEFORE.has(prev!.lower) &&
      !millisecondsAt(text, prev!.start, prev!.lower) &&
      (TITLE_CUES.has(prev!.lower) || text[prev!.end] !== '.') &&
      // "Achterberg, MD, FACC": a role word followed by a comma is a credential, not a cue.
      !(ROLE_CUES.has(prev!.lower) && text[prev!.end] !== ' ' && text[prev!.end] !== '\t') &&
      !(t.shape !== 'title' && NOT_NAME_AFTER_CUE.has(t.lower)) &&
      // ("PATIENT CARE REPORT", "PATIENT PORTAL MESSAGE": the form's title, no one named Care or Portal.)
      !PATIENT_FORM.test(text.slice(t.start, t.start + 32)) &&
      !(t.shape !== 'title' && (predicateAfterPerson(prev!.lower, t.lower, v.flags(t.lower)) || describesPatient(v, text, prev!.lower, t))) &&
      // "Chaplain Fr. Duggan": a title after a role is the next cue, not the name.
      !TITLE_CUES.has(t.lower) &&
      // ("MS risk counseling", "MR mild": in capitals before a word in lower case, MS and MR are a disease or a valve's
      // leak; a title is written as the name is, "Ms nicholson", "MS NICHOLSON".)
      !((prev!.text === 'MS' || prev!.text === 'MR') && t.shape === 'lower') &&
      // ("miss class sometimes": in lower case "miss" is the verb before an everyday word.)
      !(prev!.shape === 'lower' && t.shape === 'lower' && prev!.lower === 'miss' && (v.flags(t.lower) & F.COMMON) !== 0 && !(v.flags(t.lower) & (F.FIRST | F.NAMEWORD))) &&
      !(ABBREVIATED_STAFF.has(prev!.lower) && (!NAME_PHRASE_END.test(text.slice(t.end, t.end + 12)) || NOT_STAFF_BEFORE.test(text.slice(Math.max(0, prev!.start - 8), prev!.start))));
    // "E. WELSH", "q. lander"; not a list marker opening a line ("B. No dysplasia"), nor the sex after an age ("94M. FALL"), nor a
    // unit after a number ("TEMP OUTSIDE 38 F. WEARS", "WT 2460 G. ALL FEEDS"), nor the end of "I&D." or "n/a.".
    const initialBefore =
      adjacentPrev && prev!.shape === 'initial' && text[prev!.end] === '.' && !/^\.[ \t]{2}/.test(text.slice(prev!.end, t.start)) && !unitAfterNumber(text, prev!) && !((t.shape === 'title' || listLetter(text, prev!)) && /^\p{Lu}$/u.test(prev!.text) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, prev!.start - 20), prev!.start)));
    // ("proximal right PA.", "main PA": before "PA" a side or a segment names the pulmonary artery.)
    const credAfter =
      next !== null &&
      CREDENTIAL_WORDS.has(next.lower) &&
      // ("Delgado, MA, CCC-SLP": a credential before another is no name.)
      !CREDENTIALS.has(t.lower) &&
      CREDENTIAL_AFTER.test(text.slice(t.end, t.end + 40)) &&
      /^(?:,?[ \t]*)\S+[ \t]*(?:$|\n|[,.;)])/.test(text.slice(t.end, t.end + 40)) &&
      !(next.lower === 'pa' && /^(?:right|left|main|proximal|distal|mid|branch|rt|lt)$/.test(t.lower)) &&
      // ("Farrah (night RN)", "Hollis (day RN)", "REPORT TO FLOOR RN", "receiving RN": the shift, the unit or the handing over
      // before a nurse's credential.)
      !/^(?:night|nights|day|days|evening|evenings|noc|swing|charge|float|agency|floor|peds|unit|primary|covering|oncoming|receiving|bedside)$/.test(t.lower) &&
      !instructionBeforeCredential(text, t.start, t.lower);
    // ("Diuril 20 mg/kg", "MAALOX 30 CC", "Vygon 1.9 Fr": a word before a dose is the drug or the device, unless a title names it.)
    if (!nameCue && DOSE_AFTER.test(text.slice(t.end, t.end + 16))) continue;
    if (FRENCH_SIZE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    const placeCue = prev !== null && PLACE_TAIL.has(prev.lower) && PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start));
    // "gave report to deb", "ck'd w/ jj", "told mo at desk": nurses hand over to colleagues by first name.
    const handover = t.shape === 'lower' && prev !== null && HANDOVER_TAIL.has(prev.lower) && HANDOVER_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
    const { safe, flags, common } = judge(v, t.lower);
    // After a family word or a staff role, the person's name even when it is an everyday word ("wife honor").
    // ... and after another relative's name and "and": "parents mei and jun at bs", "daughters Aisling and Nuala".
    const relative =
      (nameCue && relativesName(text, t, prev!, flags)) ||
      (adjacentPrev && prev!.lower === 'and' && i >= 3 && relatives[i - 2] === 1 && adjacent(text, toks[i - 2].end, prev!.start) && relativesName(text, t, prev!, flags, toks[i - 3].lower));
    if (relative) relatives[i] = 1;
    // "JUNE FROM LAB", "Bill from blood bank": a given name before the department the colleague works in.
    // "SHORT AWARE.", "Kessler notified": a colleague's name opening a clause before what was done to tell them.
    // "the Iron Cloud family": "family" after the surname.
    const colleagueCue =
      (next !== null && next.lower === 'from' && colleagueFrom(text, t, flags)) ||
      (next !== null && TOLD_NEXT.has(next.lower) && toldByName(text, t, flags)) ||
      (next !== null && next.lower === 'family' && familyName(text, t, flags) && familyHeads.push(i) > 0) ||
      (prev !== null && TALK_TAIL.has(prev.lower) && talkedWith(text, t, flags)) ||
      (digitBefore(text, t.start) && bedOccupant(text, t, flags)) ||
      (((next !== null && PHONE_NEXT.has(next.lower)) || /^[ \t]*[:,]?[ \t]*\(?\d{3}/.test(text.slice(t.end, t.end + 8))) && phoneOwner(text, t, flags)) ||
      // "Bill Jr's cell": a given name with a generational suffix.
      (next !== null && next.lower === 'jr' && (flags & F.FIRST) !== 0 && /^[ \t]$/.test(text.slice(t.end, next.start)) && !(flags & (F.CLINICAL | F.ABBREV)));
    const lower = t.shape === 'lower';
    // "they live out in boring", "went home to Climax": where a home town is named, a post-office town
    // is the town though it is an everyday word.
    // "from Embarrass", "east of Okay": in a mixed-case line, a post-office town capitalised mid-sentence after a place's preposition.
    if (
      flags & F.POSTAL &&
      prev !== null &&
      !(flags & (F.CLINICAL | F.ABBREV)) &&
      !PLACE_NOUNS.has(t.lower) &&
      !SERVICE_AFTER.test(text.slice(t.end, t.end + 16)) &&
      ((HOME_TOWN_TAIL.has(prev.lower) && HOME_TOWN_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) ||
        (t.shape === 'title' && !colleagueCue && !credAfter && !nameCue && !relative && TOWN_TAIL.has(prev.lower) && !MONTH_OR_DAY.has(t.lower) && !isCountry(t.lower) && TOWN_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && !capsLine(text, t.start) && !(next !== null && next.shape === 'title' && /^[ \t]$/.test(text.slice(t.end, next.start)))))
    ) {
      level[i] = 2;
      isPlace[i] = 1;
      continue;
    }
    // ("died in Leninakan", "a prayer camp in Ogbomosho": a word English lists only capitalised, and no other list holds,
    // after a place's preposition is a place of the wider world: SCOWL's capitalised lists are mostly geography.)
    if (flags === F.UPPER && preset === 'recall' && t.shape === 'title' && t.text.length >= 5 && !LANGUAGE_SHAPE.test(t.lower) && !STATE_NAME.test(t.lower) && (placeCue || (prev !== null && WEAK_PLACE_WORDS.has(prev.lower) && WEAK_PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)))) && !isCountry(t.lower) && !eponymAfter(text, t, true)) {
      level[i] = 2;
      isPlace[i] = 1;
      continue;
    }
    // Settled cheaply: a safe word with no name or place evidence and no cue around it.
    if (safe && !lower && !(flags & ANY_EVIDENCE) && !(nameCue && !(flags & (F.ENGLISH | F.COMMON))) && !relative) continue;
    // ("Dev: walks well", "Faith: Baptist": a section of the note, though Dev and Faith are given names.)
    if (text[t.end] === ':' && (safe || SECTION_WORDS.has(t.lower))) continue;
    // An eponym is clinical, except as the town after a place cue ("lives in FRAMINGHAM").
    // ("A. FINNEGAN RN": an initial before or a credential after makes an eponym's surname the person's.)
    if (!nameCue && !initialBefore && !credAfter && !(placeCue && flags & F.PLACE && (t.shape !== 'lower' || !CLINICAL_AFTER_FROM.has(t.lower))) && isEponym(t.lower)) continue;
    // "ligament of Treitz", "vein of Trolard", "ampulla of Vater": a part of the body named after someone is no person.
    if (!nameCue && anatomyOfBefore(text, t.start)) continue;
    if (lower) {
      // Lower-case words count only where notes write names or places ...
      const position = nameCue || initialBefore || credAfter || placeCue || handover || colleagueCue;
      if (!position) {
        // ... or when they are a given name or surname and no English word at all ("eva kleist", "in essex").
        if (safe) continue;
        const named = flags & (F.FIRST | F.LAST) && !(flags & (F.ENGLISH | F.UPPER)) && t.lower.length >= 4;
        const weakPlace = prev !== null && WEAK_PLACE_WORDS.has(prev.lower) && WEAK_PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start));
        // "works at the dorchester post office": a town no English list knows is a town in any case.
        const town = flags & F.PLACE && !(flags & (F.ENGLISH | F.COMMON | F.FIRST)) && t.lower.length >= 5;
        if (town && preset === 'recall' && !eponymAfter(text, t, nameCue)) {
          level[i] = 2;
          isPlace[i] = 1;
        } else if (named && preset === 'recall' && !eponymAfter(text, t, nameCue)) level[i] = 2;
        else if (weakPlace && (flags & F.PLACE || preset === 'recall') && !eponymAfter(text, t, nameCue)) {
          level[i] = 2;
          isPlace[i] = 1;
        }
        continue;
      }
      // "lives in revere", "called from providence": after a strong place cue a town that is also a word.
      if (placeCue && common && flags & F.PLACE && flags & F.UPPER && !PLACE_NOUNS.has(t.lower) && !(flags & (F.CLINICAL | F.ABBREV))) {
        level[i] = 2;
        isPlace[i] = 1;
        continue;
      }
      // "on way from salem", "pt from boston": after a strong place cue a town that is clinical only as a
      // device or eponym named after it (Salem sump, Boston brace), unless an eponym's noun follows.
      if (placeCue && flags & F.PLACE && flags & F.CLINICAL && flags & (F.FIRST | F.LAST | F.PROPER) && !(flags & (F.COMMON | F.ABBREV)) && t.lower.length >= 5 && !CLINICAL_AFTER_FROM.has(t.lower) && !eponymAfter(text, t, false)) {
        level[i] = 2;
        isPlace[i] = 1;
        continue;
      }
      // "dr smith aware": after a doctor's title a surname that is also an everyday word is still the surname.
      // ("ms. pearl washington": after a personal title a given name that is also a word is the given name.)
      const doctor = nameCue && (/^(?:dr|drs|doctor)$/.test(prev!.lower) ? (flags & F.LAST) !== 0 : /^(?:mr|mrs|ms|miss)$/.test(prev!.lower) && (flags & (F.FIRST | F.LAST)) !== 0) && !(flags & (F.CLINICAL | F.ABBREV)) && !NOT_NAME_AFTER_CUE.has(t.lower);
      // "wound rn delacroix": after a name cue, a word English lists only as a proper noun is the name.
      const properAfterCue = nameCue && !(flags & (F.ENGLISH | F.COMMON | F.CLINICAL | F.ABBREV)) && !NOT_NAME_AFTER_CUE.has(t.lower);
      // "gave report to deb": after a hand-over a given name that is no clinical word (nurses hand over by first name).
      const colleague = (handover && (flags & F.FIRST) !== 0 && !(flags & (F.CLINICAL | F.ABBREV)) && !NOT_NAME_AFTER_CUE.has(t.lower) && !NOT_NAME_AFTER_RELATIVE.has(t.lower)) || colleagueCue;
      if (safe && !(flags & ANY_EVIDENCE && !common) && !properAfterCue && !relative && !colleague) {
        // "lander rrt", "q. lander": a surname that is also an English word, made a name by its position.
        if (!((initialBefore || credAfter || doctor) && flags & F.LAST && !(flags & (F.CLINICAL | F.ABBREV)))) continue;
      }
      if (common && !(initialBefore || credAfter || doctor || relative || colleague)) continue;
      // ("kathleen's cell": a possessive is the owner, not an eponym's cell.)
      if (eponymAfter(text, t, nameCue || (colleagueCue && /['’]s$/.test(t.lower)))) continue;
      level[i] = 2;
      isPlace[i] = placeCue && !nameCue && !colleagueCue ? 1 : 0;
      continue;
    }
    if (safe) {
      // "E. WELSH", "WELSH, RN": a capitalised surname that is also an English word, after an initial or before a credential.
      // "NP Delacroix aware": after a name cue, a word English writes only capitalised (no common word) is a name too.
      // ("TECH CALL 9/30", "PT NEVER MARRIED": what notes write after a role is no surname, unless a given name follows its comma: "PT HOUSE, RUBY".)
      const properOnly = nameCue && !(flags & (F.ENGLISH | F.COMMON)) && t.shape !== 'caps';
      if (((initialBefore || credAfter || (nameCue && (!NOT_NAME_AFTER_RELATIVE.has(t.lower) || /^,[ \t]*\p{Lu}/u.test(text.slice(t.end, t.end + 3))))) && (flags & NAME_EVIDENCE || properOnly) && !(flags & (F.CLINICAL | F.ABBREV))) || relative || colleagueCue) {
        if (!eponymAfter(text, t, nameCue)) level[i] = 2;
      } else if (placeCue && (flags & F.PLACE || (t.shape === 'title' && !(flags & F.CLINICAL) && !isCountry(t.lower) && RESIDES_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)))) && !(flags & F.ABBREV) && (!(flags & F.CLINICAL) || t.shape !== 'lower') && (!common || !PLACE_NOUNS.has(t.lower)) && !eponymAfter(text, t, nameCue)) {
        // ("lives in Ballard", "from Glasgow": after a place cue a capitalised town stays a town though a scale bears its name;
        // "lives in Spangle": capitalised mid-sentence there, a word no gazetteer lists is a town too.)
        level[i] = 2;
        isPlace[i] = 1;
      } else if (preset === 'recall' && (!common || (t.shape === 'title' && flags & F.UPPER && !PLACE_NOUNS.has(t.lower))) && flags & F.PLACE && !(flags & (F.CLINICAL | F.ABBREV)) && prev !== null && WEAK_PLACE_WORDS.has(prev.lower) && WEAK_PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && !eponymAfter(text, t, nameCue)) {
        // ("kids in Carver", "nurse in Limerick": after a bare "in" a gazetteer town that is no everyday word, or one
        // capitalised mid-sentence, which an everyday word is not.)
        level[i] = 2;
        isPlace[i] = 1;
      }
      continue;
    }
    // ("95 YOWF", "YOBM": age, race and sex run together after an age.)
    if (AGE_SEX_RUN.test(t.text) && /\d[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
    // Unknown capitalised word. Short capitals without vowels or of 2-3 letters are mostly abbreviations.
    const letters = t.text.replace(/[^\p{L}]/gu, '');
    const shortCaps = t.shape === 'caps' && letters.length <= 3;
    const noVowel = t.shape === 'caps' && !/[AEIOUY]/.test(letters);
    if (noVowel && !(flags & NAME_EVIDENCE)) continue;
    // ("DISP 1422 / ENRT 1423", "AGONAL RESPS 4/MIN", "ETCO2 38": a short unknown word in capitals with a reading or a clock
    // time after it, or a digit glued to it, labels the number; a phone's owner is read apart.)
    if (t.shape === 'caps' && letters.length <= 5 && !(flags & NAME_EVIDENCE) && !nameCue && READING_AFTER.test(text.slice(t.end, t.end + 16))) continue;
    // In a mixed-case line an unknown short word in capitals is an abbreviation ("ADHF", "AECOPD");
    // in a line written in capitals it may be a name ("SUSAN CALLED").
    // ("QUIXBY, HOPE" in a mixed-case line is a "Last, First" name, not an abbreviation.)
    const lastFirst = next !== null && /^,[ \t]*\p{Lu}/u.test(text.slice(t.end, t.end + 3)) && (next.shape === 'title' || (v.flags(next.lower) & F.FIRST) !== 0);
    if (t.shape === 'caps' && letters.length <= 6 && !(flags & ANY_EVIDENCE) && !nameCue && !lastFirst && !capsLine(text, t.start)) continue;
    // "lives in the Milwaukee area": after a place cue "area" is no eponym head ("Broca area").
    if (eponymAfter(text, t, nameCue || placeCue)) continue;
    const evidence = (flags & ANY_EVIDENCE) !== 0 || nameCue || placeCue || initialBefore || credAfter;
    if (preset === 'balanced' && !evidence) {
      level[i] = 1;
      continue;
    }
    level[i] = shortCaps && !nameCue && !placeCue ? 1 : 2;
    isPlace[i] = placeCue || (flags & F.PLACE && !(flags & NAME_EVIDENCE)) ? 1 : 0;
  }
  for (const i of familyHeads) {
    const p = toks[i - 1];
    if (p && p.shape === 'title' && /^[ \t]$/.test(text.slice(p.end, toks[i].start)) && !FUNCTION_WORDS.has(p.lower) && !NAME_BEFORE.has(p.lower) && !CLAUSE_OPENS.test(text.slice(Math.max(0, p.start - 3), p.start))) level[i - 1] = 2;
  }
  // "FENNIMORE,ISOLDE R": after a surname and a bare comma, as record systems write "LAST,FIRST", the given name in capitals
  // whatever lists hold it.
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (level[i] || t.shape !== 'caps' || t.text.length < 3 || level[i - 1] !== 2 || isPlace[i - 1] || toks[i - 1].shape !== 'caps' || text.slice(toks[i - 1].end, t.start) !== ',') continue;
    if (v.flags(t.lower) & (F.CLINICAL | F.ABBREV) || CREDENTIAL_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) continue;
    level[i] = 2;
  }
  // Names listed together share their fate: "Usamov and Bowers", "Monjeau, Graves and Reed"; so do
  // towns ("stoughton and canton facilities").
  const anyPlace = isPlace.some((x) => x === 1);
  // (Built once, not per token: these run for every word of every pass.)
  const flaggedAt = (j: number, places: boolean): boolean => j >= 0 && j < toks.length && level[j] === 2 && (places ? isPlace[j] === 1 : !isPlace[j]);
  // Next to a name across a comma ("Monjeau, Graves"), or across "and" / "or" / "&" ("Usamov and Bowers").
  const coordinated = (i: number, j: number, places: boolean): boolean => {
    if (!flaggedAt(j, places)) return false;
    const t = toks[i];
    const [a, b] = j < i ? [toks[j], t] : [t, toks[j]];
    // "from Decorah, fell on ice": a lower-case word after a comma starts the next clause, not another town.
    // ("ANESTHESIA: Hale / Mbeki, CRNA": people sharing a duty are written with a slash too.)
    if (Math.abs(j - i) === 1) return !(places && t.shape === 'lower') && (/^[ \t]*,[ \t]*(?:&[ \t]+)?$/.test(text.slice(a.end, b.start)) || (!places && /^[ \t]+\/[ \t]+$/.test(text.slice(a.end, b.start))));
    const mid = toks[(i + j) / 2];
    return /^(?:and|or)$/.test(mid.lower) && /^[ \t]*,?[ \t]+$/.test(text.slice(a.end, mid.start)) && /^[ \t]+$/.test(text.slice(mid.end, b.start));
  };
  for (let pass = 0; pass < 4; pass++) {
    const places = pass % 2 === 1;
    if (places && !anyPlace) continue;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (level[i] === 2 || (t.shape !== 'title' && t.shape !== 'lower' && !(places && t.shape === 'caps'))) continue;
      if (!(flaggedAt(i - 1, places) || flaggedAt(i + 1, places) || flaggedAt(i - 2, places) || flaggedAt(i + 2, places)) || isGuarded(t)) continue;
      const f = v.flags(t.lower);
      const evidence = places ? F.PLACE : t.shape === 'lower' ? F.FIRST : NAME_EVIDENCE;
      // ("Bernadette, in her own home", "Juárez, will come tmrw": a function word or a modal in lower case goes on with the sentence.)
      // ("WWII veteran - Army, Puerto Rico National Guard": a service beside a name or a town is no name.)
      if (!(f & evidence) || f & (F.CLINICAL | F.ABBREV) || SERVICE_BRANCH.test(t.lower) || (places ? PLACE_NOUNS.has(t.lower) : NAME_BEFORE.has(t.lower)) || /^(?:the|and|or|of|for|with|but|not|no|yes)$/.test(t.lower) || FUNCTION_WORDS.has(t.lower) || (t.shape === 'lower' && MODAL_VERBS.test(t.lower))) continue;
      // ("Kirby / Tobin index": an eponym's noun after the word makes it the eponym.)
      if ((coordinated(i, i - 1, places) || coordinated(i, i + 1, places) || coordinated(i, i - 2, places) || coordinated(i, i + 2, places)) && (places || !eponymAfter(text, t, false))) {
        level[i] = 2;
        isPlace[i] = places ? 1 : 0;
      }
    }
  }
  // A given name carries the word after it ("James Sparks", "Jay Pearce") and an initial between
  // ("Sari J. Paavolainen", "benjamin a seiler") when that word is a surname or no everyday word.
  // A name no list knows carries one too ("pt sunil raghunathan": neither is in the US name lists).
  for (let i = 0; i + 1 < toks.length; i++) {
    if (level[i] !== 2 || isPlace[i] || !(v.flags(toks[i].lower) & F.FIRST || !judge(v, toks[i].lower).safe)) continue;
    let j = i + 1;
    if (toks[j].shape === 'initial' && /^[ \t]$/.test(text.slice(toks[i].end, toks[j].start)) && j + 1 < toks.length) j++;
    const next = toks[j];
    const gap = text.slice(toks[j - 1].end, next.start);
    // (A period only closes an initial: "STERLING. SURGEON" is two sentences.)
    if (!(/^[ \t]$/.test(gap) || (/^\.[ \t]$/.test(gap) && toks[j - 1].shape === 'initial')) || next.shape === 'other' || next.shape === 'initial' || (next.shape === 'lower') !== (toks[i].shape === 'lower')) continue;
    const f = v.flags(next.lower);
    // ("tomasz brought lunch": a verb after the given name is what the person did, though "Brought" is a surname too.)
    // ("ALL THE CAPLINGER WOMEN": in capitals, where no case tells a name, a name no list knows carries no everyday word.)
    if (f & (F.CLINICAL | F.ABBREV) || FUNCTION_WORDS.has(next.lower) || NOT_NAME_AFTER_CUE.has(next.lower) || NOT_NAME_AFTER_RELATIVE.has(next.lower) || (!(v.flags(toks[i].lower) & F.FIRST) && f & F.COMMON && next.shape === 'caps')) continue;
    if (f & F.LAST || !judge(v, next.lower).safe) {
      for (let k = i + 1; k <= j; k++) level[k] = 2;
    }
  }
  // And a given name before a surname found on its own ("Ana Dias", "Jay Pearce", "benjamin a seiler"),
  // or its initial between a title and the surname ("Dr A Ogunleye", "Mr K Mistry").
  for (let i = toks.length - 1; i > 0; i--) {
    if (level[i] !== 2 || isPlace[i]) continue;
    if (i > 1 && toks[i - 1].shape === 'initial' && /^\p{Lu}$/u.test(toks[i - 1].text) && TITLE_CUES.has(toks[i - 2].lower) && /^\.?[ \t]$/.test(text.slice(toks[i - 1].end, toks[i].start)) && adjacent(text, toks[i - 2].end, toks[i - 1].start)) level[i - 1] = 2;
    let j = i - 1;
    if (toks[j].shape === 'initial' && j > 0 && /^\.?[ \t]$/.test(text.slice(toks[j].end, toks[i].start))) j--;
    const prev = toks[j];
    if (level[j] === 2 || !/^[ \t]$/.test(text.slice(prev.end, toks[j + 1].start)) || (prev.shape === 'lower') !== (toks[i].shape === 'lower') || prev.shape === 'other' || prev.shape === 'initial') continue;
    // "SON DESMOND", "dtr mei": the cue word itself is no part of the name, even when it is a given name too.
    if (!(v.flags(prev.lower) & F.FIRST) || NAME_BEFORE.has(prev.lower) || TALK_TAIL.has(prev.lower) || /^(?:the|and|or|of|for|with|but|not|no|yes|is|was|will|can|in|on|at|to|may|an|a)$/.test(prev.lower)) continue;
    for (let k = j; k < i; k++) level[k] = 2;
  }
  // Self-introductions name whatever follows, even an everyday word or lower case: "my name is borna",
  // "call me Frank", "she named him Angel", "her maiden name is Key".
  for (const m of matchesOf(/\b(?:my\s+name\s+is|name\s+is|names?\s+are|call\s+me|calls\s+me|called\s+me|(?:asked|likes|wants|prefers)\s+to\s+be\s+called|named|nicknamed|goes\s+by|identifies\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?as(?=\s*["“])|known\s+(?:to\s+(?:the\s+)?(?:family|everyone|everybody|friends|all)\s+)?as|name\s+as|(?:maiden|legal|full|birth|preferred|first|given|last|real)\s+name(?:\s+is)?|a\.?k\.?a\.?|calls\s+(?:him|her|them)|(?:they|everyone|everybody)\s+calls?)(?:\s+(?:him|her|them|it))?[ \t]*:?[ \t]*["'“]?/gi, text)) {
    const at = m.index! + m[0].length;
    // "legal name soon-yi park", "gave name as 'frank'", "named": after these, everyday words are the name
    // too; after "name is", "call me" a common lower-case word still ends it.
    // ("goes by \"skip\"": a word in quotes is the name whatever it is.)
    // ("goes by tank", "known to family as sugar", "calls him boo": a nickname is an everyday word more often than not;
    // "goes by car" is how, not who; "calls her every day" is no naming.)
    const strong = !/^(?:(?:my\s+)?name\s+is|call(?:s|ed)?\s+me)/i.test(m[0]) || /["'“]$/.test(m[0]);
    // ('identifies as "Smoke"' names; 'identifies as "lapsed baptist."' describes.)
    if (/^identifies/i.test(m[0]) && !/^\p{Lu}/u.test(text.slice(at, at + 1))) continue;
    // ("legal name change in progress", "preferred name listed on chart": what happens to the name, not the name.)
    if (/name[ \t]*$/i.test(m[0]) && /^(?:change[ds]?|changing|updated?|correction|pending|unknown|listed|differs|mismatch|used|on|in|and|or)\b/i.test(text.slice(at, at + 12))) continue;
    if (/^goes\s+by/i.test(m[0]) && /^(?:car|bus|van|cab|taxi|train|plane|boat|ambulance|ems|wheelchair|stretcher|foot|bike|walker|transport|medicaid|medicare)\b/i.test(text.slice(at, at + 12))) continue;
    if (/^(?:calls|they|everyone|everybody)\s/i.test(m[0]) && (/(?:him|her|them)\s+(?:him|her|them|it)[ \t]*$/i.test(m[0]) || /^(?:every|each|daily|often|back|again|at|on|in|when|if|to|about|twice|once|nightly|weekly|frequently|regularly|later|tomorrow|tonight|today|asking|mom|mum|mama|momma|mother|dad|daddy|papa|father|grandma|grandpa|granny|nana|sis|bro|sister|brother|son|honey|dear)\b/i.test(text.slice(at, at + 12)))) continue;
    let i = toks.findIndex((t) => t.start >= at);
    for (let n = 0; i >= 0 && i < toks.length && n < 3; i++, n++) {
      const t = toks[i];
      if (t.start > at + 1 && n === 0) break;
      if (t.shape === 'other' || FUNCTION_WORDS.has(t.lower) || (n > 0 && !/^[ \t]+(?:\p{L}\.?[ \t]+)?$/u.test(text.slice(toks[i - 1].end, t.start)))) break;
      // "call me back", "named in": an everyday lower-case word that is no given name is no name.
      if (/^(?:unknown|unk|none|not|now|still|pending|unavailable|same|withheld|different|confirmed|verified|obtained|given)$/.test(t.lower)) break;
      if (!strong && t.shape === 'lower' && judge(v, t.lower).common && !(v.flags(t.lower) & F.FIRST)) break;
      if (t.shape !== 'initial') level[i] = 2;
    }
  }
  // Dialogue speakers: a given name opening a line and followed by a colon ("Heather: ...").
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (level[i] || text[t.end] !== ':' || t.shape === 'other' || t.shape === 'initial') continue;
    const f = v.flags(t.lower);
    if (f & F.FIRST && !(f & (F.CLINICAL | F.ABBREV)) && text[t.end] === ':' && /(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, t.start - 10), t.start)) && !SECTION_WORDS.has(t.lower)) level[i] = 2;
  }
  // Multi-word towns ("Quebec City", "Bel Air", "ellicott city"): the phrase is in the gazetteer and
  // either follows a place cue or holds a word that is not everyday English.
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i];
    if (FUNCTION_WORDS.has(head.lower) || !v.placeHeads.has(head.lower)) continue;
    // Lower-case towns count only after a place cue: test the cheap part of that first.
    if (head.shape === 'lower' && !(i > 0 && (PLACE_TAIL.has(toks[i - 1].lower) || WEAK_PLACE_WORDS.has(toks[i - 1].lower)))) continue;
    for (let n = Math.min(v.placePhraseMaxWords, toks.length - i); n >= 2; n--) {
      const run = toks.slice(i, i + n);
      if (run.some((t, k) => t.shape === 'other' || (k > 0 && !/^[ \t]+$/.test(text.slice(run[k - 1].end, t.start))))) continue;
      // ("Fond du Lac", "Lac du Flambeau": a title-case town keeps its particles in lower case.)
      const caseOk = run.every((t, k) => t.shape === 'title' || t.shape === 'caps' || (k > 0 && k < run.length - 1 && /^(?:du|de|des|la|le|of|the|des|del|di)$/.test(t.text))) || run.every((t) => t.shape === 'lower');
      if (!caseOk || !(v.flags(run.map((t) => t.lower).join(' ')) & F.PLACE)) continue;
      const cue = PLACE_BEFORE.test(text.slice(Math.max(0, run[0].start - 40), run[0].start)) || WEAK_PLACE_BEFORE.test(text.slice(Math.max(0, run[0].start - 8), run[0].start));
      const distinctive = run.some((t) => !(v.flags(t.lower) & (F.COMMON | F.CLINICAL | F.ABBREV)));
      if (run[0].shape === 'lower' ? !cue : !(cue || distinctive)) continue;
      out.push({ category: 'LOCATION', score: cue ? 0.7 : 0.55, start: run[0].start, end: run[n - 1].end, kind: 'city' });
      i += n - 1;
      break;
    }
  }
  // Weak tokens count only next to a flagged token or an initial ("DAN A. FORMAN-LYONS"), not across a column's gap ("KOVACH,
  // JOSEPH A.  clock 41-2276").
  const weakCarried = (i: number, j: number): boolean =>
    j >= 0 && j < toks.length && /^(?![ \t]*[.,]?[ \t]{2})[ \t]*[.,]?[ \t]*$/.test(text.slice(toks[Math.min(i, j)].end, toks[Math.max(i, j)].start)) && (level[j] === 2 || (toks[j].shape === 'initial' && text[toks[j].end] === '.'));
  for (let i = 0; i < toks.length; i++) {
    if (level[i] !== 1) continue;
    // ("jh lsw": the credential after a name is no second name.)
    const ok = !isCredential(toks[i].lower) && (weakCarried(i, i - 1) || weakCarried(i, i + 1));
    level[i] = ok ? 2 : 0;
  }
  for (let i = 0; i < toks.length; i++) {
    if (level[i] !== 2) continue;
    const t = toks[i];
    // ("J. Romero AEMT", "D. LeJeune NRP": a paramedic's credential, which no word list holds, beside a name.)
    if (t.shape === 'caps' && EMS_CREDENTIAL.test(t.lower)) continue;
    // ("jh lsw", "Rhiannon RRT": the credential after a name is the name's, not a second name.)
    if (i > 0 && level[i - 1] === 2 && isCredential(t.lower) && !(t.shape === 'title' && TITLE_CASE_SURNAMES.has(t.lower)) && /^,?[ \t]+$/.test(text.slice(toks[i - 1].end, t.start))) continue;
    let start = t.start;
    // An initial right before a name is part of it ("E. WELSH", "q. lander").
    const prev = toks[i - 1];
    // (Not a unit after a number: "BP 140s/80s. Fingersticks", "TEMP OUTSIDE 38 F. WEARS".)
    if (prev && prev.shape === 'initial' && text[prev.end] === '.' && /^\.[ \t]?$/.test(text.slice(prev.end, t.start)) && !unitAfterNumber(text, prev)) start = prev.start;
    let end = t.end;
    const next = toks[i + 1];
    // "ROBERT V.": a trailing initial; without its period only after "Last, First" ("HALVORSEN, GRETA M TO OR").
    const lastFirst = i > 0 && level[i - 1] === 2 && /^,[ \t]*$/.test(text.slice(toks[i - 1].end, t.start));
    if (next && next.shape === 'initial' && /^[ \t]$/.test(text.slice(t.end, next.start)) && (text[next.end] === '.' || lastFirst) && /^\p{Lu}$/u.test(next.text)) end = next.end + (text[next.end] === '.' ? 1 : 0);
    // "THIBODEAUX,R", "BROUSSARD,K RN", "LOPEZ-HIDALGO, M": a surname in capitals and the given name's initial after a comma.
    else if (next && next.shape === 'initial' && (t.shape === 'caps' || (t.shape === 'title' && v.flags(t.lower) & F.LAST && next.text !== 'I')) && /^,[ \t]?$/.test(text.slice(t.end, next.start)) && /^\p{Lu}$/u.test(next.text) && /^(?:\.(?!\p{L})|[ \t]*(?:$|\n|[,;)])|[ \t]+\p{Lu}{2,4}\b)/u.test(text.slice(next.end, next.end + 6))) end = next.end + (text[next.end] === '.' ? 1 : 0);
    // "SON WENDELL JR.", "Aurelio Bianchi III": a generational suffix belongs to the name.
    else if (next && GENERATION_SUFFIX.test(next.lower) && /^,?[ \t]$/.test(text.slice(t.end, next.start)) && !isPlace[i]) end = next.end + (text[next.end] === '.' ? 1 : 0);
    let e = end;
    if (/['’]s$/i.test(text.slice(start, e))) e -= 2;
    out.push({ category: isPlace[i] ? 'LOCATION' : 'NAME', score: 0.5, start, end: e, kind: isPlace[i] ? 'city' : 'person' });
  }
  return out;
}
