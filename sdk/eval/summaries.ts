/**
 * Summary quality: generate from each instruction record whose task matches (default: tasks
 * containing "summar"), compare with the reference output by ROUGE-1/2/L F-measure (mean over
 * items) and corpus BLEU (sacrebleu semantics), with bootstrap intervals. An input too long for
 * the model's context is cut from its end (`fitPrompt`) and counted in `truncated`.
 *
 * @example
 * const r = await summariesSuite(model, records, { maxNewTokens: 64, stem: true });
 * r.rougeL.estimate; r.bleu.estimate;
 */
import type { InstructionRecord } from '../data/records.js';
import type { TextModel } from '../model/text-model.js';
import { corpusBleu } from './bleu.js';
import { bootstrapCI, mean, type BootstrapOptions, type ConfidenceInterval } from './bootstrap.js';
import { sourceOf, taskAndSource, taskOf } from './breakdown.js';
import { fitPrompt, instructionMessages } from './prompts.js';
import { rouge, type RougeScores } from './rouge.js';

/** One generated summary with its scores. */
export interface SummaryItem {
  id: string;
  task: string;
  source: string;
  prompt: string;
  reference: string;
  output: string;
  rouge: RougeScores;
  /** The input was cut to fit the model's context. */
  truncated: boolean;
}

/** Means of a group of items. */
export interface SummaryGroup {
  n: number;
  rouge1: number;
  rouge2: number;
  rougeL: number;
  bleu: number;
}

/** Result of the summaries suite. */
export interface SummariesResult {
  suite: 'summaries';
  n: number;
  rouge1: ConfidenceInterval;
  rouge2: ConfidenceInterval;
  rougeL: ConfidenceInterval;
  /** Corpus BLEU, 0-100. */
  bleu: ConfidenceInterval;
  /** Items whose input was cut to fit the context. */
  truncated: number;
  byTask: Record<string, SummaryGroup>;
  bySource: Record<string, SummaryGroup>;
  items: SummaryItem[];
}

/** Options of the summaries suite. */
export interface SummariesSuiteOptions {
  maxNewTokens: number;
  /** Porter-stem before ROUGE (rouge-score `use_stemmer`). */
  stem: boolean;
  bootstrap?: BootstrapOptions;
  onItem?: (done: number, total: number) => void;
}

const bleuOf = (g: readonly SummaryItem[]) => corpusBleu(g.map((i) => i.output), [g.map((i) => i.reference)]).score;

/**
 * Run the suite on instruction records (already filtered to summary tasks by the caller).
 *
 * @example
 * await summariesSuite(model, summaryRecords, { maxNewTokens: 64, stem: true });
 */
export async function summariesSuite(model: TextModel, records: readonly InstructionRecord[], options: SummariesSuiteOptions): Promise<SummariesResult> {
  const items: SummaryItem[] = [];
  for (const [k, r] of records.entries()) {
    const { messages, truncated } = fitPrompt(model, instructionMessages(r), options.maxNewTokens);
    const { text } = await model.generate(messages, { maxNewTokens: options.maxNewTokens });
    items.push({
      id: r.id, task: taskOf(r), source: sourceOf(r), prompt: model.chatPrompt(messages, { addGenerationPrompt: true }),
      reference: r.output, output: text, rouge: rouge(r.output, text, { stem: options.stem }), truncated,
    });
    options.onItem?.(k + 1, records.length);
  }
  const m = (k: keyof RougeScores) => (g: SummaryItem[]) => mean(g.map((i) => i.rouge[k].fmeasure));
  const group = (g: SummaryItem[]): SummaryGroup => ({ n: g.length, rouge1: m('rouge1')(g), rouge2: m('rouge2')(g), rougeL: m('rougeL')(g), bleu: bleuOf(g) });
  return {
    suite: 'summaries',
    n: items.length,
    rouge1: bootstrapCI(items, m('rouge1'), options.bootstrap),
    rouge2: bootstrapCI(items, m('rouge2'), options.bootstrap),
    rougeL: bootstrapCI(items, m('rougeL'), options.bootstrap),
    bleu: bootstrapCI(items, bleuOf, options.bootstrap),
    truncated: items.filter((i) => i.truncated).length,
    ...taskAndSource(items, group),
    items,
  };
}
