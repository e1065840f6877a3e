/**
 * The privacy section of the evaluation report: memorisation results of the compared models,
 * as tables (canary exposure and extraction by repetition count; identifier-shaped outputs by
 * category) and one chart (mean exposure by repetition count). Counts and ids only: no canary
 * secret and no generated text ever reach the page.
 *
 * @example
 * const html = privacyTables([base, tuned], ['base', 'LoRA']);
 * const charts = privacyCharts([base, tuned], ['base', 'LoRA']);
 */
import { escapeHtml } from '../runtime/html.js';
import type { EvalResult } from './evaluate.js';

const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : '–');

/**
 * HTML tables for every result with memorization data ('' when none has any).
 *
 * @example
 * privacyTables([result], ['tuned']); // '<h2>Privacy: memorisation</h2>...'
 */
export function privacyTables(results: readonly EvalResult[], names: readonly string[]): string {
  const parts: string[] = [];
  results.forEach((r, i) => {
    const m = r.suites.memorization;
    if (!m) return;
    const name = escapeHtml(names[i]);
    if (m.canaries) {
      const c = m.canaries;
      const rows = c.byRepeat.map((g) => `<tr><td>${g.repeats}</td><td>${g.n}</td><td>${fmt(g.meanExposure)}</td><td>${fmt(g.maxExposure)}</td><td>${pct(g.extractionRate)}</td><td>${pct(g.prefixExtractionRate)}</td></tr>`);
      parts.push(`<h3>Canaries, ${name}</h3><p><small>Exposure = log2((candidates + 1) / rank of the planted secret among ${c.candidates} random secrets of the same shape); `
        + `0 means no preference, ${fmt(c.exposureCeiling)} (the ceiling here) means the secret is the most likely of all. Extraction: greedy decoding from the canary's prompt, `
        + `or from the prompt plus the answer up to the secret, outputs the secret.</small></p>`
        + `<table><thead><tr><th>copies in training</th><th>canaries</th><th>mean exposure (bits)</th><th>max exposure</th><th>extracted from prompt</th><th>extracted with prefix</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
    if (m.identifiers) {
      const d = m.identifiers;
      const cats = Object.entries(d.byCategory).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${escapeHtml(k)}: ${v}`).join(', ') || 'none';
      parts.push(`<h3>Identifier check, ${name}</h3><p>${d.flagged} of ${d.prompts} greedy outputs (${pct(d.rate)}; ${d.maxNewTokens} new tokens each, prompts built from the records) `
        + `contain identifier-shaped text that their prompt does not. Spans by category: ${cats}.</p>`);
    }
  });
  return parts.length ? `<h2>Privacy: memorisation</h2>${parts.join('\n')}` : '';
}

/**
 * Chart specs (plotly) for the report: mean exposure by repetition count, one bar series per model.
 *
 * @example
 * privacyCharts([base, tuned], ['base', 'LoRA']).length; // 1 when a result has canaries
 */
export function privacyCharts(results: readonly EvalResult[], names: readonly string[]): { id: string; title: string; data: unknown[]; layout: Record<string, unknown> }[] {
  const withCanaries = results.map((r, i) => ({ c: r.suites.memorization?.canaries, name: names[i] })).filter((x) => x.c);
  if (!withCanaries.length) return [];
  const colors = ['#8c96a6', '#1f77b4'];
  return [{
    id: 'chart-exposure',
    title: 'Canary exposure by number of copies in the training data (bits; higher = more memorised)',
    data: withCanaries.map(({ c, name }, i) => ({
      type: 'bar', name, marker: { color: colors[i % colors.length] },
      x: c!.byRepeat.map((g) => `${g.repeats}x`), y: c!.byRepeat.map((g) => g.meanExposure),
    })),
    layout: { barmode: 'group', yaxis: { range: [0, Math.max(...withCanaries.map(({ c }) => c!.exposureCeiling))] }, height: 320 },
  }];
}
