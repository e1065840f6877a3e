/**
 * The native kernels against plain tfjs arithmetic, case by case: matrix products in every
 * transpose mode with batch broadcasting, the quantized products over several weight tiles with
 * quantization blocks that straddle rows (forward, input gradient, and dequantization bit for bit
 * against the JavaScript layers), the masked softmax with fully masked rows, and RoPE in both layouts.
 * Products are tested on either path; the rest is skipped when the addon is not active
 * (MEDTUNE_NATIVE=0, or not built).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Int8Linear, dequantizeInt8 } from '../../sdk/model/quant/int8.js';
import { NF4Linear, dequantizeNf4 } from '../../sdk/model/quant/nf4.js';
import { applyRope } from '../../sdk/model/rope.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { fusedKernelsActive, fusedMaskedSoftmax, fusedRope } from '../../sdk/runtime/fused-ops.js';
import { nativeStatus } from '../../sdk/runtime/native.js';

let active = false;
beforeAll(async () => {
  await initBackend();
  active = fusedKernelsActive();
});

const maxAbs = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

/** a·b with explicit broadcasting and a sum over k: no matMul kernel involved. */
function reference(a: tf.Tensor, b: tf.Tensor, ta: boolean, tb: boolean): tf.Tensor {
  return tf.tidy(() => {
    const swap = (t: tf.Tensor) => tf.transpose(t, [...t.shape.keys()].map((i, _, all) => (i < all.length - 2 ? i : i === all.length - 2 ? i + 1 : i - 1)));
    const x = ta ? swap(a) : a; // [..., m, k]
    const y = tb ? swap(b) : b; // [..., k, n]
    return tf.sum(tf.mul(x.expandDims(-1), y.expandDims(-3)), -2);
  });
}

describe('native kernels', () => {
  // The wasm product kernel is replaced with or without the addon (sdk/runtime/wasm-matmul.ts): tested both ways.
  it('matMul: every transpose mode, batched, with a broadcast single matrix on either side', () => {
    const before = tf.memory().numTensors;
    const cases: [number[], number[]][] = [
      [[7, 5], [5, 3]],
      [[2, 3, 7, 5], [2, 3, 5, 4]],
      [[1, 7, 5], [4, 5, 3]],
      [[4, 7, 5], [5, 3]],
    ];
    for (const [sa, sb] of cases) {
      for (const [ta, tb] of [[false, false], [false, true], [true, false], [true, true]] as const) {
        const err = tf.tidy(() => {
          const swapLast = (s: number[]) => [...s.slice(0, -2), s.at(-1)!, s.at(-2)!];
          const a = tf.randomNormal(ta ? swapLast(sa) : sa, 0, 1, 'float32', 1);
          const b = tf.randomNormal(tb ? swapLast(sb) : sb, 0, 1, 'float32', 2);
          return maxAbs(tf.matMul(a, b, ta, tb), reference(a, b, ta, tb));
        });
        expect(err, `${sa} x ${sb} ${ta} ${tb}`).toBeLessThan(1e-4);
      }
    }
    // An empty inner dimension gives zeros, as tfjs does.
    const empty = tf.tidy(() => tf.matMul(tf.zeros([3, 0]), tf.zeros([0, 2])).arraySync());
    expect(empty).toEqual([[0, 0], [0, 0], [0, 0]]);
    expect(tf.memory().numTensors).toBe(before);
    expect(nativeStatus().detail).toMatch(active ? /openblas/ : /MEDTUNE_NATIVE=0|not built|failed to load/);
  });

  it('quantized products: forward and input gradient over several weight tiles, blocks straddling rows', (ctx) => {
    if (!active) ctx.skip();
    // 1100 x 1000 > one 1 Mi-float tile; 1000 is not a multiple of the NF4 block of 64.
    const w = tf.randomNormal([1100, 1000], 0, 0.05, 'float32', 5);
    const layers = [Int8Linear.fromDense(w), NF4Linear.fromDense(w), NF4Linear.fromDense(w, undefined, { doubleQuant: true })];
    const before = tf.memory().numTensors;
    for (const layer of layers) {
      tf.tidy(() => {
        const dense = layer.dequantize();
        const x = tf.randomNormal([3, 1000], 0, 1, 'float32', 6);
        const dy = tf.randomNormal([3, 1100], 0, 1, 'float32', 7);
        const [y, dx] = [layer.apply(x), tf.grad((v: tf.Tensor) => tf.sum(tf.mul(layer.apply(v), dy)))(x)];
        expect(maxAbs(y, tf.matMul(x, dense, false, true)), `${layer.kind} forward`).toBeLessThan(1e-4);
        expect(maxAbs(dx, tf.matMul(dy, dense)), `${layer.kind} input gradient`).toBeLessThan(1e-4);
      });
    }
    expect(tf.memory().numTensors).toBe(before);
    // The kernel's dequantization is the JavaScript one, bit for bit.
    const dequantize = nativeStatus().addon!.dequantize as (...a: unknown[]) => void;
    for (const layer of layers) {
      const h = layer.handle;
      const out = new Float32Array(h.out * h.in);
      dequantize(out, h.out, h.in, h.kind === 'int8' ? 0 : 1, h.codes, h.stats, h.dqCodes ?? new Uint8Array(0), h.dqOffset ?? 0, h.blocksize ?? 0, h.nf4Code ?? new Float32Array(0), h.dynamicMap ?? new Float32Array(0));
      const js = layer instanceof Int8Linear ? dequantizeInt8(layer.weight) : dequantizeNf4((layer as NF4Linear).weight);
      let diff = 0;
      for (let i = 0; i < out.length; i++) if (out[i] !== js[i]) diff++;
      expect(diff, `${layer.kind} elements that differ`).toBe(0);
    }
    layers.forEach((l) => l.dispose());
    w.dispose();
  });

  it('masked softmax: scaled, masked, fully masked rows uniform; gradient as tfjs computes it', (ctx) => {
    if (!active) ctx.skip();
    tf.tidy(() => {
      const scores = tf.randomNormal([2, 3, 4, 9], 0, 2, 'float32', 8) as tf.Tensor4D;
      const m = Array.from({ length: 2 * 4 * 9 }, (_, i) => (i % 9 > (i / 9) % 4 + 4 || Math.floor(i / 9) === 5 ? -1e9 : 0));
      const mask = tf.tensor4d(m, [2, 1, 4, 9]);
      const plain = (s: tf.Tensor) => tf.softmax(tf.add(tf.mul(s, 0.3), mask));
      expect(maxAbs(fusedMaskedSoftmax(scores, mask, 0.3), plain(scores))).toBeLessThan(1e-6);
      const rowFullyMasked = fusedMaskedSoftmax(scores, mask, 0.3).slice([1, 0, 1, 0], [1, 1, 1, 9]);
      expect(maxAbs(rowFullyMasked, tf.fill([1, 1, 1, 9], 1 / 9))).toBeLessThan(1e-6);
      const w = tf.randomNormal([2, 3, 4, 9], 0, 1, 'float32', 9);
      const g1 = tf.grad((s: tf.Tensor) => tf.sum(tf.mul(fusedMaskedSoftmax(s as tf.Tensor4D, mask, 0.3), w)))(scores);
      const g2 = tf.grad((s: tf.Tensor) => tf.sum(tf.mul(plain(s), w)))(scores);
      expect(maxAbs(g1, g2)).toBeLessThan(1e-5);
    });
  });

  it('RoPE: both output layouts and the gradient equal the plain rotation', (ctx) => {
    if (!active) ctx.skip();
    tf.tidy(() => {
      const x = tf.randomNormal([2, 5, 3, 8], 0, 1, 'float32', 10) as tf.Tensor4D;
      const ang = tf.randomUniform([2, 5, 1, 4], 0, 6, 'float32', 11);
      const [cos, sin] = [tf.cos(ang), tf.sin(ang)] as tf.Tensor4D[];
      const plain = applyRope(x, cos, sin);
      expect(maxAbs(fusedRope(x, cos, sin, false), plain)).toBeLessThan(1e-6);
      expect(maxAbs(fusedRope(x, cos, sin, true), tf.transpose(plain, [0, 2, 1, 3]))).toBeLessThan(1e-6);
      const w = tf.randomNormal([2, 3, 5, 8], 0, 1, 'float32', 12);
      const g1 = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(fusedRope(v as tf.Tensor4D, cos, sin, true), w)))(x);
      const g2 = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(tf.transpose(applyRope(v as tf.Tensor4D, cos, sin), [0, 2, 1, 3]), w)))(x);
      expect(maxAbs(g1, g2)).toBeLessThan(1e-5);
    });
  });
});
