import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../sdk/cli/train.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { writeTinyLlama } from './helpers.js';

// LLaMA-Factory's own example YAMLs (verbatim, see test/fixtures/llamafactory/README.md) run as a
// user would run them: from a folder whose data/ holds their dataset_info.json and demo files,
// with only model_name_or_path, output_dir, cutoff_len and max_steps changed. Their dataset_dir is
// left at its default (data, relative to the working folder, as in LLaMA-Factory).
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'llamafactory');
const CHANGED = ['model_name_or_path', 'output_dir', 'cutoff_len', 'max_steps'] as const;

let dir: string;
let modelDir: string;
const startCwd = process.cwd();
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-lf-examples-'));
  modelDir = join(dir, 'tiny-llama');
  // writeTinyLlama copies the embedded tokenizer by a repository-relative path: write before chdir.
  await writeTinyLlama(modelDir);
  mkdirSync(join(dir, 'data'));
  for (const f of readdirSync(join(FIXTURES, 'data'))) copyFileSync(join(FIXTURES, 'data', f), join(dir, 'data', f));
  process.chdir(dir);
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => {
  process.chdir(startCwd);
  rmSync(dir, { recursive: true, force: true });
});

/** The example with exactly the four keys replaced (line by line, so every other line stays verbatim). */
function adapted(example: string, values: Record<(typeof CHANGED)[number], string | number>): string {
  const lines = readFileSync(join(FIXTURES, 'examples', example), 'utf8').split('\n');
  const seen = new Set<string>();
  const out = lines.map((line) => {
    const key = CHANGED.find((k) => line.startsWith(`${k}:`));
    if (!key) return line;
    seen.add(key);
    return `${key}: ${values[key]}`;
  });
  // LLaMA-Factory's examples set no max_steps (they train by num_train_epochs): it is added.
  for (const k of CHANGED) if (!seen.has(k)) out.push(`${k}: ${values[k]}`);
  return out.join('\n');
}

describe.each([
  ['llama3_lora_sft.yaml', 'llama3', false],
  ['qwen3_lora_sft.yaml', 'qwen3_nothink', false],
  ['qwen3_lora_sft_otfq.yaml', 'qwen3_nothink', true],
] as const)('LLaMA-Factory example %s', (example, template, qlora) => {
  it('trains with only model, output_dir, cutoff_len and max_steps changed', async () => {
    const outDir = join(dir, 'saves', example.replace('.yaml', ''));
    const yamlPath = join(dir, example);
    writeFileSync(yamlPath, adapted(example, { model_name_or_path: modelDir, output_dir: outDir, cutoff_len: 64, max_steps: 1 }));
    const notices: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { notices.push(a.map(String).join(' ')); });
    const logSpy = vi.spyOn(console, 'log').mockImplementation(() => {});

    expect(await run([yamlPath])).toBe(0);

    for (const f of ['adapter_model.safetensors', 'adapter_config.json', 'trainer_state.json']) expect(existsSync(join(outDir, f)), f).toBe(true);
    const ignored = notices.filter((n) => n.includes('ignored here'));
    expect(ignored).toHaveLength(1);
    for (const k of ['trust_remote_code', 'preprocessing_num_workers', 'dataloader_num_workers', 'ddp_timeout', 'bf16']) expect(ignored[0]).toContain(k);
    expect(ignored[0]).toContain(yamlPath);
    expect(JSON.parse(logSpy.mock.calls.at(-1)![0] as string)).toMatchObject({ adapterDir: outDir, steps: 1 });

    const runInfo = JSON.parse(readFileSync(join(outDir, 'medtune_run.json'), 'utf8'));
    expect(runInfo.config).toMatchObject({ template, cutoff_len: 64, max_steps: 1, lora_rank: 8, lora_target: 'all' });
    // Both registry datasets were read from ./data (5 records each in the fixtures).
    expect(runInfo.provenance.datasets.map((d: { name: string; records: number }) => [d.name, d.records])).toEqual([['identity', 5], ['alpaca_en_demo', 5]]);
    expect(runInfo.steps).toBe(1);
    // Every record became an example with something to learn; the long alpaca answers were cut to cutoff_len and counted.
    expect(runInfo.trainStats).toMatchObject({ records: 10, examples: 10, dropped: [] });
    expect(runInfo.trainStats.truncated).toBeGreaterThan(0);
    if (qlora) {
      expect(runInfo.config).toMatchObject({ quantization_bit: 4, quantization_method: 'bnb' });
      expect(runInfo.quantization).toMatchObject({ kind: 'nf4' });
      expect(runInfo.quantization.layers).toBeGreaterThan(0);
      expect(runInfo.quantization.bytesAfter).toBeLessThan(runInfo.quantization.bytesBefore);
    } else {
      expect(runInfo.quantization).toBeUndefined();
    }
    const state = JSON.parse(readFileSync(join(outDir, 'trainer_state.json'), 'utf8'));
    expect(state.global_step).toBe(1);
  });
});
