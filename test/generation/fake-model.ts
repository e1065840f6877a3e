/**
 * A tiny fake CausalLM for testing generation and scoring logic with exact token ids: its
 * "cache" is the token history, and the logits of each position come from a caller-supplied
 * function of the history up to and including that position.
 *
 * @example
 * const m = fakeModel(tok, (h) => peak(V, h.length)); // predicts token id = position + 1
 */
import * as tf from '@tensorflow/tfjs';
import type { CausalLM, ForwardOptions, KVCache, MedTokenizer, ModelConfig } from '../../sdk/model/types.js';

export class FakeCache implements KVCache {
  tokens: number[] = [];
  disposed = false;
  get length(): number {
    return this.tokens.length;
  }
  dispose(): void {
    this.disposed = true;
  }
}

export interface FakeModel extends CausalLM {
  /** Shapes [B, T] of each forward call, in order. */
  calls: number[][];
  caches: FakeCache[];
}

/** A one-hot-ish logits row: `value` at `id`, 0 elsewhere. */
export function peak(V: number, id: number, value = 10): Float32Array {
  const row = new Float32Array(V);
  row[id] = value;
  return row;
}

export function fakeModel(
  tokenizer: MedTokenizer,
  next: (history: number[]) => Float32Array,
  opts: { vocabSize?: number; maxPositions?: number; generationDefaults?: Record<string, unknown> } = {},
): FakeModel {
  const V = opts.vocabSize ?? tokenizer.vocabSize;
  const calls: number[][] = [];
  const caches: FakeCache[] = [];
  const config = {
    model_type: 'llama',
    vocab_size: V,
    hidden_size: 8,
    intermediate_size: 16,
    num_hidden_layers: 1,
    num_attention_heads: 2,
    max_position_embeddings: opts.maxPositions ?? 2048,
  } as unknown as ModelConfig;
  const model: FakeModel = {
    config,
    generationDefaults: opts.generationDefaults ?? {},
    tokenizer,
    path: 'fake-model',
    calls,
    caches,
    forward(ids: tf.Tensor2D, fo: ForwardOptions = {}) {
      const [B, T] = ids.shape;
      calls.push([B, T]);
      const rows = ids.arraySync();
      const cache = fo.cache as FakeCache | undefined;
      if (cache?.disposed) throw new Error('forward on a disposed cache');
      const history = cache ? cache.tokens : [];
      const out = new Float32Array(B * T * V);
      for (let b = 0; b < B; b++) {
        const h = B === 1 ? history : [...history];
        for (let t = 0; t < T; t++) {
          h.push(rows[b][t]);
          out.set(next([...h]), (b * T + t) * V);
        }
      }
      return { logits: tf.tensor3d(out, [B, T, V]), cache };
    },
    newCache() {
      const c = new FakeCache();
      caches.push(c);
      return c;
    },
    linears: () => new Map(),
    setLinear: () => {
      throw new Error('fake model has no linears');
    },
    parameters: () => new Map(),
    dispose: () => undefined,
  };
  return model;
}
