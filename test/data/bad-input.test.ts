/**
 * Bad input through `medtune prepare` and the loaders (issue 14, section 1): oversized reports,
 * inputs where nothing is usable, and CSV quotes left open. Every case ends in an error that
 * names the file and line, says what was found and what was expected, and quotes no record text.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../sdk/cli/prepare.js';
import { DataError, dataset } from '../../sdk/data/index.js';
import { parseCsvTable } from '../../sdk/data/csv.js';
import { inProcess } from '../cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'medtune-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A marker that must never appear in an error message (it stands for a record's text).
const SECRET = 'Quixbyzzle';

/** One report of about `bytes` bytes with real sections, so only its size can be the problem. */
function bigReport(bytes: number): string {
  const unit = `The lungs are clear bilaterally and ${SECRET} has a heart of normal size. `;
  return `HISTORY: Cough for two weeks.\nFINDINGS: ${unit.repeat(Math.ceil(bytes / unit.length))}\nIMPRESSION: No acute disease.\n`;
}

describe('one oversized report through prepare', () => {
  const txt = join(dir, 'big.txt');
  // 2 MB: above the default 1 MB limit; the 50 MB report of the issue takes the same path (the
  // size is read from the file system before any byte is loaded).
  writeFileSync(txt, bigReport(2_000_000));

  for (const deid of [[], ['--deidentify']]) {
    it(`a .txt report above the default limit is a clear error, not 0 records ${deid.join(' ')}`, async () => {
      const out = join(dir, `o-txt${deid.length}`);
      const r = await inProcess(run, ['--in', txt, '--out', out, ...deid]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/big\.txt: found a report of 2,0\d\d,\d\d\d bytes, expected at most 1,000,000 bytes per report/);
      expect(r.stderr).toMatch(/--max-record-bytes/);
      expect(r.stderr).not.toContain(SECRET);
      expect(existsSync(join(out, 'train.jsonl'))).toBe(false);
    });
  }

  it('a JSONL line above --max-record-bytes names the line; with --skip-invalid it is listed and nothing is usable', async () => {
    const jsonl = join(dir, 'big.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ id: 'r1', patientId: 'p1', text: 'HISTORY: cough.\nFINDINGS: clear.\nIMPRESSION: normal.' })}\n${JSON.stringify({ id: 'r2', patientId: 'p2', text: bigReport(50_000) })}\n`);
    const strict = await inProcess(run, ['--in', jsonl, '--out', join(dir, 'o-jsonl'), '--max-record-bytes', '20000', '--deidentify']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/big\.jsonl:2: found a line of 50,\d\d\d bytes, expected at most 20,000 bytes per record/);
    expect(strict.stderr).not.toContain(SECRET);
    const skip = await inProcess(run, ['--in', jsonl, '--out', join(dir, 'o-jsonl2'), '--max-record-bytes', '20000', '--skip-invalid', '--split', '1,0,0']);
    expect(skip.code).toBe(0);
    expect(skip.stderr).toMatch(/loaded 1 records .*skipped 1/);
  });

  it('a report that gives no training example is an error naming why, never empty splits', async () => {
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, `Some words without any section header, about ${SECRET}.\n`);
    const out = join(dir, 'o-plain');
    const r = await inProcess(run, ['--in', plain, '--out', out, '--deidentify']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no usable records: 1 records loaded, 0 removed by clean, 0 instruction examples/);
    expect(r.stderr).toMatch(/summarize_findings: 1 records \(no findings section\)/);
    expect(r.stderr).not.toContain(SECRET);
    expect(existsSync(join(out, 'train.jsonl'))).toBe(false);
  });

  it('--max-record-bytes is validated', async () => {
    const r = await inProcess(run, ['--in', txt, '--out', join(dir, 'x'), '--max-record-bytes', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-record-bytes found '0', expected a positive integer/);
  });
});

describe('every record invalid with --skip-invalid', () => {
  const bad = join(dir, 'all-bad.jsonl');
  writeFileSync(bad, `{"id": "a", "text": "${SECRET}"\nnot json\n{"id": "c", "text": 5}\n`);

  it('prepare fails with "no usable records", the count skipped and why, and writes nothing', async () => {
    const out = join(dir, 'o-bad');
    const r = await inProcess(run, ['--in', bad, '--out', out, '--skip-invalid']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no usable records in .*all-bad\.jsonl: 3 skipped/);
    expect(r.stderr).toMatch(/2 × found malformed JSON/);
    expect(r.stderr).toMatch(/1 × field 'text': found number, expected string/);
    expect(r.stderr).not.toContain(SECRET);
    expect(existsSync(out)).toBe(false);
  });

  it('dataset() with onInvalid: skip throws the same error, listing what was skipped', async () => {
    const e = await dataset(bad, { onInvalid: 'skip' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toMatch(/no usable records/);
    expect((e as DataError & { skipped?: unknown[] }).skipped).toHaveLength(3);
  });
});

describe('CSV quote left open', () => {
  it('names the line where the quote opened, not the line where it happened to close', () => {
    const csv = 'id,text\n1,ok\n2,"left open\n3,"next"\n4,fine\n';
    expect(() => parseCsvTable(csv, { file: 'q.csv' })).toThrow(/^q\.csv:3: field 'column 2': found a quote opened on line 3 closed on line 4 and followed by text/);
  });

  it('through prepare as well', async () => {
    const f = join(dir, 'open.csv');
    writeFileSync(f, `id,text\n1,ok\n2,"left ${SECRET}\n3,"next"\n`);
    const r = await inProcess(run, ['--in', f, '--out', join(dir, 'o-csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/open\.csv:3: field 'column 2': found a quote opened on line 3/);
    expect(r.stderr).not.toContain(SECRET);
  });
});

describe('saving nothing', () => {
  it('splits.save() with every split empty is an error naming the steps, and writes nothing', async () => {
    const ds = await dataset('test/fixtures/data/good/reports.jsonl');
    const none = ds.toInstructions(['mcq']);
    expect(none.size).toBe(0);
    const out = join(dir, 'o-empty');
    await expect(none.split().save(out)).rejects.toThrow(/o-empty: no usable records to save \(train 0, val 0, test 0; records after each step: load 4 -> toInstructions 0/);
    expect(existsSync(out)).toBe(false);
  });
});
