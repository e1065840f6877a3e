/**
 * Log-probabilities of many continuations of one context, batched: the context is fed once
 * through the KV cache, the cache is repeated for a batch of continuations (right-padded, masked)
 * and only their own positions go through the head. This is what ranking a secret among
 * thousands of same-shape candidates needs (the "secret sharer" exposure test).
 *
 * @example
 * const sums = await scoreContinuations(model, contextIds, candidates.map((c) => tok.encode(c, { addSpecialTokens: false })));
 * sums[0]; // log p(candidate 0 | context), summed over its tokens
 */
import * as tf from '@tensorflow/tfjs';
import { LayerKVCache } from './kv-cache.js';
import type { CausalLM } from './types.js';

// 32 continuations at once: at a 32k vocabulary and ~10 tokens each, about 40 MB of logits.
const DEFAULT_BATCH = 32;

/** log-softmax value of `id` in a logits row. */
function logprob(row: Float32Array | number[], id: number): number {
  let max = -Infinity;
  for (const v of row) if (v > max) max = v;
  let sum = 0;
  for (const v of row) sum += Math.exp(v - max);
  return row[id] - max - Math.log(sum);
}

/**
 * Sum of log p(continuation tokens | context) for each continuation (each needs at least one token).
 *
 * @example
 * await scoreContinuations(model, [1, 450, 22], [[3, 4], [5]], { batchSize: 16 }); // [lp0, lp1]
 */
export async function scoreContinuations(model: CausalLM, context: readonly number[], continuations: readonly (readonly number[])[], opts: { batchSize?: number } = {}): Promise<number[]> {
  if (context.length === 0) throw new Error('scoreContinuations: the context is empty; expected at least one token (e.g. BOS)');
  const empty = continuations.findIndex((c) => c.length === 0);
  if (empty >= 0) throw new Error(`scoreContinuations: continuation ${empty} is empty; expected at least one token`);
  const longest = Math.max(0, ...continuations.map((c) => c.length));
  if (context.length + longest > model.config.max_position_embeddings) {
    throw new Error(`scoreContinuations: context (${context.length}) + continuation (${longest}) tokens exceed max_position_embeddings ${model.config.max_position_embeddings}`);
  }
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const V = model.config.vocab_size;
  const pad = model.tokenizer.padTokenId;
  const prefix = model.newCache() as LayerKVCache;
  const out: number[] = [];
  try {
    const input = tf.tensor2d([[...context]], [1, context.length], 'int32');
    const first = model.forward(input, { cache: prefix, logitsToKeep: 1 }).logits; // [1, 1, V]
    input.dispose();
    const firstRow = (await first.data()) as Float32Array;
    first.dispose();
    for (let i = 0; i < continuations.length; i += batchSize) {
      const chunk = continuations.slice(i, i + batchSize);
      const B = chunk.length;
      const S = Math.max(...chunk.map((c) => c.length));
      // The context's keys and values, repeated for every row of this batch.
      const cache = model.newCache() as LayerKVCache;
      try {
        for (let l = 0; l < model.config.num_hidden_layers; l++) {
          const kv = prefix.get(l)!;
          tf.tidy(() => cache.set(l, tf.tile(kv.k, [B, 1, 1, 1]) as tf.Tensor4D, tf.tile(kv.v, [B, 1, 1, 1]) as tf.Tensor4D));
        }
        cache.advance(context.length);
        const ids = tf.tensor2d(chunk.map((c) => [...c, ...new Array(S - c.length).fill(pad)]), [B, S], 'int32');
        const mask = tf.tensor2d(chunk.map((c) => [...new Array(context.length + c.length).fill(1), ...new Array(S - c.length).fill(0)]), [B, context.length + S], 'int32');
        const logits = model.forward(ids, { cache, attentionMask: mask }).logits; // [B, S, V]
        tf.dispose([ids, mask]);
        const data = (await logits.data()) as Float32Array;
        logits.dispose();
        chunk.forEach((c, b) => {
          let sum = logprob(firstRow, c[0]);
          for (let t = 1; t < c.length; t++) sum += logprob(data.subarray((b * S + t - 1) * V, (b * S + t) * V), c[t]);
          out.push(sum);
        });
      } finally {
        cache.dispose();
      }
    }
  } finally {
    prefix.dispose();
  }
  return out;
}
