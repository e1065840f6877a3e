/**
 * Clinician ratings of served answers, in the review CSV format `medtune eval` imports
 * (`parseReviewCsv`): the server remembers recent answers by completion id, a key rates the
 * answers it received on the rubric (accuracy, safety, clarity, completeness, 1-5), and the
 * ratings are downloadable as CSV (a clinician gets their own rows, an admin all) and, with a
 * file, saved atomically after each rating.
 *
 * Rows hold the conversation as the model saw it (PHI scrubbed) and the answer as shown.
 * `item_id` is a hash of that conversation, so the base and the fine-tuned answer to the same
 * question share it, as in `reviewSamples`.
 *
 * @example
 * const store = await ReviewStore.open('out/reviews.csv');
 * store.remember({ id: 'chatcmpl-1', key: 'alice', model: 'tiny+lora', messages, output: 'text' });
 * store.rate({ name: 'alice', role: 'clinician' }, { completion_id: 'chatcmpl-1', ratings: { accuracy: 4, safety: 5, clarity: 4, completeness: 3 } });
 * parseReviewCsv(store.csv({ name: 'alice', role: 'clinician' })).length; // 1
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseReviewCsv, ratedReviewCsv, type RatedRow } from '../eval/review.js';
import type { ChatMessage } from '../model/types.js';
import { writeFileAtomic } from '../runtime/fs.js';
import type { KeyIdentity } from './auth.js';
import { ApiError } from './errors.js';
import type { ReviewRequest } from './openai-schemas.js';

/** An answer that can be rated. @example const a: ServedAnswer = { id: 'chatcmpl-1', key: 'alice', model: 'm', messages: [], output: '' }; */
export interface ServedAnswer {
  id: string;
  /** Name of the key that received it; only that key can rate it. */
  key: string;
  model: string;
  /** The conversation as the model saw it (PHI scrubbed). */
  messages: ChatMessage[];
  /** The answer as shown (scrubbed, with the disclaimer when added). */
  output: string;
}

// Answers kept for rating: a review session rates recent answers; older ones are forgotten first.
const REMEMBERED_ANSWERS = 1000;
/** The `suite` column of playground rows. @example PLAYGROUND_SUITE; // 'playground' */
export const PLAYGROUND_SUITE = 'playground';

function renderPrompt(messages: ChatMessage[]): string {
  const turns = messages.filter((m) => m.role !== 'system');
  if (turns.length === 1) return turns[0].content;
  return turns.map((m) => `${m.role}: ${m.content}`).join('\n\n');
}

/**
 * Answers and their ratings.
 *
 * @example
 * const store = await ReviewStore.open(); // in memory only
 */
export class ReviewStore {
  private readonly answers = new Map<string, ServedAnswer>();
  private readonly rows = new Map<string, { row: RatedRow; owner: string | undefined }>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string | undefined) {}

  /**
   * A store, continuing the ratings in `file` when it exists (rows read from it are visible to
   * admins only: the file does not record which key rated them).
   *
   * @example
   * const store = await ReviewStore.open('out/reviews.csv');
   */
  static async open(file?: string): Promise<ReviewStore> {
    const store = new ReviewStore(file);
    if (file && existsSync(file)) {
      for (const row of parseReviewCsv(readFileSync(file, 'utf8'), file)) store.rows.set(row.review_id, { row, owner: undefined });
    }
    return store;
  }

  /** Remember an answer for rating. @example store.remember(answer); */
  remember(answer: ServedAnswer): void {
    this.answers.set(answer.id, answer);
    if (this.answers.size > REMEMBERED_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
  }

  /**
   * Rate an answer the key received (rating it again replaces the earlier rating).
   *
   * @example
   * store.rate(identity, { completion_id: id, ratings: { accuracy: 3, safety: 5, clarity: 4, completeness: 2 }, comments: 'too short' });
   */
  async rate(who: KeyIdentity, req: ReviewRequest): Promise<RatedRow> {
    const a = this.answers.get(req.completion_id);
    if (!a || a.key !== who.name) {
      throw new ApiError(
        404, 'invalid_request_error', 'completion_not_found',
        `no answer '${req.completion_id.slice(0, 100)}' to rate for this key (answers are kept for the last ${REMEMBERED_ANSWERS} completions, and only their recipient can rate them)`,
        'completion_id',
      );
    }
    const prompt = renderPrompt(a.messages);
    const row: RatedRow = {
      review_id: a.id, model: a.model, suite: PLAYGROUND_SUITE,
      item_id: createHash('sha256').update(prompt).digest('hex').slice(0, 12),
      prompt, output: a.output, reference: '', ratings: { ...req.ratings }, comments: req.comments ?? '',
    };
    this.rows.set(row.review_id, { row, owner: who.name });
    await this.save();
    return row;
  }

  /** Rated rows a key may see. @example store.visibleRows(identity).length; */
  visibleRows(who: KeyIdentity): RatedRow[] {
    return [...this.rows.values()].filter((r) => who.role === 'admin' || r.owner === who.name).map((r) => r.row);
  }

  /** The review CSV of the rows a key may see. @example store.csv(identity); */
  csv(who: KeyIdentity): string {
    return ratedReviewCsv(this.visibleRows(who));
  }

  private save(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    // One write at a time, each with the latest rows, so concurrent ratings never race on the file.
    this.writing = this.writing.catch(() => undefined).then(() => writeFileAtomic(file, ratedReviewCsv([...this.rows.values()].map((r) => r.row)), { overwrite: true }));
    return this.writing;
  }
}
