import { describe, expect, it } from 'vitest';
import { dataset } from '../../sdk/data/index.js';

// The shipped synthetic corpus (data/corpus, written by scripts/corpus) marks its planted
// duplicates with `duplicateOf`; the cleaner must find exactly those.
const corpus = 'data/corpus/reports.jsonl';

describe('shipped corpus', () => {
  it('loads every report with a patient id and finds exactly the planted duplicates', async () => {
    const ds = await dataset(corpus);
    expect(ds.skipped).toEqual([]);
    expect(ds.records.every((r) => r.patientId)).toBe(true);
    const planted = ds.records.filter((r) => r.meta.duplicateOf).map((r) => [r.id, r.meta.duplicateOf]);
    expect(planted.length).toBeGreaterThan(0);
    const removed = (ds.clean().lastReport('clean') as { removed: { id: string; duplicateOf: string }[] }).removed;
    expect(removed.map((r) => [r.id, r.duplicateOf]).sort()).toEqual(planted.sort());
  });

  it('the .txt folder gives the same texts as the JSONL', async () => {
    const folder = await dataset('data/corpus/reports', { metadata: corpus });
    const jsonl = await dataset(corpus);
    expect(folder.size).toBe(jsonl.size);
    const byId = new Map(jsonl.records.map((r) => [r.id, r]));
    for (const r of folder.records.slice(0, 50)) {
      expect((r as { text: string }).text).toBe((byId.get(r.id) as { text: string }).text);
      expect(r.patientId).toBe(byId.get(r.id)!.patientId);
    }
  });

  it('every sample file loads in its format', async () => {
    const ds = await dataset('data/samples', { onInvalid: 'skip' });
    expect(ds.skipped.filter((s) => !s.file.endsWith('.md'))).toEqual([]);
    expect(Object.keys(ds.stats().byFormat).sort()).toEqual(['alpaca', 'meddialog', 'medqa', 'messages', 'pdf', 'pubmedqa', 'reports', 'sharegpt']);
  });
});
