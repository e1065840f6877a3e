import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../sdk/cli/prepare.js';

const dir = mkdtempSync(join(tmpdir(), 'medtune-prepare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('medtune prepare', () => {
  it('writes splits and a manifest, then refuses to overwrite without --force', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = join(dir, 'o');
    const args = ['--in', 'test/fixtures/data/good/medqa.jsonl', '--in', 'test/fixtures/data/good/meddialog.jsonl', '--out', out, '--tasks', 'mcq,dialogue', '--split', '0.5,0,0.5', '--seed', '3'];
    expect(await run(args)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const total = Object.values(manifest.files as Record<string, { records: number }>).reduce((n, f) => n + f.records, 0);
    expect(total).toBe(4); // 2 MCQ + 2 doctor turns
    expect(err.mock.calls.flat().join('\n')).toContain("1 records gave no 'dialogue' example");
    expect(await run(args)).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toMatch(/train\.jsonl already exists; pass --force/);
    expect(await run([...args, '--force'])).toBe(0);
    err.mockRestore();
    log.mockRestore();
  });
  it('reads a .txt folder with a metadata sidecar and de-identifies', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = join(dir, 'txt');
    expect(await run(['--in', 'test/fixtures/data/folder', '--metadata', 'test/fixtures/data/folder-meta.jsonl', '--out', out, '--skip-invalid', '--deidentify', '--tasks', 'impression,summarize_findings', '--split', '0.5,0,0.5'])).toBe(0);
    const lines = ['train', 'test'].flatMap((s) => readFileSync(join(out, `${s}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
    expect(lines.map((l) => l.id).sort()).toEqual(['a1#impression', 'a1#summarize_findings', 'a2#summarize_findings']);
    expect(lines.find((l) => l.id === 'a1#impression').patientId).toBe('p5');
    err.mockRestore();
    log.mockRestore();
  });
  it('rejects bad flags with a usage error', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run(['--in', 'x', '--out', join(dir, 'p'), '--tasks', 'nope'])).toBe(2);
    expect(await run(['--in', 'x', '--out', join(dir, 'p'), '--split', '0.5,0.5'])).toBe(2);
    // Checked before any file is read: 'x' does not exist, yet the usage error comes first.
    expect(await run(['--in', 'x', '--out', join(dir, 'p'), '--split', '0.5,0.5,0.5'])).toBe(2);
    expect(err.mock.calls.flat().join('\n')).toMatch(/--split found '0\.5,0\.5,0\.5' \(sum 1\.5\), expected fractions that sum to 1/);
    expect(await run(['--in', 'x', '--out', join(dir, 'p'), '--seed', ''])).toBe(2);
    expect(err.mock.calls.flat().join('\n')).toMatch(/--tasks found 'nope'/);
    expect(await run(['--bogus'])).toBe(2);
    expect(err.mock.calls.flat().join('\n')).toMatch(/Unknown option '--bogus'/);
    expect(existsSync(join(dir, 'p'))).toBe(false);
    err.mockRestore();
  });
});
