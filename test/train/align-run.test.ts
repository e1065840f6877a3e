/**
 * The alignment stages as users run them: the YAML keys (strict, per stage), SFT then
 * `.grpo()` / `.dpo()` with the SFT adapter merged as reference and one stacked PEFT adapter,
 * and `medtune train` with `stage: grpo` on data/samples/medqa.jsonl and `stage: dpo` on
 * preference JSONL and a rated review CSV.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../sdk/cli/train.js';
import { toCsv } from '../../sdk/eval/csv.js';
import { REVIEW_COLUMNS } from '../../sdk/eval/review.js';
import { loadModel } from '../../sdk/model/loader.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { parseTrainConfig } from '../../sdk/train/config.js';
import { dpoOptionsOf, grpoOptionsOf } from '../../sdk/train/stage-options.js';
import { lora } from '../../sdk/train/fine-tune.js';
import { applyLora, LoraLinear } from '../../sdk/train/lora.js';
import { loadAdapter, readAdapterConfig } from '../../sdk/train/peft.js';
import { mergeAndUnload, saveStackedAdapter } from '../../sdk/train/stacked-adapter.js';
import { charTokenizer, fixtureModel, instruction, writeTinyLlama } from './helpers.js';

let dir: string;
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-align-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stage keys in the training config', () => {
  it('grpo and dpo keys with their defaults, only for their stage', () => {
    const g = grpoOptionsOf(parseTrainConfig({ stage: 'grpo', num_generations: 8, beta: 0 }));
    expect(g).toMatchObject({ num_generations: 8, beta: 0, loss_type: 'dapo', scale_rewards: 'group', epsilon: 0.2, max_completion_length: 64 });
    expect(dpoOptionsOf(parseTrainConfig({ stage: 'dpo', pref_loss: 'ipo' }))).toEqual({ pref_beta: 0.1, pref_loss: 'ipo', pref_ftx: 0, dpo_label_smoothing: 0 });
    // An SFT config carries none of them.
    expect(parseTrainConfig({}).num_generations).toBeUndefined();
    expect(() => parseTrainConfig({ num_generations: 4 }, 'a.yaml')).toThrow('a.yaml: num_generations: only used with stage: grpo (this config has stage: sft)');
    expect(() => parseTrainConfig({ stage: 'dpo', beta: 0.1 }, 'b.yaml')).toThrow('b.yaml: beta: only used with stage: grpo (this config has stage: dpo); for DPO use pref_beta');
    expect(() => parseTrainConfig({ stage: 'grpo', canaries: true }, 'c.yaml')).toThrow('canaries: only used with stage: sft');
    expect(() => parseTrainConfig({ stage: 'grpo', num_generation: 4 }, 'd.yaml')).toThrow(/unknown key "num_generation" \(did you mean num_generations\?\)/);
    expect(() => parseTrainConfig({ stage: 'grpo', loss_type: 'ppo' }, 'e.yaml')).toThrow('e.yaml: loss_type: found "ppo"; expected one of dapo, grpo, bnpo, dr_grpo');
    expect(() => parseTrainConfig({ stage: 'dpo', pref_loss: 'orpo' }, 'f.yaml')).toThrow('f.yaml: pref_loss: found "orpo"; expected one of sigmoid, hinge, ipo');
    expect(() => parseTrainConfig({ stage: 'dpo', pref_loss: 'ipo', dpo_label_smoothing: 0.1 }, 'g.yaml')).toThrow('g.yaml: dpo_label_smoothing: dpo_label_smoothing is only used by pref_loss: sigmoid');
    expect(() => parseTrainConfig({ stage: 'ppo' }, 'h.yaml')).toThrow('h.yaml: stage: ppo is not supported by medtune; use one of pt, sft, dpo, grpo');
  });
});

describe('stacked adapters', () => {
  it('merging an adapter and stacking it with a new one saves one exact PEFT adapter', async () => {
    const ids = tf.tensor2d([[1, 17, 45, 3, 99, 120]], undefined, 'int32');
    const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
    await loadAdapter(model, join('test', 'fixtures', 'layers', 'peft-adapter'));
    const withSft = tf.tidy(() => model.forward(ids).logits.arraySync());
    const merged = mergeAndUnload(model);
    expect(merged.size).toBe(14);
    expect([...model.linears().values()].some((l) => l instanceof LoraLinear)).toBe(false);
    tf.tidy(() => model.forward(ids).logits.arraySync()[0][5].forEach((v, i) => expect(v).toBeCloseTo(withSft[0][5][i], 3)));
    const second = applyLora(model, { r: 2, alpha: 8, dropout: 0, targetModules: ['q_proj', 'v_proj'], seed: 1 });
    for (const l of second.layers.values()) l.B.assign(tf.randomNormal(l.B.shape, 0, 0.3, 'float32', 4));
    const both = tf.tidy(() => model.forward(ids).logits.arraySync());
    await saveStackedAdapter([merged], second, join(dir, 'stacked'));
    expect(readAdapterConfig(join(dir, 'stacked'))).toMatchObject({ r: 6, lora_alpha: 6 });
    const fresh = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
    await loadAdapter(fresh, join(dir, 'stacked'));
    const again = tf.tidy(() => fresh.forward(ids).logits.arraySync());
    let maxDiff = 0;
    for (let t = 0; t < 6; t++) again[0][t].forEach((v, i) => (maxDiff = Math.max(maxDiff, Math.abs(v - both[0][t][i]))));
    expect(maxDiff).toBeLessThan(1e-3);
    ids.dispose();
    model.dispose();
    fresh.dispose();
  });
});

describe('SFT then .grpo() and .dpo()', () => {
  const tok = charTokenizer(384);
  const load = () => loadModel(fixtureModel('llama-f32'), { tokenizer: tok });
  const train = [instruction('a', 'fever?', 'rest'), instruction('b', 'rash?', 'cream'), instruction('c', 'bp?', 'salt'), instruction('d', 'pain?', 'ice')];
  const common = { learning_rate: 1e-2, logging_steps: 1, per_device_train_batch_size: 4, lr_scheduler_type: 'constant' as const, warmup_ratio: 0, progress: false, seed: 3 };
  let sftModel: CausalLM;

  it('grpo stacks on the SFT adapter: reference = SFT model, outputs files, metrics lines, rewards before/after', async () => {
    const sft = await lora({ train }, { lora_rank: 2 }).train({ ...common, max_steps: 2, cutoff_len: 32, output_dir: join(dir, 'sft'), model: await load() });
    sftModel = sft.model;
    const ids = tf.tensor2d([[1, 40, 41, 42]], undefined, 'int32');
    const sftLogits = tf.tidy(() => sftModel.forward(ids).logits.arraySync());
    function starts_with_r(_p: string, c: string) {
      return c.startsWith('r') ? 1 : 0;
    }
    const r = await lora({ train }, { lora_rank: 2 }).grpo({
      ...common, model: sftModel, reward_funcs: [starts_with_r], num_generations: 4, max_completion_length: 3, max_steps: 2, save_steps: 1,
      output_dir: join(dir, 'grpo'),
    });
    expect(r.stackedOn).toEqual([2]);
    // Adapter disabled = the SFT model (merged), the reference of the KL term.
    const ref = tf.tidy(() => r.lora.withAdaptersDisabled(() => r.model.forward(ids).logits.arraySync()));
    ref[0][3].forEach((v, i) => expect(v).toBeCloseTo(sftLogits[0][3][i], 3));
    for (const f of ['adapter_config.json', 'adapter_model.safetensors', 'metrics.jsonl', 'training_report.html', 'train_results.json', 'checkpoint-1/adapter_config.json']) {
      expect(existsSync(join(dir, 'grpo', f)), f).toBe(true);
    }
    expect(readAdapterConfig(join(dir, 'grpo')).r).toBe(4); // 2 (SFT) + 2 (GRPO)
    const lines = readFileSync(join(dir, 'grpo', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const grpoLines = lines.filter((l) => l.type === 'grpo');
    expect(grpoLines).toHaveLength(2);
    expect(Object.keys(grpoLines[0])).toEqual(expect.arrayContaining(['rewards', 'reward', 'kl', 'completionLength', 'clipRatio']));
    expect(grpoLines[0].rewards).toHaveProperty('starts_with_r');
    const results = JSON.parse(readFileSync(join(dir, 'grpo', 'train_results.json'), 'utf8'));
    expect(results).toMatchObject({ heldOut: 'training', stackedOnRanks: [2] });
    expect(results.rewardsBefore.perFunction).toHaveProperty('starts_with_r');
    // The stacked adapter on a fresh base computes what the aligned model computes.
    const fresh = await load();
    await loadAdapter(fresh, join(dir, 'grpo'));
    const a = tf.tidy(() => fresh.forward(ids).logits.arraySync());
    const b = tf.tidy(() => r.model.forward(ids).logits.arraySync());
    a[0][3].forEach((v, i) => expect(v).toBeCloseTo(b[0][3][i], 3));
    fresh.dispose();
    ids.dispose();
    r.model.dispose();
  });

  it('dpo from pairs with val_size; refuses names as reward functions and empty pairs', async () => {
    const pairs = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, source: { file: 'p.jsonl', format: 'trl' }, prompt: [{ role: 'user' as const, content: `q${i}?` }], chosen: 'yes', rejected: 'no', meta: {} }));
    const r = await lora({ train: [] }, { lora_rank: 2 }).dpo({ ...common, pairs, val_size: 1, max_steps: 3, cutoff_len: 32, output_dir: join(dir, 'dpo'), model: await load() });
    expect(r.heldOut).toBe('validation');
    expect(r.pairs).toMatchObject({ train: 4, heldOut: 1 });
    expect(r.marginsAfter.logpMargin).toBeGreaterThan(r.marginsBefore.logpMargin);
    const lines = readFileSync(join(dir, 'dpo', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'dpo').map((l) => l.step)).toEqual([1, 2, 3]);
    expect(lines.some((l) => l.type === 'eval')).toBe(true);
    r.model.dispose();
    await expect(lora({ train }, {}).grpo({ reward_funcs: ['accuracy_reward'] as never })).rejects.toThrow('reward_funcs: expected a list of reward functions');
    await expect(lora({ train: [] }, {}).dpo({ pairs: [] })).rejects.toThrow('pairs: expected preference pairs');
  });
});

describe('medtune train with stage: grpo / dpo', () => {
  let modelDir: string;
  beforeAll(async () => {
    modelDir = join(dir, 'tiny');
    await writeTinyLlama(modelDir, { maxPositions: 512 });
  });
  const yaml = (stage: string, dataset: string, extra: string) =>
    `model_name_or_path: ${modelDir}\ndataset: ${dataset}\ntemplate: chatml\nstage: ${stage}\nlora_rank: 2\nlearning_rate: 0.01\n` +
    `max_steps: 2\nlogging_steps: 1\nseed: 3\noutput_dir: ${join(dir, `cli-${stage}`)}\n${extra}`;

  it('stage: grpo on data/samples/medqa.jsonl writes a PEFT adapter and a metrics log with rewards', async () => {
    const cfg = join(dir, 'grpo.yaml');
    writeFileSync(cfg, yaml('grpo', 'data/samples/medqa.jsonl', 'num_generations: 2\nmax_completion_length: 4\nper_device_train_batch_size: 4\nreward_funcs: [accuracy_reward, format_reward, no_phi_reward]\nreward_weights: [1.0, 0.5, 0.1]\n'));
    expect(await run([cfg, '--quiet'])).toBe(0);
    for (const f of ['adapter_config.json', 'adapter_model.safetensors', 'metrics.jsonl', 'train_results.json']) expect(existsSync(join(dir, 'cli-grpo', f)), f).toBe(true);
    const lines = readFileSync(join(dir, 'cli-grpo', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const g = lines.filter((l) => l.type === 'grpo');
    expect(g).toHaveLength(2);
    expect(Object.keys(g[0].rewards)).toEqual(['accuracy_reward', 'format_reward', 'no_phi_reward']);
  });

  it('stage: dpo on {"prompt","chosen","rejected"} JSONL and on a rated review CSV', async () => {
    const jsonl = join(dir, 'prefs.jsonl');
    writeFileSync(jsonl, [['Fever?', 'Rest and fluids.', 'Run a marathon.'], ['Rash?', 'See a doctor.', 'Scratch it.'], ['Cough?', 'Honey.', 'Smoke.']]
      .map(([prompt, chosen, rejected]) => JSON.stringify({ prompt, chosen, rejected })).join('\n'));
    const csv = join(dir, 'rated.csv');
    const row = (id: string, model: string, out: string, s: number) => [id, model, 'mcq', 'q1', 'Which drug?', out, 'B', s, s, s, s, ''];
    writeFileSync(csv, toCsv([[...REVIEW_COLUMNS], row('r1', 'base', 'Answer: A', 2), row('r2', 'lora', 'Answer: B', 5), row('r3', 'other', 'Answer: C', 2)]));
    const cfg = join(dir, 'dpo.yaml');
    writeFileSync(cfg, yaml('dpo', `[${jsonl}, ${csv}]`, 'per_device_train_batch_size: 2\npref_beta: 0.2\ncutoff_len: 64\n'));
    const logged: string[] = [];
    const orig = console.log;
    console.log = (s: string) => logged.push(s);
    try {
      expect(await run([cfg, '--quiet'])).toBe(0);
    } finally {
      console.log = orig;
    }
    const summary = JSON.parse(logged.join('\n'));
    // 3 JSONL pairs + 2 review pairs (r2 beats r1 and r3; r1 vs r3 is a tie).
    expect(summary.pairs.train).toBe(5);
    expect(summary.datasets[1]).toMatchObject({ pairs: 2, ties: 1 });
    expect(existsSync(join(dir, 'cli-dpo', 'adapter_model.safetensors'))).toBe(true);
    const lines = readFileSync(join(dir, 'cli-dpo', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'dpo')[0]).toHaveProperty('rewardAccuracy');
  });
});
