import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { Dataset } from '../../sdk/data/dataset.js';
import { FineTune, lora, type FineTuneResult } from '../../sdk/train/fine-tune.js';
import { charTokenizer, fixtureModel, instruction } from './helpers.js';

let dir: string;
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-ft-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tok = charTokenizer(384);
const load = () => loadModel(fixtureModel('llama-f32'), { tokenizer: tok });
const train = [
  instruction('a', 'fever?', 'paracetamol'), instruction('b', 'rash?', 'antihistamine'),
  instruction('c', 'bp?', 'amlodipine'), instruction('d', 'dm2?', 'metformin'),
  instruction('e', 'pain?', 'ibuprofen'), instruction('f', 'cough?', 'honey'),
];
const val = [instruction('v', 'flu?', 'rest')];
// QLoRA-style int8 base, LoRA with dropout: exercises quantization, dropout RNG and checkpoints.
const opts = {
  quantization_bit: 8 as const, learning_rate: 2e-2, max_steps: 8, per_device_train_batch_size: 2, cutoff_len: 32,
  save_steps: 4, eval_steps: 4, logging_steps: 2, lr_scheduler_type: 'linear' as const, warmup_ratio: 0, progress: false,
};
const loraCfg = { lora_rank: 4, lora_dropout: 0.1, lora_target: ['q_proj', 'v_proj', 'down_proj'] as ('q_proj' | 'v_proj' | 'down_proj')[] };

// One full run, made before the tests (not by one of them), so each test can run alone.
let full: { out: string; curve: number[]; result: FineTuneResult };
beforeAll(async () => {
  const out = join(dir, 'run');
  const curve: number[] = [];
  const result = await lora({ train, val }, loraCfg).train({ ...opts, output_dir: out, model: await load(), events: { onStep: (e) => { curve.push(e.loss); } } });
  full = { out, curve, result };
});
afterAll(() => full?.result.model.dispose());

describe('splits.lora(cfg).train(opts)', () => {
  it('splits.lora(cfg) is lora(splits, cfg), attached to every SplitDataset', () => {
    const splits = Dataset.from([...train, ...val]).split({ seed: 1 });
    const ft = splits.lora({ lora_rank: 4 });
    expect(ft).toBeInstanceOf(FineTune);
    expect(ft.splits).toBe(splits);
    expect(ft.loraOptions).toEqual({ lora_rank: 4 });
  });

  it('trains a QLoRA adapter and writes PEFT adapter, checkpoints, metrics, report', () => {
    const { out, curve, result: r } = full;
    expect(r.quantization).toMatchObject({ kind: 'int8', layers: 14 }); // 2 layers x 7 projections
    expect(r.parameters.trainable).toBe(2 * (4 * (32 + 32) + 4 * (32 + 32) + 4 * (64 + 32)));
    expect(r.parameters.total).toBeGreaterThan(r.parameters.trainable);
    expect(curve).toHaveLength(8);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(curve.slice(4))).toBeLessThan(mean(curve.slice(0, 4))); // per-batch losses are noisy; halves are not
    for (const f of ['adapter_config.json', 'adapter_model.safetensors', 'metrics.jsonl', 'training_report.html', 'train_results.json']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const cfg = JSON.parse(readFileSync(join(out, 'adapter_config.json'), 'utf8'));
    expect(cfg).toMatchObject({ peft_type: 'LORA', task_type: 'CAUSAL_LM', r: 4, lora_alpha: 8 });
    expect(readdirSync(join(out, 'checkpoint-4')).sort()).toEqual(['adapter_config.json', 'adapter_model.safetensors', 'trainer_state.json', 'training_state.safetensors']);
    const lines = readFileSync(join(out, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['start', 'train', 'train', 'eval', 'save', 'train', 'train', 'eval', 'save', 'end']);
    expect(readFileSync(r.reportPath!, 'utf8')).toContain("Plotly.newPlot('loss'");
    // The adapter is live on the returned model and dropout is off.
    expect(r.model.linears().get('model.layers.0.self_attn.q_proj')!.constructor.name).toBe('LoraLinear');
  });

  it('resume_from_checkpoint continues exactly (same losses as the uninterrupted run)', async () => {
    const resumed: number[] = [];
    const r = await lora({ train, val }, loraCfg).train({
      ...opts, output_dir: join(dir, 'resumed'), resume_from_checkpoint: join(full.out, 'checkpoint-4'), model: await load(),
      events: { onStep: (e) => { resumed.push(e.loss); } },
    });
    expect(resumed).toHaveLength(4);
    resumed.forEach((l, i) => expect(Math.abs(l - full.curve[4 + i])).toBeLessThanOrEqual(1e-6));
    r.model.dispose();
  });

  it('refuses to overwrite results, and bad options, before loading anything', async () => {
    const existing = join(dir, 'existing');
    mkdirSync(existing);
    writeFileSync(join(existing, 'adapter_config.json'), '{}');
    await expect(lora({ train }, loraCfg).train({ ...opts, output_dir: existing })).rejects.toThrow(/existing already exists; pass overwrite/);
    await expect(lora({ train }, { lora_rank: 0 }).train({})).rejects.toThrow('.lora().train(): lora_rank: found 0; expected an integer >= 1');
    await expect(lora({ train }, {}).train({ learning_rte: 1 } as never)).rejects.toThrow(/unknown key "learning_rte" \(did you mean learning_rate\?\)/);
  });
});
