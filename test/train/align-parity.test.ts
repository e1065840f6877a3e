/**
 * GRPO and DPO losses and their LoRA gradients against the independent PyTorch reference
 * (scripts/reference/align_ref.py -> test/fixtures/align/): the tiny llama fixture with the
 * PEFT adapter of test/fixtures/layers as policy, the same checkpoint without it as reference.
 */
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { readSafetensors } from '../../sdk/model/safetensors.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { dpoLoss, sequenceLogprobs, type PairBatch } from '../../sdk/train/dpo-loss.js';
import { completionLogprobs, grpoLoss, type GrpoLossInputs } from '../../sdk/train/grpo-loss.js';
import type { LoraHandle } from '../../sdk/train/lora.js';
import { loadAdapter } from '../../sdk/train/peft.js';
import { groupAdvantages } from '../../sdk/train/rewards.js';
import { charTokenizer, fixtureModel } from './helpers.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'align');
let model: CausalLM;
let lora: LoraHandle;
let grpo: Map<string, { data: Float32Array; shape: number[] }>;
let dpo: Map<string, { data: Float32Array; shape: number[] }>;

async function readAll(file: string) {
  const st = await readSafetensors(join(DIR, file));
  const out = new Map<string, { data: Float32Array; shape: number[] }>();
  for (const [name, info] of st.tensors) out.set(name, { data: await st.read(name), shape: info.shape });
  await st.close();
  return out;
}

const rows = (t: { data: Float32Array; shape: number[] }): number[][] =>
  Array.from({ length: t.shape[0] }, (_, i) => Array.from(t.data.slice(i * t.shape[1], (i + 1) * t.shape[1])));

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let scale = 1e-6;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m / scale;
}

/** Gradients of `f` w.r.t. every LoRA matrix, keyed like the fixture (`grad.<path>.lora_A`). */
function loraGrads(f: () => tf.Scalar): { value: number; grads: Map<string, Float32Array> } {
  const vars = [...lora.layers].flatMap(([p, l]) => [[`grad.${p}.lora_A`, l.A], [`grad.${p}.lora_B`, l.B]] as const);
  const { value, grads } = tf.variableGrads(f, vars.map(([, v]) => v));
  const out = new Map<string, Float32Array>();
  for (const [key, v] of vars) {
    out.set(key, grads[v.name].dataSync() as Float32Array);
    grads[v.name].dispose();
  }
  const x = value.dataSync()[0];
  value.dispose();
  return { value: x, grads: out };
}

beforeAll(async () => {
  await initBackend();
  model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
  lora = await loadAdapter(model, join(import.meta.dirname, '..', 'fixtures', 'layers', 'peft-adapter'));
  grpo = await readAll('grpo.safetensors');
  dpo = await readAll('dpo.safetensors');
});
afterAll(() => model?.dispose());

describe('GRPO parity with the PyTorch reference', () => {
  const meta = JSON.parse(readFileSync(join(DIR, 'grpo.json'), 'utf8'));
  const inputs = (): GrpoLossInputs => ({
    inputIds: rows(grpo.get('input_ids')!),
    attentionMask: rows(grpo.get('attention_mask')!),
    promptWidth: meta.prompt_width,
    completionIds: rows(grpo.get('completion_ids')!),
    completionMask: rows(grpo.get('completion_mask')!),
    advantages: [],
  });

  it('group-normalised advantages (group, batch, none) with null rewards', () => {
    const perFn = rows(grpo.get('adv_rewards')!);
    for (const scale of ['group', 'batch', 'none'] as const) {
      const a = groupAdvantages(perFn, meta.reward_weights, 3, scale);
      const want = grpo.get(`advantages.${scale}`)!.data;
      a.advantages.forEach((v, i) => expect(v).toBeCloseTo(want[i], 5));
      const wantR = grpo.get(`rewards.${scale}`)!.data;
      a.rewards.forEach((v, i) => (Number.isNaN(wantR[i]) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(wantR[i], 6)));
    }
  });

  it('completion log-probs of policy and reference (adapter disabled) match', () => {
    const before = tf.memory().numTensors;
    const pol = completionLogprobs(model, inputs(), meta.temperature);
    const ref = lora.withAdaptersDisabled(() => completionLogprobs(model, inputs(), meta.temperature));
    expect(maxRelDiff(pol.dataSync(), grpo.get('policy_logps')!.data)).toBeLessThan(1e-5);
    expect(maxRelDiff(ref.dataSync(), grpo.get('ref_logps')!.data)).toBeLessThan(1e-5);
    tf.dispose([pol, ref]);
    expect(tf.memory().numTensors).toBe(before);
  });

  const advantages = () => groupAdvantages(rows(grpo.get('rewards_per_func')!), meta.reward_weights, meta.num_generations, 'group').advantages;
  for (const lossType of ['grpo', 'bnpo', 'dr_grpo', 'dapo', 'onpolicy'] as const) {
    it(`${lossType}: loss, KL, clip fractions and LoRA gradients`, () => {
      const before = tf.memory().numTensors;
      const inp: GrpoLossInputs = {
        ...inputs(),
        advantages: advantages(),
        refLogps: rows(grpo.get('ref_logps')!),
        oldLogps: lossType === 'onpolicy' ? undefined : rows(grpo.get('old_logps')!),
      };
      const opts = {
        beta: meta.beta, epsilonLow: meta.epsilon_low, epsilonHigh: meta.epsilon_high,
        lossType: lossType === 'onpolicy' ? 'dapo' as const : lossType, maxCompletionLength: meta.max_completion_length,
      };
      let stats: Record<string, number> = {};
      const { value, grads } = loraGrads(() => {
        const r = grpoLoss(completionLogprobs(model, inp, meta.temperature), inp, opts);
        stats = Object.fromEntries(Object.entries(r.stats).map(([k, t]) => [k, t.dataSync()[0]]));
        return r.loss;
      });
      expect(value).toBeCloseTo(grpo.get(`${lossType}.loss`)!.data[0], 5);
      const want = meta.stats[lossType];
      expect(stats.kl).toBeCloseTo(want.kl, 4);
      expect(stats.clipLow).toBeCloseTo(want.clip_low, 6);
      expect(stats.clipHigh).toBeCloseTo(want.clip_high, 6);
      expect(stats.clipRegion).toBeCloseTo(want.clip_region, 6);
      if (lossType !== 'onpolicy') expect(want.clip_region).toBeGreaterThan(0); // the fixture exercises clipping
      expect(grads.size).toBe(28);
      for (const [key, g] of grads) expect(maxRelDiff(g, grpo.get(`${lossType}.${key}`)!.data), key).toBeLessThan(2e-4);
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});

describe('DPO parity with the PyTorch reference', () => {
  const meta = JSON.parse(readFileSync(join(DIR, 'dpo.json'), 'utf8'));
  const batch = (): PairBatch => ({
    inputIds: rows(dpo.get('input_ids')!),
    attentionMask: rows(dpo.get('attention_mask')!),
    labels: rows(dpo.get('labels')!),
  });

  it('summed answer log-probs of policy and reference, and answer lengths', () => {
    const { sums, counts } = sequenceLogprobs(model, batch());
    expect(maxRelDiff(sums.dataSync(), dpo.get('policy_logps')!.data)).toBeLessThan(1e-5);
    expect(counts).toEqual(Array.from(dpo.get('counts')!.data));
    sums.dispose();
    const ref = lora.withAdaptersDisabled(() => sequenceLogprobs(model, batch()));
    expect(maxRelDiff(ref.sums.dataSync(), dpo.get('ref_logps')!.data)).toBeLessThan(1e-5);
    ref.sums.dispose();
  });

  for (const name of ['sigmoid', 'hinge', 'ipo', 'sigmoid_ftx']) {
    it(`${name}: loss, implicit rewards and LoRA gradients`, () => {
      const before = tf.memory().numTensors;
      const c = meta.cases[name];
      const refSums = Array.from(dpo.get('ref_logps')!.data);
      let rewards: { chosen: Float32Array; rejected: Float32Array } | undefined;
      const { value, grads } = loraGrads(() => {
        const { sums, counts } = sequenceLogprobs(model, batch());
        const r = dpoLoss(sums, counts, refSums, { beta: c.beta, lossType: c.loss_type, labelSmoothing: c.label_smoothing, ftx: c.ftx });
        rewards = { chosen: r.chosenRewards.dataSync() as Float32Array, rejected: r.rejectedRewards.dataSync() as Float32Array };
        return r.loss;
      });
      // Relative, as for the log-probs above: float32 sums differ by a few ulps between BLAS kernels (AVX2, AVX-512),
      // and the IPO loss is near 4, where 5e-6 absolute is only ten ulps.
      const refLoss = dpo.get(`${name}.loss`)!.data[0];
      expect(Math.abs(value - refLoss) / Math.max(1, Math.abs(refLoss))).toBeLessThan(5e-6);
      expect(maxRelDiff(rewards!.chosen, dpo.get(`${name}.chosen_rewards`)!.data)).toBeLessThan(1e-4);
      expect(maxRelDiff(rewards!.rejected, dpo.get(`${name}.rejected_rewards`)!.data)).toBeLessThan(1e-4);
      for (const [key, g] of grads) expect(maxRelDiff(g, dpo.get(`${name}.${key}`)!.data), key).toBeLessThan(2e-4);
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});
