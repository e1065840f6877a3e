import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dataset, type DataRecord } from '../../sdk/data/index.js';
import { residualRisk } from '../../sdk/deid/audit.js';
import { createDeidentifier, findPhi } from '../../sdk/deid/index.js';
import { vocabulary } from '../../sdk/deid/vocab.js';

describe('residual-risk audit', () => {
  it('counts leftover name-, date- and number-like tokens outside replaced spans', () => {
    const text = 'Seen by Dr. [NAME] on 7/22; Zyxtrel Quorbin called, acct 88123456.';
    const r = residualRisk(text, [{ category: 'NAME', start: 12, end: 18 }]);
    expect(r).toEqual({ names: 2, dates: 1, numbers: 1 });
    expect(residualRisk('Levophed weaned. BP 120/80. Neuro intact.', [])).toEqual({ names: 0, dates: 0, numbers: 0 });
  });

  it('flags records by id in the report, names the preset, and never holds text', () => {
    const d = createDeidentifier({ audit: true, preset: 'balanced' });
    d.process('Zyxtrel seen, no cue at all.', { recordId: 'rec-1' });
    d.process('Neuro intact. Plan: continue.', { recordId: 'rec-2' });
    const rep = d.report();
    expect(rep.preset).toBe('balanced');
    expect(rep.audit?.texts).toBe(2);
    expect(rep.audit?.flagged.map((f) => f.id)).toEqual(['rec-1']);
    const json = JSON.stringify(rep);
    for (const w of ['Quorbin', 'Zyxtrel', 'Neuro']) expect(json).not.toContain(w);
  });

  it('is off by default', () => {
    const d = createDeidentifier({});
    d.process('Quorbin Zyxtrel.');
    expect(d.report().audit).toBeUndefined();
    expect(d.report().preset).toBe('recall');
  });

  it('Dataset.deidentify({ audit: true }) keeps the audit in the step report', () => {
    const recs: DataRecord[] = [
      { kind: 'report', id: 'a1', source: { file: 'm', format: 'reports' }, meta: {}, text: 'Seen 7/22 by Dr. Quixby.' },
      { kind: 'report', id: 'a2', source: { file: 'm', format: 'reports' }, meta: {}, text: 'Lungs clear.' },
    ];
    const ds = Dataset.from(recs).deidentify({ audit: true, preset: 'balanced' });
    const rep = ds.deidReport!;
    expect(rep.audit?.texts).toBe(2);
    expect(rep.preset).toBe('balanced');
    expect(JSON.stringify(ds.history)).not.toContain('Quixby');
  });
});

describe('options', () => {
  it('rejects an unknown preset or keep kind, naming the key', () => {
    expect(() => createDeidentifier({ preset: 'paranoid' as never })).toThrow(/preset/);
    expect(() => createDeidentifier({ keep: ['states' as never] })).toThrow(/keep/);
  });
  it('keep: ["facility"] leaves hospital names and still removes the town', () => {
    const text = 'Transferred from Mercy General Hospital in Catonsville on 7/22.';
    const cats = (o: { keep?: 'facility'[] }) => findPhi(text, o).map((s) => text.slice(s.start, s.end));
    expect(cats({}).join(' ')).toContain('Mercy General Hospital');
    expect(cats({ keep: ['facility'] }).join(' ')).not.toContain('Mercy');
    expect(cats({ keep: ['facility'] })).toEqual(expect.arrayContaining(['Catonsville', '7/22']));
  });
});

describe('vocabulary', () => {
  it('loads once and knows names, places, English and clinical words', () => {
    const v = vocabulary();
    expect(v.stats.entries).toBeGreaterThan(300_000);
    expect(v.flags('suzette') & 4).toBe(4); // FIRST
    expect(v.flags('catonsville') & 16).toBe(16); // PLACE
    expect(v.flags('levophed') & (32 | 512)).not.toBe(0); // CLINICAL or ABBREV
    expect(v.flags('sørensen')).toBe(v.flags('sorensen'));
    expect(vocabulary()).toBe(v);
  });
});

describe('medtune deidentify --audit / --preset / --keep', () => {
  const BIN = join(process.cwd(), 'bin', 'medtune');
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, 'deidentify', ...args], { encoding: 'utf8', timeout: 60_000 });
  it('writes <out>.audit.json with ids and counts only, and refuses to overwrite it without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deid-audit-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'n1', text: 'Quorbin Zyxtrel seen 7/22.' })}\n${JSON.stringify({ id: 'n2', text: 'Lungs clear.' })}\n`);
    const out = join(dir, 'out.jsonl');
    const r = cli('--in', input, '--out', out, '--audit', '--preset', 'balanced', '--keep', 'facility', '--workers', '1');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/preset balanced/);
    expect(r.stderr).toMatch(/audit: \d+ of 2 records flagged/);
    const audit = readFileSync(`${out}.audit.json`, 'utf8');
    expect(JSON.parse(audit).preset).toBe('balanced');
    expect(audit).not.toMatch(/Quorbin|Zyxtrel|Lungs/);
    expect(r.stderr).not.toMatch(/Quorbin|Zyxtrel/);
    const again = cli('--in', input, '--out', join(dir, 'other.jsonl'), '--audit', '--workers', '1');
    expect(again.status).toBe(0);
    writeFileSync(join(dir, 'x.jsonl.audit.json'), '{}');
    const refused = cli('--in', input, '--out', join(dir, 'x.jsonl'), '--audit', '--workers', '1');
    expect(refused.status).toBe(1);
    expect(existsSync(join(dir, 'x.jsonl'))).toBe(false);
  });
  it('rejects a bad preset or keep kind with usage', () => {
    expect(cli('--in', 'a.jsonl', '--out', 'b.jsonl', '--preset', 'max').status).toBe(2);
    expect(cli('--in', 'a.jsonl', '--out', 'b.jsonl', '--keep', 'states').status).toBe(2);
  });
});
