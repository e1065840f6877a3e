import { describe, expect, it } from 'vitest';
import { datasetList, ignoredNotice, loraConfigOf, parseTrainConfig, sftOptionsOf, TrainConfigSchema } from '../../sdk/train/config.js';
import { IGNORED_KEYS, REFUSED_KEYS } from '../../sdk/train/config-keys.js';
import { ALL_LLAMAFACTORY_KEYS, LLAMAFACTORY_KEYS } from '../../sdk/train/lf-keys.js';

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

describe('LLaMA-Factory keys', () => {
  it('every key of their argument classes is implemented, ignored with a notice, or refused at non-default values', () => {
    const own = new Set(Object.keys(TrainConfigSchema.shape));
    const unhandled = [...ALL_LLAMAFACTORY_KEYS].filter((k) => !own.has(k) && !(k in IGNORED_KEYS) && !(k in REFUSED_KEYS));
    expect(unhandled).toEqual([]);
    // No key is in two places (an implemented key must not also be ignored or refused).
    for (const k of own) {
      expect(k in IGNORED_KEYS, k).toBe(false);
      expect(k in REFUSED_KEYS, k).toBe(false);
    }
    expect(LLAMAFACTORY_KEYS.DataArguments).toContain('interleave_probs');
    expect(ALL_LLAMAFACTORY_KEYS.size).toBeGreaterThan(300);
  });

  it('accepts their example YAML keys, with one notice for the cluster-only ones', () => {
    const raw = {
      model_name_or_path: 'm', trust_remote_code: true, stage: 'sft', do_train: true, finetuning_type: 'lora', lora_rank: 8, lora_target: 'all',
      dataset: 'identity,alpaca_en_demo', template: 'qwen3_nothink', cutoff_len: 2048, max_samples: 1000, overwrite_cache: true,
      preprocessing_num_workers: 16, dataloader_num_workers: 4, output_dir: 'saves/x', logging_steps: 10, save_steps: 500, plot_loss: true,
      overwrite_output_dir: true, save_only_model: false, report_to: 'none', per_device_train_batch_size: 1, gradient_accumulation_steps: 8,
      learning_rate: 1.0e-4, num_train_epochs: 3.0, lr_scheduler_type: 'cosine', warmup_ratio: 0.1, bf16: true, ddp_timeout: 180000000,
      resume_from_checkpoint: null, quantization_bit: 4, quantization_method: 'bnb', double_quantization: true,
    };
    const cfg = parseTrainConfig(raw, 'q.yaml');
    expect(cfg).toMatchObject({ template: 'qwen3_nothink', max_samples: 1000, quantization_bit: 4, resume_from_checkpoint: null });
    expect(datasetList(cfg.dataset)).toEqual(['identity', 'alpaca_en_demo']);
    const notice = ignoredNotice(raw, 'q.yaml')!;
    expect(notice.split('\n')).toHaveLength(1);
    for (const k of ['trust_remote_code', 'overwrite_cache', 'preprocessing_num_workers', 'dataloader_num_workers', 'ddp_timeout', 'bf16']) expect(notice).toContain(k);
    expect(notice).not.toContain('lora_rank');
  });

  it('refuses keys that would change training, and stages not run here, saying why', () => {
    expect(() => parseTrainConfig({ use_dora: true }, 'x.yaml')).toThrow('x.yaml: use_dora: found true; medtune does not offer LoRA variants, so only false (LLaMA-Factory\'s default) is accepted');
    expect(parseTrainConfig({ use_dora: false }).lora_rank).toBe(8);
    expect(() => parseTrainConfig({ stage: 'ppo' }, 'x.yaml')).toThrow('x.yaml: stage: ppo is not supported by medtune; use one of pt, sft, dpo, grpo');
    expect(parseTrainConfig({ stage: 'dpo' }, 'x.yaml').stage).toBe('dpo');
    expect(() => parseTrainConfig({ report_to: 'wandb' }, 'x.yaml')).toThrow(/report_to: found "wandb"; expected none or tensorboard/);
    expect(() => parseTrainConfig({ val_size: 0.1, eval_dataset: 'a' }, 'x.yaml')).toThrow(/val_size: cannot be combined with eval_dataset/);
  });

  it('an unknown key gets a did-you-mean, never the list of every key', () => {
    let msg = '';
    try {
      parseTrainConfig({ gradient_acumulation_steps: 2 }, 'x.yaml');
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toBe('x.yaml: unknown key "gradient_acumulation_steps" (did you mean gradient_accumulation_steps?); it is neither a medtune nor a LLaMA-Factory/Hugging Face training key');
    expect(() => parseTrainConfig({ zzz_totally_new: 1 }, 'x.yaml')).toThrow(/^x\.yaml: unknown key "zzz_totally_new"; it is neither/);
  });
});
