/**
 * Loads the golden fixtures written by scripts/reference/layers_ref.py (all tensors float32).
 *
 * @example
 * const fx = await loadFixture('quant.safetensors'); fx.get('w0.weight').data;
 */
import { fileURLToPath } from 'node:url';
import { readSafetensors } from '../../sdk/model/safetensors.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/layers/', import.meta.url));

export interface FixtureTensor {
  shape: number[];
  data: Float32Array;
}

export interface Fixture {
  metadata: Record<string, string>;
  get(name: string): FixtureTensor;
  has(name: string): boolean;
}

export async function loadFixture(file: string): Promise<Fixture> {
  const st = await readSafetensors(FIXTURES + file);
  const tensors = new Map<string, FixtureTensor>();
  try {
    for (const [name, info] of st.tensors) tensors.set(name, { shape: info.shape, data: await st.read(name) });
  } finally {
    await st.close();
  }
  return {
    metadata: st.metadata,
    has: (name) => tensors.has(name),
    get(name) {
      const t = tensors.get(name);
      if (!t) throw new Error(`${file}: no fixture tensor "${name}"`);
      return t;
    },
  };
}

/** Largest |a - b| / max(|b|, floor) over two arrays (floor avoids blowing up near zero). */
export function maxRelErr(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-3): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), floor));
  return m;
}

/** Number of float32 ulps between two float32 values. */
export function ulpDistance(a: number, b: number): number {
  const f = new Float32Array([a, b]);
  const i = new Int32Array(f.buffer);
  const ord = (x: number) => (x < 0 ? -(x & 0x7fffffff) : x);
  return Math.abs(ord(i[0]) - ord(i[1]));
}

/** max |a - b| / max |b|: error relative to the tensor's scale (logits, gradients with entries near zero). */
export function scaledErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`);
  let d = 0;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    m = Math.max(m, Math.abs(b[i]));
  }
  return d / (m || 1);
}
