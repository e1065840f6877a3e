/**
 * Training metrics appended to a JSONL file, one line per logging window, evaluation and
 * checkpoint, so a run can be followed with `tail -f` and analysed afterwards. A resumed run
 * appends to the same file; a fresh run refuses to replace an existing log unless `overwrite`.
 * With `relativeTo`, folder paths (checkpoints) are written relative to that folder.
 *
 * @example
 * await trainSft(model, data, opts, [progressBar(), metricsLog('out/lora/metrics.jsonl')]);
 */
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ExistsError, withPath } from '../runtime/fs.js';
import type { TrainerEvents } from './trainer.js';

/**
 * Subscriber writing `{ type: 'start' | 'train' | 'eval' | 'save' | 'end', time, ... }` lines.
 *
 * @example
 * metricsLog('out/run/metrics.jsonl', { overwrite: true });
 */
export function metricsLog(path: string, opts: { overwrite?: boolean; relativeTo?: string } = {}): TrainerEvents {
  // Paths relative to the run folder stay true when the folder is moved into place.
  const rel = (p: string | undefined) => (p === undefined || opts.relativeTo === undefined ? p : relative(opts.relativeTo, p));
  const write = (o: Record<string, unknown>) => {
    try {
      appendFileSync(path, `${JSON.stringify({ ...o, time: new Date().toISOString() })}\n`);
    } catch (e) {
      throw withPath(e, path);
    }
  };
  return {
    onStart: (e) => {
      mkdirSync(dirname(path), { recursive: true });
      if (!e.resumedFrom && existsSync(path)) {
        if (!opts.overwrite) throw new ExistsError(path);
        rmSync(path);
      }
      write({ type: 'start', ...e, resumedFrom: rel(e.resumedFrom) });
    },
    onLog: (e) => write({ type: 'train', ...e }),
    onEval: (e) => write({ type: 'eval', ...e }),
    onSave: (e) => write({ type: 'save', ...e, dir: rel(e.dir) }),
    onEnd: (r) => write({ type: 'end', steps: r.steps, finalLoss: r.finalLoss, finalEvalLoss: r.finalEvalLoss, tokensSeen: r.tokensSeen, wallSeconds: r.wallSeconds, stoppedEarly: r.stoppedEarly }),
  };
}
