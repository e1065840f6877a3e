import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../sdk/data/dataset.js';
import { loadSavedRecords, parseSavedRecord } from '../../sdk/data/saved.js';
import { RECORDS } from '../eval/fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'medtune-saved-'));

describe('reading saved records (sdk/data/saved.ts)', () => {
  it('reads back what .save() wrote, derived fields set aside', async () => {
    const chat = { kind: 'chat', id: 'c1', source: { file: 'x.jsonl', format: 'messages' }, meta: {}, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }] };
    const ds = Dataset.from([...RECORDS, chat]);
    const dir = tmp();
    await ds.save(dir);
    const lines = readFileSync(join(dir, 'data.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // The file carries the extra fields training tools read...
    expect(lines.find((l) => l.id === 's1').messages).toHaveLength(2);
    expect(lines.find((l) => l.id === 'c1').instruction).toBe('Hi');
    // ...and loading gives back exactly the records.
    expect(await loadSavedRecords(join(dir, 'data.jsonl'))).toEqual(ds.records);
  });

  it('names file, line, record id and field; rejects unknown keys; lets meta be left out', async () => {
    const f = join(tmp(), 'data.jsonl');
    writeFileSync(f, `${JSON.stringify(RECORDS[0])}\n\n${JSON.stringify({ ...RECORDS[1], answer: 'Z' })}\n`);
    await expect(loadSavedRecords(f)).rejects.toThrow(/data.jsonl:3 \(record m2\): invalid record: field 'answer'/);
    writeFileSync(f, `${JSON.stringify(RECORDS[0])}\n{oops\n`);
    await expect(loadSavedRecords(f)).rejects.toThrow(/data.jsonl:2: not valid JSON/);
    writeFileSync(f, '\n\n');
    await expect(loadSavedRecords(f)).rejects.toThrow(/no records found/);
    expect(() => parseSavedRecord({ ...RECORDS[0], colour: 'red' }, 'x:1')).toThrow(/x:1 \(record m1\): invalid record: unknown key\(s\) 'colour'/);
    const { meta: _meta, ...noMeta } = RECORDS[9];
    expect(parseSavedRecord(noMeta, 'x:1')).toEqual({ ...noMeta, meta: {} });
    writeFileSync(f, RECORDS.map((x) => JSON.stringify(x)).join('\n'));
    expect(await loadSavedRecords(f)).toEqual(RECORDS);
  });
});
