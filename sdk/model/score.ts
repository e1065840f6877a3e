/**
 * Scoring: per-token log-probabilities and perplexity of a text or id sequence under a model.
 *
 * `logprobs[i] = log p(ids[i] | ids[0..i-1])`; `logprobs[0]` is null (nothing predicts the first
 * token). Long inputs run through the KV cache in chunks, so the `[T, V]` logits never exist for
 * the whole sequence at once; beyond `max_position_embeddings` a sliding window with stride W/2
 * (the Hugging Face perplexity recipe) gives every later token at least W/2 tokens of context.
 *
 * @example
 * const { logprobs, perplexity } = await score(model, 'The patient denies chest pain.');
 */
import * as tf from '@tensorflow/tfjs';
import type { CausalLM } from './types.js';

/** Options of `score`. @example await score(model, 'chest pain', { addBos: true }); */
export interface ScoreOptions {
  /**
   * Text: default = the tokenizer's own special tokens (BOS for Llama); true = ensure a BOS at
   * the start; false = no special tokens. Ids: default/false = as given; true = prepend BOS
   * unless already there.
   */
  addBos?: boolean;
  /** Tokens per forward call (default 256): bounds the logits held at once to chunkSize x V. */
  chunkSize?: number;
  /** Context window (default config.max_position_embeddings); exposed so tests can exercise windowing. */
  windowSize?: number;
}

/** Result of `score`. @example const { ids, logprobs, perplexity }: ScoreResult = await score(model, [1, 450, 16500]); */
export interface ScoreResult {
  ids: number[];
  /** log p(ids[i] | ids[<i]); index 0 is null. */
  logprobs: (number | null)[];
  /** exp(-mean of the non-null logprobs). */
  perplexity: number;
}

// 256 rows of a 32k vocabulary is 32 MB of float32 logits: small, yet few forward calls.
const DEFAULT_CHUNK = 256;

/**
 * Token ids to score for `textOrIds` under `opts.addBos` (see ScoreOptions).
 *
 * @example
 * scoreIds(model, [5, 6], { addBos: true }); // [1, 5, 6] for a Llama tokenizer
 */
export function scoreIds(model: CausalLM, textOrIds: string | number[], opts: ScoreOptions = {}): number[] {
  const tok = model.tokenizer;
  const bos = tok.bosTokenId;
  let ids: number[];
  if (typeof textOrIds === 'string') {
    ids = tok.encode(textOrIds, { addSpecialTokens: opts.addBos !== false });
  } else if (Array.isArray(textOrIds)) {
    ids = [...textOrIds];
  } else {
    throw new Error('score: expected a string or an array of token ids');
  }
  if (opts.addBos === true) {
    if (bos === undefined) throw new Error(`score: addBos was requested but the tokenizer of ${model.path} has no BOS token`);
    if (ids[0] !== bos) ids.unshift(bos);
  }
  const V = model.config.vocab_size;
  ids.forEach((id, i) => {
    if (!Number.isInteger(id) || id < 0 || id >= V) {
      throw new Error(`score: token id at index ${i} is ${JSON.stringify(id)}; expected an integer in [0, ${V})`);
    }
  });
  return ids;
}

/**
 * Log-probabilities of ids[from..to) given everything before them inside the window
 * ids[start..to), written into `out`. The window is fed through a fresh cache in chunks.
 */
async function scoreWindow(
  model: CausalLM,
  ids: number[],
  start: number,
  to: number,
  from: number,
  chunk: number,
  out: (number | null)[],
): Promise<void> {
  const cache = model.newCache();
  try {
    for (let s = start; s < to; s += chunk) {
      const e = Math.min(s + chunk, to);
      // Row j of this chunk (position s + j) predicts position s + j + 1.
      const rows: number[] = [];
      const targets: number[] = [];
      for (let p = Math.max(s, from - 1); p < e && p + 1 < to; p++) {
        rows.push(p - s);
        targets.push(ids[p + 1]);
      }
      const input = tf.tensor2d([ids.slice(s, e)], [1, e - s], 'int32');
      let logits: tf.Tensor3D;
      try {
        logits = model.forward(input, { cache }).logits; // [1, L, V]
      } finally {
        input.dispose();
      }
      try {
        if (rows.length) {
          const picked = tf.tidy(() => {
            const l = logits.squeeze([0]) as tf.Tensor2D; // [L, V]
            const lse = tf.logSumExp(tf.gather(l, rows), -1); // [R]
            const idx = tf.tensor2d(rows.map((r, k) => [r, targets[k]]), [rows.length, 2], 'int32');
            return tf.sub(tf.gatherND(l, idx), lse); // [R]
          });
          const values = await picked.data();
          picked.dispose();
          rows.forEach((r, k) => {
            out[s + r + 1] = values[k];
          });
        }
      } finally {
        logits.dispose();
      }
    }
  } finally {
    cache.dispose();
  }
}

/**
 * Per-token log-probabilities and perplexity.
 *
 * @example
 * const r = await score(model, [1, 450, 16500], {});
 * r.logprobs; // [null, log p(450 | 1), log p(16500 | 1 450)]
 */
export async function score(model: CausalLM, textOrIds: string | number[], opts: ScoreOptions = {}): Promise<ScoreResult> {
  const ids = scoreIds(model, textOrIds, opts);
  if (ids.length < 2) {
    throw new Error(`score: need at least 2 tokens to score (found ${ids.length}); the first token has no prediction`);
  }
  const chunk = opts.chunkSize ?? DEFAULT_CHUNK;
  const W = opts.windowSize ?? model.config.max_position_embeddings;
  if (!Number.isInteger(chunk) || chunk < 1) throw new Error(`score: chunkSize must be a positive integer (found ${chunk})`);
  if (!Number.isInteger(W) || W < 2) throw new Error(`score: windowSize must be an integer >= 2 (found ${W})`);

  const logprobs: (number | null)[] = new Array(ids.length).fill(null);
  const stride = Math.max(1, Math.floor(W / 2));
  let done = 1; // positions < done are scored (position 0 never is)
  let start = 0;
  while (done < ids.length) {
    const end = Math.min(start + W, ids.length);
    await scoreWindow(model, ids, start, end, done, chunk, logprobs);
    done = end;
    // Next window ends `stride` tokens further and keeps W - stride tokens of context.
    start = end + stride - W;
  }
  let sum = 0;
  let n = 0;
  for (const lp of logprobs) {
    if (lp !== null) {
      sum += lp;
      n++;
    }
  }
  return { ids, logprobs, perplexity: Math.exp(-sum / n) };
}
