/**
 * Calendar dates and the many ways clinicians write them. Dates are plain y/m/d values computed
 * from the seed (never from the clock), so output does not depend on when the generator runs.
 *
 * @example
 * const d = { y: 2021, m: 3, d: 14 };
 * formatDate(d, 'dmy-mon'); // '14-Mar-2021'
 */
import type { Rng } from './rng.js';

/** A calendar date with an optional time. @example { y: 2021, m: 3, d: 14, hh: 10, mi: 22 } */
export interface SimpleDate {
  y: number;
  m: number;
  d: number;
  hh?: number;
  mi?: number;
}

/** Every date shape the corpus uses. @example DATE_STYLES.includes('iso') */
export const DATE_STYLES = [
  'us', 'us-short', 'dmy-mon', 'long-ord', 'long', 'mon-d-y', 'iso', 'iso-t', 'eu', 'mon-d',
  'd-month', 'us-time', 'dd-mon-yyyy-upper', 'month-d',
] as const;

/** One date shape. @example const s: DateStyle = 'eu'; */
export type DateStyle = (typeof DATE_STYLES)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = MONTHS.map((m) => m.slice(0, 3));

const pad = (n: number) => String(n).padStart(2, '0');

/** English ordinal suffix. @example ordinal(22) === '22nd' */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** Full month name. @example monthName(4) === 'April' */
export function monthName(m: number): string {
  return MONTHS[m - 1];
}

/** Date plus `days` (may be negative), via UTC arithmetic. @example addDays({y:2021,m:2,d:27}, 3) */
export function addDays(date: SimpleDate, days: number): SimpleDate {
  const t = Date.UTC(date.y, date.m - 1, date.d) + days * 86_400_000;
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate(), hh: date.hh, mi: date.mi };
}

/** Random date between two years (inclusive), with a random clock time. @example randomDate(rng, 2019, 2024) */
export function randomDate(rng: Rng, fromYear: number, toYear: number): SimpleDate {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: rng.int(1, days), hh: rng.int(0, 23), mi: rng.int(0, 59) };
}

/** Render a date in one style. @example formatDate({y:2021,m:3,d:14}, 'long-ord') === 'March 14th, 2021' */
export function formatDate(date: SimpleDate, style: DateStyle): string {
  const { y, m, d } = date;
  const hh = pad(date.hh ?? 8);
  const mi = pad(date.mi ?? 0);
  switch (style) {
    case 'us': return `${pad(m)}/${pad(d)}/${y}`;
    case 'us-short': return `${m}/${d}/${String(y).slice(2)}`;
    case 'dmy-mon': return `${pad(d)}-${MON[m - 1]}-${y}`;
    case 'long-ord': return `${MONTHS[m - 1]} ${ordinal(d)}, ${y}`;
    case 'long': return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 'mon-d-y': return `${MON[m - 1]} ${d}, ${y}`;
    case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
    case 'iso-t': return `${y}-${pad(m)}-${pad(d)}T${hh}:${mi}`;
    case 'eu': return `${pad(d)}.${pad(m)}.${y}`;
    case 'mon-d': return `${MON[m - 1]} ${d}`;
    case 'd-month': return `${d} ${MONTHS[m - 1]}`;
    case 'us-time': return `${pad(m)}/${pad(d)}/${y} ${hh}:${mi}`;
    case 'dd-mon-yyyy-upper': return `${pad(d)}-${MON[m - 1].toUpperCase()}-${y}`;
    case 'month-d': return `${MONTHS[m - 1]} ${d}`;
  }
}
