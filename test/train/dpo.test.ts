/**
 * DPO end to end on the tiny llama fixture: tokenization of pairs (chat template, rendered review
 * prompts, LLaMA-Factory truncation), the chosen-minus-rejected margin rising, memory and resume.
 */
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreferencePair } from '../../sdk/data/preferences.js';
import { loadModel } from '../../sdk/model/loader.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { DpoConfigSchema } from '../../sdk/train/dpo-config.js';
import { preferenceMargins, trainDpo, type DpoStepEvent } from '../../sdk/train/dpo.js';
import { applyLora, type LoraHandle } from '../../sdk/train/lora.js';
import { pairBatch, tokenizePairs } from '../../sdk/train/preference-data.js';
import { inferSeqlen } from '../../sdk/train/sft-data.js';
import { charTokenizer, fixtureModel } from './helpers.js';

const tok = charTokenizer(384);
const src = { file: 'prefs.jsonl', format: 'trl' };
const pair = (id: string, q: string, chosen: string, rejected: string): PreferencePair => ({ id, source: src, prompt: [{ role: 'user', content: q }], chosen, rejected, meta: {} });
const pairs = [
  pair('a', 'fever?', 'rest', 'run'), pair('b', 'rash?', 'cream', 'scratch'),
  pair('c', 'cough?', 'honey', 'smoke'), pair('d', 'pain?', 'ice', 'heat'),
];

let model: CausalLM;
let lora: LoraHandle;
let dir: string;
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-dpo-'));
});
afterAll(() => {
  model?.dispose();
  rmSync(dir, { recursive: true, force: true });
});
async function fresh(): Promise<void> {
  model?.dispose();
  model = await loadModel(fixtureModel('llama-f32'), { tokenizer: tok });
  lora = applyLora(model, { r: 8, alpha: 16, dropout: 0, seed: 3 });
}

describe('preference tokenization', () => {
  it('renders the prompt with the chat template; answers end with EOS', () => {
    const { examples, stats } = tokenizePairs(tok, pairs.slice(0, 1), { cutoffLen: 64 });
    expect(tok.decode(examples[0].prompt)).toBe('<s>U:fever?\nA:');
    expect(tok.decode(examples[0].chosen)).toBe('rest</s>');
    expect(tok.decode(examples[0].rejected)).toBe('run</s>');
    expect(stats).toMatchObject({ pairs: 1, examples: 1, truncated: 0, prerendered: 0 });
    const b = pairBatch(examples, 0);
    expect(b.inputIds).toHaveLength(2);
    expect(b.labels[1].filter((l) => l !== -100)).toEqual(examples[0].rejected);
  });

  it('uses a review prompt already rendered with this template as is, else as the user turn', () => {
    const rendered: PreferencePair = { ...pairs[0], prompt: '<s>S:be brief\nU:fever?\nA:' };
    const plain: PreferencePair = { ...pairs[0], prompt: 'fever?' };
    const { examples, stats } = tokenizePairs(tok, [rendered, plain], { cutoffLen: 64 });
    expect(stats.prerendered).toBe(1);
    expect(tok.decode(examples[0].prompt)).toBe('<s>S:be brief\nU:fever?\nA:');
    expect(tok.decode(examples[1].prompt)).toBe('<s>U:fever?\nA:');
  });

  it("cuts long pairs as LLaMA-Factory's infer_seqlen does, and drops pairs that become identical", () => {
    expect(inferSeqlen(300, 100, 256)).toEqual([156, 100]);
    expect(inferSeqlen(50, 300, 256)).toEqual([50, 206]);
    expect(inferSeqlen(200, 200, 256)).toEqual([128, 128]);
    const long = pair('l', 'x'.repeat(40), 'same start then A', 'same start then B');
    const { examples, stats } = tokenizePairs(tok, [long, pairs[0]], { cutoffLen: 20 });
    expect(stats.truncated).toBe(1); // the short pair fits
    expect(stats.dropped).toEqual([{ id: 'l', reason: 'chosen and rejected are the same tokens within cutoff_len 20' }]);
    expect(examples[0].prompt.length + examples[0].chosen.length).toBeLessThanOrEqual(20);
  });
});

describe('trainDpo', () => {
  it('raises the chosen-minus-rejected margin; reward accuracy reaches 1; no tensor leaks', async () => {
    await fresh();
    const { examples } = tokenizePairs(tok, pairs, { cutoffLen: 64 });
    const before = preferenceMargins(model, examples, { beta: 0.1 });
    const tensors = tf.memory().numTensors;
    const steps: DpoStepEvent[] = [];
    const dpo = DpoConfigSchema.parse({ pref_beta: 0.1 });
    const r = await trainDpo(model, examples, undefined, { lora, dpo, batchSize: 2, learningRate: 2e-3, maxSteps: 16, lrSchedulerType: 'constant', warmupRatio: 0, seed: 1 }, { onDpoStep: (e) => { steps.push(e); } });
    expect(tf.memory().numTensors).toBe(tensors);
    const after = preferenceMargins(model, examples, { beta: 0.1 });
    console.log(`DPO learning test: log-prob margin ${before.logpMargin.toFixed(3)} -> ${after.logpMargin.toFixed(3)}, reward margin ${before.rewardMargin.toFixed(3)} -> ${after.rewardMargin.toFixed(3)}`);
    // Fresh adapter: policy = reference, up to float32 rounding of two forward passes (kernels differ by CPU).
    expect(before.rewardMargin).toBeCloseTo(0, 5);
    expect(after.logpMargin).toBeGreaterThan(before.logpMargin + 1);
    expect(after.rewardAccuracy).toBe(1);
    expect(steps).toHaveLength(16);
    expect(r.dpoSteps).toEqual(steps);
    expect(steps[0].margin).toBeCloseTo(0, 5);
    expect(steps.at(-1)!.margin).toBeGreaterThan(0.1);
    expect(steps.at(-1)!.loss).toBeLessThan(steps[0].loss);
  });

  it('ipo and resume from a checkpoint continue exactly', async () => {
    const { examples } = tokenizePairs(tok, pairs, { cutoffLen: 64 });
    const dpo = DpoConfigSchema.parse({ pref_loss: 'ipo', pref_beta: 0.5 });
    const opts = { dpo, batchSize: 2, learningRate: 5e-3, maxSteps: 6, saveSteps: 3, outputDir: join(dir, 'run'), seed: 2 };
    await fresh();
    const full: number[] = [];
    await trainDpo(model, examples.map((e) => ({ ...e })), undefined, { ...opts, lora }, { onStep: (e) => { full.push(e.loss); } });
    await fresh();
    const resumed: number[] = [];
    await trainDpo(model, examples.map((e) => ({ ...e })), undefined, { ...opts, lora, resumeFrom: join(dir, 'run', 'checkpoint-3'), outputDir: join(dir, 'run2') }, { onStep: (e) => { resumed.push(e.loss); } });
    expect(resumed).toHaveLength(3);
    resumed.forEach((l, i) => expect(l).toBeCloseTo(full[3 + i], 6));
  });
});
