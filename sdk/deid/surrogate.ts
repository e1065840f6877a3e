/**
 * Surrogate generation: a realistic, format-preserving fake for each PHI span, derived only
 * from (seed, patient, category, normalized value) so the same real value always maps to the
 * same fake within a patient's records, in any process or worker.
 *
 * @example
 * const s = new SurrogateGenerator({ seed: 's', patient: 'pt-1', shiftDays: -40 });
 * s.generate({ category: 'PHONE', start: 0, end: 12, score: 1 }, '617-555-0134');
 */
import { hashString, seededRandom } from './random.js';
import { randomizeShape } from './shape.js';
import type { Candidate } from './span.js';

/** Per-patient surrogate scope. */
export interface SurrogateScope {
  seed: string;
  patient: string;
  /** Days every date of this patient moves by. */
  shiftDays: number;
}

/** Generates consistent surrogates for one patient scope. */
export class SurrogateGenerator {
  constructor(readonly scope: SurrogateScope) {}

  /** A generator seeded by the scope and a key, so the same key always draws the same values. */
  rng(key: string): () => number {
    return seededRandom(hashString(`${this.scope.seed}\u0000${this.scope.patient}\u0000${key}`));
  }

  /**
   * The surrogate for one span.
   *
   * @example
   * gen.generate(span, 'AB1234563');
   */
  generate(span: Candidate, original: string): string {
    if (span.category === 'AGE') return '90+';
    const key = `${span.category}\u0000${original.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')}`;
    return randomizeShape(original, this.rng(key));
  }
}
