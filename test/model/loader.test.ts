/**
 * loadModel: reports, registries, swappable projections, the quantize hook, clear errors for
 * broken checkpoints, and no leaked tensors.
 */
import * as tf from '@tensorflow/tfjs';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DenseLinear } from '../../sdk/model/linear.js';
import { loadModel } from '../../sdk/model/loader.js';
import { readSafetensors, writeSafetensors, type TensorToWrite } from '../../sdk/model/safetensors.js';
import type { Linear } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { fixtureDir, idTokenizer } from './helpers.js';

const tokenizer = idTokenizer(384);

beforeAll(async () => {
  await initBackend();
});

/** Copy a fixture to a temp folder so a test can break it. */
function copyFixture(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'medtune-load-')), name);
  cpSync(fixtureDir(name), dir, { recursive: true });
  return dir;
}

async function rewriteWeights(dir: string, edit: (t: Record<string, TensorToWrite>) => void): Promise<void> {
  const path = join(dir, 'model.safetensors');
  const st = await readSafetensors(path);
  const tensors: Record<string, TensorToWrite> = {};
  for (const [name, info] of st.tensors) tensors[name] = { dtype: info.dtype as 'F32', shape: info.shape, data: await st.read(name) };
  await st.close();
  edit(tensors);
  await writeSafetensors(path, tensors, undefined, { overwrite: true });
}

function editConfig(dir: string, edit: (c: Record<string, unknown>) => void): void {
  const path = join(dir, 'config.json');
  const c = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(c);
  writeFileSync(path, JSON.stringify(c));
}

describe('loadModel', () => {
  it('reports parameters, bytes, dtypes and files, and frees everything on dispose', async () => {
    const before = tf.memory().numTensors;
    const m = await loadModel(fixtureDir('qwen3-bf16-sharded'), { tokenizer });
    const params = m.parameters();
    const total = [...params.values()].reduce((a, v) => a + v.size, 0);
    expect(m.loadReport.parameters).toBe(total);
    expect(m.loadReport.float32Bytes).toBe(4 * total);
    expect(m.loadReport.sourceBytes).toBe(2 * total);
    expect(m.loadReport.files).toHaveLength(3);
    expect(m.loadReport.dtypes).toEqual({ BF16: params.size });
    expect(params.has('model.layers.1.self_attn.q_norm.weight')).toBe(true);
    expect(params.has('lm_head.weight')).toBe(true);
    expect([...m.linears().keys()]).toContain('model.layers.0.mlp.down_proj');
    expect(m.generationDefaults).toMatchObject({ bos_token_id: 1, eos_token_id: 2 });
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('uses a projection installed with setLinear and rejects a mismatched one', async () => {
    const m = await loadModel(fixtureDir('llama-f32'), { tokenizer });
    const ids = tf.tensor2d([[5, 6, 7]], [1, 3], 'int32');
    const a = m.forward(ids).logits;
    const path = 'model.layers.1.mlp.down_proj';
    const orig = m.linears().get(path)!;
    const zero: Linear & { base: Linear } = {
      base: orig,
      inFeatures: orig.inFeatures,
      outFeatures: orig.outFeatures,
      apply: (x) => tf.zeros([...x.shape.slice(0, -1), orig.outFeatures]),
      dispose: () => orig.dispose(),
    };
    m.setLinear(path, zero);
    const b = m.forward(ids).logits;
    expect(tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0])).toBeGreaterThan(1e-3);
    // A wrapper exposing `base` keeps the frozen weight visible in parameters().
    expect(m.parameters().get(`${path}.weight`)).toBe((orig as DenseLinear).weight);
    expect(() => m.setLinear(path, { ...zero, inFeatures: 7 })).toThrow(/is 64->32, replacement is 7->32/);
    expect(() => m.setLinear('model.layers.9.mlp.up_proj', zero)).toThrow(/no projection at "model.layers.9.mlp.up_proj"/);
    const bad = tf.tensor2d([[5, 384]], [1, 2], 'int32');
    expect(() => m.forward(bad)).toThrow('forward: token id 384 at [0, 1] is outside the vocabulary [0, 384)');
    tf.dispose([ids, a, b, bad]);
    m.dispose();
  });

  it('streams projections through the quantize hook (never the lm_head) and disposes the dense weights', async () => {
    const seen: string[] = [];
    const before = tf.memory().numTensors;
    const m = await loadModel(fixtureDir('llama-bf16-gqa'), {
      tokenizer,
      quantize: 'int8',
      quantizeLinear: (path, w, bias, kind) => {
        seen.push(`${path}:${kind}`);
        return new DenseLinear(tf.variable(w, false), bias ? tf.variable(bias, false) : undefined);
      },
    });
    expect(seen).toHaveLength(14);
    expect(seen.every((s) => s.endsWith(':int8') && !s.startsWith('lm_head'))).toBe(true);
    expect(m.loadReport.quantized).toBe(14);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
    // Without a hook, the int8/NF4 quantizer of sdk/model/quant is used.
    const nf4 = await loadModel(fixtureDir('llama-f32'), { tokenizer, quantize: 'nf4' });
    expect(nf4.loadReport.quantized).toBe(14);
    expect([...nf4.linears().values()].some((l) => l instanceof DenseLinear)).toBe(false); // tied: no lm_head
    nf4.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(loadModel(fixtureDir('llama-f32'), { tokenizer, quantize: 'int4' as 'nf4' })).rejects.toThrow(/quantize "int4" is not supported; expected "int8" or "nf4"/);
  });

  it('ignores a stored lm_head of a tied model, saying why', async () => {
    const dir = copyFixture('llama-f32');
    await rewriteWeights(dir, (t) => {
      t['lm_head.weight'] = t['model.embed_tokens.weight'];
    });
    const m = await loadModel(dir, { tokenizer });
    expect(m.loadReport.ignored).toEqual([{ name: 'lm_head.weight', reason: expect.stringMatching(/tie_word_embeddings/) }]);
    m.dispose();
    rmSync(dir, { recursive: true });
  });

  it('names the problem for broken checkpoints and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const missing = copyFixture('llama-f32');
    await rewriteWeights(missing, (t) => delete t['model.layers.1.mlp.up_proj.weight']);
    await expect(loadModel(missing, { tokenizer })).rejects.toThrow(/lacks 1 tensor\(s\): model.layers.1.mlp.up_proj.weight/);

    const extra = copyFixture('llama-f32');
    await rewriteWeights(extra, (t) => {
      t['model.layers.0.self_attn.rotary_emb.inv_freq'] = { dtype: 'F32', shape: [4], data: new Float32Array(4) };
      t['model.layers.0.mystery.weight'] = { dtype: 'F32', shape: [2], data: new Float32Array(2) };
    });
    await expect(loadModel(extra, { tokenizer })).rejects.toThrow(/1 checkpoint tensor\(s\) are not used.*model.layers.0.mystery.weight/);

    const shape = copyFixture('llama-f32');
    editConfig(shape, (c) => (c.intermediate_size = 48));
    await expect(loadModel(shape, { tokenizer })).rejects.toThrow(/model.safetensors: tensor "model.layers.0.mlp.down_proj.weight" has shape \[32,64\], config.json implies \[32,48\]/);

    const badType = copyFixture('llama-f32');
    editConfig(badType, (c) => (c.model_type = 'phi3'));
    await expect(loadModel(badType, { tokenizer })).rejects.toThrow(/config.json: model_type "phi3" is not supported; expected one of llama, mistral, qwen2, qwen3/);

    const badField = copyFixture('llama-f32');
    editConfig(badField, (c) => (c.num_hidden_layers = 0));
    await expect(loadModel(badField, { tokenizer })).rejects.toThrow(/config.json: invalid config: num_hidden_layers: .*found 0/);

    const noWeights = copyFixture('llama-f32');
    rmSync(join(noWeights, 'model.safetensors'));
    writeFileSync(join(noWeights, 'pytorch_model.bin'), '');
    await expect(loadModel(noWeights, { tokenizer })).rejects.toThrow(/no model.safetensors.*PyTorch .bin weights are not supported/);

    const shard = copyFixture('qwen3-bf16-sharded');
    rmSync(join(shard, 'model-00002-of-00003.safetensors'));
    await expect(loadModel(shard, { tokenizer })).rejects.toThrow(/model-00002-of-00003.safetensors: listed in model.safetensors.index.json but missing/);

    await expect(loadModel('no/such/dir/at/all', { tokenizer })).rejects.toThrow(/no such folder, and not a hub id/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports progress per tensor', async () => {
    const steps: number[] = [];
    const m = await loadModel(fixtureDir('mistral-f16-tied'), { tokenizer, onProgress: (p) => steps.push(p.tensorsDone) });
    expect(steps.at(-1)).toBe(m.parameters().size);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    m.dispose();
  });
});
