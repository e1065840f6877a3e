import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../sdk/cli/train.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { writeTinyLlama } from './helpers.js';

// A very small random Llama built in-test with the real Llama-2 tokenizer of the embedded model,
// so `medtune train` runs its whole path (YAML, JSONL loading, chat template, LoRA, PEFT save).
let dir: string;
let modelDir: string;
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-cli-'));
  modelDir = join(dir, 'tiny');
  await writeTinyLlama(modelDir);
  const rows = [
    { instruction: 'What does BP stand for?', input: '', output: 'Blood pressure.' },
    { instruction: 'Expand HR.', input: '', output: 'Heart rate.' },
    { instruction: 'Expand RR.', input: '', output: 'Respiratory rate.' },
    { instruction: 'Expand SpO2.', input: '', output: 'Oxygen saturation.' },
  ];
  writeFileSync(join(dir, 'data.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const yaml = (extra: string) =>
  `model_name_or_path: ${modelDir}\ndataset: ${join(dir, 'data.jsonl')}\ntemplate: chatml\nfinetuning_type: lora\n` +
  `lora_rank: 2\nlora_target: q_proj,v_proj\ncutoff_len: 64\nper_device_train_batch_size: 2\nlearning_rate: 0.01\n` +
  `max_steps: 3\nval_size: 0.25\nlogging_steps: 1\nsave_steps: 2\noutput_dir: ${join(dir, 'out')}\nseed: 3\n${extra}`;

describe('medtune train <config.yaml>', () => {
  it('trains from a LLaMA-Factory style YAML and writes the adapter', async () => {
    const cfg = join(dir, 'train.yaml');
    writeFileSync(cfg, yaml(''));
    expect(await run([cfg, '--quiet'])).toBe(0);
    for (const f of ['adapter_config.json', 'adapter_model.safetensors', 'training_report.html', 'checkpoint-2/trainer_state.json']) {
      expect(existsSync(join(dir, 'out', f)), f).toBe(true);
    }
    // LLaMA-Factory's files beside the adapter, and no staging folder left behind.
    for (const f of ['trainer_state.json', 'train_results.json', 'eval_results.json', 'all_results.json', 'training_loss.png', 'README.md']) {
      expect(existsSync(join(dir, 'out', f)), f).toBe(true);
    }
    expect(existsSync(join(dir, 'out.partial'))).toBe(false);
    // Without --force a folder holding checkpoints is continued (as in LLaMA-Factory), with --force replaced.
    expect(await run([cfg, '--quiet'])).toBe(0);
    expect(await run([cfg, '--quiet', '--force'])).toBe(0);
    // Resume from the newest checkpoint: the metrics log gains a start line naming it.
    expect(await run([cfg, '--quiet', '--resume', 'latest'])).toBe(0);
    const starts = readFileSync(join(dir, 'out', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.type === 'start');
    expect(starts.at(-1)).toMatchObject({ startStep: 2, resumedFrom: 'checkpoint-2' });
    // A folder with results but no checkpoint is refused before the model loads.
    const other = join(dir, 'results-only');
    mkdirSync(other);
    writeFileSync(join(other, 'adapter_config.json'), '{}');
    writeFileSync(cfg, yaml('').replace(`output_dir: ${join(dir, 'out')}`, `output_dir: ${other}`));
    await expect(run([cfg, '--quiet'])).rejects.toThrow(/results-only already exists; pass overwrite: true \(CLI: --force\)/);
  });

  it('rejects unknown keys and bad values naming the file, key, value and what is allowed', async () => {
    const cfg = join(dir, 'bad.yaml');
    writeFileSync(cfg, yaml('lora_rnk: 8\nquantization_bit: 3\n'));
    const err = await run([cfg]).catch((e: Error) => e.message);
    expect(err).toContain(`${cfg}: unknown key "lora_rnk" (did you mean lora_rank?)`);
    expect(err).toContain(`${cfg}: quantization_bit: found 3; expected 4 or 8`);
    expect(await run(['--help'])).toBe(0);
    expect(await run([])).toBe(2);
  });
});
