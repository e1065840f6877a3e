/** Backend selection: which candidate wins on this machine, why the others were skipped, and overrides. */
import { afterEach, describe, expect, it, vi } from 'vitest';

// initBackend answers once per process, so each case loads a fresh copy of the module.
async function freshInit(env?: string) {
  vi.resetModules();
  if (env === undefined) delete process.env.MEDTUNE_BACKEND;
  else process.env.MEDTUNE_BACKEND = env;
  const { initBackend } = await import('../../sdk/runtime/backend.js');
  return initBackend();
}

afterEach(() => {
  delete process.env.MEDTUNE_BACKEND;
});

describe('initBackend', () => {
  it('picks the first candidate that loads and says why the others were skipped', async () => {
    const info = await freshInit();
    const native = info.attempts.find((a) => a.ok)?.candidate;
    expect(info.candidate).toBe(native);
    expect(info.attempts.at(-1)).toMatchObject({ ok: true, candidate: info.candidate });
    for (const a of info.attempts.slice(0, -1)) expect(info.reason).toContain(a.detail);
    if (info.candidate === 'wasm') {
      // This project aliases @tensorflow/tfjs-node to plain tfjs (for danfojs-node): never mistaken for a native backend.
      expect(info.reason).toMatch(/@tensorflow\/tfjs-node: (not installed|is an alias of @tensorflow\/tfjs)/);
    }
  });

  it('on wasm, says whether the native kernels back it and why not', async () => {
    const info = await freshInit('wasm');
    expect(info.native).toBeDefined();
    if (info.native!.active) expect(info.reason).toMatch(/^wasm\+native \(openblas \S+, \d+ threads?;/);
    else expect(info.reason).toMatch(/^wasm \(requested by MEDTUNE_BACKEND; native kernels (off \(MEDTUNE_NATIVE=0\)|not built|failed to load)/);
    if (process.env.MEDTUNE_NATIVE === '0') expect(info.native!.active).toBe(false);
  });

  it('honours MEDTUNE_BACKEND and rejects an unknown value naming the choices', async () => {
    expect((await freshInit('cpu')).name).toBe('cpu');
    await expect(freshInit('tpu')).rejects.toThrow(/MEDTUNE_BACKEND="tpu" is not a backend; expected one of auto, node-gpu, node, wasm, cpu/);
  });
});
