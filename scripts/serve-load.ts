/**
 * The load generator behind `npm run bench:serve` and the short load test: N concurrent clients
 * send chat completions to a medtune server on loopback for a fixed time, backing off as told
 * by Retry-After (capped at one second, so the server keeps being pressed). Counts statuses and
 * latencies; refuses any URL that is not loopback.
 *
 * @example
 * const r = await runLoad({ url: 'http://127.0.0.1:8080', keys: ['k1'], clients: 50, seconds: 30, maxTokens: 16 });
 * r.statuses; // { 200: 41, 429: 350 }
 */
import { mulberry32 } from '../sdk/runtime/random.js';

/** Load settings. */
export interface LoadOptions {
  url: string;
  /** API keys; client i uses keys[i % keys.length]. */
  keys: string[];
  clients: number;
  seconds: number;
  maxTokens: number;
  /** Model id to ask for. */
  model: string;
  /** Every n-th request streams (0 = none). */
  streamEvery?: number;
  /** Called now and then while the load runs (e.g. to sample queue depth). */
  onTick?: () => Promise<void> | void;
}

/** What the clients saw. */
export interface LoadResult {
  /** Requests sent (each got a response or a network error). */
  requests: number;
  statuses: Record<string, number>;
  /** Error codes of non-200 answers. */
  codes: Record<string, number>;
  networkErrors: number;
  /** Latency of 200 answers, seconds. */
  okLatencies: number[];
  /** Latency of every answer, seconds. */
  allLatencies: number[];
  elapsedSeconds: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The q-quantile (0..1) of values (nearest rank). @example quantile([1, 2, 3, 4], 0.5); // 2 */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/**
 * Run the load.
 *
 * @example
 * await runLoad({ url, keys, clients: 20, seconds: 4, maxTokens: 8, model: 'medtune-tiny' });
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const host = new URL(o.url).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`load test: ${o.url} is not a loopback address; the load test only runs against this machine`);
  const r: LoadResult = { requests: 0, statuses: {}, codes: {}, networkErrors: 0, okLatencies: [], allLatencies: [], elapsedSeconds: 0 };
  const started = Date.now();
  const deadline = started + o.seconds * 1000;
  let n = 0;
  // Seeded jitter of the back-off, so runs are comparable.
  const jitter = mulberry32(7);
  const client = async (i: number) => {
    const key = o.keys[i % o.keys.length];
    while (Date.now() < deadline) {
      const k = n++;
      const stream = Boolean(o.streamEvery) && k % o.streamEvery! === 0;
      const body = { model: o.model, messages: [{ role: 'user', content: `Question ${k}: what are common causes of fever?` }], max_tokens: o.maxTokens, stream };
      const t0 = performance.now();
      r.requests++;
      let wait = 0;
      try {
        const res = await fetch(`${o.url}/v1/chat/completions`, {
          method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
        });
        const text = await res.text();
        const secs = (performance.now() - t0) / 1000;
        r.statuses[res.status] = (r.statuses[res.status] ?? 0) + 1;
        r.allLatencies.push(secs);
        if (res.status === 200) r.okLatencies.push(secs);
        else {
          let code = 'unknown';
          try {
            code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? code;
          } catch {
            // not JSON: counted as 'unknown'
          }
          r.codes[code] = (r.codes[code] ?? 0) + 1;
          wait = Math.min(1, Number(res.headers.get('retry-after') ?? '1'));
        }
      } catch {
        r.networkErrors++;
        wait = 1;
      }
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait * 1000 * (0.5 + jitter() / 2)));
    }
  };
  let ticking = true;
  const ticker = (async () => {
    while (ticking && o.onTick) {
      await o.onTick();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  await Promise.all(Array.from({ length: o.clients }, (_, i) => client(i)));
  ticking = false;
  await ticker;
  r.elapsedSeconds = (Date.now() - started) / 1000;
  return r;
}
