import { describe, expect, it } from 'vitest';
import { Dataset, type DataRecord } from '../../sdk/data/index.js';

const recs: DataRecord[] = [
  { kind: 'report', id: 'r1', patientId: 'p1', source: { file: 'm', format: 'reports' }, meta: { note_date: '03/14/2023' }, text: 'Patient John Smith, MRN 4829173, seen on 03/14/2023. Call 617-555-0199.' },
  { kind: 'dialogue', id: 'd1', source: { file: 'm', format: 'meddialog' }, meta: {}, turns: [{ speaker: 'patient', text: 'My email is john.smith@example.com' }, { speaker: 'doctor', text: 'Thanks.' }] },
];

describe('Dataset.deidentify', () => {
  const ds = Dataset.from(recs).deidentify({ mode: 'mask', seed: 'secret-seed', denyList: ['Smith'] });
  it('removes PHI from text fields, turns and meta strings', () => {
    const all = JSON.stringify(ds.records);
    for (const phi of ['John Smith', '4829173', '03/14/2023', '617-555-0199', 'john.smith@example.com']) expect(all).not.toContain(phi);
    expect((ds.records[1] as { turns: { text: string }[] }).turns[1].text).toBe('Thanks.');
  });
  it('stores counts by category only, and neither the seed nor deny-list terms in history', () => {
    const report = ds.deidReport!;
    expect(report.records).toBe(2);
    expect(report.counts.MRN).toBeGreaterThanOrEqual(1);
    expect(report.counts.EMAIL).toBe(1);
    expect(report.counts.PHONE).toBe(1);
    const hist = JSON.stringify(ds.history);
    expect(hist).not.toContain('secret-seed');
    expect(hist).not.toContain('Smith');
    expect(ds.history.at(-1)).toMatchObject({ step: 'deidentify', options: { mode: 'mask', seed: '[set]', denyList: '[1 terms]' } });
  });
});
