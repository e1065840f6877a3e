/**
 * Writers for identifying details (names, dates, contacts, ids, addresses) in the many shapes
 * real notes use. Each writes through TextBuilder.p so its span is recorded as it is written.
 *
 * @example
 * writeName(b, rng, patient.person);            // 'O'BRIEN, HOPE', 'j. k. rowe', ...
 * writeDate(b, rng, { y: 2021, m: 3, d: 14 });  // '14-Mar-2021', 'March 14th, 2021', ...
 */
import type { TextBuilder } from './builder.js';
import { DATE_STYLES, formatDate, monthName, ordinal, type DateStyle, type SimpleDate } from './dates.js';
import { NAME_STYLES, renderName, type Address, type Clinician, type NameStyle, type Person } from './people.js';
import type { Rng } from './rng.js';

/** Write a name in a random (or given) style. @example writeName(b, rng, p, 'last-first') */
export function writeName(b: TextBuilder, rng: Rng, p: Person, style?: NameStyle): void {
  b.p('NAME', renderName(p, style ?? rng.pick(NAME_STYLES)));
}

/** Write a clinician reference: "Dr. Last", "First Last, MD", "LAST, FIRST MD", initials. @example writeClinician(b, rng, c) */
export function writeClinician(b: TextBuilder, rng: Rng, c: Clinician): void {
  switch (rng.int(0, 5)) {
    case 0: b.t('Dr. ').p('NAME', c.person.last); break;
    case 1: b.p('NAME', renderName(c.person, 'full')).t(`, ${c.credential}`); break;
    case 2: b.p('NAME', renderName(c.person, 'upper-last-first')).t(` ${c.credential}`); break;
    case 3: b.t('Dr ').p('NAME', renderName(c.person, 'initials-last')); break;
    case 4: b.t('Dr. ').p('NAME', renderName(c.person, 'full')); break;
    default: b.p('NAME', renderName(c.person, 'full-mid')).t(`, ${c.credential}`);
  }
}

/** Write a date in a random (or given) style. @example writeDate(b, rng, d, 'iso-t') */
export function writeDate(b: TextBuilder, rng: Rng, d: SimpleDate, style?: DateStyle): void {
  b.p('DATE', formatDate(d, style ?? rng.pick(DATE_STYLES)));
}

/** Write a date as a relative-looking phrase: "on 14 March", "the 14th", "in April", "Feb 2". @example writeLooseDate(b, rng, d) */
export function writeLooseDate(b: TextBuilder, rng: Rng, d: SimpleDate): void {
  switch (rng.int(0, 4)) {
    case 0: b.t('on ').p('DATE', formatDate(d, 'd-month')); break;
    case 1: b.t('on the ').p('DATE', ordinal(d.d)); break;
    case 2: b.t('in ').p('DATE', monthName(d.m)); break;
    case 3: b.t('on ').p('DATE', formatDate(d, 'mon-d')); break;
    default: b.t('in ').p('DATE', `${monthName(d.m)} ${d.y}`);
  }
}

/** Write a street address; city and ZIP are separate LOCATION spans, the state stays. @example writeAddress(b, addr, true) */
export function writeAddress(b: TextBuilder, a: Address, oneLine: boolean): void {
  b.p('LOCATION', a.street).t(oneLine ? ', ' : '\n').p('LOCATION', a.city).t(`, ${a.state} `).p('LOCATION', a.zip);
}

/** Write "label value" where only the value is PHI. @example writeLabelled(b, 'MRN: ', 'MRN', '00123456') */
export function writeLabelled(b: TextBuilder, label: string, cat: Parameters<TextBuilder['p']>[0], value: string): void {
  b.t(label).p(cat, value);
}

/** Write a phone with an optional extension (the extension is part of the span). @example writePhone(b, rng, '(617) 555-0142') */
export function writePhone(b: TextBuilder, rng: Rng, phone: string, allowExt = true): void {
  const ext = allowExt && rng.chance(0.2) ? `${rng.pick([' ext. ', ' x', ' ext '])}${rng.int(2, 4999)}` : '';
  b.p('PHONE', `${phone}${ext}`);
}
