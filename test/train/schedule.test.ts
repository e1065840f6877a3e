import { describe, expect, it } from 'vitest';
import { learningRateAt, lrLambda, warmupStepsFor } from '../../sdk/train/schedule.js';

// Expected values computed by hand from the HF transformers formulas
// (get_linear_schedule_with_warmup, get_cosine_schedule_with_warmup, num_cycles 0.5).
describe('learning-rate schedules', () => {
  const base = { baseLr: 1e-3, totalSteps: 10, warmupSteps: 2 };
  it('linear: warmup ramps from 0, then decays to 0 at totalSteps', () => {
    const s = { ...base, type: 'linear' as const };
    expect([0, 1, 2, 3, 6, 10, 12].map((k) => lrLambda(k, s))).toEqual([0, 0.5, 1, 7 / 8, 4 / 8, 0, 0]);
    expect(learningRateAt(1, s)).toBeCloseTo(5e-4, 12);
  });
  it('cosine: half cosine after warmup', () => {
    const s = { ...base, type: 'cosine' as const };
    expect(lrLambda(1, s)).toBe(0.5);
    expect(lrLambda(2, s)).toBeCloseTo(1, 12);
    expect(lrLambda(6, s)).toBeCloseTo(0.5, 12); // progress 0.5 -> 0.5*(1+cos(pi/2))
    expect(lrLambda(4, s)).toBeCloseTo(0.5 * (1 + Math.cos(Math.PI * 0.25)), 12);
    expect(lrLambda(10, s)).toBeCloseTo(0, 12);
  });
  it('constant ignores warmup (HF get_constant_schedule); constant_with_warmup ramps', () => {
    expect(lrLambda(0, { ...base, type: 'constant' })).toBe(1);
    expect(lrLambda(1, { ...base, type: 'constant_with_warmup' })).toBe(0.5);
    expect(lrLambda(9, { ...base, type: 'constant_with_warmup' })).toBe(1);
  });
  it('warmup steps: explicit steps win, else ceil(total * ratio)', () => {
    expect(warmupStepsFor(100, { warmupRatio: 0.03 })).toBe(3);
    expect(warmupStepsFor(10, { warmupRatio: 0.01 })).toBe(1);
    expect(warmupStepsFor(100, { warmupRatio: 0.5, warmupSteps: 7 })).toBe(7);
    expect(warmupStepsFor(100, {})).toBe(0);
  });
});
