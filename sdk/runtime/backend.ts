/**
 * Backend selection: the fastest TensorFlow.js backend that actually loads.
 *
 * Order: `tensorflow` from @tensorflow/tfjs-node-gpu, then from @tensorflow/tfjs-node,
 * then `wasm`, then `cpu`. The node backends are optional dependencies whose install
 * downloads libtensorflow, so on offline machines they are absent; in this project
 * `@tensorflow/tfjs-node` is even aliased to plain tfjs (danfojs-node needs the name), so
 * a module that imports is not proof of a backend: we check that it registered one.
 *
 * @example
 * const info = await initBackend();
 * console.log(info.name, info.reason); // "wasm", "tfjs-node-gpu: not installed; ..."
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';
import { z } from 'zod';

/** Names accepted by `MEDTUNE_BACKEND` and `initBackend({ prefer })`. */
export const BackendChoice = z.enum(['auto', 'node-gpu', 'node', 'wasm', 'cpu']);
export type BackendChoice = z.infer<typeof BackendChoice>;

/** What was chosen, and why each earlier candidate was passed over. */
export interface BackendInfo {
  /** The tfjs backend name now active (`tensorflow`, `wasm` or `cpu`). */
  name: string;
  /** Which candidate provided it. */
  candidate: Exclude<BackendChoice, 'auto'>;
  /** One line a person can read: the choice and the reasons for skipping the others. */
  reason: string;
  attempts: { candidate: Exclude<BackendChoice, 'auto'>; ok: boolean; detail: string }[];
  /**
   * On wasm: whether medtune's native kernels (OpenBLAS) back the matrix products and fused
   * training kernels, with the library and threads, or why the plain-wasm fallback is used.
   */
  native?: { active: boolean; detail: string; threads?: number };
}

type Candidate = Exclude<BackendChoice, 'auto'>;
const ORDER: Candidate[] = ['node-gpu', 'node', 'wasm', 'cpu'];

let current: Promise<BackendInfo> | undefined;
/** Set when the wasm candidate registers its kernels. */
let nativeInfo: BackendInfo['native'];

/**
 * The name in the package.json that `pkg` resolves to, or undefined when it is not installed.
 * Lets us see an npm alias (`@tensorflow/tfjs-node` -> `@tensorflow/tfjs`) without importing it:
 * importing the alias would load a second full tfjs bundle for nothing.
 */
function installedName(pkg: string): string | undefined {
  try {
    const path = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

async function tryNode(pkg: string): Promise<string | undefined> {
  const name = installedName(pkg);
  if (name === undefined) return `${pkg}: not installed`;
  if (name !== pkg) return `${pkg}: is an alias of ${name}, which has no native backend`;
  try {
    await import(pkg);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND'
      ? `${pkg}: not installed`
      : `${pkg}: failed to load (${(e as Error).message.split('\n')[0]})`;
  }
  if (!tf.findBackendFactory('tensorflow')) return `${pkg}: loaded but registered no native backend`;
  if (!(await tf.setBackend('tensorflow'))) return `${pkg}: native backend failed to initialise`;
  return undefined;
}

async function tryCandidate(c: Candidate): Promise<string | undefined> {
  switch (c) {
    case 'node-gpu':
      return tryNode('@tensorflow/tfjs-node-gpu');
    case 'node':
      return tryNode('@tensorflow/tfjs-node');
    case 'wasm': {
      try {
        await import('@tensorflow/tfjs-backend-wasm');
        if (!(await tf.setBackend('wasm'))) return 'wasm: failed to initialise';
        const { registerWasmKernels } = await import('./wasm-kernels.js');
        const st = registerWasmKernels();
        nativeInfo = { active: st.active, detail: st.detail, threads: st.threads };
        return undefined;
      } catch (e) {
        return `wasm: ${(e as Error).message.split('\n')[0]}`;
      }
    }
    case 'cpu':
      return (await tf.setBackend('cpu')) ? undefined : 'cpu: failed to initialise';
  }
}

async function select(prefer: BackendChoice): Promise<BackendInfo> {
  const order = prefer === 'auto' ? ORDER : [prefer];
  const attempts: BackendInfo['attempts'] = [];
  for (const candidate of order) {
    const failure = await tryCandidate(candidate);
    attempts.push({ candidate, ok: !failure, detail: failure ?? 'ok' });
    if (!failure) {
      await tf.ready();
      const skipped = attempts.filter((a) => !a.ok).map((a) => a.detail);
      const why = prefer === 'auto' ? 'best available' : `requested by ${process.env.MEDTUNE_BACKEND ? 'MEDTUNE_BACKEND' : 'caller'}`;
      // "wasm+native (openblas SkylakeX, 2 threads)" or "wasm (...; native kernels not built; ...)".
      const label = candidate === 'wasm' && nativeInfo
        ? nativeInfo.active ? `wasm+native (${nativeInfo.detail}; ${why})` : `wasm (${why}; ${nativeInfo.detail})`
        : `${candidate} (${why})`;
      return {
        name: tf.getBackend(),
        candidate,
        reason: `${label}${skipped.length ? `; skipped ${skipped.join('; ')}` : ''}`,
        attempts,
        ...(candidate === 'wasm' && nativeInfo ? { native: nativeInfo } : {}),
      };
    }
  }
  throw new Error(
    `No TensorFlow.js backend could be started (tried ${order.join(', ')}): ${attempts.map((a) => a.detail).join('; ')}`,
  );
}

/**
 * Pick and activate the backend once per process; later calls return the same answer.
 * `MEDTUNE_BACKEND` (auto | node-gpu | node | wasm | cpu) overrides `prefer`.
 *
 * @example
 * const { name } = await initBackend(); // "wasm" on a machine without libtensorflow
 */
export function initBackend(options: { prefer?: BackendChoice } = {}): Promise<BackendInfo> {
  const env = process.env.MEDTUNE_BACKEND;
  let prefer: BackendChoice = options.prefer ?? 'auto';
  if (env) {
    const parsed = BackendChoice.safeParse(env);
    if (!parsed.success) {
      throw new Error(`MEDTUNE_BACKEND="${env}" is not a backend; expected one of ${BackendChoice.options.join(', ')}`);
    }
    prefer = parsed.data;
  }
  current ??= select(prefer);
  return current;
}
