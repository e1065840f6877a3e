/**
 * The one seeded PRNG medtune uses everywhere (splits, MinHash, sampling, bootstrap, surrogates,
 * initialisation), so the same seed gives the same answer on every machine and nothing touches
 * `Math.random`.
 *
 * @example
 * const rng = mulberry32(42); rng(); // same float every run
 */

/**
 * mulberry32: a tiny 32-bit PRNG with good statistical quality for shuffling; returns [0, 1).
 *
 * @example
 * const r = mulberry32(7); r() < 1; // true
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
