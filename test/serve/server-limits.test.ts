/**
 * Limits of `serve()`: per-key rate limits, the bounded generation queue (429 with Retry-After),
 * generation timeouts (504), `auditText: 'scrubbed'` (PHI-scrubbed text only), CORS, the API
 * without the playground, and shutdown during a generation.
 */
import * as tf from '@tensorflow/tfjs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../sdk/runtime/backend.js';
import { verifyAuditLog } from '../../sdk/serve/audit-log.js';
import { serve, type ServeHandle } from '../../sdk/serve/server.js';
import { auditLines, call, CLINICIAN, KEYS, tempDir, TINY, waitFor } from './helpers.js';

const QUEUE_KEYS = [1, 2, 3, 4].map((i) => ({ name: `q${i}`, role: 'clinician' as const, key: `queue-key-${i}-abcdef` }));
let dir: string;
let baseline: number;

beforeAll(async () => {
  await initBackend();
  dir = tempDir('serve-limits');
  baseline = tf.memory().numTensors;
});

describe('serve: rate limits, queue, scrubbed audit text, CORS', () => {
  let server: ServeHandle;
  const auditPath = () => join(dir, 'audit-a.jsonl');
  beforeAll(async () => {
    server = await serve({
      model: TINY, template: 'chatml', port: 0, auditLog: auditPath(), apiKeys: [...KEYS, ...QUEUE_KEYS], rateLimitPerMinute: 3, maxQueue: 1,
      auditText: 'scrubbed', corsOrigins: ['http://localhost:5173'], playground: false, authFailuresPerMinute: 5,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('limits requests per key per minute with 429 and Retry-After; other keys are not affected', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await call(`${server.url}/v1/models`, { key: CLINICIAN.key }));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    const limited = statuses[3];
    expect(limited.json.error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limit_exceeded' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(`${server.url}/v1/models`, { key: KEYS[1].key })).status).toBe(200);
  });

  it('a full generation queue answers 429 with Retry-After instead of queueing without bound', async () => {
    const body = (i: number) => ({ model: 'medtune-tiny', messages: [{ role: 'user', content: `Question ${i}: what is a fever?` }], max_tokens: 24 });
    const results = await Promise.all(QUEUE_KEYS.map((k, i) => call(`${server.url}/v1/chat/completions`, { key: k.key, body: body(i) })));
    const statuses = results.map((r) => r.status).sort();
    // One generates, one waits (maxQueue 1), the rest are refused.
    expect(statuses).toEqual([200, 200, 429, 429]);
    for (const r of results.filter((x) => x.status === 429)) {
      expect(r.json.error.code).toBe('queue_full');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
  });

  it("auditText 'scrubbed' stores the PHI-scrubbed prompt and the answer, never the raw identifiers", async () => {
    const r = await call(`${server.url}/v1/chat/completions`, {
      key: KEYS[2].key, body: { model: 'medtune-tiny', messages: [{ role: 'user', content: 'Mr. John Smith (MRN 48213377) asks what asthma is.' }], max_tokens: 6 },
    });
    expect(r.status).toBe(200);
    await waitFor(() => auditLines(auditPath()).some((l) => l.key === 'ops' && l.status === 200 && l.text), 'the audit line');
    const line = auditLines(auditPath()).find((l) => l.key === 'ops' && l.text)!;
    expect(line.text.prompt).toContain('[NAME]');
    expect(line.text.prompt).toContain('asks what asthma is');
    expect(line.text.prompt).not.toContain('John Smith');
    expect(line.text.prompt).not.toContain('48213377');
    expect(line.text.output).toBe(r.json.choices[0].message.content);
    expect(line.guard.phi_input).toBeGreaterThanOrEqual(2);
  });

  it('CORS only for the listed origins; no playground when switched off', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/v1/chat/completions`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    const allowed = await preflight('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${server.url}/`)).status).toBe(401); // not a public route without the playground
  });

  it('too many bad keys from one address: 429 for every request from it, whatever the key', async () => {
    // One failure so far (GET / without a key); four more reach the limit of five.
    for (let i = 0; i < 4; i++) expect((await call(`${server.url}/v1/models`, { key: `guess-${i}` })).status).toBe(401);
    const blocked = await call(`${server.url}/v1/models`, { key: 'guess-5' });
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.code).toBe('too_many_auth_failures');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(`${server.url}/v1/models`, { key: KEYS[2].key })).status).toBe(429);
  });

  it('every request has its chained audit line', async () => {
    await server.close();
    const v = verifyAuditLog(auditPath());
    expect(v.ok).toBe(true);
    // 4 + 1 (rate limit) + 4 (queue) + 1 (scrubbed) + 3 preflights/root + 6 (key guessing) = 19 audited requests.
    expect(auditLines(auditPath())).toHaveLength(19);
  });
});

describe('serve: generation timeout and shutdown during a generation', () => {
  it('stops a generation that runs past its time limit with 504, then shuts down mid-generation cleanly', async () => {
    const server = await serve({ model: TINY, template: 'chatml', port: 0, auditLog: join(dir, 'audit-b.jsonl'), apiKeys: KEYS, generationTimeoutSeconds: 0.3, maxTokens: 300 });
    try {
      const idle = tf.memory().numTensors;
      const slow = { model: 'medtune-tiny', messages: [{ role: 'user', content: 'Describe the findings.' }], max_tokens: 300, temperature: 1, seed: 3 };
      const r = await call(`${server.url}/v1/chat/completions`, { key: CLINICIAN.key, body: slow });
      expect(r.status).toBe(504);
      expect(r.json.error).toMatchObject({ type: 'timeout_error', code: 'generation_timeout' });
      expect(tf.memory().numTensors).toBe(idle);
    } finally {
      await server.close();
    }
    expect(tf.memory().numTensors).toBe(baseline);

    const again = await serve({ model: TINY, template: 'chatml', port: 0, auditLog: join(dir, 'audit-c.jsonl'), apiKeys: KEYS, maxTokens: 300 });
    const pending = call(`${again.url}/v1/chat/completions`, {
      key: CLINICIAN.key, body: { model: 'medtune-tiny', messages: [{ role: 'user', content: 'Describe the findings.' }], max_tokens: 300, temperature: 1, seed: 3 },
    });
    await waitFor(async () => ((await (await fetch(`${again.url}/healthz`)).json()) as { queue: { active: boolean } }).queue.active, 'the generation to start');
    await again.close();
    const r = await pending;
    expect(r.status).toBe(503);
    expect(r.json.error.code).toBe('server_shutting_down');
    expect(tf.memory().numTensors).toBe(baseline);
    expect(auditLines(join(dir, 'audit-c.jsonl')).at(-1)).toMatchObject({ status: 503, error: 'server_shutting_down' });
  });
});
