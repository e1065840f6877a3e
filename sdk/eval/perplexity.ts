/**
 * Perplexity over a split: exp(total negative log-likelihood / total predicted tokens), i.e.
 * token-weighted over the whole split (the convention of HF `evaluate` and lm-eval's
 * word_perplexity uses words; we use model tokens, so numbers compare across checkpoints
 * sharing a tokenizer only). Two figures, on different tokens:
 * - `perplexity` (all tokens): every token after the first of each record's full text
 *   (./prompts.ts `perplexityText`: chat-shaped records through the chat template, so system
 *   prompt, instruction, input and answer), cut to its first `maxTokens` tokens.
 * - `answer` (answer tokens): only the answer tokens (with the closing EOS) of instruction and
 *   chat records, tokenized exactly as the trainer does (`tokenizeRecords`: template slots,
 *   LLaMA-Factory truncation to `cutoffLen`, prompt tokens masked). This is the figure the
 *   trainer's validation perplexity reports, so the two compare on the same records.
 * The prompt of an instruction record is usually the long part (a whole report) and is never
 * learned by fine-tuning, so the all-tokens figure is much higher than the answer-tokens one.
 *
 * @example
 * const r = await perplexitySuite(model, records, { maxTokens: 256 });
 * r.perplexity; r.ci.low; r.byTask.summarization.perplexity;
 */
import type { DataRecord } from '../data/records.js';
import type { TextModel } from '../model/text-model.js';
import { IGNORE_INDEX } from '../train/loss.js';
import { tokenizeRecords } from '../train/sft-data.js';
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

/** Perplexity on the answer tokens the trainer learns (instruction and chat records only). */
export interface AnswerPerplexity extends PerplexityGroup {
  /** The `cutoff_len` the records were tokenized with (as in training). */
  cutoffLen: number;
  ci: ConfidenceInterval;
  byTask: Record<string, PerplexityGroup>;
  /** Records left out (no answer token within `cutoffLen`, or not renderable), by id. */
  dropped: { id: string; reason: string }[];
  items: PerplexityItem[];
}

/** Result of the perplexity suite. */
export interface PerplexityResult extends PerplexityGroup {
  suite: 'perplexity';
  meanNll: number;
  ci: ConfidenceInterval;
  byTask: Record<string, PerplexityGroup>;
  bySource: Record<string, PerplexityGroup>;
  items: PerplexityItem[];
  /** Answer tokens only, tokenized as the trainer does; absent when no record is chat-shaped or the model exposes no tokenizer. */
  answer?: AnswerPerplexity;
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
  /** `cutoff_len` for the answer-tokens figure; default `maxTokens` (pass the training run's to compare with its validation loss). */
  answerCutoffLen?: number;
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
  const all = group(items);
  const answer = await answerPerplexity(model, records, Math.min(options.answerCutoffLen ?? options.maxTokens, model.maxLength), options.bootstrap);
  return {
    suite: 'perplexity',
    ...all,
    meanNll: Math.log(all.perplexity),
    ci: bootstrapCI(items, corpusPerplexity, options.bootstrap),
    ...taskAndSource(items, group),
    items,
    ...(answer ? { answer } : {}),
  };
}

const group = (g: PerplexityItem[]): PerplexityGroup => ({ n: g.length, tokens: g.reduce((a, i) => a + i.tokens, 0), perplexity: corpusPerplexity(g) });

/**
 * Perplexity on the answer tokens of the instruction and chat records, tokenized by the
 * trainer's own `tokenizeRecords` (prompt tokens labelled -100 and not counted); undefined when
 * there is no such record or the model has no tokenizer.
 *
 * @example
 * (await answerPerplexity(model, records, 160))?.perplexity; // equals exp(trainer validation loss) on the same records
 */
export async function answerPerplexity(
  model: TextModel,
  records: readonly DataRecord[],
  cutoffLen: number,
  bootstrap?: BootstrapOptions,
): Promise<AnswerPerplexity | undefined> {
  const chatShaped = records.filter((r) => r.kind === 'instruction' || r.kind === 'chat');
  if (!model.tokenizer || chatShaped.length === 0) return undefined;
  const { examples, stats } = tokenizeRecords(model.tokenizer, chatShaped, { cutoffLen });
  const byId = new Map(chatShaped.map((r) => [r.id, r]));
  const items: PerplexityItem[] = [];
  for (const e of examples) {
    const lps = await model.scoreIds(e.inputIds);
    let nll = 0;
    let tokens = 0;
    // labels[t] is the target predicted from ids[<t]; -100 marks prompt tokens.
    for (let t = 1; t < e.labels.length; t++) {
      if (e.labels[t] === IGNORE_INDEX) continue;
      nll -= lps[t] ?? 0;
      tokens++;
    }
    const r = byId.get(e.id)!;
    items.push({ id: e.id, task: taskOf(r), source: sourceOf(r), tokens, nll });
  }
  if (items.length === 0) return undefined;
  return {
    ...group(items),
    cutoffLen,
    ci: bootstrapCI(items, corpusPerplexity, bootstrap),
    byTask: taskAndSource(items, group).byTask,
    dropped: stats.dropped,
    items,
  };
}
