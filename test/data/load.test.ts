import { describe, expect, it } from 'vitest';
import { DataError, dataset } from '../../sdk/data/index.js';

const F = 'test/fixtures/data';

describe('loaders', () => {
  it('loads reports JSONL with ids, lines, patient ids and meta', async () => {
    const ds = await dataset(`${F}/good/reports.jsonl`);
    expect(ds.size).toBe(4);
    const r = ds.records[0];
    expect(r).toMatchObject({ kind: 'report', id: 'r1', patientId: 'p1', reportType: 'discharge_summary', source: { file: `${F}/good/reports.jsonl`, line: 1, format: 'reports' } });
    expect(r.meta.phiAnnotations).toBe(1);
    // the blank line 4 carries no record; r4 is on line 5
    expect(ds.records[3].source.line).toBe(5);
  });

  it('loads MedQA with options A-E and the answer letter', async () => {
    const ds = await dataset(`${F}/good/medqa.jsonl`);
    expect(ds.records.map((r) => r.kind)).toEqual(['mcq', 'mcq']);
    const [a, b] = ds.records as Extract<(typeof ds.records)[number], { kind: 'mcq' }>[];
    expect(a.options.E).toBe('Anemia');
    expect(a.answer).toBe('A');
    expect(a.meta.meta_info).toBe('step1');
    expect(b.options.E).toBeUndefined();
    expect(b.explanation).toMatch(/Thiazides/);
  });

  it('loads PubMedQA keyed by id', async () => {
    const ds = await dataset(`${F}/good/pubmedqa.json`);
    expect(ds.records.map((r) => r.id)).toEqual(['1001', '1002']);
    expect(ds.records.map((r) => r.source.line)).toEqual([1, 2]);
    expect(ds.records[0]).toMatchObject({ kind: 'pubmedqa', decision: 'yes', contexts: ['Trial of 200 adults.', 'Exercise 30 minutes daily.'] });
  });

  it('loads MedDialog turns, Alpaca, ShareGPT and messages', async () => {
    const d = await dataset(`${F}/good/meddialog.jsonl`);
    expect(d.records[0]).toMatchObject({ kind: 'dialogue', turns: [{ speaker: 'patient' }, { speaker: 'doctor', text: 'Any fever?' }, { speaker: 'patient' }, { speaker: 'doctor' }] });
    const a = await dataset(`${F}/good/alpaca.json`);
    expect(a.records[1]).toMatchObject({ kind: 'instruction', id: 'alpaca:1', task: 'alpaca', input: 'COPD', source: { format: 'alpaca' } });
    const s = await dataset(`${F}/good/sharegpt.jsonl`);
    expect(s.records[0]).toMatchObject({ kind: 'chat', messages: [{ role: 'system' }, { role: 'user' }, { role: 'assistant' }] });
    const m = await dataset(`${F}/good/messages.jsonl`);
    expect(m.records[0]).toMatchObject({ kind: 'chat', id: 'messages:1' });
  });

  it('loads RFC 4180 CSV with quotes, escaped quotes, CRLF and multi-line fields', async () => {
    const ds = await dataset(`${F}/good/reports.csv`);
    expect(ds.records.map((r) => [r.id, r.patientId, r.source.line])).toEqual([['n1', 'p9', 2], ['n2', 'p9', 4]]);
    const [a, b] = ds.records as Extract<(typeof ds.records)[number], { kind: 'report' }>[];
    expect(a.text).toBe('Chief complaint: chest pain.\r\nPlan: ECG, troponin.');
    expect(a.reportType).toBe('ed_note');
    expect(b.text).toBe('He said "fine", then left.');
  });

  it('maps CSV columns explicitly and names a missing mapped column', async () => {
    const ds = await dataset(`${F}/good/reports.csv`, { columns: { text: 'note_text', id: 'note_id', patientId: 'patient_id', reportType: 'note_type' } });
    expect(ds.size).toBe(2);
    await expect(dataset(`${F}/good/reports.csv`, { columns: { text: 'body' } })).rejects.toThrow(/reports\.csv:1: field 'body': found no column 'body'/);
  });

  it('loads PDF text via pdf-parse', async () => {
    const ds = await dataset(`${F}/good/scan.pdf`);
    expect(ds.records[0]).toMatchObject({ kind: 'report', id: 'scan', source: { format: 'pdf' } });
    expect((ds.records[0] as { text: string }).text).toContain('IMPRESSION: Follow-up CT in 6 months.');
  });

  it('loads a folder of .txt reports with a metadata sidecar and lists non-data files', async () => {
    const ds = await dataset(`${F}/folder`, { metadata: `${F}/folder-meta.jsonl` });
    expect(ds.records.map((r) => [r.id, r.patientId])).toEqual([['a1', 'p5'], ['a2', 'p6']]);
    expect((ds.records[0] as { reportType?: string }).reportType).toBe('radiology');
    expect(ds.skipped).toHaveLength(1);
    expect(ds.skipped[0].file).toMatch(/README\.md$/);
  });

  it('takes patient ids from a function', async () => {
    const ds = await dataset(`${F}/folder`, { patientIdFrom: (file) => `pt-${file.slice(-6, -4)}` });
    expect(ds.records.map((r) => r.patientId)).toEqual(['pt-a1', 'pt-a2']);
  });

  it('loads a folder of mixed formats and an array of sources', async () => {
    const ds = await dataset(`${F}/good`);
    expect(ds.stats().byFormat).toEqual({ alpaca: 2, meddialog: 2, medqa: 2, messages: 1, pubmedqa: 2, reports: 6, pdf: 1, sharegpt: 1 });
    const two = await dataset([`${F}/good/medqa.jsonl`, `${F}/good/alpaca.json`]);
    expect(two.size).toBe(4);
  });

  it('honours options.format and rejects unknown option keys', async () => {
    await expect(dataset(`${F}/good/medqa.jsonl`, { format: 'alpaca' })).rejects.toThrow(/medqa\.jsonl:1: field 'instruction': found missing, expected string/);
    await expect(dataset(`${F}/good/medqa.jsonl`, { fromat: 'x' } as never)).rejects.toThrow(/fromat/);
  });
});

const BAD: [string, RegExp, Partial<DataError['problem']>][] = [
  ['malformed.jsonl', /malformed\.jsonl:2: found malformed JSON at character \d+, expected one JSON object per line/, { line: 2 }],
  ['wrongtype.jsonl', /wrongtype\.jsonl:2: field 'text': found number, expected string/, { line: 2, field: 'text' }],
  ['missing-field.jsonl', /missing-field\.jsonl:1: field 'options\.D': found missing, expected string/, { line: 1, field: 'options.D' }],
  ['empty.jsonl', /empty\.jsonl: found an empty file, expected at least one record/, {}],
  ['missing-column.csv', /missing-column\.csv:1: field 'text': found no text column in header \(id, patient_id\)/, { line: 1, field: 'text' }],
  ['unterminated.csv', /unterminated\.csv:2: field 'column 2': found a quoted field never closed/, { line: 2 }],
  ['ragged.csv', /ragged\.csv:3: found 3 fields, expected 2 fields/, { line: 3 }],
  ['broken.pdf', /broken\.pdf: found an unreadable PDF \(InvalidPDFException/, {}],
  ['latin1.jsonl', /latin1\.jsonl:2: found invalid UTF-8 byte 0xe9 at byte 22 of the line, expected UTF-8 text/, { line: 2 }],
  ['latin1.txt', /latin1\.txt:1: found invalid UTF-8 byte 0xe9 at byte 23 of the file/, { line: 1 }],
  ['alpaca-wrongtype.json', /alpaca-wrongtype\.json:3 \(record 1\): field 'output': found number, expected string/, { line: 3, record: '1', field: 'output' }],
  ['enum.jsonl', /enum\.jsonl:1: field 'final_decision': found a string outside that set, expected one of "yes", "no", "maybe"/, { field: 'final_decision' }],
];

describe('bad input', () => {
  for (const [file, re, problem] of BAD) {
    it(`${file}: error names file, line and field`, async () => {
      const err = await dataset(`${F}/bad/${file}`).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(DataError);
      expect((err as Error).message).toMatch(re);
      expect((err as DataError).problem).toMatchObject(problem);
    });
  }

  it('never quotes record text in errors (PHI)', async () => {
    const err = (await dataset(`${F}/bad/malformed.jsonl`).catch((e: Error) => e)) as Error;
    expect(err.message).not.toMatch(/Jane|Roe/);
    const enumErr = (await dataset(`${F}/bad/enum.jsonl`).catch((e: Error) => e)) as Error;
    expect(enumErr.message).not.toContain('perhaps');
  });

  it("onInvalid: 'skip' keeps good records and lists exactly what was skipped", async () => {
    const ds = await dataset([`${F}/bad/malformed.jsonl`, `${F}/bad/wrongtype.jsonl`], { onInvalid: 'skip' });
    // malformed: b1, b3 good (b2 bad); wrongtype: b1 repeats an id, b2 wrong type
    expect(ds.records.map((r) => r.id)).toEqual(['b1', 'b3']);
    expect(ds.skipped.map((s) => [s.file.split('/').pop(), s.line, s.field])).toEqual([
      ['malformed.jsonl', 2, undefined],
      ['wrongtype.jsonl', 2, 'text'],
      ['wrongtype.jsonl', 1, 'id'],
    ]);
    const load = ds.history[0];
    expect(load.input).toBe(load.output + ds.skipped.length);
  });

  it('skips every bad file in a folder with one entry each', async () => {
    const ds = await dataset(`${F}/bad`, { onInvalid: 'skip' });
    const byFile = new Map<string, number>();
    for (const s of ds.skipped) byFile.set(s.file.split('/').pop()!, (byFile.get(s.file.split('/').pop()!) ?? 0) + 1);
    for (const [file] of BAD) expect(byFile.get(file), file).toBeGreaterThanOrEqual(1);
    expect(ds.records.map((r) => r.id).sort()).toEqual(['1', 'alpaca-wrongtype:0', 'b1', 'b3', 'u1']); // '1' is ragged.csv's good row
  });
});
