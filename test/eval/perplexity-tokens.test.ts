/**
 * The evaluation's answer-tokens perplexity and the trainer's validation loss are the same
 * computation on the same tokens: exp(validation loss) must equal the eval figure, while the
 * all-tokens figure (prompt included) is a different number.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { loadModel } from '../../sdk/model/loader.js';
import { textModelFromCausalLM } from '../../sdk/model/text-model.js';
import { evaluate } from '../../sdk/eval/evaluate.js';
import { answerPerplexity } from '../../sdk/eval/perplexity.js';
import { sftBatches, tokenizeRecords } from '../../sdk/train/sft-data.js';
import { sftLoss } from '../../sdk/train/sft.js';
import { evaluateLoss } from '../../sdk/train/trainer.js';
import type { CausalLM } from '../../sdk/model/types.js';
import { RECORDS } from './fixtures.js';

const MODEL = 'data/models/medtune-tiny';
let model: CausalLM;

beforeAll(async () => {
  await initBackend();
  model = await loadModel(MODEL, { template: 'alpaca' });
});

describe('answer-token perplexity', () => {
  it('equals exp(trainer validation loss) on the same records and cutoff', async () => {
    const baseline = tf.memory().numTensors;
    const records = RECORDS.filter((r) => r.kind === 'instruction');
    for (const cutoffLen of [64, 12]) {
      const { examples } = tokenizeRecords(model.tokenizer, records, { cutoffLen });
      const valLoss = evaluateLoss(() => sftBatches(examples, { batchSize: 2, padId: model.tokenizer.padTokenId }), (b) => sftLoss(model, b), (b) => b.targets);
      const ans = await answerPerplexity(textModelFromCausalLM(model), records, cutoffLen);
      expect(ans!.n).toBe(examples.length);
      expect(ans!.cutoffLen).toBe(cutoffLen);
      expect(Math.log(ans!.perplexity)).toBeCloseTo(valLoss, 4);
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('is reported beside the all-tokens figure, which includes the prompt', async () => {
    const r = await evaluate(textModelFromCausalLM(model), RECORDS, ['perplexity'], { perplexityCutoffLen: 64, bootstrap: { samples: 50, seed: 1 } });
    const p = r.suites.perplexity!;
    expect(p.answer!.n).toBe(3);
    expect(p.answer!.tokens).toBeLessThan(p.items.filter((i) => ['s1', 's2', 'q1'].includes(i.id)).reduce((a, i) => a + i.tokens, 0));
    expect(p.answer!.perplexity).not.toBeCloseTo(p.perplexity, 1);
  });
});
