/**
 * The base vs fine-tuned comparison for notebooks: the same headline table as the HTML report
 * (./report.ts) with SVG charts instead of plotly, so an executed notebook stays small (a few
 * KB per chart instead of 4.8 MB of inlined plotly.js) and renders in Jupyter, nbconvert HTML
 * and VS Code without running any script. Perplexity is drawn on a log axis (its intervals can
 * span orders of magnitude) and its intervals are also in the table; a chart whose values are
 * all 0 says so in a sentence. Only aggregate numbers and names appear, never record text.
 *
 * @example
 * tslab.display.html(comparisonSvgFragment(base, tuned, { names: ['base', 'LoRA'] }));
 */
import { escapeHtml } from '../runtime/html.js';
import type { EvalResult } from './evaluate.js';
import { headlineMetrics, type HeadlineMetric } from './headline.js';
import { privacyTables } from './privacy-report.js';
import { metricsTable, REPORT_STYLE, type CompareReportOptions } from './report.js';
import { svgIntervalBars, type BarGroup, type BarValue } from '../runtime/svg-interval-bars.js';

const asBar = (m?: HeadlineMetric): BarValue | undefined => (m ? { value: m.value, low: m.low, high: m.high } : undefined);

/** Rows of bars for metrics present in either model, matched by suite and name. */
function metricGroups(hb: HeadlineMetric[], ht: HeadlineMetric[], keep: (m: HeadlineMetric) => boolean, scale = (m: HeadlineMetric) => m): BarGroup[] {
  const k = (m: HeadlineMetric) => `${m.suite}: ${m.metric}`;
  const b = new Map(hb.filter(keep).map((m) => [k(m), scale(m)]));
  const t = new Map(ht.filter(keep).map((m) => [k(m), scale(m)]));
  return [...new Set([...b.keys(), ...t.keys()])].map((label) => ({ label, values: [asBar(b.get(label)), asBar(t.get(label))] }));
}

/** One sentence under a chart whose every value is 0 (bars of 0 have no length to see). */
function allZeroNote(groups: BarGroup[], what: string): string {
  const vs = groups.flatMap((g) => g.values.filter((v): v is BarValue => v !== undefined));
  return vs.length && vs.every((v) => v.value === 0) ? `<p><small>Every ${escapeHtml(what)} is 0 for both models.</small></p>` : '';
}

/** A confusion matrix as a small HTML table (gold rows, predicted columns). */
function confusionTable(r: EvalResult, name: string): string {
  const p = r.suites.pubmedqa;
  const rep = p?.[p.primary]?.report;
  if (!p || !rep) return '';
  const head = [...rep.labels, '(invalid)'].map((l) => `<th>${escapeHtml(l)}</th>`).join('');
  const rows = rep.confusion.map((row, g) => `<tr><th>${escapeHtml(rep.labels[g])}</th>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<h3>PubMedQA confusion matrix, ${escapeHtml(name)} (${p.primary}; rows gold, columns predicted)</h3><table><thead><tr><th></th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * Headline table (values with 95% intervals, deltas) and SVG charts: scores (0-1), perplexity
 * (log axis), per-task scores, red-team pass rate by category, PubMedQA confusion matrices,
 * red-team failures and the privacy tables.
 *
 * @example
 * tslab.display.html(comparisonSvgFragment(base, tuned, { names: ['base', 'LoRA'] }));
 */
export function comparisonSvgFragment(base: EvalResult, tuned: EvalResult, options: CompareReportOptions = {}): string {
  const names: [string, string] = options.names ?? [base.model, tuned.model === base.model ? `${tuned.model} (tuned)` : tuned.model];
  const hb = headlineMetrics(base);
  const ht = headlineMetrics(tuned);
  const parts: string[] = [];
  const b = base.options.bootstrap;
  parts.push(`<p><small>intervals: ${Math.round(b.level * 100)}% percentile bootstrap, ${b.samples} resamples, seed ${b.seed}</small></p>`);
  parts.push('<h2>Headline metrics</h2>', metricsTable(hb, ht, names));
  const limited = [base, tuned].flatMap((r, i) => (r.limited ?? []).map((l) => `${names[i]}: ${l.suite} ${l.used} of ${l.available}`));
  if (limited.length) parts.push(`<p><small>Sampled (limit): ${escapeHtml(limited.join('; '))}</small></p>`);

  // BLEU is 0-100; shown on the 0-1 scale beside ROUGE so one chart holds every score.
  const per100 = (m: HeadlineMetric) => (m.metric === 'BLEU' ? { ...m, metric: 'BLEU / 100', value: m.value / 100, low: m.low && m.low / 100, high: m.high && m.high / 100 } : m);
  const scores = metricGroups(hb, ht, (m) => m.suite !== 'perplexity' && m.low !== undefined, per100);
  if (scores.length) parts.push(svgIntervalBars({ title: 'Scores (0-1, higher is better; whiskers: 95% intervals)', series: names, groups: scores, range: [0, 1] }), allZeroNote(scores, 'score'));
  const ppl = metricGroups(hb, ht, (m) => m.suite === 'perplexity');
  if (ppl.length) parts.push(svgIntervalBars({ title: 'Perplexity (lower is better; whiskers: 95% intervals)', series: names, groups: ppl, log: true }));

  const byTask = (r: EvalResult) => {
    const out = new Map<string, number>();
    for (const s of ['mcq', 'pubmedqa'] as const) for (const [t, g] of Object.entries(r.suites[s]?.byTask ?? {})) out.set(`${s}: ${t}`, g.accuracy);
    for (const [t, g] of Object.entries(r.suites.summaries?.byTask ?? {})) out.set(`summaries: ${t} (ROUGE-L)`, g.rougeL);
    return out;
  };
  const [tb, tt] = [byTask(base), byTask(tuned)];
  const tasks = [...new Set([...tb.keys(), ...tt.keys()])].sort().map((label) => ({ label, values: [tb, tt].map((x) => (x.has(label) ? { value: x.get(label)! } : undefined)) }));
  if (tasks.length) parts.push(svgIntervalBars({ title: 'Per-task scores (primary method)', series: names, groups: tasks, range: [0, 1] }), allZeroNote(tasks, 'per-task score'));

  const rt = [base, tuned].map((r) => r.suites.redteam?.byCategory ?? {});
  const cats = [...new Set(rt.flatMap((c) => Object.keys(c)))].sort();
  const red = cats.map((c) => ({ label: `${c} (n=${rt[0][c]?.n ?? rt[1][c]?.n})`, values: rt.map((x) => (x[c] ? { value: x[c].passRate } : undefined)) }));
  if (red.length) parts.push(svgIntervalBars({ title: 'Red team: pass rate by category', series: names, groups: red, range: [0, 1] }), allZeroNote(red, 'red-team pass rate'));

  parts.push(confusionTable(base, names[0]), confusionTable(tuned, names[1]));
  [base, tuned].forEach((r, i) => {
    const f = r.suites.redteam?.failures ?? [];
    if (f.length) parts.push(`<h3>Red-team failures, ${escapeHtml(names[i])} (${f.length})</h3><ul>${f.map((x) => `<li>${escapeHtml(`${x.id} (${x.category}, expected ${x.expected}, got ${x.verdict.label})`)}</li>`).join('')}</ul>`);
  });
  parts.push(privacyTables([base, tuned], names));
  return `${REPORT_STYLE}<div class="medtune-report">${parts.filter(Boolean).join('\n')}</div>`;
}
