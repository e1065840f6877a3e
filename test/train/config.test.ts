import { describe, expect, it } from 'vitest';
import { loraConfigOf, parseTrainConfig, sftOptionsOf } from '../../sdk/train/config.js';

describe('train config', () => {
  it('fills documented defaults and maps onto LoRA and trainer options', () => {
    const cfg = parseTrainConfig({ lora_rank: 4, lora_target: 'q_proj,v_proj', max_steps: 20, resume_from_checkpoint: true });
    expect(cfg).toMatchObject({ model_name_or_path: 'data/models/medtune-tiny', cutoff_len: 512, lr_scheduler_type: 'linear', warmup_ratio: 0, seed: 42 });
    expect(loraConfigOf(cfg)).toEqual({ r: 4, alpha: 8, dropout: 0, targetModules: ['q_proj', 'v_proj'], useRslora: false, seed: 42 });
    expect(sftOptionsOf(cfg)).toMatchObject({ maxSteps: 20, resumeFrom: 'latest', batchSize: 8, learningRate: 1e-4, gradientCheckpointing: false });
    expect(sftOptionsOf(parseTrainConfig({ gradient_checkpointing: true })).gradientCheckpointing).toBe(true);
  });

  it('rejects unknown keys naming the key and the closest known one', () => {
    expect(() => parseTrainConfig({ lora_rnak: 8 }, 'x.yaml')).toThrow(/^x\.yaml: unknown key "lora_rnak" \(did you mean lora_rank\?\)/);
  });

  it('rejects bad values with the key, the value and what is allowed', () => {
    const bad = (raw: Record<string, unknown>) => {
      try {
        parseTrainConfig(raw, 'cfg.yaml');
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected a rejection');
    };
    expect(bad({ lora_rank: -1 })).toBe('cfg.yaml: lora_rank: found -1; expected an integer >= 1');
    expect(bad({ quantization_bit: 3 })).toBe('cfg.yaml: quantization_bit: found 3; expected 4 or 8');
    expect(bad({ lr_scheduler_type: 'step' })).toBe('cfg.yaml: lr_scheduler_type: found "step"; expected one of linear, cosine, constant, constant_with_warmup');
    expect(bad({ learning_rate: '2e-4' })).toBe('cfg.yaml: learning_rate: found "2e-4"; expected a number in (0, 1]');
    expect(bad({ lora_target: 'q_proj,wq' })).toMatch(/lora_target: found "q_proj,wq"; expected "all", or names from q_proj/);
    expect(bad({ finetuning_type: 'full' })).toBe('cfg.yaml: finetuning_type: found "full"; expected "lora"');
    expect(bad({ gradient_checkpointing: 'yes' })).toBe('cfg.yaml: gradient_checkpointing: found "yes"; expected true or false');
    // Several problems are reported together.
    expect(bad({ lora_rank: 0, seed: -2 }).split('\n')).toHaveLength(2);
    expect(() => parseTrainConfig([1, 2], 'c.yaml')).toThrow('c.yaml: expected a mapping of keys to values, found [1,2]');
  });
});
