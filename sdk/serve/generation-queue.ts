/**
 * One generation at a time, a bounded line of waiting requests, and a kill switch.
 *
 * `acquire` resolves when the caller may generate; it fails at once when the line is full
 * (429) or the queue is stopped (503), and later when the caller waited too long (503) or gave
 * up (its signal aborted: a client that disconnects leaves the line). Every refusal carries a
 * Retry-After estimate from the recent generation times.
 *
 * @example
 * const q = new GenerationQueue({ maxWaiting: 8, waitTimeoutSeconds: 30 });
 * const release = await q.acquire(request.signal);
 * try { await generateSomething(); } finally { release(); }
 */
import { ApiError } from './errors.js';

/** Queue limits. @example const o: GenerationQueueOptions = { maxWaiting: 4, waitTimeoutSeconds: 10 }; */
export interface GenerationQueueOptions {
  maxWaiting: number;
  waitTimeoutSeconds: number;
}

interface Waiter {
  grant: () => void;
  fail: (e: Error) => void;
}

// Seconds a generation is assumed to take before any has finished (the embedded model answers
// 64 tokens in about 2 s on 2 cores).
const INITIAL_GENERATION_SECONDS = 2;
// Weight of the newest generation time in the running average behind Retry-After.
const EWMA_WEIGHT = 0.2;

/**
 * A FIFO mutex for the model with a bounded line.
 *
 * @example
 * const q = new GenerationQueue({ maxWaiting: 0, waitTimeoutSeconds: 1 }); // no waiting: busy -> 429
 */
export class GenerationQueue {
  private busy = false;
  private readonly waiting: Waiter[] = [];
  private avgSeconds = INITIAL_GENERATION_SECONDS;
  private stoppedReason: string | undefined;

  constructor(private readonly options: GenerationQueueOptions) {}

  /** Requests waiting (not counting the one generating). @example q.depth; // 3 */
  get depth(): number {
    return this.waiting.length;
  }

  /** Whether a generation is running. @example q.active; // true */
  get active(): boolean {
    return this.busy;
  }

  /** Whether the kill switch was used. @example q.stopped; // false */
  get stopped(): boolean {
    return this.stoppedReason !== undefined;
  }

  /** Seconds a new request would likely wait, rounded up (at least 1). @example q.retryAfterSeconds(); // 4 */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.avgSeconds * (this.waiting.length + (this.busy ? 1 : 0))));
  }

  private refusal(status: 429 | 503, code: string, message: string): ApiError {
    const type = status === 429 ? 'rate_limit_error' : 'service_unavailable';
    return new ApiError(status, type, code, message, null, { 'retry-after': String(this.retryAfterSeconds()) });
  }

  private stoppedError(): ApiError {
    return new ApiError(503, 'service_unavailable', 'service_stopped', `generation is stopped (${this.stoppedReason}); restart the server to resume`);
  }

  /**
   * Wait for the model. Resolves to `release`, to call exactly once when done.
   *
   * @example
   * const release = await q.acquire(signal);
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.stoppedReason !== undefined) return Promise.reject(this.stoppedError());
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.options.maxWaiting) {
      return Promise.reject(this.refusal(429, 'queue_full', `the server is busy: ${this.waiting.length} request(s) already wait for the model; retry later`));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          cleanup();
          resolve(this.releaser());
        },
        fail: (e) => {
          cleanup();
          reject(e);
        },
      };
      const leave = (e: Error) => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        waiter.fail(e);
      };
      const timer = setTimeout(
        () => leave(this.refusal(503, 'queue_timeout', `waited ${this.options.waitTimeoutSeconds} s for the model without getting a turn; retry later`)),
        this.options.waitTimeoutSeconds * 1000,
      );
      const onAbort = () => leave(signal?.reason instanceof Error ? signal.reason : new Error('aborted while waiting'));
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    const started = Date.now();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const secs = (Date.now() - started) / 1000;
      this.avgSeconds = (1 - EWMA_WEIGHT) * this.avgSeconds + EWMA_WEIGHT * secs;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.busy = false;
    };
  }

  /**
   * Kill switch: refuse new requests and fail every waiting one (503). The running generation is
   * the caller's to abort.
   *
   * @example
   * q.stop('POST /admin/stop by ops');
   */
  stop(reason: string): void {
    if (this.stoppedReason !== undefined) return;
    this.stoppedReason = reason;
    for (const w of this.waiting.splice(0)) w.fail(this.stoppedError());
  }
}
