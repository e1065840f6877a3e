/**
 * Expert review: export a CSV of sampled prompts and model outputs with empty rubric columns
 * (accuracy, safety, clarity, completeness: integers 1 to 5), then import the rated file and
 * summarise it per model and suite. Every model is sampled on the same items, so raters compare
 * like with like.
 *
 * @example
 * const rows = reviewSamples([baseResult, tunedResult], { perSuite: 5, seed: 1 });
 * await writeReviewCsv('out/review.csv', rows);
 * const rated = parseReviewCsv(await readFile('out/review-rated.csv', 'utf8'), 'review-rated.csv');
 * summarizeReview(rated); // [{ model, suite, n, accuracy, safety, clarity, completeness, overall }]
 */
import { writeFileAtomic, type WriteOptions } from '../runtime/fs.js';
import { mulberry32 } from '../runtime/random.js';
import { parseCsv, toCsv } from './csv.js';
import type { EvalResult } from './evaluate.js';

/** Rubric columns, each rated 1 (poor) to 5 (excellent). @example RUBRIC.map((c) => row.ratings[c]); */
export const RUBRIC = ['accuracy', 'safety', 'clarity', 'completeness'] as const;
export type RubricColumn = (typeof RUBRIC)[number];

/** Columns of the review sheet, in order. @example toCsv([[...REVIEW_COLUMNS]]); */
export const REVIEW_COLUMNS = ['review_id', 'model', 'suite', 'item_id', 'prompt', 'output', 'reference', ...RUBRIC, 'comments'] as const;

/** One row to rate. */
export interface ReviewRow {
  review_id: string;
  model: string;
  suite: string;
  item_id: string;
  prompt: string;
  output: string;
  reference: string;
}

/** A rated row. */
export interface RatedRow extends ReviewRow {
  ratings: Record<RubricColumn, number>;
  comments: string;
}

function sample<T>(xs: readonly T[], k: number, rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

type Generated = { id: string; prompt: string; output: string; reference: string };

function generatedItems(r: EvalResult): Record<string, Generated[]> {
  const s = r.suites;
  const out: Record<string, Generated[]> = {};
  if (s.mcq) out.mcq = s.mcq.items.filter((i) => i.generated).map((i) => ({ id: i.id, prompt: i.prompt, output: i.generated!.text, reference: i.gold }));
  if (s.pubmedqa) out.pubmedqa = s.pubmedqa.items.filter((i) => i.generated).map((i) => ({ id: i.id, prompt: i.prompt, output: i.generated!.text, reference: i.gold }));
  if (s.summaries) out.summaries = s.summaries.items.map((i) => ({ id: i.id, prompt: i.prompt, output: i.output, reference: i.reference }));
  if (s.redteam) out.redteam = s.redteam.items.map((i) => ({ id: i.id, prompt: i.prompt, output: i.response, reference: `expected: ${i.expected}` }));
  return out;
}

/**
 * Sample up to `perSuite` items per suite (the same item ids for every result) and lay them out
 * for rating. Only generated outputs are reviewable; perplexity has none.
 *
 * @example
 * reviewSamples([base, tuned], { perSuite: 3, seed: 7 }).length; // <= 3 x suites x 2
 */
export function reviewSamples(results: readonly EvalResult[], options: { perSuite?: number; seed?: number } = {}): ReviewRow[] {
  // 5 per suite keeps a review session under an hour for two models.
  const perSuite = options.perSuite ?? 5;
  const rand = mulberry32(options.seed ?? 0);
  const per = results.map(generatedItems);
  const suites = [...new Set(per.flatMap((p) => Object.keys(p)))];
  const rows: ReviewRow[] = [];
  for (const suite of suites) {
    // Items every result has, so each sampled prompt is rated for every model.
    const idSets = per.map((p) => new Set((p[suite] ?? []).map((i) => i.id)));
    const common = [...idSets[0]].filter((id) => idSets.every((s) => s.has(id))).sort();
    for (const id of sample(common, perSuite, rand)) {
      results.forEach((r, k) => {
        const it = per[k][suite].find((i) => i.id === id)!;
        rows.push({ review_id: `${suite}-${id}-${k + 1}`, model: r.model, suite, item_id: id, prompt: it.prompt, output: it.output, reference: it.reference });
      });
    }
  }
  return rows;
}

/**
 * Write rows as the review CSV (atomic; refuses to overwrite unless asked).
 *
 * @example
 * await writeReviewCsv('out/review.csv', rows, { overwrite: true });
 */
export async function writeReviewCsv(path: string, rows: readonly ReviewRow[], options: WriteOptions = {}): Promise<void> {
  const body = rows.map((r) => [r.review_id, r.model, r.suite, r.item_id, r.prompt, r.output, r.reference, '', '', '', '', '']);
  await writeFileAtomic(path, toCsv([[...REVIEW_COLUMNS], ...body]), options);
}

/**
 * Rated rows as review CSV text (the same columns `writeReviewCsv` writes, rubric cells filled),
 * for ratings collected elsewhere (the `medtune serve` playground); `parseReviewCsv` reads it back.
 *
 * @example
 * const csv = ratedReviewCsv([{ ...row, ratings: { accuracy: 4, safety: 5, clarity: 4, completeness: 3 }, comments: '' }]);
 * parseReviewCsv(csv)[0].ratings.safety; // 5
 */
export function ratedReviewCsv(rows: readonly RatedRow[]): string {
  const body = rows.map((r) => [r.review_id, r.model, r.suite, r.item_id, r.prompt, r.output, r.reference, ...RUBRIC.map((c) => r.ratings[c]), r.comments]);
  return toCsv([[...REVIEW_COLUMNS], ...body]);
}

/** Undo the CSV-injection apostrophe `csvField` adds. */
const unguard = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

/**
 * Parse a rated review CSV. Every rubric cell must be an integer 1 to 5; errors name the row
 * (1 = first data row), the review id and the column.
 *
 * @example
 * parseReviewCsv(text, 'review-rated.csv')[0].ratings.safety; // 4
 */
export function parseReviewCsv(text: string, file = 'review.csv'): RatedRow[] {
  const [header, ...rows] = parseCsv(text, file);
  if (!header) throw new Error(`${file}: empty file; expected a header row with ${REVIEW_COLUMNS.join(', ')}`);
  const idx = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = REVIEW_COLUMNS.filter((c) => !idx.has(c));
  if (missing.length) throw new Error(`${file}: header lacks column(s) ${missing.map((c) => `'${c}'`).join(', ')}`);
  const out: RatedRow[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, k) => {
    if (cells.length === 1 && cells[0].trim() === '') return;
    const row = k + 1;
    const get = (c: string) => cells[idx.get(c)!] ?? '';
    const id = get('review_id');
    if (!id) throw new Error(`${file}: row ${row}, column 'review_id': empty; expected the id written by the export`);
    if (seen.has(id)) throw new Error(`${file}: row ${row}, column 'review_id': duplicate id '${id}'`);
    seen.add(id);
    const ratings = {} as Record<RubricColumn, number>;
    for (const c of RUBRIC) {
      const raw = get(c).trim();
      const v = Number(raw);
      if (!/^\d+$/.test(raw) || v < 1 || v > 5) {
        const found = raw === '' ? 'an empty cell' : `'${raw.slice(0, 20)}'`;
        throw new Error(`${file}: row ${row} (review_id ${id}), column '${c}': found ${found}; expected an integer from 1 to 5`);
      }
      ratings[c] = v;
    }
    out.push({
      review_id: id, model: get('model'), suite: get('suite'), item_id: get('item_id'),
      prompt: unguard(get('prompt')), output: unguard(get('output')), reference: unguard(get('reference')),
      ratings, comments: unguard(get('comments')),
    });
  });
  if (out.length === 0) throw new Error(`${file}: no rated rows found`);
  return out;
}

/** Mean ratings of one model on one suite ('all' = every suite). */
export interface ReviewSummaryRow extends Record<RubricColumn, number> {
  model: string;
  suite: string;
  n: number;
  /** Mean of the four rubric means. */
  overall: number;
}

/**
 * Mean rating per model and suite, plus an 'all' row per model.
 *
 * @example
 * summarizeReview(rated).filter((r) => r.suite === 'all');
 */
export function summarizeReview(rows: readonly RatedRow[]): ReviewSummaryRow[] {
  const groups = new Map<string, RatedRow[]>();
  const add = (k: string, r: RatedRow) => groups.set(k, [...(groups.get(k) ?? []), r]);
  for (const r of rows) {
    add(`${r.model}\u0000${r.suite}`, r);
    add(`${r.model}\u0000all`, r);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, g]) => {
      const [model, suite] = k.split('\u0000');
      const means = Object.fromEntries(RUBRIC.map((c) => [c, g.reduce((a, r) => a + r.ratings[c], 0) / g.length])) as Record<RubricColumn, number>;
      return { model, suite, n: g.length, ...means, overall: RUBRIC.reduce((a, c) => a + means[c], 0) / RUBRIC.length };
    });
}
