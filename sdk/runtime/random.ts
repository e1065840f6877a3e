/**
 * Seeded randomness and hashing, defined once for the whole SDK: splits, mixes, MinHash,
 * surrogates, date shifts, sampling, bootstrap, LoRA/weight initialisation and the trainer's
 * shuffles. The same seed gives the same answer on every machine; nothing touches `Math.random`.
 *
 * - `mulberry32(seed)`: the generator, a function returning floats in [0, 1).
 * - `Rng`: the checkpointable generator (its whole state is four numbers a checkpoint can store).
 * - `hashString(text, seed)`: the string hash (deterministic seeds from names and ids).
 * - `shuffled(items, rng)`: the shuffle (Fisher-Yates).
 *
 * @example
 * const rng = mulberry32(hashString('pt-0042'));
 * shuffled(['a', 'b', 'c'], rng); // same order every run
 */

const TWO_32 = 4294967296;

/**
 * mulberry32: a tiny 32-bit PRNG with good statistical quality for shuffling and sampling;
 * returns floats in [0, 1). Seeds above 2^32 (e.g. a 53-bit `hashString`) fold their high bits
 * in, so they still change the stream; smaller seeds are used as their 32-bit value.
 *
 * @example
 * const r = mulberry32(7); r() < 1; // true
 */
export function mulberry32(seed: number): () => number {
  let a = (seed >= TWO_32 ? (seed >>> 0) ^ Math.floor(seed / TWO_32) : seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_32;
  };
}

/**
 * 53-bit string hash (cyrb53) mixed with `seed`: fast, well mixed, not cryptographic (surrogates
 * and MinHash need spread, not secrecy; the secret is the caller's seed). Its low 32 bits are a
 * good 32-bit hash on their own (`hashString(s) >>> 0`).
 *
 * @example
 * hashString('abc') === hashString('abc'); // true
 * hashString('abc', 1) !== hashString('abc', 2); // true
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
  return TWO_32 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A shuffled copy of `items` (Fisher-Yates, drawing from `rng`).
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

/**
 * One element of a non-empty array.
 *
 * @example
 * pick(['a', 'b'], mulberry32(1));
 */
export function pick<T>(items: readonly T[], rng: () => number): T {
  return items[Math.floor(rng() * items.length)];
}

/**
 * Integer in [min, max], both inclusive.
 *
 * @example
 * randInt(mulberry32(3), -365, -1);
 */
export function randInt(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Serialisable state of an `Rng`. @example const st: RngState = new Rng(1).state(); */
export type RngState = [number, number, number, number];

/**
 * The checkpointable generator (sfc32): its whole state is four 32-bit numbers, so a training
 * checkpoint stores it and a resumed run draws exactly the same numbers.
 *
 * @example
 * const rng = new Rng(42);
 * const order = rng.permutation(5);   // same order for the same seed, every run
 * const again = Rng.fromState(rng.state()); // continues where rng stopped
 */
export class Rng {
  private s: RngState;

  constructor(seed: number) {
    // splitmix32 spreads a small integer seed over the four state words.
    let x = seed >>> 0;
    const mix = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s = [mix(), mix(), mix(), mix()];
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Rebuild a generator from `state()`. @example Rng.fromState(rng.state()) */
  static fromState(state: RngState): Rng {
    const r = new Rng(0);
    r.s = [state[0] >>> 0, state[1] >>> 0, state[2] >>> 0, state[3] >>> 0];
    return r;
  }

  /** A copy of the current state. @example const st = rng.state(); */
  state(): RngState {
    return [...this.s] as RngState;
  }

  /** Next unsigned 32-bit integer. @example rng.nextUint32() */
  nextUint32(): number {
    let [a, b, c, d] = this.s;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    this.s = [a >>> 0, b >>> 0, c, d];
    return t;
  }

  /** Float in [0, 1). @example rng.next() */
  next(): number {
    return this.nextUint32() / TWO_32;
  }

  /** A random permutation of 0..n-1 (`shuffled` over this generator). @example rng.permutation(3) // e.g. [2, 0, 1] */
  permutation(n: number): number[] {
    return shuffled(
      Array.from({ length: n }, (_, i) => i),
      () => this.next(),
    );
  }
}

/**
 * Derive an independent seed from a base seed and a counter (epoch, step), so each epoch's
 * shuffle depends only on (seed, epoch) and resuming mid-run needs no replay.
 *
 * @example
 * deriveSeed(42, 3); // stable integer
 */
export function deriveSeed(seed: number, counter: number): number {
  const r = new Rng((seed ^ Math.imul(counter + 1, 0x27d4eb2d)) >>> 0);
  return r.nextUint32();
}
