/**
 * Load benchmark of `medtune serve` on the embedded model, loopback only and bounded: starts the
 * server (`bin/medtune serve`, default settings, 9 clinician keys plus an admin key for /metrics), runs 50 concurrent clients
 * for 30 s (each backs off by Retry-After, at most 1 s), then reports requests/s, p50/p95
 * latency, 429s, the audit log against the requests sent (and its chain), and the server's
 * memory and live tensors (from /metrics) before and after.
 *
 * Usage: npm run bench:serve [-- --clients 50 --seconds 30 --max-tokens 16]
 * Writes out/bench/serve.json; the last printed line is the same JSON.
 *
 * @example
 * npm run bench:serve -- --clients 20 --seconds 10
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { verifyAuditLog } from '../sdk/serve/audit-log.js';
import { quantile, runLoad } from './serve-load.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    'max-tokens': { type: 'string', default: '16' },
    keys: { type: 'string', default: '10' },
    model: { type: 'string', default: 'data/models/medtune-tiny' },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const maxTokens = Number(values['max-tokens']);
const keyCount = Number(values.keys);
// Bounded by design: a runaway invocation must not hammer a shared machine.
if (!(clients >= 1 && clients <= 200 && seconds > 0 && seconds <= 120 && maxTokens >= 1 && keyCount >= 2)) {
  throw new Error('bench:serve: expected 1-200 clients, 0-120 s, max-tokens >= 1, keys >= 2 (one admin, the rest for the load)');
}

const dir = 'out/bench/serve';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const keys = Array.from({ length: keyCount }, (_, i) => `bench-key-${i}-${process.pid}`);
writeFileSync(join(dir, 'keys.txt'), keys.map((k, i) => `bench${i} ${i === 0 ? 'admin' : 'clinician'} ${k}`).join('\n') + '\n');
const auditPath = join(dir, 'audit.jsonl');

const server = spawn('./bin/medtune', ['serve', '--model', values.model!, '--host', '127.0.0.1', '--port', '0', '--api-key-file', join(dir, 'keys.txt'), '--audit-log', auditPath], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    const m = /listening on (\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
});

async function serverState(): Promise<{ tensors: number; rssMB: number; heapMB: number }> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${keys[0]}` } })).text();
  const num = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { tensors: num('medtune_tf_tensors'), rssMB: num('medtune_process_resident_memory_bytes') / 2 ** 20, heapMB: num('medtune_nodejs_heap_size_used_bytes') / 2 ** 20 };
}

// The admin key (bench0) only warms up and reads /metrics; the load uses the other keys, so the
// audit lines of the load are the completion lines of those keys (health checks are audited too).
const loadKeys = keys.slice(1);
const loadLines = () =>
  readFileSync(auditPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { key: string | null; route: string })
    .filter((l) => l.key !== 'bench0' && l.route === '/v1/chat/completions').length;

try {
  // One request first, so the wasm kernels are warm and "before" is the serving state.
  const warm = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST', headers: { authorization: `Bearer ${keys[0]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'medtune-tiny', messages: [{ role: 'user', content: 'warm up' }], max_tokens: 2 }),
  });
  await warm.text();
  const before = await serverState();
  let maxWaiting = 0;
  console.error(`bench:serve: ${clients} clients, ${seconds} s, max_tokens ${maxTokens}, ${loadKeys.length} clinician keys against ${url}`);
  const r = await runLoad({
    url, keys: loadKeys, clients, seconds, maxTokens, model: 'medtune-tiny', streamEvery: 4,
    onTick: async () => {
      const h = (await (await fetch(`${url}/healthz`)).json()) as { queue: { waiting: number } };
      maxWaiting = Math.max(maxWaiting, h.queue.waiting);
    },
  });
  // A line is written when its response closes: give the last ones a moment (at most 10 s).
  for (let i = 0; i < 100 && loadLines() < r.requests; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const after = await serverState();
  const auditLines = loadLines();
  const chain = verifyAuditLog(auditPath);
  const ok = r.statuses['200'] ?? 0;
  const result = {
    bench: 'serve', model: values.model, clients, seconds, max_tokens: maxTokens, load_keys: loadKeys.length,
    requests: r.requests, ok, status_counts: r.statuses, error_codes: r.codes, network_errors: r.networkErrors,
    requests_per_second: +(r.requests / r.elapsedSeconds).toFixed(2),
    ok_per_second: +(ok / r.elapsedSeconds).toFixed(3),
    p50_ok_seconds: +quantile(r.okLatencies, 0.5).toFixed(3), p95_ok_seconds: +quantile(r.okLatencies, 0.95).toFixed(3),
    p50_all_seconds: +quantile(r.allLatencies, 0.5).toFixed(3), p95_all_seconds: +quantile(r.allLatencies, 0.95).toFixed(3),
    count_429: r.statuses['429'] ?? 0, max_queue_waiting: maxWaiting,
    audit_lines: auditLines, audit_lines_equal_requests: auditLines === r.requests, audit_chain_ok: chain.ok,
    tensors_before: before.tensors, tensors_after: after.tensors,
    rss_mb_before: +before.rssMB.toFixed(1), rss_mb_after: +after.rssMB.toFixed(1),
    heap_mb_before: +before.heapMB.toFixed(1), heap_mb_after: +after.heapMB.toFixed(1),
  };
  console.log(`requests          ${r.requests} in ${r.elapsedSeconds.toFixed(1)} s (${result.requests_per_second}/s), 200: ${ok} (${result.ok_per_second}/s)`);
  console.log(`statuses          ${JSON.stringify(r.statuses)}  codes ${JSON.stringify(r.codes)}  network errors ${r.networkErrors}`);
  console.log(`latency of 200s   p50 ${result.p50_ok_seconds} s, p95 ${result.p95_ok_seconds} s`);
  console.log(`latency of all    p50 ${result.p50_all_seconds} s, p95 ${result.p95_all_seconds} s`);
  console.log(`queue             at most ${maxWaiting} waiting (bound: the server's --max-queue)`);
  console.log(`audit log         ${auditLines} lines for ${r.requests} requests; chain ${chain.ok ? 'intact' : `BROKEN at line ${(chain as { line: number }).line}`}`);
  console.log(`tensors           ${before.tensors} before, ${after.tensors} after`);
  console.log(`server memory     RSS ${result.rss_mb_before} -> ${result.rss_mb_after} MB, heap ${result.heap_mb_before} -> ${result.heap_mb_after} MB`);
  await writeJsonAtomic('out/bench/serve.json', result, { overwrite: true });
  console.log(JSON.stringify(result));
} finally {
  server.kill('SIGTERM');
  const code = await exited;
  if (code !== 0) console.error(`bench:serve: the server exited with ${code}`);
}
