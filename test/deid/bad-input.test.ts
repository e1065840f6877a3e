/**
 * Bad input through `medtune deidentify` (issue 14, section 1): text that is not UTF-8 and
 * output paths that are not regular files. Errors name the file, line and byte; no record text.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../sdk/cli/deidentify.js';
import { inProcess } from '../cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'medtune-deid-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const F = 'test/fixtures/data/bad';

describe('Latin-1 text through deidentify', () => {
  it('a JSONL file is refused with the same invalid-UTF-8 error prepare gives (file, line, byte)', async () => {
    const out = join(dir, 'l1.jsonl');
    const r = await inProcess(run, ['--in', `${F}/latin1.jsonl`, '--out', out, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/latin1\.jsonl:2: found invalid UTF-8 byte 0xe9 at byte 22 of the line, expected UTF-8 text/);
    expect(r.stderr).toMatch(/--encoding latin1/);
    expect(existsSync(out)).toBe(false);
  });

  it('a .txt file and a folder of .txt files too', async () => {
    const r = await inProcess(run, ['--in', `${F}/latin1.txt`, '--out', join(dir, 'l2.jsonl'), '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/latin1\.txt:1: found invalid UTF-8 byte 0xe9 at byte 23 of the file, expected UTF-8 text/);
    const folder = join(dir, 'notes');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'fine\n');
    writeFileSync(join(folder, 'b.txt'), readFileSync(`${F}/latin1.txt`));
    const f = await inProcess(run, ['--in', folder, '--out', join(dir, 'l3.jsonl'), '--workers', '2']);
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/b\.txt:1: found invalid UTF-8 byte 0xe9/);
  });

  it('--encoding latin1 decodes it properly: no replacement characters', async () => {
    const out = join(dir, 'l4.jsonl');
    const r = await inProcess(run, ['--in', `${F}/latin1.jsonl`, '--out', out, '--workers', '1', '--encoding', 'latin1']);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    expect(lines.map((l) => l.text)).toEqual(['ok', 'café']);
    const t = await inProcess(run, ['--in', `${F}/latin1.txt`, '--out', join(dir, 'l5.jsonl'), '--workers', '1', '--encoding', 'latin1']);
    expect(t.code).toBe(0);
    expect(readFileSync(join(dir, 'l5.jsonl'), 'utf8')).toContain('latin1 é byte');
    expect(readFileSync(join(dir, 'l5.jsonl'), 'utf8')).not.toContain('\ufffd');
    const bad = await inProcess(run, ['--in', `${F}/latin1.txt`, '--out', join(dir, 'l6.jsonl'), '--encoding', 'ebcdic']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--encoding found 'ebcdic', expected utf8 or latin1/);
  });
});

describe('deidentify --out that is not a regular file', () => {
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, `${JSON.stringify({ id: 'r1', text: 'Seen by Dr. Ana Quixby.' })}\n`);

  it('a symlink to /dev/full is refused with --force, and left as it was', async () => {
    const link = join(dir, 'full-link');
    symlinkSync('/dev/full', link);
    const r = await inProcess(run, ['--in', input, '--out', link, '--force', '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/full-link: is a character device \(symbolic link to \/dev\/full\), expected a regular file/);
    expect(r.stderr).not.toMatch(/wrote/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  // /dev/full itself is only tried through a symlink above: if the check ever regressed, this
  // suite would replace the machine's device node with a file.
  it('a folder is refused', async () => {
    const d = await inProcess(run, ['--in', input, '--out', dir, '--force', '--workers', '1']);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/is a folder, expected a regular file/);
  });
});
