import { describe, expect, it } from 'vitest';
import { createDeidentifier, deidentify, findPhi, patientShiftDays } from '../../sdk/deid/index.js';
import { parseDate, shiftDateText } from '../../sdk/deid/date-format.js';

const NOTE = 'Seen by Dr. Ana Quixby on 03/14/2021. Call (617) 555-0134. MRN: 00482913.';

describe('modes', () => {
  it('mask replaces each span with [CATEGORY] and returns offsets into the new text', () => {
    const r = deidentify(NOTE, { mode: 'mask' });
    expect(r.text).toBe('Seen by Dr. [NAME] on [DATE]. Call [PHONE]. MRN: [MRN].');
    for (const s of r.spans) expect(r.text.slice(s.start, s.end)).toBe(`[${s.category}]`);
  });
  it('tag wraps the original text; spans cover the inner text', () => {
    const r = deidentify(NOTE, { mode: 'tag' });
    expect(r.text).toContain('<NAME>Ana Quixby</NAME>');
    expect(r.spans.map((s) => r.text.slice(s.start, s.end))).toEqual(['Ana Quixby', '03/14/2021', '(617) 555-0134', '00482913']);
  });
  it('surrogate writes realistic, format-preserving fakes and no original value', () => {
    const r = deidentify(NOTE, { mode: 'surrogate', seed: 3 });
    for (const v of ['Quixby', '03/14/2021', '555-0134', '00482913']) expect(r.text).not.toContain(v);
    const [name, date, phone, mrn] = r.spans.map((s) => r.text.slice(s.start, s.end));
    expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z'-]+$/);
    expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(phone).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
    expect(mrn).toMatch(/^\d{8}$/);
  });
  it('ages over 89 become 90+ in surrogate mode', () => {
    expect(deidentify('A 94-year-old man.', { mode: 'surrogate', seed: 1 }).text).toBe('A 90+-year-old man.');
  });
});

describe('surrogate consistency and date shifting', () => {
  it('maps the same person to the same fake across a patient’s records, in any form', () => {
    const d = createDeidentifier({ mode: 'surrogate', seed: 'k' });
    const a = d.process('Patient: Hope Quixby. Ms. Quixby was seen.', { patientId: 'p1' });
    const b = d.process('QUIXBY, HOPE returned.', { patientId: 'p1' });
    const surname = a.text.match(/Ms\. (\S+) was/)![1];
    expect(a.text).toContain(`Patient: ${a.text.match(/Patient: (\S+) /)![1]} ${surname}.`);
    expect(b.text).toContain(surname.toUpperCase());
    // Another patient gets another fake.
    const c = d.process('Patient: Hope Quixby.', { patientId: 'p2' });
    expect(c.text).not.toBe(a.text.slice(0, c.text.length));
  });
  it('shifts every date of a patient by one offset in the configured range, keeping format and intervals', () => {
    const range = { min: -100, max: -20 };
    const d = createDeidentifier({ mode: 'surrogate', seed: 11, dateShiftDays: range });
    const texts = ['Admitted 03/14/2021.', 'Discharged March 18th, 2021.', 'Follow-up 2021-04-01T09:30.', 'Seen 14.03.2021.'];
    const out = texts.map((t) => d.process(t, { patientId: 'pt-9' }));
    const day = (s: string) => {
      const p = parseDate(s)!.date;
      return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
    };
    const orig = texts.map((t, i) => day(t.slice(findPhi(t)[0].start, findPhi(t)[0].end)) + 0 * i);
    const shifted = out.map((r) => day(r.text.slice(r.spans[0].start, r.spans[0].end)));
    const offset = shifted[0] - orig[0];
    expect(offset).toBe(patientShiftDays(11, 'pt-9', range));
    expect(offset).toBeGreaterThanOrEqual(range.min);
    expect(offset).toBeLessThanOrEqual(range.max);
    for (let i = 0; i < texts.length; i++) expect(shifted[i] - orig[i]).toBe(offset);
    expect(out[1].text).toMatch(/^Discharged [A-Z][a-z]+ \d{1,2}(st|nd|rd|th), 2021\.$|^Discharged [A-Z][a-z]+ \d{1,2}(st|nd|rd|th), 2020\.$/);
    expect(out[2].text).toMatch(/^Follow-up \d{4}-\d{2}-\d{2}T09:30\.$/);
  });
  it('writes shifted dates in the same format', () => {
    expect(shiftDateText('14-Mar-2021', -20)).toBe('22-Feb-2021');
    expect(shiftDateText('14-MAR-2021', 1)).toBe('15-MAR-2021');
    expect(shiftDateText('3/14/21', 1)).toBe('3/15/21');
    expect(shiftDateText('the 14th', 2)).toBe('the 16th');
    expect(shiftDateText('Feb 2', -3)).toBe('Jan 30');
    expect(shiftDateText('October', 31)).toBe('November');
    expect(shiftDateText('not a date', 3)).toBeNull();
  });
});

describe('options', () => {
  it('rejects unknown keys and bad values, naming them', () => {
    expect(() => createDeidentifier({ mode: 'blur' } as never)).toThrow(/mode/);
    expect(() => createDeidentifier({ colour: 'red' } as never)).toThrow(/colour/);
    expect(() => createDeidentifier({ dateShiftDays: { min: 5, max: 1 } })).toThrow(/min/);
  });
  it('limits output to chosen categories', () => {
    expect(deidentify(NOTE, { categories: ['PHONE'] }).text).toBe('Seen by Dr. Ana Quixby on 03/14/2021. Call [PHONE]. MRN: 00482913.');
  });
  it('honours allow and deny lists', () => {
    expect(deidentify('Seen at Mercy General Hospital.', { allowList: ['Mercy General Hospital'] }).text).toBe('Seen at Mercy General Hospital.');
    expect(deidentify('Ward 7B at Oakhaven annex, site code QX7.', { denyList: ['Oakhaven', { text: 'QX7', category: 'ID' }] }).text).toBe(
      'Ward 7B at [LOCATION] annex, site code [ID].',
    );
  });
});

describe('report', () => {
  it('counts spans per category and never holds PHI', () => {
    const d = createDeidentifier();
    d.process(NOTE);
    d.process('SSN 123-45-6789');
    const r = d.report();
    expect(r.records).toBe(2);
    expect(r.counts).toMatchObject({ NAME: 1, DATE: 1, PHONE: 1, MRN: 1, SSN: 1, EMAIL: 0 });
    const json = JSON.stringify(r);
    for (const v of ['Quixby', '03/14/2021', '555-0134', '00482913', '123-45-6789']) expect(json).not.toContain(v);
  });
  it('error messages never contain the text', () => {
    const d = createDeidentifier();
    let message = '';
    try {
      d.process(42 as unknown as string);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/expects a string/);
  });
});

describe('weekday dates', () => {
  it('writes the weekday of the shifted date', () => {
    expect(shiftDateText('Tuesday, March 14, 2023', 1)).toBe('Wednesday, March 15, 2023');
    expect(shiftDateText('Tue, Mar 14, 2023', 2)).toBe('Thu, Mar 16, 2023');
  });
});
