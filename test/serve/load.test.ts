/**
 * A short load test (the bounded version of `npm run bench:serve`): 16 clients for 4 s against a
 * server with a queue of 2 on loopback. No crash, no network error, only 200/429/503 answers,
 * 429s instead of an unbounded queue, one audit line per request, tensors back to the idle count.
 */
import * as tf from '@tensorflow/tfjs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { verifyAuditLog } from '../../sdk/serve/audit-log.js';
import { serve } from '../../sdk/serve/server.js';
import { runLoad } from '../../scripts/serve-load.js';
import { auditLines, tempDir, TINY, waitFor } from './helpers.js';

describe('serve under load', () => {
  it('stays up, refuses with 429 beyond its queue, audits every request and frees every tensor', async () => {
    await initBackend();
    const dir = tempDir('load');
    const keys = Array.from({ length: 4 }, (_, i) => ({ name: `k${i}`, role: 'clinician' as const, key: `load-key-${i}-xyz` }));
    const auditPath = join(dir, 'audit.jsonl');
    const baseline = tf.memory().numTensors;
    const server = await serve({ model: TINY, template: 'chatml', port: 0, auditLog: auditPath, apiKeys: keys, maxQueue: 2 });
    try {
      const idle = tf.memory().numTensors;
      let maxWaiting = 0;
      const r = await runLoad({
        url: server.url, keys: keys.map((k) => k.key), clients: 16, seconds: 4, maxTokens: 4, model: 'medtune-tiny', streamEvery: 3,
        onTick: async () => {
          const h = (await (await fetch(`${server.url}/healthz`)).json()) as { queue: { waiting: number } };
          maxWaiting = Math.max(maxWaiting, h.queue.waiting);
        },
      });
      expect(r.networkErrors).toBe(0);
      expect(Object.keys(r.statuses).every((s) => ['200', '429', '503'].includes(s))).toBe(true);
      expect(r.statuses['200']).toBeGreaterThan(0);
      expect(r.statuses['429']).toBeGreaterThan(0);
      expect(maxWaiting).toBeLessThanOrEqual(2);
      const completions = () => auditLines(auditPath).filter((l) => l.route === '/v1/chat/completions').length;
      await waitFor(() => completions() === r.requests, 'one audit line per request', 30);
      expect(verifyAuditLog(auditPath).ok).toBe(true);
      await waitFor(async () => !((await (await fetch(`${server.url}/healthz`)).json()) as { queue: { active: boolean } }).queue.active, 'the last generation', 30);
      expect(tf.memory().numTensors).toBe(idle);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
