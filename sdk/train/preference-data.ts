/**
 * DPO data: preference pairs to token ids, then padded batches of chosen and rejected rows.
 *
 * A pair's prompt is rendered with the model's chat template (as `generate` renders it); each
 * answer is the tokens the template adds for the assistant turn, ending with EOS, found the way
 * SFT finds them (`tokenizeConversation`). A string prompt from a review sheet that already ends
 * with this template's generation prompt is used as rendered; any other string is the user turn.
 * Longer pairs are cut as LLaMA-Factory's `infer_seqlen` cuts them: the budget `cutoff_len` is
 * shared between prompt and the longer answer in proportion, keeping the beginning of each.
 *
 * @example
 * const { examples, stats } = tokenizePairs(model.tokenizer, pairs, { cutoffLen: 256 });
 * for (const b of pairBatches(examples, { batchSize: 2, padId: 0, seed: 1 })) { ... }
 */
import type { PreferencePair } from '../data/preferences.js';
import type { ChatMessage, MedTokenizer } from '../model/types.js';
import { IGNORE_INDEX } from './loss.js';
import type { PairBatch } from './dpo-loss.js';
import { Rng } from '../runtime/random.js';
import { inferSeqlen, tokenizeConversation } from './sft-data.js';

/** One tokenized pair; `refChosen` / `refRejected` are filled in by the trainer. @example const e: DpoExample = { id: 'p1', prompt: [1, 5], chosen: [7, 2], rejected: [9, 2] }; */
export interface DpoExample {
  id: string;
  prompt: number[];
  chosen: number[];
  rejected: number[];
  refChosen?: number;
  refRejected?: number;
}

/** What tokenization did. @example stats.truncated; */
export interface PairStats {
  pairs: number;
  examples: number;
  truncated: number;
  /** Rendered prompts from review sheets used as they were. */
  prerendered: number;
  dropped: { id: string; reason: string }[];
}

/** The text the template appends after a user turn to start the answer ('' when none can be told apart). */
function generationSuffix(tokenizer: MedTokenizer): string {
  const probe = '\u0001probe\u0001';
  const rendered = tokenizer.applyChatTemplate([{ role: 'user', content: probe }], { addGenerationPrompt: true });
  const at = rendered.lastIndexOf(probe);
  return at >= 0 ? rendered.slice(at + probe.length) : '';
}

/**
 * Prompt and answer ids of one pair.
 *
 * @example
 * pairIds(tok, pair, suffix); // { prompt: [...], chosen: [..., eos], rejected: [..., eos], prerendered: false }
 */
function pairIds(tokenizer: MedTokenizer, p: PreferencePair, suffix: string): { prompt: number[]; chosen: number[]; rejected: number[]; prerendered: boolean } {
  const eos = tokenizer.eosTokenIds[0];
  if (typeof p.prompt === 'string' && suffix.trim() !== '' && p.prompt.endsWith(suffix)) {
    const prompt = tokenizer.encode(p.prompt, { addSpecialTokens: false });
    const answer = (t: string) => [...tokenizer.encode(t, { addSpecialTokens: false }), eos];
    return { prompt, chosen: answer(p.chosen), rejected: answer(p.rejected), prerendered: true };
  }
  const messages: ChatMessage[] = typeof p.prompt === 'string' ? [{ role: 'user', content: p.prompt }] : p.prompt;
  const side = (answer: string) => tokenizeConversation(tokenizer, [...messages, { role: 'assistant', content: answer }], { cutoffLen: Number.MAX_SAFE_INTEGER });
  const c = side(p.chosen);
  const r = side(p.rejected);
  const start = (x: { labels: number[] }) => x.labels.findIndex((l) => l !== IGNORE_INDEX);
  return { prompt: c.inputIds.slice(0, start(c)), chosen: c.inputIds.slice(start(c)), rejected: r.inputIds.slice(start(r)), prerendered: false };
}

/**
 * Tokenize pairs for DPO. Pairs whose answers tokenize identically are dropped and listed (by id);
 * zero usable pairs is an error.
 *
 * @example
 * tokenizePairs(tok, pairs, { cutoffLen: 128 }).stats.truncated;
 */
export function tokenizePairs(tokenizer: MedTokenizer, pairs: readonly PreferencePair[], opts: { cutoffLen: number }): { examples: DpoExample[]; stats: PairStats } {
  const suffix = generationSuffix(tokenizer);
  const stats: PairStats = { pairs: pairs.length, examples: 0, truncated: 0, prerendered: 0, dropped: [] };
  const examples: DpoExample[] = [];
  for (const p of pairs) {
    const ids = pairIds(tokenizer, p, suffix);
    if (ids.prerendered) stats.prerendered++;
    const target = Math.max(ids.chosen.length, ids.rejected.length);
    const [srcLen, tgtLen] = inferSeqlen(ids.prompt.length, target, opts.cutoffLen);
    if (srcLen < ids.prompt.length || tgtLen < target) stats.truncated++;
    const ex: DpoExample = { id: p.id, prompt: ids.prompt.slice(0, srcLen), chosen: ids.chosen.slice(0, tgtLen), rejected: ids.rejected.slice(0, tgtLen) };
    if (ex.prompt.length === 0 || ex.chosen.length === 0 || ex.rejected.length === 0) {
      stats.dropped.push({ id: p.id, reason: `nothing left of the prompt or an answer within cutoff_len ${opts.cutoffLen}` });
    } else if (ex.chosen.join() === ex.rejected.join()) {
      stats.dropped.push({ id: p.id, reason: `chosen and rejected are the same tokens within cutoff_len ${opts.cutoffLen}` });
    } else examples.push(ex);
  }
  stats.examples = examples.length;
  if (examples.length === 0) {
    throw new Error(`DPO: none of the ${pairs.length} preference pairs is usable (${stats.dropped.slice(0, 3).map((d) => `${d.id}: ${d.reason}`).join('; ')})`);
  }
  return { examples, stats };
}

/**
 * The `PairBatch` of some examples: chosen rows then rejected rows, right-padded, prompts labelled -100.
 *
 * @example
 * pairBatch([ex], 0).labels[0]; // [-100, -100, 7, 2]
 */
export function pairBatch(examples: readonly DpoExample[], padId: number): PairBatch {
  const seqs = [...examples.map((e) => [e.prompt, e.chosen]), ...examples.map((e) => [e.prompt, e.rejected])];
  const T = Math.max(...seqs.map(([p, a]) => p.length + a.length));
  const batch: PairBatch = { inputIds: [], attentionMask: [], labels: [] };
  for (const [p, a] of seqs) {
    const pad = T - p.length - a.length;
    batch.inputIds.push([...p, ...a, ...new Array(pad).fill(padId)]);
    batch.attentionMask.push([...new Array(p.length + a.length).fill(1), ...new Array(pad).fill(0)]);
    batch.labels.push([...new Array(p.length).fill(IGNORE_INDEX), ...a, ...new Array(pad).fill(IGNORE_INDEX)]);
  }
  return batch;
}

/**
 * Shuffled micro-batches of examples (all of them, the last one possibly smaller).
 *
 * @example
 * [...pairBatches(examples, { batchSize: 4, seed: 3 })].length; // ceil(n / 4)
 */
export function* pairBatches(examples: readonly DpoExample[], opts: { batchSize: number; seed?: number }): Generator<DpoExample[]> {
  const order = opts.seed === undefined ? examples.map((_, i) => i) : new Rng(opts.seed).permutation(examples.length);
  for (let i = 0; i < order.length; i += opts.batchSize) yield order.slice(i, i + opts.batchSize).map((k) => examples[k]);
}
