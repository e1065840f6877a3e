/**
 * Training metrics appended to a JSONL file, one line per logging window, evaluation and
 * checkpoint, so a run can be followed with `tail -f` and analysed afterwards. A resumed run
 * appends to the same file; a fresh run refuses to replace an existing log unless `overwrite`.
 *
 * @example
 * await trainSft(model, data, opts, [progressBar(), metricsLog('out/lora/metrics.jsonl')]);
 */
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExistsError, withPath } from '../runtime/fs.js';
import type { TrainerEvents } from './trainer.js';

/**
 * Subscriber writing `{ type: 'start' | 'train' | 'eval' | 'save' | 'end', time, ... }` lines.
 *
 * @example
 * metricsLog('out/run/metrics.jsonl', { overwrite: true });
 */
export function metricsLog(path: string, opts: { overwrite?: boolean } = {}): TrainerEvents {
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
      write({ type: 'start', ...e });
    },
    onLog: (e) => write({ type: 'train', ...e }),
    onEval: (e) => write({ type: 'eval', ...e }),
    onSave: (e) => write({ type: 'save', ...e }),
    onEnd: (r) => write({ type: 'end', steps: r.steps, finalLoss: r.finalLoss, finalEvalLoss: r.finalEvalLoss, tokensSeen: r.tokensSeen, wallSeconds: r.wallSeconds, stoppedEarly: r.stoppedEarly }),
  };
}
