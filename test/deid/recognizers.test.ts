import { describe, expect, it } from 'vitest';
import { findPhi } from '../../sdk/deid/index.js';
import type { PhiCategory } from '../../sdk/deid/categories.js';

/** "category:text" for every span, in order. */
function found(text: string): string[] {
  return findPhi(text).map((s) => `${s.category}:${text.slice(s.start, s.end)}`);
}

describe('each PHI category is recognized', () => {
  const cases: [PhiCategory, string, string][] = [
    ['NAME', 'Seen by Dr. Zorblatt Quixby today.', 'Zorblatt Quixby'],
    ['LOCATION', 'Lives at 42 Elm Street, Apt 3B.', '42 Elm Street, Apt 3B'],
    ['LOCATION', 'Mailing address PO Box 1234.', 'PO Box 1234'],
    ['LOCATION', 'Transferred from Mercy General Hospital.', 'Mercy General Hospital'],
    ['LOCATION', 'Home: Springfield, IL 62704', 'Springfield'],
    ['LOCATION', 'Home: Springfield, IL 62704', '62704'],
    ['DATE', 'DOB: 03/14/1950', '03/14/1950'],
    ['AGE', 'A 94-year-old man.', '94'],
    ['PHONE', 'Call (617) 555-0134 x22.', '(617) 555-0134 x22'],
    ['PHONE', 'Reach her on +44 20 7946 0958.', '+44 20 7946 0958'],
    ['PHONE', 'pager 4521 for questions', '4521'],
    ['FAX', 'Fax: 617.555.0199', '617.555.0199'],
    ['EMAIL', 'mail j.doe@example.org now', 'j.doe@example.org'],
    ['SSN', 'SSN 123-45-6789.', '123-45-6789'],
    ['MRN', 'MRN: 00482913', '00482913'],
    ['HEALTH_PLAN', 'Member ID: XYZ123456789', 'XYZ123456789'],
    ['ACCOUNT', 'Acct # 12-3456-78', '12-3456-78'],
    ['LICENSE', 'DEA AB1234563 on file', 'AB1234563'],
    ['LICENSE', "Driver's license D1234567", 'D1234567'],
    ['VEHICLE', 'VIN 1M8GDM9AXKP042788', '1M8GDM9AXKP042788'],
    ['VEHICLE', 'License plate 7ABC123 noted', '7ABC123'],
    ['DEVICE', 'Serial no. PM-99812A implanted', 'PM-99812A'],
    ['URL', 'see https://portal.example.org/pt/12.', 'https://portal.example.org/pt/12'],
    ['IP', 'from 10.1.2.3 at login', '10.1.2.3'],
    ['IP', 'host fe80::1ff:fe23:4567:890a', 'fe80::1ff:fe23:4567:890a'],
    ['ID', 'Accession No: S21-04567', 'S21-04567'],
  ];
  for (const [category, text, value] of cases) {
    it(`${category}: ${value}`, () => {
      expect(found(text)).toContain(`${category}:${value}`);
    });
  }
});

describe('validation by checksum and issuance rules', () => {
  it('accepts a DEA number only with its check digit', () => {
    expect(found('AB1234563')).toEqual(['LICENSE:AB1234563']);
    // A wrong check digit is no DEA number, but a long code is still removed as a generic ID.
    expect(found('AB1234564')).toEqual(['ID:AB1234564']);
  });
  it('accepts an unlabelled VIN only with its check digit', () => {
    expect(found('1M8GDM9AXKP042788')).toEqual(['VEHICLE:1M8GDM9AXKP042788']);
    expect(found('1M8GDM9A1KP042788').filter((s) => s.startsWith('VEHICLE'))).toEqual([]);
  });
  it('rejects never-issued SSN areas without a label', () => {
    expect(found('ref 666-12-3456').filter((s) => s.startsWith('SSN'))).toEqual([]);
    expect(found('ref 123-45-6789')).toEqual(['SSN:123-45-6789']);
  });
});

describe('ages', () => {
  it('keeps ages up to 89 and finds ages over 89 in every phrasing', () => {
    expect(found('A 67-year-old man; his father is 89 years old.')).toEqual([]);
    for (const [t, v] of [
      ['aged 95', '95'],
      ['Age: 101', '101'],
      ['93 y/o female', '93'],
      ['So you are 98 now?', '98'],
      ['Age/Sex: 102 F', '102'],
    ]) {
      expect(found(t)).toContain(`AGE:${v}`);
    }
  });
});

describe('clinical language stays intact', () => {
  it.each([
    "History of Parkinson's disease and Crohn's disease.",
    'Babinski sign negative. Whipple procedure in 2019. Glasgow Coma Scale 15.',
    "Cushing's syndrome excluded; Hodgkin lymphoma in remission. Jones fracture of the fifth metatarsal.",
    'Metoprolol 25 mg twice daily, atorvastatin 40mg, Lasix 20 mg.',
    'Na 139, K 4.1, Hb 12.2 g/dL (12.0-16.0), INR 1.1, BP 128/76, pain 3/10, power 4/5, take 1/2 tab.',
    'MI in 2015. Texas resident. ICD-10 K50.90. Gleason 3+4.',
    'There is hope it settles. Pt will return. Will grant a voucher. Black stools. Worst at dawn.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('layouts found in fresh text', () => {
  it('keeps a weekday with its date and shifts both', () => {
    expect(found('Follow up on Tuesday, May 9.')).toEqual(['DATE:Tuesday, May 9']);
  });
  it('takes the value after "serial number", not the word "number"', () => {
    expect(found('device serial number RXA552019Q; battery ok')).toEqual(['DEVICE:RXA552019Q']);
  });
  it('reads sign-off initials after a sentence and lower-case words after a bare title as no name', () => {
    expect(found('Advised ED evaluation. -- KTL, RN')).toEqual(['NAME:KTL']);
    expect(found('Call the 24h nurse line if worse.')).toEqual([]);
  });
  it('finds place names by their shape after a cue', () => {
    expect(found('She lives alone in Millbrook.')).toEqual(['LOCATION:Millbrook']);
  });
});

describe('labelled values that look like other things', () => {
  it('a dashed MRN after its label is an MRN, not an international phone number', () => {
    expect(found('Prior MRN 0041-77263.')).toEqual(['MRN:0041-77263']);
  });
  it('"member" alone labels a health-plan id', () => {
    expect(found('group number GRP-00412, member EBH2201874301.')).toEqual(['HEALTH_PLAN:GRP-00412', 'HEALTH_PLAN:EBH2201874301']);
  });
});
