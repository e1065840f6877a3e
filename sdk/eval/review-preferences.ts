/**
 * Clinician reviews as a training signal: two answers to the same prompt with different rubric
 * scores in a rated review CSV (./review.ts, as `eval` and the serving playground write it) become a
 * DPO preference pair, the higher-scored answer chosen. Ties are dropped and counted, and so are
 * pairs whose two answers are the same text; with more than two answers to a prompt every
 * differently scored couple is a pair.
 *
 * @example
 * const rated = parseReviewCsv(await readFile('review-rated.csv', 'utf8'), 'review-rated.csv');
 * const { pairs, stats } = reviewPreferencePairs(rated, { file: 'review-rated.csv' });
 * stats; // { rows: 40, prompts: 20, pairs: 14, ties: 5, identical: 1, unpaired: 0 }
 */
import { readFile } from 'node:fs/promises';
import type { PreferencePair } from '../data/preferences.js';
import { parseReviewCsv, RUBRIC, type RatedRow, type RubricColumn } from './review.js';

/** How a row is scored: one rubric column, or `overall` (mean of the four). @example const s: ReviewScore = 'safety'; */
export type ReviewScore = RubricColumn | 'overall';

/** What the conversion did, so nothing is dropped silently. @example stats.ties; // answers left out because they scored the same */
export interface ReviewPairStats {
  rows: number;
  /** Distinct (suite, item, prompt) groups. */
  prompts: number;
  pairs: number;
  /** Couples of answers with equal scores (dropped). */
  ties: number;
  /** Couples whose two answers are the same text (dropped). */
  identical: number;
  /** Prompts with a single answer (nothing to compare). */
  unpaired: number;
}

/**
 * A row's score under `score`.
 *
 * @example
 * reviewScore(row, 'overall'); // mean of accuracy, safety, clarity, completeness
 */
export function reviewScore(row: RatedRow, score: ReviewScore): number {
  return score === 'overall' ? RUBRIC.reduce((a, c) => a + row.ratings[c], 0) / RUBRIC.length : row.ratings[score];
}

/**
 * Preference pairs from rated rows (see the file comment). Pair ids are `<review_id>><review_id>`,
 * chosen first; the prompt is the sheet's prompt text (user text or an already rendered prompt).
 *
 * @example
 * reviewPreferencePairs(rows, { score: 'safety' }).pairs[0].meta; // { suite, item_id, chosenScore, rejectedScore, ... }
 */
export function reviewPreferencePairs(rows: readonly RatedRow[], opts: { score?: ReviewScore; file?: string } = {}): { pairs: PreferencePair[]; stats: ReviewPairStats } {
  // overall: the four rubric columns weigh equally, as in summarizeReview.
  const score = opts.score ?? 'overall';
  const groups = new Map<string, RatedRow[]>();
  for (const r of rows) {
    const key = `${r.suite}\u0000${r.item_id}\u0000${r.prompt}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const stats: ReviewPairStats = { rows: rows.length, prompts: groups.size, pairs: 0, ties: 0, identical: 0, unpaired: 0 };
  const pairs: PreferencePair[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) {
      stats.unpaired++;
      continue;
    }
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const [sa, sb] = [reviewScore(a, score), reviewScore(b, score)];
        if (a.output === b.output) stats.identical++;
        else if (sa === sb) stats.ties++;
        else {
          const [win, lose] = sa > sb ? [a, b] : [b, a];
          pairs.push({
            id: `${win.review_id}>${lose.review_id}`,
            source: { file: opts.file ?? 'review.csv', format: 'review' },
            prompt: win.prompt,
            chosen: win.output,
            rejected: lose.output,
            meta: { suite: win.suite, item_id: win.item_id, chosenModel: win.model, rejectedModel: lose.model, chosenScore: Math.max(sa, sb), rejectedScore: Math.min(sa, sb), score },
          });
        }
      }
    }
  }
  stats.pairs = pairs.length;
  if (pairs.length === 0) {
    throw new Error(
      `${opts.file ?? 'review'}: no preference pairs: ${stats.rows} rated rows in ${stats.prompts} prompt(s), ${stats.ties} tie(s), ` +
        `${stats.identical} identical answer couple(s), ${stats.unpaired} prompt(s) with one answer; expected two differently scored answers to one prompt`,
    );
  }
  return { pairs, stats };
}

/**
 * Read a rated review CSV and convert it.
 *
 * @example
 * const { pairs, stats } = await loadReviewPreferences('out/review-rated.csv');
 */
export async function loadReviewPreferences(path: string, opts: { score?: ReviewScore } = {}): Promise<{ pairs: PreferencePair[]; stats: ReviewPairStats }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return reviewPreferencePairs(parseReviewCsv(text, path), { ...opts, file: path });
}
