/**
 * Offline plotly charts for notebooks: figures as plain objects and HTML that embeds
 * plotly.min.js (from the installed plotly.js-dist-min, no CDN) once per process.
 *
 * @example
 * import * as tslab from 'tslab';
 * tslab.display.html(plotlyHtml(barFigure(stats.byTask, 'Examples per task')));
 */
import { jsonForScript, plotlyScript } from '../runtime/html.js';

/** A plotly figure: traces and layout, as plotly.js takes them. @example const fig: Figure = barFigure({ report: 3, mcq: 2 }, 'records by kind'); */
export interface Figure {
  data: Record<string, unknown>[];
  layout?: Record<string, unknown>;
}

let embedded = false;
let counter = 0;

/**
 * HTML for `figure`. The plotly library (about 4.8 MB) is inlined in the first chart of a process
 * only; pass `includePlotly: true` to inline it again (e.g. a notebook whose first chart cell
 * will not be re-run).
 *
 * @example
 * plotlyHtml({ data: [{ type: 'bar', x: ['a'], y: [1] }] });
 */
export function plotlyHtml(figure: Figure, options: { includePlotly?: boolean; height?: number } = {}): string {
  const include = options.includePlotly ?? !embedded;
  const lib = include ? plotlyScript() : '';
  if (include) embedded = true;
  const id = `medtune-plot-${process.pid}-${++counter}`;
  const layout = { height: options.height ?? 360, margin: { t: 40, r: 20, b: 60, l: 60 }, ...figure.layout };
  return `${lib}<div id="${id}" style="width:100%;height:${layout.height}px"></div>`
    + `<script type="text/javascript">Plotly.newPlot(${jsonForScript(id)}, ${jsonForScript(figure.data)}, ${jsonForScript(layout)}, {displaylogo:false,responsive:true});</script>`;
}

/**
 * A bar chart of counts (e.g. `stats.byTask`).
 *
 * @example
 * barFigure({ mcq: 40, dialogue: 120 }, 'Examples per task');
 */
export function barFigure(counts: Record<string, number>, title: string): Figure {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return { data: [{ type: 'bar', x: entries.map((e) => e[0]), y: entries.map((e) => e[1]) }], layout: { title: { text: title } } };
}

/**
 * Overlaid histograms of lengths per group (e.g. characters per task).
 *
 * @example
 * histogramFigure({ train: [120, 300], test: [90] }, 'Characters per example');
 */
export function histogramFigure(groups: Record<string, number[]>, title: string, xTitle = 'characters'): Figure {
  return {
    data: Object.entries(groups).map(([name, x]) => ({ type: 'histogram', name, x, opacity: 0.6, nbinsx: 40 })),
    layout: { title: { text: title }, barmode: 'overlay', xaxis: { title: { text: xTitle } }, yaxis: { title: { text: 'records' } } },
  };
}
