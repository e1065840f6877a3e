import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../../sdk/data/index.js';
import { ExistsError } from '../../sdk/runtime/fs.js';

const dir = mkdtempSync(join(tmpdir(), 'medtune-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('save', async () => {
  const splits = (await dataset('test/fixtures/data/good', { onInvalid: 'skip' })).clean().sections().toInstructions().split({ seed: 1, train: 0.6, val: 0.2, test: 0.2 });

  it('writes train/val/test JSONL with Alpaca fields and messages, and a manifest with hashes', async () => {
    const out = join(dir, 'a');
    const manifest = await splits.save(out);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'test.jsonl', 'train.jsonl', 'val.jsonl']);
    for (const name of ['train', 'val', 'test']) {
      const bytes = readFileSync(join(out, `${name}.jsonl`));
      const m = manifest.files[`${name}.jsonl`];
      expect(m.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const lines = bytes.toString('utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(lines).toHaveLength(m.records);
      for (const l of lines) {
        expect(typeof l.instruction).toBe('string');
        expect(typeof l.output).toBe('string');
        expect(Array.isArray(l.messages)).toBe(true);
        expect(l.messages.at(-1).role).toBe('assistant');
      }
    }
    const onDisk = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(onDisk.history.map((h: { step: string }) => h.step)).toEqual(['load', 'clean', 'sections', 'toInstructions', 'split']);
  });

  it('keeps record text out of the manifest', async () => {
    const manifest = readFileSync(join(dir, 'a', 'manifest.json'), 'utf8');
    for (const phrase of ['Bibasilar crackles', 'Decompensated heart failure', 'polyuria', 'cough for a week', 'Persistently raised']) {
      expect(manifest).not.toContain(phrase);
    }
  });

  it('refuses to overwrite unless asked, leaving files untouched', async () => {
    const out = join(dir, 'a');
    const before = readFileSync(join(out, 'train.jsonl'));
    await expect(splits.save(out)).rejects.toBeInstanceOf(ExistsError);
    expect(readFileSync(join(out, 'train.jsonl'))).toEqual(before);
    await splits.save(out, { overwrite: true });
    expect(readdirSync(out).some((f) => f.includes('.tmp-'))).toBe(false);
  });

  it('checks every target before writing any (no partial save)', async () => {
    const out = join(dir, 'b');
    await splits.test.save(out); // data.jsonl + manifest.json exist now
    await expect(splits.save(out)).rejects.toThrow(/manifest\.json already exists/);
    expect(existsSync(join(out, 'train.jsonl'))).toBe(false);
  });
});
