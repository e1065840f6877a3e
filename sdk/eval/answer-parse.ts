/**
 * Robust extraction of a multiple-choice letter or a yes/no/maybe decision from free text.
 *
 * Generated answers rarely follow the requested format exactly, so parsing tries patterns in
 * order of how unambiguous they are and returns the first hit:
 *  1. an explicit statement: "Answer: C", "The answer is (C)", "correct option is C."
 *  2. a leading letter: "C", "C.", "(C)", "C) Metformin", "C: ..."
 *  3. a parenthesised letter anywhere: "... so (C) is right"
 *  4. "option C" / "choice C"
 *  5. the text of exactly one option appears in the answer
 * Letters must be upper case unless they are unmistakably a choice ("(c)", "answer: c."), because
 * a lower-case "a" is usually the article ("the answer is a beta blocker").
 *
 * @example
 * parseAnswerLetter('The answer is C because ...'); // 'C'
 * parseYesNoMaybe('Answer: maybe. The evidence is mixed.'); // 'maybe'
 */
import { LETTERS } from '../data/records.js';

const END = String.raw`(?=$|[\s.,;:!?)\]*])`;

function letterPatterns(letters: string): RegExp[] {
  const up = `[${letters}]`;
  const low = `[${letters.toLowerCase()}]`;
  return [
    // 1. explicit statements; ** allows markdown bold around the letter.
    new RegExp(String.raw`\b(?:[Aa]nswer|ANSWER|[Oo]ption|OPTION|[Cc]hoice)\s*(?:is|IS|would be|:|-)?\s*(?:option\s+|choice\s+)?[*(\[]*(?:(${up})${END}|(${low})(?=$|[.)\]*]))`),
    // 2. leading letter, optionally wrapped: "C", "C.", "(C)", "**C**", "C) text"
    new RegExp(String.raw`^\s*[*(\[]*(${up}|${low})(?:[.):\]*]|\s*$|\s+[-–:]|\s+[A-Z(])`),
    // 3. parenthesised anywhere
    new RegExp(String.raw`\((${up}|${low})\)`),
  ];
}

/**
 * Extract the chosen letter, or `null` when nothing can be found. `options` (letter -> text)
 * enables the last-resort "the text of exactly one option appears" rule.
 *
 * @example
 * parseAnswerLetter('(B) Aspirin'); // 'B'
 * parseAnswerLetter('I would give aspirin', { A: 'Heparin', B: 'Aspirin' }); // 'B'
 */
export function parseAnswerLetter(
  text: string,
  options?: Partial<Record<string, string>>,
  letters: readonly string[] = LETTERS,
): string | null {
  const allowed = letters.join('');
  for (const re of letterPatterns(allowed)) {
    const m = re.exec(text);
    const letter = m?.slice(1).find((g) => g !== undefined);
    if (letter) return letter.toUpperCase();
  }
  if (options) {
    const lower = text.toLowerCase();
    const hits = Object.entries(options).filter(
      ([l, t]) => letters.includes(l) && t && t.trim().length > 0 && lower.includes(t.trim().toLowerCase()),
    );
    if (hits.length === 1) return hits[0][0];
  }
  return null;
}

/** PubMedQA decisions. @example PUBMEDQA_LABELS; // ['yes', 'no', 'maybe'] */
export const PUBMEDQA_LABELS = ['yes', 'no', 'maybe'] as const;
export type PubmedqaLabel = (typeof PUBMEDQA_LABELS)[number];

/**
 * Extract yes/no/maybe: an explicit "answer: X" first, else the first of the three words.
 *
 * @example
 * parseYesNoMaybe('No. Statins did not reduce ...'); // 'no'
 */
export function parseYesNoMaybe(text: string): PubmedqaLabel | null {
  const explicit = /\b(?:answer|decision|conclusion)\s*(?:is|:)?\s*[*"']*(yes|no|maybe)\b/i.exec(text);
  if (explicit) return explicit[1].toLowerCase() as PubmedqaLabel;
  const first = /\b(yes|no|maybe)\b/i.exec(text);
  return first ? (first[1].toLowerCase() as PubmedqaLabel) : null;
}
