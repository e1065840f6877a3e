/**
 * A small seeded random generator whose whole state is four 32-bit numbers, so a training
 * checkpoint can store it and a resumed run draws exactly the same numbers (sfc32).
 *
 * @example
 * const rng = new Rng(42);
 * const order = rng.permutation(5); // same order for the same seed, every run
 * const saved = rng.state();         // [a, b, c, d]
 * const again = Rng.fromState(saved); // continues where rng stopped
 */

/** Serialisable generator state. @example const st: RngState = new Rng(1).state(); */
export type RngState = [number, number, number, number];

/**
 * Deterministic pseudo-random numbers (sfc32), seeded from an integer.
 *
 * @example
 * new Rng(1).next(); // a float in [0, 1)
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
    return this.nextUint32() / 4294967296;
  }

  /** Fisher-Yates permutation of 0..n-1. @example rng.permutation(3) // e.g. [2, 0, 1] */
  permutation(n: number): number[] {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
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
