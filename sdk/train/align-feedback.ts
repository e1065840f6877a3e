/**
 * Feedback for alignment runs: per-step GRPO / DPO metrics appended to the run's metrics.jsonl
 * (next to the loop's own `train` / `eval` lines), and a live chart for notebooks that redraws the
 * reward curves (GRPO) or the reward margin and accuracy (DPO) as small SVGs.
 *
 * @example
 * await splits.lora({}).grpo({ reward_funcs, events: alignLiveChart((h) => tslab.display.html(h), { every: 5 }) });
 */
import { appendFileSync } from 'node:fs';
import { svgLineChart, type Series } from '../runtime/svg-chart.js';
import type { DpoEvents, DpoStepEvent } from './dpo.js';
import type { GrpoEvents, GrpoStepEvent } from './grpo.js';

/**
 * Subscriber appending `{ type: 'grpo' | 'dpo', step, ... }` lines to an existing metrics log
 * (the loop's `metricsLog` creates the file at the start of the run).
 *
 * @example
 * const events = [metricsLog(path), alignMetricsLog(path)];
 */
export function alignMetricsLog(path: string): GrpoEvents & DpoEvents {
  const write = (o: Record<string, unknown>) => appendFileSync(path, `${JSON.stringify({ ...o, time: new Date().toISOString() })}\n`);
  return {
    onGrpoStep: (e) => write({ type: 'grpo', ...e }),
    onDpoStep: (e) => write({ type: 'dpo', ...e }),
  };
}

/** When and what to draw. @example alignLiveChart(show, { every: 10, title: 'GRPO' }) */
export interface AlignChartOptions {
  /** Draw every N steps (and at the end). Default 5. */
  every?: number;
  title?: string;
}

/**
 * Subscriber that hands SVG charts to `display` (e.g. `tslab.display.html`): GRPO mean reward per
 * function and in total; DPO reward margin and reward accuracy.
 *
 * @example
 * events: alignLiveChart((html) => tslab.display.html(html))
 */
export function alignLiveChart(display: (html: string) => void, opts: AlignChartOptions = {}): GrpoEvents & DpoEvents {
  // 5: a few redraws per short CPU run without flooding the notebook.
  const every = opts.every ?? 5;
  const grpo: GrpoStepEvent[] = [];
  const dpo: DpoStepEvent[] = [];
  const drawGrpo = () => {
    const names = Object.keys(grpo[0].rewards);
    const series: Series[] = [
      { name: 'reward (weighted)', points: grpo.map((e) => [e.step, e.reward]) },
      ...names.map((n) => ({ name: n, points: grpo.map((e) => [e.step, e.rewards[n]] as [number, number]) })),
    ];
    display(svgLineChart({ title: `${opts.title ?? 'GRPO'}: mean reward (step ${grpo.at(-1)!.step}/${grpo.at(-1)!.totalSteps})`, series, xLabel: 'optimizer step' }));
  };
  const drawDpo = () => {
    const series: Series[] = [
      { name: 'reward margin', points: dpo.map((e) => [e.step, e.margin]) },
      { name: 'reward accuracy', points: dpo.map((e) => [e.step, e.rewardAccuracy]) },
    ];
    display(svgLineChart({ title: `${opts.title ?? 'DPO'}: chosen vs rejected (step ${dpo.at(-1)!.step}/${dpo.at(-1)!.totalSteps})`, series, xLabel: 'optimizer step' }));
  };
  return {
    onGrpoStep: (e) => {
      grpo.push(e);
      if (e.step % every === 0 || e.step === e.totalSteps) drawGrpo();
    },
    onDpoStep: (e) => {
      dpo.push(e);
      if (e.step % every === 0 || e.step === e.totalSteps) drawDpo();
    },
  };
}
