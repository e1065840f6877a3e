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
    await expect(run(args)).rejects.toThrow(/already exists/);
    expect(await run([...args, '--force'])).toBe(0);
    err.mockRestore();
    log.mockRestore();
  });
  it('rejects bad flags with a usage error', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run(['--in', 'x', '--out', join(dir, 'p'), '--tasks', 'nope'])).toBe(2);
    expect(await run(['--in', 'x', '--out', join(dir, 'p'), '--split', '0.5,0.5'])).toBe(2);
    expect(err.mock.calls.flat().join('\n')).toMatch(/--tasks found 'nope'/);
    await expect(run(['--bogus'])).rejects.toThrow(/bogus/);
    expect(existsSync(join(dir, 'p'))).toBe(false);
    err.mockRestore();
  });
});
