/**
 * Deterministic train/val/test splitting with groups kept whole (no patient in two splits) and
 * optional stratification: groups are shuffled with a seeded PRNG, then, stratum by stratum,
 * each group goes to the split furthest below its target size.
 *
 * @example
 * const parts = splitRecords(records, { train: 0.8, val: 0.1, test: 0.1, seed: 42 });
 * parts.train.length + parts.val.length + parts.test.length === records.length; // true
 */
import { z } from 'zod';
import { defaultStratum, type DataRecord } from './records.js';
import { mulberry32, shuffled } from '../runtime/random.js';

const keyFn = z.union([z.string(), z.custom<(r: DataRecord) => string | undefined>((v) => typeof v === 'function')]);

/** Options of `.split()`; fractions must sum to 1. @example SplitOptionsSchema.parse({ train: 0.8, val: 0.1, test: 0.1 }); */
export const SplitOptionsSchema = z
  .object({
    /** 80/10/10: the usual fine-tuning split; small val/test suffice for loss curves and spot checks. */
    train: z.number().min(0).max(1).default(0.8),
    val: z.number().min(0).max(1).default(0.1),
    test: z.number().min(0).max(1).default(0.1),
    /** Seed of the group shuffle; a fixed default so the same data always splits the same way. */
    seed: z.number().int().default(42),
    /** Grouping key: a record field ('patientId', 'meta.<key>') or function. Default: patientId
     * when any record has one (the same patient in train and test leaks), else each record alone. */
    groupBy: keyFn.optional(),
    /** Stratum key: 'task' | 'kind' | 'label' (task/decision/answer/report type) | a field | function. */
    stratifyBy: keyFn.optional(),
  })
  .strict()
  .refine((o) => Math.abs(o.train + o.val + o.test - 1) < 1e-6, { message: 'train + val + test must sum to 1' });
/** Input form of the split options. @example const o: SplitOptions = { seed: 7 }; */
export type SplitOptions = z.input<typeof SplitOptionsSchema>;
/** A split's name. @example const s: SplitName = 'val'; */
export type SplitName = 'train' | 'val' | 'test';
/** Split names in output order. @example SPLITS.map((s) => `${s}.jsonl`); */
export const SPLITS: readonly SplitName[] = ['train', 'val', 'test'];

function resolveKey(key: string | ((r: DataRecord) => string | undefined)): (r: DataRecord) => string | undefined {
  if (typeof key === 'function') return key;
  if (key === 'label') return defaultStratum;
  if (key.startsWith('meta.')) return (r) => { const v = r.meta[key.slice(5)]; return v === undefined ? undefined : String(v); };
  return (r) => { const v = (r as unknown as Record<string, unknown>)[key]; return v === undefined ? undefined : String(v); };
}

/**
 * Split records; see {@link SplitOptionsSchema}. Records without a group key form their own group.
 *
 * @example
 * splitRecords(records, { train: 0.9, val: 0, test: 0.1, groupBy: 'patientId', stratifyBy: 'task' });
 */
export function splitRecords(records: readonly DataRecord[], options: SplitOptions = {}): Record<SplitName, DataRecord[]> {
  const parsed = SplitOptionsSchema.safeParse(options);
  if (!parsed.success) throw new Error(`split options: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const o = parsed.data;
  const groupKey = resolveKey(o.groupBy ?? (records.some((r) => r.patientId) ? 'patientId' : 'id'));
  const stratumKey = o.stratifyBy ? resolveKey(o.stratifyBy) : () => '';
  const groups = new Map<string, DataRecord[]>();
  for (const r of records) {
    const g = `g:${groupKey(r) ?? `id:${r.id}`}`;
    const list = groups.get(g);
    if (list) list.push(r);
    else groups.set(g, [r]);
  }
  // A group's stratum is its most common one, so a patient's reports stay together.
  const strata = new Map<string, string[]>();
  for (const [g, rs] of groups) {
    const tally = new Map<string, number>();
    for (const r of rs) { const s = stratumKey(r) ?? ''; tally.set(s, (tally.get(s) ?? 0) + 1); }
    const s = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const list = strata.get(s);
    if (list) list.push(g);
    else strata.set(s, [g]);
  }
  const rng = mulberry32(o.seed);
  const out: Record<SplitName, DataRecord[]> = { train: [], val: [], test: [] };
  const frac = { train: o.train, val: o.val, test: o.test };
  for (const s of [...strata.keys()].sort()) {
    const gs = shuffled(strata.get(s)!.sort(), rng);
    const total = gs.reduce((n, g) => n + groups.get(g)!.length, 0);
    const have = { train: 0, val: 0, test: 0 };
    for (const g of gs) {
      const size = groups.get(g)!.length;
      // The split furthest below its target record count takes the group (ties favour train, val, test order).
      let best: SplitName = 'train';
      let bestGap = -Infinity;
      for (const k of SPLITS) {
        if (frac[k] === 0) continue;
        const gap = frac[k] * total - have[k];
        if (gap > bestGap) { bestGap = gap; best = k; }
      }
      have[best] += size;
      out[best].push(...groups.get(g)!);
    }
  }
  // Shuffle within each split so saved files are not ordered by stratum.
  for (const k of SPLITS) out[k] = shuffled(out[k], rng);
  return out;
}
