/**
 * Batch de-identification of a file or folder into a JSONL file: streamed input, worker threads
 * across cores with results written back in input order, bounded in-flight work (flat memory),
 * progress callbacks, and an atomic output (temp file + rename, never overwriting unless asked).
 *
 * @example
 * const report = await deidentifyFile('in.jsonl', 'out.jsonl', { mode: 'surrogate', seed: 1 }, { workers: 2 });
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { assertWritable, withPath } from '../runtime/fs.js';
import { type DeidAudit, emptyAudit, mergeAudit } from './audit.js';
import { type PhiCategory, emptyCounts } from './categories.js';
import { type DeidReport, createDeidentifier } from './deidentifier.js';
import { type InputEncoding, inputLines } from './input.js';
import type { DeidOptionsInput } from './options.js';
import { DeidInputError, deidentifyLine } from './record.js';
import type { WorkerBatch, WorkerResult } from './worker.js';

/** How to run a batch. @example const b: BatchOptions = { field: 'note', workers: 2, overwrite: true }; */
export interface BatchOptions {
  /** Text field to replace (default 'text'). */
  field?: string;
  /** Worker threads; 1 runs in this thread. Default: available cores. */
  workers?: number;
  /** Replace an existing output file. */
  overwrite?: boolean;
  /** Called about every `progressEvery` records with totals so far. */
  onProgress?: (p: { records: number; bytes: number; elapsedMs: number }) => void;
  /** Default 500 records. */
  progressEvery?: number;
  /** Input text encoding; UTF-8 by default, checked strictly (invalid bytes are an error, never U+FFFD). */
  encoding?: InputEncoding;
}

// Records per message to a worker: large enough to amortize messaging, small enough to keep memory flat.
const BATCH = 64;

/** Start one worker. Under tsx (sources are .ts) the worker first registers tsx's loader itself:
 * `--import tsx` in a worker's execArgv is not applied before its entry module loads on Node 20. */
function startWorker(workerData: unknown): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./worker.js', self), { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', self).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * De-identify `input` (.jsonl, .txt or folder) into `output` (.jsonl), one line per record in order.
 *
 * @example
 * await deidentifyFile('data/corpus/reports', 'out/clean.jsonl', { mode: 'mask' });
 */
export async function deidentifyFile(
  input: string,
  output: string,
  options: DeidOptionsInput = {},
  batch: BatchOptions = {},
): Promise<DeidReport & { seed: string | number }> {
  assertWritable(output, { overwrite: batch.overwrite });
  const field = batch.field ?? 'text';
  const workers = Math.max(1, Math.floor(batch.workers ?? availableParallelism()));
  // One seed for every worker, so surrogates and date shifts agree across threads.
  const opts = { ...options, seed: options.seed ?? randomBytes(8).toString('hex') };
  // Validate options before touching any file.
  const validated = createDeidentifier(opts).options;
  await mkdir(dirname(output), { recursive: true });
  const tmp = `${output}.tmp-${process.pid}-${Date.now()}`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  // Keep stream errors (disk full, destroyed after a bad record) from crashing the process; they are rethrown below.
  let streamError: Error | null = null;
  out.on('error', (e) => (streamError = streamError ?? e));
  // A stream that fails while full never emits 'drain': wait for either, or the run would hang.
  const write = async (s: string): Promise<void> => {
    if (streamError) throw streamError;
    if (!out.write(s)) await once(out, 'drain');
  };
  const counts = emptyCounts();
  const audit: DeidAudit | undefined = validated.audit ? emptyAudit() : undefined;
  let records = 0;
  let bytes = 0;
  const t0 = Date.now();
  const every = batch.progressEvery ?? 500;
  let nextReport = every;
  const progress = () => {
    if (batch.onProgress && records >= nextReport) {
      nextReport = records + every;
      batch.onProgress({ records, bytes, elapsedMs: Date.now() - t0 });
    }
  };
  try {
    if (workers === 1) {
      const d = createDeidentifier(opts);
      for await (const l of inputLines(input, batch.encoding)) {
        await write(`${deidentifyLine(d, l, field)}\n`);
        records++;
        bytes += l.bytes;
        progress();
      }
      const r = d.report();
      for (const k of Object.keys(counts) as PhiCategory[]) counts[k] = r.counts[k];
      if (audit && r.audit) mergeAudit(audit, r.audit);
    } else {
      await runPool(input, batch.encoding ?? 'utf8', opts, field, workers, async (lines, delta, n, b, part) => {
        for (const line of lines) await write(`${line}\n`);
        for (const [k, v] of Object.entries(delta)) counts[k as PhiCategory] += v;
        if (audit && part) mergeAudit(audit, part);
        records += n;
        bytes += b;
        progress();
      });
    }
    await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
    if (streamError) throw streamError;
    assertWritable(output, { overwrite: batch.overwrite });
    await rename(tmp, output);
  } catch (e) {
    out.destroy();
    await rm(tmp, { force: true });
    // Node's write errors (ENOSPC, EIO) name no file: put the output path in front.
    throw (e as NodeJS.ErrnoException).code ? withPath(e, output) : e;
  }
  batch.onProgress?.({ records, bytes, elapsedMs: Date.now() - t0 });
  return { records, counts, seed: opts.seed, preset: validated.preset, ...(audit ? { audit } : {}) };
}

type Sink = (lines: string[], counts: Record<string, number>, records: number, bytes: number, audit?: DeidAudit) => Promise<void>;

/** Fan batches out to workers, gather answers, hand them to `sink` strictly in input order. */
async function runPool(input: string, encoding: InputEncoding, options: DeidOptionsInput, field: string, n: number, sink: Sink): Promise<void> {
  const pool = Array.from({ length: n }, () => startWorker({ options, field }));
  const idle = [...pool];
  const done = new Map<number, WorkerResult & { bytes: number }>();
  const batchBytes = new Map<number, number>();
  let nextToWrite = 0;
  let failure: Error | null = null;
  let closing = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  for (const w of pool) {
    w.on('message', (r: WorkerResult) => {
      done.set(r.seq, { ...r, bytes: batchBytes.get(r.seq) ?? 0 });
      batchBytes.delete(r.seq);
      idle.push(w);
      signal();
    });
    w.on('error', (e) => {
      failure = failure ?? new Error(`de-identification worker failed: ${e.message}`);
      signal();
    });
    // A worker that exits on its own (not terminated below) would leave its batch unanswered forever.
    w.on('exit', (code) => {
      if (closing) return;
      failure = failure ?? new Error(`de-identification worker exited early with code ${code}; expected it to run until the input ends`);
      signal();
    });
  }
  const waitForChange = () => new Promise<void>((r) => (wake = r));
  const flush = async () => {
    while (done.has(nextToWrite)) {
      const r = done.get(nextToWrite)!;
      done.delete(nextToWrite);
      if (r.error) throw new DeidInputError(r.error);
      await sink(r.lines!, r.counts ?? {}, r.records ?? 0, r.bytes, r.audit);
      nextToWrite++;
    }
  };
  try {
    let seq = 0;
    let pending: WorkerBatch['lines'] = [];
    let pendingBytes = 0;
    const dispatch = async () => {
      // Bounded in-flight work keeps memory flat however large the corpus is.
      while (idle.length === 0 || seq - nextToWrite >= n * 2) {
        if (failure) throw failure;
        await flush();
        if (idle.length > 0 && seq - nextToWrite < n * 2) break;
        await waitForChange();
      }
      const w = idle.shift()!;
      batchBytes.set(seq, pendingBytes);
      w.postMessage({ seq, lines: pending } satisfies WorkerBatch);
      seq++;
      pending = [];
      pendingBytes = 0;
    };
    for await (const l of inputLines(input, encoding)) {
      pending.push({ text: l.text, where: l.where });
      pendingBytes += l.bytes;
      if (pending.length >= BATCH) await dispatch();
    }
    if (pending.length > 0) await dispatch();
    while (nextToWrite < seq) {
      if (failure) throw failure;
      await flush();
      if (nextToWrite < seq) await waitForChange();
    }
  } finally {
    closing = true;
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
