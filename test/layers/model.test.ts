/**
 * LoRA / QLoRA on a real checkpoint (the tiny llama fixture) against the PyTorch
 * reference (scripts/reference/layers_ref.py): adapter logits, masked causal-LM loss and every
 * lora_A / lora_B gradient; PEFT adapter I/O; merged export; quantized loading.
 */
import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { readSafetensors, writeSafetensors } from '../../sdk/model/safetensors.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { LoraLinear, applyLora } from '../../sdk/train/lora.js';
import { causalLmLoss } from '../../sdk/train/loss.js';
import { exportMerged } from '../../sdk/train/merge.js';
import { loadAdapter, saveAdapter } from '../../sdk/train/peft.js';
import { NF4Linear } from '../../sdk/model/quant/nf4.js';
import { quantizeLinear, quantizeModel } from '../../sdk/model/quant/quantize-model.js';
import { fixtureDir, idTokenizer } from '../model/helpers.js';
import { FIXTURES, loadFixture, scaledErr, type Fixture } from './fixtures.js';

const CKPT = fixtureDir('llama-f32');
const ADAPTER = join(FIXTURES, 'peft-adapter');
const load = (opts: Parameters<typeof loadModel>[1] = {}) => loadModel(CKPT, { tokenizer: idTokenizer(384), ...opts });

let fx: Fixture;
let ids: tf.Tensor2D;
let mask: tf.Tensor2D;
let labels: number[][];
let tmp: string;
let startTensors: number;

beforeAll(async () => {
  await initBackend();
  startTensors = tf.memory().numTensors;
  fx = await loadFixture('lora_model.safetensors');
  const [B, T] = fx.get('ids').shape;
  ids = tf.tensor2d(Array.from(fx.get('ids').data), [B, T], 'int32');
  mask = tf.tensor2d(Array.from(fx.get('mask').data), [B, T], 'int32');
  const l = Array.from(fx.get('labels').data);
  labels = Array.from({ length: B }, (_, b) => l.slice(b * T, (b + 1) * T));
  tmp = mkdtempSync(join(tmpdir(), 'medtune-layers-'));
});

afterAll(() => {
  tf.dispose([ids, mask]);
  rmSync(tmp, { recursive: true, force: true });
  expect(tf.memory().numTensors, 'tensors leaked over the file').toBe(startTensors);
});

function logitsOf(model: CausalLM): Float32Array {
  return tf.tidy(() => model.forward(ids, { attentionMask: mask }).logits.dataSync() as Float32Array);
}

describe('LoRA on the tiny llama checkpoint', () => {
  it('a PEFT-format adapter loads and reproduces the reference logits, loss and every A/B gradient', async () => {
    const model = await load();
    const lora = await loadAdapter(model, ADAPTER);
    expect(lora.layers.size).toBe(14); // 7 projections x 2 layers
    expect(lora.config).toMatchObject({ r: 4, alpha: 8, dropout: 0.05, useRslora: false });
    expect(scaledErr(logitsOf(model), fx.get('logits').data)).toBeLessThan(1e-4);

    const before = tf.memory().numTensors;
    const named = lora.namedVariables();
    const { value, grads } = tf.variableGrads(
      () => causalLmLoss(model.forward(ids, { attentionMask: mask }).logits, labels).loss,
      lora.variables(),
    );
    const lossRel = Math.abs(value.dataSync()[0] - fx.get('loss').data[0]) / fx.get('loss').data[0];
    expect(lossRel).toBeLessThan(1e-5);
    let worst = 0;
    for (const [key, v] of named) {
      const path = key.replace(/^base_model\.model\./, '').replace(/\.weight$/, '');
      const err = scaledErr(grads[v.name].dataSync(), fx.get(`grad.${path}`).data);
      worst = Math.max(worst, err);
    }
    expect(worst).toBeLessThan(1e-4);
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('withAdaptersDisabled gives the base model; an untrained adapter is a no-op', async () => {
    const model = await load();
    const lora = await loadAdapter(model, ADAPTER);
    const base = lora.withAdaptersDisabled(() => logitsOf(model));
    expect(scaledErr(base, fx.get('base_logits').data)).toBeLessThan(1e-4);
    lora.remove();
    const fresh = applyLora(model, { r: 8, alpha: 16, seed: 1 });
    // Per layer: q/k/v/o A [8,32] + B [32,8]; gate/up A [8,32] + B [64,8]; down A [8,64] + B [32,8].
    expect(fresh.trainableCount).toBe(2 * (4 * (8 * 32 + 32 * 8) + 2 * (8 * 32 + 64 * 8) + (8 * 64 + 32 * 8)));
    expect(fresh.totalCount).toBe(fresh.trainableCount + 384 * 32 + 32 + 2 * (2 * 32 + 4 * 32 * 32 + 3 * 32 * 64));
    expect(Math.max(...logitsOf(model).map((v, i) => Math.abs(v - fx.get('base_logits').data[i])))).toBeLessThan(1e-4);
    model.dispose();
  });

  it('applyLora that fails part-way (a bad init) unwraps the layers it already wrapped', async () => {
    const model = await load();
    const paths = [...model.linears().keys()].filter((p) => p.endsWith('.q_proj'));
    const bad = tf.zeros([3, 3]);
    expect(() => applyLora(model, { targetModules: ['q_proj'], r: 4 }, { init: new Map([[paths[1], { A: bad, B: bad }]]) })).toThrow(/do not fit/);
    bad.dispose();
    expect([...model.linears().values()].filter((l) => l instanceof LoraLinear)).toEqual([]);
    expect(scaledErr(logitsOf(model), fx.get('base_logits').data)).toBeLessThan(1e-4);
    model.dispose();
  });
  it('merge keeps the logits and unmerge restores the base weights', async () => {
    const model = await load();
    const w0 = model.parameters().get('model.layers.0.mlp.down_proj.weight')!.dataSync().slice();
    const lora = await loadAdapter(model, ADAPTER);
    lora.merge();
    expect(scaledErr(logitsOf(model), fx.get('logits').data)).toBeLessThan(1e-4);
    lora.unmerge();
    const w1 = model.parameters().get('model.layers.0.mlp.down_proj.weight')!.dataSync();
    expect(Math.max(...w1.map((v, i) => Math.abs(v - w0[i])))).toBeLessThan(1e-6);
    model.dispose();
  });
});

describe('PEFT adapter files', () => {
  it('saveAdapter writes PEFT names and config; it reloads to the same logits; no silent overwrite', async () => {
    const model = await load();
    const lora = await loadAdapter(model, ADAPTER);
    const dir = join(tmp, 'saved');
    await saveAdapter(lora, dir, { baseModelNameOrPath: CKPT });
    const cfg = JSON.parse(readFileSync(join(dir, 'adapter_config.json'), 'utf8'));
    expect(cfg).toMatchObject({ peft_type: 'LORA', task_type: 'CAUSAL_LM', r: 4, lora_alpha: 8, bias: 'none', use_rslora: false });
    expect(cfg.target_modules).toEqual(['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj']);
    const st = await readSafetensors(join(dir, 'adapter_model.safetensors'));
    expect(st.tensors.get('base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight')!.shape).toEqual([4, 32]);
    expect(st.tensors.get('base_model.model.model.layers.1.mlp.down_proj.lora_B.weight')!.shape).toEqual([32, 4]);
    expect(st.tensors.size).toBe(28);
    await st.close();
    await expect(saveAdapter(lora, dir)).rejects.toThrow(/already exists/);
    model.dispose();

    const again = await load();
    await loadAdapter(again, dir);
    expect(scaledErr(logitsOf(again), fx.get('logits').data)).toBeLessThan(1e-4);
    again.dispose();
  });

  it('accepts adapter-named keys (lora_A.default.weight) and a regex target_modules string', async () => {
    const dir = join(tmp, 'named');
    const src = await readSafetensors(join(ADAPTER, 'adapter_model.safetensors'));
    const tensors: Parameters<typeof writeSafetensors>[1] = {};
    for (const [k, info] of src.tensors) {
      if (!k.includes('self_attn.q_proj') && !k.includes('self_attn.v_proj')) continue;
      tensors[k.replace(/\.weight$/, '.default.weight')] = { dtype: 'F32', shape: info.shape, data: await src.read(k) };
    }
    await src.close();
    await writeSafetensors(join(dir, 'adapter_model.safetensors'), tensors);
    const cfg = { peft_type: 'LORA', r: 4, lora_alpha: 8, target_modules: '.*\\.(q_proj|v_proj)' };
    await (await import('../../sdk/runtime/fs.js')).writeJsonAtomic(join(dir, 'adapter_config.json'), cfg);
    const model = await load();
    const lora = await loadAdapter(model, dir);
    expect([...lora.layers.keys()].sort()).toEqual([
      'model.layers.0.self_attn.q_proj',
      'model.layers.0.self_attn.v_proj',
      'model.layers.1.self_attn.q_proj',
      'model.layers.1.self_attn.v_proj',
    ]);
    expect(lora.config.dropout).toBe(0); // PEFT's default when the key is missing
    model.dispose();
  });

  it('rejects a wrong shape and an unknown module, naming the key, and leaves the model untouched', async () => {
    const { writeJsonAtomic } = await import('../../sdk/runtime/fs.js');
    const bad = join(tmp, 'bad-shape');
    await writeJsonAtomic(join(bad, 'adapter_config.json'), { peft_type: 'LORA', r: 4, lora_alpha: 8, target_modules: ['q_proj'] });
    await writeSafetensors(join(bad, 'adapter_model.safetensors'), {
      'base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight': { dtype: 'F32', shape: [4, 31], data: new Float32Array(124) },
      'base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight': { dtype: 'F32', shape: [32, 4], data: new Float32Array(128) },
    });
    const model = await load();
    await expect(loadAdapter(model, bad)).rejects.toThrow(/q_proj\.lora_A\.weight" has shape \[4,31\], expected \[4,32\]/);
    const unknown = join(tmp, 'unknown');
    await writeJsonAtomic(join(unknown, 'adapter_config.json'), { peft_type: 'LORA', r: 4, lora_alpha: 8, target_modules: ['q_proj'] });
    await writeSafetensors(join(unknown, 'adapter_model.safetensors'), {
      'base_model.model.model.layers.7.self_attn.q_proj.lora_A.weight': { dtype: 'F32', shape: [4, 32], data: new Float32Array(128) },
    });
    await expect(loadAdapter(model, unknown)).rejects.toThrow(/layers\.7\.self_attn\.q_proj", which this model does not have/);
    const dora = join(tmp, 'dora');
    await writeJsonAtomic(join(dora, 'adapter_config.json'), { peft_type: 'LORA', r: 4, use_dora: true });
    await expect(loadAdapter(model, dora)).rejects.toThrow(/use_dora is true/);
    expect([...model.linears().values()].some((l) => l instanceof LoraLinear)).toBe(false);
    model.dispose();
  });
});

describe('merged export', () => {
  it('exportMerged writes an HF checkpoint whose logits equal the adapter model, leaving the model as it was', async () => {
    const model = await load();
    const lora = await loadAdapter(model, ADAPTER);
    const w0 = model.parameters().get('model.layers.1.self_attn.o_proj.weight')!.dataSync().slice();
    const dir = join(tmp, 'merged');
    const r = await exportMerged(model, lora, dir);
    expect(r.mergedLayers).toBe(14);
    for (const f of ['config.json', 'generation_config.json', 'model.safetensors']) expect(existsSync(join(dir, f))).toBe(true);
    expect([...model.parameters().get('model.layers.1.self_attn.o_proj.weight')!.dataSync()]).toEqual([...w0]);
    await expect(exportMerged(model, lora, dir)).rejects.toThrow(/already exists/);
    const merged = await loadModel(dir, { tokenizer: idTokenizer(384) });
    expect([...merged.linears().values()].every((l) => !(l instanceof LoraLinear))).toBe(true);
    expect(scaledErr(logitsOf(merged), logitsOf(model))).toBeLessThan(1e-4);
    merged.dispose();
    model.dispose();
  });

  it('refuses to merge into a quantized base, explaining what to do instead', async () => {
    const model = await load({ quantize: 'nf4', quantizeLinear });
    const lora = await loadAdapter(model, ADAPTER);
    await expect(exportMerged(model, lora, join(tmp, 'never'))).rejects.toThrow(/quantized.*Load the model without quantize/);
    expect(() => lora.merge()).toThrow(/merge into the full-precision weights|Merge into the full-precision weights/);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
    model.dispose();
  });
});

describe('quantized loading (QLoRA)', () => {
  it('NF4 base + adapter matches the reference forward with dequantized weights', async () => {
    const model = await load({ quantize: 'nf4', quantizeLinear });
    const linears = model.linears();
    expect(linears.get('model.layers.0.mlp.up_proj')).toBeInstanceOf(NF4Linear);
    await loadAdapter(model, ADAPTER);
    expect(scaledErr(logitsOf(model), fx.get('qlora_logits').data)).toBeLessThan(1e-4);
    model.dispose();
  });

  it('quantizeModel after loading equals quantizing while loading, and reports bytes per parameter', async () => {
    for (const kind of ['nf4', 'int8'] as const) {
      const a = await load({ quantize: kind, quantizeLinear });
      const b = await load();
      const report = quantizeModel(b, kind);
      expect(report.layers).toBe(14);
      expect(report.parameters).toBe(2 * (4 * 32 * 32 + 3 * 32 * 64));
      expect(report.bytesPerParameter).toBeLessThan(kind === 'nf4' ? 0.6 : 1.2);
      expect([...logitsOf(a)]).toEqual([...logitsOf(b)]);
      expect(() => quantizeModel(b, kind)).toThrow(/already quantized/);
      a.dispose();
      b.dispose();
    }
  });
});
