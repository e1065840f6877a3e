/**
 * The native kernels (native/, built by `npm install` when a C compiler and OpenBLAS are present):
 * loading the addon, its thread count, and why it is not in use when it is not.
 *
 * `MEDTUNE_NATIVE=0` forces the plain-wasm fallback; `MEDTUNE_THREADS=K` sets the threads the
 * addon uses (OpenBLAS and the elementwise pool alike; default: every core Node sees).
 *
 * @example
 * const st = nativeStatus();
 * console.log(st.active ? `native, ${st.threads} threads` : `fallback: ${st.detail}`);
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Functions the addon exports (native/src/addon.c and the kernel files it registers). */
export interface NativeAddon {
  /** Row-major batched sgemm: `c[i] = alpha·op(a[i])·op(b[i]) + beta·c[i]`, stride 0 broadcasts. */
  gemm(
    transA: boolean, transB: boolean, m: number, n: number, k: number, alpha: number,
    a: Float32Array, strideA: number, b: Float32Array, strideB: number, beta: number,
    c: Float32Array, strideC: number, batch: number,
  ): void;
  setThreads(n: number): void;
  info(): { blas: string; config: string; core: string; blasThreads: number; poolThreads: number };
  [kernel: string]: unknown;
}

/** Whether the native kernels are in use, and if not, why. @example nativeStatus().detail; // "openblas SkylakeX, 2 threads" */
export interface NativeStatus {
  active: boolean;
  /** One line: the library and threads, or why the fallback is used. */
  detail: string;
  threads?: number;
  addon?: NativeAddon;
}

const ADDON_PATH = fileURLToPath(new URL('../../native/build/medtune_native.node', import.meta.url));
const HOW = 'install a C compiler and OpenBLAS (apt-get install build-essential libopenblas-dev) and run npm run build:native';

let status: NativeStatus | undefined;

/** Threads requested by MEDTUNE_THREADS, or every core; a bad value is an error naming it. */
function threadsFromEnv(): number {
  const raw = process.env.MEDTUNE_THREADS;
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`MEDTUNE_THREADS="${raw}" must be an integer from 1 to 64`);
  return n;
}

function load(): NativeStatus {
  const flag = process.env.MEDTUNE_NATIVE;
  if (flag === '0' || flag === 'false') return { active: false, detail: 'native kernels off (MEDTUNE_NATIVE=0)' };
  if (!existsSync(ADDON_PATH)) return { active: false, detail: `native kernels not built; ${HOW}` };
  let addon: NativeAddon;
  try {
    addon = createRequire(import.meta.url)(ADDON_PATH) as NativeAddon;
  } catch (e) {
    return { active: false, detail: `native kernels failed to load (${(e as Error).message.split('\n')[0]}); ${HOW}` };
  }
  const threads = threadsFromEnv();
  addon.setThreads(threads);
  const info = addon.info();
  return { active: true, detail: `${info.blas} ${info.core}, ${threads} thread${threads === 1 ? '' : 's'}`, threads, addon };
}

/**
 * Load the addon once per process (unless MEDTUNE_NATIVE=0) and report what happened.
 *
 * @example
 * if (nativeStatus().active) console.log('fast path');
 */
export function nativeStatus(): NativeStatus {
  status ??= load();
  return status;
}

/**
 * Change the addon's thread count (OpenBLAS and the kernel pool); no effect on the fallback.
 *
 * @example
 * setNativeThreads(1); // compare with a one-thread PyTorch run
 */
export function setNativeThreads(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`setNativeThreads: threads must be an integer from 1 to 64, got ${n}`);
  const st = nativeStatus();
  if (!st.active || !st.addon) return;
  st.addon.setThreads(n);
  st.threads = n;
  st.detail = st.detail.replace(/\d+ threads?$/, `${n} thread${n === 1 ? '' : 's'}`);
}
