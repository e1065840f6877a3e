/**
 * Parity of an exported GGUF with medtune, measured in a real llama.cpp runtime: node-llama-cpp
 * (prebuilt CPU binaries from npm) loads the GGUF, optionally with a LoRA GGUF, and for the same
 * token ids returns its raw next-token logits at every position (`controlledEvaluate`). Compared
 * with medtune's own forward pass: the largest |Δ log-probability| (over the whole vocabulary at
 * each prompt's last position; over both runtimes' top tokens and a vocabulary sample elsewhere),
 * top-1 agreement, the greedy continuation token for token, and the tokenization of sample texts.
 *
 * node-llama-cpp is loaded through llama-cpp.ts (optional; a clear message when it is missing).
 *
 * @example
 * const p = await compareWithLlamaCpp(model, 'out/tiny-f16.gguf', { prompts: ['The patient was'] });
 * p.maxAbsLogprobDiff; // e.g. 0.004
 */
import * as tf from '@tensorflow/tfjs';
import { generate } from '../generate.js';
import type { CausalLM } from '../types.js';
import { continueGreedy, llamaCppRuntime, type NlcSequence } from './llama-cpp.js';
import type { GgufOuttype } from './tensors.js';

/** Options of `compareWithLlamaCpp`. @example const o: LlamaCppParityOptions = { prompts: ['Chest pain'], greedyTokens: 8 }; */
export interface LlamaCppParityOptions {
  /** Prompts: text (tokenized by medtune with its special tokens) or token ids. */
  prompts: (string | number[])[];
  /** Greedy continuation length compared token for token (default 8). */
  greedyTokens?: number;
  /** A LoRA GGUF applied on top of `gguf` (scale 1). */
  lora?: string;
  /** Texts whose tokenization is compared (medtune encode without added BOS/EOS vs llama.cpp tokenize with special-token parsing). */
  texts?: string[];
  /**
   * KV cache precision in llama.cpp (default 'f32'): llama.cpp's own default is f16, which adds
   * its rounding to every comparison; f32 measures the file alone.
   */
  kvCache?: 'f32' | 'f16';
  /** llama.cpp threads (default 1; raise it for models beyond a few hundred million parameters). */
  threads?: number;
  /**
   * Where log-probabilities are compared over the whole vocabulary: 'last' (default) = the last
   * position of each prompt, and at earlier positions the top-32 tokens of both runtimes plus an
   * evenly spaced sample of 2,048 ids (reading all 152k logits per position from node-llama-cpp
   * dominated the check's time); 'all' = every position.
   */
  fullVocabulary?: 'last' | 'all';
}

/** Parity of one prompt. @example const p: PromptParity = parity.prompts[0]; */
export interface PromptParity {
  tokens: number;
  /** max over positions and compared tokens (see `fullVocabulary`) of |log p_medtune - log p_llama.cpp|. */
  maxAbsLogprobDiff: number;
  /** Fraction of positions whose most likely next token is the same. */
  top1Agreement: number;
  /**
   * Greedy continuations; at the first token where they differ, `divergenceGap` is how much less
   * likely medtune finds llama.cpp's choice than its own (0 when they agree throughout): a small
   * gap is a near-tie flipped by rounding, a large one a real disagreement.
   */
  greedy: { medtune: number[]; llamaCpp: number[]; matchedPrefix: number; divergenceGap: number };
}

/** What `compareWithLlamaCpp` measured. @example const { maxAbsLogprobDiff, greedyMatches } = await compareWithLlamaCpp(m, f, o); */
export interface LlamaCppParity {
  prompts: PromptParity[];
  maxAbsLogprobDiff: number;
  /** Prompts whose greedy continuations are identical. */
  greedyMatches: number;
  /** Indices (into `texts`) whose token ids differ; the texts themselves are not repeated. */
  tokenizerMismatches: { index: number; medtune: number[]; llamaCpp: number[] }[];
}

function logSoftmax(logits: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  let sum = 0;
  for (const v of logits) sum += Math.exp(v - max);
  const lse = max + Math.log(sum);
  return logits.map((v) => v - lse);
}

function argmax(a: Float32Array): number {
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
  return best;
}

// Sampled positions: top tokens of each runtime, and an evenly spaced sample of the vocabulary.
const TOP = 32;
const SAMPLE = 2048;

/** Ids compared at a sampled position: medtune's top TOP and SAMPLE evenly spaced ids. */
function sampleIds(ours: Float32Array, vocab: number): number[] {
  const ids = new Set<number>();
  const step = Math.max(1, Math.floor(vocab / SAMPLE));
  for (let i = 0; i < vocab; i += step) ids.add(i);
  // Top TOP by one pass with a small sorted list (a full sort of 152k values per position is slow).
  const top: number[] = [];
  for (let i = 0; i < vocab; i++) {
    if (top.length === TOP && ours[i] <= ours[top[TOP - 1]]) continue;
    let j = Math.min(top.length, TOP - 1);
    while (j > 0 && ours[top[j - 1]] < ours[i]) j--;
    top.splice(j, 0, i);
    if (top.length > TOP) top.pop();
  }
  for (const i of top) ids.add(i);
  return [...ids];
}

/** Dense logits from node-llama-cpp's map; every vocabulary id must be present. */
function denseLogits(map: Map<number, number> | undefined, vocab: number): Float32Array {
  if (!map) throw new Error('node-llama-cpp returned no logits');
  const out = new Float32Array(vocab).fill(Number.NaN);
  for (const [id, v] of map) if (id < vocab) out[id] = v;
  const missing = out.findIndex((v) => Number.isNaN(v));
  if (missing >= 0) throw new Error(`node-llama-cpp returned no logit for token ${missing} (its vocabulary differs from the model's ${vocab})`);
  return out;
}

/** medtune's log-probabilities for every position of `ids` (`[T][V]`). */
function medtuneLogprobs(model: CausalLM, ids: number[]): Float32Array[] {
  const V = model.config.vocab_size;
  const lp = tf.tidy(() => {
    const { logits } = model.forward(tf.tensor2d([ids], [1, ids.length], 'int32'));
    return tf.logSoftmax(logits.reshape([ids.length, V]));
  });
  // Read outside tidy: tidy walks its result, and a 1M-entry typed array is slow to walk.
  const flat = lp.dataSync() as Float32Array;
  lp.dispose();
  return ids.map((_, t) => flat.subarray(t * V, (t + 1) * V));
}

/**
 * Compare `model` (medtune, float32) with the GGUF `gguf` run by llama.cpp (see the file comment).
 * `model` must be the model the GGUF was exported from (with its adapter applied when `lora` is given).
 *
 * @example
 * const p = await compareWithLlamaCpp(model, 'out/base.gguf', { prompts: ['Fever'], lora: 'out/adapter.gguf' });
 */
export async function compareWithLlamaCpp(model: CausalLM, gguf: string, opts: LlamaCppParityOptions): Promise<LlamaCppParity> {
  const llama = await llamaCppRuntime();
  const greedyTokens = opts.greedyTokens ?? 8;
  const V = model.config.vocab_size;
  const promptIds = opts.prompts.map((p) => (typeof p === 'string' ? model.tokenizer.encode(p, { addSpecialTokens: true }) : [...p]));
  const longest = Math.max(...promptIds.map((p) => p.length));
  const lm = await llama.loadModel({ modelPath: gguf, gpuLayers: 0 });
  try {
    const kv = opts.kvCache ?? 'f32';
    const ctx = await lm.createContext({
      contextSize: Math.max(64, longest + greedyTokens + 8),
      // One thread by default: llama.cpp's workers spin while waiting, so on a busy machine (or beside
      // another test worker) two threads ran tiny models 10-30x slower than one. Results do not
      // depend on it: each dot product is computed by a single thread.
      threads: opts.threads ?? 1,
      // llama.cpp's CPU flash attention computes in f16 (about 3e-3 in log-probability on the
      // embedded model); the plain path is exact float32 and isolates the file's own precision.
      flashAttention: false,
      experimentalKvCacheKeyType: kv.toUpperCase(),
      experimentalKvCacheValueType: kv.toUpperCase(),
      ...(opts.lora ? { lora: { adapters: [{ filePath: opts.lora, scale: 1 }] } } : {}),
    });
    try {
      const seq = ctx.getSequence();
      const prompts: PromptParity[] = [];
      for (const ids of promptIds) {
        await seq.clearHistory();
        const ours = medtuneLogprobs(model, ids);
        const every = opts.fullVocabulary === 'all';
        const out = await seq.controlledEvaluate(
          ids.map((id, t) =>
            every || t === ids.length - 1
              ? [id, { generateNext: { logits: true } }]
              : [id, { generateNext: { logits: { filter: { tokens: sampleIds(ours[t], V), includeTop: TOP } }, totalLogitWeight: true } }],
          ),
        );
        let maxDiff = 0;
        let agree = 0;
        for (let t = 0; t < ids.length; t++) {
          const next = out[t]?.next;
          if (every || t === ids.length - 1) {
            const theirs = logSoftmax(denseLogits(next?.logits, V));
            for (let v = 0; v < V; v++) maxDiff = Math.max(maxDiff, Math.abs(theirs[v] - ours[t][v]));
            if (argmax(theirs) === argmax(ours[t])) agree++;
            continue;
          }
          // Sampled position: the map holds llama.cpp's top logits first; totalLogitWeight is
          // Σ exp(logit - max) over the whole vocabulary, so these log-probabilities are exact.
          const entries = [...(next?.logits ?? new Map<number, number>())];
          if (!entries.length || next?.totalLogitWeight === undefined) throw new Error('node-llama-cpp returned no logits');
          const lse = entries[0][1] + Math.log(next.totalLogitWeight);
          for (const [id, logit] of entries) maxDiff = Math.max(maxDiff, Math.abs(logit - lse - ours[t][id]));
          if (entries[0][0] === argmax(ours[t])) agree++;
        }
        // Greedy: argmax of the raw logits on both sides, no EOS stop, so sequences have equal length.
        const llamaCpp = await continueGreedy(seq, argmax(denseLogits(out[ids.length - 1]?.next.logits, V)), greedyTokens);
        const medtune = (await generate(model, ids, { maxNewTokens: greedyTokens, doSample: false, repetitionPenalty: 1, eosTokenIds: [] })).ids;
        let matchedPrefix = 0;
        while (matchedPrefix < greedyTokens && medtune[matchedPrefix] === llamaCpp[matchedPrefix]) matchedPrefix++;
        let divergenceGap = 0;
        if (matchedPrefix < greedyTokens) {
          const ctxIds = [...ids, ...medtune.slice(0, matchedPrefix)];
          const lp = medtuneLogprobs(model, ctxIds)[ctxIds.length - 1];
          divergenceGap = lp[medtune[matchedPrefix]] - lp[llamaCpp[matchedPrefix]];
        }
        prompts.push({
          tokens: ids.length,
          maxAbsLogprobDiff: maxDiff,
          top1Agreement: agree / ids.length,
          greedy: { medtune, llamaCpp, matchedPrefix, divergenceGap },
        });
      }
      const tokenizerMismatches = (opts.texts ?? []).flatMap((text, index) => {
        const medtune = model.tokenizer.encode(text, { addSpecialTokens: false });
        // Special-token text is parsed as the token on both sides (HF always splits added tokens out).
        const llamaCpp = lm.tokenize(text, true);
        return medtune.join() === llamaCpp.join() ? [] : [{ index, medtune, llamaCpp }];
      });
      return {
        prompts,
        maxAbsLogprobDiff: Math.max(...prompts.map((p) => p.maxAbsLogprobDiff)),
        greedyMatches: prompts.filter((p) => p.greedy.matchedPrefix === greedyTokens).length,
        tokenizerMismatches,
      };
    } finally {
      await ctx.dispose();
    }
  } finally {
    await lm.dispose();
  }
}

/**
 * Largest |Δ log-probability| (over every position and the whole vocabulary) accepted per output
 * type. f32 differs only by float32 summation order (measured ≤ 2e-4 on the test models); f16
 * rounds weights and llama.cpp's activations to 11 significant bits (measured ≤ 0.03); Q8_0 also
 * quantizes activations, and on tiny random models with 32-wide rows the errors do not average
 * out (measured ≤ 0.8; 0.23 on the trained embedded model).
 *
 * @example
 * GGUF_PARITY_TOLERANCE.q8_0; // 1
 */
export const GGUF_PARITY_TOLERANCE: Readonly<Record<GgufOuttype, number>> = { f32: 2e-3, f16: 0.05, q8_0: 1 };

/**
 * Whether a parity measurement passes for `outtype`: log-probabilities within
 * GGUF_PARITY_TOLERANCE, identical tokenization, and greedy continuations that agree, or (Q8_0)
 * diverge only at near-ties (divergence gap within the tolerance).
 *
 * @example
 * const { ok, problems } = parityVerdict(p, 'f16');
 */
export function parityVerdict(p: LlamaCppParity, outtype: GgufOuttype): { ok: boolean; problems: string[] } {
  const tol = GGUF_PARITY_TOLERANCE[outtype];
  const problems: string[] = [];
  if (!(p.maxAbsLogprobDiff <= tol)) problems.push(`max |Δ logprob| ${p.maxAbsLogprobDiff.toPrecision(3)} exceeds ${tol} for ${outtype}`);
  for (const m of p.tokenizerMismatches) problems.push(`tokenization of text #${m.index} differs (${m.medtune.length} vs ${m.llamaCpp.length} tokens)`);
  p.prompts.forEach((q, i) => {
    const n = q.greedy.medtune.length;
    if (q.greedy.matchedPrefix === n) return;
    if (outtype !== 'q8_0' || q.greedy.divergenceGap > tol) {
      problems.push(`prompt #${i}: greedy continuations differ at token ${q.greedy.matchedPrefix} (gap ${q.greedy.divergenceGap.toPrecision(3)})`);
    }
  });
  return { ok: problems.length === 0, problems };
}
