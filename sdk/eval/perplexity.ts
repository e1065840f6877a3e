/**
 * Perplexity over a split: exp(total negative log-likelihood / total predicted tokens), i.e.
 * token-weighted over the whole split (the convention of HF `evaluate` and lm-eval's
 * word_perplexity uses words; we use model tokens, so numbers compare across checkpoints
 * sharing a tokenizer only). Each record's text (./prompts.ts `perplexityText`) is truncated
 * to its first `maxTokens` tokens to bound cost.
 *
 * @example
 * const r = await perplexitySuite(model, records, { maxTokens: 256 });
 * r.perplexity; r.ci.low; r.byTask.summarization.perplexity;
 */
import type { DataRecord } from '../data/records.js';
import type { TextModel } from '../model/text-model.js';
import { bootstrapCI, type BootstrapOptions, type ConfidenceInterval } from './bootstrap.js';
import { sourceOf, taskAndSource, taskOf } from './breakdown.js';
import { perplexityText } from './prompts.js';

/** One record's contribution. */
export interface PerplexityItem {
  id: string;
  task: string;
  source: string;
  /** Tokens predicted (sequence length - 1). */
  tokens: number;
  /** Sum of negative log-probabilities over those tokens. */
  nll: number;
}

/** Aggregate of a group of items. */
export interface PerplexityGroup {
  n: number;
  tokens: number;
  perplexity: number;
}

/** Result of the perplexity suite. */
export interface PerplexityResult extends PerplexityGroup {
  suite: 'perplexity';
  meanNll: number;
  ci: ConfidenceInterval;
  byTask: Record<string, PerplexityGroup>;
  bySource: Record<string, PerplexityGroup>;
  items: PerplexityItem[];
}

/**
 * Token-weighted perplexity of items.
 *
 * @example
 * corpusPerplexity([{ tokens: 2, nll: 2 }]); // e^1
 */
export function corpusPerplexity(items: readonly Pick<PerplexityItem, 'tokens' | 'nll'>[]): number {
  let tokens = 0;
  let nll = 0;
  for (const it of items) {
    tokens += it.tokens;
    nll += it.nll;
  }
  return tokens ? Math.exp(nll / tokens) : Number.NaN;
}

/** Options of the perplexity suite. */
export interface PerplexitySuiteOptions {
  maxTokens: number;
  bootstrap?: BootstrapOptions;
  onItem?: (done: number, total: number) => void;
}

/**
 * Run the suite over any kind of record.
 *
 * @example
 * await perplexitySuite(model, records, { maxTokens: 128 });
 */
export async function perplexitySuite(model: TextModel, records: readonly DataRecord[], options: PerplexitySuiteOptions): Promise<PerplexityResult> {
  const items: PerplexityItem[] = [];
  const limit = Math.min(options.maxTokens, model.maxLength);
  for (const [k, r] of records.entries()) {
    const ids = model.encode(perplexityText(r, (m) => model.chatPrompt(m))).slice(0, limit);
    if (ids.length < 2) {
      throw new Error(`perplexity: record ${r.id} encodes to ${ids.length} token(s); expected at least 2 to predict one`);
    }
    const lps = await model.scoreIds(ids);
    let nll = 0;
    for (let i = 1; i < lps.length; i++) nll -= lps[i] ?? 0;
    items.push({ id: r.id, task: taskOf(r), source: sourceOf(r), tokens: ids.length - 1, nll });
    options.onItem?.(k + 1, records.length);
  }
  const group = (g: PerplexityItem[]): PerplexityGroup => ({ n: g.length, tokens: g.reduce((a, i) => a + i.tokens, 0), perplexity: corpusPerplexity(g) });
  const all = group(items);
  return {
    suite: 'perplexity',
    ...all,
    meanNll: Math.log(all.perplexity),
    ci: bootstrapCI(items, corpusPerplexity, options.bootstrap),
    ...taskAndSource(items, group),
    items,
  };
}
