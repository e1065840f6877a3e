/**
 * Deterministic randomness for surrogates: a string hash and a small seeded generator.
 *
 * Surrogates must be the same for the same (seed, patient, value) in any process or worker,
 * so they are derived by hashing rather than from shared mutable state.
 *
 * @example
 * const rng = seededRandom(hashString('seed|pt-1|john'));
 * rng(); // 0 <= x < 1, same every run
 */
import { mulberry32 } from '../data/random.js';

/**
 * 53-bit string hash (cyrb53): fast, well mixed, not cryptographic (surrogates are not secrets;
 * the secret is the caller's seed).
 *
 * @example
 * hashString('abc') === hashString('abc'); // true
 */
export function hashString(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * mulberry32 generator (the data phase's, one implementation for the SDK) seeded from a number;
 * the high bits of a 53-bit hash are folded in so they still change the stream. Floats in [0, 1).
 *
 * @example
 * const r = seededRandom(42); r(); r();
 */
export function seededRandom(seed: number): () => number {
  return mulberry32((seed >>> 0) ^ Math.floor(seed / 4294967296));
}

/**
 * Pick one element of a non-empty array with `rng`.
 *
 * @example
 * pick(['a', 'b'], seededRandom(1));
 */
export function pick<T>(items: readonly T[], rng: () => number): T {
  return items[Math.floor(rng() * items.length)];
}

/**
 * Integer in [min, max] inclusive.
 *
 * @example
 * randInt(seededRandom(3), -365, -1);
 */
export function randInt(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
