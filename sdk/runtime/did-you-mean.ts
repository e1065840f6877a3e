/**
 * "Did you mean ...?" hints for mistyped names (config keys, dataset names): the closest known
 * name by edit distance, when it is close enough to be a plausible typo.
 *
 * @example
 * closestName('lora_rnak', ['lora_rank', 'lora_alpha']); // 'lora_rank'
 */

/**
 * Levenshtein distance (insertions, deletions, substitutions).
 *
 * @example
 * editDistance('kitten', 'sitting'); // 3
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known name closest to `name`, if within a typo's distance (2, or a quarter of its length).
 *
 * @example
 * closestName('chatz', ['chats', 'qa']); // 'chats'
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: [string, number] | undefined;
  for (const k of known) {
    const d = editDistance(name, k);
    if (!best || d < best[1]) best = [k, d];
  }
  return best && best[1] <= Math.max(2, Math.floor(name.length / 4)) ? best[0] : undefined;
}
