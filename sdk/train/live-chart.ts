/**
 * The loss curve of a notebook training run, as inline SVG (sdk/runtime/svg-chart.ts). tslab cannot
 * update an output in place, so a chart per evaluation would repeat the same curve again and again:
 * by default each evaluation prints one line (step, validation loss, perplexity) and the chart is
 * drawn once, at the end, with every train and validation point. `everyLogs` adds intermediate
 * charts for long runs.
 *
 * @example
 * import * as tslab from 'tslab';
 * await ft.train({ max_steps: 30, events: liveChart((html) => tslab.display.html(html)) });
 */
import { escapeHtml } from '../runtime/html.js';
import { svgLineChart, type Series } from '../runtime/svg-chart.js';
import type { HistoryEntry } from './checkpoint.js';
import type { TrainerEvents } from './trainer.js';

/** When to draw. @example liveChart(show, { everyLogs: 5 }) */
export interface LiveChartOptions {
  /** Also draw the chart every N logging windows (0: only once, at the end). */
  everyLogs?: number;
  title?: string;
}

function lossSeries(history: HistoryEntry[]): Series[] {
  const train = history.filter((h) => h.loss !== undefined).map((h): [number, number] => [h.step, h.loss!]);
  const evals = history.filter((h) => h.evalLoss !== undefined).map((h): [number, number] => [h.step, h.evalLoss!]);
  const series: Series[] = [{ name: 'train loss', points: train, markers: train.length <= 40 }];
  if (evals.length) series.push({ name: 'validation loss', points: evals, markers: true });
  return series;
}

/**
 * Subscriber that hands HTML to `display` (e.g. `tslab.display.html`): a line per evaluation,
 * the loss chart at the end (and every `everyLogs` logging windows when set).
 *
 * @example
 * liveChart((h) => tslab.display.html(h), { everyLogs: 20 });
 */
export function liveChart(display: (html: string) => void, opts: LiveChartOptions = {}): TrainerEvents {
  const history: HistoryEntry[] = [];
  const title = opts.title ?? 'Loss';
  let logs = 0;
  let drawnAt = -1;
  const draw = (label: string) => {
    drawnAt = history.at(-1)?.step ?? -1;
    display(svgLineChart({ title: `${title} (${label})`, series: lossSeries(history), xLabel: 'optimizer step', height: 280 }));
  };
  return {
    onLog: (e) => {
      history.push(e);
      logs++;
      if (opts.everyLogs && logs % opts.everyLogs === 0) draw(`step ${e.step}/${e.totalSteps}`);
    },
    onEval: (e) => {
      history.push({ step: e.step, epoch: 0, evalLoss: e.loss, evalPerplexity: e.perplexity });
      const best = e.best ? ' (best so far)' : '';
      display(`<div style="font-family:monospace">${escapeHtml(`step ${e.step}/${e.totalSteps}: validation loss ${e.loss.toFixed(3)}, perplexity ${e.perplexity.toFixed(2)}${best}`)}</div>`);
    },
    onEnd: (r) => {
      if (history.length && drawnAt !== r.steps) draw(`${r.steps} steps`);
    },
  };
}
