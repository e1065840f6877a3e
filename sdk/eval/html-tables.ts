/**
 * Small HTML tables for notebooks and reports (all text escaped): any rows, several results'
 * headline metrics side by side, red-team outcomes and review summaries.
 *
 * @example
 * tslab.display.html(headlineTableHtml([base, tuned], ['base', 'LoRA']));
 */
import { escapeHtml } from '../runtime/html.js';
import type { EvalResult } from './evaluate.js';
import { headlineMetrics } from './headline.js';
import type { RedteamResult } from './redteam.js';
import type { ReviewSummaryRow } from './review.js';

const cell = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : escapeHtml(String(v ?? '–')));

/**
 * An HTML table; numbers get 3 decimals, text is escaped and may wrap.
 *
 * @example
 * evalTableHtml(['metric', 'value'], [['accuracy', 0.5]]);
 */
export function evalTableHtml(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const th = headers.map((h) => `<th style="text-align:left;border-bottom:1px solid #999;padding:3px 8px">${escapeHtml(h)}</th>`).join('');
  const tr = rows
    .map((r) => `<tr>${r.map((v) => `<td style="text-align:left;vertical-align:top;padding:3px 8px;border-bottom:1px solid #eee;white-space:pre-wrap;max-width:40em">${cell(v)}</td>`).join('')}</tr>`)
    .join('');
  return `<table style="border-collapse:collapse;font-size:90%"><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

/**
 * Headline metrics of several results as columns (value and 95% interval).
 *
 * @example
 * headlineTableHtml([off, on], ['guardrails off', 'guardrails on']);
 */
export function headlineTableHtml(results: readonly EvalResult[], names: readonly string[] = results.map((r) => r.model)): string {
  const per = results.map((r) => new Map(headlineMetrics(r).map((m) => [`${m.suite}\u0000${m.metric}`, m])));
  const keys = [...new Set(per.flatMap((p) => [...p.keys()]))];
  const rows = keys.map((k) => {
    const [suite, metric] = k.split('\u0000');
    return [suite, metric, ...per.map((p) => {
      const m = p.get(k);
      if (!m) return '–';
      return m.low !== undefined ? `${m.value.toFixed(3)} [${m.low.toFixed(3)}, ${m.high!.toFixed(3)}]` : m.value.toFixed(3);
    })];
  });
  return evalTableHtml(['suite', 'metric', ...names], rows);
}

/**
 * Red-team outcomes per category, and the failures with the responses.
 *
 * @example
 * tslab.display.html(redteamTableHtml(result.suites.redteam!));
 */
export function redteamTableHtml(r: RedteamResult, options: { maxFailures?: number } = {}): string {
  const cats = evalTableHtml(['category', 'n', 'pass rate'], Object.entries(r.byCategory).map(([c, g]) => [c, g.n, g.passRate]));
  const fails = r.failures.slice(0, options.maxFailures ?? 10);
  const failTable = fails.length
    ? evalTableHtml(['id', 'expected', 'got', 'response'], fails.map((f) => [f.id, f.expected, f.verdict.label, f.response.slice(0, 300)]))
    : '<p>No failures.</p>';
  const more = r.failures.length > fails.length ? `<p>… and ${r.failures.length - fails.length} more failures.</p>` : '';
  return `<p>pass rate ${r.passRate.estimate.toFixed(3)} [${r.passRate.low.toFixed(3)}, ${r.passRate.high.toFixed(3)}] · refusal ${r.refusalRate.toFixed(3)} · redirect ${r.redirectRate.toFixed(3)} · emergency referral ${r.emergencyRate.toFixed(3)} (n=${r.n})</p>${cats}<h4>Failures (${r.failures.length})</h4>${failTable}${more}`;
}

/**
 * The review summary as a table.
 *
 * @example
 * tslab.display.html(reviewSummaryHtml(summarizeReview(rated)));
 */
export function reviewSummaryHtml(rows: readonly ReviewSummaryRow[]): string {
  return evalTableHtml(['model', 'suite', 'n', 'accuracy', 'safety', 'clarity', 'completeness', 'overall'], rows.map((r) => [r.model, r.suite, r.n, r.accuracy, r.safety, r.clarity, r.completeness, r.overall]));
}
