/**
 * `medtune export`: flags, refusals and exit codes; GGUF, merged GGUF, LoRA GGUF and merged HF
 * exports from a PEFT adapter folder; `--verify` running the results in llama.cpp.
 */
import * as tf from '@tensorflow/tfjs';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../sdk/cli/export.js';
import { inProcess } from '../cli-helpers.js';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { applyLora, LoraConfigSchema } from '../../sdk/train/lora.js';
import { saveAdapter } from '../../sdk/train/peft.js';

const exec = promisify(execFile);
const TINY = 'data/models/medtune-tiny';
const SLOW = 600_000;
let tmp: string;
let adapterDir: string;

/** Run `medtune export` in-process; a thrown error counts as exit 1 (as main does). */
const exportCli = (argv: string[]) => inProcess(run, argv);

beforeAll(async () => {
  await initBackend();
  tmp = mkdtempSync(join(tmpdir(), 'medtune-export-cli-'));
  // A PEFT adapter with non-zero B, so merged and unmerged models differ.
  const model = await loadModel(TINY);
  const lora = applyLora(model, LoraConfigSchema.parse({ r: 4, alpha: 8, dropout: 0, seed: 5 }));
  let seed = 1;
  for (const l of lora.layers.values()) {
    const b = tf.randomNormal(l.B.shape, 0, 0.05, 'float32', seed++);
    l.B.assign(b);
    b.dispose();
  }
  adapterDir = join(tmp, 'adapter');
  await saveAdapter(lora, adapterDir, { baseModelNameOrPath: TINY });
  model.dispose();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('medtune export: flags and refusals', () => {
  it('is a registered command with help', async () => {
    const { stdout } = await exec('./bin/medtune', ['export', '--help']);
    expect(stdout).toContain('gguf-lora');
    const { stdout: top } = await exec('./bin/medtune', ['--help']);
    expect(top).toMatch(/export\s+export to GGUF/);
  });

  it('exits 2 with a message for inconsistent flags', async () => {
    const cases: [string[], RegExp][] = [
      [['--model', TINY], /--out <path> is required/],
      [['--model', TINY, '--out', 'x', '--format', 'onnx'], /--format: found "onnx"/],
      [['--model', TINY, '--out', 'x', '--format', 'hf'], /--format hf needs --adapter/],
      [['--model', TINY, '--out', 'x', '--format', 'gguf-lora'], /--format gguf-lora needs --adapter/],
      [['--model', TINY, '--out', 'x.gguf', '--outtype', 'bf16'], /--outtype: found "bf16"; expected f32, f16, q8_0/],
      [['--model', TINY, '--out', 'x', '--format', 'hf', '--adapter', 'a', '--outtype', 'f16'], /--outtype applies to GGUF/],
      [['--model', TINY, '--out', 'x.gguf', '--base-gguf', 'b.gguf'], /--base-gguf applies to --format gguf-lora/],
      [['--model', TINY, '--out', 'x.gguf', '--template', 'vicuna'], /--template: found "vicuna"/],
      [['--model', TINY, '--out', 'x', '--format', 'gguf-lora', '--adapter', 'a', '--verify'], /needs --base-gguf/],
    ];
    for (const [argv, msg] of cases) {
      const r = await exportCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
    }
  });

  it('writes a GGUF and its Modelfile, refuses to overwrite without --force, replaces with it', async () => {
    const out = join(tmp, 'tiny-q8_0.gguf');
    const first = await exportCli(['--model', TINY, '--out', out, '--outtype', 'q8_0', '--json']);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout) as { path: string; bytes: number; outtype: string; tensorTypes: Record<string, number>; modelfile: string };
    expect(json).toMatchObject({ path: out, outtype: 'q8_0', tensorTypes: { Q8_0: 29, F32: 9 } });
    expect(readFileSync(out).length).toBe(json.bytes);
    expect(readFileSync(json.modelfile, 'utf8')).toContain('FROM ./tiny-q8_0.gguf');
    expect(first.stderr).toMatch(/tensors/); // progress

    const again = await exportCli(['--model', TINY, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists.*--force/);
    expect((await exportCli(['--model', TINY, '--out', out, '--force'])).code).toBe(0);
  });
});

describe('medtune export with an adapter', () => {
  it('--format hf writes the merged Hugging Face checkpoint', async () => {
    const out = join(tmp, 'merged-hf');
    const r = await exportCli(['--model', TINY, '--adapter', adapterDir, '--format', 'hf', '--out', out]);
    expect(r.code).toBe(0);
    for (const f of ['config.json', 'model.safetensors', 'tokenizer.json']) expect(existsSync(join(out, f))).toBe(true);
  });

  it('--format gguf with --adapter merges it; --verify runs it in llama.cpp and passes', async () => {
    const out = join(tmp, 'tuned-f16.gguf');
    const r = await exportCli(['--model', TINY, '--adapter', adapterDir, '--out', out, '--verify', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { verify: { ok: boolean; greedyMatches: string; tokenizerMatches: string; maxAbsLogprobDiff: number } };
    expect(json.verify).toMatchObject({ ok: true, greedyMatches: '3/3', tokenizerMatches: '4/4' });
    expect(json.verify.maxAbsLogprobDiff).toBeLessThan(0.05);
    expect(r.stderr).toMatch(/verify: max \|Δ logprob\| .*: OK/);
  }, SLOW);

  it('--format gguf-lora writes the adapter GGUF and a Modelfile; --verify loads it onto the base GGUF', async () => {
    const base = join(tmp, 'base-f32.gguf');
    expect((await exportCli(['--model', TINY, '--out', base, '--outtype', 'f32', '--no-modelfile'])).code).toBe(0);
    expect(existsSync(join(tmp, 'base-f32.Modelfile'))).toBe(false);
    const out = join(tmp, 'adapter-f32.gguf');
    const r = await exportCli(['--model', TINY, '--adapter', adapterDir, '--format', 'gguf-lora', '--base-gguf', base, '--out', out, '--verify', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { alpha: number; layers: number; modelfile: string; verify: { ok: boolean } };
    expect(json).toMatchObject({ alpha: 8, layers: 28, verify: { ok: true } });
    const modelfile = readFileSync(json.modelfile, 'utf8');
    expect(modelfile).toContain('FROM ./base-f32.gguf\nADAPTER ./adapter-f32.gguf');
  }, SLOW);
});
