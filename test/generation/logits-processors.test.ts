import { describe, expect, it } from 'vitest';
import { samplerRng, resolveGenerationConfig, LIBRARY_DEFAULTS } from '../../sdk/model/generation-config.js';
import {
  applyProcessors,
  argmaxIndex,
  buildLogitsProcessors,
  minNewTokensProcessor,
  repetitionPenaltyProcessor,
  sampleToken,
  softmaxProbs,
  temperatureProcessor,
  topKProcessor,
  topPProcessor,
} from '../../sdk/model/logits-processors.js';
import type { MedTokenizer } from '../../sdk/model/types.js';

const ctx = { ids: [] as number[], generated: 0 };
const f32 = (xs: number[]) => new Float32Array(xs);

describe('logits processors', () => {
  it('repetition penalty divides positive and multiplies negative logits of seen tokens (HF)', () => {
    const out = repetitionPenaltyProcessor(2)(f32([2, -2, 1, 4]), { ids: [0, 1, 1], generated: 0 });
    expect(Array.from(out)).toEqual([1, -4, 1, 4]);
  });

  it('min-new-tokens suppresses EOS only until the minimum is reached', () => {
    const p = minNewTokensProcessor(2, [2]);
    expect(Array.from(p(f32([0, 0, 5]), { ids: [], generated: 1 }))).toEqual([0, 0, -Infinity]);
    expect(Array.from(p(f32([0, 0, 5]), { ids: [], generated: 2 }))).toEqual([0, 0, 5]);
  });

  it('temperature divides logits', () => {
    expect(Array.from(temperatureProcessor(0.5)(f32([1, -2]), ctx))).toEqual([2, -4]);
  });

  it('top-k keeps the k largest, ties with the k-th included', () => {
    expect(Array.from(topKProcessor(2)(f32([1, 3, 2, 0]), ctx))).toEqual([-Infinity, 3, 2, -Infinity]);
    expect(Array.from(topKProcessor(1)(f32([3, 1, 3]), ctx))).toEqual([3, -Infinity, 3]);
    expect(Array.from(topKProcessor(10)(f32([1, 2]), ctx))).toEqual([1, 2]);
  });

  it('top-p drops the tail whose cumulative probability is <= 1 - p (HF semantics)', () => {
    // probs 0.5, 0.3, 0.15, 0.05: ascending cumsum 0.05, 0.2, 0.5, 1 -> with p = 0.75 the
    // first two (cum <= 0.25) go.
    const logits = f32([0.5, 0.3, 0.15, 0.05].map(Math.log));
    const out = topPProcessor(0.75)(logits, ctx);
    expect(out[0]).toBeCloseTo(Math.log(0.5), 6);
    expect(out[1]).toBeCloseTo(Math.log(0.3), 6);
    expect(out[2]).toBe(-Infinity);
    expect(out[3]).toBe(-Infinity);
    // The most likely token always survives, even with a tiny p.
    expect(Array.from(topPProcessor(1e-6)(logits, ctx)).filter((v) => v > -Infinity)).toHaveLength(1);
  });

  it('softmax matches the closed form and handles -Infinity', () => {
    const p = softmaxProbs(f32([0, Math.log(3), -Infinity]));
    expect(p[0]).toBeCloseTo(0.25, 7);
    expect(p[1]).toBeCloseTo(0.75, 7);
    expect(p[2]).toBe(0);
    expect(() => softmaxProbs(f32([-Infinity]))).toThrow(/all tokens were filtered out/);
  });

  it('argmax returns the first maximum', () => {
    expect(argmaxIndex(f32([1, 3, 3, 2]))).toBe(1);
  });

  it('sampling follows the distribution (seeded, so deterministic)', () => {
    const rand = samplerRng(123);
    const logits = f32([0.5, 0.3, 0.2].map(Math.log));
    const counts = [0, 0, 0];
    const n = 20000;
    for (let i = 0; i < n; i++) counts[sampleToken(logits, rand)]++;
    expect(counts[0] / n).toBeCloseTo(0.5, 1);
    expect(counts[1] / n).toBeCloseTo(0.3, 1);
    expect(counts[2] / n).toBeCloseTo(0.2, 1);
    expect(Math.abs(counts[0] / n - 0.5)).toBeLessThan(0.015);
    expect(sampleToken(f32([-Infinity, 0, -Infinity]), rand)).toBe(1);
  });

  it('samplerRng (mulberry32) reproduces the reference sequence', () => {
    // Reference values from an independent Python port of mulberry32 (scripts/reference/mulberry32_ref.py).
    const r = samplerRng(42);
    expect([r(), r(), r()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });
});

const tok = { eosTokenIds: [2] } as unknown as MedTokenizer;

describe('building processors from a config', () => {
  it('adds nothing for greedy defaults and only what is on', () => {
    expect(buildLogitsProcessors(resolveGenerationConfig({ generationDefaults: {}, tokenizer: tok }, {}))).toHaveLength(0);
    // Warpers do not apply to greedy decoding.
    const greedy = resolveGenerationConfig({ generationDefaults: {}, tokenizer: tok }, { temperature: 0.5, topK: 3 });
    expect(buildLogitsProcessors(greedy)).toHaveLength(0);
    const sampling = resolveGenerationConfig(
      { generationDefaults: {}, tokenizer: tok },
      { doSample: true, temperature: 0.5, topK: 0, topP: 0.9, repetitionPenalty: 1.2, minNewTokens: 1, seed: 1 },
    );
    expect(buildLogitsProcessors(sampling)).toHaveLength(4);
  });

  it('applies them in HF order (penalty before temperature)', () => {
    const cfg = resolveGenerationConfig(
      { generationDefaults: {}, tokenizer: tok },
      { doSample: true, temperature: 2, topK: 0, repetitionPenalty: 2, seed: 1 },
    );
    const out = applyProcessors(buildLogitsProcessors(cfg), f32([4, -4, 8]), { ids: [0, 1], generated: 0 });
    expect(Array.from(out)).toEqual([1, -4, 4]);
  });
});

describe('generation config', () => {
  const model = { generationDefaults: {}, tokenizer: tok };

  it('library defaults < checkpoint generation_config.json < user options', () => {
    const ckpt = { generationDefaults: { do_sample: true, temperature: 0.6, top_p: 0.9, eos_token_id: [2, 7], max_new_tokens: 100 }, tokenizer: tok };
    const a = resolveGenerationConfig(ckpt, {});
    expect(a).toMatchObject({ doSample: true, temperature: 0.6, topP: 0.9, topK: LIBRARY_DEFAULTS.topK, maxNewTokens: 100, eosTokenIds: [2, 7] });
    expect(typeof a.seed).toBe('number');
    const b = resolveGenerationConfig(ckpt, { temperature: 1.3, maxNewTokens: 5, seed: 9 });
    expect(b).toMatchObject({ doSample: true, temperature: 1.3, topP: 0.9, maxNewTokens: 5, seed: 9 });
    const c = resolveGenerationConfig(model, {});
    expect(c).toMatchObject({ ...LIBRARY_DEFAULTS, eosTokenIds: [2], seed: undefined });
  });

  it('treats temperature 0 in a checkpoint as greedy', () => {
    const cfg = resolveGenerationConfig({ generationDefaults: { do_sample: true, temperature: 0 }, tokenizer: tok }, {});
    expect(cfg.doSample).toBe(false);
    expect(cfg.temperature).toBe(1);
  });

  it('rejects unknown keys and bad values naming the field', () => {
    expect(() => resolveGenerationConfig(model, { max_new_tokens: 5 })).toThrow(/max_new_tokens/);
    expect(() => resolveGenerationConfig(model, { temperature: 0 })).toThrow(/temperature:.*found 0/);
    expect(() => resolveGenerationConfig(model, { topP: 1.5 })).toThrow(/topP/);
    expect(() => resolveGenerationConfig(model, { maxNewTokens: 2, minNewTokens: 3 })).toThrow(/minNewTokens \(3\) exceeds maxNewTokens \(2\)/);
  });
});
