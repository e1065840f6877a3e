import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { DYNAMIC_MAP, NF4_CODE, createDynamicMap, packNibbles, roundHalfEven, unpackNibbles } from '../../sdk/model/quant/codebook.js';
import { Int8Linear, dequantizeInt8, quantizeInt8 } from '../../sdk/model/quant/int8.js';
import { NF4Linear, dequantizeNf4, quantizeNf4 } from '../../sdk/model/quant/nf4.js';
import { loadFixture, ulpDistance, type Fixture } from './fixtures.js';

let fx: Fixture;
let names: string[];

beforeAll(async () => {
  await initBackend();
  fx = await loadFixture('quant.safetensors');
  names = fx.metadata.names.split(',');
});

function countDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}

describe('code books', () => {
  it('dynamic 8-bit map equals bitsandbytes create_dynamic_map bit for bit', () => {
    expect(countDiff(DYNAMIC_MAP, fx.get('dynamic_map').data)).toBe(0);
  });
  it('the float64 derivation of the dynamic map agrees with the table within 1 ulp', () => {
    const derived = createDynamicMap();
    let worst = 0;
    for (let i = 0; i < 256; i++) worst = Math.max(worst, ulpDistance(derived[i], DYNAMIC_MAP[i]));
    expect(worst).toBeLessThanOrEqual(1);
  });
  it('NF4 table is sorted with an exact zero at code 7', () => {
    expect(NF4_CODE[7]).toBe(0);
    for (let i = 1; i < 16; i++) expect(NF4_CODE[i]).toBeGreaterThan(NF4_CODE[i - 1]);
  });
  it('packs nibbles high first and rounds half to even like torch.round', () => {
    const packed = packNibbles(Uint8Array.from([1, 2, 3]), 7);
    expect([...packed]).toEqual([0x12, 0x37]);
    expect([...unpackNibbles(packed, 3)]).toEqual([1, 2, 3]);
    expect([2.5, 3.5, -2.5, -3.5, 0.4].map(roundHalfEven)).toEqual([2, 4, -2, -4, 0]);
  });
});

describe('int8 row-wise absmax (bitsandbytes LLM.int8 vector-wise)', () => {
  it('produces identical codes and absmax, and dequantizes bit-exactly', () => {
    for (const n of names) {
      const w = fx.get(`${n}.weight`);
      const [out, inF] = w.shape;
      const q = quantizeInt8(w.data, out, inF);
      expect(countDiff(q.codes, fx.get(`${n}.int8.codes`).data), `${n} codes`).toBe(0);
      expect(countDiff(q.absmax, fx.get(`${n}.int8.absmax`).data), `${n} absmax`).toBe(0);
      expect(countDiff(dequantizeInt8(q), fx.get(`${n}.int8.dequant`).data), `${n} dequant`).toBe(0);
    }
  });
});

describe('NF4 (bitsandbytes quantize_4bit, blocksize 64)', () => {
  it('produces identical packed codes and absmax, and dequantizes bit-exactly', () => {
    for (const n of names) {
      const w = fx.get(`${n}.weight`);
      const q = quantizeNf4(w.data, w.shape as [number, number]);
      expect(countDiff(q.packed, fx.get(`${n}.nf4.packed`).data), `${n} packed`).toBe(0);
      expect(countDiff(q.absmax!, fx.get(`${n}.nf4.absmax`).data), `${n} absmax`).toBe(0);
      expect(countDiff(dequantizeNf4(q), fx.get(`${n}.nf4.dequant`).data), `${n} dequant`).toBe(0);
    }
  });

  it('double quantization: same 8-bit absmax codes, scales and offset (offset within 1 ulp)', () => {
    for (const n of names) {
      const w = fx.get(`${n}.weight`);
      const q = quantizeNf4(w.data, w.shape as [number, number], { doubleQuant: true });
      expect(q.absmax).toBeUndefined();
      const dq = q.doubleQuant!;
      expect(ulpDistance(dq.offset, fx.get(`${n}.nf4dq.offset`).data[0]), `${n} offset`).toBeLessThanOrEqual(1);
      expect(countDiff(dq.codes, fx.get(`${n}.nf4dq.qabsmax`).data), `${n} qabsmax`).toBe(0);
      expect(countDiff(dq.absmax, fx.get(`${n}.nf4dq.absmax2`).data), `${n} absmax2`).toBe(0);
      const deq = dequantizeNf4(q);
      const ref = fx.get(`${n}.nf4dq.dequant`).data;
      let worst = 0;
      for (let i = 0; i < deq.length; i++) worst = Math.max(worst, ulpDistance(deq[i], ref[i]));
      expect(worst, `${n} dequant ulps`).toBeLessThanOrEqual(1);
    }
  });

  it('double quantization stays close to plain NF4 (the absmax error is small)', () => {
    const w = fx.get('w3.weight');
    const plain = dequantizeNf4(quantizeNf4(w.data, [128, 160]));
    const dq = dequantizeNf4(quantizeNf4(w.data, [128, 160], { doubleQuant: true }));
    let rel = 0;
    for (let i = 0; i < plain.length; i++) rel = Math.max(rel, Math.abs(plain[i] - dq[i]) / Math.max(Math.abs(plain[i]), 1e-3));
    expect(rel).toBeLessThan(0.05);
    expect(rel).toBeGreaterThan(0); // the statistics really were quantized
  });
});

describe('quantized Linear layers', () => {
  it('apply() equals x · dequant(W)ᵀ + b and leaks no tensors', () => {
    const w = fx.get('w0.weight');
    const before = tf.memory().numTensors;
    const wt = tf.tensor2d(w.data, [48, 64]);
    const b = tf.randomNormal([48], 0, 0.1, 'float32', 3) as tf.Tensor1D;
    const x = tf.randomNormal([2, 3, 64], 0, 1, 'float32', 4);
    for (const layer of [Int8Linear.fromDense(wt, b), NF4Linear.fromDense(wt, b, { doubleQuant: true })]) {
      const y = layer.apply(x);
      expect(y.shape).toEqual([2, 3, 48]);
      const wq = layer.dequantize();
      const expected = tf.tidy(() => tf.add(tf.matMul(x.reshape([6, 64]), wq, false, true), b).reshape([2, 3, 48]));
      expect(tf.tidy(() => tf.max(tf.abs(tf.sub(y, expected))).dataSync()[0])).toBeLessThan(1e-6);
      tf.dispose([y, wq, expected]);
      layer.dispose();
    }
    tf.dispose([wt, b, x]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports bytes per parameter (int8 ≈ 1, NF4 0.5625, NF4+DQ ≈ 0.516)', () => {
    const wt = tf.randomNormal([128, 256], 0, 0.02, 'float32', 5);
    const i8 = Int8Linear.fromDense(wt);
    const nf = NF4Linear.fromDense(wt);
    const nfdq = NF4Linear.fromDense(wt, undefined, { doubleQuant: true });
    expect(i8.bytesPerParameter()).toBeCloseTo(1 + 4 / 256, 10);
    expect(nf.bytesPerParameter()).toBeCloseTo(0.5 + 4 / 64, 10);
    expect(nfdq.bytesPerParameter()).toBeCloseTo(0.5 + (512 + 4 * 2 + 4) / (128 * 256), 10);
    wt.dispose();
    for (const l of [i8, nf, nfdq]) l.dispose();
  });

  it('rejects a mismatched input width naming the layer kind', () => {
    const wt = tf.zeros([4, 8]);
    const layer = NF4Linear.fromDense(wt);
    const x = tf.zeros([1, 7]);
    expect(() => layer.apply(x)).toThrow(/NF4Linear: input last dim 7 does not match inFeatures 8/);
    tf.dispose([wt, x]);
    layer.dispose();
  });
});
