import { describe, expect, it } from 'vitest';
import { findPhi } from '../../sdk/deid/index.js';
import { covered, touched } from './shape-helpers.js';

describe('international phone numbers', () => {
  const cases: [string, string][] = [
    ['Daughter: 07911 402 118 (mobile).', '07911 402 118'],
    ['Office\\,+447911 402 118-Fax', '+447911 402 118'],
    ['Reach the family on (21) 755-402 any time.', '(21) 755-402'],
    ['Please call me on 8841 2203 after six.', '8841 2203'],
    ['Ring us on (44) 2741-1190 tomorrow.', '(44) 2741-1190'],
    ['Home-Office\\,4409318822-Fax', '4409318822'],
    ['Clinic 2201 3390 mobile', '2201 3390'],
  ];
  for (const [text, part] of cases) it(`finds "${part}"`, () => expect(covered(text, part)).toBe(true));

  it('labels a number by the fax word glued after it', () => {
    const t = 'Tel-Office\\,6150443921-Fax';
    expect(findPhi(t).find((s) => t.slice(s.start, s.end) === '6150443921')?.category).toBe('FAX');
  });

  const negatives: [string, string][] = [
    ['Items: (3) 120-180 mL given.', '120-180'],
    ['Counts 1,200 300 cells.', '1,200 300'],
    ['Shift 0700 1900 today.', '0700 1900'],
    ['Platelets 9472 7916 x10^3?', '9472 7916'],
    ['(2) 400-600 mg twice.', '400-600'],
  ];
  for (const [text, part] of negatives) it(`leaves "${part}"`, () => expect(touched(text, part)).toEqual([]));
});
