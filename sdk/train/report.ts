/**
 * The end-of-training HTML report: loss (train and validation) and learning-rate curves plus a
 * summary table. plotly is inlined from node_modules, so the file renders offline and can be
 * archived with the adapter. Contains metrics only, never training text.
 *
 * @example
 * await writeTrainingReport('out/lora/report.html', result.history, { title: 'LoRA run', summary: { steps: 50 } });
 */
import { writeFileAtomic } from '../runtime/fs.js';
import { escapeHtml, jsonForScript, plotlyScript } from '../runtime/html.js';
import type { HistoryEntry } from './checkpoint.js';

/** What goes above the charts. @example const m: ReportMeta = { title: 'run', summary: { steps: 50 } }; */
export interface ReportMeta {
  title: string;
  /** Key facts shown as a table (model, steps, tokens, final losses...). */
  summary: Record<string, string | number | undefined>;
}

/**
 * plotly traces of a run's history: train loss, eval loss (y1) and learning rate (separate figure).
 *
 * @example
 * const { loss, lr } = historyTraces(result.history);
 */
export function historyTraces(history: HistoryEntry[]): { loss: Record<string, unknown>[]; lr: Record<string, unknown>[] } {
  const train = history.filter((h) => h.loss !== undefined);
  const evals = history.filter((h) => h.evalLoss !== undefined);
  const loss: Record<string, unknown>[] = [
    { type: 'scatter', mode: 'lines+markers', name: 'train loss', x: train.map((h) => h.step), y: train.map((h) => h.loss) },
  ];
  if (evals.length) loss.push({ type: 'scatter', mode: 'lines+markers', name: 'validation loss', x: evals.map((h) => h.step), y: evals.map((h) => h.evalLoss) });
  const lr = [{ type: 'scatter', mode: 'lines', name: 'learning rate', x: train.map((h) => h.step), y: train.map((h) => h.lr) }];
  return { loss, lr };
}

/**
 * A standalone HTML page (plotly inlined) with the run's curves.
 *
 * @example
 * const html = trainingReportHtml(history, { title: 'run', summary: {} });
 */
export function trainingReportHtml(history: HistoryEntry[], meta: ReportMeta): string {
  const { loss, lr } = historyTraces(history);
  const rows = Object.entries(meta.summary)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(typeof v === 'number' ? String(Number(v.toPrecision(6))) : String(v))}</td></tr>`)
    .join('');
  const axes = { xaxis: { title: { text: 'optimizer step' } }, margin: { t: 40, r: 20, b: 50, l: 70 }, height: 360 };
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(meta.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 10px;text-align:left}</style>
${plotlyScript()}</head><body>
<h1>${escapeHtml(meta.title)}</h1><table>${rows}</table>
<h2>Loss</h2><div id="loss"></div><h2>Learning rate</h2><div id="lr"></div>
<script type="text/javascript">
Plotly.newPlot('loss', ${jsonForScript(loss)}, ${jsonForScript({ ...axes, yaxis: { title: { text: 'cross-entropy' } } })}, {displaylogo:false});
Plotly.newPlot('lr', ${jsonForScript(lr)}, ${jsonForScript({ ...axes, yaxis: { title: { text: 'learning rate' }, exponentformat: 'e' } })}, {displaylogo:false});
</script></body></html>
`;
}

/**
 * Write the report atomically (refuses to replace an existing file unless `overwrite`).
 *
 * @example
 * await writeTrainingReport('out/lora/report.html', r.history, meta, { overwrite: true });
 */
export async function writeTrainingReport(path: string, history: HistoryEntry[], meta: ReportMeta, opts: { overwrite?: boolean } = {}): Promise<void> {
  await writeFileAtomic(path, trainingReportHtml(history, meta), opts);
}
