/**
 * GRPO end to end on the tiny llama fixture: a verifiable reward (the right option letter for
 * each of four synthetic questions) rises within a bounded number of steps; metrics, memory,
 * checkpoints and exact resume.
 */
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataRecord } from '../../sdk/data/records.js';
import { loadModel } from '../../sdk/model/loader.js';
import type { CausalLM, MedTokenizer } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { GrpoConfigSchema } from '../../sdk/train/grpo-config.js';
import type { GrpoPrompt } from '../../sdk/train/grpo-data.js';
import { meanRewards, trainGrpo, type GrpoStepEvent } from '../../sdk/train/grpo.js';
import { applyLora, type LoraHandle } from '../../sdk/train/lora.js';
import { fixtureModel } from './helpers.js';

/** Every non-special id decodes to one of A-D, so any completion starts with an option letter. */
function letterTokenizer(vocabSize: number): MedTokenizer {
  return {
    encode: () => {
      throw new Error('prompts are given as ids in this test');
    },
    decode: (ids) => ids.filter((i) => i > 2).map((i) => 'ABCD'[i % 4]).join(''),
    applyChatTemplate: () => '',
    bosTokenId: 1,
    eosTokenIds: [2],
    padTokenId: 0,
    vocabSize,
    templateName: 'test',
  };
}

const GOLD = ['A', 'B', 'C', 'D'];
const record = (k: number): DataRecord => ({
  kind: 'mcq', id: `q${k}`, source: { file: 'synthetic', format: 'test' }, meta: {},
  question: `question ${k}`, options: { A: 'a', B: 'b', C: 'c', D: 'd' }, answer: GOLD[k] as 'A',
});
// Four questions with distinct prompt tokens and lengths (left padding is exercised).
const prompts: GrpoPrompt[] = [0, 1, 2, 3].map((k) => ({
  id: `q${k}`, messages: [], userText: `question ${k}`, ids: [1, 10 + 7 * k, 200 + k, ...new Array(k).fill(40), 77], record: record(k),
}));
function correct_letter(_prompt: string, completion: string, r: DataRecord): number | null {
  return r.kind === 'mcq' ? (completion[0] === r.answer ? 1 : 0) : null;
}
// Applies to nothing here: the weighted sum must ignore it, and its logged mean is NaN.
function never_applies(): number | null {
  return null;
}

let model: CausalLM;
let lora: LoraHandle;
let dir: string;
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-grpo-'));
});
afterAll(() => {
  model?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function fresh(): Promise<void> {
  model?.dispose();
  model = await loadModel(fixtureModel('llama-f32'), { tokenizer: letterTokenizer(384) });
  // The fixture's logits are O(10) apart (one token per prompt, always); a quarter of the scale
  // leaves a few likely tokens per prompt, so sampling explores and group rewards differ.
  const norm = model.parameters().get('model.norm.weight')!;
  norm.assign(tf.mul(norm, 0.25));
  lora = applyLora(model, { r: 8, alpha: 16, dropout: 0, seed: 3 });
}

const grpo = GrpoConfigSchema.parse({ num_generations: 8, max_completion_length: 2, beta: 0.04, temperature: 1 });
const base = { grpo, rewardFuncs: [correct_letter, never_applies], batchSize: 32, learningRate: 1e-2, lrSchedulerType: 'constant' as const, warmupRatio: 0, seed: 5 };

describe('trainGrpo', () => {
  it('raises the verifiable reward: greedy accuracy and the sampled reward curve go up', async () => {
    await fresh();
    const before = await meanRewards(model, prompts, [correct_letter], { maxNewTokens: 1 });
    const tensors = tf.memory().numTensors;
    const steps: GrpoStepEvent[] = [];
    const r = await trainGrpo(model, prompts, { ...base, lora, maxSteps: 30 }, { onGrpoStep: (e) => { steps.push(e); } });
    expect(tf.memory().numTensors).toBe(tensors); // nothing leaks across 30 rollouts and steps
    const after = await meanRewards(model, prompts, [correct_letter], { maxNewTokens: 1 });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const early = mean(steps.slice(0, 6).map((s) => s.rewards.correct_letter));
    const late = mean(steps.slice(-6).map((s) => s.rewards.correct_letter));
    console.log(`GRPO learning test: greedy accuracy ${before.total} -> ${after.total}; sampled reward ${early.toFixed(3)} -> ${late.toFixed(3)}`);
    expect(late).toBeGreaterThan(early + 0.25);
    expect(after.total).toBeGreaterThanOrEqual(0.75);
    expect(after.total).toBeGreaterThan(before.total);
    // Metrics of every step: per-function rewards, KL to the reference, lengths, clipping.
    expect(steps).toHaveLength(30);
    expect(r.grpoSteps).toEqual(steps);
    expect(steps[0].kl).toBeCloseTo(0, 6); // B starts at zero: the policy is the reference
    expect(steps.at(-1)!.kl).toBeGreaterThan(0);
    expect(steps.every((s) => Number.isNaN(s.rewards.never_applies))).toBe(true);
    expect(steps.every((s) => s.completionLength >= 1 && s.completionLength <= 2)).toBe(true);
    expect(steps.every((s) => s.clipRatio === 0)).toBe(true); // one step per generation: ratio is exactly 1
  });

  it('num_iterations > 1 reuses each generation, clips, and resumes exactly from a checkpoint', async () => {
    const opts = { ...base, grpo: { ...grpo, num_iterations: 2 }, maxSteps: 6, saveSteps: 3, outputDir: join(dir, 'run') };
    await fresh();
    const full: GrpoStepEvent[] = [];
    await trainGrpo(model, prompts, { ...opts, lora }, { onGrpoStep: (e) => { full.push(e); } });
    // Steps 1-2 share a generation (same rewards), as do 3-4 and 5-6.
    expect(full[1].reward).toBe(full[0].reward);
    expect(full.some((s) => s.clipRatio > 0)).toBe(true);
    await fresh();
    const resumed: GrpoStepEvent[] = [];
    // Resuming at step 3 lands between the two iterations of one generation: the saved rollout is reused.
    await trainGrpo(model, prompts, { ...opts, lora, resumeFrom: join(dir, 'run', 'checkpoint-3'), outputDir: join(dir, 'run2') }, { onGrpoStep: (e) => { resumed.push(e); } });
    expect(resumed.map((s) => s.step)).toEqual([4, 5, 6]);
    resumed.forEach((s, i) => {
      expect(s.loss).toBeCloseTo(full[3 + i].loss, 6);
      expect(s.reward).toBe(full[3 + i].reward);
    });
  });

  it('rejects a batch that does not split into groups, and mismatched reward weights', async () => {
    await fresh();
    await expect(trainGrpo(model, prompts, { ...base, lora, batchSize: 6, maxSteps: 1 })).rejects.toThrow(
      'per_device_train_batch_size (6) x gradient_accumulation_steps (1) = 6 completions per step; it must be a multiple of num_generations (8)',
    );
    await expect(trainGrpo(model, prompts, { ...base, lora, grpo: { ...grpo, reward_weights: [1] }, maxSteps: 1 })).rejects.toThrow(
      'reward_weights has 1 value(s) for 2 reward function(s)',
    );
  });
});
