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
import type { SetScores } from './dev-sets.js';
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

/**
 * A table of deid-dev scores (sdk/deid/dev-sets.ts): one row per set and preset with recall of
 * required identifiers overall and per category, precision and over-redaction. Counts only.
 *
 * @example
 * tslab.display.html(renderSetScoresTableHtml([{ set: 'asq-phi', preset: 'recall', scores }]));
 */
export function renderSetScoresTableHtml(rows: { set: string; preset: string; scores: SetScores }[]): string {
  const cats = [...new Set(rows.flatMap((r) => Object.keys(r.scores.perCategory)))].sort();
  const cell = (c: { gold: number; recall: number } | undefined) => (c ? `${c.recall.toFixed(3)} <small>(${c.gold})</small>` : '');
  const head = `<tr><th>set</th><th>preset</th><th>recall (required)</th>${cats.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}<th>precision</th><th>over-redaction</th></tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.set)}</td><td>${escapeHtml(r.preset)}</td><td><b>${r.scores.required.recall.toFixed(3)}</b> <small>(${r.scores.required.gold})</small></td>${cats
          .map((c) => `<td>${cell(r.scores.perCategory[c])}</td>`)
          .join('')}<td>${r.scores.detected.precision.toFixed(3)}</td><td>${r.scores.words.overRedaction.toFixed(3)}</td></tr>`,
    )
    .join('');
  return `<table style="border-collapse:collapse;font-size:12px" border="1" cellpadding="3">${head}${body}</table>`;
}

/**
 * Grouped bars of recall per category for several scored sets, as a self-contained SVG (no script,
 * no library: it renders offline and keeps notebooks small).
 *
 * @example
 * tslab.display.html(renderSetRecallChartHtml({ 'asq-phi': a, 'presidio-synth': b }));
 */
export function renderSetRecallChartHtml(sets: Record<string, { perCategory: Record<string, { gold: number; recall: number }> }>, opts: { title?: string; min?: number } = {}): string {
  const names = Object.keys(sets);
  const cats = [...new Set(names.flatMap((n) => Object.keys(sets[n].perCategory).filter((c) => sets[n].perCategory[c].gold > 0)))].sort();
  const min = opts.min ?? 0.5;
  const colors = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948'];
  const [w, h, left, top, bottom] = [Math.max(480, cats.length * (names.length * 12 + 16) + 80), 300, 44, 30, 70];
  const plotH = h - top - bottom;
  const y = (v: number) => top + plotH * (1 - (Math.max(min, Math.min(1, v)) - min) / (1 - min));
  const group = (w - left - 10) / Math.max(1, cats.length);
  const bar = Math.min(14, (group - 8) / Math.max(1, names.length));
  const parts: string[] = [];
  for (let g = 0; g <= 5; g++) {
    const v = min + ((1 - min) * g) / 5;
    parts.push(`<line x1="${left}" x2="${w - 10}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/><text x="${left - 4}" y="${y(v) + 4}" font-size="10" text-anchor="end">${v.toFixed(2)}</text>`);
  }
  cats.forEach((c, i) => {
    const x0 = left + i * group + 4;
    names.forEach((n, j) => {
      const r = sets[n].perCategory[c];
      if (!r || r.gold === 0) return;
      parts.push(`<rect x="${x0 + j * bar}" y="${y(r.recall)}" width="${bar - 1}" height="${top + plotH - y(r.recall)}" fill="${colors[j % colors.length]}"><title>${escapeHtml(`${n} ${c}: ${r.recall.toFixed(3)} (${r.gold} spans)`)}</title></rect>`);
    });
    parts.push(`<text x="${x0 + (names.length * bar) / 2}" y="${top + plotH + 12}" font-size="10" text-anchor="end" transform="rotate(-40 ${x0 + (names.length * bar) / 2} ${top + plotH + 12})">${escapeHtml(c)}</text>`);
  });
  names.forEach((n, j) => parts.push(`<rect x="${left + j * 150}" y="${h - 14}" width="10" height="10" fill="${colors[j % colors.length]}"/><text x="${left + j * 150 + 14}" y="${h - 5}" font-size="11">${escapeHtml(n)}</text>`));
  const title = `<text x="${left}" y="16" font-size="13" font-weight="bold">${escapeHtml(opts.title ?? 'Recall of required identifiers per category')}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif">${title}${parts.join('')}</svg>`;
}
