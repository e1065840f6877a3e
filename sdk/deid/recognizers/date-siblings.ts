/**
 * Dates the note itself vouches for: a fraction-shaped month/day or a month-day with a dash that reads as a ratio
 * or a range on its own, kept where the note's other dates share its month or list it beside them, and the day
 * numbers that continue a list after a date ("7/22, 23 and 24", "the 4th, 6th and 9th"). dates.ts finds the
 * candidates; these functions decide them from the rest of the note.
 *
 * @example
 * listDays('seen 7/22, 23 and 24', 9, DAY_LIST, 20).length; // 2
 */
import type { Candidate } from '../span.js';
import { indicesOf } from './util.js';

/**
 * A fraction-shaped month/day with no cue ("3/4", "4/5") is kept as a date when the note supports
 * it: another date in the note has the same month, or it sits in a list with a date ("seen 3/1, 3/4
 * and 3/8"). Fractions next to a ratio label or unit never reach here.
 */
export function fractionLikeDates(text: string, maybes: Candidate[], dates: Candidate[]): Candidate[] {
  if (maybes.length === 0) return [];
  // A note that writes the day first ("ADM 14/3", "Drain out 8/8") shows it with a day past 12 and no month past 12.
  const pairs = dates.map((d) => /^(?:\D*?)(\d{1,2})[/\-.](\d{1,2})(?:[/\-.]\d{2,4})?\b/.exec(text.slice(d.start, d.end))).filter((m): m is RegExpExecArray => m !== null);
  const months = new Set<number>(pairs.map((m) => +m[1]));
  // Read day first too where the note writes it so, shown by a day past 12 ("ADM 14/3", then "drain out 7/8");
  // not a pair of equal numbers, which reads as a full score ("5/5 elsewhere").
  const dayFirst = pairs.some((m) => +m[1] > 12 && +m[2] <= 12) && !pairs.some((m) => +m[2] > 12 && +m[1] <= 12);
  const monthsDayFirst = new Set<number>(dayFirst ? pairs.map((m) => +m[2]) : []);
  const supported = (c: Candidate): boolean => {
    const [a, b] = text.slice(c.start, c.end).split('/').map(Number);
    return months.has(a) || (a !== b && monthsDayFirst.has(b));
  };
  const near = (c: Candidate) =>
    dates.some((d) => {
      const gap = d.end <= c.start ? text.slice(d.end, c.start) : c.end <= d.start ? text.slice(c.end, d.start) : null;
      return gap !== null && /^[ \t]*(?:,|;|and|&|\+|or|-|to|thru|through|vs\.?|versus)?[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?$/i.test(gap);
    });
  const out: Candidate[] = [];
  // Two of them listed together in one month, the days rising ("pt/ot 3/3, 3/5 and 3/6", "fell (9/8 and 9/10)"), date
  // each other: scores and settings listed so repeat or fall ("5/5 and 5/5", "10/5 and 8/5").
  const listedGap = /^[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?$/i;
  for (let i = 0; i + 1 < maybes.length; i++) {
    const [a, b] = [maybes[i], maybes[i + 1]];
    const [m1, d1] = text.slice(a.start, a.end).split('/').map(Number);
    const [m2, d2] = text.slice(b.start, b.end).split('/').map(Number);
    if (m1 === m2 && d1 < d2 && listedGap.test(text.slice(a.end, b.start))) dates.push(a, b);
  }
  // Iterate to a fixed point: "3/1, 3/4 and 3/8" accepts 3/4 from 3/1, then 3/8 from 3/4.
  let grew = true;
  const pending = [...maybes];
  while (grew) {
    grew = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const c = pending[i];
      if (supported(c) || near(c)) {
        out.push(c);
        dates.push(c);
        pending.splice(i, 1);
        grew = true;
      }
    }
  }
  return out;
}

// The next item of a list of days: an ordinal ("…, 6th and 9th") or a bare day number ("7/22, 23 and 24").
export const ORDINAL_LIST = /^[ \t]*(?:,|and|&|or)[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)\b/di;
export const DAY_LIST = /^(?:[ \t]*(?:,|and|or|&|-|through|thru)[ \t]*)(\d{1,2})(?![\d/:a-z]|\.\d|\s*(?:mg|ml|mcg|cc|%|mm|cm|kg|u\b|units?|hours?|hrs?|min|x\b|am\b|pm\b|l\b|lpm\b|liters?\b))/di;

/** Days continuing a list from `pos`, while `re` (group 1: the day number) keeps matching a day of the month. */
export function listDays(text: string, pos: number, re: RegExp, width: number): Candidate[] {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.slice(pos, pos + width))) && +m[1] >= 1 && +m[1] <= 31) {
    const start = pos + m.indices![1][0];
    const end = pos + m[0].length;
    out.push({ category: 'DATE', score: 0.6, start, end, kind: 'date' });
    pos = end;
  }
  return out;
}

/**
 * "HEPARIN STARTED 2-14. DEVELOPED CHB 2-15", "NPO/NG 8-3 TO 8-7, DIET ADV 8-8": a month-day with a dash and no cue
 * reads as a range, unless the note dates another event the same way in the same month.
 */
export function dashDatesOfTheNote(text: string, maybes: Candidate[], dates: readonly Candidate[]): Candidate[] {
  if (maybes.length === 0) return [];
  const monthOf = (c: Candidate): number | null => {
    const m = /^(\d{1,2})-(\d{1,2})$/.exec(text.slice(c.start, c.end));
    return m && +m[1] >= 1 && +m[1] <= 12 && +m[2] >= 1 && +m[2] <= 31 ? +m[1] : null;
  };
  const months = new Set(dates.map(monthOf).filter((m): m is number => m !== null));
  return maybes.filter((c) => {
    const month = monthOf(c);
    return month !== null && months.has(month);
  });
}

/**
 * "TLC 12/23, R radial art 12/23, foley 12/23": a month/day the note dates is that date wherever it comes back, unless
 * `isSetting(start)` says a ventilator's setting is written there; only values no fraction, score or pressure takes (a
 * day past 12, a month to 12).
 */
export function repeatedMonthDays(text: string, dates: readonly Candidate[], isSetting: (start: number) => boolean): Candidate[] {
  const seen = new Set(dates.filter((c) => c.kind === 'date').map((c) => text.slice(c.start, c.end)).filter((v) => /^(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])$/.test(v)));
  const out: Candidate[] = [];
  for (const v of seen) {
    for (const start of indicesOf(text, v)) {
      const end = start + v.length;
      if (/[\d/.-]/.test(text[start - 1] ?? '') || /^(?:[\d/]|\.\d)/.test(text.slice(end, end + 2))) continue;
      const overlaps = (c: Candidate): boolean => c.start < end && start < c.end;
      if (dates.some(overlaps) || out.some(overlaps) || isSetting(start)) continue;
      out.push({ category: 'DATE', score: 0.6, start, end, kind: 'date' });
    }
  }
  return out;
}
