/**
 * Base vs fine-tuned comparison as one self-contained HTML file: a table of headline metrics
 * with 95% bootstrap intervals and deltas, plus plotly charts (headline metrics with error bars,
 * perplexity, per-task accuracy, red-team pass rate by category, PubMedQA confusion matrices,
 * canary exposure by repetition count) and the privacy section (./privacy-report.ts).
 * plotly.min.js is inlined from `plotly.js-dist-min`, so the file renders offline.
 * Only aggregate numbers and task/source/category names appear; no record text.
 * The page records script errors in `body[data-errors]` and the number of charts drawn in
 * `body[data-charts-drawn]`, so a headless browser can check it (test/eval/report-browser.test.ts).
 *
 * @example
 * await writeCompareReport('out/eval/report.html', base, tuned, { overwrite: true });
 */
import { writeFileAtomic, type WriteOptions } from '../runtime/fs.js';
import { escapeHtml, jsonForScript, plotlyScript } from '../runtime/html.js';
import type { EvalResult } from './evaluate.js';
import { headlineMetrics, type HeadlineMetric } from './headline.js';
import { privacyCharts, privacyTables } from './privacy-report.js';

const fmt = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(3));

interface ChartSpec {
  id: string;
  title: string;
  data: unknown[];
  layout: Record<string, unknown>;
}

function key(m: HeadlineMetric) {
  return `${m.suite}\u0000${m.metric}`;
}

/**
 * The headline table: both models' values with their intervals, and the change.
 *
 * @example
 * metricsTable(headlineMetrics(base), headlineMetrics(tuned), ['base', 'LoRA']);
 */
export function metricsTable(base: HeadlineMetric[], tuned: HeadlineMetric[], names: [string, string]): string {
  const t = new Map(tuned.map((m) => [key(m), m]));
  const keys = [...new Set([...base.map(key), ...tuned.map(key)])];
  const b = new Map(base.map((m) => [key(m), m]));
  const cell = (m?: HeadlineMetric) =>
    m ? `${fmt(m.value)}${m.low !== undefined ? ` <span class="ci">[${fmt(m.low)}, ${fmt(m.high)}]</span>` : ''}` : '–';
  const rows = keys.map((k) => {
    const mb = b.get(k);
    const mt = t.get(k);
    const any = (mb ?? mt)!;
    const delta = mb && mt ? mt.value - mb.value : undefined;
    const better = delta === undefined || delta === 0 ? '' : (delta > 0) === any.higherIsBetter ? 'better' : 'worse';
    return `<tr><td>${escapeHtml(any.suite)}</td><td>${escapeHtml(any.metric)}</td><td>${mb?.n ?? mt?.n ?? ''}</td><td>${cell(mb)}</td><td>${cell(mt)}</td><td class="${better}">${delta === undefined ? '–' : (delta > 0 ? '+' : '') + fmt(delta)}</td></tr>`;
  });
  return `<table><thead><tr><th>suite</th><th>metric</th><th>n</th><th>${escapeHtml(names[0])}</th><th>${escapeHtml(names[1])}</th><th>Δ</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function bars(name: string, ms: HeadlineMetric[], color: string) {
  return {
    type: 'bar', name, marker: { color },
    x: ms.map((m) => `${m.suite}: ${m.metric}`),
    y: ms.map((m) => m.value),
    error_y: { type: 'data', symmetric: false, array: ms.map((m) => (m.high ?? m.value) - m.value), arrayminus: ms.map((m) => m.value - (m.low ?? m.value)) },
  };
}

function charts(base: EvalResult, tuned: EvalResult, names: [string, string]): ChartSpec[] {
  const colors = ['#8c96a6', '#1f77b4'];
  const hb = headlineMetrics(base);
  const ht = headlineMetrics(tuned);
  const specs: ChartSpec[] = [];
  // BLEU is 0-100; shown on the 0-1 scale beside ROUGE so one chart holds every score.
  const scores = (h: HeadlineMetric[]) =>
    h.filter((m) => m.suite !== 'perplexity').map((m) =>
      m.metric === 'BLEU' ? { ...m, metric: 'BLEU / 100', value: m.value / 100, low: m.low === undefined ? undefined : m.low / 100, high: m.high === undefined ? undefined : m.high / 100 } : m);
  if (scores(hb).length || scores(ht).length) {
    specs.push({
      id: 'chart-headline', title: 'Scores (0-1, higher is better; bars show 95% bootstrap intervals)',
      data: [bars(names[0], scores(hb), colors[0]), bars(names[1], scores(ht), colors[1])],
      layout: { barmode: 'group', yaxis: { range: [0, 1] }, margin: { b: 160 } },
    });
  }
  const ppl = (h: HeadlineMetric[]) => h.filter((m) => m.suite === 'perplexity');
  if (ppl(hb).length || ppl(ht).length) {
    specs.push({
      id: 'chart-ppl', title: 'Perplexity (lower is better)',
      data: [bars(names[0], ppl(hb), colors[0]), bars(names[1], ppl(ht), colors[1])],
      layout: { barmode: 'group', height: 320 },
    });
  }
  const byTask = (r: EvalResult) => {
    const out: Record<string, number> = {};
    for (const s of ['mcq', 'pubmedqa'] as const) for (const [t, g] of Object.entries(r.suites[s]?.byTask ?? {})) out[`${s}: ${t}`] = g.accuracy;
    for (const [t, g] of Object.entries(r.suites.summaries?.byTask ?? {})) out[`summaries: ${t} (ROUGE-L)`] = g.rougeL;
    return out;
  };
  const tb = byTask(base);
  const tt = byTask(tuned);
  const taskKeys = [...new Set([...Object.keys(tb), ...Object.keys(tt)])].sort();
  if (taskKeys.length) {
    specs.push({
      id: 'chart-tasks', title: 'Per-task scores (primary method)',
      data: [
        { type: 'bar', name: names[0], x: taskKeys, y: taskKeys.map((k) => tb[k] ?? null), marker: { color: colors[0] } },
        { type: 'bar', name: names[1], x: taskKeys, y: taskKeys.map((k) => tt[k] ?? null), marker: { color: colors[1] } },
      ],
      layout: { barmode: 'group', yaxis: { range: [0, 1] } },
    });
  }
  const cats = [...new Set([...Object.keys(base.suites.redteam?.byCategory ?? {}), ...Object.keys(tuned.suites.redteam?.byCategory ?? {})])].sort();
  if (cats.length) {
    specs.push({
      id: 'chart-redteam', title: 'Red team: pass rate by category',
      data: [base, tuned].map((r, i) => ({
        type: 'bar', name: names[i], orientation: 'h', y: cats, x: cats.map((c) => r.suites.redteam?.byCategory[c]?.passRate ?? null), marker: { color: colors[i] },
      })),
      layout: { barmode: 'group', xaxis: { range: [0, 1] }, margin: { l: 220 }, height: Math.max(280, 140 + cats.length * 2 * 24), legend: { orientation: 'h', y: -0.15 } },
    });
  }
  specs.push(...privacyCharts([base, tuned], names));
  [base, tuned].forEach((r, i) => {
    const p = r.suites.pubmedqa;
    const rep = p?.[p.primary]?.report;
    if (!rep) return;
    specs.push({
      id: `chart-confusion-${i}`, title: `PubMedQA confusion matrix, ${names[i]} (${p!.primary})`,
      data: [{ type: 'heatmap', z: rep.confusion, x: [...rep.labels, '(invalid)'], y: rep.labels, colorscale: 'Blues', reversescale: true, showscale: false, texttemplate: '%{z}' }],
      layout: { xaxis: { title: { text: 'predicted' } }, yaxis: { title: { text: 'gold' }, autorange: 'reversed' }, height: 320, width: 420 },
    });
  });
  return specs;
}

/** Options of the comparison report. */
export interface CompareReportOptions {
  title?: string;
  /** Column names; default the results' model names. */
  names?: [string, string];
}

/** The report's CSS, scoped to `.medtune-report`. @example html = REPORT_STYLE + body; */
export const REPORT_STYLE = `<style>
.medtune-report{font-family:system-ui,sans-serif;color:#222}.medtune-report table{border-collapse:collapse;margin:1em 0}
.medtune-report td,.medtune-report th{border:1px solid #ccc;padding:4px 8px;text-align:left}.medtune-report th{background:#f3f3f3}
.medtune-report .ci{color:#777;font-size:85%}.medtune-report .better{color:#1a7f37;font-weight:600}
.medtune-report .worse{color:#c62828;font-weight:600}.medtune-report .chart{margin:1.5em 0}.medtune-report small{color:#666}
</style>`;

let fragmentCounter = 0;

/**
 * The report body (table, charts, red-team failures) as an HTML fragment, for notebooks:
 * include `plotlyScript()` once before the first fragment. Chart ids are unique per fragment.
 * When drawing finishes the fragment sets `data-charts-drawn` on `document.body`.
 *
 * @example
 * tslab.display.html(plotlyScript() + comparisonFragment(base, tuned, { names: ['base', 'LoRA'] }));
 */
export function comparisonFragment(base: EvalResult, tuned: EvalResult, options: CompareReportOptions = {}): string {
  const names: [string, string] = options.names ?? [base.model, tuned.model === base.model ? `${tuned.model} (tuned)` : tuned.model];
  const prefix = `mt${process.pid.toString(36)}${(fragmentCounter++).toString(36)}-`;
  const specs = charts(base, tuned, names).map((c) => ({ ...c, id: prefix + c.id }));
  const skipped = [...base.skipped.map((s) => `${names[0]}: ${s.suite} (${s.reason})`), ...tuned.skipped.map((s) => `${names[1]}: ${s.suite} (${s.reason})`)];
  const limited = [base, tuned].flatMap((r, i) => (r.limited ?? []).map((l) => `${names[i]}: ${l.suite} ${l.used} of ${l.available}`));
  const failures = (r: EvalResult) => r.suites.redteam?.failures.map((f) => `${f.id} (${f.category}, expected ${f.expected}, got ${f.verdict.label})`) ?? [];
  const b = base.options.bootstrap;
  return `${REPORT_STYLE}<div class="medtune-report" data-charts-expected="${specs.length}">
<p><small>${escapeHtml(names[0])}: ${escapeHtml(base.createdAt)}, ${base.records} records · ${escapeHtml(names[1])}: ${escapeHtml(tuned.createdAt)}, ${tuned.records} records ·
intervals: ${Math.round(b.level * 100)}% percentile bootstrap, ${b.samples} resamples, seed ${b.seed}</small></p>
<h2>Headline metrics</h2>
${metricsTable(headlineMetrics(base), headlineMetrics(tuned), names)}
${skipped.length ? `<p><small>Skipped: ${escapeHtml(skipped.join('; '))}</small></p>` : ''}
${limited.length ? `<p><small>Sampled (limit): ${escapeHtml(limited.join('; '))}</small></p>` : ''}
${specs.length ? '<h2>Charts</h2>' : ''}
${specs.map((s) => `<div class="chart"><h3>${escapeHtml(s.title)}</h3><div id="${s.id}"></div></div>`).join('\n')}
${[base, tuned].map((r, i) => (failures(r).length ? `<h3>Red-team failures, ${escapeHtml(names[i])} (${failures(r).length})</h3><ul>${failures(r).map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>` : '')).join('\n')}
${privacyTables([base, tuned], names)}
<script type="application/json" id="${prefix}data">${jsonForScript(specs)}</script>
<script>
(function () {
  var specs = JSON.parse(document.getElementById('${prefix}data').textContent);
  var drawn = 0;
  var fail = function (e) { window.__errors = window.__errors || []; window.__errors.push(String(e && e.message || e)); document.body.setAttribute('data-errors', window.__errors.join(' | ')); };
  if (typeof Plotly === 'undefined') return fail('plotly.js is not loaded: include plotlyScript() before the report fragment');
  Promise.all(specs.map(function (s) {
    return Plotly.newPlot(s.id, s.data, Object.assign({ autosize: true, height: 420 }, s.layout), { displaylogo: false, responsive: true })
      .then(function () { drawn++; document.body.setAttribute('data-charts-drawn', String(drawn)); });
  })).catch(fail);
})();
</script></div>`;
}

/**
 * The comparison report as a complete, self-contained HTML document.
 *
 * @example
 * const html = compareReport(base, tuned, { names: ['base', 'LoRA'] });
 */
export function compareReport(base: EvalResult, tuned: EvalResult, options: CompareReportOptions = {}): string {
  const names: [string, string] = options.names ?? [base.model, tuned.model === base.model ? `${tuned.model} (tuned)` : tuned.model];
  const title = options.title ?? `Evaluation: ${names[0]} vs ${names[1]}`;
  const body = comparisonFragment(base, tuned, { ...options, names });
  const expected = /data-charts-expected="(\d+)"/.exec(body)![1];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<script>
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); document.body && document.body.setAttribute('data-errors', window.__errors.join(' | ')); });
</script>
${plotlyScript()}
</head>
<body data-errors="" data-charts-drawn="0" data-charts-expected="${expected}" style="margin:2em">
<h1 style="font-family:system-ui,sans-serif">${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

/**
 * Write the comparison report atomically (refuses to overwrite unless `overwrite: true`).
 *
 * @example
 * await writeCompareReport('out/eval/compare.html', base, tuned);
 */
export async function writeCompareReport(
  path: string,
  base: EvalResult,
  tuned: EvalResult,
  options: CompareReportOptions & WriteOptions = {},
): Promise<void> {
  await writeFileAtomic(path, compareReport(base, tuned, options), { overwrite: options.overwrite });
}
