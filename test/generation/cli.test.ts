/**
 * The `score` / `generate` CLI contract, spawned as a user would run it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { run as runScore, parseIds } from '../../sdk/cli/score.js';
import { run as runGenerate } from '../../sdk/cli/generate.js';
import { generate } from '../../sdk/model/generate.js';
import { loadModel } from '../../sdk/model/loader.js';
import { readSafetensors } from '../../sdk/model/safetensors.js';
import { inProcess, medtune } from '../cli-helpers.js';
import { FIXTURE_ROOT, readExpected } from './fixtures.js';

const TINY = 'data/models/medtune-tiny';

beforeAll(async () => {
  await initBackend();
});

describe('medtune score', () => {
  it('--ids --json prints exactly one JSON object matching the reference within 1e-3', async () => {
    const exp = await readExpected('llama-bf16-gqa');
    const ids = exp.sequences[0];
    const r = await medtune(['score', '--model', `${FIXTURE_ROOT}/llama-bf16-gqa`, '--ids', ids.join(','), '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]) as { ids: number[]; logprobs: (number | null)[]; perplexity: number };
    expect(Object.keys(json)).toEqual(['ids', 'logprobs', 'perplexity']);
    // No BOS added to --ids.
    expect(json.ids).toEqual(ids);
    expect(json.logprobs[0]).toBeNull();
    for (let t = 1; t < ids.length; t++) expect(Math.abs((json.logprobs[t] as number) - (exp.logprobs[0][t] as number))).toBeLessThanOrEqual(1e-3);
    const lps = json.logprobs.slice(1) as number[];
    expect(json.perplexity).toBeCloseTo(Math.exp(-lps.reduce((a, b) => a + b, 0) / lps.length), 6);
  });

  it('--text adds BOS per tokenizer config', async () => {
    const r = await medtune(['score', '--model', TINY, '--text', 'Hello world', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { ids: number[]; logprobs: (number | null)[] };
    // Ids from the tokenizer.json vocabulary: <s>=1, ▁Hello=22557, ▁world=1526.
    expect(json.ids).toEqual([1, 22557, 1526]);
    expect(json.logprobs).toHaveLength(3);
    expect(json.logprobs.slice(1).every((x) => typeof x === 'number' && x < 0)).toBe(true);
  });

  it('rejects bad invocations with clear messages', async () => {
    const both = await inProcess(runScore, ['--model', TINY, '--ids', '1,2', '--text', 'x']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/exactly one of --ids or --text/);
    const bad = await inProcess(runScore, ['--model', TINY, '--ids', '1,x']);
    expect(bad.stderr).toMatch(/--ids: item 1 is "x"; expected a non-negative integer/);
    const q = await inProcess(runScore, ['--model', TINY, '--ids', '1,2', '--quantize', 'int4']);
    expect(q.stderr).toMatch(/--quantize: found "int4"; expected nf4 or int8/);
    await expect(runScore(['--model', TINY, '--bogus'])).rejects.toThrow(/bogus/);
    const help = await inProcess(runScore, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/usage: medtune score/);
    expect(parseIds('1, 2,3')).toEqual([1, 2, 3]);
  });

  // The PyTorch reference of the LoRA layers (scripts/reference/layers_ref.py): logits of
  // llama-f32 with the PEFT adapter, in float and over NF4-dequantized projections (QLoRA).
  it.each([
    ['--adapter', [] as string[], 'logits'],
    ['--adapter with --quantize nf4', ['--quantize', 'nf4'], 'qlora_logits'],
  ])('%s matches the reference within 1e-3', async (_name, extra, key) => {
    const st = await readSafetensors('test/fixtures/layers/lora_model.safetensors');
    const [, T, V] = st.tensors.get(key)!.shape;
    const ids = Array.from((await st.read('ids')).slice(0, T)); // row 0 has no padding
    const logits = await st.read(key); // [2, T, V]
    await st.close();
    const ref = ids.map((id, t) => {
      if (t === 0) return null;
      const row = Array.from(logits.subarray((t - 1) * V, t * V));
      const max = Math.max(...row);
      return row[id] - max - Math.log(row.reduce((a, x) => a + Math.exp(x - max), 0));
    });
    const r = await inProcess(runScore, [
      '--model', `${FIXTURE_ROOT}/llama-f32`, '--ids', ids.join(','), '--adapter', 'test/fixtures/layers/peft-adapter', ...extra, '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { logprobs: (number | null)[] };
    for (let t = 1; t < ids.length; t++) expect(Math.abs((json.logprobs[t] as number) - (ref[t] as number))).toBeLessThanOrEqual(1e-3);
  });

  it('text on a checkpoint without a tokenizer is refused naming the folder', async () => {
    const r = await inProcess(runScore, ['--model', `${FIXTURE_ROOT}/llama-f32`, '--text', 'hi']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/llama-f32: the checkpoint has no tokenizer \(tokenizer\.json\), so it cannot encode text/);
  });
});

describe('medtune generate', () => {
  it('streams the same text generate() returns for the same settings', async () => {
    const opts = { maxNewTokens: 6, temperature: 0.8, topK: 20, seed: 7, doSample: true };
    const r = await medtune([
      'generate', '--model', TINY, '--prompt', 'The patient', '--max-new-tokens', '6', '--temperature', '0.8', '--top-k', '20', '--seed', '7',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/finish: (length|eos|stop); \d+ new tokens after a 3-token prompt.*sampling \(seed 7\)/);
    const model = await loadModel(TINY);
    try {
      const expected = await generate(model, 'The patient', opts);
      expect(r.stdout).toBe(`${expected.text}\n`);
    } finally {
      model.dispose();
    }
  });

  it('validates flags', async () => {
    const r = await inProcess(runGenerate, ['--model', TINY, '--prompt', 'x', '--temperature', 'hot']);
    expect(r.stderr).toMatch(/--temperature: found "hot"; expected a number/);
    const g = await inProcess(runGenerate, ['--model', TINY, '--prompt', 'x', '--sample', '--greedy']);
    expect(g.code).toBe(2);
    const chat = await inProcess(runGenerate, ['--model', TINY, '--prompt', 'x', '--chat']);
    expect(chat.code).toBe(1);
    expect(chat.stderr).toMatch(/no chat_template.*alpaca, chatml, deepseek/);
  });
});
