/**
 * Access to the model's golden parity fixtures (test/fixtures/models/<name>/), made by
 * scripts/reference/make_fixtures.py with an independent PyTorch reference.
 *
 * @example
 * for (const name of fixtureNames()) { const exp = await readExpected(name); }
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSafetensors } from '../../sdk/model/safetensors.js';

export const FIXTURE_ROOT = 'test/fixtures/models';

export interface Expected {
  sequences: number[][];
  greedy: { prompt: number[]; tokens: number[] };
  /** Reference log p(ids[t] | ids[<t]) per sequence, index 0 = null (taken from the [T, V] log-softmax). */
  logprobs: (number | null)[][];
}

/** Every fixture folder; one without expected.json is an error, not a silently smaller suite. */
export function fixtureNames(): string[] {
  const dirs = readdirSync(FIXTURE_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const incomplete = dirs.filter((d) => !existsSync(path.join(FIXTURE_ROOT, d, 'expected.json')));
  if (incomplete.length) throw new Error(`${FIXTURE_ROOT}: ${incomplete.join(', ')} lack expected.json; run npm run fixtures`);
  return dirs;
}

export async function readExpected(name: string): Promise<Expected> {
  const dir = path.join(FIXTURE_ROOT, name);
  const exp = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Omit<Expected, 'logprobs'>;
  const st = await readSafetensors(path.join(dir, 'expected.safetensors'));
  try {
    const logprobs: (number | null)[][] = [];
    for (let i = 0; i < exp.sequences.length; i++) {
      const ids = exp.sequences[i];
      const info = st.tensors.get(`logprobs.${i}`);
      if (!info) throw new Error(`${dir}/expected.safetensors: no logprobs.${i}`);
      const V = info.shape[1];
      const table = await st.read(`logprobs.${i}`); // [T, V]: row t = log-softmax after ids[0..t]
      logprobs.push(ids.map((id, t) => (t === 0 ? null : table[(t - 1) * V + id])));
    }
    return { ...exp, logprobs };
  } finally {
    await st.close();
  }
}
