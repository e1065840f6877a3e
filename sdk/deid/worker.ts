/**
 * Worker-thread entry for parallel de-identification: receives batches of JSON lines, answers
 * with the rewritten lines (same order) and this worker's category counts.
 *
 * @example
 * new Worker(new URL('./worker.js', import.meta.url), { workerData: { options, field } });
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDeidentifier } from './deidentifier.js';
import type { DeidAudit } from './audit.js';
import type { DeidOptionsInput } from './options.js';
import { deidentifyLine } from './record.js';

/** A batch sent to a worker. @example worker.postMessage({ seq: 0, lines: [{ text: '{"text":"x"}', where: 'a.jsonl:1' }] } satisfies WorkerBatch); */
export interface WorkerBatch {
  seq: number;
  lines: { text: string; where: string }[];
}

/** A worker's answer: output lines, or the first error (message only: it is PHI-free by construction). @example worker.on('message', (r: WorkerResult) => r.error ?? r.lines); */
export interface WorkerResult {
  seq: number;
  lines?: string[];
  error?: string;
  counts?: Record<string, number>;
  records?: number;
  /** This batch's part of the audit (when enabled). */
  audit?: DeidAudit;
}

const { options, field } = workerData as { options: DeidOptionsInput; field: string };
const d = createDeidentifier(options);
let lastCounts = d.report();

parentPort!.on('message', (batch: WorkerBatch) => {
  try {
    const out = batch.lines.map((l) => deidentifyLine(d, l, field));
    // Send only the increment since the last batch so the parent can sum.
    const now = d.report();
    const delta: Record<string, number> = {};
    for (const [k, v] of Object.entries(now.counts)) delta[k] = v - lastCounts.counts[k as keyof typeof now.counts];
    const records = now.records - lastCounts.records;
    // The audit increment: new flagged records and the growth of the totals.
    let audit: DeidAudit | undefined;
    if (now.audit && lastCounts.audit) {
      const a = now.audit;
      const b = lastCounts.audit;
      audit = {
        texts: a.texts - b.texts,
        flaggedRecords: a.flaggedRecords - b.flaggedRecords,
        leftover: { names: a.leftover.names - b.leftover.names, dates: a.leftover.dates - b.leftover.dates, numbers: a.leftover.numbers - b.leftover.numbers },
        flagged: a.flagged.slice(b.flagged.length),
      };
    }
    lastCounts = now;
    parentPort!.postMessage({ seq: batch.seq, lines: out, counts: delta, records, audit } satisfies WorkerResult);
  } catch (e) {
    parentPort!.postMessage({ seq: batch.seq, error: (e as Error).message } satisfies WorkerResult);
  }
});
