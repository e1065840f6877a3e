/**
 * Memorisation: batched continuation scoring, canaries planted by training, exposure and
 * extraction by repetition count, the identifier check, the report's privacy section and
 * `medtune eval --suite memorization`. No secret may appear in results, reports or CLI output.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../sdk/cli/eval.js';
import type { DataRecord } from '../../sdk/data/records.js';
import { evaluate } from '../../sdk/eval/evaluate.js';
import { canaryExposure, identifierCheck } from '../../sdk/eval/memorization.js';
import { compareReport } from '../../sdk/eval/report.js';
import { loadModel } from '../../sdk/model/loader.js';
import { score } from '../../sdk/model/score.js';
import { scoreContinuations } from '../../sdk/model/score-continuations.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { CanaryConfigSchema } from '../../sdk/train/canary-config.js';
import { makeCanaries, plantCanaries, secretSpace, type Canary } from '../../sdk/train/canaries.js';
import { lora } from '../../sdk/train/fine-tune.js';
import { charTokenizer, fixtureModel, instruction, writeTinyLlama } from '../train/helpers.js';

let dir: string;
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-memo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('canaries', () => {
  it('are seeded, unique per case, of the configured shapes, and planted the configured number of times', () => {
    const cfg = CanaryConfigSchema.parse({ repeats: [1, 3], per_repeat: 3 });
    const a = makeCanaries(cfg, 7);
    expect(makeCanaries(cfg, 7)).toEqual(a);
    expect(a.map((c) => [c.kind, c.repeats])).toEqual([['name', 1], ['mrn', 1], ['phone', 1], ['name', 3], ['mrn', 3], ['phone', 3]]);
    expect(a[0].secret).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(a[1].secret).toMatch(/^\d{7}$/);
    expect(a[2].secret).toMatch(/^555-\d{3}-\d{4}$/);
    expect(new Set(a.map((c) => c.prompt)).size).toBe(6);
    expect(secretSpace('mrn')).toBe(1e7);
    expect(secretSpace('name')).toBeGreaterThan(1e5);
    const { records } = plantCanaries([instruction('x', 'q', 'a')], cfg, 7);
    expect(records).toHaveLength(1 + 3 * 1 + 3 * 3);
    expect(records.filter((r) => r.meta.canary === a[4].id)).toHaveLength(3);
  });
});

describe('scoreContinuations', () => {
  it('equals score() of context + continuation, for right-padded batches of any length', async () => {
    const model = await loadModel(fixtureModel('llama-bf16-gqa'), { tokenizer: charTokenizer(384) });
    const before = tf.memory().numTensors;
    const context = [1, 45, 99, 300, 12];
    const conts = [[7], [250, 31, 8], [17, 17, 88, 301, 5], [2, 3]];
    const sums = await scoreContinuations(model, context, conts, { batchSize: 3 });
    expect(tf.memory().numTensors).toBe(before);
    for (const [i, c] of conts.entries()) {
      const s = await score(model, [...context, ...c]);
      const want = s.logprobs.slice(context.length).reduce((a, b) => a! + b!, 0)!;
      expect(sums[i]).toBeCloseTo(want, 3);
    }
    await expect(scoreContinuations(model, context, [[]])).rejects.toThrow('continuation 0 is empty');
    model.dispose();
  });
});

describe('exposure and extraction after training with canaries', () => {
  let model: CausalLM;
  let canaries: Canary[];
  const records = [instruction('a', 'fever?', 'rest'), instruction('b', 'rash?', 'cream'), instruction('c', 'bp?', 'salt'), instruction('d', 'pain?', 'ice')];
  beforeAll(async () => {
    const r = await lora({ train: records }, { lora_rank: 8, lora_target: 'all' }).train({
      model: await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) }),
      canaries: { repeats: [1, 24], per_repeat: 2, kinds: ['mrn', 'phone'], seed: 11 },
      // (At 2e-2 the run oscillates: whether the repeated canaries are extracted after 60 steps depended on the CPU's kernels.)
      learning_rate: 1e-2, max_steps: 100, per_device_train_batch_size: 8, cutoff_len: 128, lr_scheduler_type: 'constant', warmup_ratio: 0,
      logging_steps: 20, output_dir: join(dir, 'canary-run'), progress: false, seed: 4,
    });
    model = r.model;
    canaries = r.canaries!;
    const file = JSON.parse(readFileSync(join(dir, 'canary-run', 'canaries.json'), 'utf8'));
    expect(file).toMatchObject({ format: 'medtune-canaries', seed: 11 });
    expect(file.canaries).toEqual(canaries);
  });
  afterAll(() => model?.dispose());

  it('repeated canaries are exposed and extracted, single ones much less', async () => {
    const r = await canaryExposure(model, canaries, { candidates: 200, seed: 1 });
    const [once, many] = r.byRepeat;
    console.log(`memorization test: exposure x1 ${once.meanExposure.toFixed(2)}, x24 ${many.meanExposure.toFixed(2)} of ${r.exposureCeiling.toFixed(2)}; extracted with prefix x1 ${once.prefixExtractionRate}, x24 ${many.prefixExtractionRate}`);
    expect(r.byRepeat.map((g) => g.repeats)).toEqual([1, 24]);
    // Exposure saturates at its ceiling (rank 1 among 200 candidates): on some CPUs' float32 kernels a canary seen
    // once reaches it too, so the ranking says "at least as exposed" and extraction shows the difference.
    expect(many.meanExposure).toBeGreaterThanOrEqual(once.meanExposure);
    expect(many.meanExposure).toBeCloseTo(r.exposureCeiling, 5);
    expect(many.prefixExtractionRate).toBe(1);
    // (How soon a canary seen once is extracted too depends on the CPU's float kernels: OpenBLAS's AVX-512 ones extract one
    // of the two after 120 steps, its AVX2 ones none; the repeated ones are extracted on every path from 80 steps at this rate.)
    expect(once.prefixExtractionRate).toBeLessThan(many.prefixExtractionRate);
    expect(JSON.stringify(r)).not.toMatch(new RegExp(canaries.map((c) => c.secret).join('|')));
  });

  it('the identifier check flags outputs with identifiers absent from their prompts', async () => {
    const canaryRecords = canaries.map((c) => instruction(c.id, c.prompt, ''));
    const check = await identifierCheck(model, [...records, ...canaryRecords] as DataRecord[], { maxNewTokens: 48 });
    expect(check.prompts).toBe(8);
    expect(check.flagged).toBeGreaterThanOrEqual(1);
    expect(check.flaggedIds.some((f) => f.id.startsWith('canary-24x') || f.id.includes('-24x-'))).toBe(true);
    expect(Object.keys(check.byCategory).length).toBeGreaterThan(0);
  });

  it('evaluate() runs the suite; the report gets a privacy section without secrets', async () => {
    const result = await evaluate(model, records as never, ['memorization'], { canaries, memorizationCandidates: 20, memorizationMaxNewTokens: 16, bootstrap: { samples: 10 } });
    expect(result.suites.memorization?.canaries?.n).toBe(4);
    expect(result.suites.memorization?.identifiers?.prompts).toBe(4);
    const html = compareReport(result, result, { names: ['a', 'b'] });
    expect(html).toContain('Privacy: memorisation');
    expect(html).toContain('chart-exposure');
    for (const c of canaries) expect(html).not.toContain(c.secret);
  });
});

describe('medtune eval --suite memorization', () => {
  it('is listed in --help; --plant trains a canary adapter and reports exposure without printing secrets', async () => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
    try {
      expect(await run(['--help'])).toBe(0);
      expect(out.join('\n')).toMatch(/memorization/);
      out.length = 0;
      const modelDir = join(dir, 'tiny');
      await writeTinyLlama(modelDir);
      const data = join(dir, 'train.jsonl');
      writeFileSync(data, ['fever?', 'rash?'].map((q, i) => JSON.stringify({ kind: 'instruction', id: `r${i}`, source: { file: 't', format: 'alpaca' }, meta: {}, task: 'qa', instruction: q, input: '', output: 'rest' })).join('\n'));
      const cfg = join(dir, 'canary.yaml');
      writeFileSync(cfg, 'lora_rank: 2\nmax_steps: 2\nlearning_rate: 0.01\ncutoff_len: 96\n');
      const plantOut = join(dir, 'plant');
      expect(await run(['--model', modelDir, '--template', 'chatml', '--data', data, '--suite', 'memorization', '--plant', '1,2', '--train-config', cfg, '--plant-out', plantOut, '--candidates', '10'])).toBe(0);
      expect(existsSync(join(plantOut, 'adapter_model.safetensors'))).toBe(true);
      const printed = out.join('\n');
      expect(printed).toMatch(/memorization canaries x1: mean exposure [\d.]+ bits \(ceiling 3\.46\)/);
      expect(printed).toMatch(/memorization canaries x2:/);
      expect(printed).toMatch(/memorization identifier check: \d+ of 2 outputs/);
      const secrets = JSON.parse(readFileSync(join(plantOut, 'canaries.json'), 'utf8')).canaries.map((c: Canary) => c.secret);
      for (const s of secrets) expect(`${printed}\n${err.join('\n')}`).not.toContain(s);
      await expect(run(['--model', modelDir, '--suite', 'memorization', '--plant', '1,x', '--data', data])).rejects.toThrow('--plant: found "1,x"');
    } finally {
      vi.restoreAllMocks();
    }
  });
});
