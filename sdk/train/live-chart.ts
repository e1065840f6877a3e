/**
 * A loss chart that grows while a notebook trains. tslab cannot update an output in place, so a
 * fresh small chart is displayed at each evaluation (or every `everyLogs` logging windows) and at
 * the end; plotly is inlined once per kernel (sdk/data/plot.ts), later charts are a few KB.
 *
 * @example
 * import * as tslab from 'tslab';
 * await ft.train({ max_steps: 30, events: liveChart((html) => tslab.display.html(html)) });
 */
import { plotlyHtml } from '../data/plot.js';
import type { HistoryEntry } from './checkpoint.js';
import { historyTraces } from './report.js';
import type { TrainerEvents } from './trainer.js';

/** When to draw. @example liveChart(show, { everyLogs: 5 }) */
export interface LiveChartOptions {
  /** Also draw every N logging windows (0: only at evaluations and at the end). */
  everyLogs?: number;
  title?: string;
}

/**
 * Subscriber that hands chart HTML to `display` (e.g. `tslab.display.html`).
 *
 * @example
 * liveChart((h) => tslab.display.html(h), { everyLogs: 2 });
 */
export function liveChart(display: (html: string) => void, opts: LiveChartOptions = {}): TrainerEvents {
  const history: HistoryEntry[] = [];
  let logs = 0;
  let drawnAt = -1;
  const draw = (label: string) => {
    drawnAt = history.at(-1)?.step ?? -1;
    const { loss } = historyTraces(history);
    display(plotlyHtml({ data: loss, layout: { title: { text: `${opts.title ?? 'Loss'} (${label})` }, xaxis: { title: { text: 'step' } } } }, { height: 280 }));
  };
  return {
    onLog: (e) => {
      history.push(e);
      logs++;
      if (opts.everyLogs && logs % opts.everyLogs === 0) draw(`step ${e.step}/${e.totalSteps}`);
    },
    onEval: (e) => {
      history.push({ step: e.step, epoch: 0, evalLoss: e.loss, evalPerplexity: e.perplexity });
      draw(`step ${e.step}/${e.totalSteps}, validation loss ${e.loss.toFixed(3)}`);
    },
    onEnd: (r) => {
      if (history.length && drawnAt !== r.steps) draw(`done: ${r.steps} steps`);
    },
  };
}
