import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DenseLinear } from '../../sdk/model/linear.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { LoraConfigSchema, LoraLinear } from '../../sdk/train/lora.js';
import { NF4Linear } from '../../sdk/model/quant/nf4.js';
import { loadFixture, maxRelErr, type Fixture } from './fixtures.js';

let fx: Fixture;
let before: number;
/** Fixture tensors made by a test; freed before the leak check so only layer code is judged. */
const made: tf.Tensor[] = [];
const t = (name: string) => {
  const x = tf.tensor(fx.get(name).data, fx.get(name).shape);
  made.push(x);
  return x;
};

beforeAll(async () => {
  await initBackend();
  fx = await loadFixture('lora_layer.safetensors');
});
beforeEach(() => {
  before = tf.memory().numTensors;
});
afterEach(() => {
  tf.dispose(made.splice(0));
  expect(tf.memory().numTensors, 'tensors leaked').toBe(before);
});

function dense(): DenseLinear {
  return new DenseLinear(tf.variable(t('w'), false), tf.variable(t('bias'), false));
}

/** Forward + gradients of sum(y * gy) w.r.t. A, B and x, compared with the PyTorch fixture. */
function checkParity(layer: LoraLinear, prefix: string): void {
  const x = t('x');
  const gy = t('gy');
  const y = layer.apply(x);
  expect(maxRelErr(y.dataSync(), fx.get(`${prefix}.y`).data)).toBeLessThan(1e-4);
  const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x), gy)) as tf.Scalar, [layer.A, layer.B]);
  expect(maxRelErr(grads[layer.A.name].dataSync(), fx.get(`${prefix}.gradA`).data)).toBeLessThan(1e-4);
  expect(maxRelErr(grads[layer.B.name].dataSync(), fx.get(`${prefix}.gradB`).data)).toBeLessThan(1e-4);
  const gx = tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(layer.apply(xx), gy)))(x);
  expect(maxRelErr(gx.dataSync(), fx.get(`${prefix}.gradX`).data)).toBeLessThan(1e-4);
  tf.dispose([x, gy, y, gx, value, ...Object.values(grads)]);
}

describe('LoraConfig', () => {
  it('fills the documented defaults and rejects unknown keys by name', () => {
    expect(LoraConfigSchema.parse({})).toEqual({ r: 8, alpha: 16, dropout: 0, targetModules: 'all', useRslora: false, seed: 42 });
    expect(() => LoraConfigSchema.parse({ rank: 8 })).toThrow(/rank/);
    expect(() => LoraConfigSchema.parse({ targetModules: ['qproj'] })).toThrow(/q_proj/);
    expect(() => LoraConfigSchema.parse({ dropout: 1 })).toThrow();
  });
});

describe('LoraLinear', () => {
  it('initialises like PEFT: A kaiming-uniform(a=√5) within ±1/√in, B zero, so it is an exact no-op', () => {
    const base = dense();
    const layer = new LoraLinear(base, { r: 4, alpha: 8, seed: 3 });
    const bound = 1 / Math.sqrt(24);
    const a = layer.A.dataSync();
    expect(Math.max(...a.map(Math.abs))).toBeLessThanOrEqual(bound);
    expect(Math.max(...a.map(Math.abs))).toBeGreaterThan(bound * 0.8);
    expect(layer.B.dataSync().every((v) => v === 0)).toBe(true);
    expect(layer.A.trainable && layer.B.trainable).toBe(true);
    expect(base.weight.trainable).toBe(false);
    const x = t('x');
    const y0 = base.apply(x);
    const y1 = layer.apply(x);
    expect(tf.tidy(() => tf.max(tf.abs(tf.sub(y0, y1))).dataSync()[0])).toBe(0);
    tf.dispose([x, y0, y1]);
    layer.dispose();
    base.dispose();
  });

  it('matches PyTorch forward and gradients (scaling alpha/r)', () => {
    const base = dense();
    const layer = new LoraLinear(base, { r: 4, alpha: 8, init: { A: t('A'), B: t('B') } });
    expect(layer.scaling).toBe(2);
    checkParity(layer, 'plain');
    layer.dispose();
    base.dispose();
  });

  it('matches PyTorch with rsLoRA scaling alpha/√r', () => {
    const base = dense();
    const layer = new LoraLinear(base, { r: 4, alpha: 8, useRslora: true, init: { A: t('A'), B: t('B') } });
    expect(layer.scaling).toBeCloseTo(4, 12);
    checkParity(layer, 'rslora');
    layer.dispose();
    base.dispose();
  });

  it('QLoRA: over an NF4 base it matches PyTorch with the dequantized weight', () => {
    const w = t('w');
    const b = t('bias');
    const base = NF4Linear.fromDense(w, b);
    const layer = new LoraLinear(base, { r: 4, alpha: 8, init: { A: t('A'), B: t('B') } });
    checkParity(layer, 'qlora');
    expect(() => layer.merge()).toThrow(/quantized \(nf4\).*full-precision weights/);
    tf.dispose([w, b]);
    layer.dispose();
    base.dispose();
  });

  it('merge equals the PyTorch merged weight, keeps the output, and unmerge restores W', () => {
    const base = dense();
    const w0 = base.weight.dataSync().slice();
    const layer = new LoraLinear(base, { r: 4, alpha: 8, init: { A: t('A'), B: t('B') } });
    const x = t('x');
    const yAdapter = layer.apply(x);
    layer.merge();
    expect(layer.merged).toBe(true);
    expect(maxRelErr(base.weight.dataSync(), fx.get('plain.merged').data)).toBeLessThan(1e-5);
    const yMerged = layer.apply(x);
    expect(maxRelErr(yMerged.dataSync(), yAdapter.dataSync())).toBeLessThan(1e-4);
    // Disabled while merged: the update is taken back out of the output.
    layer.disabled = true;
    const yOff = layer.apply(x);
    const yBase = tf.tidy(() => tf.add(tf.matMul(x.reshape([10, 24]), t('w'), false, true), t('bias')));
    expect(maxRelErr(yOff.dataSync(), yBase.dataSync())).toBeLessThan(1e-4);
    layer.disabled = false;
    layer.unmerge();
    expect(maxRelErr(base.weight.dataSync(), w0, 1e-2)).toBeLessThan(1e-6);
    tf.dispose([x, yAdapter, yMerged, yOff, yBase]);
    layer.dispose();
    base.dispose();
  });

  it('disabled computes the base alone', () => {
    const base = dense();
    const layer = new LoraLinear(base, { r: 4, alpha: 8, init: { A: t('A'), B: t('B') } });
    const x = t('x');
    layer.disabled = true;
    const y = layer.apply(x);
    const yb = base.apply(x);
    expect(tf.tidy(() => tf.max(tf.abs(tf.sub(y, yb))).dataSync()[0])).toBe(0);
    tf.dispose([x, y, yb]);
    layer.dispose();
    base.dispose();
  });

  it('dropout acts on the LoRA input only in training mode, reproducibly from the seed', () => {
    const base = dense();
    const mk = () => new LoraLinear(base, { r: 4, alpha: 8, dropout: 0.5, seed: 11, init: { A: t('A'), B: t('B') } });
    const l1 = mk();
    const l2 = mk();
    const x = t('x');
    const evalY = l1.apply(x);
    expect(maxRelErr(evalY.dataSync(), fx.get('plain.y').data)).toBeLessThan(1e-4); // eval: no dropout
    l1.training = l2.training = true;
    const a1 = l1.apply(x);
    const a2 = l2.apply(x);
    const b1 = l1.apply(x);
    expect([...a1.dataSync()]).toEqual([...a2.dataSync()]); // same seed, same stream position
    expect(maxRelErr(a1.dataSync(), b1.dataSync())).toBeGreaterThan(1e-3); // next call, new mask
    expect(l1.dropoutCalls).toBe(2);
    tf.dispose([x, evalY, a1, a2, b1]);
    l1.dispose();
    l2.dispose();
    base.dispose();
  });

  it('rejects A/B of the wrong shape, naming both', () => {
    const base = dense();
    const A = tf.zeros([4, 23]);
    const B = tf.zeros([20, 4]);
    expect(() => new LoraLinear(base, { r: 4, alpha: 8, init: { A, B } })).toThrow(/expected A \[4, 24\], B \[20, 4\]/);
    tf.dispose([A, B]);
    base.dispose();
  });
});
