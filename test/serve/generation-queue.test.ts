import { describe, expect, it } from 'vitest';
import { ApiError } from '../../sdk/serve/errors.js';
import { GenerationQueue } from '../../sdk/serve/generation-queue.js';

describe('generation queue', () => {
  it('runs one at a time in arrival order', async () => {
    const q = new GenerationQueue({ maxWaiting: 5, waitTimeoutSeconds: 10 });
    const order: number[] = [];
    let running = 0;
    let maxRunning = 0;
    await Promise.all([0, 1, 2, 3].map(async (i) => {
      const release = await q.acquire();
      running++;
      maxRunning = Math.max(maxRunning, running);
      order.push(i);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      release();
    }));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(maxRunning).toBe(1);
    expect(q.active).toBe(false);
  });

  it('refuses with 429 and Retry-After when the line is full, 503 after waiting too long', async () => {
    const q = new GenerationQueue({ maxWaiting: 1, waitTimeoutSeconds: 0.05 });
    const release = await q.acquire();
    const waiting = q.acquire();
    const full = await q.acquire().catch((e: ApiError) => e);
    expect(full).toBeInstanceOf(ApiError);
    expect((full as ApiError).statusCode).toBe(429);
    expect((full as ApiError).code).toBe('queue_full');
    expect(Number((full as ApiError).headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const timedOut = await waiting.catch((e: ApiError) => e);
    expect((timedOut as ApiError).statusCode).toBe(503);
    expect((timedOut as ApiError).code).toBe('queue_timeout');
    expect(q.depth).toBe(0);
    release();
  });

  it('a waiter whose client left is removed; stop() fails the waiting and refuses new ones', async () => {
    const q = new GenerationQueue({ maxWaiting: 3, waitTimeoutSeconds: 10 });
    const release = await q.acquire();
    const ac = new AbortController();
    const gone = q.acquire(ac.signal);
    const other = q.acquire();
    expect(q.depth).toBe(2);
    ac.abort(new Error('client left'));
    await expect(gone).rejects.toThrow('client left');
    expect(q.depth).toBe(1);
    q.stop('test');
    await expect(other).rejects.toMatchObject({ statusCode: 503, code: 'service_stopped' });
    await expect(q.acquire()).rejects.toMatchObject({ statusCode: 503, code: 'service_stopped' });
    release();
    expect(q.stopped).toBe(true);
  });
});
