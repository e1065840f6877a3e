import { describe, expect, it } from 'vitest';
import { deriveSeed, hashString, mulberry32, pick, randInt, Rng, shuffled } from '../../sdk/runtime/random.js';

// The golden values below were produced by the implementations these functions replaced
// (sdk/deid/random.ts, sdk/train/rng.ts); surrogates, date shifts and training checkpoints
// depend on them staying exactly the same.
describe('seeded randomness (sdk/runtime/random.ts)', () => {
  it('mulberry32 reproduces the reference sequence', () => {
    // Reference values from an independent Python port of mulberry32 (scripts/reference/mulberry32_ref.py).
    const r = mulberry32(42);
    expect([r(), r(), r()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('mulberry32 folds the high bits of a 53-bit seed in, and leaves 32-bit seeds as they are', () => {
    const h = hashString('seed\u0000pt-1\u0000john');
    const r = mulberry32(h);
    expect([r(), r()]).toEqual([0.3874995680525899, 0.0166332283988595]);
    expect(mulberry32(2 ** 32 + 5)()).not.toBe(mulberry32(5)());
    expect(mulberry32(-1)()).toBe(mulberry32(2 ** 32 - 1)());
  });

  it('hashString is the cyrb53 hash surrogates are derived from', () => {
    expect(hashString('abc')).toBe(5059922895146125);
    expect(hashString('pt-0042', 7)).toBe(2483169916924420);
    expect(hashString('')).toBe(3338908027751811);
    expect(hashString('abc', 1)).not.toBe(hashString('abc', 2));
  });

  it('shuffled permutes a copy; pick and randInt stay in range', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const s = shuffled(items, mulberry32(3));
    expect(s).not.toBe(items);
    expect([...s].sort()).toEqual(items);
    expect(shuffled(items, mulberry32(3))).toEqual(s);
    const rng = mulberry32(9);
    for (let i = 0; i < 200; i++) {
      const v = randInt(rng, -3, 2);
      expect(Number.isInteger(v) && v >= -3 && v <= 2).toBe(true);
      expect(items).toContain(pick(items, rng));
    }
  });

  it('Rng (sfc32) keeps its sequence, state and permutations', () => {
    const r = new Rng(42);
    expect([r.nextUint32(), r.nextUint32()]).toEqual([1028872839, 2516511472]);
    expect(r.state()).toEqual([2011611910, 3661441631, 3137001076, 3317318731]);
    const again = Rng.fromState(r.state());
    expect([again.next(), again.next()]).toEqual([r.next(), r.next()]);
    expect(deriveSeed(42, 3)).toBe(964674387);
    expect(new Rng(7).permutation(8)).toEqual([0, 6, 3, 7, 4, 5, 2, 1]);
  });
});
