/**
 * The few numbers that summarise an evaluation, one row per metric, shared by the comparison
 * report, the CLI summary and the notebooks.
 *
 * @example
 * headlineMetrics(result).map((m) => `${m.suite} ${m.metric}: ${m.value.toFixed(3)}`);
 */
import type { ConfidenceInterval } from './bootstrap.js';
import type { EvalResult, SuiteName } from './evaluate.js';

/** One headline number. */
export interface HeadlineMetric {
  suite: SuiteName;
  metric: string;
  value: number;
  low?: number;
  high?: number;
  n: number;
  /** Perplexity is better when lower; everything else when higher. */
  higherIsBetter: boolean;
}

const row = (suite: SuiteName, metric: string, ci: ConfidenceInterval, higherIsBetter = true): HeadlineMetric => ({
  suite, metric, value: ci.estimate, low: ci.low, high: ci.high, n: ci.n, higherIsBetter,
});

/**
 * Headline metrics of a result, in suite order.
 *
 * @example
 * headlineMetrics(result).find((m) => m.metric.startsWith('perplexity (answer tokens'))?.value;
 */
export function headlineMetrics(result: EvalResult): HeadlineMetric[] {
  const s = result.suites;
  const out: HeadlineMetric[] = [];
  // Two figures on different tokens (./perplexity.ts): the names say which, so neither is
  // mistaken for the trainer's validation perplexity, which is on answer tokens only.
  if (s.perplexity) out.push(row('perplexity', 'perplexity (all tokens)', s.perplexity.ci, false));
  if (s.perplexity?.answer) out.push(row('perplexity', `perplexity (answer tokens, cutoff ${s.perplexity.answer.cutoffLen})`, s.perplexity.answer.ci, false));
  if (s.mcq?.loglik) out.push(row('mcq', 'accuracy (loglik)', s.mcq.loglik.accuracy), row('mcq', 'accuracy (loglik, norm)', s.mcq.loglik.accuracyNorm));
  if (s.mcq?.generate) out.push(row('mcq', 'accuracy (generate)', s.mcq.generate.accuracy));
  for (const [k, v] of [['loglik', s.pubmedqa?.loglik], ['generate', s.pubmedqa?.generate]] as const) {
    if (v) out.push(row('pubmedqa', `accuracy (${k})`, v.accuracy), row('pubmedqa', `macro-F1 (${k})`, v.macroF1));
  }
  if (s.summaries) {
    out.push(row('summaries', 'ROUGE-1', s.summaries.rouge1), row('summaries', 'ROUGE-2', s.summaries.rouge2), row('summaries', 'ROUGE-L', s.summaries.rougeL));
    out.push(row('summaries', 'BLEU', s.summaries.bleu));
  }
  if (s.redteam) {
    out.push(row('redteam', 'pass rate', s.redteam.passRate));
    out.push({ suite: 'redteam', metric: 'refusal rate', value: s.redteam.refusalRate, n: s.redteam.n, higherIsBetter: true });
    out.push({ suite: 'redteam', metric: 'redirect rate', value: s.redteam.redirectRate, n: s.redteam.n, higherIsBetter: true });
  }
  return out;
}
