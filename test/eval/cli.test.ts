import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { run } from '../../sdk/cli/eval.js';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { applyLora } from '../../sdk/train/lora.js';
import { saveAdapter } from '../../sdk/train/peft.js';
import { RECORDS } from './fixtures.js';

const MODEL = 'data/models/medtune-tiny';
let dir: string;
let data: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medtune-cli-eval-'));
  data = join(dir, 'data.jsonl');
  writeFileSync(data, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
});
afterEach(() => vi.restoreAllMocks());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  return { out, err };
}

describe('medtune eval', () => {
  it('evaluates the embedded model, saves the result and writes a comparison report', async () => {
    const io = capture();
    const out = join(dir, 'result.json');
    const code = await run([
      '--model', MODEL, '--template', 'chatml', '--data', data, '--suite', 'perplexity,mcq,redteam',
      '--limit', '2', '--mcq-method', 'loglik', '--bootstrap', '20', '--max-tokens', '64', '--out', out, '--json',
    ]);
    expect(code).toBe(0);
    const printed = JSON.parse(io.out.join('\n'));
    expect(printed.model).toBe('medtune-tiny');
    expect(printed.suites.perplexity.n).toBe(2);
    expect(printed.suites.perplexity.perplexity).toBeGreaterThan(1);
    expect(printed.suites.mcq.n).toBe(2);
    expect(printed.suites.mcq.items).toEqual([]); // --json leaves per-item texts out
    expect(printed.suites.redteam.n).toBe(2);
    expect(printed.headline.map((h: { metric: string }) => h.metric)).toContain('accuracy (loglik)');
    expect(io.err.some((l) => l.includes('eval: mcq 2/2'))).toBe(true);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.suites.mcq.items).toHaveLength(2);

    const report = join(dir, 'compare.html');
    const io2 = capture();
    expect(await run(['--model', MODEL, '--template', 'chatml', '--suite', 'redteam', '--limit', '1', '--guardrails', '--bootstrap', '10', '--compare', out, '--report', report])).toBe(0);
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('data-charts-expected');
    // With guardrails, the first red-team prompt is screened and answered safely.
    expect(io2.out.join('\n')).toMatch(/redteam\s+pass rate\s+1\.0000/);
    await expect(run(['--model', MODEL, '--suite', 'redteam', '--limit', '1', '--out', out])).rejects.toThrow(/already exists; pass overwrite/);
  });

  it('applies a LoRA adapter with --adapter', async () => {
    // An adapter with non-zero B (a fresh one is a no-op), so the perplexity must change.
    await initBackend();
    const m = await loadModel(MODEL, { template: 'chatml' });
    const handle = applyLora(m, { r: 2, targetModules: ['q_proj', 'v_proj'] });
    for (const [name, v] of handle.namedVariables()) if (name.includes('lora_B')) v.assign(tf.randomNormal(v.shape, 0, 0.5, 'float32', 7));
    const adapter = join(dir, 'adapter');
    await saveAdapter(handle, adapter);
    m.dispose();
    const args = ['--model', MODEL, '--template', 'chatml', '--data', data, '--suite', 'perplexity', '--limit', '1', '--bootstrap', '10', '--max-tokens', '32', '--json'];
    const plain = capture();
    expect(await run(args)).toBe(0);
    const a = JSON.parse(plain.out.join('\n'));
    const withAdapter = capture();
    expect(await run([...args, '--adapter', adapter])).toBe(0);
    const b = JSON.parse(withAdapter.out.join('\n'));
    expect(b.model).toBe('medtune-tiny + adapter');
    expect(b.suites.perplexity.perplexity).not.toBeCloseTo(a.suites.perplexity.perplexity, 3);
    await expect(run([...args, '--adapter', join(dir, 'nope')])).rejects.toThrow(/--adapter .*nope: folder not found/);
  });

  it('rejects bad invocations with clear errors', async () => {
    capture();
    await expect(run([])).rejects.toThrow('--model <dir> is required');
    await expect(run(['--model', 'no/such/dir'])).rejects.toThrow('--model no/such/dir: folder not found');
    await expect(run(['--model', MODEL, '--suite', 'mcq'])).rejects.toThrow('--data <jsonl> is required for suite(s) mcq');
    await expect(run(['--model', MODEL, '--data', data, '--suite', 'mcq,bleu'])).rejects.toThrow("unknown suite 'bleu'");
    await expect(run(['--model', MODEL, '--data', data, '--limit', 'x'])).rejects.toThrow('--limit: found "x"; expected an integer >= 1');
    await expect(run(['--model', MODEL, '--data', data, '--report', 'r.html'])).rejects.toThrow('--report needs --compare');
    await expect(run(['--model', MODEL, '--data', data, '--mcq-method', 'vote'])).rejects.toThrow('--mcq-method: found "vote"');
    await expect(run(['--model', MODEL, '--bogus'])).rejects.toThrow(/bogus/);
    await expect(run(['--model', MODEL, '--data', join(dir, 'missing.jsonl'), '--suite', 'mcq'])).rejects.toThrow(/missing.jsonl: cannot read \(ENOENT\)/);
    expect(await run(['--help'])).toBe(0);
  });
});
