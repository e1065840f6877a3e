/**
 * LoRA (Hu et al. 2021) with Hugging Face PEFT semantics: a wrapper around a frozen projection,
 * `y = base(x) + B·A·dropout(x) · scaling`, with `A [r, in]` kaiming-uniform(a=√5) and `B [out, r]`
 * zero, so an untrained adapter is an exact no-op. Over a quantized base (`Int8Linear`, `NF4Linear`)
 * this is QLoRA. Only A and B are trainable.
 *
 * @example
 * const lora = applyLora(model, LoraConfigSchema.parse({ r: 8, alpha: 16 }));
 * lora.trainableCount;               // A and B parameters only
 * lora.withAdaptersDisabled(() => model.forward(ids)); // the base model alone
 */
import * as tf from '@tensorflow/tfjs';
import { z } from 'zod';
import { DenseLinear } from '../model/linear.js';
import { linearMatMul } from '../model/matmul.js';
import type { CausalLM, Linear } from '../model/types.js';
import { TRAINING_DEFAULTS } from './defaults.js';
import type { QuantWeightHandle } from '../runtime/fused-kernels.js';
import { fusedKernelsActive, fusedLoraLinear } from '../runtime/fused-ops.js';

/** Projection names LoRA can target (HF Llama-family module names). @example LORA_TARGETS.includes('q_proj'); // true */
export const LORA_TARGETS = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] as const;
/** One of LORA_TARGETS. @example const t: LoraTarget = 'v_proj'; */
export type LoraTarget = (typeof LORA_TARGETS)[number];

/**
 * LoRA hyper-parameters, validated once at the boundary (strict: unknown keys are rejected by name).
 *
 * @example
 * LoraConfigSchema.parse({ r: 16, targetModules: ['q_proj', 'v_proj'] }); // other keys defaulted
 */
export const LoraConfigSchema = z
  .object({
    // Shared defaults (rank, dropout, seed) and their reasons: TRAINING_DEFAULTS in ./defaults.ts.
    r: z.number().int().positive().default(TRAINING_DEFAULTS.loraRank),
    // 16 = 2r: the common LLaMA-Factory/QLoRA choice, giving scaling 2.
    alpha: z.number().positive().default(16),
    dropout: z.number().min(0).lt(1).default(TRAINING_DEFAULTS.loraDropout),
    // 'all': every decoder projection, as QLoRA found adapting all linear layers matters most.
    targetModules: z.union([z.literal('all'), z.array(z.enum(LORA_TARGETS)).nonempty()]).default('all'),
    // false: PEFT's default alpha/r scaling; rsLoRA (alpha/√r) helps only at large ranks.
    useRslora: z.boolean().default(false),
    // Fixed so A's initialisation and dropout masks are reproducible run to run.
    seed: z.number().int().default(TRAINING_DEFAULTS.seed),
  })
  .strict();
/** Parsed LoRA config. @example const c: LoraConfig = LoraConfigSchema.parse({}); */
export type LoraConfig = z.infer<typeof LoraConfigSchema>;

/** A projection that can report itself quantized (Int8Linear, NF4Linear). */
function isQuantized(l: Linear): boolean {
  return (l as { quantized?: boolean }).quantized === true;
}

/** Small deterministic 32-bit hash so every layer gets its own seed stream from one config seed. */
function hashSeed(seed: number, key: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Options of one LoraLinear. @example const o: LoraLinearOptions = { r: 8, alpha: 16, dropout: 0.05, seed: 1 }; */
export interface LoraLinearOptions {
  r: number;
  alpha: number;
  dropout?: number;
  useRslora?: boolean;
  /** Seed of A's initialisation and of the dropout masks. */
  seed?: number;
  /** Start from these values instead of kaiming-uniform A / zero B (copied). */
  init?: { A: tf.Tensor; B: tf.Tensor };
}

/**
 * `Linear` that adds a low-rank update to a frozen `base` (any Linear: dense or quantized).
 *
 * @example
 * const l = new LoraLinear(dense, { r: 4, alpha: 8 });
 * l.apply(x);        // == dense.apply(x) until B is trained
 * l.merge();         // fold B·A·scaling into the dense weight
 */
export class LoraLinear implements Linear {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly r: number;
  readonly alpha: number;
  readonly dropout: number;
  readonly scaling: number;
  /** `[r, in]`, trainable. */
  readonly A: tf.Variable;
  /** `[out, r]`, trainable. */
  readonly B: tf.Variable;
  /** When true, `apply` computes the base projection alone. */
  disabled = false;
  /** Dropout is active only in training mode. */
  training = false;
  private mergedFlag = false;
  private disposed = false;
  private readonly seed: number;
  /** Dropout calls so far: the position in this layer's seed stream (part of the RNG state to resume). */
  dropoutCalls = 0;

  constructor(
    readonly base: Linear,
    opts: LoraLinearOptions,
  ) {
    if (base instanceof LoraLinear) throw new Error('LoraLinear: the base is already a LoRA layer; remove it first');
    if (!Number.isInteger(opts.r) || opts.r <= 0) throw new Error(`LoraLinear: r must be a positive integer, got ${opts.r}`);
    this.inFeatures = base.inFeatures;
    this.outFeatures = base.outFeatures;
    this.r = opts.r;
    this.alpha = opts.alpha;
    this.dropout = opts.dropout ?? 0;
    this.scaling = opts.useRslora ? opts.alpha / Math.sqrt(opts.r) : opts.alpha / opts.r;
    this.seed = opts.seed ?? 0;
    const [A, B] = tf.tidy(() => {
      if (opts.init) {
        const { A: a, B: b } = opts.init;
        if (a.shape.join() !== `${this.r},${this.inFeatures}` || b.shape.join() !== `${this.outFeatures},${this.r}`) {
          throw new Error(
            `LoraLinear: init A [${a.shape}] / B [${b.shape}] do not fit r=${this.r}, in=${this.inFeatures}, out=${this.outFeatures} ` +
              `(expected A [${this.r}, ${this.inFeatures}], B [${this.outFeatures}, ${this.r}])`,
          );
        }
        return [a.toFloat(), b.toFloat()];
      }
      // kaiming_uniform_(a=√5) on [r, in]: gain √(2/6), bound = gain·√(3/fan_in) = 1/√in.
      const bound = 1 / Math.sqrt(this.inFeatures);
      return [tf.randomUniform([this.r, this.inFeatures], -bound, bound, 'float32', this.seed), tf.zeros([this.outFeatures, this.r])];
    });
    this.A = tf.variable(A, true);
    this.B = tf.variable(B, true);
    tf.dispose([A, B]);
  }

  /** True while B·A·scaling is folded into the base weight. */
  get merged(): boolean {
    return this.mergedFlag;
  }

  /** The LoRA branch alone, `[..., in] -> [..., out]` (dropout in training mode). */
  private loraBranch(x2: tf.Tensor2D, train: boolean): tf.Tensor2D {
    const down = linearMatMul(this.dropped(x2, train), this.A as tf.Tensor2D); // [N, r]
    return tf.mul(linearMatMul(down, this.B as tf.Tensor2D), this.scaling); // [N, out]
  }

  /** The branch input: x after dropout in training mode (one step of this layer's seed stream), else x. */
  private dropped(x2: tf.Tensor2D, train: boolean): tf.Tensor2D {
    return train && this.dropout > 0 ? (tf.dropout(x2, this.dropout, undefined, `${this.seed}:${this.dropoutCalls++}`) as tf.Tensor2D) : x2;
  }

  /** The base as the fused native kernel takes it (a plain dense weight, or quantized storage), if it can. */
  private fusedBase(): { weight: tf.Tensor2D } | { quant: QuantWeightHandle } | undefined {
    if (!fusedKernelsActive()) return undefined;
    if (this.base instanceof DenseLinear) return { weight: this.base.weight as tf.Tensor2D };
    const handle = (this.base as { handle?: QuantWeightHandle }).handle;
    return isQuantized(this.base) && handle ? { quant: handle } : undefined;
  }

  apply(x: tf.Tensor): tf.Tensor {
    if (this.disposed) throw new Error('LoraLinear: used after dispose()');
    const fused = this.merged || this.disabled ? undefined : this.fusedBase();
    if (fused) {
      // One kernel for base + branch: only x (and the dropped-out x) are kept for the backward pass.
      return tf.tidy(() => {
        const lead = x.shape.slice(0, -1);
        const x2 = x.reshape([-1, this.inFeatures]) as tf.Tensor2D; // [N, in]
        let y: tf.Tensor = fusedLoraLinear(x2, this.dropped(x2, this.training), fused, this.A as tf.Tensor2D, this.B as tf.Tensor2D, this.scaling); // [N, out]
        const bias = (this.base as { bias?: tf.Tensor }).bias;
        if (bias) y = tf.add(y, bias);
        return y.reshape([...lead, this.outFeatures]);
      });
    }
    return tf.tidy(() => {
      const y = this.base.apply(x); // [..., out]
      if (this.merged && !this.disabled) return y;
      if (!this.merged && this.disabled) return y;
      const lead = x.shape.slice(0, -1);
      const x2 = x.reshape([-1, this.inFeatures]) as tf.Tensor2D; // [N, in]
      // Merged but disabled: the base weight holds the update, so take it back out (no dropout).
      const delta = this.merged ? tf.neg(this.loraBranch(x2, false)) : this.loraBranch(x2, this.training);
      return tf.add(y, delta.reshape([...lead, this.outFeatures]));
    });
  }

  /**
   * The dense update `B·A·scaling`, `[out, in]`, the one computation `merge` and `unmerge` share.
   *
   * @example
   * const d = layer.deltaWeight(); d.shape; // [out, in]
   */
  deltaWeight(): tf.Tensor2D {
    return tf.tidy(() => tf.mul(tf.matMul(this.B, this.A), this.scaling) as tf.Tensor2D);
  }

  private denseBase(action: string): DenseLinear {
    if (isQuantized(this.base)) {
      throw new Error(
        `LoRA ${action}: the base layer is quantized (${(this.base as { kind?: string }).kind ?? 'quantized'}); merging into ` +
          'rounded weights would bake quantization error into the result and cannot be undone. Merge into the ' +
          'full-precision weights instead: load the model without quantize, loadAdapter(model, dir), then merge/export.',
      );
    }
    if (!(this.base instanceof DenseLinear)) {
      throw new Error(`LoRA ${action}: the base layer is a ${this.base.constructor.name}, not a DenseLinear with a float weight`);
    }
    return this.base;
  }

  /** Fold the update into the dense base weight (W += B·A·scaling); the forward output is unchanged. */
  merge(): void {
    if (this.merged) return;
    this.shiftBase('merge');
    this.mergedFlag = true;
  }

  /** Take the update back out of the base weight (W -= B·A·scaling). */
  unmerge(): void {
    if (!this.merged) return;
    this.shiftBase('unmerge');
    this.mergedFlag = false;
  }

  /** W += delta (merge) or W -= delta (unmerge), in place on the dense base weight. */
  private shiftBase(action: 'merge' | 'unmerge'): void {
    const base = this.denseBase(action);
    const d = this.deltaWeight();
    tf.tidy(() => base.weight.assign(action === 'merge' ? tf.add(base.weight, d) : tf.sub(base.weight, d)));
    d.dispose();
  }

  /** The base's variables and A, B. */
  variables(): tf.Variable[] {
    return [...(this.base.variables?.() ?? []), this.A, this.B];
  }

  /** The dropout stream position (gradient checkpointing replays it for the recomputed layer). */
  randomState(): number {
    return this.dropoutCalls;
  }

  setRandomState(state: unknown): void {
    if (typeof state !== 'number' || !Number.isInteger(state) || state < 0) throw new Error(`LoraLinear: random state must be a dropout call count, got ${String(state)}`);
    this.dropoutCalls = state;
  }

  /** Frees A and B only: the base belongs to the model. Safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.A.dispose();
    this.B.dispose();
  }
}

/**
 * What `applyLora` returns: the wrapped layers and operations over all of them.
 *
 * @example
 * const lora = applyLora(model, {}); lora.setTraining(true); // dropout on while training
 * optimizer.minimize(lossFn, false, lora.variables());
 */
export interface LoraHandle {
  readonly config: LoraConfig;
  /** HF module path -> its LoRA layer. */
  readonly layers: Map<string, LoraLinear>;
  /** Every A and B (the trainable variables). */
  variables(): tf.Variable[];
  /** PEFT state-dict names (`base_model.model.<path>.lora_A.weight`) -> variables: stable names for checkpoints. */
  namedVariables(): Map<string, tf.Variable>;
  /** Parameters in A and B. */
  readonly trainableCount: number;
  /** Parameters of the model's own weights (quantized ones counted by element) plus the adapter. */
  readonly totalCount: number;
  merge(): void;
  unmerge(): void;
  disable(): void;
  enable(): void;
  /** Run `fn` with every adapter disabled (the base model, e.g. for a base-vs-tuned comparison), then re-enable. */
  withAdaptersDisabled<T>(fn: () => T): T;
  /** Turn dropout on (training) or off (evaluation, generation). */
  setTraining(on: boolean): void;
  /** Dropout stream positions per layer, to save with a checkpoint. */
  rngState(): Record<string, number>;
  setRngState(state: Record<string, number>): void;
  /** Unmerge if merged, put the base layers back and free A/B. */
  remove(): void;
}

/** PEFT's state-dict name of a LoRA matrix. @example peftKey('model.layers.0.self_attn.q_proj', 'A'); // 'base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight' */
export function peftKey(path: string, which: 'A' | 'B'): string {
  return `base_model.model.${path}.lora_${which}.weight`;
}

function countLinearParams(l: Linear): number {
  const base = l instanceof LoraLinear ? l.base : l;
  const bias = (base as { bias?: tf.Tensor }).bias;
  return base.inFeatures * base.outFeatures + (bias ? bias.size : 0);
}

/** The module paths of `model` that `cfg.targetModules` selects, in the model's order. @example loraTargets(model, ['q_proj']); // ['model.layers.0.self_attn.q_proj', ...] */
export function loraTargets(model: CausalLM, targetModules: LoraConfig['targetModules']): string[] {
  const names: readonly string[] = targetModules === 'all' ? LORA_TARGETS : targetModules;
  const paths = [...model.linears().keys()].filter((p) => p.startsWith('model.layers.') && names.includes(p.slice(p.lastIndexOf('.') + 1)));
  const missing = names.filter((n) => !paths.some((p) => p.endsWith(`.${n}`)));
  if (missing.length) {
    throw new Error(`applyLora: target module(s) ${missing.join(', ')} not found in the model (its projections: ${LORA_TARGETS.join(', ')})`);
  }
  return paths;
}

/** Options of `applyLora`. @example applyLora(model, {}, { paths: ['model.layers.0.self_attn.q_proj'] }); */
export interface ApplyLoraOptions {
  /** Start values of A/B by module path (copied; used by `loadAdapter`); others are freshly initialised. */
  init?: Map<string, { A: tf.Tensor; B: tf.Tensor }>;
  /** Wrap exactly these module paths instead of selecting by `targetModules` (an adapter trained on some layers only). */
  paths?: string[];
}

/**
 * Wrap the target projections of `model` with LoRA layers (in place, through `setLinear`).
 * The config is parsed here, so `{}` means every default.
 *
 * @example
 * const lora = applyLora(model, LoraConfigSchema.parse({ targetModules: ['q_proj', 'v_proj'] }));
 * const opt = tf.train.adam(2e-4); // train lora.variables()
 */
export function applyLora(model: CausalLM, cfg: z.input<typeof LoraConfigSchema>, opts: ApplyLoraOptions = {}): LoraHandle {
  const config = LoraConfigSchema.parse(cfg);
  const linears = model.linears();
  const layers = new Map<string, LoraLinear>();
  const init = opts.init;
  const paths = opts.paths ?? loraTargets(model, config.targetModules);
  // Check every target before wrapping any, so a bad request leaves the model untouched.
  for (const path of paths) {
    const base = linears.get(path);
    if (!base) throw new Error(`applyLora: the model has no projection "${path}"`);
    if (base instanceof LoraLinear) throw new Error(`applyLora: ${path} already has a LoRA adapter; remove() it first`);
  }
  try {
    for (const path of paths) {
      const base = linears.get(path)!;
      const layer = new LoraLinear(base, {
        r: config.r,
        alpha: config.alpha,
        dropout: config.dropout,
        useRslora: config.useRslora,
        seed: hashSeed(config.seed, path),
        init: init?.get(path),
      });
      layers.set(path, layer);
      model.setLinear(path, layer);
    }
  } catch (e) {
    // A layer failed part-way (e.g. an init of the wrong shape): undo the ones already wrapped.
    for (const [path, layer] of layers) {
      model.setLinear(path, layer.base);
      layer.dispose();
    }
    throw e;
  }
  let trainableCount = 0;
  for (const l of layers.values()) trainableCount += l.A.size + l.B.size;
  let modelCount = 0;
  for (const [name, v] of model.parameters()) if (!/\.(q|k|v|o|gate|up|down)_proj\.|lm_head\./.test(name)) modelCount += v.size;
  for (const l of model.linears().values()) modelCount += countLinearParams(l);
  let removed = false;
  const each = (f: (l: LoraLinear) => void) => {
    if (removed) throw new Error('LoRA handle used after remove()');
    for (const l of layers.values()) f(l);
  };
  const handle: LoraHandle = {
    config,
    layers,
    variables: () => [...layers.values()].flatMap((l) => [l.A, l.B]),
    namedVariables: () =>
      new Map([...layers].flatMap(([p, l]) => [[peftKey(p, 'A'), l.A] as const, [peftKey(p, 'B'), l.B] as const])),
    trainableCount,
    totalCount: modelCount + trainableCount,
    merge: () => each((l) => l.merge()),
    unmerge: () => each((l) => l.unmerge()),
    disable: () => each((l) => (l.disabled = true)),
    enable: () => each((l) => (l.disabled = false)),
    withAdaptersDisabled<T>(fn: () => T): T {
      const prev = new Map([...layers].map(([p, l]) => [p, l.disabled]));
      handle.disable();
      try {
        return fn();
      } finally {
        for (const [p, l] of layers) l.disabled = prev.get(p)!;
      }
    },
    setTraining: (on) => each((l) => (l.training = on)),
    rngState: () => Object.fromEntries([...layers].map(([p, l]) => [p, l.dropoutCalls])),
    setRngState(state) {
      if (removed) throw new Error('LoRA handle used after remove()');
      for (const [p, l] of layers) {
        const n = state[p];
        if (!Number.isInteger(n) || n < 0) throw new Error(`setRngState: missing or invalid dropout position for ${p}: ${JSON.stringify(n)}`);
        l.dropoutCalls = n;
      }
    },
    remove() {
      each((l) => l.unmerge());
      for (const [p, l] of layers) {
        model.setLinear(p, l.base);
        l.dispose();
      }
      removed = true;
    },
  };
  return handle;
}
