/**
 * Candidate spans and overlap resolution.
 *
 * Recognizers propose spans independently; this file turns the candidates into one
 * non-overlapping, sorted list. Overlaps are resolved by category priority (validated
 * identifiers beat generic shapes), then by confidence, then by length; touching or
 * overlapping spans of the same category are merged so "John" + "Smith" never leaves a gap.
 *
 * @example
 * resolveSpans([{ start: 0, end: 4, category: 'NAME', score: 0.9 }]);
 */
import { CATEGORY_PRIORITY, type PhiCategory } from './categories.js';

/** A span returned to callers: offsets into the text it refers to, end exclusive. @example const s: PhiSpan = { category: 'DATE', start: 4, end: 14 }; */
export interface PhiSpan {
  category: PhiCategory;
  start: number;
  end: number;
}

/** A recognizer's proposal: a span plus how sure it is and a hint for surrogates. @example const c: Candidate = { category: 'NAME', start: 0, end: 4, score: 0.9, kind: 'person' }; */
export interface Candidate extends PhiSpan {
  /** 0..1; dictionary-only guesses are low, validated checksums and labelled values high. */
  score: number;
  /** Sub-kind used to build a realistic surrogate ('street', 'city', 'zip', 'facility', 'vin', ...). */
  kind?: string;
}

// Numbers and codes: one of them found inside another is the same identifier read two ways.
const NUMBER_CATEGORIES: ReadonlySet<PhiCategory> = new Set(['PHONE', 'FAX', 'SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'ID']);

function better(a: Candidate, b: Candidate): boolean {
  const pa = CATEGORY_PRIORITY[a.category];
  const pb = CATEGORY_PRIORITY[b.category];
  // A confident span of a lower-priority category beats a weak guess of a higher one.
  const sa = pa + a.score * 40;
  const sb = pb + b.score * 40;
  if (sa !== sb) return sa > sb;
  return a.end - a.start > b.end - b.start;
}

/**
 * Merge same-category spans that overlap (or touch across a single space/hyphen inside a name),
 * then drop any span that overlaps a better one of another category.
 *
 * @example
 * resolveSpans(candidates, text).map((s) => s.category);
 */
export function resolveSpans(candidates: Candidate[], text: string): Candidate[] {
  const sorted = candidates
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // 1. merge overlapping spans of the same category
  const merged: Candidate[] = [];
  const open = new Map<PhiCategory, Candidate>();
  for (const c of sorted) {
    const prev = open.get(c.category);
    if (prev && c.start <= prev.end) {
      prev.end = Math.max(prev.end, c.end);
      prev.score = Math.max(prev.score, c.score);
      prev.kind = prev.kind ?? c.kind;
      continue;
    }
    if (prev && c.category === 'NAME' && /^[ \t]$/.test(text.slice(prev.end, c.start))) {
      // "John" + " " + "Smith" proposed separately: one person, one span.
      prev.end = c.end;
      prev.score = Math.max(prev.score, c.score);
      continue;
    }
    const copy = { ...c };
    open.set(c.category, copy);
    merged.push(copy);
  }
  // 2. resolve cross-category overlaps greedily, best first. Kept spans never overlap, so they are
  // held sorted by start and a clash is found by bisection (notes with many candidates stay linear-ish).
  const ranked = [...merged].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : a.start - b.start));
  const kept: (Candidate & { order: number })[] = [];
  let order = 0;
  // Kept spans overlapping c, as a run just before the first kept span starting at or after c.end.
  const overlapsOf = (c: { start: number; end: number }): (Candidate & { order: number })[] => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    let j = lo - 1;
    while (j >= 0 && kept[j].end > c.start) j--;
    return kept.slice(j + 1, lo);
  };
  const clashOf = (c: { start: number; end: number }): (Candidate & { order: number }) | undefined => {
    // Every kept span overlapping c ends after c.start; the one kept first wins, as in a linear scan.
    let first: (Candidate & { order: number }) | undefined;
    for (const k of overlapsOf(c)) if (!first || k.order < first.order) first = k;
    return first;
  };
  const insert = (c: Candidate): void => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, { ...c, order: order++ });
  };
  for (const c of ranked) {
    const clash = clashOf(c);
    if (!clash) {
      insert(c);
      continue;
    }
    // Keep the parts of the loser that no kept span covers, when they are long enough to be PHI on
    // their own: trimming "Dr. John Smith MD" must not leave "J" behind, but "Ngozi Adeyemi-Hartwell"
    // losing "Ngozi" and "Hartwell" to places must keep "Adeyemi".
    const overlapping = overlapsOf(c);
    let cursor = c.start;
    const pieces: Candidate[] = [];
    // Between two numbers a short leftover joins the winner instead: a phone read inside "E-00418827"
    // must not leave the "E-" of the employee id behind.
    const numeric = NUMBER_CATEGORIES.has(c.category);
    for (const k of overlapping) {
      if (k.start - cursor >= 3) pieces.push({ ...c, start: cursor, end: k.start });
      else if (numeric && NUMBER_CATEGORIES.has(k.category) && k.start > cursor && /[\p{L}\p{N}]/u.test(text.slice(cursor, k.start))) k.start = cursor;
      cursor = Math.max(cursor, k.end);
    }
    const last = overlapping[overlapping.length - 1];
    if (c.end - cursor >= 3) pieces.push({ ...c, start: cursor, end: c.end });
    else if (numeric && last && NUMBER_CATEGORIES.has(last.category) && c.end > cursor && last.end === cursor && /[\p{L}\p{N}]/u.test(text.slice(cursor, c.end))) last.end = c.end;
    // A possessive the loser held joins the winner: a place "St. Matthew's" read as a person "Matthew" must not leave
    // its "'s" behind, for the church is named by all of it.
    else if (last && last.end === cursor && /^['’]s$/.test(text.slice(cursor, c.end))) last.end = c.end;
    for (const p of pieces) {
      const t = trimSpan(p, text);
      if (t.end - t.start >= 2 && /[\p{L}\p{N}]/u.test(text.slice(t.start, t.end)) && !clashOf(t)) insert(t);
    }
  }
  return kept.filter((c) => c.end > c.start).map(({ order: _order, ...c }) => c);
}

/**
 * Shrink a span so it neither starts nor ends with whitespace or stray punctuation.
 *
 * @example
 * trimSpan({ start: 0, end: 6, category: 'NAME', score: 1 }, ' John,'); // start 1, end 5
 */
export function trimSpan<T extends PhiSpan>(span: T, text: string): T {
  let { start, end } = span;
  // Brackets are stripped only when unbalanced inside the span: "(617) 555-0134" keeps its "(".
  for (;;) {
    const ch = text[start];
    if (start < end && (/[\s,;:\["'`]/.test(ch) || (ch === '(' && !text.slice(start, end).includes(')')))) start++;
    else break;
  }
  for (;;) {
    const ch = text[end - 1];
    if (end > start && (/[\s,;:\]"'`-]/.test(ch) || (ch === ')' && !text.slice(start, end).includes('(')))) end--;
    else break;
  }
  // A trailing period belongs to the span only for abbreviations like "St." or "Jr.".
  while (end > start && text[end - 1] === '.' && !/\b(?:St|Ave|Rd|Dr|Blvd|Jr|Sr|Ln|Ct|Apt|Co|Inc|[A-Z])\.$/.test(text.slice(start, end))) end--;
  return { ...span, start, end };
}
