import { describe, expect, it } from 'vitest';
import { deaCheckDigit, deaValid, luhnValid, npiValid, ssnValid, vinCheckChar, vinValid } from '../../sdk/deid/checksums.js';
import { DeidScorer } from '../../sdk/deid/index.js';

describe('checksums', () => {
  it('Luhn and NPI', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
  });
  it('DEA', () => {
    expect(deaCheckDigit('123456')).toBe(3);
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('AB1234560')).toBe(false);
  });
  it('VIN', () => {
    expect(vinCheckChar('1M8GDM9AXKP042788')).toBe('X');
    expect(vinValid('1HGCM82633A004352')).toBe(true);
    expect(vinValid('1HGCM82643A004352')).toBe(false);
    expect(vinValid('1HGCM8263IA004352')).toBe(false);
  });
  it('SSN issuance rules', () => {
    expect(ssnValid('123-45-6789')).toBe(true);
    for (const bad of ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000']) expect(ssnValid(bad)).toBe(false);
  });
});

describe('DeidScorer', () => {
  const text = 'Dr. Ana Ruiz on 03/14/2021 and MRN 12345.';
  const gold = [
    { category: 'NAME' as const, start: 4, end: 12 },
    { category: 'DATE' as const, start: 16, end: 26 },
    { category: 'MRN' as const, start: 35, end: 40 },
  ];
  it('counts a gold span found only when same-category predictions cover all its letters and digits', () => {
    const s = new DeidScorer();
    s.add('r', text, gold, [
      { category: 'NAME', start: 3, end: 12 }, // a leading space more is fine
      { category: 'DATE', start: 16, end: 21 }, // partial: missed
      { category: 'ID', start: 35, end: 40 }, // wrong category: missed, but redacted
      { category: 'NAME', start: 0, end: 2 }, // false positive
    ]);
    const r = s.summary();
    expect(r.perCategory.NAME).toMatchObject({ gold: 1, found: 1, predicted: 2, correct: 1 });
    expect(r.perCategory.DATE).toMatchObject({ found: 0, correct: 1 });
    expect(r.perCategory.MRN).toMatchObject({ found: 0, redacted: 1 });
    expect(r.overall.recall).toBeCloseTo(1 / 3);
    expect(r.overall.precision).toBeCloseTo(2 / 4);
    expect(s.misses.map((m) => m.category)).toEqual(['DATE', 'MRN']);
    // Misses are positions only: nothing from the text.
    expect(JSON.stringify(s.misses)).not.toContain('Ruiz');
  });
});
