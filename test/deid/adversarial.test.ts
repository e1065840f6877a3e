import { describe, expect, it } from 'vitest';
import { createDeidentifier, deidentify, findPhi } from '../../sdk/deid/index.js';

describe('adversarial input', () => {
  it('empty and whitespace-only texts', () => {
    expect(deidentify('')).toEqual({ text: '', spans: [] });
    expect(deidentify('  \n\t ')).toEqual({ text: '  \n\t ', spans: [] });
  });
  it('PHI at the very start and end of the text, and touching punctuation', () => {
    const t = '03/14/2021,(617) 555-0134;jo@x.org.';
    expect(deidentify(t).text).toBe('[DATE],[PHONE];[EMAIL].');
    expect(deidentify('Dr. Quixby').text).toBe('Dr. [NAME]');
    expect(deidentify('"Mr. Quixby",\n(SSN 123-45-6789)').text).toBe('"Mr. [NAME]",\n(SSN [SSN])');
  });
  it('binary junk, control characters and lone surrogates do not throw and keep length sane', () => {
    let junk = '';
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    junk += '\uD800 lone \uDC00 MRN: 12345678 \u0000\u0007';
    const r = deidentify(junk);
    expect(r.text).toContain('MRN: [MRN]');
    for (const s of r.spans) expect(s.end).toBeLessThanOrEqual(r.text.length);
    expect(() => deidentify('\uFFFF\uFFFE\uD83D', { mode: 'surrogate', seed: 1 })).not.toThrow();
  });
  it('very long text (~1 MB) is processed and every planted identifier is found', () => {
    const para = 'Routine follow-up. Metoprolol 25 mg daily. Na 139, K 4.1. No acute distress noted today. ';
    const parts: string[] = [];
    for (let i = 0; i < 12000; i++) parts.push(i % 1000 === 0 ? `${para}Call 617-555-${String(1000 + i).slice(-4)}. ` : para);
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(1_000_000);
    const spans = findPhi(text);
    expect(spans.filter((s) => s.category === 'PHONE')).toHaveLength(12);
    expect(spans).toHaveLength(12);
  });
  it('a non-string input gives a clear error without echoing the value', () => {
    const d = createDeidentifier();
    expect(() => d.process({ secret: 'Quixby' } as unknown as string)).toThrow(/expects a string, got object/);
    try {
      d.process({ secret: 'Quixby' } as unknown as string);
    } catch (e) {
      expect((e as Error).message).not.toContain('Quixby');
    }
  });
  it('an unparseable date-like span still gets a surrogate of the same shape', () => {
    const r = deidentify('DOB: 02/30/1950 00:00', { mode: 'surrogate', seed: 2 });
    expect(r.text).not.toContain('02/30/1950');
  });
});
