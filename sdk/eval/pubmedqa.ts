/**
 * PubMedQA-style yes/no/maybe: accuracy, macro-F1 and the confusion matrix, by log-likelihood of
 * " yes" / " no" / " maybe" after the context and question, and/or by generation with
 * `parseYesNoMaybe`.
 *
 * @example
 * const r = await pubmedqaSuite(model, records, { methods: ['loglik'], maxNewTokens: 8 });
 * r.loglik?.report.confusion; // rows gold yes/no/maybe, columns predicted + (invalid)
 */
import type { PubmedqaRecord } from '../data/records.js';
import type { TextModel } from '../model/text-model.js';
import { parseYesNoMaybe, PUBMEDQA_LABELS } from './answer-parse.js';
import type { BootstrapOptions } from './bootstrap.js';
import { sourceOf, taskOf } from './breakdown.js';
import { chooseByLoglik } from './choice.js';
import { groupAccuracies, scoreMethod, type ChoiceMethod, type GroupAccuracy, type LabelledItem, type MethodScores } from './labelled.js';
import { fitPrompt, pubmedqaContext, pubmedqaMessages } from './prompts.js';

/** Options of the PubMedQA suite. */
export interface PubmedqaSuiteOptions {
  methods: ChoiceMethod[];
  maxNewTokens: number;
  bootstrap?: BootstrapOptions;
  onItem?: (done: number, total: number) => void;
}

/** Result of the PubMedQA suite. */
export interface PubmedqaResult {
  suite: 'pubmedqa';
  n: number;
  primary: ChoiceMethod;
  loglik?: MethodScores;
  generate?: MethodScores;
  byTask: Record<string, GroupAccuracy>;
  bySource: Record<string, GroupAccuracy>;
  items: LabelledItem[];
}

/**
 * Run the suite on `pubmedqa` records.
 *
 * @example
 * await pubmedqaSuite(model, records, { methods: ['loglik', 'generate'], maxNewTokens: 8 });
 */
export async function pubmedqaSuite(model: TextModel, records: readonly PubmedqaRecord[], options: PubmedqaSuiteOptions): Promise<PubmedqaResult> {
  if (options.methods.length === 0) throw new Error('pubmedqa: no methods given; expected loglik and/or generate');
  const items: LabelledItem[] = [];
  for (const [k, r] of records.entries()) {
    const { messages, truncated } = fitPrompt(model, pubmedqaMessages(r), options.maxNewTokens);
    const item: LabelledItem = { id: r.id, task: taskOf(r), source: sourceOf(r), gold: r.decision, prompt: model.chatPrompt(messages, { addGenerationPrompt: true }), truncated };
    if (options.methods.includes('loglik')) {
      const c = await chooseByLoglik(model, pubmedqaContext(r), { yes: ' yes', no: ' no', maybe: ' maybe' });
      item.loglik = { sum: c.sum, norm: c.norm };
    }
    if (options.methods.includes('generate')) {
      const { text } = await model.generate(messages, { maxNewTokens: options.maxNewTokens });
      item.generated = { text, pred: parseYesNoMaybe(text) };
    }
    items.push(item);
    options.onItem?.(k + 1, records.length);
  }
  const primary: ChoiceMethod = options.methods.includes('loglik') ? 'loglik' : 'generate';
  const result: PubmedqaResult = { suite: 'pubmedqa', n: items.length, primary, ...groupAccuracies(items, primary), items };
  if (options.methods.includes('loglik')) result.loglik = scoreMethod(items, (i) => i.loglik!.sum, PUBMEDQA_LABELS, options.bootstrap);
  if (options.methods.includes('generate')) result.generate = scoreMethod(items, (i) => i.generated!.pred, PUBMEDQA_LABELS, options.bootstrap);
  return result;
}
