/**
 * Precision, recall, F1 and confusion matrices for label-prediction tasks (PubMedQA yes/no/maybe,
 * MCQ letters, any instruction task with a closed label set).
 *
 * Conventions (those of scikit-learn's `classification_report` with `zero_division=0`):
 * precision of a class never predicted is 0, recall of a class with no gold items is 0, macro
 * averages are unweighted means over the label set given. A prediction that could not be parsed
 * (`null`) or is outside the label set is always wrong and lands in the confusion matrix's last
 * column, `INVALID_LABEL`, so unparseable outputs are visible rather than dropped.
 *
 * @example
 * const r = classificationReport(['yes', 'no'], ['yes', null], ['yes', 'no', 'maybe']);
 * r.accuracy; // 0.5
 */

/** Column name for predictions outside the label set (or unparseable). @example report.confusion[g][report.labels.length]; // count in INVALID_LABEL */
export const INVALID_LABEL = '(invalid)';

/** Per-class scores. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items of this class. */
  support: number;
}

/** Everything a classification evaluation reports. */
export interface ClassificationReport {
  labels: string[];
  /** `confusion[g][p]`: gold label `labels[g]`, predicted `labels[p]`; column `labels.length` = INVALID_LABEL. */
  confusion: number[][];
  perClass: Record<string, ClassScores>;
  accuracy: number;
  macroPrecision: number;
  macroRecall: number;
  macroF1: number;
  /** Items whose prediction was null or outside the label set. */
  invalid: number;
  n: number;
}

/**
 * F1 from precision and recall; 0 when both are 0.
 *
 * @example
 * f1Score(1, 0.5); // 0.666...
 */
export function f1Score(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * Score predictions against gold labels.
 *
 * @example
 * classificationReport(['A', 'B', 'B'], ['A', 'B', 'A']).macroF1; // 0.666...
 */
export function classificationReport(
  gold: readonly string[],
  pred: readonly (string | null)[],
  labels?: readonly string[],
): ClassificationReport {
  if (gold.length !== pred.length) {
    throw new Error(`classificationReport: ${gold.length} gold labels but ${pred.length} predictions; expected equal lengths`);
  }
  const labelSet = labels ? [...labels] : [...new Set(gold)].sort();
  const index = new Map(labelSet.map((l, i) => [l, i]));
  for (const g of gold) {
    if (!index.has(g)) throw new Error(`classificationReport: gold label '${g}' is not in the label set [${labelSet.join(', ')}]`);
  }
  const k = labelSet.length;
  const confusion = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  let correct = 0;
  let invalid = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = index.get(gold[i])!;
    const p = pred[i] === null ? undefined : index.get(pred[i] as string);
    if (p === undefined) invalid++;
    confusion[g][p ?? k]++;
    if (p === g) correct++;
  }
  const perClass: Record<string, ClassScores> = {};
  for (let c = 0; c < k; c++) {
    const tp = confusion[c][c];
    const support = confusion[c].reduce((a, b) => a + b, 0);
    let predicted = 0;
    for (let g = 0; g < k; g++) predicted += confusion[g][c];
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    perClass[labelSet[c]] = { precision, recall, f1: f1Score(precision, recall), support };
  }
  const avg = (f: (s: ClassScores) => number) => (k ? labelSet.reduce((a, l) => a + f(perClass[l]), 0) / k : Number.NaN);
  return {
    labels: labelSet,
    confusion,
    perClass,
    accuracy: gold.length ? correct / gold.length : Number.NaN,
    macroPrecision: avg((s) => s.precision),
    macroRecall: avg((s) => s.recall),
    macroF1: avg((s) => s.f1),
    invalid,
    n: gold.length,
  };
}
