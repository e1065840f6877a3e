/**
 * Parse a written date in any common clinical format into its parts and write it back shifted,
 * in exactly the same format (month spelling, case, ordinal suffix, padding, separators, year
 * width, trailing time). This is what keeps intervals intact in surrogate mode.
 *
 * @example
 * shiftDateText('March 14th, 2021', -10); // 'March 4th, 2021'
 * shiftDateText('14.03.2021', 30);        // '13.04.2021'
 */

/** Full English month names, index 0 = January. @example MONTH_NAMES[2]; // 'march' */
export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month number (1-12) from a full, abbreviated ("Sept", "Mar.") name, or 0. @example monthFromName('Sept'); // 9 */
export function monthFromName(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return 0;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(n.slice(0, 3)) && m.startsWith(n === 'sept' ? 'sep' : n));
  return i + 1;
}

function ordinalSuffix(n: number): string {
  return n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}

/** Write `name` in the style of `model`: same length class (abbrev/full), case and trailing dot. */
function monthLike(model: string, m: number): string {
  const full = MONTH_NAMES[m - 1];
  const dot = model.endsWith('.') ? '.' : '';
  const bare = model.replace(/\.$/, '');
  let word = bare.length <= 4 && bare.toLowerCase() !== MONTH_NAMES[monthFromName(bare) - 1] ? full.slice(0, bare.length === 4 && m === 9 ? 4 : 3) : full;
  if (bare === bare.toUpperCase()) word = word.toUpperCase();
  else if (bare[0] === bare[0].toUpperCase()) word = word[0].toUpperCase() + word.slice(1);
  return word + dot;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function addDays(date: Ymd, days: number): Ymd {
  const x = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * 86_400_000);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

const pad2 = (n: number, width: number) => String(n).padStart(width, '0');

/** Width to write a day/month with: 2 when the original was zero-padded (or both parts were 2 wide). */
function widthOf(part: string, other = ''): number {
  return part.startsWith('0') || other.startsWith('0') || (part.length === 2 && other.length === 2) ? 2 : 1;
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Reference year for dates written without one; a leap year so "Feb 29" stays valid.
const REF_YEAR = 2000;

const MON = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORD = '(st|nd|rd|th)?';
// Day month-name [year].
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})(?!\d)${ORD}([\s\-./]+(?:of\s+)?)(${MON})(?:([\s\-./,]+)(\d{4}|\d{2}))?(.*)$`, 'is');
// Month-name day[,] [year].
const MONTH_NAME_DAY = new RegExp(String.raw`^(${MON})([\s\-]+)(\d{1,2})(?!\d)${ORD}(?:(,?\s*)(\d{4}))?(.*)$`, 'is');
// Month-name year.
const MONTH_NAME_YEAR = new RegExp(String.raw`^(${MON})(,?\s+(?:of\s+)?)(\d{4})$`, 'i');
// Month alone.
const MONTH_NAME_ALONE = new RegExp(String.raw`^(${MON})$`, 'i');

/** A parse: the date and a writer that renders another date in the same format. */
interface ParsedDate {
  date: Ymd;
  render(date: Ymd): string;
}

function year(width: number, y: number): string {
  return width === 2 ? pad2(y % 100, 2) : String(y);
}

function expandYear(s: string): number {
  if (s.length === 4) return Number(s);
  const n = Number(s);
  // Two-digit years: 00-30 → 2000s, otherwise 1900s (clinical notes rarely mention later).
  return n <= 30 ? 2000 + n : 1900 + n;
}

const PARSERS: ((s: string) => ParsedDate | null)[] = [
  // ISO-like: 2021-03-14, 2021/03/14, 2021-03-14T10:22
  (s) => {
    const m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/s.exec(s);
    if (!m) return null;
    const [, ys, sep, ms, ds, rest] = m;
    const date = { y: +ys, m: +ms, d: +ds };
    if (!valid(date.y, date.m, date.d)) return null;
    return { date, render: (x) => `${x.y}${sep}${pad2(x.m, widthOf(ms, ds))}${sep}${pad2(x.d, widthOf(ds, ms))}${rest}` };
  },
  // Numeric day/month/year: 03/14/2021, 3-14-21, 14.03.2021 (dots = day first), 14/03/2021 (day > 12)
  (s) => {
    const m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(.*)$/s.exec(s);
    if (!m) return null;
    const [, as, sep, bs, ys, rest] = m;
    const y = expandYear(ys);
    const dayFirst = sep === '.' || +as > 12;
    const date = dayFirst ? { y, m: +bs, d: +as } : { y, m: +as, d: +bs };
    if (!valid(date.y, date.m, date.d)) return null;
    return {
      date,
      render: (x) =>
        dayFirst
          ? `${pad2(x.d, widthOf(as, bs))}${sep}${pad2(x.m, widthOf(bs, as))}${sep}${year(ys.length, x.y)}${rest}`
          : `${pad2(x.m, widthOf(as, bs))}${sep}${pad2(x.d, widthOf(bs, as))}${sep}${year(ys.length, x.y)}${rest}`,
    };
  },
  // Month/day without year: 3/14
  (s) => {
    const m = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
    if (!m || !valid(REF_YEAR, +m[1], +m[2])) return null;
    return { date: { y: REF_YEAR, m: +m[1], d: +m[2] }, render: (x) => `${pad2(x.m, widthOf(m[1], m[2]))}/${pad2(x.d, widthOf(m[2], m[1]))}` };
  },
  // Day month-name [year]: 14-Mar-2021, 14 March 2021, 14th of March, 14-MAR-2021
  (s) => {
    const m = DAY_MONTH_NAME.exec(s);
    if (!m) return null;
    const [, ds, ord, sep1, mon, sep2, ys, rest] = m;
    const y = ys ? expandYear(ys) : REF_YEAR;
    const date = { y, m: monthFromName(mon), d: +ds };
    if (!valid(date.y, date.m, date.d)) return null;
    return {
      date,
      render: (x) =>
        `${pad2(x.d, ds.startsWith('0') || (ds.length === 2 && sep1 === '-') ? 2 : 1)}${ord ? ordinalSuffix(x.d) : ''}${sep1}${monthLike(mon, x.m)}${ys ? `${sep2}${year(ys.length, x.y)}` : ''}${rest}`,
    };
  },
  // Month-name day[,] [year]: March 14th, 2021 / Mar 14 2021 / Feb 2
  (s) => {
    const m = MONTH_NAME_DAY.exec(s);
    if (!m) return null;
    const [, mon, sp, ds, ord, sep2, ys, rest] = m;
    const y = ys ? +ys : REF_YEAR;
    const date = { y, m: monthFromName(mon), d: +ds };
    if (!valid(date.y, date.m, date.d)) return null;
    return {
      date,
      render: (x) => `${monthLike(mon, x.m)}${sp}${x.d}${ord ? ordinalSuffix(x.d) : ''}${ys ? `${sep2}${x.y}` : ''}${rest}`,
    };
  },
  // Month-name year: March 2021 (the month is a date element; the day is taken as mid-month)
  (s) => {
    const m = MONTH_NAME_YEAR.exec(s);
    if (!m) return null;
    return { date: { y: +m[3], m: monthFromName(m[1]), d: 15 }, render: (x) => `${monthLike(m[1], x.m)}${m[2]}${x.y}` };
  },
  // Month alone: "October" (the day is taken as mid-month so a shift moves it by whole months at most)
  (s) => {
    const m = MONTH_NAME_ALONE.exec(s);
    if (!m || !monthFromName(m[1])) return null;
    return { date: { y: REF_YEAR, m: monthFromName(m[1]), d: 15 }, render: (x) => monthLike(m[1], x.m) };
  },
  // Month/year: 3/80, 3/2186, 06/2024, 2018-11 (the day is taken as mid-month)
  (s) => {
    const my = /^(\d{1,2})([/-])(\d{4}|\d{2})$/.exec(s);
    if (my && +my[1] >= 1 && +my[1] <= 12 && (my[3].length === 4 || +my[3] > 31)) {
      const y = expandYear(my[3]);
      return { date: { y, m: +my[1], d: 15 }, render: (x) => `${pad2(x.m, my[1].length)}${my[2]}${year(my[3].length, x.y)}` };
    }
    const ym = /^(\d{4})-(\d{2})$/.exec(s);
    if (ym && +ym[2] >= 1 && +ym[2] <= 12) return { date: { y: +ym[1], m: +ym[2], d: 15 }, render: (x) => `${x.y}-${pad2(x.m, 2)}` };
    return null;
  },
  // Day only: "the 14th", "14th"
  (s) => {
    const m = /^(the\s+)?(\d{1,2})(st|nd|rd|th)$/i.exec(s);
    if (!m || +m[2] < 1 || +m[2] > 31) return null;
    return { date: { y: REF_YEAR, m: 1, d: +m[2] }, render: (x) => `${m[1] ?? ''}${x.d}${ordinalSuffix(x.d)}` };
  },
];

/**
 * Parse a date string; null when no known format matches or the date is impossible.
 *
 * @example
 * parseDate('14-Mar-2021')?.date; // { y: 2021, m: 3, d: 14 }
 */
export function parseDate(s: string): ParsedDate | null {
  for (const p of PARSERS) {
    const r = p(s);
    if (r) return r;
  }
  // "Tuesday, May 9": parse the date, then write the weekday of the shifted date in the same style.
  const wd = /^((?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)(,?\s+)(.+)$/i.exec(s);
  if (wd) {
    const inner = parseDate(wd[3]);
    if (inner) {
      return {
        date: inner.date,
        render: (x) => {
          const name = WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()];
          const bare = wd[1].replace(/\.$/, '');
          let w = bare.length <= 4 ? name.slice(0, bare.length === 4 ? 4 : 3) : name;
          if (bare === bare.toUpperCase()) w = w.toUpperCase();
          else if (bare === bare.toLowerCase()) w = w.toLowerCase();
          return `${w}${wd[1].endsWith('.') ? '.' : ''}${wd[2]}${inner.render(x)}`;
        },
      };
    }
  }
  return null;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Shift a written date by `days`, keeping its format; null when it cannot be parsed.
 *
 * @example
 * shiftDateText('2021-03-14T10:22', -3); // '2021-03-11T10:22'
 */
export function shiftDateText(s: string, days: number): string | null {
  const p = parseDate(s);
  return p ? p.render(addDays(p.date, days)) : null;
}

/**
 * Days from written date `a` to written date `b` (any supported formats); null if either does not parse.
 *
 * @example
 * writtenDateDiff('03/14/2021', '2021-03-20'); // 6
 */
export function writtenDateDiff(a: string, b: string): number | null {
  const pa = parseDate(a);
  const pb = parseDate(b);
  if (!pa || !pb) return null;
  const day = (x: Ymd) => Date.UTC(x.y, x.m - 1, x.d) / 86_400_000;
  return day(pb.date) - day(pa.date);
}
