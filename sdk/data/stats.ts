/**
 * Inspection helpers for notebooks: counts and length distributions, preview rows, HTML tables.
 * Only `preview`/`toHTML` show record text (they are for the researcher's own screen); `stats`
 * holds counts only, so it may go into manifests and logs.
 *
 * @example
 * computeStats(records).chars; // { min: 212, median: 1180, p90: 2410, max: 3902, mean: 1264.3 }
 */
import { recordText, type DataRecord } from './records.js';

/** Character-length summary of a set of records. @example stats.chars.p90; */
export interface LengthStats {
  min: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

/** Counts by kind, task, source and format, plus patients and lengths. @example computeStats(records).byKind; */
export interface DatasetStats {
  records: number;
  byKind: Record<string, number>;
  byTask: Record<string, number>;
  /** By source file base name. */
  bySource: Record<string, number>;
  byFormat: Record<string, number>;
  /** Distinct patient ids (records without one are not counted). */
  patients: number;
  chars: LengthStats;
  tokens?: LengthStats;
}

/**
 * Nearest-rank quantile of sorted numbers (q in [0, 1]).
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5); // 2
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * min/median/p90/max/mean of `values`.
 *
 * @example
 * lengthStats([1, 2, 3, 4]); // { min: 1, median: 2, p90: 4, max: 4, mean: 2.5 }
 */
export function lengthStats(values: readonly number[]): LengthStats {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.length ? s.reduce((a, b) => a + b, 0) / s.length : 0;
  return { min: s[0] ?? 0, median: quantile(s, 0.5), p90: quantile(s, 0.9), max: s[s.length - 1] ?? 0, mean: Math.round(mean * 10) / 10 };
}

function count<T>(items: readonly T[], key: (t: T) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) {
    const k = key(it);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/**
 * Counts per kind/task/source/format and the length distribution in characters (and tokens
 * when a `tokenize` function, e.g. `(s) => tokenizer.encode(s).length`, is given).
 *
 * @example
 * computeStats(records, { tokenize: (s) => tok.encode(s).length }).tokens?.p90;
 */
export function computeStats(records: readonly DataRecord[], options: { tokenize?: (text: string) => number } = {}): DatasetStats {
  const texts = records.map(recordText);
  return {
    records: records.length,
    byKind: count(records, (r) => r.kind),
    byTask: count(records, (r) => (r.kind === 'instruction' ? r.task : r.kind === 'chat' ? 'chat' : undefined)),
    bySource: count(records, (r) => r.source.file.split(/[\\/]/).pop()),
    byFormat: count(records, (r) => r.source.format),
    patients: new Set(records.map((r) => r.patientId).filter(Boolean)).size,
    chars: lengthStats(texts.map((t) => t.length)),
    ...(options.tokenize ? { tokens: lengthStats(texts.map(options.tokenize)) } : {}),
  };
}

/** One row of a dataset preview table (text truncated). @example rows.map((r: PreviewRow) => r.id); */
export interface PreviewRow {
  id: string;
  kind: string;
  task: string;
  patientId: string;
  source: string;
  chars: number;
  text: string;
}

/**
 * Plain rows for tables (console.table, DataFrame, HTML); text cut to `width` characters.
 *
 * @example
 * console.table(previewRows(records.slice(0, 5)));
 */
export function previewRows(records: readonly DataRecord[], width = 80): PreviewRow[] {
  return records.map((r) => {
    const t = recordText(r);
    const flat = t.replace(/\s+/g, ' ');
    return {
      id: r.id,
      kind: r.kind,
      task: r.kind === 'instruction' ? r.task : r.kind === 'chat' ? 'chat' : '',
      patientId: r.patientId ?? '',
      source: `${r.source.file.split(/[\\/]/).pop()}${r.source.line ? `:${r.source.line}` : ''}`,
      chars: t.length,
      text: flat.length > width ? `${flat.slice(0, width - 1)}…` : flat,
    };
  });
}
