/**
 * Showing datasets in a notebook: HTML summaries (counts, steps, first rows; text escaped),
 * display through tslab with a text-table fallback elsewhere, and danfojs DataFrames. The
 * `Dataset` / `SplitDataset` methods `toHTML`, `display` and `toDataFrame` call these.
 *
 * @example
 * import * as tslab from 'tslab';
 * tslab.display.html(datasetHtml(ds, 5));
 */
import { createRequire } from 'node:module';
import { escapeHtml } from '../runtime/html.js';
import type { Dataset, SplitDataset } from './dataset.js';
import type { DataRecord } from './records.js';
import { SPLITS } from './split.js';
import { previewRows } from './stats.js';

/**
 * An HTML table of plain rows (keys of the first row are the columns).
 *
 * @example
 * htmlTable([{ a: 1, b: 'x' }]); // '<table>...'
 */
export function htmlTable(rows: readonly object[], caption?: string): string {
  if (rows.length === 0) return `<p><em>${escapeHtml(caption ?? '')} (no rows)</em></p>`;
  const cols = Object.keys(rows[0]);
  const cell = (v: unknown) => escapeHtml(typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? ''));
  return `<table style="font-size:12px;border-collapse:collapse">${caption ? `<caption style="text-align:left;font-weight:bold">${escapeHtml(caption)}</caption>` : ''}`
    + `<thead><tr>${cols.map((c) => `<th style="text-align:left;padding:2px 6px;border-bottom:1px solid #999">${escapeHtml(c)}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map((r) => `<tr>${cols.map((c) => `<td style="padding:2px 6px;vertical-align:top">${cell((r as Record<string, unknown>)[c])}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/**
 * The number of rows a notebook view shows: an integer >= 0, where 0 means the summary without
 * any record text (e.g. before de-identification, when records may hold PHI).
 *
 * @example
 * previewCount(5); // 5
 */
export function previewCount(n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`display/toHTML: n: found ${n}; expected an integer >= 0 (the number of records to show; 0 shows counts and steps only)`);
  }
  return n;
}

/**
 * HTML summary of a Dataset: counts and length figures, the steps that made it, its first `n`
 * rows (`n = 0`: no record text, said so in the output).
 *
 * @example
 * datasetHtml(ds, 5);
 */
export function datasetHtml(ds: Dataset, n = 5): string {
  const shown = previewCount(n);
  const s = ds.stats();
  const summary = [{ records: s.records, patients: s.patients, ...Object.fromEntries(Object.entries(s.chars).map(([k, v]) => [`chars ${k}`, v])) }];
  const steps = ds.history.map((h) => ({ step: h.step, in: h.input, out: h.output }));
  const rows = shown === 0
    ? `<p><em>Record text not shown (display(0)): counts and steps only. Pass n &gt; 0 to see the first records.</em></p>`
    : ds.size === 0
      ? '<p><em>The dataset holds no records.</em></p>'
      : htmlTable(ds.preview(shown), `First ${Math.min(shown, ds.size)} of ${ds.size} records`);
  return htmlTable(summary, `Dataset: ${Object.entries(s.byKind).map(([k, v]) => `${v} ${k}`).join(', ')}${ds.skipped.length ? `; ${ds.skipped.length} skipped` : ''}`)
    + htmlTable(steps, 'Steps') + rows;
}

/**
 * HTML table of per-split counts (records, patients, examples per task, median length).
 *
 * @example
 * splitsHtml(ds.split());
 */
export function splitsHtml(splits: SplitDataset): string {
  const s = splits.stats();
  const rows = SPLITS.map((k) => ({ split: k, records: s[k].records, patients: s[k].patients, ...s[k].byTask, 'median chars': s[k].chars.median }));
  return htmlTable(rows, 'Splits');
}

/**
 * Show `html` in a tslab notebook; elsewhere (plain Node, tests) run `fallback`, e.g. a
 * `console.table`. Returns whether tslab showed it.
 *
 * @example
 * showHtml(datasetHtml(ds), () => console.table(ds.preview()));
 */
export function showHtml(html: string, fallback: () => void): boolean {
  try {
    const tslab = createRequire(import.meta.url)('tslab') as { display: { html(s: string): void } };
    tslab.display.html(html);
    return true;
  } catch {
    // Not inside a tslab kernel (or tslab not installed): "Not ready" or module not found.
    fallback();
    return false;
  }
}

/**
 * A danfojs DataFrame of preview rows (all records, text cut to `width`); danfojs loads lazily
 * because importing it costs seconds.
 *
 * @example
 * (await recordsDataFrame(ds.records)).head(5).print();
 */
export async function recordsDataFrame(records: readonly DataRecord[], width = 120): Promise<import('danfojs-node').DataFrame> {
  const dfd = await import('danfojs-node');
  const rows = previewRows(records, width);
  return new dfd.DataFrame(rows.length ? rows : [], rows.length ? undefined : { columns: ['id', 'kind', 'task', 'patientId', 'source', 'chars', 'text'] });
}
