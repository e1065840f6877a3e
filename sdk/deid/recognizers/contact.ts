/**
 * Contact identifiers: e-mail addresses, URLs, IPv4/IPv6 addresses, telephone and fax numbers
 * (US and international shapes, extensions, labelled short pager numbers).
 *
 * @example
 * recognizeContacts('Call (617) 555-0134 x22 or fax 617.555.0199');
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Candidate } from '../span.js';
import { before, has, matchAll } from './util.js';

const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_SCHEME = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'()\]]+/gi;
// Bare domains ("portal.mercyhealth.org/pt/123"): a dotted name ending in a common TLD.
const URL_BARE =
  /\b(?<![@.])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|edu|gov|health|io|us|info|biz|co\.uk|nhs\.uk)\b(?:\/[^\s<>"'()]*)?/gi;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/g;
const IPV6 = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{0,4}|(?:\d{1,3}\.){3}\d{1,3})(?![0-9A-Fa-f:])/g;

// Extension suffix shared by phone shapes.
// (Any case: "WORK 570-555-0168 X 221".)
const EXT = String.raw`(?:\s*(?:,\s*)?(?:[xX]|[eE][xX][tT]\.?|[eE]xtension|EXTENSION|#)\s*\d{1,6})?`;
// North-American: optional +1/1, area code with or without parentheses; groups separated by a space,
// dot, dash (with or without a space after it) or slash ("HOME-410 671-9309", "212- 476- 8356",
// "201/324/1423"). A label glued on with a hyphen is allowed; a digit or letter right before is not.
const SEP = String.raw`(?:[\s.\/]|-[ \t]?)`;
const US_PHONE = new RegExp(
  String.raw`(?<![\p{L}\d+/.])(?<!\d-)(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}${SEP})\d{3}${SEP}\d{4}${EXT}(?![\w\-/])`,
  'gu',
);
// A local number without area code ("555-0102", "450 0840"); not a dotted degree of longitude ("107.9548 W").
const LOCAL_PHONE = /(?<![\p{L}\d+/.,:\-])(\d{3})([-. ])(\d{4})(?!(?<=\.\d{4})[ \t]*°?[ \t]*[NSEWnsew](?![\p{L}])|[\d\-/]|[.,]\d|\s*(?:mg|ml|mcg|cc|units?|%|mm|cm|kg|g\b|hrs?|hours?|min|x\b|times|days?|steps|ft|feet|m\b|cal|kcal))/gu;
// Digit groups as written outside North America ("07700 063 966", "0490 39 07 81", "374 780 163",
// "28-64-66-98"): three or more groups of 2-6 digits, or two when the first opens with a trunk 0.
// A comma before counts only after a letter or label ("-Office\\,07700 063 966"), never in "1,200 300".
// A parenthesised area code without a trunk 0 ("(37) 788-063") needs two groups of three or more after it.
const GROUPED_PHONE = /(?<![\p{L}\d+/.:\-])(?<!\d,)(?:\(?0\d{1,4}\)?[ .\-]\d{2,6}(?:[ .\-]\d{2,6}){0,3}|\([1-9]\d{0,3}\)[ ]?\d{3,5}[ .\-]\d{3,5}|\d{2,5}(?:[ .\-]\d{2,6}){2,4}|\d{2,4} \d{5,8})(?![\d/]|[.,]\d|-\d|(?:st|nd|rd|th)\b|\s*(?:mg|ml|mcg|cc|units?|%|mm|cm|kg|g\b|hrs?|hours?|min|x\b|times|days?|years?|yrs?))/gu;
// International: +CC then 2..6 digit groups, allowing "(0)" trunk prefixes; or dialled from the US, "011-52-65-555-0199",
// the groups kept apart by one separator throughout (a record number may hold "011" too: "WC-24-0119783").
const INTL_PHONE = new RegExp(
  String.raw`(?<![\w+])(?:\+|00)\d{1,3}(?:[\s.\-]?\(0\))?(?:[\s.\-]?\(?\d{1,5}\)?){2,6}${EXT}(?![\w]|-\d)|(?<![\w+\-\/.])011([\s.\-])\d{1,3}(?:\1\d{1,5}){3,5}(?![\w]|-\d)`,
  'g',
);
// Labelled numbers: "Phone: 6175550134", "tel 555-0134", "pager 4521", "beeper #77231", "ext. 4410". A number stays on
// its line: a date opening the next line is no part of it ("cell 610-555-0149\n11/2 called").
const LABELLED_PHONE =
  /\b(tel(?:ephone)?|ph(?:one)?|phone\s*(?:no\.?|number|#)|mobile|cell(?:\s*phone)?|home\s*phone|work\s*phone|contact\s*(?:no\.?|number)|pager|pgr|pg|bpr|beeper|bleep|paged|page|call(?:\s+back)?(?:\s+(?:me|us|him|her|them))?(?:\s+(?:at|on))?|(?:ring|reach|text|whatsapp)\s+(?:me|us|him|her|them)\s+(?:at|on)|fax(?:\s*(?:no\.?|number|#))?|facsimile|f|t|p|m|c|ext\.?|extension|x)\s*(?:number|no\.?|#)?\s*(?:is|at|:|-|#|\.)?\s*(\+?[\d(][\d \t().\-]{2,18}\d)(?!\w)/dgi;

// What is written before a record number: a label, or the start of a line (a table's first cell).
const RECORD_BEFORE = /(?:\b(?:subj(?:ect)?|scr(?:een(?:ing)?)?|mr|mrn|mr#|file|id|acct|account|case|study|record|chart|no)\.?[ \t]*[:#]?[ \t]*|(?:^|\n)[ \t]*)$/i;
// Pagers written around the label: "pg'd 6614", "pgr 212", "Pager for Dr Lindgren 5519", "pg resident 3317 x2".
// "paged neurosurg @ 4412", "paged on-call Dr. Halvorsen per protocol @ 8821": the number after "@" in a sentence that pages.
const PAGED_AT = /\b(?:pg['’]?d|paged|paging|beeped)\b[^.;\n@]{0,40}@[ \t]*(\d{4,5})(?![\d\/.:%-]|[ \t]*(?:mg|ml|min|mins|minutes|hrs?|ft|times)\b)/dgiu;
const PAGER_AROUND = /\b(?:pg['’]?d|paged|pager|pgr|pg|beeper|bpr)[ \t]+(?:for[ \t]+)?(?:(?:the[ \t]+)?(?:dr\.?|doctor|resident|fellow|intern|attending|md|np|pa|rt|team|on[ -]?call)[ \t]+)?(?:\p{Lu}[\p{L}'’-]+[ \t]+)?(\d{3,5})(?![\d\/.:%-]|[ \t]*(?:mg|ml|min|mins|minutes|hrs?|ft|times)\b)/dgiu;

// A number with its label glued after it, as in signature blocks: "3660170548-Fax", "0412 555 019 (mobile)".
const TRAILING_LABEL = /(?<![\p{L}\d+/.\-])\+?[\d(][\d ().\-]{5,18}\d(?=[ \t]*[-(,]?[ \t]*(?:office|fax|mobile|cell|home|work|tel|phone|landline|direct|desk)\b)/giu;

// (Or a signature's credential: "Sherry Manuel, RD, LDN   ext 224"; or a role: "pharmacy liaison, ext 214".)
const EXTENSION_CONTEXT = /(?:\d{3}[-. )][ \t]?\d{3,4}|\d{4}|phone|tel|line|office|desk|clinic|nurse|number|pager|station|unit|call|liaison|coordinator|manager|scheduler|reception|rsvp|#|,[ \t]*(?:RD|LDN|RN|LPN|LVN|MSW|LCSW|LMSW|PharmD|R\.?Ph\.?|MD|NP|PA-C|OTR(?:\/L)?|DPT|SLP|CCC-SLP|RRT|CCM))[^\n\d]{0,14}$/i;
const FAX_LABEL = /(?:\bfax|facsimile|\bf\s*[:#]|\bfx)\b[^\n]{0,20}$/;
const PHONE_LABEL = /(?:\btel|phone|\bph\b|mobile|cell|pager|pgr|beeper|\bcall|\bt\s*:|\bp\s*:|\bm\s*:)[^\n]{0,20}$/;

/** Decide PHONE vs FAX from the nearest label in the 30 characters before the number. */
function phoneOrFax(text: string, start: number): 'PHONE' | 'FAX' {
  const ctx = before(text, start, 30);
  const fax = ctx.search(FAX_LABEL);
  if (fax < 0) return 'PHONE';
  const phone = ctx.search(PHONE_LABEL);
  if (phone < 0) return 'FAX';
  // Both appear: the later (closer) label wins.
  return ctx.lastIndexOf('fax') > ctx.search(/(?:tel|phone|ph|mobile|cell|pager|call)[^a-z]*[^\n]{0,20}$/) ? 'FAX' : 'PHONE';
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/**
 * Recognize e-mails, URLs, IPs, phone and fax numbers in `text`.
 *
 * @example
 * recognizeContacts('email jo@x.org').map((c) => c.category); // ['EMAIL']
 */
export function recognizeContacts(text: string): Candidate[] {
  const out: Candidate[] = [];
  out.push(...matchAll(EMAIL, text, () => ({ category: 'EMAIL', score: 1 })));
  // Internal extensions written with a dash: "x4-6120", "(x7-3390)" ("x4-5 laps" is a count, so four digits after the dash).
  out.push(...matchAll(/(?<![\p{L}\d])x\d{1,2}-\d{4}(?![\d-])/gu, text, () => ({ category: 'PHONE', score: 0.85 })));
  // Short extensions after "ext" ("555-0137 ext 318", "EXT 14"), or after "x" next to a number or a person ("DUBOIS X208", "x 5-7710").
  out.push(...matchAll(/\b(?:ext\.?|extension)[ \t]*#?[ \t]*(\d{1,5}(?:-\d{4})?)(?![\d\p{L}+-])|(?<=(?:\d|\p{L}{2,})[ \t]+)x(?:[ \t]?(\d-\d{4})|(?<=\p{L}{2,}[ \t]+x)(\d{3,5}))(?![\d\p{L}-]|[ \t]*(?:mg|ml|min|times|days?|wks?|weeks?|doses?|ft|feet|m)\b)/dgiu, text, (m) => {
    const g = m.indices![1] ?? m.indices![2] ?? m.indices![3];
    // "EXT 7/23" (extubated), "ext #3" (a tooth pulled): an extension follows a number or a place to call; "ext 2+ edema"
    // (extremities) is a grade.
    if (m.indices![1] && (/^[\/#]/.test(text.slice(g[1], g[1] + 1)) || !EXTENSION_CONTEXT.test(text.slice(Math.max(0, m.index - 36), m.index)))) return null;
    return { category: 'PHONE', score: 0.75, start: g[0], end: g[1] };
  }));
  out.push(
    ...matchAll(URL_SCHEME, text, (m) => {
      const trimmed = m[0].replace(/[.,;:!?]+$/, '');
      return { category: 'URL', score: 1, end: m.index + trimmed.length };
    }),
  );
  out.push(
    ...matchAll(URL_BARE, text, (m) => {
      // "Dr.Smith.com"-like artefacts are rare; require no '@' right after (that's an e-mail domain).
      if (text[m.index + m[0].length] === '@') return null;
      const trimmed = m[0].replace(/[.,;:!?]+$/, '');
      return { category: 'URL', score: 0.9, end: m.index + trimmed.length };
    }),
  );
  out.push(
    ...matchAll(IPV4, text, (m) => {
      if (!isIPv4(m[0])) return null;
      // Version strings ("v1.2.3.4") and dotted dates are not addresses; require an IP cue or non-trivial octets.
      const ctx = before(text, m.index, 25);
      const cue = /\b(ip|address|host|server|addr|from|login|logged|connect|device|workstation|terminal|gateway)\b/.test(ctx);
      return { category: 'IP', score: cue ? 1 : 0.8 };
    }),
  );
  out.push(
    ...matchAll(IPV6, text, (m) => {
      const v = m[0];
      if (!isIPv6(v) || (v.match(/:/g) ?? []).length < 2 || !/[0-9a-f]{2}/i.test(v)) return null;
      // Clock times such as 10:22:33 are valid IPv6 only with '::'; require hex letters or '::' plus 3+ groups.
      if (!/[a-f]/i.test(v) && !v.includes('::')) return null;
      if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(v)) return null;
      return { category: 'IP', score: 1 };
    }),
  );
  const phone = (m: RegExpExecArray) => {
    const digits = digitCount(m[0]);
    if (digits < 7 || digits > 18) return null;
    return { category: phoneOrFax(text, m.index), score: 0.9 };
  };
  out.push(...matchAll(US_PHONE, text, phone));
  out.push(
    ...matchAll(LOCAL_PHONE, text, (m) => {
      // "100-1200" is a range: a dash between a smaller and a larger number reads as one, unless labelled.
      const labelled = /(?:tel|phone|ph|cell|mobile|home|work|call|contact|number|#|at|pager|fax)\W{0,3}$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
      // ("555-0754", "555-8157": a leading zero or an uneven end is no bound of a range; but "subj 104-2201",
      // "MR 601-2287" and a table row's first cell are record numbers.)
      if (m[2] === '-' && +m[1] < +m[3] && !labelled && ((m[3][0] !== '0' && +m[3] % 5 === 0) || RECORD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))) return null;
      return { category: phoneOrFax(text, m.index), score: labelled ? 0.85 : 0.6 };
    }),
  );
  out.push(
    ...matchAll(GROUPED_PHONE, text, (m) => {
      const groups = m[0].split(/[ .\-()]+/).filter(Boolean);
      const digits = digitCount(m[0]);
      if (digits < 7 || digits > 13) return null;
      // Shift times ("0700-1900"), dates ("12-03-2024", "03.12.24") and clock times are not numbers to dial.
      if (groups.length === 2 && groups.every((g) => g.length === 4 && +g <= 2400)) return null;
      // "(3) 120-180": an item number before a range, not an area code (a dash between a smaller and a larger number).
      if (m[0].startsWith('(') && groups.length === 3 && /\d-\d/.test(m[0]) && +groups[1] < +groups[2]) return null;
      if (groups.length === 3 && groups[0].length <= 2 && groups[1].length <= 2 && /^[0-3]?\d[-./][01]?\d[-./](?:\d{2}|\d{4})$/.test(m[0])) return null;
      // (A whole word: "nok (07700 900 645)", "Mum Lorna (0131 554 2207)" end in no potassium or sodium.)
      if (/(?<![a-z])(?:bp|hr|rr|peep|psv|vt|tv|sat|spo2|map|cvp|uo|i\/o|wt|weight|ht|height|dose|labs?|wbc|hgb|hct|plt|na|k|cr|bun|glu)\s*[:=]?\s*$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      return { category: phoneOrFax(text, m.index), score: 0.55 };
    }),
  );
  out.push(
    ...matchAll(TRAILING_LABEL, text, (m) => {
      const digits = digitCount(m[0]);
      if (digits < 7 || digits > 15 || /\d\.\d/.test(m[0])) return null;
      const fax = /^[ \t]*[-(,]?[ \t]*fax/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      return { category: fax ? 'FAX' : 'PHONE', score: 0.85 };
    }),
  );
  // Extensions glued to an "x" ("LCSW x4471", "CALLED (X4471)").
  out.push(...matchAll(/(?<![\p{L}\d-])[xX](\d{3,5})(?![\d\p{L}-])/dgu, text, (m) => ({ category: 'PHONE', score: 0.7, start: m.indices![1][0], end: m.indices![1][1] })));
  out.push(...matchAll(INTL_PHONE, text, phone));
  // ("paged dr ng @ 0230": "@" before a clock time is when, so only a number that is no time of day.)
  if (has(/@/, text)) out.push(...matchAll(PAGED_AT, text, (m) => (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(m[1]) ? null : { category: 'PHONE', score: 0.75, start: m.indices![1][0], end: m.indices![1][1] })));
  out.push(
    ...matchAll(PAGER_AROUND, text, (m) => {
      // ("paged team 1500", "pg'd dr smith 0230": a clock time after the verb; only a pager's own label takes one.)
      if (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(m[1]) && !/^(?:pager|pgr|beeper|bpr)[ \t]+\d/i.test(m[0])) return null;
      return { category: 'PHONE', score: 0.8, start: m.indices![1][0], end: m.indices![1][1] };
    }),
  );
  out.push(
    ...matchAll(LABELLED_PHONE, text, (m) => {
      const label = m[1].toLowerCase();
      const g = m.indices![2];
      const value = m[2];
      const digits = digitCount(value);
      const single = label.length <= 1;
      const isPager = /pager|pgr|^pg$|bpr|beeper|bleep|page|ext|extension|^x$/.test(label);
      if (digits < (isPager ? 3 : 7) || digits > 15) return null;
      // One-letter labels ("T: 555 0134") only count when followed by a colon and a phone-length number.
      if (single && (digits < 7 || !/^\s*[:#]/.test(text.slice(m.index + m[1].length, g[0])))) return null;
      // Dates/times/decimals after "page" ("page 3") are not numbers to dial.
      if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(value) || /\d\.\d/.test(value)) return null;
      if (label === 'page' && digits < 4) return null;
      const category = /fax|facsimile|^f$/.test(label) ? 'FAX' : 'PHONE';
      return { category, score: 0.95, start: g[0], end: g[1] };
    }),
  );
  if (has(/pg|pag/i, text)) {
    const pager = (x: RegExpExecArray): Candidate => ({ category: 'PHONE', score: 0.85, start: x.indices![1][0], end: x.indices![1][1] });
    // A pager in brackets after the person paged: "Paged surgical resident Dr. Nakamura (4412) - orders".
    out.push(...matchAll(/\b(?:pg['’]?d|paged)\b[^;\n()]{0,50}\((\d{4,5})\)/dgiu, text, pager));
    // A pager or an extension with a dash after the verb of paging: "pg'd 4-7719", "page IR at 4-0128".
    out.push(...matchAll(/\b(?:pg['’]?d|paged?|pgr|pager)[ \t]+(?:(?:\p{L}[\p{L}.]*[ \t]+){0,2}(?:at|@)[ \t]+)?(\d-\d{4})(?![\d\/.-])/dgiu, text, pager));
  }
  return out;
}
