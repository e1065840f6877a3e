/**
 * Weighted, seeded mixing of several record lists: exact per-source counts (largest remainder)
 * then one seeded shuffle, so any prefix of the mix also has roughly the target proportions.
 *
 * @example
 * const { records, counts } = mixRecords({ reports: a, medqa: b }, { reports: 0.7, medqa: 0.3 }, { seed: 1 });
 */
import { z } from 'zod';
import type { DataRecord } from './records.js';
import { mulberry32, shuffled } from '../runtime/random.js';

/** Options of `mixRecords`; unknown keys are rejected. @example MixOptionsSchema.parse({ size: 1000, seed: 3 }); */
export const MixOptionsSchema = z
  .object({
    /** Seed for sampling and interleaving; 0 so an unseeded call is still reproducible. */
    seed: z.number().int().default(0),
    /** Total records; by default the largest mix that needs no source to repeat a record. */
    size: z.number().int().positive().optional(),
    /** Allow sampling a source with replacement when it has fewer records than its share (off: repeats overfit). */
    upsample: z.boolean().default(false),
  })
  .strict();
/** Input form of the mix options. @example const o: MixOptions = { seed: 1 }; */
export type MixOptions = z.input<typeof MixOptionsSchema>;

/**
 * Integer counts summing to `total` proportional to `weights` (largest-remainder rounding).
 *
 * @example
 * allocate(10, { a: 0.25, b: 0.75 }); // { a: 3, b: 7 } or { a: 2, b: 8 } by remainder
 */
export function allocate(total: number, weights: Record<string, number>): Record<string, number> {
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  const raw = Object.entries(weights).map(([k, w]) => ({ k, x: (total * w) / sum }));
  const out: Record<string, number> = Object.fromEntries(raw.map(({ k, x }) => [k, Math.floor(x)]));
  let left = total - Object.values(out).reduce((a, b) => a + b, 0);
  for (const { k } of [...raw].sort((a, b) => (b.x - Math.floor(b.x)) - (a.x - Math.floor(a.x)) || a.k.localeCompare(b.k))) {
    if (left-- <= 0) break;
    out[k]++;
  }
  return out;
}

/**
 * Mix named record lists by weight. Weights are normalised; every name in `weights` must be a
 * source. Each output record gets `meta.mixSource`; upsampled repeats get an id suffix `~2`, `~3`.
 *
 * @example
 * mixRecords({ a, b }, { a: 1, b: 3 }, { seed: 7, size: 400 }).counts; // { a: 100, b: 300 }
 */
export function mixRecords(
  sources: Record<string, readonly DataRecord[]>,
  weights: Record<string, number>,
  options: MixOptions = {},
): { records: DataRecord[]; counts: Record<string, number> } {
  const o = MixOptionsSchema.parse(options);
  for (const [k, w] of Object.entries(weights)) {
    if (!(k in sources)) throw new Error(`mix: weight for '${k}' but no dataset named '${k}' (have ${Object.keys(sources).join(', ')})`);
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`mix: weight '${k}' found ${w}, expected a finite number >= 0`);
  }
  for (const k of Object.keys(sources)) if (!(k in weights)) throw new Error(`mix: dataset '${k}' has no weight`);
  const active = Object.fromEntries(Object.entries(weights).filter(([, w]) => w > 0));
  if (Object.keys(active).length === 0) throw new Error('mix: every weight is 0');
  const sum = Object.values(active).reduce((a, b) => a + b, 0);
  const size = o.size ?? Math.floor(Math.min(...Object.entries(active).map(([k, w]) => sources[k].length / (w / sum))));
  const counts = allocate(size, active);
  const rng = mulberry32(o.seed);
  const picked: DataRecord[] = [];
  for (const k of Object.keys(active).sort()) {
    const src = sources[k];
    const n = counts[k];
    if (n > src.length && !o.upsample) {
      throw new Error(`mix: '${k}' needs ${n} records for weight ${active[k]} of size ${size} but has ${src.length}; lower size or pass upsample: true`);
    }
    if (n > 0 && src.length === 0) throw new Error(`mix: '${k}' is empty but has weight ${active[k]}`);
    let taken = 0;
    for (let round = 1; taken < n; round++) {
      for (const r of shuffled(src, rng).slice(0, n - taken)) {
        picked.push({ ...r, id: round === 1 ? r.id : `${r.id}~${round}`, meta: { ...r.meta, mixSource: k } });
        taken++;
      }
    }
  }
  return { records: shuffled(picked, rng), counts };
}

/** How `interleaveRecords` stops (LLaMA-Factory `mix_strategy`, HF `interleave_datasets`). @example const s: InterleaveStrategy = 'interleave_under'; */
export type InterleaveStrategy = 'interleave_under' | 'interleave_over' | 'interleave_once';

/**
 * Interleave record lists like Hugging Face `interleave_datasets`: pick a source by
 * `probs` (seeded) or in turn, take its next record. `interleave_under` stops when a source
 * runs out, `interleave_over` restarts exhausted sources until every source was seen whole,
 * `interleave_once` skips exhausted sources until all are used up. Repeats get an id suffix `~N`.
 *
 * @example
 * interleaveRecords([a, b], 'interleave_under', { probs: [0.5, 0.5], seed: 42 }).length;
 */
export function interleaveRecords(lists: readonly (readonly DataRecord[])[], strategy: InterleaveStrategy, opts: { probs?: number[]; seed?: number } = {}): DataRecord[] {
  if (opts.probs && opts.probs.length !== lists.length) throw new Error(`interleave: ${opts.probs.length} probabilities for ${lists.length} datasets; expected one per dataset`);
  if (lists.some((l) => l.length === 0)) throw new Error('interleave: a dataset is empty');
  const rng = mulberry32(opts.seed ?? 0);
  const pos = lists.map(() => 0);
  const rounds = lists.map(() => 0);
  const done = lists.map(() => false);
  const out: DataRecord[] = [];
  let turn = 0;
  const choose = (): number => {
    const open = lists.map((_, i) => i).filter((i) => strategy !== 'interleave_once' || !done[i]);
    if (!opts.probs) {
      while (!open.includes(turn % lists.length)) turn++;
      return turn++ % lists.length;
    }
    const w = open.map((i) => opts.probs![i]);
    let x = rng() * w.reduce((a, b) => a + b, 0);
    for (let k = 0; k < open.length; k++) if ((x -= w[k]) < 0) return open[k];
    return open[open.length - 1];
  };
  for (;;) {
    const i = choose();
    const r = lists[i][pos[i]];
    out.push(rounds[i] === 0 ? r : { ...r, id: `${r.id}~${rounds[i] + 1}` });
    if (++pos[i] === lists[i].length) {
      done[i] = true;
      if (strategy === 'interleave_under') break;
      if (done.every(Boolean)) break;
      if (strategy === 'interleave_over') {
        pos[i] = 0;
        rounds[i]++;
      }
    }
  }
  return out;
}
