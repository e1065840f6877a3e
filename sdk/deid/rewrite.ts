/**
 * Apply detected spans to a text in one of the three modes and compute the spans' offsets in
 * the new text.
 *
 * @example
 * rewrite('Call 555-123-4567', [{ category: 'PHONE', start: 5, end: 17, score: 1 }], 'mask', () => '');
 * // { text: 'Call [PHONE]', spans: [{ category: 'PHONE', start: 5, end: 12 }] }
 */
import type { DeidMode } from './options.js';
import type { Candidate, PhiSpan } from './span.js';

/** New text plus spans whose offsets point into it. @example const { text, spans }: DeidResult = deidentify('Call 617-555-0134'); */
export interface DeidResult {
  text: string;
  spans: PhiSpan[];
}

/**
 * Rewrite `text`: `mask` → `[CATEGORY]`, `tag` → `<CATEGORY>original</CATEGORY>` (spans cover the
 * inner text), `surrogate` → `surrogateFor(span, original)`.
 *
 * @example
 * rewrite('x a@b.org', spans, 'tag', () => '').text; // 'x <EMAIL>a@b.org</EMAIL>'
 */
export function rewrite(
  text: string,
  spans: Candidate[],
  mode: DeidMode,
  surrogateFor: (span: Candidate, original: string) => string,
): DeidResult {
  const parts: string[] = [];
  const out: PhiSpan[] = [];
  let cursor = 0;
  let length = 0;
  for (const s of spans) {
    const keep = text.slice(cursor, s.start);
    parts.push(keep);
    length += keep.length;
    const original = text.slice(s.start, s.end);
    let replacement: string;
    let innerStart = 0;
    let innerLength: number;
    if (mode === 'mask') {
      replacement = `[${s.category}]`;
      innerLength = replacement.length;
    } else if (mode === 'tag') {
      const open = `<${s.category}>`;
      replacement = `${open}${original}</${s.category}>`;
      innerStart = open.length;
      innerLength = original.length;
    } else {
      replacement = surrogateFor(s, original);
      innerLength = replacement.length;
    }
    out.push({ category: s.category, start: length + innerStart, end: length + innerStart + innerLength });
    parts.push(replacement);
    length += replacement.length;
    cursor = s.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), spans: out };
}
