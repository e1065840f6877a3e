/**
 * Terminal feedback while training: a redrawn progress bar on a TTY (step, loss, learning rate,
 * tokens/s, ETA), plain lines every logging step otherwise (CI logs, pipes). Written to stderr
 * so stdout stays free for results.
 *
 * @example
 * await trainSft(model, data, opts, progressBar());
 */
import type { TrainerEvents } from './trainer.js';

/**
 * Seconds as `1h02m`, `3m05s` or `42s`.
 *
 * @example
 * formatDuration(185); // "3m05s"
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** Where and how to draw. @example progressBar({ plain: true, label: 'pretrain' }) */
export interface ProgressOptions {
  stream?: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Force plain lines even on a TTY. */
  plain?: boolean;
  /** Label in front of each line. */
  label?: string;
}

/**
 * Progress subscriber for `train` / `trainSft`.
 *
 * @example
 * const events = [progressBar({ label: 'lora' }), metricsLog('out/run/metrics.jsonl')];
 */
export function progressBar(opts: ProgressOptions = {}): TrainerEvents {
  const stream = opts.stream ?? process.stderr;
  const tty = !opts.plain && !!stream.isTTY;
  const label = opts.label ?? 'train';
  let drawn = false;
  const line = (s: string) => {
    if (tty && drawn) stream.write('\n');
    drawn = false;
    stream.write(`${s}\n`);
  };
  return {
    onStart: (e) =>
      line(
        `${label}: ${e.totalSteps} steps (${e.stepsPerEpoch}/epoch, ${e.epochs} epoch${e.epochs === 1 ? '' : 's'}), ` +
          `trainable ${e.trainableParams.toLocaleString('en-US')} of ${e.totalParams.toLocaleString('en-US')} parameters ` +
          `(${((100 * e.trainableParams) / Math.max(1, e.totalParams)).toFixed(2)}%)${e.resumedFrom ? `, resumed at step ${e.startStep} from ${e.resumedFrom}` : ''}`,
      ),
    onStep: (e) => {
      if (!tty) return;
      const width = 24;
      const filled = Math.round((width * e.step) / e.totalSteps);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      const text = `\r${label} [${bar}] ${e.step}/${e.totalSteps} loss ${e.loss.toFixed(4)} lr ${e.lr.toExponential(2)} ${Math.round(e.tokensPerSec)} tok/s ETA ${formatDuration(e.etaSeconds)}`;
      const cols = (stream as { columns?: number }).columns ?? 120;
      stream.write(text.slice(0, cols + 1).padEnd(Math.min(cols, text.length) + 1));
      drawn = true;
    },
    onLog: (e) => {
      if (tty) return;
      line(`${label} step ${e.step}/${e.totalSteps} loss ${e.loss.toFixed(4)} lr ${e.lr.toExponential(2)} grad-norm ${(e.gradNorm ?? 0).toFixed(3)} ${Math.round(e.tokensPerSec ?? 0)} tok/s`);
    },
    onEval: (e) => line(`${label} eval at step ${e.step}: loss ${e.loss.toFixed(4)} perplexity ${e.perplexity.toFixed(2)}${e.best ? ' (best)' : ''}`),
    onSave: (e) => line(`${label} checkpoint saved: ${e.dir}`),
    onEnd: (r) =>
      line(
        `${label} done: ${r.steps} steps in ${formatDuration(r.wallSeconds)}, ${r.tokensSeen.toLocaleString('en-US')} tokens, final loss ${r.finalLoss.toFixed(4)}` +
          `${r.finalEvalLoss !== undefined ? `, eval loss ${r.finalEvalLoss.toFixed(4)}` : ''}${r.stoppedEarly ? ' (stopped early)' : ''}`,
      ),
  };
}
