/**
 * Output post-processing: PHI scrubbing through the de-identification engine and the
 * educational disclaimer. Pure functions of the text and the resolved config.
 *
 * @example
 * scrubPhi('Call John Smith at 555-123-4567', 'mask').text; // 'Call [NAME] at [PHONE]'
 */
import { deidentify } from '../deid/index.js';
import type { DeidMode } from '../deid/options.js';

/**
 * Remove PHI from model output.
 *
 * @example
 * scrubPhi(text, 'mask').spans; // number of identifiers replaced
 */
export function scrubPhi(text: string, mode: DeidMode): { text: string; spans: number } {
  const r = deidentify(text, { mode });
  return { text: r.text, spans: r.spans.length };
}

/**
 * Does the answer give medical information (so it needs the disclaimer)?
 *
 * @example
 * givesMedicalInformation('Take 500 mg twice a day', DEFAULT_MEDICAL_TERMS); // true
 */
export function givesMedicalInformation(text: string, medicalTerms: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(medicalTerms, 'i');
  } catch (e) {
    throw new Error(`guardrails.disclaimer.medicalTerms: invalid regular expression (${(e as Error).message})`);
  }
  return re.test(text);
}

/**
 * The end of a sentence in a stream, where text can be scrubbed and released: `.`, `!`, `?` followed by
 * whitespace, or a newline; except after a title abbreviation ("Dr. Smith" stays together
 * so a name is never split across two scrub calls). Returns the index after the boundary or -1.
 *
 * @example
 * lastSentenceBoundary('Seen by Dr. Li. Stable'); // 15
 */
export function lastSentenceBoundary(text: string): number {
  const re = /[.!?]+(?=\s)|\n/g;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 5), m.index);
    if (/\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Mt|No)$/i.test(before) && m[0] === '.') continue;
    last = m.index + m[0].length;
  }
  return last;
}
