import { describe, expect, it } from 'vitest';
import { allocate, Dataset, mix, splitRecords, type DataRecord } from '../../sdk/data/index.js';

function instr(n: number, prefix: string, task = prefix, patients = 0): DataRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'instruction' as const, id: `${prefix}${i}`, source: { file: `${prefix}.jsonl`, line: i + 1, format: 'alpaca' }, meta: {},
    ...(patients ? { patientId: `pt${i % patients}` } : {}), task, instruction: `do ${i}`, input: '', output: `out ${i}`,
  }));
}

describe('mix', () => {
  const a = Dataset.from(instr(300, 'a'));
  const b = Dataset.from(instr(1000, 'b'));
  it('hits the requested proportions exactly and in every prefix approximately', () => {
    const m = mix({ a, b }, { a: 0.3, b: 0.7 }, { seed: 1, size: 1000 });
    const src = m.records.map((r) => r.meta.mixSource);
    expect(src.filter((s) => s === 'a')).toHaveLength(300);
    expect(src.filter((s) => s === 'b')).toHaveLength(700);
    const head = src.slice(0, 200).filter((s) => s === 'a').length / 200;
    expect(Math.abs(head - 0.3)).toBeLessThan(0.1);
    expect(new Set(m.records.map((r) => r.id)).size).toBe(1000);
  });
  it('defaults to the largest size without repeats, is seeded, and upsamples only when asked', () => {
    const m = mix({ a, b }, { a: 0.5, b: 0.5 });
    expect(m.size).toBe(600);
    expect(mix({ a, b }, { a: 1, b: 1 }, { seed: 5 }).records.map((r) => r.id)).toEqual(mix({ a, b }, { a: 1, b: 1 }, { seed: 5 }).records.map((r) => r.id));
    expect(mix({ a, b }, { a: 1, b: 1 }, { seed: 5 }).records.map((r) => r.id)).not.toEqual(mix({ a, b }, { a: 1, b: 1 }, { seed: 6 }).records.map((r) => r.id));
    expect(() => mix({ a, b }, { a: 0.5, b: 0.5 }, { size: 1000 })).toThrow(/'a' needs 500 records .* has 300/);
    const up = mix({ a, b }, { a: 0.5, b: 0.5 }, { size: 1000, upsample: true });
    expect(up.records.filter((r) => r.meta.mixSource === 'a')).toHaveLength(500);
    expect(new Set(up.records.map((r) => r.id)).size).toBe(1000);
    expect(up.history[0]).toMatchObject({ step: 'mix', details: { counts: { a: 500, b: 500 } } });
  });
  it('names mismatched weights', () => {
    expect(() => mix({ a }, { a: 1, c: 1 })).toThrow(/no dataset named 'c'/);
    expect(allocate(10, { x: 1, y: 1, z: 1 })).toEqual({ x: 4, y: 3, z: 3 });
  });
});

describe('split', () => {
  const recs = [...instr(400, 'p', 'p', 37), ...instr(200, 'q', 'q', 0)];
  it('is deterministic for a seed and different across seeds', () => {
    const ids = (s: number) => splitRecords(recs, { seed: s }).test.map((r) => r.id);
    expect(ids(1)).toEqual(ids(1));
    expect(ids(1)).not.toEqual(ids(2));
  });
  it('covers every record once with sizes near the fractions', () => {
    const s = splitRecords(recs, { train: 0.8, val: 0.1, test: 0.1, seed: 3 });
    const all = [...s.train, ...s.val, ...s.test].map((r) => r.id);
    expect(all.length).toBe(600);
    expect(new Set(all).size).toBe(600);
    expect(Math.abs(s.train.length / 600 - 0.8)).toBeLessThan(0.05);
  });
  it('never puts a patient in two splits (groupBy patientId by default)', () => {
    const s = splitRecords(recs, { seed: 9 });
    const where = new Map<string, string>();
    for (const name of ['train', 'val', 'test'] as const) {
      for (const r of s[name]) {
        if (!r.patientId) continue;
        expect(where.get(r.patientId) ?? name, r.patientId).toBe(name);
        where.set(r.patientId, name);
      }
    }
    expect(new Set(where.values()).size).toBe(3);
  });
  it('without grouping the same data does leak patients (the test can fail)', () => {
    const s = splitRecords(recs, { seed: 9, groupBy: 'id' });
    const trainPts = new Set(s.train.map((r) => r.patientId).filter(Boolean));
    expect(s.test.some((r) => r.patientId && trainPts.has(r.patientId))).toBe(true);
  });
  it('stratifyBy keeps task proportions in each split', () => {
    const mixed = [...instr(450, 'x', 'mcq'), ...instr(150, 'y', 'dialogue')];
    const s = splitRecords(mixed, { seed: 4, stratifyBy: 'task' });
    for (const name of ['train', 'val', 'test'] as const) {
      const share = s[name].filter((r) => (r as { task: string }).task === 'dialogue').length / s[name].length;
      expect(Math.abs(share - 0.25), name).toBeLessThan(0.03);
    }
  });
  it('rejects fractions that do not sum to 1', () => {
    expect(() => splitRecords(recs, { train: 0.8, val: 0.3, test: 0.1 })).toThrow(/sum to 1/);
  });
  it('Dataset.split returns a SplitDataset with stats and training data', () => {
    const sp = Dataset.from(recs).split({ seed: 2 });
    const st = sp.stats();
    expect(st.train.records + st.val.records + st.test.records).toBe(600);
    const td = sp.toTrainingData();
    expect(td.train.length).toBe(st.train.records);
    expect(sp.overlap()).toEqual([]);
    expect(Dataset.from(recs).split({ seed: 2, groupBy: 'id' }).overlap().length).toBeGreaterThan(0);
    expect(sp.history.at(-1)).toMatchObject({ step: 'split', details: { counts: { train: st.train.records } } });
  });
});
