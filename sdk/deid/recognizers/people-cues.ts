/**
 * The people notes name by their relation to the patient or to the writer: a relative's name after a
 * family word ("wife honor", "dtr calliope here"), a colleague's after a staff role or a hand-over
 * ("rn honor", "gave report to deb"), and the positions where an abbreviated role is something else.
 * The vocabulary gate (gate.ts) asks these questions of each word.
 *
 * @example
 * HANDOVER_BEFORE.test('gave report to '); // true
 */
import { FAMILY_WORDS, FUNCTION_WORDS, NAME_BEFORE, NOT_NAME_AFTER_RELATIVE, STAFF_BEFORE_NAME, TITLE_CUES } from './cue-words.js';
import { NOT_NAME_AFTER_CUE, participle } from './name-tokens.js';
import { VOCAB_FLAGS as F, vocabulary } from '../vocab.js';
import { possessiveEponym, type Tok } from './gate-words.js';


/** Where an abbreviated role is something else: a unit after a number ("2.1 CM IDC"), half of a pair ("PT/OT, orthostatics"), or a heading opening its line ("OT Evaluation"). @example NOT_STAFF_BEFORE.test('2.1 '); // true */
export const NOT_STAFF_BEFORE = /(?:\d[ \t]*|\/|(?:^|\n)[ \t]*)$/;

/** Last words of the hand-over phrases, checked before running the regex. @example HANDOVER_TAIL.has('to'); // true */
export const HANDOVER_TAIL = new Set(['to', 'w', 'with', 'told']);
/** Phrases after which nurses write a colleague's first name ("gave report to deb", "ck'd w/ jj"). @example HANDOVER_BEFORE.test('gave report to '); // true */
export const HANDOVER_BEFORE = /\b(?:(?:gave|give|given|giving)[ \t]+report[ \t]+to|report[ \t]+(?:given[ \t]+)?to|handed[ \t]+off[ \t]+to|ck'?d[ \t]+w\/?|checked[ \t]+w(?:ith|\/)|told)[ \t]+$/i;

// Departments whose staff notes name by first name before "from" ("JUNE FROM LAB", "Bill from blood bank", "kathy from pharmacy").
const FROM_DEPARTMENT = /^[ \t]+from[ \t]+(?:the[ \t]+)?(?:pt|ot|rt|slp|physio|physical[ \t]+therapy|occupational[ \t]+therapy|speech|respiratory|lab|labs|laboratory|blood[ \t]+bank|pharmacy|radiology|admitting|admissions|transport|iv[ \t]+team|case[ \t]+management|social[ \t]+work|dietary|nutrition|chaplaincy|pastoral[ \t]+care|billing|registration|security|infection[ \t]+control|case[ \t]+mgmt|cm|ortho|orthopedics|cards|cardiology|neuro|neurology|nsgy|surgery|gi|renal|nephrology|pulm|pulmonary|ir|anesthesia|palliative|psych|psychiatry|ent|urology|wound[ \t]+care|hospice|vna|home[ \t]+health|dialysis|micro|microbiology|path|pathology|risk[ \t]+management|patient[ \t]+relations|interpreter[ \t]+services|bed[ \t]+board|nursing[ \t]+supervisor|the[ \t]+agency|burn[ \t]+unit|float[ \t]+pool|micu|sicu|cvicu|ccu|picu|nicu|pacu|tele|step-?down|\d{1,2}[ \t]?(?:n|s|e|w|north|south|east|west))(?![\p{L}\d])/iu;
// (A unit counts as a department: "Will from 4W", "Red from burn unit".)
// (Not a thing that comes from a department: "got page from lab", "a call from pharmacy".)
const THING_BEFORE = /\b(?:a|an|the|got|get|received|another|one|no|any|per|via)[ \t]+$/i;

/**
 * Is the word a colleague's given name before "from" and a department ("JUNE FROM LAB", "Bill from blood bank")?
 * The given name may be an everyday word; the department says it is a person.
 *
 * @example
 * colleagueFrom('JUNE FROM LAB CALLED', { start: 0, end: 4, text: 'JUNE', lower: 'june', shape: 'caps' }, vocabulary().flags('june')); // true
 */
export function colleagueFrom(text: string, t: Tok, flags: number): boolean {
  // ("Swift from ortho", "Care from case mgmt": a surname too, capitalised, opening its clause.)
  const surname = flags & F.LAST && t.shape !== 'lower' && CLAUSE_START.test(text.slice(Math.max(0, t.start - 4), t.start));
  // ("Call from pt's grandson": a call, not a colleague.)
  if (!(flags & F.FIRST || surname) || NOT_NAME_AFTER_RELATIVE.has(t.lower) || flags & (F.CLINICAL | F.ABBREV) || NOT_NAME_AFTER_CUE.has(t.lower) || FUNCTION_WORDS.has(t.lower)) return false;
  return FROM_DEPARTMENT.test(text.slice(t.end, t.end + 40)) && !THING_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start));
}

// A colleague named alone opening a clause, then what was done to tell them: "SHORT AWARE.", "wolf rt aware", "Kessler notified".
// (A credential may stand between: "wolf rt aware".)
const TOLD_CREDENTIALS = ['rt', 'rn', 'md', 'np', 'pa', 'cm', 'sw'];
// Or then what they did or said, or where they were: "Hope asked to be called", "frost pronounced", "Grace at bedside".
const TOLD_VERBS = ['aware', 'notified', 'paged', 'informed', 'asks', 'asked', 'asking', 'says', 'said', 'requests', 'requested', 'wants', 'pronounced', 'ordered', 'spoke', 'called', 'visited', 'brought', 'updated', 'states', 'stated', 'prefers', 'rings', 'phoned', 'tearful', 'agrees', 'agreed'];
// A given name opening a clause before a modal or "has": "Daisy will be the one to come", "Will will bring her cpap",
// "Marigold has their dog" (a surname there is too often a thing: "Staples will be removed").
const GIVEN_NAME_MODALS = ['will', 'would', 'has', 'can'];
const MODAL_AFTER = new RegExp(`^[ \\t]+(?:${GIVEN_NAME_MODALS.join('|')})[ \\t]+(?!not\\b|be[ \\t]+(?:done|given|sent|removed|changed|placed|drawn|held|started|stopped|continued|discontinued|checked|repeated|obtained|reassessed|monitored)\\b)[a-z]`, 'i');
// ("Rivers also wants", "Faith is RN", "WILL IS SON", "ann and joe visited".)
const TOLD_AFTER = new RegExp(
  `^[ \\t]+(?:(?:${TOLD_CREDENTIALS.join('|')})[ \\t]+)?(?:(?:also|still|just)[ \\t]+)?(?:${TOLD_VERBS.join('|')}|at[ \\t]+(?:bedside|bs|bsd)|(?:is|was)[ \\t]+at[ \\t]+(?:bedside|bs)|(?:is|was)[ \\t]+(?:an?[ \\t]+)?(?:rn|lpn|nurse|md|np|pa|rt)|(?:is|was)[ \\t]+(?:the[ \\t]+|her[ \\t]+|his[ \\t]+|pt'?s[ \\t]+)?(?:${[...FAMILY_WORDS].join('|')})|and[ \\t]+[a-z'’-]{2,}[ \\t]+(?:visited|visiting|called|came|left|here))\\b`,
  'i',
);
/** The words that may follow such a name, checked before the regex. @example TOLD_NEXT.has('aware'); // true */
export const TOLD_NEXT = new Set([...TOLD_VERBS, ...TOLD_CREDENTIALS, ...GIVEN_NAME_MODALS, 'at', 'is', 'was', 'also', 'still', 'just', 'and']);
const CLAUSE_START = /(?:^|[.;:!?][ \t]+|\n[ \t]*|[ \t]{2,})$/;
// A log entry's date and time opening its line: "05/12/09 0210 Chip called", "0130 Will called again".
const LOG_ENTRY_START = /(?:^|\n)[ \t]*(?:\d{1,2}[\/-]\d{1,2}(?:[\/-]\d{2,4})?[ \t]+)?\d{3,4}[ \t]+$/;
// Who else is told: people and services that notes name by their role.
const TOLD_ROLES = new Set('code rapid ho writer caller said walker wheelchair sitter interpreter aide tech student volunteer transport admitting registration dietary rehab friend friends visitor visitors neighbor guardian poa hcp hcpoa priest someone nobody everybody somebody lab labs bank micro transplant trauma nocturnist patient pt pts hospitalist intensivist fellow intern surgeon surgeons anesthesia anesthesiologist radiology cardiology neurology nephrology oncology palliative hospice case social worker therapist pharmacist dietitian chaplain security police coroner ems md dr team family charge nursing staff pharmacy surgery attending resident covering night day house doctor doctors provider providers physician nurse nurses floor unit icu service services primary cards renal ortho neuro gi pulm psych ir oncall call supervisor manager everyone all both parents client clients participant participants member consumer customer pastor minister rabbi imam deacon sponsor counselor teacher coach landlord officer caseworker advocate peer'.split(' '));

/**
 * Is the word a colleague's name opening a clause before "aware", "notified" or "paged" ("SHORT AWARE.", "Kessler notified")?
 * The word must be a given name or surname (an everyday one included), and no role, relation or clinical word.
 *
 * @example
 * toldByName('HEPARIN HELD. SHORT AWARE.', { start: 14, end: 19, text: 'SHORT', lower: 'short', shape: 'caps' }, vocabulary().flags('short')); // true
 */
export function toldByName(text: string, t: Tok, flags: number): boolean {
  // ("Pre-alert called": a prefixed word is no name.)
  // (A word no list knows counts too, as a surname would: "gustafsson aware of hr".)
  const unknown = !(flags & (F.COMMON | F.ENGLISH)) && t.lower.length >= 4 && /^[\p{L}'’-]+$/u.test(t.lower);
  if (!(flags & (F.FIRST | F.LAST) || unknown) || /^(?:pre|post|re|non|co|anti|self|sub|semi|multi|inter|intra|over|under)-/.test(t.lower) || flags & (F.CLINICAL | F.ABBREV) || TOLD_ROLES.has(t.lower) || FAMILY_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) return false;
  const after = text.slice(t.end, t.end + 40);
  return (TOLD_AFTER.test(after) || ((flags & F.FIRST) !== 0 && MODAL_AFTER.test(after))) && (CLAUSE_START.test(text.slice(Math.max(0, t.start - 4), t.start)) || LOG_ENTRY_START.test(text.slice(Math.max(0, t.start - 24), t.start)));
}

/** A given name or surname (an everyday one included) that is no role, relation, cue or clinical word: who a cue names. */
function namedPerson(w: string, flags: number): boolean {
  return (flags & (F.FIRST | F.LAST)) !== 0 && !(flags & (F.CLINICAL | F.ABBREV)) && !TOLD_ROLES.has(w) && !FAMILY_WORDS.has(w) && !FUNCTION_WORDS.has(w) && !NAME_BEFORE.has(w) && !NOT_NAME_AFTER_CUE.has(w) && !NOT_NAME_AFTER_RELATIVE.has(w);
}

/** A capitalised given name or surname that no English list holds: a clinical list has it only as an eponym (Blake). */
function eponymOnlyName(t: Tok, flags: number): boolean {
  return t.shape === 'title' && (flags & (F.FIRST | F.LAST)) !== 0 && !(flags & (F.ENGLISH | F.COMMON));
}

/** Last words of the talked-with phrases, checked before the regex ("d/w" and "w/" end in the token "w"). @example TALK_TAIL.has('paged'); // true */
export const TALK_TAIL = new Set(['w', 'with', 'paged', 'page', 'from', 'to', 'by', 'for', 'updated']);
// "d/w hand @ 0130", "D/W FROST re: lactate", "paged Cross, he came", "page rivers if sbp<90", "report from lamb at 1900",
// "Break covered by Heart 1200-1230", "Report called to Summer on 4W", "spoke at length with Patience by telephone",
// "Staffed with Blake.":
// whom the writer talked with, paged or handed over to.
const TALKED_BEFORE = /\b(?:d\/w|discussed[ \t]+w(?:ith|\/)|(?:staffed|precepted)[ \t]+(?:with|w\/|by)|spoke[ \t]+(?:(?:at[ \t]+length|again|briefly)[ \t]+)?(?:with|w\/)|(?:f\/u|follow[ -]?up)[ \t]+w(?:ith|\/)|paged?|(?:report|rpt|hand-?off|handover)[ \t]+(?:(?:given|called|phoned|received)[ \t]+)?(?:from|to)|covered[ \t]+by|relieved[ \t]+by|(?:msg|message|vm|voicemail)[ \t]+left[ \t]+(?:for|with))[ \t]+$/i;
// ... and the phrase ends there: a person is followed by what was said, when, or the next clause ("page can be", "d/w case mgmt" are not).
const TALKED_AFTER = /^(?:[ \t]*(?:[,.;:)]|$|\n|@|\d)|[ \t]+(?:re\b|at\b|if\b|about\b|and\b|who\b|he\b|she\b|will\b|aware\b|rn\b|md\b|np\b|regarding\b|x\d|in[ \t]+(?:the[ \t]+)?am\b|tomorrow\b|tmrw\b|today\b|from\b|on[ \t]+\d|by[ \t]+(?:tele)?phone\b|in[ \t]+(?:admitting|pharmacy|radiology|the[ \t]+lab|lab|case[ \t]+management|cm|bed[ \t]+board|registration)\b))/i;

const UPDATED_AFTER = /^[ \t]+(?:by[ \t]+(?:phone|telephone)|via[ \t]+(?:phone|telephone)|on[ \t]+(?:plan|poc|status)|re\b|@)/i;

/**
 * Is the word the person the writer talked with, paged or handed over to ("d/w hand @ 0130", "paged Cross, he came")?
 * A given name or surname, an everyday one included, and no role, relation or clinical word.
 *
 * @example
 * talkedWith('D/W FROST re: lactate', { start: 4, end: 9, text: 'FROST', lower: 'frost', shape: 'caps' }, vocabulary().flags('frost')); // true
 */
export function talkedWith(text: string, t: Tok, flags: number): boolean {
  // (Or a capitalised name a clinical list holds only as an eponym, no English word: "Staffed with Blake.")
  if (!namedPerson(t.lower, flags) && !(eponymOnlyName(t, flags) && namedPerson(t.lower, flags & ~F.CLINICAL))) return false;
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  // ("updated carol by phone": "updated" takes a person only when how or about what follows.)
  // ("updated daily by phone": a given name only.)
  if (/\bupdated[ \t]+$/i.test(before)) return (flags & F.FIRST) !== 0 && UPDATED_AFTER.test(text.slice(t.end, t.end + 16));
  return TALKED_AFTER.test(text.slice(t.end, t.end + 32)) && TALKED_BEFORE.test(before);
}

// "bed 3 mbeki - vt, amio", "re bed 12 (okwuosa), 34F", "rm 603 bishop, glen": sign-outs name the patient after the bed.
const BED_BEFORE = /\b(?:bed|rm|room)[ \t]*#?[ \t]*\d{1,4}[a-z]?[ \t]*[(:-]?[ \t]*$/i;

/**
 * Is the word the patient of the bed named just before it, in a sign-out or census line ("bed 3 mbeki - vt")?
 * A given name or surname, or a word no list knows; no clinical or everyday word ("bed 3 stable", "rm 12 empty").
 *
 * @example
 * bedOccupant('bed 3 mbeki - vt', { start: 6, end: 11, text: 'mbeki', lower: 'mbeki', shape: 'lower' }, vocabulary().flags('mbeki')); // true
 */
export function bedOccupant(text: string, t: Tok, flags: number): boolean {
  if (flags & (F.CLINICAL | F.ABBREV) || FUNCTION_WORDS.has(t.lower) || t.lower.length < 3) return false;
  // ("bed 3 stable": an everyday word says how the patient is, even where it is a surname too.)
  if (flags & F.COMMON || (flags & F.ENGLISH && !(flags & (F.FIRST | F.LAST)))) return false;
  return BED_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) && /^(?:[ \t]*[),:-]|[ \t]+\d{1,3}[ \t]?[mfMF]\b|[ \t]*$|\n)/.test(text.slice(t.end, t.end + 8));
}

// "Tucker cell 330-555-0190", "Deb's cell # 612-555-0137", "roger (work) 555-0103": whose number a note writes down.
const PHONE_DIRECT = /^[ \t]*[:,]?[ \t]*(?:\(\d{3}\)[ \t]?|\d{3}[-.])\d{3}[-.]\d{4}\b/;
const PHONE_AFTER = /^[ \t]+\(?(?:cell|mobile|phone|ph|tel|home|work)(?:[ \t]*(?:#|no\.?|number|phone))?\)?[ \t]*[:#-]?[ \t]*\(?\d{3}/i;
// Verbs and places written before a phone: "WILL TRY CELL 555 0162", "Ranch ph 361-555-0114".
const NOT_PHONE_OWNER = new Set('try call text use via on ranch farm office shop store church school clinic house desk unit floor station'.split(' '));
/** The words that may follow a phone's owner, checked before the regex. @example PHONE_NEXT.has('cell'); // true */
export const PHONE_NEXT = new Set(['cell', 'mobile', 'phone', 'ph', 'tel', 'home', 'work']);

/**
 * Is the word the name of the person whose phone number follows ("Tucker cell 330-555-0190")? A given
 * name or surname, an everyday one included, and no role, relation or clinical word ("son cell", "home phone").
 *
 * @example
 * phoneOwner('Tucker cell 330-555-0190', { start: 0, end: 6, text: 'Tucker', lower: 'tucker', shape: 'title' }, vocabulary().flags('tucker')); // true
 */
export function phoneOwner(text: string, t: Tok, flags: number): boolean {
  // ("Son's cell": the possessive's word is the one to judge.)
  const w = t.lower.replace(/['’]s$/, '');
  if (!namedPerson(w, flags)) return false;
  if ((t.shape === 'lower' && !(flags & F.FIRST)) || NOT_PHONE_OWNER.has(w)) return false;
  // ("CONTACT, SKIP 607-555-0146": a given name with the number right after it.)
  // ("call kathleen's cell if change": a given name's own phone, though its number is given elsewhere.)
  const possessed = (flags & F.FIRST) !== 0 && /['’]s$/.test(t.lower) && /^[ \t]+(?:cell|mobile|phone|number)\b/i.test(text.slice(t.end, t.end + 20));
  return possessed || PHONE_AFTER.test(text.slice(t.end, t.end + 30)) || ((flags & F.FIRST) !== 0 && PHONE_DIRECT.test(text.slice(t.end, t.end + 20)));
}

// Words before "family" that say which family, not whose: "whole family", "host family", "the Young family" is a name.
const NOT_FAMILY_NAME = new Set('holy whole entire extended immediate host foster nuclear blended large big small close loving supportive military patient patients pt pts his her their my our your this that same new other both'.split(' '));

/**
 * Is the word the surname of "the Iron Cloud family", "Smith family at bedside"? A given name, surname or
 * unknown word, capitalised; an everyday word only after "the" or mid-sentence.
 *
 * @example
 * familyName('The Smith family held prayer', { start: 4, end: 9, text: 'Smith', lower: 'smith', shape: 'title' }, vocabulary().flags('smith')); // true
 */
export function familyName(text: string, t: Tok, flags: number): boolean {
  if (t.shape !== 'title' || flags & (F.CLINICAL | F.ABBREV) || NOT_FAMILY_NAME.has(t.lower) || TOLD_ROLES.has(t.lower) || FAMILY_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || NAME_BEFORE.has(t.lower)) return false;
  // ("Holy Family Hospital", "Willow Bend Family Medicine": a facility.)
  if (!/^[ \t]+family\b(?![ \t]+(?:medicine|practice|health|services?|center|centre|clinic|planning|physicians|care|court|room|support|therapy|dollar|medical|residence|home|hospital|practitioners?))/i.test(text.slice(t.end, t.end + 40))) return false;
  // At the start of a sentence a capital says nothing: an everyday word there is "Whole family", "Entire family".
  return !(flags & F.COMMON) || !CLAUSE_START.test(text.slice(Math.max(0, t.start - 4), t.start));
}

/**
 * Is the word after a family word or a staff role the person's name ("wife honor", "SONS CASH", "niece Temperance", "rn honor")?
 * `cue` is the family or staff word, when another relative's name and "and" stand between ("dtrs christabel and wren").
 * Unless notes write something else there (a verb, a function word, a contact noun, a title), it is:
 * capitalised in a mixed-case line, or a given name or surname in any case.
 *
 * @example
 * // "wife honor here": the gate's tokens for "wife" and "honor"
 * relativesName(text, honorToken, wifeToken, vocabulary().flags('honor')); // true
 */
export function relativesName(text: string, t: Tok, prev: Tok, flags: number, cue: string = prev.lower): boolean {
  const staff = STAFF_BEFORE_NAME.has(cue);
  const named = (flags & (F.FIRST | F.LAST)) !== 0;
  // ("granddaughter Perla": a capitalised given name is the name though an abbreviation is spelt the same; "sons Cory
  // and Blake": or an eponym no English list holds, a Blake drain; "Wife Ana and daughter": a given name in title case in a
  // mixed-case line, though a test is spelt the same.)
  const eponym = eponymOnlyName(t, flags);
  const titledName = named && t.shape === 'title';
  const abbreviation = (flags & F.CLINICAL && !eponym && !(titledName && (flags & F.FIRST) !== 0 && !capsLine(text, t.start))) || (flags & F.ABBREV && !titledName);
  // ("...RAMIRO MD   Date of exam": two spaces or a line break start another field.)
  if (t.start - prev.end > 2 || /[\n\t]|  /.test(text.slice(prev.end, t.start)) || possessiveEponym(text, t)) return false;
  if (!(FAMILY_WORDS.has(cue) || staff) || abbreviation || NOT_NAME_AFTER_CUE.has(t.lower) || NOT_NAME_AFTER_RELATIVE.has(t.lower) || NAME_BEFORE.has(t.lower) || FUNCTION_WORDS.has(t.lower)) return false;
  // "son called", "dtr states", "wife visiting", "husband really": verb and adverb endings, unless a name list has the word;
  // in lower case an everyday word only a surname list holds reads as the verb too ("RN holding", "father stayed").
  const everydaySurname = t.shape === 'lower' && (flags & F.COMMON) !== 0 && (flags & F.FIRST) === 0;
  if ((!named && /(?:ed|ing|ly|s)$/.test(t.lower)) || (everydaySurname && participle(t.lower))) return false;
  // ("will join dietitian sessions.", "caregiver burden rechecked", "parents wake child": in a sentence its writer opened
  // with a capital, names are capitalised; an everyday word only a surname list holds is the word.)
  if (everydaySurname && capitalisedSentence(text, t.start)) return false;
  if (named || (t.shape === 'title' && !capsLine(text, t.start))) return true;
  // "lives w/ wife marigold in sharon", "dtr calliope here", "wife gaynor, sons ...": a lower-case word after a
  // family word is the relative's name where the phrase goes on to what the relative did, or to the next relative.
  return FAMILY_WORDS.has(cue) && t.shape === 'lower' && t.lower.length >= 3 && RELATIVE_PHRASE_END.test(text.slice(t.end, t.end + 12));
}

/** Does the sentence holding `pos` open with a capital letter, in a line not written in capitals? */
function capitalisedSentence(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 200), pos);
  const open = /(?:^|[.!?]\s+|\n\s*)([^.!?\n]*)$/.exec(before);
  return open !== null && /^[("'“]?\p{Lu}\p{Ll}/u.test(open[1]) && !capsLine(text, pos);
}

// What follows "will" the given name after a relative and never "will" the auxiliary: a verb in the past, a place, "and",
// the end of the clause ("son will phoned from dubuque", "husband will and daughter summer in", "her husband will.").
const WILL_AS_NAME = /^(?:[ \t]*(?:[.,;)]|\n|$)|[ \t]+(?:phoned|called|came|visited|stayed|arrived|left|brought|drove|said|says|states|stated|reports|updated|aware|present|here|at|in|and|is|was|from|on[ \t]+(?:the[ \t]+)?phone)\b)/;
// A given name glossed in brackets after a nickname: "T-Boy (Alcide Jr.)", "peanut (tyrone)", "Boots (real name Beatrice Holm)".
const NAME_GLOSS = /^[ \t]*\((?:real[ \t]+name[ \t:]*|aka[ \t]+|i\.e\.[ \t]*)?(\p{L}[\p{L}'’-]+)/u;

/**
 * Is the word after a relative or a doctor's title the person's name, though notes write the word otherwise: the given
 * name Per capitalised ("son Per", "Dr Per Eriksen"; "son per wife" is the preposition), "will" where no verb follows it,
 * or a nickname glossed with a given name in brackets ("cousin peanut (tyrone)", "uncle boy (kimo palakiko)")?
 *
 * @example
 * // "son will phoned from dubuque": the gate's tokens for "son" and "will"
 * nameThatIsAWord(text, willToken, sonToken); // true
 */
export function nameThatIsAWord(text: string, t: Tok, prev: Tok): boolean {
  const family = FAMILY_WORDS.has(prev.lower);
  if (!(family || TITLE_CUES.has(prev.lower) || prev.lower === 'doctor') || t.start - prev.end > 2 || !/^[ \t]+$/.test(text.slice(prev.end, t.start))) return false;
  if (t.text === 'Per') return !capsLine(text, t.start);
  if (!family) return false;
  if (t.lower === 'will') return WILL_AS_NAME.test(text.slice(t.end, t.end + 24));
  if (FUNCTION_WORDS.has(t.lower) || NOT_NAME_AFTER_CUE.has(t.lower) || (NOT_NAME_AFTER_RELATIVE.has(t.lower) && t.lower !== 'boy') || /(?:ed|ing|ly)$/.test(t.lower)) return false;
  // ("neighbor boy (Owen, 14)": a name with an age in brackets follows a description, not a nickname.)
  const gloss = NAME_GLOSS.exec(text.slice(t.end, t.end + 40));
  if (!gloss || gloss[1].length < 3 || /^[^)\n]*\d/.test(text.slice(t.end + gloss[0].length, t.end + 60))) return false;
  const f = vocabulary().flags(gloss[1].toLowerCase());
  return !(f & (F.CLINICAL | F.ABBREV)) && ((f & F.FIRST) !== 0 || !(f & (F.ENGLISH | F.COMMON)));
}

// (Not the end of a sentence alone: "son support.", "wife request" are the same shape.)
const RELATIVE_PHRASE_END = new RegExp(String.raw`^(?:[ \t]+(?:says|said|states|stated|in|is|was|here|at[ \t]+bs|called|visited|visiting|aware|present|updated|\d{3}[-. ])|[ \t]*,[ \t]*(?:and[ \t]+)?(?:${[...FAMILY_WORDS].join('|')})\b|[ \t]+and[ \t]+[a-z'’-]{3,}(?=[ \t]+(?:at[ \t]+bs|in|here|came|called|visited|visiting|present|aware|updated|says|said)\b))`);

/** Is most of the line around `pos` written in capitals? @example capsLine('SON BILL AT BS', 4); // true */
export function capsLine(text: string, pos: number): boolean {
  const a = text.lastIndexOf('\n', pos) + 1;
  let b = text.indexOf('\n', pos);
  if (b < 0) b = text.length;
  let upper = 0;
  let lower = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 2 * lower;
}

