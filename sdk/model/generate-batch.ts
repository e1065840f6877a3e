/**
 * Batched generation: several prompts (or several samples of each prompt) decoded together,
 * left-padded to a common length, with one KV cache for the whole batch.
 *
 * Left padding keeps every row's last prompt token in the same column, so one forward call per
 * step serves all rows; the attention mask hides the padding and position ids restart after it
 * (`cumsum(mask) - 1`, as HF `generate` does), so a padded row computes what it computes alone.
 * Each row has its own sampler stream: row r draws from `mulberry32(seed + r)`, so a row's sample
 * is the one `generate(model, prompt, { seed: seed + r })` gives, whatever else is in the batch.
 * Finished rows keep their place and are fed padding (masked) until the last row ends.
 *
 * @example
 * const rows = await generateBatch(model, ['Fever is', 'Dyspnea is'], { maxNewTokens: 16 });
 * rows[1].text; // same text as (await generate(model, 'Dyspnea is', { maxNewTokens: 16 })).text
 * await generateBatch(model, [messages], { numReturnSequences: 4, doSample: true, seed: 1 }); // 4 samples
 */
import * as tf from '@tensorflow/tfjs';
import { findStopString, promptToIds, type FinishReason, type GenerationPrompt } from './generate.js';
import { mulberry32 } from '../runtime/random.js';
import { resolveGenerationConfig, type GenerationConfig, type GenerationOptions } from './generation-config.js';
import { applyProcessors, buildLogitsProcessors, pickToken } from './logits-processors.js';
import type { CausalLM } from './types.js';

/** Options of `generateBatch`: the usual generation options plus batching. @example const o: BatchGenerateOptions = { numReturnSequences: 8, doSample: true, temperature: 0.9, seed: 3 }; */
export interface BatchGenerateOptions extends GenerationOptions {
  /** Completions per prompt (HF `num_return_sequences`); rows are grouped by prompt. Default 1. */
  numReturnSequences?: number;
  /** Upper bound on logits floats held at once (rows x positions x vocabulary) while prefilling. */
  maxLogitsFloats?: number;
  /** Called after each decoding step with the rows still running. */
  onStep?: (step: number, running: number) => void;
}

/** One generated row. @example const { text, ids, promptIndex } = rows[0]; */
export interface BatchSequence {
  /** Index of the prompt in the `prompts` array. */
  promptIndex: number;
  /** Generated text (no prompt), special tokens skipped, stop string trimmed. */
  text: string;
  /** Generated ids, including a final EOS or the token that completed a stop string. */
  ids: number[];
  /** log-softmax of the model's raw logits at each generated id (before temperature or top-k/p). */
  tokenLogprobs: number[];
  finishReason: FinishReason;
  /** The prompt's ids as fed to the model (without padding). */
  promptIds: number[];
  /** Seed of this row's sampler (undefined when greedy). */
  seed: number | undefined;
}

// 8M floats = 32 MB of prefill activations per call at a 32k vocabulary's scale: 256 rows x tokens.
const DEFAULT_MAX_LOGITS_FLOATS = 8 * 1024 * 1024;
// Prompt tokens decoded with the generated ones so the first word keeps its leading space (as generate.ts).
const DECODE_CONTEXT = 16;

/**
 * Left-pad id rows to a common length: ids padded with `padId` in front, mask 0 there and 1 on tokens.
 *
 * @example
 * leftPad([[5, 6, 7], [8]], 0); // { ids: [[5, 6, 7], [0, 0, 8]], mask: [[1, 1, 1], [0, 0, 1]] }
 */
export function leftPad(rows: readonly (readonly number[])[], padId: number): { ids: number[][]; mask: number[][] } {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    ids: rows.map((r) => [...new Array(width - r.length).fill(padId), ...r]),
    mask: rows.map((r) => [...new Array(width - r.length).fill(0), ...new Array(r.length).fill(1)]),
  };
}

/** log-softmax value of `id` in a logits row, in float64 for a stable log-sum-exp. */
function logprobOf(logits: Float32Array, id: number): number {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) if (logits[i] > max) max = logits[i];
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp(logits[i] - max);
  return logits[id] - max - Math.log(sum);
}

/**
 * Feed `ids` (`[B, T]`, mask `[B, past + T]`) through the cache in chunks and return the
 * last position's logits per row, `[B * V]`. Chunks bound the attention work; only the last
 * position of each chunk goes through the head.
 */
async function prefill(model: CausalLM, ids: number[][], mask: number[][], cache: ReturnType<CausalLM['newCache']>, maxFloats: number): Promise<Float32Array> {
  const B = ids.length;
  const T = ids[0].length;
  const V = model.config.vocab_size;
  const chunk = Math.max(1, Math.floor(maxFloats / (B * V)));
  let last: tf.Tensor | undefined;
  for (let start = 0; start < T; start += chunk) {
    const end = Math.min(T, start + chunk);
    const input = tf.tensor2d(ids.map((r) => r.slice(start, end)), [B, end - start], 'int32');
    const m = tf.tensor2d(mask.map((r) => r.slice(0, end)), [B, end], 'int32');
    let logits: tf.Tensor3D;
    try {
      logits = model.forward(input, { cache, attentionMask: m, logitsToKeep: 1 }).logits; // [B, 1, V]
    } finally {
      input.dispose();
      m.dispose();
    }
    last?.dispose();
    last = tf.tidy(() => logits.reshape([B * V])); // [B*V]
    logits.dispose();
  }
  const data = (await last!.data()) as Float32Array;
  last!.dispose();
  return data;
}

/**
 * Generate continuations of several prompts at once. See the file comment for padding,
 * seeding and finished rows.
 *
 * @example
 * const rows = await generateBatch(model, prompts, { numReturnSequences: 4, doSample: true, temperature: 1, topK: 0, seed: 7, maxNewTokens: 32 });
 * rows.filter((r) => r.promptIndex === 0).map((r) => r.text); // 4 samples of prompt 0
 */
export async function generateBatch(model: CausalLM, prompts: readonly GenerationPrompt[], options: BatchGenerateOptions = {}): Promise<BatchSequence[]> {
  const { numReturnSequences = 1, maxLogitsFloats = DEFAULT_MAX_LOGITS_FLOATS, onStep, ...genOptions } = options;
  if (!Number.isInteger(numReturnSequences) || numReturnSequences < 1) {
    throw new Error(`generateBatch: numReturnSequences must be an integer >= 1, found ${numReturnSequences}`);
  }
  if (prompts.length === 0) throw new Error('generateBatch: no prompts given; expected at least one');
  const config: GenerationConfig = resolveGenerationConfig(model, genOptions);
  const tok = model.tokenizer;
  const perPrompt = prompts.map((p, i) => {
    const ids = promptToIds(tok, p);
    if (ids.length === 0) throw new Error(`generateBatch: prompt ${i} encodes to no tokens (empty text without BOS)`);
    return ids;
  });
  const rowsPrompt = perPrompt.flatMap((ids, i) => new Array(numReturnSequences).fill(i) as number[]);
  const B = rowsPrompt.length;
  const promptRows = rowsPrompt.map((i) => perPrompt[i]);
  const maxPos = model.config.max_position_embeddings;
  const width = Math.max(...promptRows.map((r) => r.length));
  if (width >= maxPos) {
    const i = perPrompt.findIndex((r) => r.length === width);
    throw new Error(`generateBatch: prompt ${i} has ${width} tokens; the model's max_position_embeddings is ${maxPos}`);
  }
  const budget = Math.min(config.maxNewTokens, maxPos - width);
  const procs = buildLogitsProcessors(config);
  const seeds = rowsPrompt.map((_, r) => (config.doSample ? (config.seed! + r) >>> 0 : undefined));
  const rands = seeds.map((s) => mulberry32(s ?? 0));
  const eos = new Set(config.eosTokenIds);
  const V = model.config.vocab_size;

  const out: BatchSequence[] = rowsPrompt.map((promptIndex, r) => ({
    promptIndex, text: '', ids: [], tokenLogprobs: [], finishReason: 'length', promptIds: promptRows[r], seed: seeds[r],
  }));
  const contexts = promptRows.map((ids) => {
    const context = ids.slice(-DECODE_CONTEXT);
    return { context, text: tok.decode(context, { skipSpecialTokens: true }) };
  });
  const decodeNew = (r: number, gen: number[]): string => {
    const { context, text } = contexts[r];
    const full = tok.decode([...context, ...gen], { skipSpecialTokens: true });
    return full.startsWith(text) ? full.slice(text.length) : tok.decode(gen, { skipSpecialTokens: true });
  };
  if (budget === 0) return out;

  const { ids: padded, mask } = leftPad(promptRows, tok.padTokenId);
  const done = new Array<boolean>(B).fill(false);
  const cache = model.newCache();
  try {
    let logits = await prefill(model, padded, mask, cache, maxLogitsFloats);
    for (let step = 0; step < budget; step++) {
      const next = new Array<number>(B).fill(tok.padTokenId);
      for (let r = 0; r < B; r++) {
        if (done[r]) continue;
        const row = logits.subarray(r * V, (r + 1) * V);
        const seq = out[r];
        const id = pickToken(applyProcessors(procs, row, { ids: [...seq.promptIds, ...seq.ids], generated: seq.ids.length }), config.doSample, rands[r]);
        seq.ids.push(id);
        seq.tokenLogprobs.push(logprobOf(row, id));
        next[r] = id;
        if (eos.has(id)) {
          seq.finishReason = 'eos';
          seq.text = decodeNew(r, seq.ids.slice(0, -1));
          done[r] = true;
          continue;
        }
        const text = decodeNew(r, seq.ids);
        const stopAt = findStopString(text, config.stopStrings);
        seq.text = stopAt >= 0 ? text.slice(0, stopAt) : text;
        if (stopAt >= 0) {
          seq.finishReason = 'stop';
          done[r] = true;
        }
      }
      const running = done.filter((d) => !d).length;
      onStep?.(step + 1, running);
      if (running === 0 || step + 1 === budget) break;
      // Finished rows are fed padding with mask 0: they stay in the batch but attend to nothing new.
      for (let r = 0; r < B; r++) mask[r].push(done[r] ? 0 : 1);
      const input = tf.tensor2d(next.map((id) => [id]), [B, 1], 'int32');
      const m = tf.tensor2d(mask, [B, mask[0].length], 'int32');
      let stepLogits: tf.Tensor3D;
      try {
        stepLogits = model.forward(input, { cache, attentionMask: m }).logits; // [B, 1, V]
      } finally {
        input.dispose();
        m.dispose();
      }
      logits = (await stepLogits.data()) as Float32Array;
      stepLogits.dispose();
    }
  } finally {
    cache.dispose();
  }
  return out;
}
