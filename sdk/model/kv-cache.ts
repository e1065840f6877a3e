/**
 * Key/value cache of a decoder: per layer, keys and values `[B, nKV, T, hD]` after RoPE.
 * Stored before GQA expansion, so its memory is `nKV / nH` of a naive cache.
 *
 * @example
 * const cache = model.newCache();
 * model.forward(prompt, { cache });      // fills it
 * model.forward(nextToken, { cache });   // attends to everything stored
 * cache.dispose();
 */
import * as tf from '@tensorflow/tfjs';
import type { KVCache } from './types.js';

/**
 * The cache `newCache()` returns. Tensors are kept outside any `tf.tidy` scope and replaced
 * (old ones disposed) on every append.
 *
 * @example
 * const c = new LayerKVCache(2); c.length; // 0
 */
export class LayerKVCache implements KVCache {
  private keys: (tf.Tensor4D | undefined)[];
  private values: (tf.Tensor4D | undefined)[];
  private len = 0;
  private disposed = false;

  constructor(readonly numLayers: number) {
    this.keys = new Array(numLayers).fill(undefined);
    this.values = new Array(numLayers).fill(undefined);
  }

  /** Positions stored so far. */
  get length(): number {
    return this.len;
  }

  /** Batch size of the stored tensors (undefined while empty). */
  get batchSize(): number | undefined {
    return this.keys[0]?.shape[0];
  }

  /** Stored keys and values of `layer` (undefined while empty). */
  get(layer: number): { k: tf.Tensor4D; v: tf.Tensor4D } | undefined {
    this.check();
    const k = this.keys[layer];
    const v = this.values[layer];
    return k && v ? { k, v } : undefined;
  }

  /**
   * Replace layer `layer`'s tensors with `k`, `v` (the full concatenation, `[B, nKV, S, hD]`).
   * The new tensors are kept past any enclosing tidy; the previous ones are disposed.
   */
  set(layer: number, k: tf.Tensor4D, v: tf.Tensor4D): void {
    this.check();
    const oldK = this.keys[layer];
    const oldV = this.values[layer];
    this.keys[layer] = tf.keep(k);
    this.values[layer] = tf.keep(v);
    oldK?.dispose();
    oldV?.dispose();
  }

  /** Record that `t` positions were appended to every layer. */
  advance(t: number): void {
    this.len += t;
  }

  dispose(): void {
    for (const t of [...this.keys, ...this.values]) t?.dispose();
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.len = 0;
    this.disposed = true;
  }

  private check(): void {
    if (this.disposed) throw new Error('KV cache was disposed; create a new one with model.newCache()');
  }
}
