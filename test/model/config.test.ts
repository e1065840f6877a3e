/** config.json validation: supported families, defaults, and errors that name the field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelDims, parseModelConfig, slidingWindowFor } from '../../sdk/model/config.js';
import { ropeInvFreq } from '../../sdk/model/rope.js';
import { fixtureDir } from './helpers.js';

const base = () => JSON.parse(readFileSync(join(fixtureDir('llama-f32'), 'config.json'), 'utf8')) as Record<string, unknown>;

describe('parseModelConfig', () => {
  it('rejects an unsupported model_type and lists the supported ones', () => {
    expect(() => parseModelConfig({ ...base(), model_type: 'gpt2' }, 'x/config.json')).toThrow(
      'x/config.json: model_type "gpt2" is not supported; expected one of llama, mistral, qwen2, qwen3',
    );
  });

  it('names a bad field and what was found', () => {
    expect(() => parseModelConfig({ ...base(), hidden_size: '32' }, 'x/config.json')).toThrow(/x\/config\.json: invalid config: hidden_size: .*found "32"/);
    expect(() => parseModelConfig({ ...base(), num_key_value_heads: 3 }, 'c.json')).toThrow(/num_key_value_heads: num_attention_heads \(4\) must be a multiple/);
    expect(() => parseModelConfig({ ...base(), hidden_act: 'gelu' }, 'c.json')).toThrow(/hidden_act/);
    expect(() => parseModelConfig({ ...base(), rope_scaling: { rope_type: 'llama3', factor: 8 } }, 'c.json')).toThrow(/rope_scaling\.low_freq_factor/);
    expect(() => parseModelConfig({ ...base(), rope_scaling: { rope_type: 'yarn', factor: 8 } }, 'c.json')).toThrow(/rope_scaling\.rope_type/);
  });

  it('keeps unknown HF keys and applies HF defaults', () => {
    const { num_key_value_heads: _kv, rope_theta: _t, ...rest } = base();
    const cfg = parseModelConfig({ ...rest, architectures: ['LlamaForCausalLM'], initializer_range: 0.02 });
    expect((cfg as Record<string, unknown>).architectures).toEqual(['LlamaForCausalLM']);
    expect(cfg.rope_theta).toBe(10000);
    expect(modelDims(cfg)).toMatchObject({ nKv: 4, headDim: 8, group: 1, qkvBias: false, qkNorm: false });
  });

  it('derives per-family switches', () => {
    const qwen2 = parseModelConfig({ ...base(), model_type: 'qwen2', num_key_value_heads: 2 });
    expect(modelDims(qwen2)).toMatchObject({ qkvBias: true, oBias: false, group: 2 });
    const qwen3 = parseModelConfig({ ...base(), model_type: 'qwen3', head_dim: 16 });
    expect(modelDims(qwen3)).toMatchObject({ headDim: 16, qkNorm: true });
    const mistral = parseModelConfig({ ...base(), model_type: 'mistral', sliding_window: 4 });
    expect(slidingWindowFor(mistral, 0)).toBe(4);
    const q2s = parseModelConfig({ ...base(), model_type: 'qwen2', sliding_window: 4, use_sliding_window: true, max_window_layers: 1 });
    expect([slidingWindowFor(q2s, 0), slidingWindowFor(q2s, 1)]).toEqual([undefined, 4]);
    expect(slidingWindowFor(parseModelConfig({ ...base(), sliding_window: 4 }), 0)).toBeUndefined();
  });

  it('applies llama3 rope scaling by frequency band', () => {
    const llama3 = (high: number) =>
      ropeInvFreq(
        parseModelConfig({
          ...base(),
          rope_theta: 500,
          rope_scaling: { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: high, original_max_position_embeddings: 16 },
        }),
      );
    // head_dim 8, theta 500: wavelengths 2π/inv_freq = 6.3, 29.7, 140, 664.
    const plain = ropeInvFreq(parseModelConfig({ ...base(), rope_theta: 500 }));
    const a = llama3(4); // bands: < 4 kept, > 16 divided by 8, between blended
    expect(a[0]).toBeLessThan(plain[0]);
    expect(a[0]).toBeGreaterThan(plain[0] / 8);
    for (const i of [1, 2, 3]) expect(a[i]).toBeCloseTo(plain[i] / 8, 7);
    const b = llama3(2); // high-frequency cut at 8: the 6.3 wavelength is kept
    expect(b[0]).toBe(plain[0]);
    const linear = ropeInvFreq(parseModelConfig({ ...base(), rope_theta: 500, rope_scaling: { type: 'linear', factor: 4 } }));
    for (let i = 0; i < 4; i++) expect(linear[i]).toBeCloseTo(plain[i] / 4, 7);
  });
});
