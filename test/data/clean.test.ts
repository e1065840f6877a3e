import { describe, expect, it } from 'vitest';
import { cleanRecords, cleanText, Dataset, DEFAULT_ABBREVIATIONS, expandAbbreviations, findDuplicates, normalizeUnits, normalizeWhitespace, type DataRecord } from '../../sdk/data/index.js';

const rep = (id: string, text: string): DataRecord => ({ kind: 'report', id, source: { file: 'mem', format: 'txt' }, meta: {}, text });

describe('unit spacing', () => {
  const cases: [string, string][] = [
    ['Metformin 500mg', 'Metformin 500 mg'],
    ['Hb 10.2g/dL', 'Hb 10.2 g/dL'],
    ['glucose 7.2mmol/L', 'glucose 7.2 mmol/L'],
    ['5ml saline, 5mL water', '5 ml saline, 5 mL water'],
    ['BP 120/80mmHg', 'BP 120/80 mmHg'],
    ['WBC 4.5x10^9/L', 'WBC 4.5x10^9/L'],
    ['10 mg/dL', '10 mg/dL'],
    ['seen 12/03/2024', 'seen 12/03/2024'],
    ['MRN12345 rpt-0010mg T2DM A1c', 'MRN12345 rpt-0010mg T2DM A1c'],
    ['12mg4', '12mg4'],
  ];
  for (const [input, want] of cases) it(`${input} -> ${want}`, () => expect(normalizeUnits(input)).toBe(want));
  it('is idempotent', () => expect(normalizeUnits(normalizeUnits('500mg 7mmol/L'))).toBe('500 mg 7 mmol/L'));
});

describe('whitespace and unicode', () => {
  it('collapses spaces, NBSP, zero-width and CRLF, keeps paragraph breaks', () => {
    expect(normalizeWhitespace('a \u00a0 b\u200b\r\n\r\n\r\nc  \n d')).toBe('a b\n\nc\nd');
  });
  it('NFC composes accents; NFKC is opt-in because it rewrites superscripts', () => {
    expect(cleanText('cafe\u0301')).toBe('caf\u00e9');
    expect(cleanText('10⁹/L')).toBe('10⁹/L');
    expect(cleanText('10⁹/L', { unicode: 'NFKC' })).toBe('109/L');
  });
});

describe('abbreviations', () => {
  it('are off by default', () => expect(cleanText('Pt with HTN')).toBe('Pt with HTN'));
  it('expand with the default dictionary, keeping a leading capital, at token boundaries', () => {
    expect(expandAbbreviations('Pt with HTN, SOB and DM2 on metformin b.i.d. prn; chapter hx.', DEFAULT_ABBREVIATIONS))
      .toBe('Patient with hypertension, shortness of breath and type 2 diabetes mellitus on metformin twice daily as needed; chapter history.');
    expect(expandAbbreviations('SOBER apt bidding', DEFAULT_ABBREVIATIONS)).toBe('SOBER apt bidding');
  });
  it('take a custom dictionary and removals', () => {
    expect(cleanText('pt on ASA', { abbreviations: { ASA: 'aspirin', pt: '' } })).toBe('pt on aspirin');
  });
});

describe('dedup', () => {
  const base = 'Chest radiograph shows clear lungs with no focal consolidation pleural effusion or pneumothorax and the cardiomediastinal silhouette is within normal limits for age. The bones and soft tissues are unremarkable and there is no free air under the diaphragm on the upright view today';
  it('removes exact (after normalisation) and near duplicates with ids, reasons and counts', () => {
    const recs = [
      rep('a', base),
      rep('b', `${base.toUpperCase()}.`),
      rep('c', base.replace('for age', 'for the age')),
      rep('d', 'Left knee effusion with a joint body; suggest MRI and orthopaedic follow up within two weeks of injury'),
      rep('e', '   '),
    ];
    const { records, report } = cleanRecords(recs);
    expect(records.map((r) => r.id)).toEqual(['a', 'd']);
    expect(report.counts).toEqual({ exact: 1, near: 1, empty: 1 });
    expect(report.removed).toContainEqual({ id: 'b', duplicateOf: 'a', reason: 'exact', similarity: 1 });
    const near = report.removed.find((r) => r.id === 'c') as { duplicateOf: string; similarity: number };
    expect(near.duplicateOf).toBe('a');
    expect(near.similarity).toBeGreaterThanOrEqual(0.8);
    expect(report.input).toBe(report.output + report.removed.length);
  });
  it('keeps different texts and is deterministic for a seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `x${i}`, text: `patient ${i} presented with problem number ${i * 7} treated with drug ${i * 13} and discharged day ${i}` }));
    const a = findDuplicates(items, { seed: 3 });
    const b = findDuplicates(items, { seed: 3 });
    expect(a.removed).toEqual(b.removed);
    expect(a.keep.size + a.removed.length).toBe(30);
  });
  it('a lower threshold removes more', () => {
    const t1 = 'the patient has mild anemia and fatigue with normal renal function and stable vitals today';
    const t2 = 'the patient has mild anemia and fatigue with normal liver function and stable vitals today';
    expect(findDuplicates([{ id: '1', text: t1 }, { id: '2', text: t2 }], { threshold: 0.95 }).removed).toHaveLength(0);
    expect(findDuplicates([{ id: '1', text: t1 }, { id: '2', text: t2 }], { threshold: 0.4 }).removed).toHaveLength(1);
  });
  it('Dataset.clean records the step with counts and cleans every text field', () => {
    const ds = Dataset.from([rep('a', 'Pt  given 5mg'), { kind: 'mcq', id: 'q', source: { file: 'm', format: 'medqa' }, meta: {}, question: 'Dose  10mg?', options: { A: '1mg', B: 'b', C: 'c', D: 'd' }, answer: 'A' }]);
    const c = ds.clean({ abbreviations: true });
    expect((c.records[0] as { text: string }).text).toBe('Patient given 5 mg');
    expect((c.records[1] as { options: { A: string } }).options.A).toBe('1 mg');
    expect(c.history.at(-1)).toMatchObject({ step: 'clean', input: 2, output: 2, details: { modified: 2 } });
    expect(ds.records[0]).toMatchObject({ text: 'Pt  given 5mg' }); // immutable
  });
});
