import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthFailureLimiter, hashedKeyLine, KeyRing, parseKeyLines } from '../../sdk/serve/auth.js';

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

describe('API keys', () => {
  afterEach(() => {
    delete process.env.MEDTUNE_TEST_KEYS;
  });

  it('reads raw and sha256 keys from a file; only the holder of a key is recognised, with its role', () => {
    const dir = mkdtempSync(join(tmpdir(), 'medtune-keys-'));
    const file = join(dir, 'keys.txt');
    writeFileSync(file, `# comment line\nalice clinician alice-key-1\n\nops admin sha256:${hex('ops-key-2').toUpperCase()}  # hashed\n`);
    const ring = KeyRing.fromSources({ file });
    expect(ring.size).toBe(2);
    expect(ring.check('Bearer alice-key-1')).toEqual({ name: 'alice', role: 'clinician' });
    expect(ring.check('bearer ops-key-2')).toEqual({ name: 'ops', role: 'admin' });
    expect(ring.check('Bearer ops-key-3')).toBeUndefined();
    expect(ring.check('Bearer ' + hex('ops-key-2'))).toBeUndefined(); // the digest is not the key
    expect(ring.check('alice-key-1')).toBeUndefined(); // scheme required
    expect(ring.check(undefined)).toBeUndefined();
    expect(JSON.stringify(ring)).not.toContain('alice-key-1'); // only digests are kept
  });

  it('reads the environment variable (newline or ; separated) and combines sources', () => {
    process.env.MEDTUNE_TEST_KEYS = 'bob clinician bob-key;carol admin carol-key';
    const ring = KeyRing.fromSources({ env: 'MEDTUNE_TEST_KEYS', keys: [{ name: 'dan', role: 'clinician', key: 'dan-key' }] });
    expect(ring.size).toBe(3);
    expect(ring.check('Bearer carol-key')?.role).toBe('admin');
    expect(ring.check('Bearer dan-key')?.name).toBe('dan');
  });

  it('refuses bad lines naming the file and line, never printing the key', () => {
    expect(() => parseKeyLines('alice clinician k1\nbob doctor secret-key-xyz', 'keys.txt')).toThrow(/keys\.txt:2: role 'doctor' is not known; expected clinician or admin/);
    expect(() => parseKeyLines('alice clinician', 'keys.txt')).toThrow(/keys\.txt:1: found 2 field\(s\)/);
    expect(() => parseKeyLines('a admin sha256:abc', 'keys.txt')).toThrow(/keys\.txt:1: the sha256: digest is not 64 hexadecimal characters/);
    try {
      parseKeyLines('bob doctor secret-key-xyz', 'keys.txt');
    } catch (e) {
      expect((e as Error).message).not.toContain('secret-key-xyz');
    }
    expect(() => new KeyRing([{ name: 'a', role: 'admin', key: 'k' }, { name: 'a', role: 'clinician', key: 'j' }])).toThrow(/name 'a' is used twice/);
    expect(() => new KeyRing([{ name: 'a', role: 'admin', key: 'k' }, { name: 'b', role: 'clinician', sha256: hex('k') }])).toThrow(/share the same key/);
    expect(() => KeyRing.fromSources({ env: 'MEDTUNE_TEST_KEYS' })).toThrow(/no API keys: give a key file .* or set MEDTUNE_TEST_KEYS/);
    expect(() => KeyRing.fromSources({ file: '/nonexistent/keys.txt' })).toThrow(/\/nonexistent\/keys\.txt: cannot read the API key file \(ENOENT\)/);
  });

  it('hashedKeyLine writes a line the key ring accepts for the original key', () => {
    const line = hashedKeyLine('eve', 'clinician', 'eve-secret');
    expect(line).not.toContain('eve-secret');
    expect(new KeyRing(parseKeyLines(line, 'x')).check('Bearer eve-secret')).toEqual({ name: 'eve', role: 'clinician' });
  });

  it('blocks an address after too many failed key checks in a minute, per address, until the window passes', () => {
    const guard = new AuthFailureLimiter(3);
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(guard.blockedFor('10.0.0.1', t + i)).toBe(0);
      guard.fail('10.0.0.1', t + i);
    }
    expect(guard.blockedFor('10.0.0.1', t + 10)).toBe(60);
    expect(guard.blockedFor('10.0.0.2', t + 10)).toBe(0);
    expect(guard.blockedFor('10.0.0.1', t + 30_000)).toBe(30);
    expect(guard.blockedFor('10.0.0.1', t + 60_000)).toBe(0); // the first failure left the window
  });
});
