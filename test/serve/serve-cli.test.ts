/**
 * `medtune serve` and `medtune audit verify` as the acceptance check runs them: a key file with a
 * raw and a hashed key, the exact ready line, Bearer keys, SIGTERM shutdown with exit 0, and the
 * audit chain verified (exit 0) and tampered (exit 1 naming the line).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runServe } from '../../sdk/cli/serve.js';
import { auditLines, call, inProcess, medtune, tempDir, TINY, waitFor } from './helpers.js';

describe('medtune serve (spawned)', () => {
  it('starts with a key file, prints the ready line, serves, shuts down on SIGTERM; the audit log verifies', async () => {
    const dir = tempDir('serve-cli');
    const keys = join(dir, 'keys.txt');
    writeFileSync(keys, `clin clinician clin-secret-key-1\nadmin admin sha256:${createHash('sha256').update('admin-secret-key-2').digest('hex')}\n`);
    const audit = join(dir, 'audit.jsonl');
    const child = spawn('./bin/medtune', ['serve', '--model', TINY, '--port', '0', '--api-key-file', keys, '--audit-log', audit], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => /listening on /.test(stdout) || child.exitCode !== null, 'the ready line', 120);
      expect(stdout).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/); // exactly one line on stdout
      const url = /listening on (\S+)/.exec(stdout)![1];
      expect((await call(`${url}/healthz`)).status).toBe(200);
      expect((await call(`${url}/v1/models`)).status).toBe(401);
      const chat = await call(`${url}/v1/chat/completions`, { key: 'clin-secret-key-1', body: { model: 'medtune-tiny', messages: [{ role: 'user', content: 'What is a fever?' }], max_tokens: 4 } });
      expect(chat.status).toBe(200);
      expect((await call(`${url}/admin/stop`, { key: 'clin-secret-key-1', method: 'POST' })).status).toBe(403);
      expect((await call(`${url}/admin/stop`, { key: 'admin-secret-key-2', method: 'POST' })).status).toBe(200);
      await waitFor(() => auditLines(audit).length === 5, 'five audit lines');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toMatch(/SIGTERM, shutting down/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    const ok = await medtune(['audit', 'verify', audit]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/ok, 5 line\(s\), chain intact/);
    expect(auditLines(audit).map((l) => [l.key, l.route, l.status])).toEqual([
      [null, '/healthz', 200], [null, '/v1/models', 401], ['clin', '/v1/chat/completions', 200], ['clin', '/admin/stop', 403], ['admin', '/admin/stop', 200],
    ]);
    const lines = readFileSync(audit, 'utf8').split('\n');
    lines[2] = lines[2].replace('"status":200', '"status":201');
    writeFileSync(audit, lines.join('\n'));
    const bad = await medtune(['audit', 'verify', audit]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/line 3: hash does not match the line content/);
  });

  it('refuses to start without keys, without an audit log, or with bad option values, naming the problem', async () => {
    const dir = tempDir('serve-cli-bad');
    const log = join(dir, 'a.jsonl');
    const saved = process.env.MEDTUNE_API_KEYS;
    delete process.env.MEDTUNE_API_KEYS;
    try {
      const cases: [string[], number, RegExp][] = [
        [['--model', TINY], 2, /--model and --audit-log are required/],
        [['--model', TINY, '--audit-log', log], 1, /no API keys: give a key file \(--api-key-file.*or set MEDTUNE_API_KEYS/],
        [['--model', TINY, '--audit-log', log, '--audit-text', 'raw'], 1, /serve options: auditText: /],
        [['--model', TINY, '--audit-log', log, '--port', 'eighty'], 1, /--port: found "eighty"; expected an integer/],
        [['--model', TINY, '--audit-log', log, '--port', '70000'], 1, /serve options: port: /],
        [['--model', TINY, '--audit-log', log, '--api-key-file', join(dir, 'missing.txt')], 1, /missing\.txt: cannot read the API key file \(ENOENT\)/],
      ];
      for (const [argv, code, message] of cases) {
        const r = await inProcess(runServe, argv);
        expect(r.code, argv.join(' ')).toBe(code);
        expect(r.stderr, argv.join(' ')).toMatch(message);
      }
    } finally {
      if (saved !== undefined) process.env.MEDTUNE_API_KEYS = saved;
    }
  });
});
