/**
 * Matrix-product throughput through `tf.matMul` on the active backend (wasm+native, or the plain
 * wasm fallback with MEDTUNE_NATIVE=0), square sizes 512/1024/2048 in all four transpose modes.
 *
 * Usage: npm run bench:gemm [-- --threads K] [--sizes 512,1024] [--reps N] [--json]
 * Prints a table (GFLOP/s = 2n³ / seconds, for the median and the fastest repetition) and ends
 * with one JSON line, also written to
 * out/bench/gemm.json. The PyTorch counterpart on the same shapes is
 * `/usr/bin/python3 scripts/reference/bench_torch_gemm.py --threads K`.
 */
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '../sdk/runtime/backend.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';
import { positiveInt } from './bench-util.js';
import { setNativeThreads } from '../sdk/runtime/native.js';

const { values } = parseArgs({
  options: {
    threads: { type: 'string' },
    sizes: { type: 'string', default: '512,1024,2048' },
    reps: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  strict: true,
});

/** Human-readable output; with --json it goes to stderr so stdout holds only the JSON line. */
const say = (...a: unknown[]) => (values.json ? console.error(...a) : console.log(...a));

async function main(): Promise<void> {
  // Threads before the backend starts, so the addon comes up with the requested count.
  if (values.threads) process.env.MEDTUNE_THREADS = String(positiveInt(values.threads, 'threads'));
  const backend = await initBackend();
  if (values.threads) setNativeThreads(positiveInt(values.threads, 'threads'));
  const sizes = values.sizes!.split(',').map((s) => positiveInt(s, 'sizes'));
  const rows: { n: number; mode: string; ms: number; gflops: number; best_gflops: number }[] = [];
  say(`backend: ${backend.reason}`);
  say('   n  mode   median ms   GFLOP/s (median)   GFLOP/s (best)');
  for (const n of sizes) {
    const a = tf.randomNormal([n, n], 0, 1, 'float32', 1);
    const b = tf.randomNormal([n, n], 0, 1, 'float32', 2);
    // Enough repetitions for ~1 s per mode at 100 GFLOP/s, at least 5.
    const reps = values.reps ? positiveInt(values.reps, 'reps') : Math.max(5, Math.round(5e10 / (2 * n ** 3)));
    for (const [ta, tb] of [[false, false], [false, true], [true, false], [true, true]] as const) {
      const mode = `${ta ? 'T' : 'N'}${tb ? 'T' : 'N'}`;
      tf.matMul(a, b, ta, tb).dispose(); // warm-up (XNNPACK packs its operator on first use)
      const times: number[] = [];
      for (let r = 0; r < reps; r++) {
        const t0 = performance.now();
        const y = tf.matMul(a, b, ta, tb);
        y.dataSync(); // the kernels are synchronous; reading keeps it honest on any backend
        times.push(performance.now() - t0);
        y.dispose();
      }
      times.sort((x, y) => x - y);
      const ms = times[Math.floor(times.length / 2)];
      const gflops = (2 * n ** 3) / (ms / 1000) / 1e9;
      // The fastest repetition: on a shared machine, the closest to what the kernel can do.
      const best = (2 * n ** 3) / (times[0] / 1000) / 1e9;
      rows.push({ n, mode, ms, gflops, best_gflops: best });
      say(`${String(n).padStart(4)}  ${mode}   ${ms.toFixed(2).padStart(9)}   ${gflops.toFixed(1).padStart(16)}   ${best.toFixed(1).padStart(14)}`);
    }
    a.dispose();
    b.dispose();
  }
  const result = {
    bench: 'gemm',
    backend: backend.native?.active ? `wasm+native` : backend.name,
    detail: backend.native?.detail ?? backend.reason,
    threads: backend.native?.threads ?? 1,
    rows,
  };
  await writeJsonAtomic('out/bench/gemm.json', result, { overwrite: true });
  console.error('wrote out/bench/gemm.json');
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
