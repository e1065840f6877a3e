/**
 * Preference files in LLaMA-Factory (alpaca / sharegpt, `ranking: true`) and TRL layouts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPreferencePairs } from '../../sdk/data/preferences.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medtune-prefs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

describe('loadPreferencePairs', () => {
  it('alpaca ranking (JSON array): system, history, instruction + input joined by a newline', async () => {
    const p = write('alpaca.json', JSON.stringify([
      { instruction: 'Is this urgent?', input: 'Chest pain at rest.', system: 'Be careful.', history: [['Hi', 'Hello']], chosen: 'Yes, call 911.', rejected: 'No.' },
    ]));
    const { pairs } = await loadPreferencePairs(p);
    expect(pairs[0]).toMatchObject({
      id: 'alpaca-1', source: { file: p, format: 'alpaca' }, chosen: 'Yes, call 911.', rejected: 'No.',
      prompt: [{ role: 'system', content: 'Be careful.' }, { role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }, { role: 'user', content: 'Is this urgent?\nChest pain at rest.' }],
    });
  });

  it('sharegpt ranking: conversations, chosen/rejected turns', async () => {
    const p = write('sg.jsonl', `${JSON.stringify({ conversations: [{ from: 'human', value: 'Dose?' }], chosen: { from: 'gpt', value: 'Ask your pharmacist.' }, rejected: { from: 'gpt', value: 'Take ten.' } })}\n`);
    const { pairs } = await loadPreferencePairs(p);
    expect(pairs[0]).toMatchObject({ source: { line: 1, format: 'sharegpt' }, prompt: [{ role: 'user', content: 'Dose?' }], chosen: 'Ask your pharmacist.', rejected: 'Take ten.' });
  });

  it('TRL {prompt, chosen, rejected}: strings or conversational messages; ids kept', async () => {
    const p = write('trl.jsonl', [
      JSON.stringify({ id: 'x1', prompt: 'Fever?', chosen: 'Rest.', rejected: 'Run.' }),
      '',
      JSON.stringify({ prompt: [{ role: 'user', content: 'Rash?' }], chosen: [{ role: 'assistant', content: 'Cream.' }], rejected: [{ role: 'assistant', content: 'Scratch.' }] }),
    ].join('\n'));
    const { pairs } = await loadPreferencePairs(p);
    expect(pairs.map((x) => x.id)).toEqual(['x1', 'trl-2']);
    expect(pairs[1]).toMatchObject({ prompt: [{ role: 'user', content: 'Rash?' }], chosen: 'Cream.', rejected: 'Scratch.', source: { line: 3 } });
  });

  it('dataset_info columns rename fields', async () => {
    const p = write('cols.json', JSON.stringify([{ question: 'Q?', good: 'A1', bad: 'A2' }]));
    const { pairs } = await loadPreferencePairs(p, { formatting: 'alpaca', columns: { prompt: 'question', chosen: 'good', rejected: 'bad' } });
    expect(pairs[0]).toMatchObject({ prompt: [{ role: 'user', content: 'Q?' }], chosen: 'A1', rejected: 'A2' });
  });

  it('errors name file, line and field, never the text', async () => {
    await expect(loadPreferencePairs(write('e1.jsonl', `${JSON.stringify({ prompt: 'secret question', chosen: 'ok' })}\n`))).rejects.toThrow(/e1\.jsonl:1: field 'rejected': found missing, expected a string/);
    await expect(loadPreferencePairs(write('e2.jsonl', `${JSON.stringify({ prompt: 'P', chosen: 'same', rejected: 'same' })}\n`))).rejects.toThrow("e2.jsonl:1: field 'chosen/rejected': found identical answers");
    await expect(loadPreferencePairs(write('e3.jsonl', `${JSON.stringify({ text: 'x', chosen: 'a', rejected: 'b' })}\n`))).rejects.toThrow(/expected instruction \(alpaca\), conversations \(sharegpt\) or prompt \(trl\)/);
    await expect(loadPreferencePairs(write('e4.jsonl', '\n'))).rejects.toThrow('no preference pairs found');
    const err = await loadPreferencePairs(write('e5.jsonl', `${JSON.stringify({ prompt: 'secret question', chosen: 5, rejected: 'b' })}\n`)).catch((e: Error) => e.message);
    expect(err).not.toContain('secret');
  });
});
