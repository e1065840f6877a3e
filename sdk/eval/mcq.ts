/**
 * MedQA-style multiple-choice accuracy, by option log-likelihood (./choice.ts: `sum` and
 * length-normalised `norm` rules; log p(" " + option text | question and options + "Answer:"))
 * and/or by generation with answer-letter parsing (./answer-parse.ts).
 *
 * @example
 * const r = await mcqSuite(model, records, { methods: ['loglik', 'generate'], maxNewTokens: 8 });
 * r.loglik?.accuracy.estimate; r.generate?.report.invalid;
 */
import type { McqRecord } from '../data/records.js';
import type { TextModel } from '../model/text-model.js';
import { parseAnswerLetter } from './answer-parse.js';
import { bootstrapCI, mean, type BootstrapOptions, type ConfidenceInterval } from './bootstrap.js';
import { sourceOf, taskOf } from './breakdown.js';
import { chooseByLoglik } from './choice.js';
import { groupAccuracies, scoreMethod, type ChoiceMethod, type GroupAccuracy, type LabelledItem, type MethodScores } from './labelled.js';
import { fitPrompt, mcqContext, mcqMessages, mcqOptions } from './prompts.js';

/** Options of the MCQ suite. */
export interface McqSuiteOptions {
  methods: ChoiceMethod[];
  maxNewTokens: number;
  bootstrap?: BootstrapOptions;
  onItem?: (done: number, total: number) => void;
}

/** Result of the MCQ suite. */
export interface McqResult {
  suite: 'mcq';
  n: number;
  /** The method behind `byTask`/`bySource` and the report headline. */
  primary: ChoiceMethod;
  loglik?: MethodScores & { accuracyNorm: ConfidenceInterval };
  generate?: MethodScores;
  byTask: Record<string, GroupAccuracy>;
  bySource: Record<string, GroupAccuracy>;
  items: LabelledItem[];
}

/**
 * Run the suite on `mcq` records.
 *
 * @example
 * await mcqSuite(model, mcqRecords, { methods: ['loglik'], maxNewTokens: 8 });
 */
export async function mcqSuite(model: TextModel, records: readonly McqRecord[], options: McqSuiteOptions): Promise<McqResult> {
  if (options.methods.length === 0) throw new Error('mcq: no methods given; expected loglik and/or generate');
  const items: LabelledItem[] = [];
  for (const [k, r] of records.entries()) {
    const opts = mcqOptions(r);
    const { messages, truncated } = fitPrompt(model, mcqMessages(r), options.maxNewTokens);
    const item: LabelledItem = { id: r.id, task: taskOf(r), source: sourceOf(r), gold: r.answer, prompt: model.chatPrompt(messages, { addGenerationPrompt: true }), truncated };
    if (options.methods.includes('loglik')) {
      const c = await chooseByLoglik(model, mcqContext(r), Object.fromEntries(opts.map(([l, t]) => [l, ` ${t}`])));
      item.loglik = { sum: c.sum, norm: c.norm };
    }
    if (options.methods.includes('generate')) {
      const { text } = await model.generate(messages, { maxNewTokens: options.maxNewTokens });
      item.generated = { text, pred: parseAnswerLetter(text, Object.fromEntries(opts), opts.map(([l]) => l)) };
    }
    items.push(item);
    options.onItem?.(k + 1, records.length);
  }
  const labels = [...new Set(records.flatMap((r) => mcqOptions(r).map(([l]) => l)))].sort();
  const primary: ChoiceMethod = options.methods.includes('loglik') ? 'loglik' : 'generate';
  const result: McqResult = { suite: 'mcq', n: items.length, primary, ...groupAccuracies(items, primary), items };
  if (options.methods.includes('loglik')) {
    result.loglik = {
      ...scoreMethod(items, (i) => i.loglik!.sum, labels, options.bootstrap),
      accuracyNorm: bootstrapCI(items, (s) => mean(s.map((i) => (i.loglik!.norm === i.gold ? 1 : 0))), options.bootstrap),
    };
  }
  if (options.methods.includes('generate')) result.generate = scoreMethod(items, (i) => i.generated!.pred, labels, options.bootstrap);
  return result;
}
