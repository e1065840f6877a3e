/**
 * The firms a household deals with, named in passing as places: banks and credit unions ("acct at rumford community
 * fcu", "Peoples State Bank in Westby", "PT'S BANK (FIRST NATIONAL BANK OF BALDWIN)", "mortgage at Skowhegan Savings"),
 * power companies ("SW called Kentucky Power") and home medical suppliers ("O2 thru Mountain Medical Equipment"). Their
 * names carry a town or a region, and social work and discharge notes name them with no label.
 *
 * A capitalised name before "Bank", "Savings", "Credit Union" or "FCU" is read anywhere, unless its words say what a bank
 * holds ("Blood Bank", "Food Bank"). In a lower-case note, or before the looser "Federal" and "Trust", a word of banking
 * must come first ("deposited at", "acct at", "pt's bank"). Power companies and suppliers need a word of calling or
 * supplying before them.
 *
 * @example
 * recognizeBanksAndUtilities("ss check deposited at peoples bank in paintsville"); // covers "peoples bank"
 */
import type { Candidate } from '../span.js';
import { FUNCTION_WORDS } from './cue-words.js';
import { caseForms, matchesOf } from './util.js';

// What a bank is called after its name. (Lower case here; the capitalised scan takes title case and capitals.)
const BANK_KINDS = ['bank', 'savings bank', 'savings', 'savings and loan', 'savings & loan', 'credit union', 'federal credit union', 'fcu', 'state bank', 'national bank', 'bank & trust', 'bank and trust'];
// After a word of banking, also the looser closings: "cumberland federal", "Peoples Trust".
const CUED_KINDS = [...BANK_KINDS, 'federal', 'trust', 'trust company', 'federal savings'];
// Words before "bank" that say what is banked, not whose bank it is ("Blood Bank", "the food bank", "eye bank").
const NOT_BANK_NAMES = new Set('medicare medicaid organ blood food tissue eye milk bone sperm cord data piggy memory snow river sand left right west east north south world gene seed clothing diaper furniture toy'.split(' '));

const words = (kinds: readonly string[]): string =>
  [...kinds]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, String.raw`[ \t]+`))
    .join('|');
// In title case and in capitals.
const CAPITAL_KINDS = BANK_KINDS.flatMap((k) => caseForms(k).slice(1));

// One to three capitalised words, then the kind; optionally "of" and a town ("First National Bank of Baldwin"); "&" may join
// two words ("Merchants & Marine Bank").
const NAMED_BANK = new RegExp(String.raw`(?<![\p{L}\d'’&.-])((?:\p{Lu}[\p{L}'’&.-]*[ \t]+(?:&[ \t]+)?){1,3}(?:${words(CAPITAL_KINDS)})(?:[ \t]+(?:of|OF)[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\d-])`, 'dgu');
// "Bank of Ontario", "BANK OF THE OZARKS".
const BANK_OF = /(?<![\p{L}\d'’&.-])((?:Bank|BANK)[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?\p{Lu}[\p{L}'’-]+)(?![\p{L}\d-])/dgu;
// A word of banking, a few words, then the bank in any case: "acct at rumford community fcu", "deposited at peoples bank",
// "pt's bank cumberland federal", "mortgage w/ Farmers Savings".
const CUED_BANK = new RegExp(
  String.raw`\b(?:acct|account|accounts|deposited|deposits?|direct[ \t]+deposit|banks|banking|mortgage|loan|checking|bank)(?:[ \t]+\p{Ll}+){0,2}?[ \t]*(?:[ \t]at|[ \t]with|[ \t]w\/|[ \t]from|[ \t]thru|[ \t]through|[ \t]is|:|\(|(?<=bank))[ \t]+((?:[\p{L}][\p{L}'’&.-]*[ \t]+){1,3}?(?:${words(CUED_KINDS)}))(?![\p{L}\d-])`,
  'dgiu',
);
// A power company after a word of calling or billing, in lower case or in capitals: "called Kentucky Power", "bill from Duke
// Energy" ("APPALACHIAN POWER shutoff notice" is not read: no word before it).
const POWER_CUES = ['called', 'calling', 'calls', 'call', 'contacted', 'contacting', 'contact', 'notified', 'letter to', 'bill from', 'bill to', 'account with', 'service from', 'service with', 'owes'];
const POWER_CUE = words([...POWER_CUES, ...POWER_CUES.map((c) => c.toUpperCase())]);
const POWER = new RegExp(
  String.raw`\b(?:${POWER_CUE})[ \t]+(?:(?:the|THE)[ \t]+)?((?:\p{Lu}[\p{L}'’&.-]*[ \t]+){1,3}(?:Power|POWER|Energy|ENERGY|Electric|ELECTRIC|Propane|PROPANE)(?:[ \t]+(?:Co(?:op|-op|operative)?|CO(?:OP|-OP|OPERATIVE)?|Company|COMPANY)\.?)?)(?![\p{L}\d-])`,
  'dgu',
);
// A home medical supplier after a word of supplying: "O2 thru st john valley medical supply", "CPAP from Riverbend
// Respiratory Services".
const SUPPLIER = /\b(?:thru|through|from|via|by|with|w\/|vendor:?|dme:?|supplier:?)[ \t]+(?:the[ \t]+)?((?:[\p{L}][\p{L}'’&.-]*[ \t]+){1,4}?(?:home[ \t]+)?(?:medical|respiratory|oxygen|o2|home[ \t]+health)[ \t]+(?:supply|supplies|equipment|services))(?![\p{L}\d-])/dgiu;

const FIRST_NOT_NAME = new Set([...FUNCTION_WORDS, 'pt', "pt's", 'patient', "patient's", 'his', 'her', 'their', 'our', 'my', 'your', 'local', 'new', 'old', 'same', 'other']);

/** Does a firm's name open as a name, not with a function word, a pronoun or "pt" ("the", "his", "pt's")? */
function leadsAsName(name: string): boolean {
  return !FIRST_NOT_NAME.has(name.toLowerCase().split(/[ \t]+/)[0]);
}

/** Are a bank's name words a name: opening as one, none a word of what is banked? */
function bankName(name: string): boolean {
  if (!leadsAsName(name)) return false;
  const ws = name.toLowerCase().split(/[ \t]+/);
  const head = ws.slice(0, ws.findIndex((w) => /^(?:bank|savings|credit|fcu|federal|trust|state|national)$/.test(w)));
  return head.length > 0 && !head.some((w) => NOT_BANK_NAMES.has(w) || FUNCTION_WORDS.has(w));
}

/**
 * Banks, credit unions, power companies and home medical suppliers named as a household's (see the module comment).
 *
 * @example
 * recognizeBanksAndUtilities('SW called Kentucky Power re: medical priority').length; // 1
 */
export function recognizeBanksAndUtilities(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpExecArray, check: (name: string) => boolean): void => {
    const [start, end] = m.indices![1];
    if (check(m[1])) out.push({ category: 'LOCATION', score: 0.75, kind: 'business', start, end });
  };
  for (const m of matchesOf(NAMED_BANK, text)) push(m, bankName);
  for (const m of matchesOf(BANK_OF, text)) push(m, () => true);
  for (const m of matchesOf(CUED_BANK, text)) push(m, bankName);
  for (const m of matchesOf(POWER, text)) push(m, leadsAsName);
  for (const m of matchesOf(SUPPLIER, text)) push(m, leadsAsName);
  return out;
}
