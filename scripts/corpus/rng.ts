/**
 * Seeded randomness for the corpus generator: one faker instance plus small helpers, so every
 * choice in a run flows from a single seed and the output is byte-identical across runs.
 *
 * @example
 * const rng = new Rng(7);
 * rng.pick(['a', 'b']); rng.int(1, 6); rng.faker.person.lastName();
 */
import { Faker, en, en_US } from '@faker-js/faker';

/** Seeded random helpers. @example new Rng(1).chance(0.5) */
export class Rng {
  readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [en_US, en] });
    this.faker.seed(seed);
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  /** Float in [min, max) rounded to `digits` decimals. */
  float(min: number, max: number, digits: number): number {
    const v = min + this.faker.number.float({ min: 0, max: 1 }) * (max - min);
    return Number(v.toFixed(digits));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty array');
    return items[this.int(0, items.length - 1)];
  }

  /** `n` distinct elements (or all of them when n >= length), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.min(n, items.length));
  }

  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[] {
    return this.faker.helpers.shuffle([...items]);
  }

  /** `len` characters drawn from `alphabet`. */
  chars(alphabet: string, len: number): string {
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }

  /** `len` decimal digits (leading zeros allowed). */
  digits(len: number): string {
    return this.chars('0123456789', len);
  }
}
