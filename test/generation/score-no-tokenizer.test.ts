/**
 * `medtune score --ids` on a checkpoint folder without tokenizer files (issue 14, section 1):
 * scoring token ids needs no text decoding, so it works, in the table and in --json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runScore } from '../../sdk/cli/score.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { inProcess } from '../cli-helpers.js';
import { writeTinyLlama } from '../train/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'medtune-score-notok-'));
const model = join(dir, 'model');

beforeAll(async () => {
  await initBackend();
  await writeTinyLlama(model);
  for (const f of ['tokenizer.json', 'tokenizer_config.json']) rmSync(join(model, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('score --ids without tokenizer.json', () => {
  it('prints the table of ids and log-probabilities, with no token text column to decode', async () => {
    const r = await inProcess(runScore, ['--model', model, '--ids', '1,2,3']);
    expect(r.stderr).not.toMatch(/cannot decode/);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no tokenizer\.json; token ids only/);
    const rows = r.stdout.split('\n');
    expect(rows[0]).toMatch(/index\s+id\s+logprob$/);
    expect(rows.slice(1, 4).map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([['0', '1'], ['1', '2'], ['2', '3']]);
    expect(r.stdout).toMatch(/perplexity: \d+\.\d{4} over 2 predicted tokens/);
  });

  it('--json gives the same figures', async () => {
    const r = await inProcess(runScore, ['--model', model, '--ids', '1,2,3', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { ids: number[]; logprobs: (number | null)[]; perplexity: number };
    expect(json.ids).toEqual([1, 2, 3]);
    expect(json.logprobs[0]).toBeNull();
    expect(Number.isFinite(json.perplexity)).toBe(true);
  });

  it('--text still says that text needs the tokenizer, naming the folder', async () => {
    const r = await inProcess(runScore, ['--model', model, '--text', 'hello']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/model: the checkpoint has no tokenizer \(tokenizer\.json\), so it cannot encode text/);
  });
});
