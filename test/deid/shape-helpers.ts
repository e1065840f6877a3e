/**
 * Helpers for the shape test families: a family lists texts and the identifiers that must be
 * removed from them; `kept` lists texts and the words that must stay.
 */
import { describe, expect, it } from 'vitest';
import { findPhi } from '../../sdk/deid/index.js';

/** Every removed piece of text, in order (category-agnostic: for privacy the label does not matter). */
export const removed = (text: string, preset: 'recall' | 'balanced' = 'recall'): string[] => findPhi(text, { preset }).map((s) => text.slice(s.start, s.end));

/** True when every letter and digit of `value` (first occurrence in `text`) is inside a detected span. */
export function covered(text: string, value: string, preset: 'recall' | 'balanced' = 'recall'): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test bug: '${value}' is not in the text`);
  const spans = findPhi(text, { preset });
  for (let i = at; i < at + value.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}

/** The words of `value` that some detected span touches. */
export function touched(text: string, value: string): string[] {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test bug: '${value}' is not in the text`);
  const spans = findPhi(text);
  const out: string[] = [];
  for (const m of value.matchAll(/[\p{L}\p{N}]+/gu)) {
    const a = at + m.index!;
    const b = a + m[0].length;
    if (spans.some((s) => s.start < b && a < s.end)) out.push(m[0]);
  }
  return out;
}

export function family(name: string, cases: [text: string, phi: string[]][]): void {
  describe(name, () => {
    for (const [text, phi] of cases) {
      it(JSON.stringify(text), () => {
        for (const p of phi) expect(covered(text, p), `'${p}' should be removed`).toBe(true);
      });
    }
  });
}

export function kept(name: string, cases: [text: string, keep: string[]][]): void {
  describe(name, () => {
    for (const [text, keep] of cases) {
      it(JSON.stringify(text), () => {
        for (const k of keep) expect(touched(text, k), `'${k}' should stay`).toEqual([]);
      });
    }
  });
}

