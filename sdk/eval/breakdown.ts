/**
 * Per-task and per-source breakdowns: the same metric recomputed on each group of items.
 *
 * @example
 * breakdown(items, (i) => i.task, (g) => ({ n: g.length, accuracy: mean(g.map((i) => +i.correct)) }));
 */
import type { DataRecord } from '../data/records.js';

/** Items that carry their grouping keys. */
export interface Grouped {
  task: string;
  source: string;
}

/**
 * Group `items` by `key` and compute `metric` per group (keys sorted for stable output).
 *
 * @example
 * breakdown([{ task: 'a', source: 's', v: 1 }], (i) => i.task, (g) => g.length); // { a: 1 }
 */
export function breakdown<T, M>(items: readonly T[], key: (item: T) => string, metric: (group: T[]) => M): Record<string, M> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return Object.fromEntries([...groups.keys()].sort().map((k) => [k, metric(groups.get(k)!)]));
}

/**
 * Both standard breakdowns at once.
 *
 * @example
 * const { byTask, bySource } = taskAndSource(items, (g) => g.length);
 */
export function taskAndSource<T extends Grouped, M>(items: readonly T[], metric: (group: T[]) => M): { byTask: Record<string, M>; bySource: Record<string, M> } {
  return { byTask: breakdown(items, (i) => i.task, metric), bySource: breakdown(items, (i) => i.source, metric) };
}

/**
 * Task label for breakdowns: the instruction task, else the record kind.
 *
 * @example
 * taskOf(record); // 'summarization' | 'mcq' | ...
 */
export function taskOf(r: DataRecord): string {
  return r.kind === 'instruction' ? r.task : r.kind;
}

/**
 * Source label for breakdowns: `meta.source` / `meta.dataset` when the data step recorded one,
 * else the source file's base name.
 *
 * @example
 * sourceOf(record); // 'reports.jsonl'
 */
export function sourceOf(r: DataRecord): string {
  const m = r.meta;
  for (const k of ['source', 'dataset']) if (typeof m[k] === 'string' && m[k]) return m[k] as string;
  return r.source.file.split(/[\\/]/).pop() || r.source.format;
}
