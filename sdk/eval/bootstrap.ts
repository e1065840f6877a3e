/**
 * Seeded bootstrap confidence intervals (percentile method).
 *
 * Evaluation sets here are small (tens of items), so a point estimate alone overstates what
 * we know; the interval says how much the number would move with another sample of the same
 * size. A seeded PRNG makes the interval reproducible run to run.
 *
 * @example
 * const ci = bootstrapCI([1, 0, 1, 1], (s) => s.reduce((a, b) => a + b, 0) / s.length, { seed: 1 });
 * ci.low <= ci.estimate && ci.estimate <= ci.high; // true
 */
import { z } from 'zod';
import { mulberry32 } from '../runtime/random.js';

/** Options of `bootstrapCI`. @example BootstrapOptions.parse({ samples: 200 }) */
export const BootstrapOptions = z
  .object({
    // 1000 resamples: the usual choice; the 2.5%/97.5% percentiles are stable to about ±0.01 at that count.
    samples: z.number().int().min(10).default(1000),
    // 95%: the conventional level, comparable with published results.
    level: z.number().gt(0).lt(1).default(0.95),
    // A fixed seed so the same inputs always give the same interval.
    seed: z.number().int().default(0),
  })
  .strict();
export type BootstrapOptions = z.input<typeof BootstrapOptions>;

/** A point estimate with its bootstrap interval. */
export interface ConfidenceInterval {
  estimate: number;
  low: number;
  high: number;
  level: number;
  samples: number;
  seed: number;
  /** Number of items the estimate is computed over. */
  n: number;
}

/**
 * Linear-interpolated quantile of sorted values (numpy's default "linear" method).
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantileSorted(sorted: number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantileSorted: no values');
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Percentile bootstrap: resample `items` with replacement `samples` times, recompute `stat`,
 * report the central `level` interval. `stat` receives whole resamples, so corpus-level
 * statistics (macro-F1, corpus BLEU) are resampled correctly, not just per-item means.
 *
 * @example
 * bootstrapCI(perItemCorrect, mean, { samples: 500, seed: 7 });
 */
export function bootstrapCI<T>(
  items: readonly T[],
  stat: (sample: T[]) => number,
  options: BootstrapOptions = {},
): ConfidenceInterval {
  const opts = BootstrapOptions.parse(options);
  if (items.length === 0) throw new Error('bootstrapCI: no items to resample (the suite produced no scored items)');
  const estimate = stat([...items]);
  const rand = mulberry32(opts.seed);
  const stats: number[] = [];
  const sample: T[] = new Array(items.length);
  for (let s = 0; s < opts.samples; s++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(rand() * items.length)];
    const v = stat(sample);
    if (Number.isFinite(v)) stats.push(v);
  }
  stats.sort((a, b) => a - b);
  const tail = (1 - opts.level) / 2;
  const low = stats.length ? quantileSorted(stats, tail) : Number.NaN;
  const high = stats.length ? quantileSorted(stats, 1 - tail) : Number.NaN;
  return { estimate, low, high, level: opts.level, samples: opts.samples, seed: opts.seed, n: items.length };
}

/**
 * Arithmetic mean; 0 for an empty list would hide a bug, so it is NaN.
 *
 * @example
 * mean([1, 0, 1]); // 0.666...
 */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}
