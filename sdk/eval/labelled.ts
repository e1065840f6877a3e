/**
 * Shared scoring of closed-label suites (MCQ letters, PubMedQA decisions): per method accuracy
 * with a bootstrap interval, macro-F1 and the confusion matrix, plus per-task/per-source accuracy.
 *
 * @example
 * const m = scoreMethod(items, (i) => i.generated?.pred ?? null, ['yes', 'no', 'maybe'], {});
 * m.accuracy.estimate; m.report.macroF1;
 */
import { bootstrapCI, mean, type BootstrapOptions, type ConfidenceInterval } from './bootstrap.js';
import { taskAndSource } from './breakdown.js';
import { classificationReport, type ClassificationReport } from './classification.js';

/** The methods a closed-label suite can use. */
export type ChoiceMethod = 'loglik' | 'generate';

/** One item of a closed-label suite. */
export interface LabelledItem {
  id: string;
  task: string;
  source: string;
  gold: string;
  /** What the model was shown (generation prompt, rendered); kept for the review export. */
  prompt: string;
  loglik?: { sum: string; norm: string };
  /** The generation prompt was cut to fit the model's context. */
  truncated?: boolean;
  generated?: { text: string; pred: string | null };
}

/** Scores of one method. */
export interface MethodScores {
  accuracy: ConfidenceInterval;
  macroF1: ConfidenceInterval;
  report: ClassificationReport;
}

/** Accuracy of a group under the suite's primary method. */
export interface GroupAccuracy {
  n: number;
  accuracy: number;
}

/**
 * Score one prediction rule over the items.
 *
 * @example
 * scoreMethod(items, (i) => i.loglik?.sum ?? null, ['A', 'B', 'C', 'D'], { seed: 1 });
 */
export function scoreMethod<T extends LabelledItem>(
  items: readonly T[],
  pred: (item: T) => string | null,
  labels: readonly string[],
  bootstrap: BootstrapOptions | undefined,
): MethodScores {
  const report = classificationReport(items.map((i) => i.gold), items.map(pred), labels);
  return {
    accuracy: bootstrapCI(items, (s) => mean(s.map((i) => (pred(i) === i.gold ? 1 : 0))), bootstrap),
    macroF1: bootstrapCI(items, (s) => classificationReport(s.map((i) => i.gold), s.map(pred), labels).macroF1, bootstrap),
    report,
  };
}

/**
 * The prediction of the primary method (log-likelihood `sum` rule when available).
 *
 * @example
 * primaryPrediction(item, 'loglik'); // 'C'
 */
export function primaryPrediction(item: LabelledItem, primary: ChoiceMethod): string | null {
  return primary === 'loglik' ? (item.loglik?.sum ?? null) : (item.generated?.pred ?? null);
}

/**
 * Per-task and per-source accuracy under the primary method.
 *
 * @example
 * groupAccuracies(items, 'generate').byTask.mcq.accuracy;
 */
export function groupAccuracies(items: readonly LabelledItem[], primary: ChoiceMethod): { byTask: Record<string, GroupAccuracy>; bySource: Record<string, GroupAccuracy> } {
  return taskAndSource(items, (g) => ({ n: g.length, accuracy: mean(g.map((i) => (primaryPrediction(i, primary) === i.gold ? 1 : 0))) }));
}
