/**
 * Logits processors: small pure steps applied, in order, to the next-token logits of one
 * sequence (a `Float32Array` of length V). Each option adds its processor only when it is on,
 * as in transformers / transformers.js, so greedy decoding with default options is a plain argmax.
 *
 * Order (HF `_get_logits_processor`): repetition penalty, min-new-tokens EOS suppression, then
 * (sampling only) temperature, top-k, top-p.
 *
 * @example
 * const procs = buildLogitsProcessors(cfg);
 * const next = pickToken(applyProcessors(procs, logits, { ids, generated: 0 }), cfg.doSample, rand);
 */
import type { GenerationConfig } from './generation-config.js';

/** What a processor may look at besides the logits. @example const ctx: ProcessorContext = { ids: [1, 450], generated: 0 }; */
export interface ProcessorContext {
  /** Every token of the sequence so far (prompt and generated). */
  ids: readonly number[];
  /** How many tokens were generated so far. */
  generated: number;
}

/** A pure step on a copy of the logits. @example const p: LogitsProcessor = (l) => l; */
export type LogitsProcessor = (logits: Float32Array, ctx: ProcessorContext) => Float32Array;

/**
 * HF repetition penalty: each token already in the sequence gets its logit divided by `penalty`
 * when positive, multiplied when negative (so it always becomes less likely for penalty > 1).
 *
 * @example
 * repetitionPenaltyProcessor(2)(new Float32Array([2, -2, 1]), { ids: [0, 1], generated: 0 }); // [1, -4, 1]
 */
export function repetitionPenaltyProcessor(penalty: number): LogitsProcessor {
  return (logits, { ids }) => {
    const out = logits.slice();
    for (const id of new Set(ids)) {
      if (id < 0 || id >= out.length) continue;
      const v = out[id];
      out[id] = v < 0 ? v * penalty : v / penalty;
    }
    return out;
  };
}

/**
 * Forbid the EOS ids until `minNewTokens` tokens were generated.
 *
 * @example
 * minNewTokensProcessor(2, [2])(new Float32Array([0, 0, 5]), { ids: [], generated: 0 }); // [0, 0, -Infinity]
 */
export function minNewTokensProcessor(min: number, eosTokenIds: readonly number[]): LogitsProcessor {
  return (logits, { generated }) => {
    if (generated >= min) return logits;
    const out = logits.slice();
    for (const id of eosTokenIds) if (id >= 0 && id < out.length) out[id] = -Infinity;
    return out;
  };
}

/**
 * Divide logits by `t` (t < 1 sharpens, t > 1 flattens).
 *
 * @example
 * temperatureProcessor(2)(new Float32Array([2, 4]), { ids: [], generated: 0 }); // [1, 2]
 */
export function temperatureProcessor(t: number): LogitsProcessor {
  return (logits) => logits.map((v) => v / t);
}

/**
 * Keep the `k` largest logits (ties with the k-th value are kept, as in HF); others become -Infinity.
 *
 * @example
 * topKProcessor(1)(new Float32Array([1, 3, 2]), { ids: [], generated: 0 }); // [-Infinity, 3, -Infinity]
 */
export function topKProcessor(k: number): LogitsProcessor {
  return (logits) => {
    if (k <= 0 || k >= logits.length) return logits;
    const kth = Float32Array.from(logits).sort((a, b) => b - a)[k - 1];
    return logits.map((v) => (v < kth ? -Infinity : v));
  };
}

/**
 * Numerically stable softmax of a logits vector, in float64 (-Infinity entries get probability 0).
 *
 * @example
 * softmaxProbs(new Float32Array([0, Math.log(3)])); // [0.25, 0.75]
 */
export function softmaxProbs(logits: Float32Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  const out = new Float64Array(logits.length);
  if (max === -Infinity) throw new Error('softmax: every logit is -Infinity (all tokens were filtered out)');
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp(logits[i] - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

/**
 * Nucleus filtering with HF semantics: sort ascending, drop tokens whose cumulative probability
 * is <= 1 - p, always keeping the most likely token.
 *
 * @example
 * topPProcessor(0.5)(new Float32Array([0, 0, 5]), { ids: [], generated: 0 }); // [-Infinity, -Infinity, 5]
 */
export function topPProcessor(p: number): LogitsProcessor {
  return (logits) => {
    if (p >= 1) return logits;
    const probs = softmaxProbs(logits);
    const order = Array.from(logits.keys()).sort((a, b) => probs[a] - probs[b]);
    const out = logits.slice();
    let cum = 0;
    // The last (most likely) token is never removed: HF min_tokens_to_keep = 1.
    for (let r = 0; r < order.length - 1; r++) {
      cum += probs[order[r]];
      if (cum <= 1 - p) out[order[r]] = -Infinity;
      else break;
    }
    return out;
  };
}

/**
 * The processors a config turns on, in HF order. Sampling-only warpers are left out when greedy.
 *
 * @example
 * buildLogitsProcessors({ ...cfg, doSample: false }).length; // 0 with default options
 */
export function buildLogitsProcessors(cfg: GenerationConfig): LogitsProcessor[] {
  const procs: LogitsProcessor[] = [];
  if (cfg.repetitionPenalty !== 1) procs.push(repetitionPenaltyProcessor(cfg.repetitionPenalty));
  if (cfg.minNewTokens > 0 && cfg.eosTokenIds.length) procs.push(minNewTokensProcessor(cfg.minNewTokens, cfg.eosTokenIds));
  if (cfg.doSample) {
    if (cfg.temperature !== 1) procs.push(temperatureProcessor(cfg.temperature));
    if (cfg.topK > 0) procs.push(topKProcessor(cfg.topK));
    if (cfg.topP < 1) procs.push(topPProcessor(cfg.topP));
  }
  return procs;
}

/**
 * Run processors in order.
 *
 * @example
 * applyProcessors([temperatureProcessor(2)], new Float32Array([2]), { ids: [], generated: 0 }); // [1]
 */
export function applyProcessors(procs: readonly LogitsProcessor[], logits: Float32Array, ctx: ProcessorContext): Float32Array {
  let out = logits;
  for (const p of procs) out = p(out, ctx);
  return out;
}

/**
 * Index of the largest logit (the first one on ties, like torch.argmax).
 *
 * @example
 * argmaxIndex(new Float32Array([1, 3, 3])); // 1
 */
export function argmaxIndex(logits: Float32Array): number {
  let best = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
  return best;
}

/**
 * Draw one index from softmaxProbs(logits) with a uniform random source (e.g. `mulberry32(seed)`).
 *
 * @example
 * sampleToken(new Float32Array([0, -Infinity]), Math.random); // 0
 */
export function sampleToken(logits: Float32Array, rand: () => number): number {
  const probs = softmaxProbs(logits);
  const r = rand();
  let cum = 0;
  let last = -1;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] === 0) continue;
    cum += probs[i];
    last = i;
    if (r < cum) return i;
  }
  // Rounding can leave cum slightly below 1: fall back to the last token with mass.
  return last;
}

/**
 * Greedy argmax or a seeded draw.
 *
 * @example
 * pickToken(logits, cfg.doSample, rand);
 */
export function pickToken(logits: Float32Array, doSample: boolean, rand: () => number): number {
  return doSample ? sampleToken(logits, rand) : argmaxIndex(logits);
}
