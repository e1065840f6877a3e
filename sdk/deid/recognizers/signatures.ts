/**
 * Staff who sign or are named by role: sign-off initials ("-- JKR", "jt, rrt", "MS/kl"), a name
 * before a credential closing a line ("hope rn (float)", "dalia h rn", "l.h. rn"), initials closing
 * a note ("... nothing further.  ck"), and a person in parentheses after a role ("WOUND RN (PAGE)",
 * "RT (FAITH)", "cm (ewa)"). Notes name staff this way far more than with titles, and the names are
 * often everyday words, so the position is the evidence.
 *
 * @example
 * recognizeSignatures('Pt resting.\nhope rn (float)'); // covers "hope"
 */
import { dictionaries } from '../dictionaries.js';
import { isMedicalTerm } from '../medical-terms.js';
import { FAMILY_WORDS } from './cue-words.js';
import { CREDENTIALS, SIGNING_CREDENTIAL, instructionBeforeCredential } from './credentials.js';
import type { Candidate } from '../span.js';
import { VOCAB_FLAGS, vocabulary } from '../vocab.js';
import { DOSE_UNIT, has, indicesOf, matchAll, matchesOf } from './util.js';

/** Two or three letters that sign nothing: pronouns, charting words, units. */
export const INITIALS_STOP = /^(?:the|and|for|pt|pts|md|rn|me|him|her|dr|per|via|by|to|see|was|is|am|pm|cc|ml|mg|iv|po|or|ed|er|icu|ccu|sob|bp|hr|rr|n\/a|na|no|yes|ok|lab|labs|all|any|did|get|got|has|had|not|now|off|out|put|saw|set|due|ago|old|new|pod|hd|ua|cxr|abg|ct|mri|ekg|ecg|gi|gu|nc|ra|sw|cm|pa|np|rt|ot|wnl|nad|prn|bid|tid|qid|qd|hs|ac|pc|npo|oob|dnr|dni|fu|f\/u|rtc|ivf|abx|tf|tpn|sq|sc|im|d\/c|dc|tx|rx|sx|hx|dx|fx|bx|cx|wbc|hgb|hct|plt|inr|ptt|bun|cr|k|cl|ca|phos|ast|alt|ldh|ck|bs|fs|bg|uo|io|i\/o|vs|pe|neg|pos|obs|eval|rec|reg|cont|mod|min|max|amt|med|meds|fine|stable|pt's|etc|thx|pls|asap|cbc|bmp|cmp|lft|lfts|vbg|ivp|kub|us|mrn|dob|los|ns|lr|d5|rle|lle|rue|lue)$/i;
/** Words that end a note on their own without signing it ("... will f/u. prn", "thx"). */
const NOT_FINAL_INITIALS = /^(?:the|and|for|pt|pts|md|rn|me|him|her|dr|per|via|by|to|see|was|is|am|pm|yes|no|ok|prn|etc|thx|tx|pls|asap|wnl|nad|all|any|did|not|now|off|out|due|ago|new|ty|fyi|eod|eos|end|dnr|dni|npo|cmo|icu|ed|er|or|bid|tid|qd|qhs|hs)$/i;
// Initials closing a line after a sentence, a double space or a dash, tilde or slash ("... RADIAL. TK", "  ~dk").
const LINE_CLOSING_INITIALS = /(?:[.!?)"'”][ \t]+|[ \t]{2,}|[ \t]+[-~\/][ \t]?)(\p{Lu}{2,3}|\p{Ll}{2,3})[ \t]*$/du;
/** Words a nurse writes before "RN" that are roles, not names ("charge rn", "float rn"). */
export const ROLE_WORDS = new Set('charge float primary night day evening agency travel traveler travelling resource staff icu ccu micu sicu ed er or pacu floor unit team bedside covering oncoming outgoing student new this the your my his her pt patient home visiting triage admitting wound rapid response house nursing case care and or hhc hha vna hospice'.split(' '));
const CREDENTIAL = SIGNING_CREDENTIAL;
// A dictation's or a transcription's mark and its date: "D: 3/11/94", "DT 07/16/01", "tr 10/12/94", "transcribed 08/03/2023".
const DICTATION_DATE = String.raw`\b(?:[DT]|DD|DT|dict|tr|dictated|transcribed|DICTATED|TRANSCRIBED|Dictated|Transcribed):?[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}`;
// Author and typist initials after the dictation dates or a signature on the same line, or on the line after the dates
// ("T: 7/26/91\nVS:mrd"), before the line's end, a wide gap, a job or a document number (the scan in recognizeSignatures).
const AFTER_DATES_OR_SIGNATURE = new RegExp(String.raw`(?<=[ \t\n])(?=\p{L}{2,4}[/:])(?<=(?:\d|\.|\b(?:MD|DO|RN|NP|PA))[ \t]{2,}|${DICTATION_DATE}(?:[ \t]|[ \t]*\n))(\p{L}{2,4})[/:](\p{L}{2,4})(?=[ \t]*(?:$|\n)|[ \t]{2,}|[ \t]+(?:job\b|#))`, 'dgiu');
// The clerk who typed or printed a document, by initials or a user name: "transcribed 11/12/2012 by TLR, document ...",
// "Printed 5/6/2011 14:52 by cmartel at workstation ...".
const CLERK_BY = /\b(?:transcribed|typed|printed|scanned|entered)\b[^\n]{0,40}?\bby[ \t]+([\p{L}][\p{L}\d._]{1,15})(?=[ \t]*(?:[,;)\n]|\.(?!\w)|$)|[ \t]+(?:at|on|document|doc|job|conf)\b|[ \t]{2,})/dgiu;
const DICTATION_DATE_BEFORE = new RegExp(String.raw`${DICTATION_DATE}(?:[ \t]+|[ \t]*\n)$`, 'iu');
// A typist's initials after the dictation date and a slash, between the signature's slashes before the job number, after
// "T:" before the date, or between the dictation's and the transcription's dates ("MD 2/25/07 / mkc / 2/26/07"; the scan in
// recognizeSignatures).
const TYPIST_MARK = /\b(?:dict(?:ated)?|trans(?:cribed)?|typed)[ \t]*:?[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]*\/[ \t]*(\p{L}{2,4})(?=[ \t]*(?:\n|$|\/))|\b(?:MD|M\.D\.|DO|DPM|PA-C|NP)[ \t]*\/[ \t]*(\p{Ll}{2,4}|\p{Lu}{2,4})(?=[ \t]*\/[ \t]*(?:job|dict|trans|[DT]:|\d))|(?<=\bT:[ \t]*)(\p{Ll}{2,3}|\p{Lu}{2,3})(?=[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4})|(?<=\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]*\/[ \t]*)(\p{Ll}{2,4})(?=[ \t]*\/[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4})/dgu;
/** A credential written alone ("RN", "lcsw"), never a signer's initials. */
const CREDENTIAL_WORD = new RegExp(`^${CREDENTIAL}$`, 'i');
/** Letters that are a credential or a pronoun, never a signer's initials. */
const CREDENTIAL_ONLY_WORDS = 'pt|pts|md|rn|dr|np|pa|rt|ot|sw|cm|ma|the|and|for|per|by|to|me|him|her';
const CREDENTIAL_ONLY = new RegExp(`^(?:${CREDENTIAL_ONLY_WORDS})$`, 'i');
/** ... and the agencies and units a nurse names after the credential ("rj rn vna"). */
const AGENCY_OR_CREDENTIAL = new RegExp(`^(?:${CREDENTIAL_ONLY_WORDS}|vna|hha|snf|ltc|alf|icu|ccu|ed|er|or)$`, 'i');
/** A co-signer after the credential's slash closing a line ("rn/kb", "hca/lt sn"); a credential of their own may follow. */
const CO_SIGNER = new RegExp(String.raw`\b(?:rn|rt|rrt|np|md|lpn|lvn|hca)\/(\p{L}{2,3})(?:[ \t]+${CREDENTIAL})?[ \t]*(?=$|\n)`, 'dgiu');
/** Relations written in parentheses after or instead of a person's name ("BILL (SIL)", "pt (son)"): the gate's family words, one list. */
const RELATION = [...FAMILY_WORDS].join('|');
const RELATION_ONLY = new RegExp(`^(?:${RELATION})$`, 'i');
// ("Pearl (daughter, 90!)": the relation may open a longer bracket.)
// ("Faith (twin daughters)": a word saying which relative may come first.)
const RELATION_ADJ = String.raw`(?:(?:twin|older|younger|eldest|oldest|youngest|step|adult|only|other)[ \t]+)?`;
const RELATION_PAREN = new RegExp(`\\(${RELATION_ADJ}(?:${RELATION})[ \\t]*[),]`, 'i');
const NAME_BEFORE_RELATION = new RegExp(String.raw`(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+)[ \t]*\(${RELATION_ADJ}(?:${RELATION})[ \t]*[),]`, 'giu');
/** Roles after which a parenthesised word is the person holding the role. */
const ROLE_BEFORE_PAREN = new RegExp(String.raw`\b(?:rn|rt|rrt|slp|pt|ot|cm|sw|np|pa|md|ho|nurse|physio|hca|carer|sn|pn|supervisor|charge|fellow|resident|attending|intern|interpreter|chaplain|doula|aide|tech|cna|lpn|pharmacist|dietitian|nutritionist|woc|wocn|manager|worker|therapist|coordinator|sitter|pca|midwife|surgeon|hospitalist|intensivist|cardiology|neurology|nsgy|neurosurg(?:ery)?|trauma|vascular|plastics|ccm|renal|team|anesthesia|physician|provider|pcp|consult|twin[ \t]+[ab]|staff|peer|officer|detective|caseworker|reader|sonographer|in[ -]law|on[ -]call|geriatrics|palliative|gi|ent|ortho|cards|pulm|urology|psych|rep|${RELATION})[ \t]*\([ \t]*$`, 'i');

/** A role in brackets after its holder's name ("(CRNA)", "(burn fellow)"). */
// ("stone (charge) helped", "wise (pt) x 3", "moody (ot)", "rivers (nocturnist)", "Price (pharmacist, no relation)".)
const ROLE_IN_BRACKETS = /\((?:[a-z]+[ \t]+)?(?:crna|fellow|attending|resident|res|ho|intern|hospitalist|intensivist|nocturnist|surgeon|anesthesia|rn|np|pa|sw|cm|rt|slp|pt|ot|pharmd|pharmacist|chaplain|interpreter|tech|rep|cnm|sho|reg|fy1|mhw|nurse|physio|hca|pn|charge|chief|dietitian|sitter|aide)(?:\)|,[ \t]*(?=[a-z]))/i;
const NAME_BEFORE_ROLE = new RegExp(String.raw`(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+)[ \t]*${ROLE_IN_BRACKETS.source}`, 'giu');
// What notes put a role in brackets after, besides people: "progress note (attending)", "INR clinic (pharmacist)".
const DOCUMENT_WORDS = new Set('note notes summary clinic referral health eval evaluation consult consultation visit call order orders plan progress report assessment team service meeting conference addendum letter form update review'.split(' '));
/** Relatives before a bracketed list of their names ("son & dil (mei and jun)"). */
const RELATIVES_BEFORE_PAREN = new RegExp(String.raw`\b(?:${RELATION})[ \t]*\([ \t]*$`, 'i');

/** Is `w` plausibly a person's name in a position that already says "a person": a known name or no English word. */
function personWord(w: string): boolean {
  const c = w.toLowerCase();
  if (c.length < 2 || isMedicalTerm(c) || INITIALS_STOP.test(c)) return false;
  const f = vocabulary().flags(c);
  const named = (f & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)) !== 0 || dictionaries().firstNames.has(c) || dictionaries().lastNames.has(c);
  if (f & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV) && !named) return false;
  return named || !(f & VOCAB_FLAGS.ENGLISH);
}

// What may follow a credential closing its line: more credentials, a bracket or a slash and a co-signer.
const TAIL = String.raw`\b\.?(?:[ \t,]+${CREDENTIAL}\b\.?)*(?:[ \t]*(?:\([^)\n]{0,30}\)|\/[^\n]{0,40}))?[ \t]*(?=$|\n)`;
// Initials before a credential closing the line (see recognizeSignatures).
const INITIALS_BEFORE_CREDENTIAL = new RegExp(String.raw`(?:^|\n|[.!?;\/][ \t]+|[ \t]{2}|(?<![\p{L}\p{N}])--?[ \t]*)[ \t]*(\p{Lu}{2,3}|\p{Ll}{2,3}|(?:\p{L}\.){2,3}|\p{Lu}{1,2}Ma?c\p{Lu}|\p{L}{1,2}['’]\p{L}),?[ \t]+${CREDENTIAL}${TAIL}`, 'dgiu');
// A name closing a line before a credential.
const NAME_BEFORE_CREDENTIAL = new RegExp(String.raw`(?:^|\n|[.!?;\/][ \t]+|(?<![\p{L}\p{N}])--?[ \t]*)[ \t]*((?:\p{L}\.[ \t]?)?\p{L}[\p{L}'’-]+(?:[ \t]+(?!${CREDENTIAL}\b)(?:\p{L}\.?|[\p{L}'’-]{2,}))?),?[ \t]+${CREDENTIAL}${TAIL}`, 'dgiu');
// A name before a credential after "by", "and", "to", "with".
const NAME_AFTER_BY_CREDENTIAL = new RegExp(String.raw`(?:\b(?:by|and|to|with)|&|\bw\/)[ \t]+(\p{L}[\p{L}'’-]+),?[ \t]+${CREDENTIAL}\b`, 'dgiu');

// Which one of the staff, not who ("double-check with second RN", "and another RN").
const COUNT_BEFORE_CREDENTIAL = /^(?:first|second|third|another|other|same|each|both|one|two|new)$/i;

// A unit before a rate's slash ("mcg/min", "mL/hr", "units/kg").
const RATE_UNIT_SLASH = new RegExp(String.raw`\b(?:${DOSE_UNIT}|ng|cm|mm|beats|breaths)[ \t]*\/[ \t]*$`, 'i');

/**
 * Find staff signatures and role-named staff in `text`.
 *
 * @example
 * recognizeSignatures('Seen by WOUND RN (PAGE) today.'); // covers "PAGE"
 */
export function recognizeSignatures(text: string): Candidate[] {
  const out: Candidate[] = [];
  /** Group 1 of a match as a name (initials by default), unless `reject` says it signs nothing. */
  const group = (score: number, reject: RegExp | null = INITIALS_STOP, kind = 'initials') => (m: RegExpExecArray) =>
    reject?.test(m[1]) ? null : { category: 'NAME' as const, score, start: m.indices![1][0], end: m.indices![1][1], kind };
  // A signature line of an initial, a surname and the signer's role written out: "P. COOK, SOCIAL WORKER", "M. Ortiz, case
  // manager" (the surname may be an everyday word: the line's shape says it signs).
  if (has(/worker|manager|chaplain|dietitian|pharmacist|therapist|interpreter|practitioner|specialist|coordinator|navigator/i, text)) {
    out.push(...matchAll(/(?:^|\n)[ \t]*(\p{L}\.[ \t]?\p{L}[\p{L}'’-]+)[ \t]*,[ \t]*(?:social[ \t]+worker|case[ \t]+manager|chaplain|dietitian|pharmacist|(?:physical|occupational|respiratory|speech)[ \t]+therapist|interpreter|nurse[ \t]+practitioner|clinical[ \t]+nurse[ \t]+specialist|(?:transplant|research|discharge|trauma)[ \t]+(?:coordinator|navigator)|patient[ \t]+navigator)[ \t]*(?=\n|$)/dgiu, text, group(0.85, null, 'person')));
  }
  // Sign-off initials: "-- JKR / 5/17/18", "/s/ JKR". (After a question the dash opens its answer: "TRACH? -- DAY 12 ON ETT",
  // "OD? -- TOX SCREEN +".)
  out.push(...matchAll(/(?:^|\n|[.!][ \t]+)[ \t]*(?:--|—|–|\/s\/|s\/)[ \t]*(\p{Lu}{2,4}|\p{Ll}{2,3}(?=[ \t]*(?:\n|$)))\b/dgu, text, group(0.9)));
  // Initials of whoever did the recording, checking or filing: "Log maintained by KA", "Recorded by MQ 02MAY2024",
  // "handed to CRC MQ at 1022".
  out.push(
    ...matchAll(/\b(?:by|initialed|to[ \t]+(?:crc|crn|rn|pi|cra))[ \t]+(\p{Lu}{2})(?=[ \t]*(?:[.;,)]|$|\n|[ \t]\d|[ \t]at\b))/dgiu, text, (m) => {
      // Two capitals only: three are mostly agencies and services ("by EMS", "by PCP", "by MSP").
      if (!/^\p{Lu}+$/u.test(m[1]) || INITIALS_STOP.test(m[1]) || ROLE_WORDS.has(m[1].toLowerCase()) || vocabulary().flags(m[1].toLowerCase()) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.COMMON)) return null;
      // ("Needs met by PN", where the note says "Continue PN", "home PN": letters the note uses twice more, never after
      // "by", are its abbreviation, not someone's initials.)
      if (indicesOf(text, m[1]).filter((i) => !/[\p{L}\d]/u.test(text[i - 1] ?? '') && !/[\p{L}\d]/u.test(text[i + m[1].length] ?? '') && !/\bby[ \t]+$/i.test(text.slice(Math.max(0, i - 4), i))).length >= 2) return null;
      return { category: 'NAME', score: 0.75, start: m.indices![1][0], end: m.indices![1][1], kind: 'initials' };
    }),
  );
  // A log entry's writer after its date and time, before a dash or "(covering)": "09/03 1015 JK -- Initial assessment",
  // "7/9 0910 CL -- Landlord called", "09/04 1500 RB (covering) -- accepted". (A role there is no writer's initials: "SW --".)
  out.push(
    ...matchAll(/(?:^|\n)[ \t]*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+\d{3,4}[ \t]+(\p{Lu}{2,3})(?=[ \t]+(?:--|—|–|-[ \t]|\((?:covering|cover|float)\)))/dgu, text, (m) =>
      AGENCY_OR_CREDENTIAL.test(m[1]) || CREDENTIAL_WORD.test(m[1]) ? null : { category: 'NAME', score: 0.85, start: m.indices![1][0], end: m.indices![1][1], kind: 'initials' },
    ),
  );
  // A single dash signing off at the end of a line: "Will try again tomorrow. -KR", "-jb", "0128  -LK", "-R.O.", "-T.A.W.", "-g".
  // (Not a problem list's item: "- HTN", "- CKD" are abbreviations.)
  out.push(
    ...matchAll(/(?:^|\n|[.!?][ \t]+|[ \t]{2,})[ \t]*-[ \t]?((?:\p{Lu}\.)?\p{Lu}{2,3}|(?:\p{Ll}\.)?\p{Ll}{2,3}|(?:\p{L}\.){2,3}|\p{L})[ \t]*(?=$|\n)/dgu, text, (m) => {
      const w = m[1].replace(/\./g, '').toLowerCase();
      // One letter signs only the note's last line, after a sentence: "... (home).  -g".
      if (w.length === 1 && !(/^\s*$/.test(text.slice(m.indices![1][1])) && /[.!?)][ \t]+-[ \t]?$/.test(text.slice(Math.max(0, m.indices![1][0] - 6), m.indices![1][0])))) return null;
      // A list's item opens its line after "- ", or has items above or below it ("-HTN\n-CKD"); a sign-off closes a note or a sentence ("... soft foods. -CT").
      const dash = m.indices![1][0] - (text[m.indices![1][0] - 1] === ' ' ? 2 : 1);
      const lineStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, dash - 8), dash));
      const listItem = lineStart && (text[dash + 1] === ' ' || /(?:^|\n)[ \t]*-[^\n]*\n[ \t]*$/.test(text.slice(Math.max(0, dash - 80), dash)) || /^[^\n]*\n[ \t]*-/.test(text.slice(m.indices![1][1], m.indices![1][1] + 40)));
      if (listItem && !m[1].includes('.') && vocabulary().flags(w) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL)) return null;
      return { category: 'NAME', score: 0.85, start: m.indices![1][0], end: m.indices![1][1], kind: 'initials' };
    }),
  );
  // Initials signing a line before a credential: "jt, rrt", "-sm RN", "JM RN", "l.h. rn", "CB RN/SN STUDENT
  // NURSE", "r.t., rn"; a shift or role may follow in parentheses or after a slash.
  // More credentials may follow ("p. delacroix rn cwocn").
  // Before a credential closing the line even unit-like letters are initials ("AM rn", "ML RN"); Gaelic and
  // Scots initials keep their "Mc" and apostrophe ("SMcG RM", "jo'c sn"); British wards sign "SN", "HCA", "RM".
  // Telegraphic notes separate items with two spaces instead of a period ("plan- home 8/8  ck rn").
  out.push(...matchAll(INITIALS_BEFORE_CREDENTIAL, text, group(0.85, CREDENTIAL_ONLY)));
  // A co-signer after the credential's slash closing a line: "m. delacroix rn/kb", "ckb hca/lt sn", "MM RN/JT MHW".
  const slashAfterCredential = has(/(?:rn|rt|np|md|lpn|lvn|hca)\//i, text);
  if (slashAfterCredential) out.push(...matchAll(CO_SIGNER, text, group(0.8, CREDENTIAL_ONLY)));
  // A typist's lower-case initials after a signature's slash or credential, closing the line: "I. Solheim / jt",
  // "K. Broussard/jw  D:6/22/26", "A. Penhaligon MD  ck". (Not after "w/", with: "came in w/ son".)
  // ("titrated to 10 mcg/min": a rate's unit after its slash is no typist.)
  out.push(...matchAll(/(?<=\p{L}\p{L}\.?(?:[ \t]*\/[ \t]{0,3}|[ \t]*\b(?:MD|DO|NP|PA|PA-C|RN)[ \t]{1,3}))(\p{Ll}{2,3})[ \t]*(?=$|\n|[ \t]+[DT]:)/dgu, text, (m) => (RATE_UNIT_SLASH.test(text.slice(Math.max(0, m.index - 8), m.index)) ? null : group(0.8, CREDENTIAL_ONLY)(m))));
  // "on call rn ck.": a nurse signing after the credential, lower case, with a full stop.
  out.push(...matchAll(/\b(?:rn|lpn)[ \t]{1,3}(\p{Ll}{2,3})\.?[ \t]*(?=$|\n)/dgu, text, group(0.8, AGENCY_OR_CREDENTIAL)));
  // Initials with periods closing the note after its last sentence: "no further issues. R.O", "... / BB".
  out.push(...matchAll(/(?:[.!?;][ \t]+|[ \t]\/[ \t]*)((?:\p{Lu}\.){1,2}\p{Lu}\.?|(?<=\/[ \t]*)\p{Lu}{2,3})[ \t]*$/dgu, text, group(0.8)));
  // A crew or a team signing a line with dotted initials between slashes: "r.m. / j.k.", "L.B. / D.W. / R.H.".
  if (has(/\.[ \t]*\/[ \t]*\p{L}\./u, text)) {
    for (const line of matchesOf(/(?<=(?:^|\n)[ \t]*)(?:\p{L}\.){2,3}(?:[ \t]*\/[ \t]*(?:\p{L}\.){2,3})+(?=[ \t]*(?:\n|$))/gu, text)) {
      for (const m of line[0].matchAll(/(?:\p{L}\.){2,3}/gu)) out.push({ category: 'NAME', score: 0.8, start: line.index! + m.index!, end: line.index! + m.index! + m[0].length, kind: 'initials' });
    }
  }
  // The writer's initials on a line of their own above the electronic signature: "LPK\n/es/ LEILANI P KEOMAKA",
  // "PNC\nElectronically signed 11/07/2023".
  if (has(/\/es\/|electronically[ \t]+signed|signed:/i, text)) for (const m of matchesOf(/(?:^|\n)[ \t]*(\p{Lu}{2,4})[ \t]*\n[ \t]*(?:\/es\/|[Ee]lectronically[ \t]+[Ss]igned|ELECTRONICALLY[ \t]+SIGNED|Signed:|SIGNED:)/dgu, text)) {
    if (INITIALS_STOP.test(m[1]) || CREDENTIAL_ONLY.test(m[1]) || CREDENTIAL_WORD.test(m[1])) continue;
    out.push({ category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'initials' });
  }
  // Witnesses and checkers by initials: "witnessed tl/mb", "verified by KG/RB".
  if (has(/witness|verif|co-?sign|checked/i, text)) for (const m of matchesOf(/\b(?:witnessed|verified|cosigned|co-signed|double[ -]checked|checked)(?:[ \t]+by)?[ \t]+(\p{L}{2,3})\/(\p{L}{2,3})(?![\p{L}\d])/dgiu, text)) {
    for (const g of [m.indices![1], m.indices![2]]) out.push({ category: 'NAME', score: 0.8, start: g[0], end: g[1], kind: 'initials' });
  }
  // A writer's initials after a dash closing a sentence and its line, whatever the letters spell: "No coverage needed. —CA",
  // "interpreter ID 44817. —PT", "or go to ED if brisk bleeding. —mg".
  // (Glued to the dash, so the stop list of the rule above does not apply: "— PRN" is an order.)
  if (has(/—|–|--/, text)) out.push(...matchAll(/[.!?)"”][ \t]*(?:—|–|--)(\p{Lu}{2,3}|\p{Ll}{2,3})(?=[ \t]*(?:\n|$))/dgu, text, group(0.8, null)));
  // Initials before a dictation or transcription mark: "sk/dict", "JM/trans", "AB/dictated".
  out.push(...matchAll(/(?:^|\n|[ \t.])(\p{L}{2,3})\/(?:dict|dictated|trans|transcribed)\b/dgu, text, group(0.8)));
  // Author and typist of a dictation, capitals then lower case, closing a line: "RT/mk", "AG/ht  D 6/21/18", "A.R.T./lmb";
  // both in lower case before the dictation's dates: "wtap/ce   dd 01/23/95", "hbl/ar  DD 10/02/08".
  for (const m of matchesOf(/(?:^|\n)[ \t]*(\p{Lu}{2,3}|(?:\p{Lu}\.){2,3}|(?!(?:ml|mg|mcg|cc|kg|gm|hr|min|dl|mm|cm|meq|mmol|iu)\/)\p{Ll}{2,4}(?=\/\p{Ll}{2,3}[ \t]+(?:dd|DD|dt|DT)\b))\/(\p{Ll}{2,3})[ \t]*(?=$|\n|[ \t]+(?:[DT]:?|dd|DD|dt|DT)[ \t]*\d|[ \t]+(?:Signed|SIGNED|signed|Electronically|ELECTRONICALLY|Job|JOB|job|Doc|DOC)\b)/dgu, text)) {
    for (const g of [m.indices![1], m.indices![2]]) out.push({ category: 'NAME', score: 0.85, start: g[0], end: g[1], kind: 'initials' });
  }
  // The same with a colon after capitals, whatever the capitals spell, on a line of its own after a blank one or before the job
  // number: "\n\nDKA:mr", "MAB:cl   Job 5580143" (not a system's line among others: "GI:npo\nRESP:cta").
  if (has(/\p{Lu}:\p{Ll}/u, text)) for (const m of matchesOf(/(?:^|\n)[ \t]*\n[ \t]*(\p{Lu}{2,4}):(\p{Ll}{2,3})[ \t]*(?=$|\n|[ \t]+(?:Job|JOB|job|Doc|DOC)\b)|(?:^|\n)[ \t]*(\p{Lu}{2,4}):(\p{Ll}{2,3})(?=[ \t]+(?:Job|JOB|job|Doc|DOC)\b)/dgu, text)) {
    for (const g of m[1] !== undefined ? [1, 2] : [3, 4]) out.push({ category: 'NAME', score: 0.85, start: m.indices![g][0], end: m.indices![g][1], kind: 'initials' });
  }
  // The same pair in any case and with a colon, on a line of its own or before the dictation and transcription dates
  // ("fo/jmk  d: 01/22/96", "ac:mfb\nd: 2/17/87", "WTF:JM\nD: 11/20/78"): a dated mark follows only initials there.
  for (const m of matchesOf(/(?:^|\n)[ \t]*(\p{L}{2,4})[/:](\p{L}{2,4})[ \t]*(?=(?:\n[ \t]*|[ \t]+)(?:d|dd|dt|t|dict|dictated)[ \t]*:?[ \t]*\d)/dgu, text)) {
    if (/^(?:ml|mg|mcg|cc|kg|gm|hr|min|dl|mm|cm|meq|mmol|iu|pt|rn|md)$/i.test(m[1])) continue;
    for (const g of [m.indices![1], m.indices![2]]) out.push({ category: 'NAME', score: 0.85, start: g[0], end: g[1], kind: 'initials' });
  }
  // After the dictation dates or a signature on the same line, set off by two spaces: "T: 03/13/84   rk/jmh   Job 18842",
  // "A. DeLeon, M.D.  ad:bjt".
  // One space is enough after a dictation's date: "D: 3/11/94 T: 3/12/94 HB/tlw  Doc #77431".
  if (has(/\bby\b/i, text)) for (const m of matchesOf(CLERK_BY, text)) {
    const w = m[1];
    // Initials in capitals that are no credential, or a user name no word list holds ("by hand", "by pharmacy" name none).
    const word = (vocabulary().flags(w.toLowerCase().replace(/[\d._]+$/, '')) & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.ENGLISH | VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV)) !== 0;
    const initials = /^\p{Lu}{2,4}$/u.test(w) && !CREDENTIAL_WORD.test(w) && !CREDENTIAL_ONLY.test(w) && !word;
    const user = /^\p{Ll}[\p{Ll}\d._]{3,15}$/u.test(w) && !word;
    // A typist signs in lower case too ("Transcribed 1/23/04 by mkh").
    const typist = /^\p{Ll}{2,3}$/u.test(w) && /^(?:transcribed|typed)/i.test(m[0]) && !word && !INITIALS_STOP.test(w);
    if (initials || user || typist) out.push({ category: 'NAME', score: 0.75, start: m.indices![1][0], end: m.indices![1][1], kind: 'initials' });
  }
  for (const m of matchesOf(AFTER_DATES_OR_SIGNATURE, text)) {
    // (Not a unit, a credential after a nurse's initials, "DNR/DNI" or any other charting abbreviation; an author's capitals
    // and a typist's lower case before or after the dictation dates are initials whatever they spell: "MD   AM/tc   D: 10/18/04",
    // "DD 07/14/01  DT 07/16/01  LP/rjs", "D 9/10/08  AW:kg".)
    const datesBefore = DICTATION_DATE_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index));
    const datesAround = /^[ \t]+[DT]:?[ \t]*\d/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12)) || datesBefore;
    // (In lower case too, right after the dictation dates: "dd 2/11/98  dt 2/12/98  cab:tlw".)
    const authorTypist = (/^\p{Lu}+$/u.test(m[1]) || (/^\p{Ll}{2,3}$/u.test(m[1]) && datesBefore)) && /^\p{Ll}+$/u.test(m[2]) && datesAround;
    if (!authorTypist && (/^(?:ml|mg|mcg|cc|kg|gm|hr|min|dl|mm|cm|meq|mmol|iu|and|or|his|her)$/i.test(m[1]) || CREDENTIAL_WORD.test(m[2]) || [m[1], m[2]].some((w) => vocabulary().flags(w.toLowerCase()) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.COMMON)))) continue;
    for (const g of [m.indices![1], m.indices![2]]) out.push({ category: 'NAME', score: 0.8, start: g[0], end: g[1], kind: 'initials' });
  }
  // "dict wpk / tr sg  d 5/20/05": the dictating doctor's and the typist's initials after their marks.
  // ("MD / TRANS JLM 3/28/89", "M.D. / tr ER": the mark after the signature's slash, before the date or closing the line.)
  if (has(/\b(?:dict|tr\b|trans)/i, text)) for (const m of matchesOf(/\b(?:dict|dictated|tr|trans|transcribed)[ \t]+(\p{L}{2,4})(?=[ \t]*(?:\/|\n|$)|[ \t]+(?:(?:d|dd|t|dt):?[ \t]*)?\d{1,2}[-/]\d|[ \t]+(?:d|dd|t|dt):?[ \t]*\d)/dgiu, text)) {
    const afterSlash = /\/[ \t]*$/.test(text.slice(Math.max(0, m.index! - 3), m.index));
    // ("TR RN": a nurse's initials before the credential, not a typist's mark.)
    if ((!afterSlash && vocabulary().flags(m[1].toLowerCase()) & (VOCAB_FLAGS.COMMON | VOCAB_FLAGS.CLINICAL)) || /^(?:rn|lpn|lvn|md|do|np|pa|rt|rrt|cna|msw|sw|ot|pt)$/i.test(m[1])) continue;
    out.push({ category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.indices![1][1], kind: 'initials' });
  }
  // The typist's initials after the dictation date and a slash, between the signature's slashes before the job number, or
  // after "T:" before the date: "R. Frankovich, MD / dictated 1/14/14 / ams", "H. Ueda, MD / ck / job 43390", "T: kd  10/15/2001".
  if (has(/\//, text)) {
    for (const m of matchesOf(TYPIST_MARK, text)) {
      const g = m.indices![1] ?? m.indices![2] ?? m.indices![3] ?? m.indices![4];
      if (m.indices![2] ? !CREDENTIAL_WORD.test(m[2]) : !INITIALS_STOP.test(m[1] ?? m[3] ?? m[4])) out.push({ category: 'NAME', score: 0.8, start: g[0], end: g[1], kind: 'initials' });
    }
  }
  // The second of two initials in "CB RN/SN": a co-signing student or orientee.
  if (slashAfterCredential) out.push(...matchAll(/\b(?:rn|rt|np|md)\/(\p{Lu}{2,3})(?=[ \t]+(?:student|orientee|preceptee|sn)\b)/dgiu, text, group(0.8)));
  // A name closing a line before a credential: "hope rn (float)", "cash rn (agency)", "dalia h rn", "K. Abernathy RN".
  out.push(
    ...matchAll(NAME_BEFORE_CREDENTIAL, text, (m) => {
      const word = m[1].replace(/^\p{L}\.[ \t]?/u, '').split(/[ \t]/)[0];
      // "Ana P. RN": with an initial after it, a given name or surname counts even when it spells a lab ("ANA").
      const initialAfter = /^\S+[ \t]+\p{L}\.?$/u.test(m[1]) && (vocabulary().flags(word.toLowerCase()) & (VOCAB_FLAGS.FIRST | VOCAB_FLAGS.LAST)) !== 0;
      return ROLE_WORDS.has(word.toLowerCase()) || !(personWord(word) || initialAfter) ? null : group(0.8, null, 'person')(m);
    }),
  );
  // A name before a credential after "by", "and", "to", "with": "VERIFIED BY HALE RN AND ADEBAYO RN", "seen by moss rn",
  // "REPORT GIVEN TO STRONG RN", "spoke w/ kelly rn".
  out.push(
    ...matchAll(NAME_AFTER_BY_CREDENTIAL, text, (m) =>
      ROLE_WORDS.has(m[1].toLowerCase()) || COUNT_BEFORE_CREDENTIAL.test(m[1]) || !personWord(m[1]) || instructionBeforeCredential(text, m.indices![1][0], m[1].toLowerCase()) ? null : group(0.75, null, 'person')(m),
    ),
  );
  if (has(/--|—|–|[ \t]-\p{Lu}/u, text)) out.push(...dashSignOffs(text));
  // A name closing the whole note on its own line, with an initial: "\np. delacroix", "\nFAITH O".
  for (const m of matchesOf(/\n[ \t]*(?:(\p{L}\.[ \t]?)(\p{L}[\p{L}'’-]{2,})|(\p{L}[\p{L}'’-]{2,})[ \t]+\p{L}\.?)[ \t]*$/gu, text)) {
    const word = m[2] ?? m[3];
    if (!personWord(word) || ROLE_WORDS.has(word.toLowerCase())) continue;
    const start = m.index! + m[0].search(/\S/);
    out.push({ category: 'NAME', score: 0.75, start, end: m.index! + m[0].trimEnd().length, kind: 'person' });
  }
  // Initials closing the whole note after its last sentence: "... nothing further.  ck", "agree.  MH".
  out.push(...matchAll(/(?:[.!?)][ \t]+|\n[ \t]*)(\p{Lu}{2,3}|\p{Ll}{2,3}|(?:\p{L}\.){2,3}|\p{Ll}{2,3}\/\p{Ll}{2,3})[ \t]*\n?[ \t]*$/dgu, text, group(0.75, NOT_FINAL_INITIALS)));
  // The same initials closing two or more lines of a log, after each entry: "... A-LINE L RADIAL. TK\n0130 ... TK",
  // "(Dr Huang).  /rg", "updated.  ~dk". One writer signs every entry; an abbreviation does not close sentences so.
  const closing = new Map<string, [number, number][]>();
  // (Only line ends are read: each line's last dozen characters.)
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const from = Math.max(0, nl - 12);
    const m = LINE_CLOSING_INITIALS.exec(text.slice(from, nl));
    if (!m) continue;
    const list = closing.get(m[1]) ?? closing.set(m[1], []).get(m[1])!;
    list.push([from + m.indices![1][0], from + m.indices![1][1]]);
  }
  for (const [w, at] of closing) {
    if (NOT_FINAL_INITIALS.test(w)) continue;
    // A message slip signs each entry once, after a sentence, before the next dated entry: "appt tomorrow 10:15. KS
3/22/99
    // 11:05 AM - FOR: nurse". There a signature is read though its letters spell an abbreviation.
    const signed = at.filter(([a, b]) => !INITIALS_STOP.test(w) && /[.!?][ \t]+$/.test(text.slice(a - 3, a)) && /^[ \t]*\n[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+(?:\d{1,2}:\d{2}|[012]\d[0-5]\d\b)/.test(text.slice(b, b + 24)));
    if (at.length < 2 || vocabulary().flags(w.toLowerCase()) & (VOCAB_FLAGS.ABBREV | VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.COMMON)) {
      for (const [a, b] of signed) out.push({ category: 'NAME', score: 0.8, start: a, end: b, kind: 'initials' });
      continue;
    }
    for (const [a, b] of at) out.push({ category: 'NAME', score: 0.8, start: a, end: b, kind: 'initials' });
  }
  // Dictation initials closing a note: "MS/kl  D:07/04", "KB/CM" (author / typist or author / role), "Dictated: rog/kt",
  // "JT/ctl job 77-31904", "Dictated: BAS / mk  04/12/23".
  out.push(
    ...matchAll(/(?:^|\n|[.!?][ \t]+|\b(?:dictated|transcribed|typed)[ \t]*:[ \t]*)[ \t]*(\p{Lu}{2,3}|\p{Ll}{2,3})[ \t]?\/[ \t]?(\p{Lu}{2,3}|\p{Ll}{2,3})[ \t]*(?=$|\n|[ \t]+(?:[DT]:|job\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}-\d{1,2}-\d{2,4}))/dgiu, text, (m) => {
      if (INITIALS_STOP.test(m[1]) || (/\p{Ll}/u.test(m[1]) && !/(?:dictated|transcribed|typed)[ \t]*:[ \t]*$/i.test(text.slice(Math.max(0, m.indices![1][0] - 16), m.indices![1][0])))) return null;
      const role = /^(?:cm|sw|rn|md|np|pa|rt|pt|ot)$/i.test(m[2]);
      return { category: 'NAME', score: 0.85, start: m.indices![1][0], end: role ? m.indices![1][1] : m.indices![2][1], kind: 'initials' };
    }),
  );
  // Transcription marks closing dictated documents: author:typist ("JH:lmc  DD 4/12/97", "KVDM:ao", "BAC:KCW   DD: 12/6") and chains
  // of slashes ("DM/hv/lts", "AM/RP/lcj", "JKT/MLR  DD: 02/19/01", "TJM/AR   11-8-77"), on their own line, after the
  // author's credential ("MD / LAF:mcr"), after the unread-dictation line ("Dictated but not read. VKS:mlh") or before the dates.
  out.push(
    ...matchAll(/(?:^|\n|[ \t]{2}|[ \t]\/[ \t]|(?<=\b(?:read|signed|verified|dictated)[.,])[ \t])[ \t]*(\p{Lu}{2,4})(?::(\p{Ll}{2,4}|\p{Lu}{2,4})|((?:[ \t]?\/[ \t]?(?:\p{Lu}{2,4}|\p{Ll}{2,4})){1,3}))[ \t]*(?=$|\n|[ \t]+(?:D{1,2}[: ]|T{1,2}[: ]|DT\b|DD\b|job\b|JOB\b|TYPED\b|[Tt]yped\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}-\d{1,2}-\d{2,4}))/dgu, text, (m) => {
      const parts = m[0].trim().replace(/^\/[ \t]*/, '').split(/[ \t]*[:/][ \t]*/);
      // ("HER:jmt   D: 2/9/91", "AP:rjm\nD: 2/21/87": before a typist's initials and the dictation date, a pronoun's or
      // abbreviation's letters are an author's.)
      const dated = m[2] !== undefined && /^[ \t]*\n?[ \t]*(?:D{1,2}|T{1,2})[: ][ \t]*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      // (On the line under the author's signature they are the marks whatever they spell: "Walter J. Bostic, M.D.\nWJB:ph",
      // "PAW:dr".)
      const signedAbove = /(?:M\.D\.|\bMD|D\.O\.|\bDO)[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, m.indices![1][0] - 12), m.indices![1][0]));
      if (parts.some((p) => INITIALS_STOP.test(p)) && !dated && !signedAbove) return null;
      // "CV:rrr", "RESP:cta": a heading and its finding, not author and typist.
      if (m[2] !== undefined && !dated && !signedAbove && parts.some((p) => vocabulary().flags(p.toLowerCase()) & (VOCAB_FLAGS.CLINICAL | VOCAB_FLAGS.ABBREV))) return null;
      return { category: 'NAME', score: 0.8, start: m.indices![1][0], end: m.index + m[0].trimEnd().length, kind: 'initials' };
    }),
  );
  // A typist's initials closing the line after the transcription date: "d: 1-24-83   t: 1-26-83   bf".
  out.push(...matchAll(/\b[DdTt]{1,2}[:.][ \t]*\d{1,2}[-/]\d{1,2}[-/]\d{2,4}[ \t]+(\p{Ll}{2,3}|\p{Lu}{2,3})[ \t]*(?=$|\n)/dgu, text, group(0.8, INITIALS_STOP)));
  // A typist after the author's credential and a slash: "T. OYAMA MD / DLF   TYPED 3-7-79".
  // ... or after the doctor's name and a slash: "DR. PEDRO A. BUSTAMANTE / IC   D. 12-5-89", "DR. GRABOWSKI/KW."; and the
  // dictation labels of a transcription line: "DICT: NR    TR: DM    D: 05/19/87".
  out.push(...matchAll(/\bDR\.?[ \t]+(?:\p{Lu}[\p{Lu}'’-]*\.?[ \t]+){0,3}\p{Lu}[\p{Lu}'’-]+[ \t]*\/[ \t]*(\p{Lu}{2,3})(?=[ \t]*\.?[ \t]*(?:$|\n)|[ \t]+D[.:]?[ \t]*\d)/dgu, text, group(0.8, INITIALS_STOP)));
  out.push(...matchAll(/\b(?:DICT|TR|TRANS|TYP)[ \t]*:[ \t]*(\p{Lu}{2,3}|\p{Ll}{2,3})(?=[ \t]{2,}|[ \t]*(?:$|\n))/dgu, text, group(0.8, INITIALS_STOP)));
  out.push(...matchAll(/\b(?:MD|M\.D\.|DO|NP|PA-C)[ \t]*\/[ \t]*(\p{Lu}{2,4}|\p{Ll}{2,4})(?=[ \t]*(?:$|\n)|[ \t]+(?:TYPED|[Tt]yped|D:|T:|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})|:\p{Ll}{2,4}(?:[ \t]*(?:$|\n)|[ \t]+\d{1,2}[-/]\d{1,2}[-/]\d{2,4}))/dgu, text, group(0.8, INITIALS_STOP)));
  // ... and the typist after the author's colon, before the line's end or the date: "K. Sandoval MD / ks:mb  12/10/98".
  out.push(...matchAll(/\b(?:MD|M\.D\.|DO|NP|PA-C)[ \t]*\/[ \t]*\p{L}{2,4}:(\p{Ll}{2,4})(?=[ \t]*(?:$|\n)|[ \t]+\d{1,2}[-/]\d{1,2}[-/]\d{2,4})/dgu, text, group(0.8, INITIALS_STOP)));
  // Transcriptionist and author initials after a signature phrase: "transcribed by lmk", "Grossed by: TRM",
  // "DICTATED BY OAP 02/08/2024 1540 TRANSCRIBED RLM".
  out.push(
    ...matchAll(/\b(?:(?:[Tt]ranscribed|TRANSCRIBED|[Dd]ictated|DICTATED|[Tt]yped|TYPED|[Ee]ntered|[Gg]rossed|[Pp]rosected|[Pp]rocessed(?=[ \t]+by)|PROCESSED(?=[ \t]+BY))(?:[ \t]+(?:by|BY))?|[Ii]nitials)[ \t]*:?[ \t]*(\p{Ll}{2,4}|\p{Lu}{2,4})(?![\p{L}\d])/dgu, text, group(0.85, /^(?:the|and|but|not|for|pt|md|rn|me|him|her|dr|by|on|at|per|to|via|from|in|into|onto|as|is|was|with|this|that|then|its|all|any)$/i)),
  );
  // Capital initials after a credential closing a sentence: "Triage RN DLH.", "per MD KJS".
  out.push(...matchAll(/\b(?:RN|MD|NP|PA|RT|RRT|LPN|CNA)[ \t]+(\p{Lu}{2,3})(?=[ \t]*(?:[.;\n]|$))/dgu, text, group(0.8, CREDENTIAL_WORD)));
  // A person before the relation in parentheses: "SPOKE W/ ROSE (DTR) AND BILL (SIL)", "Carmen (daughter)".
  if (has(RELATION_PAREN, text)) for (const m of matchesOf(NAME_BEFORE_RELATION, text)) {
    if (!personWord(m[1]) || ROLE_WORDS.has(m[1].toLowerCase())) continue;
    // ("proxy on file (son)": an everyday word after a preposition is the thing, not the relative's name.)
    if (vocabulary().flags(m[1].toLowerCase()) & VOCAB_FLAGS.COMMON && /\b(?:on|in|at|of|to|the|a|an)[ \t]+$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    out.push({ category: 'NAME', score: 0.75, start: m.index!, end: m.index! + m[1].length, kind: 'person' });
  }
  // A person in parentheses after a role: "WOUND RN (PAGE)", "RT (FAITH) AT BS", "per SLP (Joy)", "cm (ewa)", "twin A (Sunny)".
  for (const m of matchesOf(/\(([\p{L}][\p{L}'’-]+(?:[ \t]+[\p{L}][\p{L}'’-]+)?)[ \t]*\)/gu, text)) {
    if (!ROLE_BEFORE_PAREN.test(text.slice(Math.max(0, m.index! - 30), m.index! + 1))) continue;
    // "HCP (niece Florinda)": the relation inside the brackets is no part of the name.
    const lead = /^(\p{L}+)[ \t]+/u.exec(m[1]);
    const skip = lead !== null && RELATION_ONLY.test(lead[1]) ? lead[0].length : 0;
    const name = m[1].slice(skip);
    // "pt (son) at bs": the relation itself is no name.
    if (!name.split(/[ \t]+/).every(personWord) || RELATION_ONLY.test(name)) continue;
    out.push({ category: 'NAME', score: 0.75, start: m.index! + 1 + skip, end: m.index! + 1 + m[1].length, kind: 'person' });
  }
  // A clinician before the role in brackets: "per Kestrel (burn fellow)", "from Gable (CRNA)".
  if (has(ROLE_IN_BRACKETS, text)) for (const m of matchesOf(NAME_BEFORE_ROLE, text)) {
    if (!personWord(m[1]) || ROLE_WORDS.has(m[1].toLowerCase()) || CREDENTIALS.has(m[1].toLowerCase()) || DOCUMENT_WORDS.has(m[1].toLowerCase()) || FAMILY_WORDS.has(m[1].toLowerCase())) continue;
    out.push({ category: 'NAME', score: 0.75, start: m.index!, end: m.index! + m[1].length, kind: 'person' });
  }
  // Several people in the brackets after relatives: "son & dil (mei and jun) at bs", "GRANDKIDS (ROSA, TEO & LUZ)".
  for (const m of matchesOf(/\(([\p{L}][\p{L}'’-]+(?:[ \t]*(?:,|&|\band\b)[ \t]*[\p{L}][\p{L}'’-]+){1,4})[ \t]*\)/giu, text)) {
    if (!RELATIVES_BEFORE_PAREN.test(text.slice(Math.max(0, m.index! - 30), m.index! + 1))) continue;
    const names = [...m[1].matchAll(/[\p{L}][\p{L}'’-]+/gu)].filter((w) => !/^and$/i.test(w[0]));
    if (!names.every((w) => personWord(w[0]) && !RELATION_ONLY.test(w[0]))) continue;
    for (const w of names) out.push({ category: 'NAME', score: 0.75, start: m.index! + 1 + w.index!, end: m.index! + 1 + w.index! + w[0].length, kind: 'person' });
  }
  return out;
}

// A line closed by a dash and its writer: "--kl/gm", "--rt ambrose", "--J. ST. PIERRE RN", "--P.ALMEIDA RN/CJ".
const DASH_SIGN = /(?:^|\n|[.!?)][ \t]+)[ \t]*(?:--|—|–)[ \t]*([^\n]{1,40}?)[ \t]*(?=\n|$)/dgu;
// Roles and contact words a dash sign-off writes beside the name and its credential ("--J. ST. PIERRE RN, student", "-- kl pg 4471").
const SIGN_ROLE = /^(?:tech|nurse|staff|student|resident|fellow|intern|pg|pgr|pager|beeper|ext|x)$/i;
const signWord = (w: string): boolean => CREDENTIALS.has(w.toLowerCase()) || SIGN_ROLE.test(w);
const NAME_PARTICLE = /^(?:st|ste|de|del|della|da|di|du|la|le|van|von|der|mc|mac|o')$/i;

/** Dash sign-offs: every token is a credential or role, an initial, or a person's name; else the dash opens prose. A hyphen glued to a given name closing a message signs too. */
function dashSignOffs(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A message signed with a hyphen glued to the given name at its end: "Love to you all -Amara", "see you soon -Deb".
  for (const m of matchesOf(/[ \t]-(\p{Lu}\p{Ll}+)[ \t]*(?=\n|$)/dgu, text)) {
    const f = vocabulary().flags(m[1].toLowerCase());
    // (A given name whatever else it is, "Deb", "Amara" (a mask too): there only a name signs.)
    if (f & VOCAB_FLAGS.FIRST && !(f & VOCAB_FLAGS.ABBREV)) out.push({ category: 'NAME', score: 0.75, start: m.indices![1][0], end: m.indices![1][1], kind: 'person' });
  }
  for (const m of matchesOf(DASH_SIGN, text)) {
    const base = m.indices![1][0];
    // "-- MB/CR": two sets of initials around a slash, whatever letters they are.
    const pair = /^\p{L}{2,3}\/\p{L}{2,3}$/u.test(m[1]) && !m[1].split('/').some(signWord);
    const toks = [...m[1].matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
    if (toks.length === 0 || toks.length > 5) continue;
    const names: [number, number][] = [];
    let prose = false;
    for (const t of toks) {
      const w = t[0].replace(/\.$/, '');
      // Credentials and roles are skipped; in "OTR/L" the licence letter after the slash is part of the credential.
      if (signWord(w) || ROLE_WORDS.has(w.toLowerCase()) || (/^l$/i.test(w) && /otr\/$/i.test(text.slice(base + t.index! - 4, base + t.index!)))) continue;
      const initials = pair || /^\p{L}$/u.test(w) || /^(?:\p{L}\.){1,3}\p{L}?$/u.test(w) || (/^\p{L}{2,3}$/u.test(w) && !INITIALS_STOP.test(w));
      // (A frequent word in lower case closes a sentence after a dash: "IDWG 1.8 kg (2.9%) — good.")
      const everyday = !initials && /^\p{Ll}+$/u.test(w) && (vocabulary().flags(w) & VOCAB_FLAGS.COMMON) !== 0;
      if (everyday || !(initials || personWord(w.replace(/^(?:\p{L}\.)+/u, '') || w) || NAME_PARTICLE.test(w))) {
        prose = true;
        break;
      }
      const start = base + t.index!;
      const last = names[names.length - 1];
      // Neighbouring name tokens with only spaces or periods between are one person.
      if (last && /^[ \t.]*$/.test(text.slice(last[1], start))) last[1] = start + t[0].length;
      else names.push([start, start + t[0].length]);
    }
    if (prose) continue;
    for (const [start, end] of names) out.push({ category: 'NAME', score: 0.8, start, end, kind: 'person' });
  }
  return out;
}
