import { describe, expect, it, vi } from 'vitest';
import { barChart, dataset, Dataset, histogramChart, lengthStats, previewRows } from '../../sdk/data/index.js';

const F = 'test/fixtures/data';

describe('inspection', async () => {
  const ds = await dataset(`${F}/good`);
  it('stats: counts per kind/source and length distribution, tokens when asked', () => {
    const s = ds.stats({ tokenize: (t) => t.split(/\s+/).length });
    expect(s.records).toBe(17);
    expect(s.byKind).toEqual({ instruction: 2, dialogue: 2, mcq: 2, chat: 2, pubmedqa: 2, report: 7 });
    expect(s.bySource['reports.csv']).toBe(2);
    expect(s.chars.min).toBeLessThanOrEqual(s.chars.median);
    expect(s.chars.p90).toBeLessThanOrEqual(s.chars.max);
    expect(s.tokens!.max).toBeGreaterThan(0);
    expect(lengthStats([4, 1, 3, 2])).toEqual({ min: 1, median: 2, p90: 4, max: 4, mean: 2.5 });
  });
  it('preview rows are plain and cut to width', () => {
    const rows = ds.preview(3, 20);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0])).toEqual(['id', 'kind', 'task', 'patientId', 'source', 'chars', 'text']);
    expect(rows.every((r) => r.text.length <= 20)).toBe(true);
    expect(previewRows([])).toEqual([]);
  });
  it('toHTML escapes text; display falls back to a text table outside tslab', () => {
    const d = Dataset.from([{ kind: 'report', id: '<x>', source: { file: 'm', format: 'txt' }, meta: {}, text: '<script>alert(1)</script>' }]);
    const html = d.toHTML();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const table = vi.spyOn(console, 'table').mockImplementation(() => {});
    d.display();
    expect(table).toHaveBeenCalledTimes(1);
    table.mockRestore();
  });
  it('display(0) shows counts and steps with no record text and says so; a bad n is refused', () => {
    const html = ds.toHTML(0);
    expect(html).toContain('Record text not shown (display(0))');
    expect(html).not.toContain('(no rows)');
    expect(html).not.toContain(ds.records[0].id); // no preview row at all
    expect(ds.toHTML(2)).toContain('First 2 of 17 records');
    expect(Dataset.from([]).toHTML()).toContain('The dataset holds no records.');
    expect(() => ds.toHTML(-1)).toThrow(/n: found -1; expected an integer >= 0/);
    expect(() => ds.display(1.5)).toThrow(/n: found 1.5/);
  });
  it('toDataFrame gives one row per record', async () => {
    const df = await ds.toDataFrame();
    expect(df.shape).toEqual([17, 7]);
  });
  it('history lists each step with options and counts', () => {
    const h = ds.clean({ abbreviations: true }).sections().history;
    expect(h.map((s) => [s.step, s.input, s.output])).toEqual([['load', 17, 17], ['clean', 17, 17], ['sections', 17, 17]]);
    expect(h[1].options).toEqual({ abbreviations: true });
  });
  it('charts are small inline SVG: bars largest first with their counts, histograms on shared bins', () => {
    const bars = barChart({ a: 2, b: 5, 'c<d': 1 }, 'counts');
    expect(bars.startsWith('<svg')).toBe(true);
    expect(bars.length).toBeLessThan(10_000); // no plotly.js: notebooks stay small
    expect(/<script/.test(bars)).toBe(false); // renders offline with scripts disabled (VS Code, nbconvert)
    const titles = [...bars.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['b: 5', 'a: 2', 'c&lt;d: 1']);
    const hist = histogramChart({ train: [1, 2, 3, 10], test: [10] }, 'lengths');
    expect(hist).toContain('train (4)');
    expect(hist).toContain('test (1)');
    // 30 bins over [1, 10]: 1, 2 and 3 fall in separate bins, both 10s in the last one.
    expect([...hist.matchAll(/<title>(train|test): (\d+) in/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['train:1', 'train:1', 'train:1', 'train:1', 'test:1']);
  });
  it('a bad metadata sidecar names its line without quoting it', async () => {
    await expect(dataset(`${F}/folder`, { metadata: `${F}/bad-meta.jsonl` })).rejects.toThrow(/bad-meta\.jsonl:2: found malformed JSON/);
  });
});
