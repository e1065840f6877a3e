/**
 * The Llama-family decoder (llama, mistral, qwen2, qwen3) behind the `CausalLM` interface.
 *
 * Parameters live in two registries keyed by HF names: projections (`Linear`s under module
 * paths such as `model.layers.0.self_attn.q_proj`, swappable via `setLinear`) and everything
 * else (embeddings, norms) as `tf.Variable`s. The forward pass looks projections up by path at
 * call time, so a LoRA wrapper or quantized layer set with `setLinear` takes effect at once.
 *
 * @example
 * const model = new LlamaFamilyModel({ config, generationDefaults: {}, tokenizer, path, params, linears });
 * const { logits } = model.forward(tf.tensor2d([[1, 5, 9]], [1, 3], 'int32')); // [1, 3, V]
 */
import * as tf from '@tensorflow/tfjs';
import { modelDims, slidingWindowFor, type GenerationDefaults, type ModelConfig, type ModelDims } from './config.js';
import { selfAttention } from './attention.js';
import { LayerKVCache } from './kv-cache.js';
import { DenseLinear } from './linear.js';
import { additiveMask, positionIds } from './mask.js';
import { linearMatMul } from './matmul.js';
import { swigluMlp } from './mlp.js';
import { rmsNorm } from './norm.js';
import { ropeAngles, ropeInvFreq } from './rope.js';
import { recomputeInBackward } from './recompute.js';
import type { CausalLM, ForwardOptions, KVCache, Linear, MedTokenizer, OutputHead } from './types.js';

/**
 * One tensor a checkpoint must provide: HF name, shape, and whether it belongs to a projection.
 *
 * @example
 * const t: ExpectedTensor = { name: 'model.norm.weight', shape: [128] };
 */
export interface ExpectedTensor {
  name: string;
  shape: number[];
  /** Module path of the `Linear` it belongs to, and which part. */
  linear?: { path: string; part: 'weight' | 'bias' };
}

/**
 * Every tensor a checkpoint of this config holds, in HF state-dict names.
 *
 * @example
 * expectedTensors(cfg).map((t) => t.name); // ['model.embed_tokens.weight', 'model.layers.0.input_layernorm.weight', ...]
 */
export function expectedTensors(cfg: ModelConfig): ExpectedTensor[] {
  const d = modelDims(cfg);
  const D = cfg.hidden_size;
  const I = cfg.intermediate_size;
  const out: ExpectedTensor[] = [{ name: 'model.embed_tokens.weight', shape: [cfg.vocab_size, D] }];
  const lin = (path: string, o: number, i: number, bias: boolean) => {
    out.push({ name: `${path}.weight`, shape: [o, i], linear: { path, part: 'weight' } });
    if (bias) out.push({ name: `${path}.bias`, shape: [o], linear: { path, part: 'bias' } });
  };
  for (let l = 0; l < cfg.num_hidden_layers; l++) {
    const p = `model.layers.${l}`;
    out.push({ name: `${p}.input_layernorm.weight`, shape: [D] });
    lin(`${p}.self_attn.q_proj`, d.nHeads * d.headDim, D, d.qkvBias);
    lin(`${p}.self_attn.k_proj`, d.nKv * d.headDim, D, d.qkvBias);
    lin(`${p}.self_attn.v_proj`, d.nKv * d.headDim, D, d.qkvBias);
    lin(`${p}.self_attn.o_proj`, D, d.nHeads * d.headDim, d.oBias);
    if (d.qkNorm) {
      out.push({ name: `${p}.self_attn.q_norm.weight`, shape: [d.headDim] });
      out.push({ name: `${p}.self_attn.k_norm.weight`, shape: [d.headDim] });
    }
    out.push({ name: `${p}.post_attention_layernorm.weight`, shape: [D] });
    lin(`${p}.mlp.gate_proj`, I, D, cfg.mlp_bias);
    lin(`${p}.mlp.up_proj`, I, D, cfg.mlp_bias);
    lin(`${p}.mlp.down_proj`, D, I, cfg.mlp_bias);
  }
  out.push({ name: 'model.norm.weight', shape: [D] });
  if (!cfg.tie_word_embeddings) lin('lm_head', cfg.vocab_size, D, false);
  return out;
}

/**
 * What the constructor needs: a validated config and fully populated registries.
 *
 * @example
 * new LlamaFamilyModel({ config, generationDefaults: {}, tokenizer, path: dir, params, linears });
 */
export interface LlamaFamilyParts {
  config: ModelConfig;
  generationDefaults: GenerationDefaults;
  tokenizer: MedTokenizer;
  path: string;
  /** Non-projection parameters (embeddings, norms) by HF name. */
  params: Map<string, tf.Variable>;
  /** Projections by HF module path. */
  linears: Map<string, Linear>;
}

/**
 * A Llama-family causal LM over tfjs. See the file comment.
 *
 * @example
 * const cache = model.newCache();
 * model.forward(ids, { cache }).logits.dispose();
 */
export class LlamaFamilyModel implements CausalLM {
  readonly config: ModelConfig;
  readonly generationDefaults: GenerationDefaults;
  readonly tokenizer: MedTokenizer;
  readonly path: string;
  private readonly params: Map<string, tf.Variable>;
  private readonly layers: Map<string, Linear>;
  /** Every projection ever installed, so dispose() frees replaced ones too (dispose is idempotent). */
  private readonly everInstalled = new Set<Linear>();
  private readonly dims: ModelDims;
  private readonly invFreq: Float32Array;

  constructor(parts: LlamaFamilyParts) {
    this.config = parts.config;
    this.generationDefaults = parts.generationDefaults;
    this.tokenizer = parts.tokenizer;
    this.path = parts.path;
    this.params = parts.params;
    this.layers = parts.linears;
    this.dims = modelDims(parts.config);
    this.invFreq = ropeInvFreq(parts.config);
    for (const t of expectedTensors(parts.config)) {
      const ok = t.linear ? this.layers.has(t.linear.path) : this.params.has(t.name);
      if (!ok) throw new Error(`${parts.path}: model is missing ${t.linear ? `projection ${t.linear.path}` : t.name}`);
    }
    for (const l of this.layers.values()) this.everInstalled.add(l);
  }

  forward(ids: tf.Tensor2D, opts: ForwardOptions = {}): { logits: tf.Tensor3D; cache?: KVCache } {
    const keep = opts.logitsToKeep;
    if (keep !== undefined && !(Number.isInteger(keep) && keep >= 1)) throw new Error(`forward: logitsToKeep must be an integer >= 1, got ${keep}`);
    const logits = tf.tidy(() => {
      let h = this.hidden(ids, opts); // [B, T, D]
      const [B, T, D] = h.shape;
      // Only the kept positions go through the head (HF logits_to_keep): [B, K, D].
      const K = keep === undefined ? T : Math.min(keep, T);
      if (K < T) h = h.slice([0, T - K, 0], [B, K, D]);
      const head = this.outputHead();
      if ('linear' in head) return head.linear.apply(h) as tf.Tensor3D;
      return linearMatMul(h.reshape([B * K, D]), head.weight).reshape([B, K, this.config.vocab_size]) as tf.Tensor3D; // [B, K, V]
    });
    return opts.cache ? { logits, cache: opts.cache } : { logits };
  }

  hidden(ids: tf.Tensor2D, opts: ForwardOptions = {}): tf.Tensor3D {
    const { B, T, mask, cache } = this.checkInputs(ids, opts);
    const past = cache?.length ?? 0;
    const cfg = this.config;
    const h = tf.tidy(() => {
      const { cos, sin } = ropeAngles(positionIds(mask, B, past, T), this.invFreq);
      const masks = new Map<number | undefined, tf.Tensor4D>();
      const maskFor = (w: number | undefined) => {
        let m = masks.get(w);
        if (!m) masks.set(w, (m = additiveMask(mask, B, past, T, w)));
        return m;
      };
      let x = tf.gather(this.param('model.embed_tokens.weight'), ids) as tf.Tensor3D; // [B, T, D]
      for (let l = 0; l < cfg.num_hidden_layers; l++) {
        const m = maskFor(slidingWindowFor(cfg, l));
        // Recomputing needs the same inputs again, which a KV cache (generation) would have moved on from.
        x = opts.gradientCheckpointing && !cache
          ? this.checkpointed(l, x, [cos, sin, m])
          : this.decoderLayer(l, x, { cos, sin, mask: m, cache });
      }
      return rmsNorm(x, this.param('model.norm.weight'), cfg.rms_norm_eps);
    });
    if (cache) cache.advance(T);
    return h;
  }

  outputHead(): OutputHead {
    if (this.config.tie_word_embeddings) return { weight: this.param('model.embed_tokens.weight') as tf.Tensor2D };
    const head = this.linear('lm_head');
    return head instanceof DenseLinear && !head.bias ? { weight: head.weight as tf.Tensor2D } : { linear: head };
  }

  /** Validate ids, cache and mask of a forward call; the mask comes back as host rows. */
  private checkInputs(ids: tf.Tensor2D, opts: ForwardOptions): { B: number; T: number; mask?: number[][]; cache?: LayerKVCache } {
    if (ids.rank !== 2 || ids.dtype !== 'int32') {
      throw new Error(`forward: ids must be an int32 [B, T] tensor, got ${ids.dtype} [${ids.shape}]`);
    }
    const [B, T] = ids.shape;
    const cache = opts.cache;
    if (cache !== undefined && !(cache instanceof LayerKVCache)) {
      throw new Error('forward: cache must come from model.newCache()');
    }
    if (cache && cache.batchSize !== undefined && cache.batchSize !== B) {
      throw new Error(`forward: cache holds batch size ${cache.batchSize}, ids have ${B}`);
    }
    // gather would silently read garbage for an out-of-range id on some backends.
    const V = this.config.vocab_size;
    const flat = ids.dataSync();
    for (let i = 0; i < flat.length; i++) {
      if (flat[i] < 0 || flat[i] >= V) {
        throw new Error(`forward: token id ${flat[i]} at [${Math.floor(i / T)}, ${i % T}] is outside the vocabulary [0, ${V})`);
      }
    }
    const past = cache?.length ?? 0;
    let mask: number[][] | undefined;
    if (opts.attentionMask) {
      const [mb, ms] = opts.attentionMask.shape;
      if (mb !== B || ms !== past + T) {
        throw new Error(`forward: attentionMask must be [${B}, ${past + T}] (batch, past + new positions), got [${mb}, ${ms}]`);
      }
      mask = opts.attentionMask.arraySync() as number[][];
    }
    return { B, T, mask, cache };
  }

  /** One decoder layer: `h + attn(norm(h))`, then `h + mlp(norm(h))`. */
  private decoderLayer(l: number, h: tf.Tensor3D, ctx: { cos: tf.Tensor4D; sin: tf.Tensor4D; mask: tf.Tensor4D; cache?: LayerKVCache }): tf.Tensor3D {
    const p = `model.layers.${l}`;
    const eps = this.config.rms_norm_eps;
    const cache = ctx.cache;
    const attn = selfAttention(rmsNorm(h, this.param(`${p}.input_layernorm.weight`), eps), {
      weights: {
        q: this.linear(`${p}.self_attn.q_proj`),
        k: this.linear(`${p}.self_attn.k_proj`),
        v: this.linear(`${p}.self_attn.v_proj`),
        o: this.linear(`${p}.self_attn.o_proj`),
        qNorm: this.dims.qkNorm ? this.param(`${p}.self_attn.q_norm.weight`) : undefined,
        kNorm: this.dims.qkNorm ? this.param(`${p}.self_attn.k_norm.weight`) : undefined,
      },
      dims: this.dims,
      rope: { cos: ctx.cos, sin: ctx.sin },
      mask: ctx.mask,
      cache: cache ? { past: cache.get(l), store: (k, v) => cache.set(l, k, v) } : undefined,
      eps,
    });
    const mid = tf.add(h, attn) as tf.Tensor3D;
    const mlp = swigluMlp(rmsNorm(mid, this.param(`${p}.post_attention_layernorm.weight`), eps), {
      gate: this.linear(`${p}.mlp.gate_proj`),
      up: this.linear(`${p}.mlp.up_proj`),
      down: this.linear(`${p}.mlp.down_proj`),
    });
    return tf.add(mid, mlp) as tf.Tensor3D;
  }

  /** Run decoder layer `l` under gradient checkpointing, passing its trainable variables through. */
  private checkpointed(l: number, x: tf.Tensor3D, context: tf.Tensor4D[]): tf.Tensor3D {
    const layer = (input: tf.Tensor3D, [cos, sin, mask]: tf.Tensor[]) =>
      this.decoderLayer(l, input, { cos: cos as tf.Tensor4D, sin: sin as tf.Tensor4D, mask: mask as tf.Tensor4D });
    const prefix = `model.layers.${l}.`;
    const linears = [...this.layers].filter(([path]) => path.startsWith(prefix)).map(([, lin]) => lin);
    const vars = new Set<tf.Variable>();
    for (const [name, v] of this.params) if (name.startsWith(prefix)) vars.add(v);
    for (const lin of linears) for (const v of lin.variables?.() ?? []) vars.add(v);
    const random = {
      save: () => linears.map((lin) => lin.randomState?.()),
      restore: (s: unknown) => linears.forEach((lin, i) => lin.setRandomState?.((s as unknown[])[i])),
    };
    return recomputeInBackward(layer, x, context, [...vars].filter((v) => v.trainable), random);
  }

  newCache(): KVCache {
    return new LayerKVCache(this.config.num_hidden_layers);
  }

  linears(): Map<string, Linear> {
    return new Map(this.layers);
  }

  setLinear(path: string, layer: Linear): void {
    const old = this.layers.get(path);
    if (!old) throw new Error(`setLinear: no projection at "${path}"; known paths look like ${[...this.layers.keys()][0]}`);
    if (old.inFeatures !== layer.inFeatures || old.outFeatures !== layer.outFeatures) {
      throw new Error(
        `setLinear: "${path}" is ${old.inFeatures}->${old.outFeatures}, replacement is ${layer.inFeatures}->${layer.outFeatures}`,
      );
    }
    this.layers.set(path, layer);
    this.everInstalled.add(layer);
  }

  /**
   * Non-projection parameters plus the weights of projections that expose them: a DenseLinear
   * (`weight`, `bias`), or a wrapper whose `base` does (LoRA keeps the frozen layer as `base`).
   */
  parameters(): Map<string, tf.Variable> {
    const out = new Map(this.params);
    for (const [path, layer] of this.layers) {
      let l: unknown = layer;
      while (l && !(l instanceof DenseLinear) && typeof l === 'object' && 'base' in l) l = (l as { base: unknown }).base;
      if (l instanceof DenseLinear) {
        out.set(`${path}.weight`, l.weight);
        if (l.bias) out.set(`${path}.bias`, l.bias);
      }
    }
    return out;
  }

  dispose(): void {
    for (const v of this.params.values()) v.dispose();
    for (const l of this.everInstalled) l.dispose();
  }

  private param(name: string): tf.Variable {
    const v = this.params.get(name);
    if (!v) throw new Error(`model has no parameter ${name}`);
    return v;
  }

  private linear(path: string): Linear {
    const l = this.layers.get(path);
    if (!l) throw new Error(`model has no projection ${path}`);
    return l;
  }
}
