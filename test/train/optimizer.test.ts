import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { AdamW, clipGradNorm } from '../../sdk/train/optimizer.js';

beforeAll(async () => {
  await initBackend();
});

// Golden values from /usr/bin/python3 with torch 1.13 (scripts/reference/adamw_ref.py prints them):
// torch.optim.AdamW([w, b], lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.1), three steps
// with the gradients below; values pasted verbatim, as are clip_grad_norm_'s below.
const GRADS = [
  { w: [[0.1, -0.2, 0.3], [1.0, -2.0, 0.5]], b: [0.3, -0.1] },
  { w: [[-0.4, 0.1, 0.0], [0.2, 0.2, -0.5]], b: [0.0, 0.7] },
  { w: [[0.05, 0.05, -0.05], [3.0, -1.0, 0.25]], b: [-0.2, 0.2] },
];
const TORCH = [
  { w: [[0.4895000159740448, -0.9890000224113464, 1.9880000352859497], [0.08990000188350677, 0.20980000495910645, -0.30970001220703125]], b: [0.03994999825954437, -0.009980001486837864] },
  { w: [[0.49460554122924805, -0.9853476881980896, 1.979311466217041], [0.08177969604730606, 0.21551670134067535, -0.3088639974594116]], b: [0.03320946544408798, -0.01638953387737274] },
  { w: [[0.49763497710227966, -0.9837484955787659, 1.9732744693756104], [0.0736529529094696, 0.22224974632263184, -0.31030237674713135]], b: [0.03241387754678726, -0.022887391969561577] },
];

describe('AdamW', () => {
  it('matches torch.optim.AdamW step by step (decoupled decay, bias correction)', () => {
    const w = tf.variable(tf.tensor2d([[0.5, -1.0, 2.0], [0.1, 0.2, -0.3]]));
    const b = tf.variable(tf.tensor1d([0.05, -0.02]));
    const opt = new AdamW(new Map<string, tf.Variable>([['w', w], ['b', b]]), { weightDecay: 0.1 });
    for (let i = 0; i < 3; i++) {
      const g = new Map<string, tf.Tensor>([['w', tf.tensor2d(GRADS[i].w)], ['b', tf.tensor1d(GRADS[i].b)]]);
      opt.step(g, 0.01);
      g.forEach((t) => t.dispose());
      const ws = w.arraySync() as number[][];
      const bs = b.arraySync() as number[];
      ws.flat().forEach((x, j) => expect(x).toBeCloseTo(TORCH[i].w.flat()[j], 6));
      bs.forEach((x, j) => expect(x).toBeCloseTo(TORCH[i].b[j], 6));
    }
    expect(opt.stepCount).toBe(3);
    opt.dispose();
    w.dispose();
    b.dispose();
  });

  it('skips weight decay for names in noDecay', () => {
    const p = tf.variable(tf.tensor1d([1]));
    const opt = new AdamW(new Map([['norm.weight', p]]), { weightDecay: 0.5, noDecay: (n) => n.endsWith('norm.weight') });
    const g = new Map<string, tf.Tensor>([['norm.weight', tf.tensor1d([0])]]);
    opt.step(g, 0.1);
    expect(p.dataSync()[0]).toBe(1); // zero grad and no decay: unchanged
    g.forEach((t) => t.dispose());
    opt.dispose();
    p.dispose();
  });
});

describe('clipGradNorm', () => {
  it('matches torch clip_grad_norm_ (returns the pre-clip norm, scales by max/(norm+1e-6))', () => {
    const g = new Map<string, tf.Tensor>([['a', tf.tensor1d([3, 4])], ['b', tf.tensor1d([12])]]);
    const { grads, norm } = clipGradNorm(g, 1.0);
    expect(norm).toBeCloseTo(13, 5);
    const a = grads.get('a')!.dataSync();
    expect(a[0]).toBeCloseTo(0.23076921701431274, 6);
    expect(a[1]).toBeCloseTo(0.307692289352417, 6);
    expect(grads.get('b')!.dataSync()[0]).toBeCloseTo(0.923076868057251, 6);
    [...g.values(), ...grads.values()].forEach((t) => t.dispose());
  });
  it('leaves gradients alone under the limit and when disabled', () => {
    const g = new Map<string, tf.Tensor>([['a', tf.tensor1d([0.3, 0.4])]]);
    const under = clipGradNorm(g, 1.0);
    expect(Array.from(under.grads.get('a')!.dataSync())).toEqual(Array.from(g.get('a')!.dataSync()));
    const off = clipGradNorm(new Map([['a', tf.tensor1d([30, 40])]]), 0);
    expect(off.norm).toBeCloseTo(50, 4);
    expect(Array.from(off.grads.get('a')!.dataSync())).toEqual([30, 40]);
  });
});
