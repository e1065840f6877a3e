/**
 * Schemas for a Hugging Face checkpoint's `config.json` and `generation_config.json`.
 *
 * HF configs carry dozens of keys we do not use (`architectures`, `transformers_version`,
 * `initializer_range`, ...), so the objects are loose: unknown keys pass through untouched.
 * Every key the forward pass reads is validated here, once, at the boundary.
 *
 * @example
 * const cfg = parseModelConfig(JSON.parse(text), 'ckpt/config.json');
 * cfg.num_key_value_heads; // defaulted to num_attention_heads when absent
 */
import { z } from 'zod';

/**
 * The `model_type`s whose forward pass medtune implements.
 *
 * @example
 * SUPPORTED_MODEL_TYPES.includes('qwen3'); // true
 */
export const SUPPORTED_MODEL_TYPES = ['llama', 'mistral', 'qwen2', 'qwen3'] as const;

const posInt = z.number().int().positive();
const tokenIds = z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative())]);

/**
 * RoPE scaling. `rope_type` is the current HF key; older checkpoints write `type`.
 * Supported: `default`, `linear` (positions divided by factor) and `llama3` (frequency-band rescaling).
 *
 * @example
 * RopeScalingSchema.parse({ rope_type: 'linear', factor: 2 });
 */
export const RopeScalingSchema = z
  .looseObject({
    rope_type: z.enum(['default', 'linear', 'llama3']).optional(),
    type: z.enum(['default', 'linear', 'llama3']).optional(),
    factor: z.number().positive().optional(),
    low_freq_factor: z.number().positive().optional(),
    high_freq_factor: z.number().positive().optional(),
    original_max_position_embeddings: posInt.optional(),
  })
  .superRefine((r, ctx) => {
    const kind = r.rope_type ?? r.type ?? 'default';
    if (kind !== 'default' && r.factor === undefined) {
      ctx.addIssue({ code: 'custom', message: `rope_scaling.factor is required for rope_type "${kind}"` });
    }
    if (kind === 'llama3') {
      for (const k of ['low_freq_factor', 'high_freq_factor', 'original_max_position_embeddings'] as const) {
        if (r[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `required for rope_type "llama3"` });
      }
    }
  });
/** @example const rs: RopeScaling = { rope_type: 'llama3', factor: 8, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 8192 }; */
export type RopeScaling = z.infer<typeof RopeScalingSchema>;

/**
 * config.json of a decoder-only Llama-family checkpoint (llama, mistral, qwen2, qwen3).
 *
 * @example
 * ModelConfigSchema.safeParse(JSON.parse(text)).success;
 */
export const ModelConfigSchema = z
  .looseObject({
    model_type: z.enum(SUPPORTED_MODEL_TYPES),
    vocab_size: posInt,
    hidden_size: posInt,
    intermediate_size: posInt,
    num_hidden_layers: posInt,
    num_attention_heads: posInt,
    // HF default: no GQA, one KV head per query head.
    num_key_value_heads: posInt.optional(),
    // Qwen3 sets it explicitly (it may differ from hidden/heads); others derive it.
    head_dim: posInt.nullish(),
    // Every supported family uses SwiGLU; other activations would silently change the model.
    hidden_act: z.literal('silu').default('silu'),
    // HF LlamaConfig default.
    rms_norm_eps: z.number().positive().default(1e-6),
    // HF LlamaConfig default base frequency.
    rope_theta: z.number().positive().default(10000),
    rope_scaling: RopeScalingSchema.nullish(),
    // HF LlamaConfig default; only RoPE extrapolation beyond it is affected, not the forward.
    max_position_embeddings: posInt.default(2048),
    // LlamaConfig, MistralConfig, Qwen2Config and Qwen3Config all default to an untied lm_head.
    tie_word_embeddings: z.boolean().default(false),
    // Llama/Qwen3 default: no bias on q/k/v/o. Qwen2 always has q/k/v bias (handled by model_type).
    attention_bias: z.boolean().default(false),
    // HF LlamaConfig default: no MLP bias.
    mlp_bias: z.boolean().default(false),
    // Mistral: window length or null (full attention). Qwen2/3 only use it when use_sliding_window.
    sliding_window: posInt.nullish(),
    // Qwen2/3 default: sliding window off.
    use_sliding_window: z.boolean().default(false),
    // Qwen2/3: layers below this index use full attention even when sliding is on.
    max_window_layers: z.number().int().nonnegative().optional(),
    bos_token_id: tokenIds.nullish(),
    eos_token_id: tokenIds.nullish(),
    pad_token_id: tokenIds.nullish(),
    torch_dtype: z.string().nullish(),
  })
  .superRefine((c, ctx) => {
    const kv = c.num_key_value_heads ?? c.num_attention_heads;
    if (c.num_attention_heads % kv !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['num_key_value_heads'],
        message: `num_attention_heads (${c.num_attention_heads}) must be a multiple of num_key_value_heads (${kv})`,
      });
    }
    if (c.head_dim == null && c.hidden_size % c.num_attention_heads !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['hidden_size'],
        message: `hidden_size (${c.hidden_size}) is not divisible by num_attention_heads (${c.num_attention_heads}) and no head_dim is given`,
      });
    }
    if ((c.head_dim ?? c.hidden_size / c.num_attention_heads) % 2 !== 0) {
      ctx.addIssue({ code: 'custom', path: ['head_dim'], message: 'head_dim must be even for RoPE' });
    }
  });
/** @example const cfg: ModelConfig = parseModelConfig(raw); */
export type ModelConfig = z.infer<typeof ModelConfigSchema>;

/**
 * generation_config.json: the checkpoint's default decoding settings.
 *
 * @example
 * GenerationDefaultsSchema.parse({ temperature: 0.6, top_p: 0.9 });
 */
export const GenerationDefaultsSchema = z.looseObject({
  bos_token_id: tokenIds.nullish(),
  eos_token_id: tokenIds.nullish(),
  pad_token_id: tokenIds.nullish(),
  do_sample: z.boolean().optional(),
  temperature: z.number().nonnegative().optional(),
  top_k: z.number().int().nonnegative().optional(),
  top_p: z.number().min(0).max(1).optional(),
  repetition_penalty: z.number().positive().optional(),
  max_new_tokens: posInt.optional(),
  max_length: posInt.optional(),
});
/** @example const gen: GenerationDefaults = model.generationDefaults; */
export type GenerationDefaults = z.infer<typeof GenerationDefaultsSchema>;

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const at = i.path.length ? i.path.join('.') : '(root)';
      const shown = 'input' in i && i.input !== undefined ? JSON.stringify(i.input) : undefined;
      const found = shown === undefined ? '' : ` (found ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown})`;
      return `${at}: ${i.message}${found}`;
    })
    .join('; ');
}

/**
 * Validate a parsed config.json. `file` names the source in error messages.
 * An unknown `model_type` gets an error listing the supported ones.
 *
 * @example
 * const cfg = parseModelConfig({ model_type: 'llama', vocab_size: 32000, ... }, 'x/config.json');
 */
export function parseModelConfig(raw: unknown, file = 'config.json'): ModelConfig {
  const mt = (raw as { model_type?: unknown } | null)?.model_type;
  if (typeof mt !== 'string' || !(SUPPORTED_MODEL_TYPES as readonly string[]).includes(mt)) {
    throw new Error(
      `${file}: model_type ${JSON.stringify(mt)} is not supported; expected one of ${SUPPORTED_MODEL_TYPES.join(', ')}`,
    );
  }
  const parsed = ModelConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new Error(`${file}: invalid config: ${formatIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Validate a parsed generation_config.json (an absent file means `{}`).
 *
 * @example
 * const gen = parseGenerationDefaults({ temperature: 0.6, top_p: 0.9 }, 'x/generation_config.json');
 */
export function parseGenerationDefaults(raw: unknown, file = 'generation_config.json'): GenerationDefaults {
  const parsed = GenerationDefaultsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new Error(`${file}: invalid generation config: ${formatIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Derived sizes the forward pass needs; one place so every file agrees.
 *
 * @example
 * const { nHeads, nKv }: ModelDims = modelDims(cfg);
 */
export interface ModelDims {
  hidden: number;
  nHeads: number;
  nKv: number;
  headDim: number;
  /** Query heads per KV head (GQA group size). */
  group: number;
  /** q/k/v carry a bias (qwen2 always; llama/mistral when attention_bias). */
  qkvBias: boolean;
  /** o_proj carries a bias (llama attention_bias only). */
  oBias: boolean;
  /** Per-head RMSNorm on q and k before RoPE (qwen3). */
  qkNorm: boolean;
}

/**
 * Sizes and per-family switches derived from a validated config.
 *
 * @example
 * const { headDim, group } = modelDims(cfg);
 */
export function modelDims(c: ModelConfig): ModelDims {
  const nHeads = c.num_attention_heads;
  const nKv = c.num_key_value_heads ?? nHeads;
  const headDim = c.head_dim ?? c.hidden_size / nHeads;
  const qwen2 = c.model_type === 'qwen2';
  const biasFamilies = c.model_type === 'llama' || c.model_type === 'mistral' || c.model_type === 'qwen3';
  return {
    hidden: c.hidden_size,
    nHeads,
    nKv,
    headDim,
    group: nHeads / nKv,
    qkvBias: qwen2 || (biasFamilies && c.attention_bias),
    oBias: biasFamilies && c.attention_bias,
    qkNorm: c.model_type === 'qwen3',
  };
}

/**
 * The sliding-window length for layer `layer`, or undefined for full attention.
 * Mistral: `sliding_window` when set. Qwen2/3: only with `use_sliding_window`, and only for
 * layers at or above `max_window_layers` (HF `layer_types`).
 *
 * @example
 * slidingWindowFor(cfg, 0); // undefined for llama
 */
export function slidingWindowFor(c: ModelConfig, layer: number): number | undefined {
  if (c.sliding_window == null) return undefined;
  if (c.model_type === 'mistral') return c.sliding_window;
  if (c.model_type === 'qwen2' || c.model_type === 'qwen3') {
    if (!c.use_sliding_window) return undefined;
    // 28 is the HF Qwen2Config/Qwen3Config default for max_window_layers.
    return layer >= (c.max_window_layers ?? 28) ? c.sliding_window : undefined;
  }
  return undefined;
}
