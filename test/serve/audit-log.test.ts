import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runAudit } from '../../sdk/cli/audit.js';
import { AuditLog, GENESIS_HASH, verifyAuditLog } from '../../sdk/serve/audit-log.js';
import { inProcess } from './helpers.js';

function writeLog(n: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'medtune-audit-')), 'audit.jsonl');
  const log = AuditLog.open(path);
  for (let i = 0; i < n; i++) log.append({ time: `t${i}`, key: 'alice', route: '/v1/chat/completions', status: 200, prompt_tokens: i, guard: { disclaimer: i % 2 === 0 } });
  log.close();
  return path;
}

const cli = (argv: string[]) => inProcess(runAudit, argv);

describe('hash-chained audit log', () => {
  it('chains lines and verifies; reopening continues the chain', async () => {
    const path = writeLog(3);
    const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(lines[0].prev).toBe(GENESIS_HASH);
    expect(lines[1].prev).toBe(lines[0].hash);
    const v = verifyAuditLog(path);
    expect(v).toEqual({ ok: true, lines: 3, head: lines[2].hash });
    const again = AuditLog.open(path);
    again.append({ route: '/healthz', status: 200 });
    again.close();
    expect(verifyAuditLog(path)).toMatchObject({ ok: true, lines: 4 });
    const r = await cli(['verify', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok, 4 line\(s\), chain intact; last hash [0-9a-f]{64}/);
  });

  it('detects an edited, deleted, inserted or reordered line and names the first bad one', async () => {
    const path = writeLog(5);
    const good = readFileSync(path, 'utf8');
    const lines = good.trimEnd().split('\n');
    const cases: [string, string, RegExp][] = [
      ['edit', [...lines.slice(0, 2), lines[2].replace('"prompt_tokens":2', '"prompt_tokens":9'), ...lines.slice(3)].join('\n') + '\n', /hash does not match/],
      ['delete', [...lines.slice(0, 2), ...lines.slice(3)].join('\n') + '\n', /seq is 4; expected 3/],
      ['insert', [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\n') + '\n', /seq is 2; expected 3/],
      ['swap', [lines[0], lines[1], lines[3], lines[2], lines[4]].join('\n') + '\n', /seq is 4; expected 3/],
      ['not json', [...lines.slice(0, 2), '{oops', ...lines.slice(3)].join('\n') + '\n', /not valid JSON/],
      ['torn', good + lines[4].slice(0, 20), /not terminated by a newline/],
    ];
    for (const [what, text, reason] of cases) {
      writeFileSync(path, text);
      const v = verifyAuditLog(path);
      expect(v.ok, what).toBe(false);
      if (!v.ok) {
        expect(v.line, what).toBe(what === 'torn' ? 6 : 3);
        expect(v.reason, what).toMatch(reason);
      }
    }
    // Re-chaining an edit (recomputing its hash) still breaks the next line's prev.
    const edited = JSON.parse(lines[2]);
    edited.prompt_tokens = 9;
    const { createHash } = await import('node:crypto');
    const { hash: _h, ...rest } = edited;
    edited.hash = createHash('sha256').update(`${edited.prev}\n${JSON.stringify(rest)}`).digest('hex');
    writeFileSync(path, [...lines.slice(0, 2), JSON.stringify(edited), ...lines.slice(3)].join('\n') + '\n');
    expect(verifyAuditLog(path)).toMatchObject({ ok: false, line: 4, reason: expect.stringMatching(/prev does not match/) });
    const r = await cli(['verify', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 4: prev does not match/);
    expect(() => AuditLog.open(path)).toThrow(/broken at line 4 .*refusing to append/);
  });

  it('CLI usage errors exit 2; a chain field in the facts is refused', async () => {
    expect((await cli(['check', 'x'])).code).toBe(2);
    expect((await cli(['verify'])).code).toBe(2);
    const path = writeLog(1);
    const log = AuditLog.open(path);
    expect(() => log.append({ seq: 7 })).toThrow(/'seq' is set by the chain/);
    log.close();
    const j = await cli(['verify', path, '--json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ ok: true, lines: 1 });
  });
});
