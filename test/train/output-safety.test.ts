// Bad input in the training path (issue 14's table): every case gets a clear error before the
// expensive work where possible, and nothing half-written is left behind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { lora } from '../../sdk/train/fine-tune.js';
import { charTokenizer, fixtureModel, instruction } from './helpers.js';

let dir: string;
const mounts: string[] = [];
const mountTmpfs = (at: string, options: string) => {
  mkdirSync(at, { recursive: true });
  // Needs root (CAP_SYS_ADMIN), as on the development machines and CI; a failure here fails the test.
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at]);
  mounts.push(at);
};
beforeAll(async () => {
  await initBackend();
  dir = mkdtempSync(join(tmpdir(), 'medtune-safety-'));
});
afterAll(() => {
  for (const m of mounts.reverse()) execFileSync('umount', [m]);
  rmSync(dir, { recursive: true, force: true });
});

const train = ['fever?', 'rash?', 'bp?', 'dm2?'].map((q, i) => instruction(`r${i}`, q, 'see a doctor'));
const quick = { max_steps: 4, per_device_train_batch_size: 2, cutoff_len: 32, save_steps: 2, logging_steps: 1, progress: false, onNotice: () => {} };
const noModel = { ...quick, model_name_or_path: '/nonexistent/model' };

describe('training output and length safety', () => {
  it('an existing output folder is refused before the model loads', async () => {
    const out = join(dir, 'existing');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    // The model path does not exist: reaching the loader would fail with another message.
    await expect(lora({ train }).train({ ...noModel, output_dir: out })).rejects.toThrow(`${out} already exists; pass overwrite: true (CLI: --force)`);
  });

  it('output_dir under /proc is refused as a pseudo file system', async () => {
    await expect(lora({ train }).train({ ...noModel, output_dir: '/proc/medtune-out' })).rejects.toThrow(/\/proc\/medtune-out: is on a pseudo file system .*not under \/proc, \/sys or \/dev/);
    await expect(lora({ train }).train({ ...noModel, output_dir: '/sys/kernel/medtune' })).rejects.toThrow(/pseudo file system/);
  });

  it('a read-only output folder is reported as not writable', async () => {
    const ro = join(dir, 'ro');
    mountTmpfs(ro, 'ro,size=64k');
    await expect(lora({ train }).train({ ...noModel, output_dir: join(ro, 'out') })).rejects.toThrow(`${join(ro, 'out')}: cannot write in ${ro}: the folder is not writable (EROFS)`);
  });

  it('cutoff_len above the model positions names both numbers, before loading', async () => {
    await expect(lora({ train }).train({ ...quick, model_name_or_path: fixtureModel('llama-f32'), cutoff_len: 4096, output_dir: join(dir, 'long') })).rejects.toThrow(
      /cutoff_len: found 4096; .*llama-f32 has max_position_embeddings (\d+); expected cutoff_len <= \1/,
    );
    expect(existsSync(join(dir, 'long'))).toBe(false);
  });

  it('plain {"text"} rows (or anything without an answer) are refused for sft naming the file and the shape; stage pt takes them', async () => {
    const text = [0, 1, 2].map((i) => ({ kind: 'report' as const, id: `t${i}`, source: { file: 'corpus.jsonl', line: i + 1, format: 'reports' }, meta: {}, text: 'Chest X-ray: no acute findings.' }));
    await expect(lora({ train: text }).train({ ...noModel, output_dir: join(dir, 'text') })).rejects.toThrow(
      /^corpus\.jsonl: 3 of 3 records are report records \(first: t0\); stage sft expects instruction\/chat records .*stage: pt/,
    );
    // Conversations that end without an answer yield 0 training examples: an error, not exit 0.
    const unanswered = [{ kind: 'chat' as const, id: 'c0', source: { file: 'chats.jsonl', line: 1, format: 'messages' }, meta: {}, messages: [{ role: 'user' as const, content: 'hi' }] }];
    const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
    await expect(lora({ train: unanswered }).train({ ...quick, model, output_dir: join(dir, 'unanswered') })).rejects.toThrow(/^chats\.jsonl: none of the 1 training records is usable \(c0: conversation has no assistant message to learn\)/);
    expect(existsSync(join(dir, 'unanswered'))).toBe(false);
    expect(existsSync(join(dir, 'unanswered.partial'))).toBe(false);
    // The failed run took its LoRA layers off the model it was given, so the model can be reused.
    const pt = await lora({ train: text }).train({ ...quick, stage: 'pt', model, output_dir: join(dir, 'pt'), save_total_limit: 1 });
    expect(pt.metrics.steps).toBe(4);
    expect(pt.metrics.trainStats.examples).toBe(3);
    // save_total_limit keeps the newest checkpoint only (checkpoint-2 was written, then removed).
    expect(readdirSync(join(dir, 'pt')).filter((f) => f.startsWith('checkpoint-'))).toEqual(['checkpoint-4']);
    pt.model.dispose();
  });

  it('disk full during training: the error names the path, nothing half-written remains, the rerun works', async () => {
    const disk = join(dir, 'disk');
    mountTmpfs(disk, 'size=16m');
    // Leave a few KB: enough for the start of the metrics log, not for a checkpoint.
    writeFileSync(join(disk, 'filler'), Buffer.alloc(16 * 1024 * 1024 - 12 * 1024));
    const out = join(disk, 'run');
    const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) });
    const opts = { ...quick, model, output_dir: out, lora_target: ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] as never };
    const err = await lora({ train }).train(opts).then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(new RegExp(`writing ${out} failed: ${out}\\.partial/.*: no space left on the device \\(ENOSPC\\); nothing was written to ${out}`));
    expect(readdirSync(disk)).toEqual(['filler']);
    rmSync(join(disk, 'filler'));
    const again = await lora({ train }).train({ ...opts, model: await loadModel(fixtureModel('llama-f32'), { tokenizer: charTokenizer(384) }) });
    expect(existsSync(join(out, 'adapter_model.safetensors'))).toBe(true);
    again.model.dispose();
    model.dispose();
  });
});
