/**
 * Annotated evaluation sets in the shared "deid-dev" folder format, and the scoring rule used for
 * the project's de-identification figures.
 *
 * Folder format: `notes.jsonl` (`{"id","text"}` per line) and `gold.jsonl` (`{"id","start","end",
 * "category","required"}` per line, offsets into `text`, end exclusive). `required: true` marks a
 * HIPAA Safe Harbor identifier; `required: false` marks something labelled by the source but not
 * required (hospital names, years alone, ages under 90...): reported, never counted against recall.
 *
 * Scoring rule (the one in ../shared/deid-dev/README.md):
 * - a gold span is CAUGHT when every letter and digit in it lies inside a detected span of ANY
 *   category (for privacy the label does not matter, only that the text is gone);
 * - precision is the share of detected spans that overlap any gold span (required or not);
 * - over-redaction is the share of non-PHI word tokens (letter/digit runs overlapping no gold span)
 *   that a detected span touches.
 *
 * @example
 * const set = loadDevSet('../shared/deid-dev/asq-phi');
 * const scorer = new SetScorer();
 * for (const d of set.docs) scorer.add(d, findPhi(d.text));
 * scorer.summary().recall;
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhiSpan } from './span.js';

/** One gold span; `category` is the set's own label (may be outside PhiCategory, e.g. HOSPITAL). @example const g: GoldSpan = { start: 0, end: 4, category: 'NAME', required: true }; */
export interface GoldSpan {
  start: number;
  end: number;
  category: string;
  required: boolean;
}

/** One annotated document. @example const d: GoldDoc = { id: 'n1', text: 'Dr Lee', gold: [] }; */
export interface GoldDoc {
  id: string;
  text: string;
  gold: GoldSpan[];
}

/** A loaded set. @example loadDevSet(dir).docs.length; */
export interface GoldSet {
  name: string;
  path: string;
  docs: GoldDoc[];
}

function readJsonl(path: string): unknown[] {
  const out: unknown[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    try {
      out.push(JSON.parse(lines[i]));
    } catch {
      // The line may hold note text (PHI): name the location only.
      throw new Error(`${path}:${i + 1}: not valid JSON; expected one object per line`);
    }
  }
  return out;
}

/**
 * Load a deid-dev format folder. Errors name the file, line and field, never the text.
 *
 * @example
 * loadDevSet('data/deid/dev-real-style').docs[0].gold;
 */
export function loadDevSet(dir: string, name = dir.split('/').filter(Boolean).pop() ?? dir): GoldSet {
  const notesPath = join(dir, 'notes.jsonl');
  const goldPath = join(dir, 'gold.jsonl');
  for (const p of [notesPath, goldPath]) if (!existsSync(p)) throw new Error(`${p}: not found; expected a deid-dev folder with notes.jsonl and gold.jsonl`);
  const docs = new Map<string, GoldDoc>();
  readJsonl(notesPath).forEach((r, i) => {
    const o = r as { id?: unknown; text?: unknown };
    if (typeof o.id !== 'string' || typeof o.text !== 'string') throw new Error(`${notesPath}:${i + 1}: expected string fields id and text`);
    docs.set(o.id, { id: o.id, text: o.text, gold: [] });
  });
  readJsonl(goldPath).forEach((r, i) => {
    const g = r as { id?: unknown; start?: unknown; end?: unknown; category?: unknown; required?: unknown };
    const where = `${goldPath}:${i + 1}`;
    if (typeof g.id !== 'string' || !docs.has(g.id)) throw new Error(`${where}: id does not name a note in notes.jsonl`);
    if (typeof g.start !== 'number' || typeof g.end !== 'number' || g.start < 0 || g.end <= g.start) throw new Error(`${where}: expected 0 <= start < end`);
    if (typeof g.category !== 'string' || typeof g.required !== 'boolean') throw new Error(`${where}: expected category (string) and required (boolean)`);
    const doc = docs.get(g.id)!;
    if (g.end > doc.text.length) throw new Error(`${where}: end ${g.end} is past the note's length ${doc.text.length}`);
    doc.gold.push({ start: g.start, end: g.end, category: g.category, required: g.required });
  });
  return { name, path: dir, docs: [...docs.values()] };
}

/**
 * Load a corpus-format JSONL (`{id, text, phi: [{start,end,category}]}`); every span is required.
 *
 * @example
 * loadAnnotatedJsonl('data/corpus/reports.jsonl').docs.length;
 */
export function loadAnnotatedJsonl(path: string, name = path): GoldSet {
  const docs = readJsonl(path).map((r, i) => {
    const o = r as { id?: unknown; text?: unknown; phi?: unknown };
    if (typeof o.text !== 'string' || !Array.isArray(o.phi)) throw new Error(`${path}:${i + 1}: expected { text, phi[] }`);
    const gold = (o.phi as PhiSpan[]).map((s) => ({ start: s.start, end: s.end, category: s.category, required: true }));
    return { id: typeof o.id === 'string' ? o.id : `${path}:${i + 1}`, text: o.text, gold };
  });
  return { name, path, docs };
}

/** Caught / gold counts. @example const c: Count = { gold: 10, caught: 9, recall: 0.9 }; */
export interface Count {
  gold: number;
  caught: number;
  recall: number;
}

/** Detected spans of one category and how many overlap gold. @example const p: PredCount = { predicted: 5, overlapping: 4, precision: 0.8 }; */
export interface PredCount {
  predicted: number;
  overlapping: number;
  precision: number;
}

/** Everything the scorer measures for one set. @example scorer.summary().perCategory.NAME.recall; */
export interface SetScores {
  notes: number;
  chars: number;
  /** Required spans, all categories. */
  required: Count;
  /** Required spans per gold category. */
  perCategory: Record<string, Count>;
  /** Not-required spans per gold category (reported only). */
  notRequired: Record<string, Count>;
  /** All detected spans. */
  detected: PredCount;
  /** Detected spans per detected category. */
  perDetectedCategory: Record<string, PredCount>;
  words: { nonPhi: number; removed: number; overRedaction: number };
}

/** A missed required span, by position only (never its text). @example const m: Miss = { id: 'n1', category: 'NAME', start: 0, end: 4 }; */
export interface Miss {
  id: string;
  category: string;
  start: number;
  end: number;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Accumulates the deid-dev scoring rule over many documents. @example const s = new SetScorer(); s.add(doc, spans); */
export class SetScorer {
  private notes = 0;
  private chars = 0;
  private req = new Map<string, { gold: number; caught: number }>();
  private notReq = new Map<string, { gold: number; caught: number }>();
  private pred = new Map<string, { predicted: number; overlapping: number }>();
  private nonPhi = 0;
  private removed = 0;
  /** Missed required spans (positions only). */
  readonly misses: Miss[] = [];
  /** Detected spans overlapping no gold span (positions only). */
  readonly falsePositives: Miss[] = [];

  /**
   * Score one document against detected spans (offsets into `doc.text`).
   *
   * @example
   * scorer.add(doc, findPhi(doc.text));
   */
  add(doc: GoldDoc, detected: PhiSpan[]): void {
    const n = doc.text.length;
    this.notes++;
    this.chars += n;
    const hit = new Uint8Array(n);
    for (const s of detected) hit.fill(1, Math.max(0, s.start), Math.min(n, s.end));
    const goldMask = new Uint8Array(n);
    for (const g of doc.gold) goldMask.fill(1, g.start, g.end);
    for (const g of doc.gold) {
      let caught = true;
      for (let i = g.start; i < g.end && caught; i++) if (isWordChar(doc.text.charCodeAt(i)) && !hit[i]) caught = false;
      const map = g.required ? this.req : this.notReq;
      const c = map.get(g.category) ?? { gold: 0, caught: 0 };
      c.gold++;
      if (caught) c.caught++;
      map.set(g.category, c);
      if (!caught && g.required) this.misses.push({ id: doc.id, category: g.category, start: g.start, end: g.end });
    }
    for (const s of detected) {
      const c = this.pred.get(s.category) ?? { predicted: 0, overlapping: 0 };
      c.predicted++;
      let over = false;
      for (let i = s.start; i < s.end && !over; i++) if (goldMask[i]) over = true;
      if (over) c.overlapping++;
      else this.falsePositives.push({ id: doc.id, category: s.category, start: s.start, end: s.end });
      this.pred.set(s.category, c);
    }
    const re = /[\p{L}\p{N}]+/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text))) {
      let gold = false;
      let removed = false;
      for (let i = m.index; i < m.index + m[0].length; i++) {
        if (goldMask[i]) gold = true;
        if (hit[i]) removed = true;
      }
      if (gold) continue;
      this.nonPhi++;
      if (removed) this.removed++;
    }
  }

  /**
   * Ratios so far.
   *
   * @example
   * scorer.summary().detected.precision;
   */
  summary(): SetScores {
    const count = (m: Map<string, { gold: number; caught: number }>) =>
      Object.fromEntries([...m.entries()].sort().map(([k, v]) => [k, { ...v, recall: ratio(v.caught, v.gold) }]));
    let gold = 0;
    let caught = 0;
    for (const v of this.req.values()) {
      gold += v.gold;
      caught += v.caught;
    }
    let predicted = 0;
    let overlapping = 0;
    for (const v of this.pred.values()) {
      predicted += v.predicted;
      overlapping += v.overlapping;
    }
    return {
      notes: this.notes,
      chars: this.chars,
      required: { gold, caught, recall: ratio(caught, gold) },
      perCategory: count(this.req),
      notRequired: count(this.notReq),
      detected: { predicted, overlapping, precision: ratio(overlapping, predicted) },
      perDetectedCategory: Object.fromEntries(
        [...this.pred.entries()].sort().map(([k, v]) => [k, { ...v, precision: ratio(v.overlapping, v.predicted) }]),
      ),
      words: { nonPhi: this.nonPhi, removed: this.removed, overRedaction: this.nonPhi ? this.removed / this.nonPhi : 0 },
    };
  }
}
