/**
 * HTML views for notebooks and review tools: text with PHI spans highlighted in a colour per
 * category, a scores table, and an offline plotly chart of per-category recall/precision (plotly
 * comes inlined from `plotlyScript()` in sdk/runtime/html.ts, no CDN).
 *
 * @example
 * import * as tslab from 'tslab';
 * const r = deidentify(text, { mode: 'tag' });
 * tslab.display.html(renderSpansHtml(r.text, r.spans));
 */
import { escapeHtml, jsonForScript } from '../runtime/html.js';
import { PHI_CATEGORIES, type PhiCategory } from './categories.js';
import type { DeidScores } from './evaluate.js';
import type { PhiSpan } from './span.js';

/** One colour per category (pastel backgrounds readable with dark text). @example `<span style="background:${CATEGORY_COLORS.NAME}">`; */
export const CATEGORY_COLORS: Record<PhiCategory, string> = {
  NAME: '#ffb3ba', LOCATION: '#bae1ff', DATE: '#baffc9', AGE: '#ffffba', PHONE: '#ffdfba', FAX: '#f0c8ff',
  EMAIL: '#c9c9ff', SSN: '#ff9aa2', MRN: '#b5ead7', HEALTH_PLAN: '#e2f0cb', ACCOUNT: '#ffdac1', LICENSE: '#c7ceea',
  VEHICLE: '#d5aaff', DEVICE: '#aff8db', URL: '#85e3ff', IP: '#ace7ff', ID: '#e7ffac',
};

/**
 * Render `text` with `spans` highlighted (offsets into `text`), preserving line breaks.
 *
 * @example
 * renderSpansHtml('Call 617-555-0134', [{ category: 'PHONE', start: 5, end: 17 }]);
 */
export function renderSpansHtml(text: string, spans: PhiSpan[], opts: { title?: string } = {}): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < cursor) continue;
    parts.push(escapeHtml(text.slice(cursor, s.start)));
    parts.push(
      `<mark title="${s.category}" style="background:${CATEGORY_COLORS[s.category]};padding:0 2px;border-radius:3px">${escapeHtml(text.slice(s.start, s.end))}<sup style="font-size:0.6em;margin-left:2px;color:#555">${s.category}</sup></mark>`,
    );
    cursor = s.end;
  }
  parts.push(escapeHtml(text.slice(cursor)));
  const title = opts.title ? `<div style="font-weight:bold;margin-bottom:4px">${escapeHtml(opts.title)}</div>` : '';
  return `<div style="font-family:monospace;white-space:pre-wrap;line-height:1.6;border:1px solid #ddd;padding:8px;border-radius:4px">${title}${parts.join('')}</div>`;
}

/**
 * A colour legend for the categories present in `spans` (all when omitted).
 *
 * @example
 * renderLegendHtml(r.spans);
 */
export function renderLegendHtml(spans?: PhiSpan[]): string {
  const cats = spans ? PHI_CATEGORIES.filter((c) => spans.some((s) => s.category === c)) : PHI_CATEGORIES;
  return `<div>${cats.map((c) => `<span style="background:${CATEGORY_COLORS[c]};padding:1px 6px;margin:2px;border-radius:3px;font-family:monospace;display:inline-block">${c}</span>`).join('')}</div>`;
}

/**
 * Per-category table of gold/predicted counts, recall, precision and F1.
 *
 * @example
 * renderScoresTableHtml(scorer.summary());
 */
export function renderScoresTableHtml(scores: DeidScores): string {
  const cell = (v: string, bold = false) => `<td style="padding:2px 8px;text-align:right${bold ? ';font-weight:bold' : ''}">${v}</td>`;
  const rows = PHI_CATEGORIES.filter((c) => scores.perCategory[c].gold > 0 || scores.perCategory[c].predicted > 0).map((c) => {
    const v = scores.perCategory[c];
    return `<tr><td style="padding:2px 8px">${c}</td>${cell(String(v.gold))}${cell(String(v.predicted))}${cell(v.recall.toFixed(3), v.recall < 0.99)}${cell(v.precision.toFixed(3))}${cell(v.f1.toFixed(3))}</tr>`;
  });
  const o = scores.overall;
  rows.push(`<tr style="border-top:1px solid #999"><td style="padding:2px 8px"><b>OVERALL</b></td>${cell(String(o.gold))}${cell(String(o.predicted))}${cell(o.recall.toFixed(3), true)}${cell(o.precision.toFixed(3), true)}${cell(o.f1.toFixed(3), true)}</tr>`);
  return `<table style="border-collapse:collapse;font-family:monospace"><tr><th>category</th><th>gold</th><th>predicted</th><th>recall</th><th>precision</th><th>F1</th></tr>${rows.join('')}</table>`;
}

/**
 * Grouped bar chart of per-category recall and precision for one or more evaluations.
 * Needs plotly on the page (`plotlyScript()` from sdk/runtime/html.ts first).
 *
 * @example
 * renderScoresChartHtml({ corpus: s1, heldout: s2 });
 */
export function renderScoresChartHtml(evaluations: Record<string, DeidScores>, opts: { id?: string } = {}): string {
  const id = opts.id ?? `deid-chart-${Object.keys(evaluations).join('-').replace(/\W/g, '')}`;
  const traces = Object.entries(evaluations).flatMap(([name, s]) => {
    const cats = PHI_CATEGORIES.filter((c) => s.perCategory[c].gold > 0);
    return [
      { type: 'bar', name: `${name} recall`, x: cats, y: cats.map((c) => s.perCategory[c].recall) },
      { type: 'bar', name: `${name} precision`, x: cats, y: cats.map((c) => s.perCategory[c].precision) },
    ];
  });
  const layout = { barmode: 'group', yaxis: { range: [0.8, 1.005], title: 'score' }, height: 420, margin: { t: 30 }, title: 'De-identification: recall and precision per category' };
  return `<div id="${escapeHtml(id)}" style="width:100%"></div><script type="text/javascript">Plotly.newPlot(${jsonForScript(id)}, ${jsonForScript(traces)}, ${jsonForScript(layout)});</script>`;
}
