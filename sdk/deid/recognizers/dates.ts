/**
 * Dates: every element except the year is PHI under Safe Harbor, so any written day or month
 * that pins a date is found: numeric (03/14/2021, 3-14-21, 14.03.2021), ISO with time
 * (2021-03-14T10:22), month names (14-Mar-2021, March 14th, 2021, Feb 2, 14 March, March 2021),
 * and with a context cue, bare "3/14" and "the 14th". Every match must parse as a real date.
 *
 * @example
 * recognizeDates('Admitted 14-Mar-2021, discharged on the 18th.');
 */
import { parseDate } from '../date-format.js';
import type { Candidate } from '../span.js';
import { before, matchAll } from './util.js';

const MON = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORD = '(?:st|nd|rd|th)?';
// A weekday written before a date is part of it ("Tuesday, May 9").
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
// A clock time directly after a date belongs to the same timestamp.
const TIME = String.raw`(?:(?:T|\s+|\s*@\s*|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

const PATTERNS: { re: RegExp; score: number; cue?: boolean; month?: boolean }[] = [
  { re: new RegExp(String.raw`(?<![\d/.\-])\d{4}([-/.])\d{1,2}\1\d{1,2}(?![\d/.\-]*\d)${TIME}`, 'gi'), score: 0.95 },
  { re: new RegExp(String.raw`(?<![\d/.\-:])\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/\-]|\.\d)${TIME}`, 'gi'), score: 0.9 },
  {
    re: new RegExp(String.raw`(?<![\w])\d{1,2}${ORD}[\s\-./]*(?:of\s+)?${MON}(?:[\s\-./,]+(?:\d{4}|'?\d{2}(?![\d:])))?(?![a-z])${TIME}`, 'gi'),
    score: 0.9,
  },
  { re: new RegExp(String.raw`\b${WEEKDAY}${MON}[\s\-]+\d{1,2}${ORD}(?!\d)(?:,?\s*\d{4})?(?![\w:])${TIME}`, 'gi'), score: 0.9 },
  { re: new RegExp(String.raw`\b${MON},?\s+(?:of\s+)?(?:19|20)\d{2}\b`, 'gi'), score: 0.8 },
  // A month alone pins a date element too ("seen again in October"); only after a time preposition.
  { re: /(?<=\b(?:in|since|until|till|by|during|early|mid|late|through|before|after|from|of|next|last|this)[ -])(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ \t]+(?:\d|[A-Z][a-z]))/g, score: 0.75, month: true },
  // Bare month/day and day ordinals only after a cue word, else "1/2 tab" or "3rd line" would be dates.
  { re: /(?<![\d/.\-])\d{1,2}\/\d{1,2}(?![\d/]|\s*(?:tab|cap|mg|ml|dose|strength|of\s+(?:a|the)\b))/gi, score: 0.75, cue: true },
  { re: /\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:ed|edition|percentile|grade|degree|cranial|rib|intercostal|ics|toe|finger|digit|metatarsal|ventricle|nerve|line|cycle|dose|day|week|time|attempt|trimester|vertebra|lumbar|thoracic|cervical|decade|generation|floor)\b)/gi, score: 0.7, cue: true },
];

const CUE = /\b(?:on|since|from|until|till|to|dated?|dos|by|through|thru|of|as of|starting|beginning|before|after|effective|seen|admitted|discharged|returned|scheduled|follow[- ]up|f\/u|appointment|appt|dob|born|expires?|collected|received|reported|procedure|surgery|visit)\s*[:\-]?\s*$/;

/** Is "12" + "/" + "3" a date when preceded by nothing telling? No: fractions, scores and ratios look the same. */
function hasCue(text: string, start: number): boolean {
  return CUE.test(before(text, start, 24));
}

/**
 * Find dates in `text`.
 *
 * @example
 * recognizeDates('DOB: 03/14/1950')[0].category; // 'DATE'
 */
export function recognizeDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const p of PATTERNS) {
    out.push(
      ...matchAll(p.re, text, (m) => {
        if (p.cue && !hasCue(text, m.index)) return null;
        if (p.month) return { category: 'DATE', score: p.score, kind: 'month' };
        const bare = m[0].replace(new RegExp(`${TIME.slice(0, -1)}$`, 'i'), '');
        const core = m[0].trim().replace(new RegExp(`^${WEEKDAY}`, 'i'), '');
        if (!parseDate(core) && !parseDate(bare.trim()) && !parseDate(core.replace(/'(\d{2})$/, '$1'))) {
          // A calendar-impossible numeric date ("02/30/1950") is still somebody's date written wrong: remove it.
          const n = /^(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{2}|\d{4})\b/.exec(core);
          if (n && +n[1] >= 1 && +n[2] >= 1 && Math.min(+n[1], +n[2]) <= 12 && Math.max(+n[1], +n[2]) <= 31) return { category: 'DATE', score: 0.6, kind: 'date' };
          return null;
        }
        return { category: 'DATE', score: p.score, kind: 'date' };
      }),
    );
  }
  return out;
}
