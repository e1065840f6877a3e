/**
 * Per-task and per-source breakdowns: the same metric recomputed on each group of items.
 *
 * @example
 * breakdown(items, (i) => i.task, (g) => ({ n: g.length, accuracy: mean(g.map((i) => +i.correct)) }));
 */

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
