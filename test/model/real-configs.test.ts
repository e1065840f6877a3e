/**
 * Published config.json files of real checkpoints parse (unknown HF keys pass through) and imply
 * the published parameter counts, so the module layout matches the real state dicts.
 */
import { expect, it } from 'vitest';
import { expectedTensors } from '../../sdk/model/causal-lm.js';
import { modelDims, parseModelConfig, slidingWindowFor } from '../../sdk/model/config.js';

// Copied from the Hugging Face hub (config.json of each repository).
const LLAMA_32_1B = {"architectures":["LlamaForCausalLM"],"attention_bias":false,"attention_dropout":0.0,"bos_token_id":128000,"eos_token_id":128001,"head_dim":64,"hidden_act":"silu","hidden_size":2048,"initializer_range":0.02,"intermediate_size":8192,"max_position_embeddings":131072,"mlp_bias":false,"model_type":"llama","num_attention_heads":32,"num_hidden_layers":16,"num_key_value_heads":8,"pretraining_tp":1,"rms_norm_eps":1e-05,"rope_scaling":{"factor":32.0,"high_freq_factor":4.0,"low_freq_factor":1.0,"original_max_position_embeddings":8192,"rope_type":"llama3"},"rope_theta":500000.0,"tie_word_embeddings":true,"torch_dtype":"bfloat16","transformers_version":"4.45.0.dev0","use_cache":true,"vocab_size":128256};
const QWEN25_05B = {"architectures":["Qwen2ForCausalLM"],"attention_dropout":0.0,"bos_token_id":151643,"eos_token_id":151643,"hidden_act":"silu","hidden_size":896,"initializer_range":0.02,"intermediate_size":4864,"max_position_embeddings":32768,"max_window_layers":24,"model_type":"qwen2","num_attention_heads":14,"num_hidden_layers":24,"num_key_value_heads":2,"rms_norm_eps":1e-06,"rope_theta":1000000.0,"sliding_window":32768,"tie_word_embeddings":true,"torch_dtype":"bfloat16","transformers_version":"4.40.1","use_cache":true,"use_sliding_window":false,"vocab_size":151936};
const QWEN3_06B = {"architectures":["Qwen3ForCausalLM"],"attention_bias":false,"attention_dropout":0.0,"bos_token_id":151643,"eos_token_id":151645,"head_dim":128,"hidden_act":"silu","hidden_size":1024,"initializer_range":0.02,"intermediate_size":3072,"max_position_embeddings":40960,"max_window_layers":28,"model_type":"qwen3","num_attention_heads":16,"num_hidden_layers":28,"num_key_value_heads":8,"rms_norm_eps":1e-06,"rope_scaling":null,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":true,"torch_dtype":"bfloat16","transformers_version":"4.51.0","use_cache":true,"use_sliding_window":false,"vocab_size":151936};
const MISTRAL_7B = {"architectures":["MistralForCausalLM"],"bos_token_id":1,"eos_token_id":2,"hidden_act":"silu","hidden_size":4096,"initializer_range":0.02,"intermediate_size":14336,"max_position_embeddings":32768,"model_type":"mistral","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"rms_norm_eps":1e-05,"rope_theta":10000.0,"sliding_window":4096,"tie_word_embeddings":false,"torch_dtype":"bfloat16","transformers_version":"4.34.0.dev0","use_cache":true,"vocab_size":32000};

const count = (raw: unknown) => expectedTensors(parseModelConfig(raw)).reduce((a, t) => a + t.shape.reduce((x, y) => x * y, 1), 0);

it('Llama 3.2 1B: 1,235,814,400 parameters, llama3 rope, GQA 32/8, head_dim 64', () => {
  expect(count(LLAMA_32_1B)).toBe(1_235_814_400);
  expect(modelDims(parseModelConfig(LLAMA_32_1B))).toMatchObject({ headDim: 64, group: 4 });
});

it('Qwen2.5 0.5B: 494,032,768 parameters with q/k/v biases, sliding window off', () => {
  expect(count(QWEN25_05B)).toBe(494_032_768);
  expect(slidingWindowFor(parseModelConfig(QWEN25_05B), 23)).toBeUndefined();
});

it('Qwen3 0.6B: 596,049,920 parameters, head_dim 128 != hidden/heads, q/k norms', () => {
  const cfg = parseModelConfig(QWEN3_06B);
  expect(modelDims(cfg)).toMatchObject({ headDim: 128, qkNorm: true, qkvBias: false });
  expect(count(QWEN3_06B)).toBe(596_049_920);
});

it('Mistral 7B v0.1: 7,241,732,096 parameters, sliding window 4096', () => {
  expect(count(MISTRAL_7B)).toBe(7_241_732_096);
  expect(slidingWindowFor(parseModelConfig(MISTRAL_7B), 0)).toBe(4096);
});
