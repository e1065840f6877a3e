import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin', 'medtune');
let dir = '';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'deidentify', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const RECORDS = [
  { id: 'r1', patientId: 'p1', reportType: 'lab', text: 'Seen by Dr. Ana Quixby on 03/14/2021.', extra: { keep: [1, 2] } },
  { id: 'r2', patientId: 'p1', reportType: 'lab', text: 'Mr. Quixby called 617-555-0134.' },
  { id: 'r3', patientId: 'p2', reportType: 'letter', text: 'No identifiers here.', score: 0.5 },
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deid-cli-'));
  writeFileSync(join(dir, 'in.jsonl'), `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
});

describe('medtune deidentify', () => {
  it('writes one line per record, in order, replacing only the text field', () => {
    const out = join(dir, 'out.jsonl');
    const r = cli('--in', join(dir, 'in.jsonl'), '--out', out, '--workers', '1');
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['r1', 'r2', 'r3']);
    expect(lines[0]).toEqual({ ...RECORDS[0], text: 'Seen by Dr. [NAME] on [DATE].' });
    expect(lines[2]).toEqual(RECORDS[2]);
    // Diagnostics go to stderr and never echo record text.
    expect(r.err).toMatch(/wrote 3 records/);
    expect(r.err).not.toContain('Quixby');
  });
  it('refuses to overwrite without --force, and replaces with it', () => {
    const out = join(dir, 'exists.jsonl');
    writeFileSync(out, 'keep me\n');
    const r = cli('--in', join(dir, 'in.jsonl'), '--out', out, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists; pass --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(cli('--in', join(dir, 'in.jsonl'), '--out', out, '--workers', '1', '--force').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('[NAME]');
  });
  it('names the line of malformed JSON and of a missing field, without echoing content', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(RECORDS[0])}\n{"id": "r2", "text": "Mr. Quixby secret\n`);
    const r = cli('--in', bad, '--out', join(dir, 'bad-out.jsonl'), '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:2: not valid JSON`);
    expect(r.err).not.toContain('Quixby');
    expect(existsSync(join(dir, 'bad-out.jsonl'))).toBe(false);
    const missing = join(dir, 'missing.jsonl');
    writeFileSync(missing, `${JSON.stringify(RECORDS[0])}\n${JSON.stringify({ id: 'r9', body: 'Dr. Quixby' })}\n`);
    const m = cli('--in', missing, '--out', join(dir, 'missing-out.jsonl'), '--workers', '1');
    expect(m.code).toBe(1);
    expect(m.err).toContain(`${missing}:2 (id r9): field 'text' is missing`);
    expect(m.err).not.toContain('Quixby');
  });
  it('--field picks another field; --mode surrogate with workers gives the same output as one thread', () => {
    const f = join(dir, 'body.jsonl');
    writeFileSync(f, `${JSON.stringify({ id: 'b1', body: 'Call 617-555-0134', text: 'untouched 617-555-0134' })}\n`);
    expect(cli('--in', f, '--out', join(dir, 'body-out.jsonl'), '--field', 'body', '--workers', '1').code).toBe(0);
    const line = JSON.parse(readFileSync(join(dir, 'body-out.jsonl'), 'utf8'));
    expect(line).toEqual({ id: 'b1', body: 'Call [PHONE]', text: 'untouched 617-555-0134' });
    // More than two 64-record batches, some without id or patientId, so both workers get records
    // and the id-less ones must still get the same surrogates as in one thread.
    const many = join(dir, 'many.jsonl');
    const noId = Array.from({ length: 150 }, (_, i) => ({ text: `Dr. Ana Quixby saw her on 03/${String((i % 28) + 1).padStart(2, '0')}/2021.` }));
    writeFileSync(many, `${[...RECORDS, ...noId].map((r) => JSON.stringify(r)).join('\n')}\n`);
    const a = cli('--in', many, '--out', join(dir, 's1.jsonl'), '--mode', 'surrogate', '--seed', '9', '--workers', '1');
    const b = cli('--in', many, '--out', join(dir, 's2.jsonl'), '--mode', 'surrogate', '--seed', '9', '--workers', '2');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(readFileSync(join(dir, 's2.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 's1.jsonl'), 'utf8'));
    expect(readFileSync(join(dir, 's1.jsonl'), 'utf8')).not.toContain('Quixby');
  });
  it('reads a .txt file and a folder of .txt files as records with id and text', () => {
    const folder = join(dir, 'notes');
    mkdirSync(folder);
    writeFileSync(join(folder, 'b.txt'), 'MRN: 12345678');
    writeFileSync(join(folder, 'a.txt'), 'Dr. Quixby');
    expect(cli('--in', folder, '--out', join(dir, 'folder.jsonl'), '--workers', '1').code).toBe(0);
    expect(readFileSync(join(dir, 'folder.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'a', text: 'Dr. [NAME]' },
      { id: 'b', text: 'MRN: [MRN]' },
    ]);
    expect(cli('--in', join(folder, 'a.txt'), '--out', join(dir, 'one.jsonl'), '--workers', '1').code).toBe(0);
  });
  it('rejects bad flags with usage', () => {
    expect(cli('--in', 'x.jsonl').code).toBe(2);
    expect(cli('--in', 'x.jsonl', '--out', 'y.jsonl', '--mode', 'blur').err).toMatch(/--mode must be one of/);
    expect(cli('--bogus').code).toBe(2);
    expect(cli('--in', join(dir, 'nope.jsonl'), '--out', join(dir, 'n.jsonl')).err).toMatch(/no such file or folder/);
  });
});
