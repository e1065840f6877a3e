/**
 * The shared atomic writers refuse to replace anything that is not a regular file (a device, a
 * folder, a FIFO, a symlink to one of those), whatever `overwrite` says, and name the path in
 * file-system errors.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertWritable, stageDir, withPath, writeChunksAtomic, writeFileAtomic } from '../../sdk/runtime/fs.js';

const dir = mkdtempSync(join(tmpdir(), 'medtune-fs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic writers and targets that are not regular files', () => {
  it('a character device is refused even with overwrite', () => {
    expect(() => assertWritable('/dev/full', { overwrite: true })).toThrow(/^\/dev\/full: is a character device, expected a regular file/);
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('a folder, a FIFO and a symlink to a device are refused by writeFileAtomic and writeChunksAtomic, and left in place', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    await expect(writeFileAtomic(sub, 'x', { overwrite: true })).rejects.toThrow(/sub: is a folder, expected a regular file/);
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(writeChunksAtomic(fifo, async (w) => w(new Uint8Array([1])), { overwrite: true })).rejects.toThrow(/pipe: is a FIFO \(named pipe\), expected a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const link = join(dir, 'null-link');
    symlinkSync('/dev/null', link);
    await expect(writeFileAtomic(link, 'x', { overwrite: true })).rejects.toThrow(/null-link: is a character device \(symbolic link to \/dev\/null\)/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('regular files (and symlinks to them) are still replaced with overwrite', async () => {
    const f = join(dir, 'f.txt');
    writeFileSync(f, 'old');
    await writeFileAtomic(f, 'new', { overwrite: true });
    expect(readFileSync(f, 'utf8')).toBe('new');
  });

  it('stageDir refuses a target that is a file, not a folder', async () => {
    const f = join(dir, 'not-a-folder');
    writeFileSync(f, 'x');
    await expect(stageDir(f, { overwrite: true })).rejects.toThrow(/not-a-folder: is a regular file, expected a folder/);
    expect(readFileSync(f, 'utf8')).toBe('x');
  });

  it('ENOSPC is reported with the path', () => {
    const e = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const w = withPath(e, 'out/clean.jsonl') as NodeJS.ErrnoException;
    expect(w.message).toBe('out/clean.jsonl: no space left on the device (ENOSPC)');
    expect(w.code).toBe('ENOSPC');
  });
});
