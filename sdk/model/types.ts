/**
 * The model contract every phase codes against (docs/ARCHITECTURE.md, "Model API").
 *
 * @example
 * import type { CausalLM, Linear } from './types.js';
 * function countLinears(m: CausalLM): number { return m.linears().size; }
 */
import type * as tf from '@tensorflow/tfjs';
import type { FallbackTemplateName } from './chat-templates.js';
import type { GenerationDefaults, ModelConfig } from './config.js';

export type { GenerationDefaults, ModelConfig } from './config.js';

/**
 * A projection `[..., in] -> [..., out]`. Every projection of a model is one, so LoRA can wrap
 * it and quantized layers can replace it.
 *
 * @example
 * const y = layer.apply(x); // x: [B, T, in] -> y: [B, T, out]
 */
export interface Linear {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** `[..., in] -> [..., out]`. */
  apply(x: tf.Tensor): tf.Tensor;
  dispose(): void;
  /**
   * The `tf.Variable`s the projection computes with (trained or not). Gradient checkpointing passes
   * the trainable ones through the recomputed layer; a projection without any may omit it.
   */
  variables?(): tf.Variable[];
  /**
   * Random state consumed by `apply` in training (LoRA dropout streams), saved before a layer runs
   * and restored so that its recomputation in the backward pass draws the same masks.
   */
  randomState?(): unknown;
  setRandomState?(state: unknown): void;
}

/**
 * Opaque per-layer key/value cache (`[B, nKV, T, hD]` per layer); `length` is the number of
 * positions already stored.
 *
 * @example
 * const cache = model.newCache(); model.forward(ids, { cache }); cache.length; // ids.shape[1]
 */
export interface KVCache {
  readonly length: number;
  dispose(): void;
}

/**
 * Options of one forward call.
 *
 * `attentionMask` covers past and current positions, `[B, Tpast + T]`, 1 = attend, 0 = padding;
 * values 2, 3, ... mark packed sequences (segment ids: no attention across them, positions restart).
 * When given, position ids are `cumsum(mask) - 1` (as HF `generate` does), so a left-padded row
 * computes the same logits as the same row unpadded.
 *
 * @example
 * model.forward(ids, { attentionMask: tf.tensor2d([[0, 1, 1]], [1, 3], 'int32') });
 */
export interface ForwardOptions {
  cache?: KVCache;
  attentionMask?: tf.Tensor2D;
  /**
   * Keep only each decoder layer's input during the forward pass and recompute the layer in the
   * backward pass (HF `gradient_checkpointing`): activation memory of one layer instead of all,
   * for about one more forward pass of compute. Only matters under a gradient tape.
   */
  gradientCheckpointing?: boolean;
  /** Return logits `[B, K, V]` of the last K positions only (HF `logits_to_keep`): the head skips the rest. */
  logitsToKeep?: number;
}

/**
 * The output projection of a model: the weight `[V, D]` itself when it is a plain matrix (tied
 * embedding, bias-free dense lm_head), so a loss can fuse it with the softmax, or the projection.
 *
 * @example
 * const head = model.outputHead?.(); if (head && 'weight' in head) head.weight.shape; // [V, D]
 */
export type OutputHead = { weight: tf.Tensor2D } | { linear: Linear };

/** One chat turn. @example const m: ChatMessage = { role: 'user', content: 'Hi' }; */
export interface ChatMessage {
  /** `function` (a tool call the assistant makes, JSON) and `observation` (a tool result) as in LLaMA-Factory. */
  role: 'system' | 'user' | 'assistant' | 'function' | 'observation';
  content: string;
}

/**
 * The tokenizer a model carries (implemented in tokenizer.ts).
 *
 * @example
 * const ids = model.tokenizer.encode('chest pain', { addSpecialTokens: true });
 */
export interface MedTokenizer {
  encode(text: string, opts?: { addSpecialTokens?: boolean }): number[];
  decode(ids: number[], opts?: { skipSpecialTokens?: boolean }): string;
  /** `tools`: a JSON list of tool descriptions, written into the prompt the template's way. */
  applyChatTemplate(messages: ChatMessage[], opts?: { addGenerationPrompt?: boolean; tools?: string }): string;
  readonly bosTokenId?: number;
  readonly eosTokenIds: number[];
  readonly padTokenId: number;
  readonly vocabSize: number;
  /** 'checkpoint', 'none', or the `TemplateName` used. */
  readonly templateName: string;
  /** Stop words of a named template that are not single tokens (generation stops on their text). */
  readonly stopStrings?: string[];
}

/**
 * A decoder-only language model with swappable projections.
 *
 * @example
 * const { logits } = model.forward(tf.tensor2d([[1, 2, 3]], [1, 3], 'int32')); // [1, 3, V]
 */
export interface CausalLM {
  /** z.infer of the config.json schema. */
  readonly config: ModelConfig;
  /** From generation_config.json (`{}` when the checkpoint has none). */
  readonly generationDefaults: GenerationDefaults;
  readonly tokenizer: MedTokenizer;
  /** Checkpoint folder. */
  readonly path: string;
  /** ids: int32 `[B, T]` -> logits `[B, T, V]` (`[B, K, V]` with `opts.logitsToKeep`); with `opts.cache` the cache is extended in place and returned. */
  forward(ids: tf.Tensor2D, opts?: ForwardOptions): { logits: tf.Tensor3D; cache?: KVCache };
  /**
   * The final hidden states `[B, T, D]` (after the last norm) that `forward` projects to logits.
   * With `outputHead`, lets a training loss fuse the projection and never hold `[B, T, V]` logits.
   */
  hidden?(ids: tf.Tensor2D, opts?: ForwardOptions): tf.Tensor3D;
  outputHead?(): OutputHead;
  newCache(): KVCache;
  /** HF module paths: "model.layers.0.self_attn.q_proj", ..., "lm_head" when untied. */
  linears(): Map<string, Linear>;
  /** Replace the projection at an HF module path (it must have the same in/out features). */
  setLinear(path: string, layer: Linear): void;
  /** HF state-dict names -> weights (trainable=false by default). */
  parameters(): Map<string, tf.Variable>;
  dispose(): void;
}

/**
 * Quantization kinds `loadModel` accepts; the quantizers live in `sdk/model/quant`.
 *
 * @example
 * const kind: QuantizeKind = 'nf4';
 */
export type QuantizeKind = 'int8' | 'nf4';

/**
 * Builds a replacement for a projection while the checkpoint streams in. It receives the
 * float32 weight `[out, in]` (and bias) of `path`, must copy what it keeps: the loader disposes
 * both after the call. Return `undefined` to keep the projection dense.
 *
 * @example
 * const hook: QuantizeLinearHook = (path, w, b, kind) => (path.endsWith('q_proj') ? quantizeWeight(w, b, kind) : undefined);
 */
export type QuantizeLinearHook = (
  path: string,
  weight: tf.Tensor2D,
  bias: tf.Tensor1D | undefined,
  kind: QuantizeKind,
) => Linear | undefined;

/**
 * Progress of a load, for long checkpoints.
 *
 * @example
 * loadModel(dir, { onProgress: (p: LoadProgress) => console.error(`${p.tensorsDone}/${p.tensorsTotal}`) });
 */
export interface LoadProgress {
  tensorsDone: number;
  tensorsTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/**
 * Options of `loadModel`.
 *
 * @example
 * await loadModel('data/models/medtune-tiny', { tokenizer: myTokenizer });
 */
export interface LoadOptions {
  /** Use this tokenizer instead of loading one from the checkpoint folder. */
  tokenizer?: MedTokenizer;
  /** Named chat template (passed to loadTokenizer); default the checkpoint's own. */
  template?: FallbackTemplateName;
  /** Options of the named template (LLaMA-Factory default_system, enable_thinking, tool_format). */
  templateOptions?: { defaultSystem?: string; enableThinking?: boolean; toolFormat?: 'default' | 'qwen' | 'llama3' | 'mistral' };
  /** Quantize decoder projections as they load (bitsandbytes-style: embeddings and lm_head stay float32). */
  quantize?: QuantizeKind;
  /** Builds the quantized projections (see QuantizeLinearHook); default: `quantizeLinear` of sdk/model/quant. */
  quantizeLinear?: QuantizeLinearHook;
  /** Hub ids: revision to resolve (default 'main'). */
  revision?: string;
  /** Hub ids: cache root (default `$HF_HOME/hub` or `~/.cache/huggingface/hub`). */
  cacheDir?: string;
  /** Hub ids: never touch the network, resolve from the cache only. */
  offline?: boolean;
  /** Called after each tensor is loaded. */
  onProgress?: (p: LoadProgress) => void;
}
