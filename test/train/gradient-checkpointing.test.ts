/**
 * Gradient checkpointing recomputes each decoder layer in the backward pass; the gradients must
 * be exactly those of the plain backward pass, including LoRA dropout (the recomputation replays
 * the same masks) and QLoRA (quantized bases recomputed by their own kernels).
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { quantizeModel } from '../../sdk/model/quant/quantize-model.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { applyLora, type LoraHandle } from '../../sdk/train/lora.js';
import { sftLoss } from '../../sdk/train/sft.js';
import type { SftBatch } from '../../sdk/train/sft-data.js';
import { fixtureDir, idTokenizer } from '../model/helpers.js';

const batch: SftBatch = {
  inputIds: [[1, 40, 41, 42, 43, 44, 45], [1, 50, 51, 52, 0, 0, 0]],
  attentionMask: [[1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 0, 0, 0]],
  labels: [[-100, -100, 41, 42, 43, 44, 45], [-100, 50, 51, 52, -100, -100, -100]],
  tokens: 11,
  targets: 8,
};

let start: number;
beforeAll(async () => {
  await initBackend();
  start = tf.memory().numTensors;
});
afterAll(() => expect(tf.memory().numTensors, 'tensors leaked over the file').toBe(start));

/** Loss and every adapter gradient of one batch, from the same dropout stream positions. */
function lossAndGrads(model: CausalLM, lora: LoraHandle, gradientCheckpointing: boolean) {
  const rng = lora.rngState();
  const { value, grads } = tf.variableGrads(() => sftLoss(model, batch, { gradientCheckpointing }), lora.variables());
  lora.setRngState(rng);
  const out = { loss: value.dataSync()[0], grads: new Map(Object.entries(grads).map(([k, g]) => [k, g.dataSync() as Float32Array])) };
  tf.dispose([value, ...Object.values(grads)]);
  return out;
}

describe.each([
  ['LoRA with dropout', 'llama-f32', undefined],
  ['QLoRA (NF4) with dropout, q/k/v biases', 'qwen2-f16', 'nf4'],
] as const)('gradient checkpointing, %s', (_name, fixture, quantize) => {
  it('gives the loss and adapter gradients of the plain backward pass', async () => {
    const model = await loadModel(fixtureDir(fixture), { tokenizer: idTokenizer(384) });
    if (quantize) quantizeModel(model, quantize);
    const lora = applyLora(model, { r: 4, alpha: 8, dropout: 0.3, seed: 5 });
    // B starts at zero; give it values so every path of the adapter carries gradient.
    tf.tidy(() => {
      for (const l of lora.layers.values()) l.B.assign(tf.randomNormal(l.B.shape, 0, 0.1, 'float32', 9));
    });
    lora.setTraining(true);
    const before = tf.memory().numTensors;
    const plain = lossAndGrads(model, lora, false);
    const recomputed = lossAndGrads(model, lora, true);
    expect(tf.memory().numTensors).toBe(before);
    expect(recomputed.loss).toBeCloseTo(plain.loss, 5);
    expect([...recomputed.grads.keys()].sort()).toEqual([...plain.grads.keys()].sort());
    for (const [name, g] of plain.grads) {
      const r = recomputed.grads.get(name)!;
      let diff = 0;
      let scale = 1e-6;
      for (let i = 0; i < g.length; i++) {
        diff = Math.max(diff, Math.abs(g[i] - r[i]));
        scale = Math.max(scale, Math.abs(g[i]));
      }
      expect(diff / scale, name).toBeLessThan(1e-5);
    }
    // Dropout really was on: a third pass from a later stream position differs.
    const other = lossAndGrads(model, lora, false);
    lora.setRngState(Object.fromEntries(Object.entries(lora.rngState()).map(([k, n]) => [k, n + 1])));
    expect(lossAndGrads(model, lora, true).loss).not.toBeCloseTo(other.loss, 6);
    lora.remove();
    model.dispose();
  });
});
