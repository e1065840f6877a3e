/**
 * Dataset charts for notebooks, drawn as inline SVG (sdk/runtime/svg-chart.ts): a few KB each,
 * rendered offline by Jupyter, nbconvert HTML and VS Code, with no plotly.js (4.6 MB) in the notebook.
 *
 * @example
 * import * as tslab from 'tslab';
 * tslab.display.html(barChart(stats.byTask, 'Examples per task'));
 */
import { svgBarChart, svgHistogram } from '../runtime/svg-chart.js';

/**
 * A bar chart of counts (e.g. `stats.byTask`), largest first, each bar labelled with its count.
 *
 * @example
 * barChart({ mcq: 40, dialogue: 120 }, 'Examples per task');
 */
export function barChart(counts: Record<string, number>, title: string, yLabel = 'records'): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return svgBarChart({ title, categories: entries.map((e) => e[0]), series: [{ name: yLabel, values: entries.map((e) => e[1]) }], yLabel });
}

/**
 * Overlaid histograms of lengths per group (e.g. characters per split), on shared bins.
 *
 * @example
 * histogramChart({ train: [120, 300], test: [90] }, 'Characters per example');
 */
export function histogramChart(groups: Record<string, number[]>, title: string, xLabel = 'characters'): string {
  return svgHistogram({ title, groups: Object.entries(groups).map(([name, values]) => ({ name, values })), xLabel, yLabel: 'records' });
}
