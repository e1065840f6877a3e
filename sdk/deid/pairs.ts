/**
 * Line up what was found in an original text with what replaced it, for review and notebooks.
 * Detection is deterministic, so the spans of `findPhi(original)` and of the rewritten result
 * correspond one to one, in order.
 *
 * @example
 * const r = d.process(text, { patientId: 'p1' });
 * replacementPairs(text, r); // [{ category: 'NAME', original: 'Ana Ruiz', replacement: 'Lia Kohler' }, ...]
 */
import type { PhiCategory } from './categories.js';
import { findPhi } from './deidentifier.js';
import type { DeidOptionsInput } from './options.js';
import type { DeidResult } from './rewrite.js';

/** One original value and its replacement. @example pairs.map((p: ReplacementPair) => p.category); */
export interface ReplacementPair {
  category: PhiCategory;
  original: string;
  replacement: string;
}

/**
 * Pairs of (original, replacement) for every span of `result`.
 *
 * @example
 * replacementPairs('Call 617-555-0134', deidentify('Call 617-555-0134', { mode: 'surrogate' }));
 */
export function replacementPairs(
  original: string,
  result: DeidResult,
  options: Pick<DeidOptionsInput, 'categories' | 'allowList' | 'denyList'> = {},
): ReplacementPair[] {
  const found = findPhi(original, options);
  if (found.length !== result.spans.length) {
    throw new Error(`replacementPairs: ${found.length} spans in the original but ${result.spans.length} in the result; pass the same options used to de-identify`);
  }
  return found.map((s, i) => ({
    category: s.category,
    original: original.slice(s.start, s.end),
    replacement: result.text.slice(result.spans[i].start, result.spans[i].end),
  }));
}
