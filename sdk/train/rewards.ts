/**
 * Reward functions for GRPO and their group-normalised advantages, as TRL's GRPOTrainer computes
 * them ("sum_then_normalize"): each function scores every completion (`null` = does not apply,
 * e.g. an accuracy reward on a record without a gold answer), the weighted sum over functions is
 * the completion's reward (a completion no function applies to is unscorable), and the advantage
 * is the reward minus its group's mean, divided by the group's (or batch's) standard deviation
 * (Bessel-corrected, + 1e-4). Unscorable completions and groups without spread get advantage 0.
 *
 * @example
 * const short = (prompt: string, completion: string) => (completion.length < 40 ? 1 : 0);
 * const scored = await scoreCompletions([short], [{ prompt: 'p', completion: 'ok', record }]);
 * groupAdvantages(scored.perFunction, [1], 4, 'group').advantages;
 */
import type { DataRecord } from '../data/records.js';

/**
 * A reward function: the user text of the prompt, the completion's text and the record it came
 * from; returns a number, or `null` when it does not apply. Async functions are awaited. Its
 * `name` (the function's own name) labels its curve in logs.
 *
 * @example
 * const answerLine: RewardFunction = (prompt, completion) => (/^Answer: [A-E]\b/m.test(completion) ? 1 : 0);
 */
export type RewardFunction<R = DataRecord> = (prompt: string, completion: string, record: R) => number | null | Promise<number | null>;

/** One completion to score. @example const c: ScoredItem = { prompt: 'Which drug?', completion: 'Answer: B', record }; */
export interface ScoredItem<R = DataRecord> {
  prompt: string;
  completion: string;
  record: R;
}

/**
 * The name a reward function is logged under: its own name, else `reward_<index>`.
 *
 * @example
 * rewardName(function accuracy() { return 1; }, 0); // 'accuracy'
 */
export function rewardName(fn: RewardFunction<never>, index: number): string {
  return fn.name && fn.name !== 'anonymous' ? fn.name : `reward_${index}`;
}

/**
 * Every function on every item: `perFunction[i][f]`, NaN where the function returned null.
 * A non-finite number from a function is an error naming it and the item.
 *
 * @example
 * (await scoreCompletions([f, g], items)).perFunction[0]; // [f(item 0), g(item 0)]
 */
export async function scoreCompletions<R>(fns: readonly RewardFunction<R>[], items: readonly ScoredItem<R>[]): Promise<{ perFunction: number[][]; names: string[] }> {
  const names = fns.map((f, i) => rewardName(f as RewardFunction<never>, i));
  const perFunction: number[][] = [];
  for (const [i, it] of items.entries()) {
    const row: number[] = [];
    for (const [f, fn] of fns.entries()) {
      const v = await fn(it.prompt, it.completion, it.record);
      if (v === null) row.push(NaN);
      else if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new Error(`reward function ${names[f]} returned ${String(v)} for completion ${i}; expected a finite number or null`);
      }
      else row.push(v);
    }
    perFunction.push(row);
  }
  return { perFunction, names };
}

const nanMean = (xs: readonly number[]): number => {
  const v = xs.filter((x) => !Number.isNaN(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
};

/** Standard deviation ignoring NaN, Bessel-corrected; NaN with fewer than two values (TRL `nanstd`). */
const nanStd = (xs: readonly number[]): number => {
  const v = xs.filter((x) => !Number.isNaN(x));
  if (v.length < 2) return NaN;
  const m = v.reduce((a, b) => a + b, 0) / v.length;
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
};

/** What `groupAdvantages` computes. @example const { advantages, rewards } = groupAdvantages(perFn, [1], 4, 'group'); */
export interface Advantages {
  /** Weighted reward per completion (NaN when unscorable). */
  rewards: number[];
  advantages: number[];
  /** Share of completions whose group (or batch) had zero reward spread: they teach nothing. */
  zeroStdFraction: number;
}

/**
 * Group-normalised advantages of `perFunction` (`[N][F]`, NaN = null) for consecutive groups of
 * `groupSize` completions of the same prompt. See the file comment for the exact rule.
 *
 * @example
 * groupAdvantages([[1], [0], [0], [1]], [1], 2, 'group').advantages; // ≈ [0.7070, -0.7070, -0.7070, 0.7070]
 */
export function groupAdvantages(perFunction: readonly (readonly number[])[], weights: readonly number[], groupSize: number, scale: 'group' | 'batch' | 'none'): Advantages {
  const n = perFunction.length;
  if (n % groupSize !== 0) throw new Error(`groupAdvantages: ${n} completions do not split into groups of ${groupSize}`);
  const rewards = perFunction.map((row) => {
    if (row.length !== weights.length) throw new Error(`groupAdvantages: ${row.length} reward values but ${weights.length} weights`);
    if (row.every((v) => Number.isNaN(v))) return NaN;
    return row.reduce((acc, v, f) => acc + (Number.isNaN(v) ? 0 : v * weights[f]), 0);
  });
  const batchStd = nanStd(rewards);
  const advantages: number[] = [];
  let zero = 0;
  for (let g = 0; g < n; g += groupSize) {
    const group = rewards.slice(g, g + groupSize);
    const mean = nanMean(group);
    const std = scale === 'batch' ? batchStd : nanStd(group);
    // TRL checks "zero std" with isclose(std, 0); NaN (fewer than two scorable) counts as no spread too.
    if (!(Math.abs(std) > 1e-8)) zero += groupSize;
    for (const r of group) {
      const a = scale === 'none' ? r - mean : (r - mean) / (std + 1e-4);
      advantages.push(Number.isNaN(a) ? 0 : a);
    }
  }
  return { rewards, advantages, zeroStdFraction: n ? zero / n : 0 };
}

/**
 * One reward function from weighted ones: the weighted sum of those that apply, `null` when none does.
 *
 * @example
 * const r = combineRewards([[accuracy, 1], [format, 0.2]]);
 * await r('Which drug?', 'Answer: B', record); // 1.2 when both are satisfied
 */
export function combineRewards<R>(parts: readonly (readonly [RewardFunction<R>, number])[]): RewardFunction<R> {
  if (parts.length === 0) throw new Error('combineRewards: no reward functions given');
  return async function combined(prompt: string, completion: string, record: R) {
    let sum = 0;
    let any = false;
    for (const [fn, w] of parts) {
      const v = await fn(prompt, completion, record);
      if (v === null) continue;
      any = true;
      sum += v * w;
    }
    return any ? sum : null;
  };
}
