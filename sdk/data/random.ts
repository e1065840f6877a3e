/**
 * Seeded randomness for the data phase: mulberry32, a string hash and a Fisher-Yates shuffle.
 *
 * Splits, mixes and MinHash must give the same answer on every machine for the same seed, so
 * nothing here touches `Math.random`.
 *
 * @example
 * const rng = mulberry32(42); rng(); // same float every run
 */

import { mulberry32 } from '../runtime/random.js';

export { mulberry32 };

/**
 * 32-bit FNV-1a hash of a string, mixed with `seed`; used for MinHash and stable ordering.
 *
 * @example
 * fnv1a('abc', 1) !== fnv1a('abc', 2); // true
 */
export function fnv1a(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so nearby seeds give independent-looking hashes.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A shuffled copy of `items` (Fisher-Yates with `rng`).
 *
 * @example
 * shuffled([1, 2, 3], mulberry32(1));
 */
export function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
